# Seventy-second held-out German real-news set (tests/data/heldout72-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 530). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers' names and a distinctive phrase
# of each text against all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid
# was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Seventy-second held-out set" of SOURCES.md: pages of the Bundeszentrale für politische Bildung
# (bpb.de; licence BPB, CC BY-NC-ND 4.0): issues and archive pages of its "Sicherheitspolitische Presseschau" (a commented
# link list whose summaries quote the linked texts) and of its messenger service "Deine tägliche Dosis Politik". The pages
# corpus holds no stored copy of a single "Hintergrund aktuell" article (about 20 queries); the bpb pages that quote people
# and organisations were used instead. Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BPB  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# Shared retrieval wording for the Presseschau pages.
PS_FURNITURE = ("the banner line(s) ('30 Jahre Deutsche Einheit Mehr erfahren' / '30 Jahre Mauerfall Mehr erfahren'), the "
                "image caption 'US-Soldaten in Afghanistan', the pager line 'suche-links1 2 … suche-rechts', the address "
                "lines of the linked texts and the links 'Mehr lesen' dropped as furniture (rules 19, 93)")

# --- bpb Sicherheitspolitische Presseschau: front page, issue of 18.02.2020 ---

PS20_P2 = ("Seit 2001 stellt die bpb eine ausführliche und kommentierte Linkliste zusammen zu den Folgen des Terrorismus und "
           "den verschiedenen Aspekten der internationalen Sicherheitspolitik. Im Archiv finden Sie alle Texte, die seit "
           "2011 gesammelt wurden. Das Archiv enthält auch Links, die nicht mehr funktionieren oder auf Texte verweisen, die "
           "nicht mehr frei erreichbar sind.")
PS20_WIEGOLD = ("Thomas Wiegold gibt seine Eindrücke von der Münchner Sicherheitskonferenz wieder und konstatiert: \"So tief "
                "greifend kontrovers, sowohl weltweit als auch unter Verbündeten, habe ich das Münchner Treffen in meinen "
                "bislang 20 Jahren dort noch nicht empfunden. Westlessness, Westlosigkeit war das Motto, und mein Eindruck "
                "war eher: Hilflosigkeit.\"")

add(id="ho72-bpb-2020-02-18-presseschau-wiegold",
    title="Sicherheitspolitische Presseschau",
    url="https://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/",
    retrieved="same address (stored front page of the bpb's Sicherheitspolitische Presseschau, issue 'Links vom "
              "18.02.2020'; " + PS_FURNITURE + "; the page name, shown twice, kept once as the title (rule 18); the "
              "section and source lines ('2.1. Deutschland / Europa', 'Augen Geradeaus! vom 17.02.2020') and the linked "
              "title kept as lines of their own (rules 18, 19); the stored copy ends after the first item)",
    license=BPB,
    paras=["Linkliste \"Internationale Sicherheitspolitik und die Folgen des Terrors\"",
           "Die Anschläge vom 11. September 2001 haben die Welt verunsichert. Weltweit wird über die Ursachen und Folgen "
           "diskutiert. Woher kommt der Terrorismus? Wer sind seine Akteure? Gibt es einen Kampf der Kulturen? Wie kann eine "
           "internationale Sicherheitspolitik gestaltet werden? Und wie verhalten sich Freiheit und Sicherheit in Zeiten "
           "terroristischer Bedrohungen zueinander?",
           PS20_P2,
           "Diese Linksammlung stellt keine Meinungsäußerung der Bundeszentrale für politische Bildung/bpb dar, d.h. die "
           "Aufnahme in die Liste bedeutet z.B. nicht, dass die bpb mit den Meinungen auf den jeweiligen Websites "
           "übereinstimmt. Ziel dieser täglichen Übersicht ist es, eine Orientierung über die Bandbreite der internationalen "
           "Diskussionen und Positionen zu sicherheitspolitischen Fragen, den Folgen des Terrorismus und den damit "
           "verbundenen aktuellen Entwicklungen in Politik und Gesellschaft mit zu ermöglichen.",
           "Hier finden Sie die aktuelle Ausgabe der Presseschau",
           "Links vom 18.02.2020",
           "2.1. Deutschland / Europa",
           "Augen Geradeaus! vom 17.02.2020",
           "\"Rückblick auf Münchner Sicherheitskonferenz 2020: Westlos, hilflos?\"",
           PS20_WIEGOLD],
    quotes=[("\"Internationale Sicherheitspolitik und die Folgen des Terrors\"", None),
            ("\"Rückblick auf Münchner Sicherheitskonferenz 2020: Westlos, hilflos?\"", None),
            (cut(PS20_WIEGOLD, "\"So tief", "Hilflosigkeit.\""), "Thomas Wiegold")],
    aliases={"Thomas Wiegold": ["Thomas Wiegold"]})

