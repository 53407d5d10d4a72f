# Four-hundred-and-sixty-third held-out German real-news set (tests/data/heldout463-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets (among them rule 2250 of the
# four-hundred-and-thirty-second set on LPA pages and rules 2370-2372 of the four-hundred-and-fifty-fifth set on Council of
# Europe items) and the new rules of this set, 2430-2433). None of these pages is in any tests/data/*.jsonl or in another
# helper's worktree (checked by article number or address slug, two or more distinctive phrases and the speakers' names of
# each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and
# /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-sixty-third held-out set": six texts of the press office of the
# Autonomous Province of Bolzano - South Tyrol (Landespresseamt, LPA), 2009-2013, on provinz.bz.it / provincia.bz.it
# (licence LPA_BZ, defined as in the four-hundred-and-thirty-second set): Landeshauptmann Luis Durnwalder on the Abruzzo
# earthquake of April 2009, at the South Tyrolean camp of Sant'Elia (May 2009) and on the civil protection's withdrawal
# (October 2009), Michl Laimer on the European energy award in Prague (June 2011), Roberto Bizzo's Arbeitspakt workshop
# (April 2013) and page 2725 of the news list (11 September 2013: Sabina Kasslatter Mur, Robert Bizzo); and three news items
# of the Council of Europe on coe.int/de (licence COE, excerpts of under 500 words) that the four-hundred-and-fifty-fifth
# set recorded as unused: the election of Gudrun Mosler-Törnström as first woman President of the Congress (October 2016),
# the Secretary General's COVID-19 toolkit for governments (April 2020) and the election of Leendert Verbeek as Congress
# President (March 2021). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 93, 2250), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, LPA_BZ  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VERBEEK = "Leendert Verbeek"
MOSLER = "Gudrun Mosler-Törnström"
BURIC = "Marija Pejčinović Burić"
LAIMER = "Michl Laimer"
BIZZO = "Roberto Bizzo"
BIZZO_LIST = "Robert Bizzo"
KASSLATTER = "Kasslatter Mur"
DURNWALDER = "Luis Durnwalder"

# --- coe.int/de, 23 March 2021: Leendert Verbeek elected President of the Congress; `erklärte er` after a sentence that
#     names his predecessor in an apposition (rule 2430) ---

VB_P1 = ("Der Kongress der Gemeinden und Regionen des Europarates hat im Rahmen seiner 40. Sitzung Leendert Verbeek "
         "(Niederlande, SOC/G/PD) zu seinem neuen Präsidenten gewählt. Die Amtszeit beträgt zweieinhalb Jahre. Er ist "
         "Kommissar des Königs der Provinz Flevoland und war zuvor Vorsitzender des Monitoring-Ausschusses des Kongresses. "
         "Aufgrund der derzeitigen Pandemie erfolgte die Wahl auf digitalem Weg.")
VB_P2 = ("Verbeek hob die Arbeit des Kongress-Sekretariats unter der Leitung des bisherigen Präsidenten, Anders Knape "
         "(Schweden, EPP/CCE), positiv hervor. „Wir müssen nahe bei den Menschen sein, ihre Menschen- und Bürgerrechte "
         "schützen, die Demokratie wahren und unser Möglichstes tun, um die Sicherheit zu gewährleisten und Perspektiven für "
         "eine gesunde und wirtschaftliche Zukunft bieten“, erklärte er. Ebenso forderte Verbeek, die Finanzierung des "
         "Kongresses zu erhöhen, damit er seinen Auftrag erfüllen kann.")
VB_P3 = ("Die Amtszeit von Präsident Knape war von der COVID-19-Pandemie geprägt. Der Kongress hat sich indes der Situation "
         "angepasst und virtuelle Verfahren eingeführt, um seine satzungsgemäßen Tätigkeiten und Missionen ungeachtet der "
         "Krise fortführen zu können. Während Knapes Amtszeit stärkte der Kongress zudem die Ethikregeln und führte einen "
         "Verhaltenskodex ein, den bereits über 500 neue Mitglieder unterzeichnet haben.")

add(id="ho463-coe-2021-03-23-verbeek-kongresspraesident",
    title=None,
    url="https://coe.int/de/web/portal/-/leendert-verbeek-elected-as-the-president-of-the-congress?p_l_back_url=%2Fen%2Fweb"
        "%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D17",
    retrieved="same address (news item of the Council of Europe on the Congress's 40th session; dated 23 March 2021 by the "
              "footer of the stored Italian version of the same item, 'Congresso Strasburgo 23 marzo 2021'; the stored copy "
              "begins with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); the "
              "stored excerpt ends after the third paragraph, so no link line or footer had to be dropped)",
    license=COE,
    paras=[VB_P1, VB_P2, VB_P3],
    # `erklärte er` after a sentence with Verbeek as subject, his predecessor Knape named only in an apposition (rule 2430);
    # `Präsident` names Knape (`Präsident Knape`), so it is no alias of Verbeek (rule 44); Knape says nothing in marks
    quotes=[(cut(VB_P2, "„Wir müssen", "bieten“"), VERBEEK)],
    aliases={VERBEEK: ["Leendert Verbeek", "Verbeek"]})

