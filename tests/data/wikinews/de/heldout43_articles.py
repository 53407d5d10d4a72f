# Forty-third held-out German real-news set (tests/data/heldout43-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the new rules of this set, 240-245). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every source/url field and every address named in the modules and SOURCES.md files of
# tests/data, and by an 8-word overlap search against the texts of all sets). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-third held-out set": texts of the German Federal Government (a media-library
# transcript of its archive and a news page of bundesregierung.de, CC BY-ND 4.0 as recorded in licences.BREG; one teaser of
# the Chancellor's podcast feed as shown by a podcast directory, licences.BREG_FEED) and articles
# of Global Voices auf Deutsch (de.globalvoices.org and its older address de.globalvoicesonline.org; CC BY 3.0). Stored
# copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_FEED, GV  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesregierung.de ---

DIALOG_P1 = ("BK’IN DR. MERKEL: „Wir haben uns in unserer Koalitionsvereinbarung vorgenommen, dass wir das Thema „Gut leben "
             "in Deutschland“, das uns wichtig ist, mit den Menschen diskutieren wollen.“")
DIALOG_P2 = ("BM Sigmar Gabriel: „Die Frage, die wir stellen, ist sowohl eine persönliche als auch eine politische. Natürlich "
             "ist es die Frage nach der persönlichen Idee, nach Arbeit, Einkommen, Sicherheit, Gesundheit, Verbraucherschutz, "
             "sicherlich für viele Menschen auch nach einem guten und friedlichen Miteinander in unserem Land und darüber "
             "hinaus. Aber es ist durchaus auch eine politische Frage, die einfache Frage mit einer gewaltig schwierigen "
             "Antwort steht: \"Nämlich wie wir eigentlich in Zukunft miteinander leben wollen…“")
DIALOG_P3 = ("BK’IN DR. MERKEL: \"Wir kennen die Antworten nicht, und wir geben uns sogar Mühe, nicht zu glauben, dass wir sie "
             "kennen, sondern wir sind neugierig. Wir haben uns extra für eine wissenschaftliche Aufarbeitung der Ergebnisse "
             "der Dialoge entschieden, damit dann sozusagen nicht durch die individuelle oder Parteibrille gefärbt das, was "
             "den Menschen wichtig ist, uns auf den Tisch kommt, sondern damit wir ein möglichst objektives Bild bekommen.“")
DIALOG_P4 = ("BM Sigmar Gabriel: „Gut leben in Deutschland - was uns wichtig ist“ - das ist eben keine Feststellung, bei der "
             "wir sozusagen aus der jeweiligen politischen Richtung herunterdeklinieren, was wir schon immer einmal sagen "
             "wollten oder meistens auch schon gesagt haben, sondern das ist eine Frage.")
DIALOG_P5 = ("BK’IN DR. MERKEL: „Die Politik kann nur so klug sein - ganz zum Schluss - wie die Menschen, die sich in ihr "
             "engagieren und ihre Beiträge liefern zu dieser demokratischen Gesellschaft.“")

add(id="ho43-breg-2015-04-buergerdialog-auftakt",
    title="Bürgerdialog-Auftakt",
    url="https://www.bundesregierung.de/breg-de/service/archiv/archiv-mediathek/buergerdialog-auftakt-484060",
    retrieved="same address (stored archive media-library page of the video of April 2015, complete: the headline and the "
              "transcript's five turns, one line each; the speaker labels 'BK’IN DR. MERKEL:' and 'BM Sigmar Gabriel:' kept as "
              "published; the published mixed and unbalanced marks (an ASCII \" inside Gabriel's first turn, the opening \" "
              "of Merkel's second turn closed by “) kept (rules 20, 21))",
    license=BREG,
    paras=[DIALOG_P1, DIALOG_P2, DIALOG_P3, DIALOG_P4, DIALOG_P5],
    quotes=[(cut(DIALOG_P1, "„Wir haben", "wollen.“"), "MERKEL"),
            (cut(DIALOG_P2, "„Die Frage", "leben wollen…“"), "Sigmar Gabriel"),
            (cut(DIALOG_P3, "\"Wir kennen", "Bild bekommen.“"), "MERKEL"),
            ("„Gut leben in Deutschland - was uns wichtig ist“", None),
            (cut(DIALOG_P5, "„Die Politik", "Gesellschaft.“"), "MERKEL")],
    aliases={"MERKEL": ["MERKEL", "BK’IN DR. MERKEL"],
             "Sigmar Gabriel": ["Sigmar Gabriel", "BM Sigmar Gabriel"]})