# --- bpb Sicherheitspolitische Presseschau: section page 2.1 Deutschland / Europa, November 2019 ---

MAAS_P = ("Bundesaußenminister Heiko Maas weist die deutliche Kritik von Präsident Macron an der NATO in diesem Gastbeitrag "
          "für Spiegel Online zurück und wirbt zugleich für den gemeinsamen Vorschlag zur Bildung eines Europäischen "
          "Sicherheitsrats (ESR). \"Es ist nicht mehr selbstverständlich, dass wir in Deutschland in Frieden und Sicherheit "
          "leben. In den letzten Jahren ist immer wieder gesagt worden: Deutschland muss mehr Verantwortung für Frieden und "
          "Sicherheit in der Welt übernehmen. In diesem historischen Moment sehen wir, dass sich über diese Aufgabe hinaus "
          "eine zweite, noch drängendere stellt: Wir müssen Verantwortung übernehmen, um überhaupt unsere eigene Sicherheit "
          "in Europa und Deutschland zu bewahren. Deshalb gehört die politische Frage ins Zentrum, welchen internationalen "
          "Rahmen wir errichten, um auch in Zukunft Frieden und Sicherheit für Europa und unser Land zu bewahren. (…) Eine "
          "Idee, an der ich mit meinem französischen Kollegen Jean-Yves Le Drian arbeite, und die für mich ins Zentrum der "
          "deutschen EU-Präsidentschaft gehört, steht für mich exemplarisch für diesen Kurs: der Europäische Sicherheitsrat. "
          "Kein Projekt für morgen, aber eine wichtige Orientierungsmarke am Horizont. Wir brauchen ein solches Gremium als "
          "den Ort, an dem die Europäer ihre außen- und sicherheitspolitische Arbeit bündeln, im institutionellen Gefüge der "
          "Europäischen Union und darüber hinaus. Großbritannien muss mit von der Partie sein, auch wenn es die Union "
          "verlässt.\"")

add(id="ho72-bpb-2019-11-presseschau-maas-sicherheitsrat",
    title="2.1. Deutschland / Europa",
    url="http://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/195318/2-1-deutschland-europa?"
        "paginator=1",
    retrieved="same address (stored first page of the archive section '2.1. Deutschland / Europa' of the bpb's "
              "Sicherheitspolitische Presseschau, November 2019; " + PS_FURNITURE + "; the section name is the title "
              "(rule 18); the source line 'Spiegel Online vom 10.11.2019' and the linked title kept as lines of their own "
              "(rule 19); the next item (source line 'Süddeutsche Zeitung vom 09.11.2019', title \"Zwei "
              "Konstruktionsfehler gefährden die moderne Weltordnung\"), whose address and summary are cut off in the stored "
              "copy, dropped with its title (rule 15))",
    license=BPB,
    paras=["Spiegel Online vom 10.11.2019",
           "\"Wir wollen und brauchen die Nato\"",
           MAAS_P],
    quotes=[("\"Wir wollen und brauchen die Nato\"", None),
            (cut(MAAS_P, "\"Es ist nicht mehr", "verlässt.\""), "Heiko Maas")],
    aliases={"Heiko Maas": ["Heiko Maas", "Bundesaußenminister Heiko Maas"]})

# --- bpb Sicherheitspolitische Presseschau: section page 2.1 Deutschland / Europa, September 2018 ---