# --- coe.int/de, 19 October 2016: Gudrun Mosler-Törnström elected first woman President of the Congress ---

MT_TITLE = ("Gudrun Mosler-Törnström als erste Frau an die Spitze des Kongresses der Gemeinden und Regionen des Europarates "
            "gewählt")
MT_P1 = ("Die Mitglieder des Kongresses der Gemeinden und Regionen des Europarates haben im Rahmen ihrer 31. Sitzung in "
         "Straßburg (Frankreich) Gudrun Mosler-Törnström (Österreich, SOC) zur Präsidentin des Kongresses für eine "
         "zweijährige Amtszeit gewählt. Mosler-Törnström ist die erste Frau, die dieses Amt bekleidet.")
MT_P2 = ("„Die Stärkung von Demokratie, Menschenrechten und Rechtsstaatlichkeit auf lokaler und regionaler Ebene ist das "
         "Hauptziel des Kongresses. Ohne diese Werte wären unsere Gesellschaften mit abnehmender Solidarität und einer "
         "Zunahme von Radikalisierung, Extremismus, Fremdenfeindlichkeit und Rezentralisierung konfrontiert“, erklärte sie in "
         "einer Rede vor dem Kongress. Mosler-Törnström unterstrich, dass die demokratische Struktur Europas gefährdet und "
         "Dezentralisierung eine Antwort auf diese Gefahr sei. „Dezentralisierung ist eine fortlaufende Entwicklung, die unser "
         "ganzes Engagement erfordert. Die Arbeit des Kongresses des Europarates ist somit wichtiger denn je“, betonte sie.")
MT_P3 = ("Von den wesentlichen Aufgaben des Kongresses hob deren neu gewählte Präsidentin das Monitoring der lokalen und "
         "regionalen Demokratie in den Mitgliedsstaaten und die Beobachtung von Lokalwahlen, den Kampf gegen Korruption, "
         "Radikalisierung und gewalttätigen Extremismus sowie die Integration von Migranten und die Stärkung ländlicher "
         "Gebiete hervor.")

add(id="ho463-coe-2016-10-19-mosler-toernstroem-erste-kongresspraesidentin",
    title=MT_TITLE,
    url="https://www.coe.int/de/web/portal/news-2016/-/asset_publisher/StEVosr24HJ2/content/gudrun-mosler-tornstrom-the-first-"
        "woman-to-be-elected-president-of-the-congress-of-local-and-regional-authorities-of-the-council-of-europe?_com_"
        "liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_StEVosr24HJ2_assetEntryId=20144091",
    retrieved="same address, with the long redirect parameter of the stored address left off (as in the "
              "hundred-and-nineteenth set; news item of the Council of Europe on the Congress's 31st session, dated 19 "
              "October 2016 by the footer of the stored English version, 'Congress of Local and Regional Authorities "
              "Session Strasbourg 19 October 2016'; the link word 'Zurück' before the heading and the repeated heading "
              "dropped, the heading kept once as title (rule 93); the fourth paragraph 'Mosler-Törnström ist seit 2009 "
              "Mitglied des Kongresses, … bei Monitoring-Missionen (Litauen, Aserbaidschan, Schweden, Griechenland, Frank', "
              "cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[MT_P1, MT_P2, MT_P3],
    # `erklärte sie` at the head of the paragraph after a paragraph that ends with her as subject, and `betonte sie` after
    # `Mosler-Törnström unterstrich, dass …` (rules 8, 30); `deren neu gewählte Präsidentin` names only her (rule 44)
    quotes=[(cut(MT_P2, "„Die Stärkung", "konfrontiert“"), MOSLER),
            (cut(MT_P2, "„Dezentralisierung", "denn je“"), MOSLER)],
    aliases={MOSLER: ["Gudrun Mosler-Törnström", "Mosler-Törnström", "neu gewählte Präsidentin"]})

# --- coe.int/de, April 2020: the Secretary General's toolkit for governments during the COVID-19 crisis ---

TK_P3 = ("„Das Virus zerstört viele Leben und vieles anderes, was uns lieb ist. Wir sollten nicht zulassen, dass es unsere "
         "grundlegenden Werte und freien Gesellschaften zerstört“, erklärte die Generalsekretärin.")