BEFRAGUNG_P7 = ("„Es ist unsere verdammte Pflicht, das unschuldige ukrainische Volk bei der Selbstverteidigung zu "
                "unterstützen“, so Kanzler Scholz im Bundestag. Allein in diesem Jahr sind mehr als sieben Milliarden Euro "
                "dafür vorgesehen.")

add(id="ho43-breg-2024-03-regierungsbefragung",
    title="Bürgerinnen und Bürger haben Anspruch auf Besonnenheit",
    url="https://www.bundesregierung.de/breg-de/themen/erinnern-und-gedenken/kanzler-regierungsbefragung-maerz-2024-2264772",
    retrieved="same address (stored page of March 2024; the stored copy opens with the headline, which is the first line; "
              "the site lines 'Bundesregierung | Startseite', 'Erinnern und Gedenken', 'Schwerpunkte', 'Themen', "
              "'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek' and 'Service' dropped as furniture; the kicker "
              "and the headline, which the stored copy runs together in one line ('Kanzler bei Regierungsbefragung im "
              "Bundestag Bürgerinnen und Bürger haben Anspruch auf Besonnenheit'), kept so (rules 18, 20; as heldout37); "
              "'2 Min. Lesedauer', the image text 'Bundeskanzler Olaf Scholz spricht im Bundestag.', the caption 'Kanzler "
              "Scholz spricht im Bundestag auch zur Rente: …' and the credit 'Foto: Bundesregierung/Kugler' dropped (rule "
              "93); the link line 'Mehr zum Bürokratieentlastungsgesetz lesen Sie hier: Bürokratie abbauen – Wirtschaft "
              "entlasten' dropped as furniture; the published double space in 'Bundesregierung –  der' and 'weitereichende' "
              "kept (rule 20); the paragraph 'Jede einzelne Entscheidung müsse die Bundesregie', cut off in the stored copy, "
              "dropped (rule 15); it holds no quotation mark)",
    license=BREG,
    paras=["Kanzler bei Regierungsbefragung im Bundestag Bürgerinnen und Bürger haben Anspruch auf Besonnenheit",
           "Bundeskanzler Scholz hat zum ersten Mal in diesem Jahr bei einer Regierungsbefragung im Deutschen Bundestag "
           "Rede und Antwort gestanden. Es ging um den Bürokratieabbau, Waffenlieferungen an die Ukraine, Gefahren für die "
           "Demokratie und die Rente.",
           "Wo steht Deutschland und was hat die Bundesregierung vor? Bundeskanzler Olaf Scholz hat bei einer einstündigen "
           "Regierungsbefragung im Plenum des Deutschen Bundestages die Fragen der Abgeordneten beantwortet.",
           "Was hat der Bundeskanzler gesagt zur…",
           "...Bürokratieentlastung",
           "Bürokratie abzubauen ist eines der großen Vorhaben der Bundesregierung –  der richtige Weg, so Bundeskanzler "
           "Scholz. Mit dem Bürokratieentlastungsgesetz 4 hat die Bundesregierung weitereichende Entscheidungen getroffen: "
           "Eine Milliarde Euro an Entlastung. Nimmt man das bei einer Kabinettsklausur in Schloss Meseberg beschlossene "
           "Paket hinzu, sind es sogar drei Milliarden Euro. Auch werden 100 Maßnahmen des Deutschlandpaktes umgesetzt.",
           "...Ukraine und zum Taurus-Marschflugkörper",
           BEFRAGUNG_P7],
    quotes=[(cut(BEFRAGUNG_P7, "„Es ist", "unterstützen“"), "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Bundeskanzler Scholz", "Kanzler Scholz"]})