GOERGEN_P = ("Fritz Goergen kritisiert auf Tichys Einblick die Debatte um die Ablösung Hans-Georg Maaßens: \"Wer von den "
             "Institutionen schon ein schlechtes Bild hat, wird bestätigt. Die innere Opposition im Sicherheitsapparat, die "
             "sich seit dem eigenmächtigen Kassieren des eigenen politischen Beschlusses zur Grenzschließung 2015 bildet, "
             "wächst weiter; mit der Entfernung oder Kaltstellung eines ihrer geistigen Köpfe wird Maaßen für sie nur noch "
             "wichtiger. Die schlimmste Folge von allem aber ist: Was sich wirklich vollzieht, steht nicht in den Medien, "
             "erfassen keine Umfragen und Studien. Die Fluchtbewegung einer viel größeren Mehrheit der Bürger, als sich das "
             "alle Instanzen vorstellen können, verbreitert und beschleunigt sich: die Flucht in die innere Emigration in "
             "eine Biedermeier-Idylle, in der jedes politische Wort verpönt ist, in der bei Nachrichtensendungen in TV und "
             "Radio weggeschaltet wird – im Auto eingeschlossen. Ganz nach Goethes Ein garstig Lied! Pfui! ein politisch "
             "Lied! in Auerbachs Keller (Faust I).\"")
KUTSCHA_P = ("Stephan Hebel im Gespräch mit dem Bürgerrechtler Martin Kutscha \"über den Verfassungsschutzchef Maaßen, die "
             "Frage nach seiner Entlassung und den Sinn des Inlandsgeheimdienstes.\"")

add(id="ho72-bpb-2018-09-presseschau-maassen",
    title="2.1. Deutschland / Europa",
    url="http://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/195318/2-1-deutschland-europa?"
        "paginator=0",
    retrieved="same address (stored first page of the archive section '2.1. Deutschland / Europa' of the bpb's "
              "Sicherheitspolitische Presseschau, September 2018; " + PS_FURNITURE + "; the section name is the title "
              "(rule 18); the source lines ('Tichys Einblick vom 18.09.2018', 'Frankfurter Rundschau vom 18.09.2018') and "
              "the linked titles kept as lines of their own (rule 19); the third item (source line 'Spiegel Online vom "
              "18.09.2018', title \"Polizei durchsucht Gebäude in drei Bundesländern - eine Festnahme\"), whose summary is "
              "cut off in the stored copy inside its quotation ('\"Die Verd'), dropped with its title (rule 15))",
    license=BPB,
    paras=["Tichys Einblick vom 18.09.2018",
           "\"Und nach Maaßen?\"",
           GOERGEN_P,
           "Frankfurter Rundschau vom 18.09.2018",
           "\"Sein Feindbild war immer links\"",
           KUTSCHA_P],
    quotes=[("\"Und nach Maaßen?\"", None),
            (cut(GOERGEN_P, "\"Wer von den", "(Faust I).\""), "Fritz Goergen"),
            ("\"Sein Feindbild war immer links\"", None),
            (cut(KUTSCHA_P, "\"über den", "Inlandsgeheimdienstes.\""), "Frankfurter Rundschau")],
    aliases={"Fritz Goergen": ["Fritz Goergen"],
             "Frankfurter Rundschau": ["Frankfurter Rundschau"]})

# --- bpb Sicherheitspolitische Presseschau: source page "Worldcrunch", October 2020 ---

LEMONDE_P = ("Die französische Tageszeitung Le Monde verurteilt die Ermordung eines Lehrers in einer Stadt im Norden von "
             "Paris in einem Leitartikel als erneuten brutalen Angriff auf die Meinungsfreiheit. \"A man was savagely "
             "killed, in a premeditated manner, because in his teaching, he integrated the freedom to think, to say, to "
             "write and to draw. This freedom must be taught. It is part of the founding values of our country. It is at "
             "the heart of our history, our identity and our culture — and it is under attack. It has been under constant "
             "attack over the last few years in France. When, on Nov. 13, 2015, terrorists struck the Bataclan and "
             "Parisian cafés, their target was the freedom to live in a diverse society and listen to music. When, on July "
             "14, 2016, families who came to watch the fireworks in Nice were massacred, it was the freedom to gather for "
             "the national holiday that was targeted. The French have learned to live with the threat of terrorism, but "
             "they probably hadn't grasped the extent to which it has remained present, as shown by the number of attacks "
             "thwarted by the police.\"")