TK_P4 = ("„Die große soziale, politische und rechtliche Herausforderung, vor der unsere Mitgliedsstaaten stehen, besteht "
         "darin, wirksam auf die Krise zu reagieren und gleichzeitig sicherzustellen, dass die Maßnahmen, die sie ergreifen, "
         "nicht unser aufrichtiges, langfristiges Interesse am Schutz der grundlegenden Werte der Menschenrechte, Demokratie "
         "und Rechtsstaatlichkeit untergraben“, fügte sie hinzu.")

add(id="ho463-coe-2020-04-buric-toolkit-covid",
    title=None,
    url="https://coe.int/de/web/portal/-/coronavirus-guidance-to-governments-on-respecting-human-rights-democracy-and-the-"
        "rule-of-law?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D200%26start%3D9",
    retrieved="same address (news item of the Council of Europe of April 2020, the day after the toolkit was sent to the "
              "member states ('gestern'; 7 April 2020 by the stored Italian report of aiccre.it); the stored copy begins "
              "with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); the four list "
              "items kept as lines of their own with their dashes as stored (rule 1681); the published missing comma in "
              "'Freiheit der Meinungsäußerung Privatsphäre' kept (rule 20); the stored excerpt ends after the seventh "
              "paragraph)",
    license=COE,
    paras=["Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat einen Toolkit für Regierungen in ganz Europa "
           "über die Achtung der Menschenrechte, Demokratie und Rechtsstaatlichkeit während der COVID-19-Krise "
           "veröffentlicht.",
           "Das Informationsdokument wurde gestern an alle 47 Mitgliedsstaaten des Europarates gesendet.",
           TK_P3,
           TK_P4,
           "Mithilfe des Toolkits soll gewährleistet werden, dass die von den Mitgliedsstaaten während der aktuellen Krise "
           "ergriffenen Maßnahmen im Verhältnis zur Bedrohung durch die Ausbreitung des Virus stehen und zeitlich begrenzt "
           "sind.",
           "Das Dokument befasst sich mit vier Schlüsselbereichen:",
           "- Abweichung von der Europäischen Menschenrechtskonvention im Notstandsfall",
           "- Achtung der Rechtsstaatlichkeit und demokratischer Grundsätze im Notstandsfall, einschließlich Beschränkungen "
           "des Umfangs und der Dauer der Notfallmaßnahmen",
           "- Grundlegende Menschenrechtsnormen, darunter Freiheit der Meinungsäußerung Privatsphäre und Datenschutz, Schutz "
           "gefährdeter Gruppen vor Diskriminierung und Recht auf Bildung",
           "- Schutz vor Kriminalität und Schutz der Opfer von Verbrechen, insbesondere im Hinblick auf geschlechtsbezogene "
           "Gewalt",
           "Das Informationsdokument nimmt auch Bezug auf neue Empfehlungen des Ausschusses der Vertragsstaaten des "
           "MEDICRIME-Übereinkommens des Europarates über die Fälschung von Arzneimitteln und Medizinprodukten und ähnliche "
           "Verbrechen."],
    # `erklärte die Generalsekretärin`: the bare office names only Burić (rules 30, 44); `fügte sie hinzu` continues her
    # (rule 8); the office phrase `Die Generalsekretärin des Europarates` names the Council of Europe and is no alias
    # (rule 33)
    quotes=[(cut(TK_P3, "„Das Virus", "zerstört“"), BURIC),
            (cut(TK_P4, "„Die große", "untergraben“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin"]})

# --- provincia.bz.it (Straßen, News), June 2011: Michl Laimer on three South Tyrolean prizes at the energy award in Prague;
#     a colon quotation after a clause with the speaker as object (rule 2431) ---

EP_T = "Südtiroler Erfolge bei Energiepreis in Prag - LR Laimer: \"Beste Visitenkarte\""
EP_P1 = ("Einen ganzen Medaillensatz bringt Südtirol vom europäischen Energiepreis in Prag nach Hause: Gold für Bruneck, "
         "Silber für Bozen, Bronze für Toblach. Ein Ergebnis, das Energie- und Umweltlandesrat Michl Laimer mit Stolz "
         "erfüllt: \"Dank der Anstrengungen von Land, Gemeinden und Bürgern wird unser Energiemanagment immer mehr zum "
         "Aushängeschild unseres Landes.\"")
EP_P2 = ("\"Schon die Teilnahme am europäischen Energiewettbewerb in Prag allein wäre für Südtirol Erfolg genug gewesen\", "
         "betont Laimer, der für die Energiepolitik der Landesregierung verantwortlich ist. Schließlich hat der italienische "
         "Umweltbund \"Legambiente\", der die Repräsentanten Italiens im Wettbewerb ausgewählt hat, gleich auf drei "
         "Südtiroler Gemeinden gesetzt. Toblachs Energiemanagement ist bei den Kleingemeinden ins Rennen gegangen, Bruneck in "
         "der Kategorie der mittelgroßen Gemeinden, während Bozen gegen die europäischen Städte mit mehr als 100.000 "
         "Einwohner angetreten ist.")
EP_P3 = ("\"Dass nun gleich drei Preise, darunter sogar ein erster für Bruneck, herausgekommen sind, freut uns natürlich ganz "
         "besonders\", so der Landesrat, der den Vertretern der Gemeinden seine Glückwünsche zukommen lässt. \"Ihr Einsatz für "
         "eine nachhaltige, zukunftsfähige Energieversorgung und für einen möglichst sparsamen, überlegten Energieeinsatz "
         "zahlt sich nicht nur aus, sondern stößt auch weit über die Grenzen hinaus auf die Anerkennung, die er verdient\", so "
         "Laimer.")

add(id="ho463-lpa-2011-06-laimer-energiepreis-prag",
    title=EP_T,
    url="https://provincia.bz.it/tourismus-mobilitaet/strassen/news.asp?news_action=4&news_article_id=364538",
    retrieved="same address (LPA news item 364538 in the news module of the Province's road pages, German text under the "
              "Italian host name; undated in the stored copy, June 2011 by its number (between the items 361898 of May 2011 "
              "and 368099 of July 2011) and by page 251 of the environment agency's news list, which shows its headline "
              "among items of 31 May to 10 June 2011; the section line 'News' dropped (rule 2250); the published "
              "'Energiemanagment' kept (rule 20); the fourth paragraph 'Die internationale Anerkennung ist es auch, … "
              "\"Unser Know How … Aushängeschild unseres Landes\", erklärt der Landesrat, de', cut off in the stored copy, "
              "dropped with its two quotations (rules 15, 52))",
    license=LPA_BZ,
    paras=[EP_P1, EP_P2, EP_P3],
    # the headline `LR Laimer: "…"` is his (rule 54); the colon quotation after `Ein Ergebnis, das … Michl Laimer mit Stolz
    # erfüllt:` is his (rule 2431), the full stop inside its closing mark part of the span (rule 20); the association's name
    # is null (rule 2); `so der Landesrat` names the one Landesrat of the item (rule 44)
    quotes=[("\"Beste Visitenkarte\"", LAIMER),
            (cut(EP_P1, "\"Dank", "Landes.\""), LAIMER),
            (cut(EP_P2, "\"Schon", "gewesen\""), LAIMER),
            ("\"Legambiente\"", None),
            (cut(EP_P3, "\"Dass nun", "besonders\""), LAIMER),
            (cut(EP_P3, "\"Ihr Einsatz", "verdient\""), LAIMER)],
    aliases={LAIMER: ["Michl Laimer", "Energie- und Umweltlandesrat Michl Laimer", "LR Laimer", "Laimer", "Landesrat"]})

# --- provinz.bz.it (Arbeit, Aktuelles), April 2013: Roberto Bizzo announces the workshop on the Arbeitspakt ---

AP_T = "Arbeitspakt: Am 16. April Workshop und Pressekonferenz"
AP_P1 = ("Im Jänner hat die Landesregierung den Startschuss zur Ausarbeitung des neuen Beschäftigungsplanes gegeben. Seither "
         "hat Landesrat Roberto Bizzo die Sozialpartner getroffen und einen interaktiven Blog online gestellt, um konkrete "
         "Ideen für den neuen Arbeitspakt zu sammeln. Die auf www.arbeitspakt.it eingegangenen Vorschläge werden am kommenden "
         "Dienstag, 16. April, bei einem Workshop vertieft, anschließend stellt Landesrat Bizzo den Medien um 15.30 Uhr die "
         "Ergebnisse vor.")
AP_P2 = ("Eigentlich steht die Erneuerung des Landesbeschäftigungsplans erst in einem Jahr an, aber aufgrund der Krise, die "
         "sich mittlerweile auch auf den Arbeitsmarkt in Südtirol auswirkt, hat die Landesregierung die Ausarbeitung des "
         "neuen Planes um zwölf Monate vorgezogen. „Erstmals seit Jahrzehnten ist die Arbeitslosenquote wieder über vier "
         "Prozent gestiegen: Der Anstieg ist eine Folge der Krise und für uns der Grund, die Arbeitsmarktpolitik verstärkt "
         "ins Zentrum der Aufmerksamkeit zu rücken\", so Bizzo.")
AP_P3 = ("\"Der neue Beschäftigungsplan soll ein Arbeitspakt werden, in dessen Ausarbeitung so viele Menschen wie möglich "
         "einbezogen werden sollen\", zeigt sich der Arbeitslandesrat überzeugt. Um möglichst vielen die Möglichkeit zu "
         "geben, ihre Ideen und Vorschläge einzubringen, hat die Landesabteilung Arbeit einen interaktiven Blogs unter "
         "www.arbeitspakt.it online gestellt, an dem sich alle Interessierten beteiligen konnten. Über die im Blog "
         "gesammelten Inputs wird am kommenden Dienstag, 16. April in einen Workshop mit verschiedenen Arbeitsgruppen "
         "diskutiert und die wichtigsten Anregungen und Tätigkeitsfelder zusammengefasst. Landesrat Bizzo wird gemeinsam mit "
         "Ressortdirektor Andrea Zeppa sowie Abteilungsdirektor Helmuth Sinn die Workshop-Ergebnisse vorstellen, und zwar")

add(id="ho463-lpa-2013-04-bizzo-arbeitspakt-workshop",
    title=AP_T,
    url="https://www.provinz.bz.it/arbeit-wirtschaft/arbeit/aktuelles.asp?aktuelles_action=4&aktuelles_article_id=422222",
    retrieved="same address (LPA item 422222 in the 'Aktuelles' module of the Province's labour pages; undated in the stored "
              "copy, April 2013 by its content (the workshop of Tuesday, 16 April, after the start of the Arbeitspakt in "
              "January, which the LPA item 414751 dates to 25 January 2013) and its number; the section line 'Aktuelles' "
              "and the editor's initials 'ohn' dropped (rule 2250); the lead and the invitation lines 'am Dienstag, 16. "
              "April,' / 'um 15.30 Uhr,' / 'im Pressesaal der Landesregierung,' / 'Palais Widmann,' / "
              "'Silvius-Magnago-Platz 1 in Bozen.', which complete the sentence of the third paragraph, kept as lines "
              "(rules 13, 2352); the published 'einen interaktiven Blogs' and '16. April in einen Workshop' kept (rule "
              "20); complete as stored)",
    license=LPA_BZ,
    paras=[AP_P1, AP_P2, AP_P3, "am Dienstag, 16. April,", "um 15.30 Uhr,", "im Pressesaal der Landesregierung,",
           "Palais Widmann,", "Silvius-Magnago-Platz 1 in Bozen."],
    # the first quotation opens with „ and closes with an ASCII mark, one span from mark to mark; `so Bizzo` (rule 7);
    # `zeigt sich der Arbeitslandesrat überzeugt` is a cue with the role noun that names only Bizzo (rules 30, 44), as is
    # `Landesrat` in this item
    quotes=[(cut(AP_P2, "„Erstmals", "rücken\""), BIZZO),
            (cut(AP_P3, "\"Der neue", "sollen\""), BIZZO)],
    aliases={BIZZO: ["Roberto Bizzo", "Landesrat Roberto Bizzo", "Landesrat Bizzo", "Bizzo", "Arbeitslandesrat",
                     "Landesrat"]})

# --- provinz.bz.it (Straßen, News), page 2725 of the news list, 11 September 2013: four teasers (Kasslatter Mur, Robert
#     Bizzo as published; rule 2433) ---

NL_I1 = ("LPA - Eine handliche Informationsbroschüre mit Tipps und Informationen rund um die Mobilität speziell für Senioren "
         "ist seit einigen Tagen im Umlauf: Sie soll Hürden für älteren Menschen abbauen, die im Umgang mit öffentlichen "
         "Verkehrsmitteln, Fahrplänen und Fahrkarten wenig geübt sind.")
NL_I2 = ("LPA - \"Unbequeme Denkmale\" stehen im Mittelpunkt des Europäischen Tags des Denkmals an diesem Sonntag, dem 15. "
         "September. \"Erinnerung ist notwendig\", betonte heute (11. September) Kulturlandesrätin Kasslatter Mur, \"und an "
         "diesem Sonntag wird die Gelegenheit geboten, über die Erinnerungsorte schwerwiegender Ereignisse nachzudenken\".")
NL_I3 = ("LPA - Das Landespersonal ist überwiegend weiblich. Die Entscheidungskompetenz liegt hingegen bei den Männern, die 70 "
         "Prozent der Führungspositionen einnehmen. \"Das wird sich aber ändern, da derzeit gerade in den unteren "
         "Altersstufen mehr Akademikerinnen im Landesdienst sind\", erklärte heute (11. September) der Landesrat für "
         "Chancengleichheit, Robert Bizzo, der gemeinsam mit Gleichstellungsrätin Simone Wasserer Daten über das "
         "Landespersonal vorgestellt hat.")
NL_I4 = ("Der ladinische Youtube-Kanal der Landesregierung wird künftig nicht mehr nur die eigens produzierten Videos zu "
         "aktuellen Ereignissen beherbergen, sondern auch jene ladinischen Sendungen, die vom Land mitfinanziert worden sind. "
         "Landesrat Florian Mussner sieht darin eine Chance, die Anliegen der Ladiner einem breiten Publikum zugänglich zu "
         "machen.")

add(id="ho463-lpa-2013-09-11-news-liste-2725",
    title="News",
    url="https://provinz.bz.it/tourismus-mobilitaet/strassen/news.asp?news_page=2725",
    retrieved="same address (page 2725 of the news list in the news module of the Province's road pages; the teasers dated "
              "11 September 2013 by their own '(11. September)' and the Sunday '15. September' of the ninth Tag des "
              "Denkmals; the module's heading 'News' kept as the title line and the list bullets '-' dropped, each item's "
              "headline and teaser lines of their own, the agency mark 'LPA - ' kept (rule 2250); the published 'Hürden "
              "für älteren Menschen' kept (rule 20); the fifth item 'Straße Lajen-St. Peter: Sicherungsarbeiten bald "
              "abgeschlossen' / 'LPA - Gleich an zwei Stellen … mit dem Lajener Bürgermeister Stefan Leiter,', cut off in "
              "the stored copy, dropped with its headline (rules 15, 19))",
    license=LPA_BZ,
    paras=["Neue Informationsbroschüre \"Senioren Mobil\"", NL_I1,
           "Neunter Tag des Denkmals an diesem Sonntag lenkt Blick auf Unbequemes", NL_I2,
           "Landesverwaltung als guter Arbeitgeber", NL_I3,
           "Ladinische TV-Sendungen nun auch im Internet", NL_I4],
    # the brochure's name and the theme of the Tag des Denkmals are null (rules 2, 24); the quotation interrupted by its
    # cue is two spans of Kasslatter Mur (NOTES.md split quotes), named by surname with her role noun only (rule 7); the
    # misspelt first name `Robert` is canonical in this document (rule 2433); `Landesrat` names Bizzo and Mussner here, so
    # no form with it is an alias of Bizzo (rules 44, 2311); Mussner and Simone Wasserer say nothing in marks
    quotes=[("\"Senioren Mobil\"", None),
            ("\"Unbequeme Denkmale\"", None),
            ("\"Erinnerung ist notwendig\"", KASSLATTER),
            (cut(NL_I2, "\"und an", "nachzudenken\""), KASSLATTER),
            (cut(NL_I3, "\"Das wird", "sind\""), BIZZO_LIST)],
    aliases={KASSLATTER: ["Kasslatter Mur", "Kulturlandesrätin Kasslatter Mur", "Kulturlandesrätin"],
             BIZZO_LIST: ["Robert Bizzo"]})

# --- provincia.bz.it (Straßen, News), 6 April 2009: Luis Durnwalder after the Abruzzo earthquake; a role cue after a
#     sentence with the Landesregierung as subject (rule 2432) ---

AB_T = "Erdbeben in den Abruzzen: Mitgefühl und Hilfe aus Südtirol"
AB_P1 = ("LPA - Der vom nächtlichen Erdbeben erschütterten Bevölkerung in der Region Abruzzen und dem Präsidenten Giovanni "
         "Chiodi hat Landeshauptmann Luis Durnwalder auch im Namen der Landesregierung und der Bevölkerung Südtirols sein "
         "Mitgefühl ausgesprochen. Bereits in den Morgenstunden hatte Südtirols Zivilschutz Fachleute und Gerätschaft nach "
         "Mittelitalien entsandt. Die Hilfe aus Südtirol werde - so der Landeshauptmann - in Abstimmung mit den zuständigen "
         "Behörden weiter ausgebaut.")
AB_P2 = ("Bestürzt über das Ausmaß des Erdbebens, das nach bisherigen Erkenntnissen mehr als 50 Menschen den Tod gebracht und "
         "über 50 000 Menschen zu Obdachlosen gemacht hat, zeigte sich die Landesregierung bei der heutigen Montagssitzung. "
         "\"Im Namen der Landesregierung und der Bevölkerung Südtirols möchte ich der betroffenen Bevölkerung Mitgefühl "
         "ausdrücken und Hilfe anbieten\", erklärte der Landeshauptmann nach der Regierungssitzung.")
AB_P3 = ("Bereits in den Morgenstunden hatte der Landeszivilschutz ein Dutzend Fachleute mit Fahrzeugen und Gerätschaft nach "
         "Mittelitalien entsandt, um Soforthilfe zu leisten. Landeszivilschutz und Berufsfeuerwehr sind es auch, die in "
         "Verbindung mit der gesamtstaatlichen Zivilschutzbehörde in Rom und den Verantwortlichen der Region Abruzzen weitere "
         "Hilfsmaßnahmen einleiten werden.")
AB_P4 = ("Bei der heute entsandten Abordnung handelt es sich nach den Worten des Landeshauptmannes um eine Vorhut. Das Land "
         "Südtirol sei zu weiteren Hilfeleistungen personeller, materieller und finanzieller Art bereit, die allerdings "
         "wirksam koordiniert werden müssten. \"Es hat keinen Sinn, wenn Leute und Material nach L'Aquila schicken, ohne "
         "genau zu wissen, welche Hilfe gefragt ist\", so LH Durnwalder. Das Land werden im Einvernehmem mit der Region und "
         "dem italienischen Zivilschutzchef Guido Bertolaso entscheiden, wie Südtirol möglichst wirksam Soforthilfe und "
         "Wiederaufbauhilfe leisten könne.")

add(id="ho463-lpa-2009-04-06-durnwalder-erdbeben-abruzzen",
    title=AB_T,
    url="https://provincia.bz.it/tourismus-mobilitaet/strassen/news.asp?news_action=4&news_article_id=297214",
    retrieved="same address (LPA news item 297214 in the news module of the Province's road pages, German text under the "
              "Italian host name; dated Monday, 6 April 2009, by the night's earthquake of L'Aquila and the item's "
              "'heutigen Montagssitzung'; the section line 'News' dropped, the lead's agency mark 'LPA - ' kept (rule "
              "2250); the published '50 000', 'wenn Leute und Material nach L'Aquila schicken', 'Das Land werden' and "
              "'Einvernehmem' kept (rule 20); the line 'LH Durnwalder' after the fourth paragraph, the start of a photo "
              "caption cut off in the stored copy, dropped (rules 14, 15))",
    license=LPA_BZ,
    paras=[AB_P1, AB_P2, AB_P3, AB_P4],
    # the role cue after a sentence with the Landesregierung as subject names its head, not the body (rule 2432); the
    # inserted `- so der Landeshauptmann -` frames unmarked indirect speech and is not annotated (rule 5); `Landeshauptmann`
    # names only Durnwalder (Chiodi is `Präsidenten`), so it is an alias (rule 44)
    quotes=[(cut(AB_P2, "\"Im Namen", "anbieten\""), DURNWALDER),
            (cut(AB_P4, "\"Es hat", "gefragt ist\""), DURNWALDER)],
    aliases={DURNWALDER: ["Luis Durnwalder", "Landeshauptmann Luis Durnwalder", "LH Durnwalder", "Landeshauptmann"]})

# --- provincia.bz.it (Tag der Autonomie, news archive), 18 May 2009: Luis Durnwalder visits the South Tyrolean camp in
#     Sant'Elia ---

SE_T = "LH Durnwalder im Erdbebengebiet: Dank an Helfer, Wiederaufbauhilfe"
SE_P1 = ("(LPA) Dem \"Südtiroler\" Camp in Sant'Elia, einer Fraktion von L'Aquila mitten im Erdbebengebiet in den Abruzzen, "
         "hat Landeshauptmann Luis Durnwalder heute (18. Mai) einen Besuch abgestattet. Dabei galt sein Dank den Südtiroler "
         "Zivilschützern, die seit Wochen in der Zeltstadt im Einsatz stehen. Mit Guido Bertolaso, dem Leiter des staatlichen "
         "Zivilschutzes hat Durnwalder zudem über die Wiederaufbauhilfe beraten.")
SE_P2 = ("Im Anschluss an die Unterzeichnung des Brenner-Memorandums heute Mittag in Rom (siehe eigene Mitteilung) ist "
         "Durnwalder nach Sant'Elia aufgebrochen, um dem vom schweren Erdbeben Anfang April betroffenen Gebiet und den seit "
         "damals dort im Einsatz stehenden Südtiroler Zivilschützern einen Besuch abzustatten. Begleitet von Landesrat "
         "Florian Mussner hat der Landeshauptmann zuallererst den im Einsatz stehenden haupt- und ehrenamtlichen "
         "Zivilschützern des Landes, der Feuerwehren, von Rotem und Weißem Kreuz, des Bergrettungsdienstes und der "
         "Funknotfallgruppe den Dank des Landes überbracht: \"Wir bedanken uns für das Engagement, die Solidarität und die "
         "Professionalität, die jedem Einsatz hier im Erdbebengebiet zugrunde liegen: vom Mensadienst über die Kommunikation "
         "bis hin zur psychologischen Betreuung\", so der Landeshauptmann.")

add(id="ho463-lpa-2009-05-18-durnwalder-sant-elia",
    title=SE_T,
    url="https://provincia.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=300242",
    retrieved="same address (LPA news item 300242 of 18 May 2009 in the news archive module of the Province's 'Tag der "
              "Autonomie' pages, German text under the Italian host name; the section lines 'News / Archiv' and 'News' and "
              "the photo caption 'Ließen sich das \"Südtiroler\" Camp in Sant'Elia zeigen: LH Durnwalder und LR Mussner', "
              "with its scare-quoted word, dropped, the lead's agency mark '(LPA) ' kept (rules 1816, 2250); the published "
              "'dem Leiter des staatlichen Zivilschutzes hat' without a comma kept (rule 20); the third paragraph 'In seinen "
              "Kontakten mit der Bevölkerung des Gebiets, … \"Unsere Helfer sind hier Teil der großen Familie dieser "
              "Zeltstadt, …\", so Durnwalder. … So haben', cut off in the stored copy, dropped with its quotation (rules "
              "15, 52))",
    license=LPA_BZ,
    paras=[SE_P1, SE_P2],
    # the scare-quoted `"Südtiroler"` is the press office's distancing mark, null (rule 24); the colon quotation after `hat
    # der Landeshauptmann … den Dank des Landes überbracht:` is closed by `so der Landeshauptmann` (rules 9, 30); Landesrat
    # Florian Mussner and Guido Bertolaso say nothing in marks
    quotes=[("\"Südtiroler\"", None),
            (cut(SE_P2, "\"Wir bedanken", "Betreuung\""), DURNWALDER)],
    aliases={DURNWALDER: ["Luis Durnwalder", "Landeshauptmann Luis Durnwalder", "LH Durnwalder", "Durnwalder",
                          "Landeshauptmann"]})

# --- provinz.bz.it (Tag der Autonomie, news archive), October 2009: the civil protection leaves the Abruzzo camp ---

ZR_T = "Abruzzen: Zivilschutz zieht sich aus Erdbebengebiet zurück"
ZR_P1 = ("(LPA) Sechs Monate nach Beginn des Einsatzes im Erdbebengebiet in den Abruzzen hat der Hilfszug des Südtiroler "
         "Zivilschutzes am Sonntag seine Heimreise angetreten. \"Wir haben das Camp für die nach dem Erdbeben Obdachlosen in "
         "Sant'Elia in den letzten Wochen Schritt für Schritt abgebaut, zuletzt waren anstatt der anfangs 400 Betreuten nur "
         "noch knapp hundert im Camp\", so Landeshauptmann Luis Durnwalder.")
ZR_P2 = ("Bereits unmittelbar nach dem Erdbeben vom 6. April hatten die Südtiroler in Sant'Elia, einer Fraktion von L'Aquila, "
         "Quartier bezogen. Unter der Leitung des Landeszivilschutzes standen Freiwillige zahlreicher Vereine im Einsatz, um "
         "die Erdbebenopfer zu betreuen. So waren die freiwilligen Feuerwehrleute und die Bergretter von AVS und CAI für die "
         "gesamte Technik verantwortlich - vom Bau und der Instandhaltung der Trink- und Abwasserleitungen bis hin zur "
         "Errichtung einer Kapelle in der Zeltstadt. Das Weiße Kreuz hatte sich dagegen um die Verpflegung von Obdachlosen "
         "und Einsatzkräften zu kümmern, das Rote Kreuz um deren medizinische Versorgung, während die Notfallpsychologen und "
         "-seelsorger die Campbewohner bei der Bewältigung ihres Traumas unterstützt haben.")

add(id="ho463-lpa-2009-10-zivilschutz-rueckzug-abruzzen",
    title=ZR_T,
    url="https://provinz.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=311377",
    retrieved="same address (LPA news item 311377 in the news archive module of the Province's 'Tag der Autonomie' pages; "
              "undated in the stored copy, October 2009 by its content (six months after the earthquake of 6 April 2009) "
              "and its number (between the items 305183 of July and 317557 of December 2009); the section lines 'News / "
              "Archiv' and 'News' and the photo caption 'Abtransport I: Die Zelte im Camp waren ein halbes Jahr lang "
              "Notunterkunft für die Obdachlosen, nun konnten sie zusammengepackt werden' dropped, the lead's agency mark "
              "'(LPA) ' kept (rule 2250); the third paragraph 'Wie geplant, hat nun die Verwaltung von L'Aquila … \"In den "
              "Zelten den in dieser Region sehr strengen Winter verbringen zu müssen, wäre nicht zumutbar\", so Hanspeter "
              "Staffler, Direktor des Landeszivilschutzes, … sondern etwa auch der Präsident ', cut off in the stored copy, "
              "dropped with Staffler's quotation (rules 15, 52))",
    license=LPA_BZ,
    paras=[ZR_P1, ZR_P2],
    # the trailing `so Landeshauptmann Luis Durnwalder` names the speaker, although the sentence before has the civil
    # protection's relief train as subject (the trailing cue decides, as in the Vilpian item of the four-hundred-and-
    # thirty-second set); Hanspeter Staffler's quotation stands in the dropped paragraph
    quotes=[(cut(ZR_P1, "\"Wir haben", "im Camp\""), DURNWALDER)],
    aliases={DURNWALDER: ["Luis Durnwalder", "Landeshauptmann Luis Durnwalder"]})