# --- the Chancellor's podcast feed (Presse- und Informationsamt der Bundesregierung) as shown by a podcast directory ---

EUROPA_P1 = ("Für die Bundeskanzlerin reichen Sonntagsreden nicht aus, um Frieden und Freiheit zu verteidigen. Die EU müsse "
             "sich gegen Verletzungen der europäischen Friedensordnung stellen. \"Aber nur gemeinsam sind wir wirklich stark "
             "und überzeugend\", so Merkel.")

add(id="ho43-feed-podcast365-merkel-europa-gemeinsam-stark",
    title="Merkel: Europa nur gemeinsam stark",
    url="https://podcast365.de/folgen/audio-podcast-bundeskanzlerin-merkel-aktuell/merkel-europa-nur-gemeinsam-stark-VVoUTeYYrFo",
    retrieved="same address (stored episode page of a podcast directory showing the teaser of the Chancellor's audio "
              "podcast from the Government's feed, complete: the episode title and the teaser; the directory's line 'Audio "
              "Podcast: Bundeskanzlerin Merkel aktuell - Ein Podcast von Presse- und Informationsamt der Bundesregierung' "
              "dropped as directory furniture (rule 94))",
    license=BREG_FEED,
    paras=[EUROPA_P1],
    quotes=[(cut(EUROPA_P1, "\"Aber", "überzeugend\""), "Merkel")],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin"]})

# --- Global Voices auf Deutsch ---

VIBER_P1 = ("Aus der Umgebung von Gambias Telekommunikationsgesellschaft (GAMTEL) gibt es Hinweise, dass sich die Regierung "
            "an Viber stört, dem Internetdienst für kostenfreie Telefonie und Kurznachrichten. Im April 2013 meldete die "
            "Regulierungsbehörde für öffentliche Versorgungsunternehmen die Sperrung von Viber, sowie von Dating-Seiten und "
            "VoIP-Diensten, wie Skype, in öffentlichen Cafés. Solche Angebote würden als “illegal” betrachtet. Diese "
            "Nachricht wurde jedoch recht schnell vom Ministerium für Information und Kommunikationsinfrastruktur dementiert. "
            "Es stellte klar, dass diese Dienste nicht von der Regierung blockiert worden seien.")
VIBER_P5 = ("Der ranghohe Regierungsvertreter stellte fest, dass Telekom-Dienstanbieter (“Betreiber”) eine Sperrung "
            "veranlasst hatten. Aber er vermied es, diese Anbieter beim Namen zu nennen. Er fuhr fort:")

add(id="ho43-gv-2014-04-viber-gambia",
    title="",
    url="https://de.globalvoices.org/2014/04/21/ist-viber-in-gambia-blockiert/",
    retrieved="same address (stored article of 21 April 2014; the stored copy begins with the body, without the headline "
              "'Ist Viber in Gambia blockiert?', so there is no title line (rules 18, 32); the two block quotes of Lamin "
              "Camara, set without marks, kept as paragraphs of their own and not annotated (rule 23); the third block "
              "quote 'Die Sperrung von Viber hat nichts mit der Regulierungsbehörde … Ich zeige nicht mit dem F', cut off in "
              "the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=GV,
    paras=[VIBER_P1,
           "Jetzt, also ein Jahr später, melden die Kunden von Viber Schwierigkeiten bei der Nutzung der kostenfreien "
           "Dienste. Lamin Camara, stellvertretender Staatssekretär im Ministerium für Informationstechnologie, kommentierte "
           "dieses Thema gegenüber dem Online-Nachrichtenportal Gambia Affairs:",
           "[Falls] man glaubt, kostenlose Software entwickeln und bereitstellen zu müssen und dadurch die "
           "Telekomgesellschaften aus dem Geschäft drängt, wird dieser kostenfreie Service nicht länger genutzt werden "
           "können. Schließlich investiert jemand in die Infrastruktur [der Telekommunikation], wodurch dieser Dienst erst "
           "möglich gemacht wird.",
           "Ich bin der Meinung, die Menschen müssen das große Ganze sehen. Ich bin nicht hier, um das zu unterstützen, was "
           "passiert sein mag. Aber sobald wir den Eindruck gewinnen, dass etwas nicht in unserem wohlverstandenen "
           "Interesse liegt, müssen wir der ganzen Situation vernünftig und mit kühlem Kopf entgegen treten.",
           VIBER_P5],
    quotes=[("“illegal”", "Regulierungsbehörde für öffentliche Versorgungsunternehmen"),
            ("“Betreiber”", "Lamin Camara")],
    aliases={"Regulierungsbehörde für öffentliche Versorgungsunternehmen":
             ["Regulierungsbehörde für öffentliche Versorgungsunternehmen"],
             "Lamin Camara": ["Lamin Camara", "Regierungsvertreter"]})

SAMBIA_P1 = ("Die sambische Regierung entwirft ein Gesetz, das auf Online-Medien angewandt werden soll, um "
             "“Internetmissbrauch” und Cyberkriminalität zu bekämpfen. Der Staatssekretär für Information und Rundfunk, "
             "Bert Mushala, erwähnte das Gesetz in Begleitung des Informationsministers Joseph Katema, als die beiden "
             "Medienhäuser in der Provinz Copperbelt, 400 Kilometer von der Hauptstadt Lusaka entfernt, besichtigten.")

add(id="ho43-gv-2014-04-sambia-internetgesetz",
    title="Sambia plant Internetgesetz, um “tratschende” Medien zu kontrollieren",
    url="https://de.globalvoices.org/2014/04/19/sambia-entwirft-internetgesetz-um-tratschende-medien-zu-kontrollieren/",
    retrieved="https://de.globalvoices.org/2014/04/19/sambia-entwirft-internetgesetz-um-tratschende-medien-zu-kontrollieren"
              "/print/ (stored print version of the article of 19 April 2014; the print header '- Global Voices auf Deutsch "
              "- https://de.globalvoices.org -', the line 'Kategorien: …' and the photo caption in English and German "
              "('Lusaka skyline. Photo by Mike Lee …' / 'Skyline von Lusaka. Foto von Mike Lee über Flickr (CC BY-NC-ND "
              "2.0)') dropped (rule 14); the print version's link numbers '[1]', '[2]' and the language tags '[en]' kept as "
              "published (rule 20); Katema's block quote, set without marks, kept and not annotated (rule 23); the paragraph "
              "'Mushala, der scheinbar die Antworten von Minister', cut off in the stored copy, dropped (rule 15))",
    license=GV,
    paras=[SAMBIA_P1,
           "Laut eines Berichts der Webseite Zambian Watchdog [1] [en], der auf einen Beitrag der Zeitung Post [2] [en] "
           "zurückgeht, behauptete Katema, dass in einigen Gegenden Sambier unter einem Mangel an vertrauenswürdigen "
           "Informationen litten, da bestimmte Online-Medien und andere Veröffentlichungen ihre Zeit damit verbrächten, zu "
           "beleidigen und Lügen zu verbreiten, auf Kosten exakter und faktentreuer Berichterstattung.",
           "Katema sagte:",
           "Die Regierung der Patriotic Front (PF) [politische Partei, die zur Zeit den Präsidenten stellt] beabsichtigt, "
           "das Informationsangebot auf eine breitere Basis zu stellen, um die Öffentlichkeit zu erreichen. Die Regierung "
           "ist sich bewusst, dass es eine Informationslücke gibt. Genau deswegen ergreifen wir Strategien, die das "
           "Medienwachstum fördern sollen. Jetzt sieht man mehr christliche Radiostationen und private Sender entstehen als "
           "je zuvor. […] Aber es liegt bei euch [Journalisten], denn die Menschen in Sambia werden das Getratsche nicht "
           "länger ernst nehmen. Ihnen dürstet es nach Informationen, aber wenn ihr nur vor dem Computer sitzt, chattet und "
           "tratscht…"],
    quotes=[("“tratschende”", None),
            ("“Internetmissbrauch”", "sambische Regierung")],
    aliases={"sambische Regierung": ["sambische Regierung"]})

add(id="ho43-gv-2014-05-zone9-anhoerung",
    title="Äthiopien: Polizei beantragt mehr Zeit für Ermittlungen zu den Zone 9-Bloggern",
    url="https://de.globalvoicesonline.org/?p=21026",
    retrieved="same address (stored article of May 2014 on the older address of Global Voices auf Deutsch; the photo "
              "caption in English and German ('Scene outside Addis Ababa court. Photo published with permission.' / "
              "'Zelalem und Tesfalem werden aus dem Gericht in Addis Ababa geführt. Foto mit Genehmigung veröffentlicht.') "
              "dropped (rule 14); the published 'Laut ihrer Anwälte' kept (rule 20); the paragraph 'Es spielten sich hoch "
              "emotionale Szenen ab: … Man befürchtet, dass ', cut off in the stored copy, dropped (rule 15); it holds no "
              "quotation mark)",
    license=GV,
    paras=["Letzten Mittwoch wurden die äthiopischen Blogger Atnaf Berahane, Zelalem Kibret und Natnael Feleke (alle "
           "Mitglieder des Bloggerkollektivs Zone 9) und die Journalisten Asmamaw Hailegeorgis, Tesfalem Waldyes und Edom "
           "Kassaye das erste Mal seit ihrer Inhaftierung am 25. April einem Gericht in Addis Ababa vorgeführt. Bei der "
           "kurzen Anhörung beantragte die Polizei mehr Zeit für ihre Ermittlungen.",
           "Laut ihrer Anwälte stehen den Gefangenen Anklagen bevor, die mit der Unterstützung durch ausländische "
           "Nichtregierungsorganisationen (NGOs) und dem “Aufruf zur Gewalt über soziale Medien” zu tun haben.",
           "Die sechs Männer und Frauen, zusammen mit den Bloggern Befeqadu Hailu, Abel Wabela und Mahlet Fantahun – "
           "ebenfalls Mitglieder des Bloggerkollektivs Zone 9 – wurden Ende April festgenommen und befinden sich seitdem "
           "in Haft. Alle sind einflussreiche Autoren, die über politische und soziale Themen in Äthiopien schreiben und "
           "haben eine aktive Rolle dabei gespielt, politische Debatten und Proteste im Internet zu organisieren.",
           "Die Anhörung fand unter Ausschluss der Öffentlichkeit statt, obwohl Diplomaten und andere vielfach versucht "
           "hatten, teilnehmen zu können. Laut Freunden der Global Voices Gemeinschaft, die sich vor Ort befanden, war es "
           "Schaulustigen vor dem Gerichtsgebäude verboten worden, die Gefangenen anzusprechen. Unterstützer, die vor dem "
           "Gericht warteten, winkten den Inhaftierten und sie lächelten zurück. Sie konnten nicht zurückwinken, da ihnen "
           "Handschellen angelegt worden waren."],
    quotes=[("“Aufruf zur Gewalt über soziale Medien”", "Anwälte")],
    aliases={"Anwälte": ["Anwälte"]})