add(id="ho72-bpb-2020-10-presseschau-worldcrunch-le-monde",
    title="",
    url="https://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/195581/worldcrunch",
    retrieved="same address (stored page of the source 'Worldcrunch' in the bpb's Sicherheitspolitische Presseschau, "
              "October 2020; " + PS_FURNITURE + "; the stored copy shows no page name, so there is no title line (rules "
              "18, 32); the linked title kept as a line of its own (rule 19); the second item (title \"Why Colombia's "
              "Peace Process Was Destined To Self-Destruct\" and its summary on the columnist Saúl Hernández), cut off in "
              "the stored copy inside its quotation, dropped with its title (rule 15))",
    license=BPB,
    paras=["\"French Teacher Beheaded: A New Attack On Freedom Of Speech\"",
           LEMONDE_P],
    quotes=[("\"French Teacher Beheaded: A New Attack On Freedom Of Speech\"", None),
            (cut(LEMONDE_P, "\"A man was", "by the police.\""), "Le Monde")],
    aliases={"Le Monde": ["Le Monde", "Die französische Tageszeitung Le Monde"]})

# --- bpb Sicherheitspolitische Presseschau: source page "Bundeszentrale für politische Bildung", November 2021 ---

NSU_P = ("Die Bundeszentrale für politische Bildung beleuchtet das Vorgehen, die Opfer sowie die Aufdeckung und juristische "
         "Aufarbeitung der rechtsextremen Terrorgruppe \"Nationalsozialistischer Untergrund\" (NSU): \"Als vor zehn Jahren "
         "die gezielten rassistischen Morde, Sprengstoffanschläge und Banküberfalle des sogenannten Nationalsozialistischen "
         "Untergrunds (NSU) öffentlich wurden, haben sie eine im Nachkriegsdeutschland bislang unbekannte Dimension des "
         "Rechtsterrorismus offengelegt. (…) Jahrelang berücksichtigten weder Polizei noch Verfassungsschutz ein "
         "rechtsextremes Motiv für die Taten. (…) Die systematischen Verbrechen des NSU wurden erst im November 2011 "
         "bekannt, als die Gruppe enttarnt wurde.\"")
KGB_P = ("In der jüngsten Folge des Podcasts \"Netz aus Lügen - Die globale Macht von Desinformation\" beleuchtet die "
         "Bundeszentrale für politische Bildung die sogenannten \"Aktiven Maßnahmen\" des sowjetischen Geheimdienstes KGB. "
         "\"So wurden alle sowjetischen geheimdienstlichen Operationen genannt, die das Weltgeschehen beeinflussen sollten: "
         "aktivnye meropriyatiya. Ein ganz wichtiges Element dabei: Desinformation.\"")
BPB_NAME = "Bundeszentrale für politische Bildung"

add(id="ho72-bpb-2021-11-presseschau-bpb-nsu-kgb",
    title="Bundeszentrale für politische Bildung",
    url="https://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/196049/bundeszentrale-fuer-"
        "politische-bildung",
    retrieved="same address (stored page of the source 'Bundeszentrale für politische Bildung' in the bpb's "
              "Sicherheitspolitische Presseschau, November 2021; " + PS_FURNITURE + ", as is the source's address line "
              "'»http://www.bpb.de«'; the page name is the title (rule 18); the date lines and the linked titles kept as "
              "lines of their own (rule 19); the third item (date line '14.10.2021', title \"Vor 20 Jahren: NATO beschließt "
              "Bündnisfall\"), whose summary is cut off in the stored copy inside its quotation ('… Anschlägen d'), dropped "
              "with its date line and title (rule 15))",
    license=BPB,
    paras=["03.11.2021",
           "\"Vor 10 Jahren: Aufdeckung des NSU\"",
           NSU_P,
           "21.10.2021",
           "\"Podcast: Netz aus Lügen - Die Operation (3/7)\"",
           KGB_P],
    quotes=[("\"Vor 10 Jahren: Aufdeckung des NSU\"", None),
            ("\"Nationalsozialistischer Untergrund\"", None),
            (cut(NSU_P, "\"Als vor zehn", "enttarnt wurde.\""), BPB_NAME),
            ("\"Podcast: Netz aus Lügen - Die Operation (3/7)\"", None),
            ("\"Netz aus Lügen - Die globale Macht von Desinformation\"", None),
            ("\"Aktiven Maßnahmen\"", None),
            (cut(KGB_P, "\"So wurden", "Desinformation.\""), BPB_NAME)],
    aliases={BPB_NAME: [BPB_NAME, "Die Bundeszentrale für politische Bildung",
                        "die Bundeszentrale für politische Bildung"]})

# --- bpb "Deine tägliche Dosis Politik": archive page, May 2021 ---

SCHOLL_P = ("\"Wir sind Euer böses Gewissen\": Mit Worten wie diesen rief die \"Weiße Rose“ im Sommer 1942 zum Widerstand "
            "gegen das NS-Regime auf. An diesem Sonntag wäre das berühmteste Mitglied der Gruppe, Sophie Scholl, 100 Jahre "
            "geworden. Sie wurde mit nur 21 Jahren hingerichtet.")

add(id="ho72-bpb-2021-05-taegliche-dosis-sophie-scholl",
    title="Deine tägliche Dosis Politik - Archiv",
    url="https://m.bpb.de/dialog/265826/deine-taegliche-dosis-politik-archiv",
    retrieved="same address (stored archive page of the bpb's messenger service 'Deine tägliche Dosis Politik' on the "
              "mobile site, state of 7 May 2021; the section line 'Dialog' dropped as furniture and the page name is the "
              "title (rules 18, 19); the image credit '(© picture-alliance/AP)' dropped (rule 19); the link line 'Wie alles "
              "begann… Die \"Weiße Rose\"… Prozess & Todesurteil Auch wenn …', in which the page runs link texts into the "
              "next sentence, kept as one line as stored (rule 20); the short addresses 'https://kurz.bpb.de/…' kept as "
              "part of the message text; the bullets '•' and their indentation dropped, each bullet a line of its own (rule "
              "19); the mixed marks in \"Weiße Rose“ kept (rule 20))",
    license=BPB,
    paras=["Infokanal für Messenger",
           "Jeden Morgen schicken wir Dir kurze Erklärtexte zu Begriffen aus Politik und Geschichte, Hinweise auf "
           "interessante bpb-Angebote und Hintergrundinfos zu aktuellen Themen und Debatten. Hier findest Du die letzten "
           "veröffentlichten Beiträge und unser Archiv.",
           "Hier die Nachricht von heute:",
           "07.05.2021: Sophie Scholl",
           "Guten Morgen!",
           SCHOLL_P,
           "Wie alles begann… Die \"Weiße Rose\"… Prozess & Todesurteil Auch wenn ihre Person von verschiedensten Seiten "
           "verherrlicht oder vereinnahmt wurde, gilt Sophies Einsatz noch heute als ein Symbol für beispielhafte "
           "Zivilcourage.",
           "Mehr zur \"Weißen Rose\" erfährst Du hier: https://kurz.bpb.de/dtdp893",
           "Viele Grüße",
           "Deine bpb Online-Redaktion",
           "PS: Anlässlich ihres 100. Geburtstags haben SWR und BR das Instagram-Projekt @ichbinsophiescholl gestartet. Es "
           "gibt einen Einblick in die letzten 10 Monate ihres Lebens: https://kurz.bpb.de/dtdp894",
           "Hier die letzten fünf DTDP-Nachrichten:",
           "06.05.2021: Politische motivierte Kriminalität: Zahlen für das Jahr 2020",
           "Guten Morgen,",
           "die politisch motivierte Kriminalität in Deutschland hat erneut deutlich zugenommen. Diesen beunruhigenden Trend "
           "zeigt die PMK-Statistik für das Jahr 2020, die in dieser Woche veröffentlicht wurde.",
           "PMK?",
           "Der polizeiliche Begriff der \"Politisch motivierten Kriminalität\" (kurz: PMK) wurde 2001 eingeführt und soll "
           "die einheitliche Erfassung politisch motivierter Straftaten ermöglichen.",
           "Als politisch motiviert gelten u.a. gegen die Demokratie gerichtete Straftaten oder solche, die sich gegen eine "
           "Person allein aufgrund deren politischer Haltung oder äußerer Merkmale (z.B. Hautfarbe) richten."],
    quotes=[("\"Wir sind Euer böses Gewissen\"", "Weiße Rose"),
            ("\"Weiße Rose“", None),
            ("\"Weiße Rose\"", None),
            ("\"Weißen Rose\"", None),
            ("\"Politisch motivierten Kriminalität\"", None)],
    aliases={"Weiße Rose": ["Weiße Rose"]})

# --- bpb "Deine tägliche Dosis Politik": month page April 2021 ---

add(id="ho72-bpb-2021-04-taegliche-dosis-aprilscherze",
    title="April 2021 Deine tägliche Dosis Politik",
    url="https://bpb.de/kurz-knapp/taegliche-dosis-politik/330708/april-2021",
    retrieved="same address (stored month page of the bpb's messenger service 'Deine tägliche Dosis Politik', April 2021; "
              "the furniture line 'Meine Merkliste Geteilte Merkliste PDF oder EPUB erstellen', the browser title 'April "
              "2021 | Deine tägliche Dosis Politik | bpb.de', the reading time '/ 18 Minuten zu lesen' and the image credit "
              "'(© bpb)' dropped (rules 19, 93); the heading line 'April 2021 Deine tägliche Dosis Politik' is the title "
              "(rule 18); the bullets '•' and their indentation dropped, each bullet a line of its own (rule 19); the line "
              "'Externer Link: https://kurz.bpb.de/dtdp872' kept as part of the message; the sign-off 'Viel', cut off in "
              "the stored copy, dropped (rule 15))",
    license=BPB,
    paras=["Hier findest du alle Beiträge vom April 2021.",
           "01.04.2021: Aprilscherze",
           "Guten Morgen!",
           "April, April! Oder lieber doch nicht? Woher kommt der Aprilscherz eigentlich? Und sollte man sich den Spaß "
           "derzeit lieber verkneifen?",
           "Ursprung",
           "Aprilscherze haben eine lange Tradition, ihr Ursprung ist aber nicht eindeutig geklärt.",
           "Die Redensart \"Jemanden in den April schicken\" findet sich erstmals in einer aus Bayern stammenden Quelle aus "
           "dem Jahr 1618. Andere Geschichten sehen die Entstehung in Frankreich oder sogar in der Zeit der Römer.",
           "Gescherzt wird weltweit: In Frankreich und Italien kleben sich die Menschen heimlich gegenseitig lustige Zettel "
           "auf den Rücken. In Kanada feiert man den \"April Fool's Day\".",
           "Aprilscherze = Fake News?",
           "Sprachsoziolog/-innen der Lancaster University (GB) haben durch die Analyse von Aprilscherzen einen Algorithmus "
           "entwickelt, der mit 65-prozentiger Wahrscheinlichkeit Falschnachrichten erkennt.",
           "Denn: Aprilscherze nutzen die gleichen rhetorischen Mechanismen wie Fake-News.",
           "Einige sehen insbesondere Aprilscherze in den Medien kritisch, da sie das Misstrauen gegenüber diesen und den "
           "durch sie verbreiteten Informationen verstärken können.",
           "April, April und Covid-19",
           "Angesichts von Covid-19 verzichten viele Unternehmen wie Google oder Microsoft auf ihre traditionellen "
           "Aprilscherze.",
           "\"Corona ist kein Scherz\", betont auch das Bundesgesundheitsministerium und mahnt, dass erfundene Geschichten und "
           "Aprilscherze zu Corona zur Verunsicherung beitragen könnten.",
           "Wie Du Fake-News oder auch Aprilscherze erkennst, erfährst Du übrigens hier:",
           "Externer Link: https://kurz.bpb.de/dtdp872",
           "Kein Aprilscherz: Wir verabschieden uns in die Osterferien und wünschen dir Frohe Ostern! Am 12. April sind wir "
           "wieder zurück!"],
    quotes=[("\"Jemanden in den April schicken\"", None),
            ("\"April Fool's Day\"", None),
            ("\"Corona ist kein Scherz\"", "Bundesgesundheitsministerium")],
    aliases={"Bundesgesundheitsministerium": ["Bundesgesundheitsministerium"]})
