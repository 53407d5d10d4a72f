# Hundred-and-eighty-fifth held-out German real-news set (tests/data/heldout185-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-1389 and the new rules of this set, 1390-1392). None of these pages is in any
# tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and SOURCES.md
# files of tests/data and of the other helpers' worktrees, and by 8-word phrases of each text against all sets). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-eighty-fifth held-out set": texts of the German Federal Government (the
# monthly appointment calendar of bundeskanzlerin.de and the teasers of the Chancellor's podcast feed as shown by the podcast
# directory meinpodcast.de). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_FEED  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"
MERKEL_ALIASES_FEED = ["Angela Merkel", "Bundeskanzlerin Merkel", "Kanzlerin Merkel", "Merkel", "die Bundeskanzlerin",
                       "Bundeskanzlerin", "Kanzlerin"]
MERKEL_ALIASES_CAL = ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "die Bundeskanzlerin", "Bundeskanzlerin",
                      "die Kanzlerin", "Kanzlerin"]

# --- meinpodcast.de: teasers of the Chancellor's podcast feed ---

PC_P1 = ("„Nein zu Wegwerf-Plastik - ja zu Mehrweg“ ist das Motto des diesjährigen Umwelttages. „Tatsächlich ist der Kampf "
         "gegen den Plastikmüll weltweit eines der wichtigsten Umweltthemen,“ betont Kanzlerin Merkel im Podcast und "
         "verweist auch auf die Notwendigkeit weltweiter Klimaschutzmaßnahmen: „Jetzt und die nächsten Jahre kommt es "
         "darauf an, entschlossen zu handeln – für den Erhalt unserer Umwelt, unserer eigenen Lebensgrundlagen und für die "
         "nachfolgenden Generationen überall auf der Welt.“")
PC_P2 = ("Das Grundgesetz garantiert ein Leben in Freiheit, Demokratie und im Rechtsstaat. „Das gilt uneingeschränkt auch für "
         "die letzten Monate, in denen uns die Pandemie zu teilweise harten und weitreichenden Einschränkungen von Freiheiten "
         "gezwungen hat“, sagt Kanzlerin Merkel im Podcast. Sie betont zudem die Grundrechte im Grundgesetz, die alle "
         "schützten aber auch verpflichteten, für diese Werte einzutreten.")
PC_P3 = ("Die Pandemie hat uns noch einmal deutlich vor Augen geführt, wie wichtig die Arbeit jedes Einzelnen ist, damit das "
         "große Ganze wie gewohnt funktioniert,“ sagt Bundeskanzlerin Merkel im Podcast und macht Mut: „Spätestens ab Juni, "
         "das ist in wenigen Wochen, werden alle die Möglichkeit haben, sich einen Impftermin zu besorgen.")
PC_P4 = ("Bundeskanzlerin Merkel spricht in ihrem Podcast zur Bedeutung der bundeseinheitlichen Notbremse. „Damit ist nun für "
         "die Bürgerinnen und Bürger genau wie für die staatliche Verwaltung klar, was überall dort, wo die Inzidenz über 100 "
         "liegt, automatisch erfolgen muss“, sagt die Bundeskanzlerin und betont: „Das ist etwas Neues in unserem Kampf gegen "
         "die Pandemie. Und ich bin überzeugt: Es ist dringend nötig.“")

add(id="ho185-feed-meinpodcast-tag-merkel-seite-2",
    title="Angela Merkel",
    url="https://meinpodcast.de/tag/angela-merkel/page/2/",
    retrieved="same address (stored directory page 2 of the tag 'Angela Merkel': teasers of the Chancellor's podcast of "
              "April to June 2021 from the Government's feed; the stray opening mark '\"' before the page title (scraper "
              "residue, no closing mark) dropped, the tag name is the first line (rules 18, 94); the player furniture "
              "('Serie', 'Du hast noch keinen Podcast zur Wiedergabe ausgewählt', '00:00 / 00:00', 'Herunterladen', "
              "'Playlist', 'Aktuelle Wiedergabe', the repeated tag name, the column heads 'Nr.', 'Titel', 'Länge') and the "
              "list bullets dropped (rule 94); the last item ('Vor den Ostertagen appelliert Bundeskanzlerin Merkel an die "
              "Bürgerinnen und Bürger, sich'), cut off in the stored copy, dropped (rule 15); the third teaser's missing "
              "opening mark and its unclosed second quotation kept as published (rule 22))",
    license=BREG_FEED,
    paras=[PC_P1, PC_P2, PC_P3, PC_P4],
    quotes=[("„Nein zu Wegwerf-Plastik - ja zu Mehrweg“", None),
            ("„Tatsächlich ist der Kampf gegen den Plastikmüll weltweit eines der wichtigsten Umweltthemen,“", MERKEL),
            (cut(PC_P1, "„Jetzt und die nächsten Jahre", "überall auf der Welt.“"), MERKEL),
            (cut(PC_P2, "„Das gilt uneingeschränkt", "gezwungen hat“"), MERKEL),
            (cut(PC_P3, "Die Pandemie hat uns", "wie gewohnt funktioniert,“"), MERKEL),
            (cut(PC_P3, "„Spätestens ab Juni", "Impftermin zu besorgen."), MERKEL),
            (cut(PC_P4, "„Damit ist nun", "automatisch erfolgen muss“"), MERKEL),
            ("„Das ist etwas Neues in unserem Kampf gegen die Pandemie. Und ich bin überzeugt: Es ist dringend nötig.“",
             MERKEL)],
    aliases={MERKEL: MERKEL_ALIASES_FEED})

# --- bundeskanzlerin.de: the Chancellor's appointment calendar ---

add(id="ho185-breg-bkin-terminkalender-2020-03",
    title="März 2020",
    url="https://www.bundeskanzlerin.de/bkin-de/angela-merkel/terminkalender/70468!search?formState=eNptj8EKwjAMhl9Fcp6QTVHoTdS7ehUPtUvHYGtnm6lj7N3NlKEHb3_C9_0hPeSa6aRdQRFUD2tcrnAMNvgalGurKgH2nzQMCVhtiH_RM9QqwwznuICLAI0uSqe59G6Egn8InCImEFkHBoXCeGsj8VR_ayl001B585aP_5ab-lryrpQmZwgUZAhyMFCM-zs53sorhf9q0Y8HgZ6j01S6o3wnyCynaEQ0bQhiHXQhXenwAmlJWYE&sf=70460:m:2020-03",
    retrieved="same address (stored calendar page for March 2020; the navigation lines 'Navigation und Service' and "
              "'Inhalt' dropped as furniture; the month, the day lines ('31. Mär') and the place lines ('Im Kanzleramt') "
              "kept as lines of their own (rule 18); the link line 'Hier geht es zum Audio-Podcast' dropped as furniture; "
              "trailing blanks dropped; the entry of 18 March ('18. Mär', 'Im Kanzleramt', 'Heute tagt wie ü'), cut off in "
              "the stored copy, dropped with its day and place lines (rule 15))",
    license=BREG,
    paras=["31. Mär",
           "Im Kanzleramt",
           "Am Mittag spricht die Bundeskanzlerin mit dem neuen Ministerpräsidenten der Ukraine, Denys Schmyhal.",
           "Ursprünglich war dieses Gespräch im Rahmen eines Antrittsbesuchs vorgesehen, nun wird es im Rahmen einer "
           "Telefon- oder Videokonferenz stattfinden. Hierbei werden sich die Bundeskanzlerin und Ministerpräsident "
           "Schmyhal insbesondere über die bilateralen Beziehungen, den ukrainischen Reformprozess und die Lage in der "
           "Ostukraine austauschen. Daneben wird es voraussichtlich auch um Maßnahmen zur Eindämmung der Corona-Pandemie "
           "gehen.",
           "30. Mär",
           "Im Kanzleramt",
           "Heute bespricht sich die Bundeskanzlerin im Zusammenhang mit der Ausbreitung des Coronavirus mit den "
           "zuständigen Ministerinnen und Ministern.",
           "28. Mär",
           "Danke, dass unser Land auf Sie zählen kann!",
           "Bundeskanzlerin Angela Merkel dankt in ihrem Audio-Podcast den Bürgerinnen und Bürgern für die konsequente "
           "Umsetzung der Regeln, die in der Corona-Pandemie gelten. Das Ziel: Kontakte zu vermeiden, um Ansteckungen zu "
           "verhindern. Fast alle hätten sichtbar ihr Verhalten umgestellt. Angesichts dessen wolle sie einfach sagen: "
           "\"Danke - von ganzem Herzen Danke!\"",
           "26. Mär",
           "Im Kanzleramt",
           "Heute wird die Bundeskanzlerin sich mit den Staats- und Regierungschefs der EU in einer Videokonferenz erneut "
           "über die aktuelle Lage in der Coronakrise austauschen. Dabei soll es vor allem auch um die wirtschaftlichen "
           "Auswirkungen der Pandemie gehen.",
           "23. Mär",
           "Im Kanzleramt",
           "Anschließend wird sich die Kanzlerin in einer Videokonferenz mit dem Ministerpräsidenten der Republik Kosovo, "
           "Albin Kurti, austauschen. Neben den Maßnahmen zur Eindämmung des Coronavirus wird es insbesondere um die "
           "bilateralen Beziehungen, wirtschaftspolitische, regionale und außenpolitische Fragen sowie europapolitische "
           "Themen gehen.",
           "Im Kanzleramt",
           "Am Vormittag tagt das Kabinett unter Leitung der Kanzlerin."],
    quotes=[("\"Danke - von ganzem Herzen Danke!\"", MERKEL)],
    aliases={MERKEL: MERKEL_ALIASES_CAL})

add(id="ho185-breg-bkin-terminkalender-2016-10",
    title="Oktober 2016",
    url="https://www.bundeskanzlerin.de/Webs/BKin/DE/AngelaMerkel/Terminkalender/kalender_node.html?date=201610",
    retrieved="same address (stored calendar page for October 2016; 'Navigation und Service' and 'Inhalt' dropped as "
              "furniture; day lines and place or topic lines kept as lines of their own (rule 18); the link lines '[Hier "
              "geht es zum Video-Podcast]' dropped as furniture; the missing blanks after full stops in 'in München.Der "
              "Kongress' kept as published (rule 20); the entry of 20 October ('20. Okt', 'Unterwegs', 'Die Kanzlerin "
              "reist am Donnerstag zum Europäischen Rat nach Brüssel. … berichtet über die'), cut off in the stored copy, "
              "dropped with its day and place lines (rule 15))",
    license=BREG,
    paras=["29. Okt",
           "Video-Podcast",
           "Die Kanzlerin misst den Kultureinrichtungen, die der Bund fördert, große Bedeutung bei. Wer seine eigene Kultur "
           "nicht kenne und nicht wisse, wo er herkomme, der könne nur sehr schwer Zukunft gestalten, so Merkel.",
           "26. Okt",
           "Kabinett",
           "Am Vormittag tagt das Kabinett unter der Leitung der Kanzlerin.",
           "25. Okt",
           "Medientage München",
           "Heute redet die Kanzlerin auf der Eröffnung der Medientage in München.Der Kongress steht in diesem Jahr unter "
           "dem Motto \"Mobile and Me: Wie das Ich die Medien steuert\". Die Medientage finden in diesem Jahr zum 30. Mal "
           "statt. Der Veranstalter ist die Bayerische Landeszentrale für neue Medien.",
           "24. Okt",
           "Besuch im Kanzleramt",
           "Heute trifft die Kanzlerin eine Unternehmerdelegation des World Economic Forums im Kanzleramt. In den "
           "Gesprächen wird es um aktuelle Themen der nationalen und internationalen Wirtschaftspolitik gehen. Treffen mit "
           "einer Delegation des World Economic Forums haben in diesem Rahmen schon mehrfach in Berlin stattgefunden.",
           "22. Okt",
           "Video-Podcast",
           "Der Regierungsbericht \"Gut leben in Deutschland\" enthält Indikatoren, mit denen sich Lebensqualität messen "
           "lässt. Das unterscheide ihn von anderen Untersuchungen zu dem Thema, so die Kanzlerin. Die Bundesregierung "
           "beschreite damit ein Stück Neuland.",
           "21. Okt",
           "Unterwegs",
           "Am Freitag befasst sich der Europäische Rat mit Handelspolitik. Der Rat findet kurz vor dem EU-Kanada-Gipfel "
           "statt, bei dem das Freihandelsabkommen CETA unterzeichnet werden soll. Bei einer Aussprache zu "
           "Wirtschaftsthemen geht es unter anderem darum, wie die wichtigen Vorhaben des Binnenmarktes rasch vorangebracht "
           "werden können."],
    quotes=[("\"Mobile and Me: Wie das Ich die Medien steuert\"", None),
            ("\"Gut leben in Deutschland\"", None)],
    aliases={})

add(id="ho185-breg-bkin-terminkalender-2019-11",
    title="November 2019",
    url="https://www.bundeskanzlerin.de/bkin-de/angela-merkel/terminkalender/70468!search?formState=eNptj8EKwjAMhl9Fcp7QDlHsTdS7ehUPtctKYWtnm6lj7N3NlKEHb3_C9_0hPRSa8KS9xQSqh5VYLMUYyhhqUL6tqgwofNIwZFBqg_SLnqFWuZDruZRwYaDR1nlNLvgRiuHBsBQig0Q6EijBTCjLhDTV31qM3TRUwbzl47_lpr462jlu8gZBQS6AD0ZMaX9HT1t-xYavlsJ4EPA5Ok2lOyx2jMwKTIZF08bI1kFb7pLDC26aWYg&sf=70460:m:2019-11",
    retrieved="same address (stored calendar page for November 2019, a search-state address of the calendar with the "
              "month parameter 'm:2019-11'); 'Navigation und Service' and 'Inhalt' "
              "dropped as furniture; day lines and place lines kept as lines of their own (rule 18); the entry of 16 "
              "November ('16. Nov', the heading 'Wir wollen mit den afrikanischen Ländern zusammenarbeiten' and the "
              "paragraph '\"Unsere Zusammenarbeit mit Afrika ist für mich von zentraler Bedeutung\", betont "
              "Bundeskanzlerin An'), cut off in the stored copy, dropped with its quotation (rule 15))",
    license=BREG,
    paras=["20. Nov",
           "Unterwegs",
           "Die Kanzlerin reist heute Nachmittag nach Zagreb. Dort wird sie vom kroatischen Ministerpräsidenten Andrej "
           "Plenković empfangen. Im Anschluss an das Gespräch ist eine gemeinsame Pressekonferenz geplant.",
           "19. Nov",
           "Im Kanzleramt",
           "Heute richtet die Bundeskanzlerin zum dritten Mal eine Konferenz zum \"G20 Compact with Africa\" im "
           "Bundeskanzleramt aus.",
           "Es werden zahlreiche Vertreter der afrikanischen Länder, die sich dem Compact with Africa angeschlossen haben, "
           "teilnehmen, darunter Vertreter aus Ägypten, Benin, Burkina Faso, Côte d’Ivoire (Elfenbeinküste), Ghana, Guinea, "
           "Ruanda, Senegal, Togo und Tunesien.",
           "Am Vormittag, vor Beginn der eigentlichen Konferenz, wird die Kanzlerin im Haus der Deutschen Wirtschaft an "
           "einer Investorenkonferenz teilnehmen, die vom Afrika-Verein der deutschen Wirtschaft und von der "
           "Subsahara-Afrika Initiative der Deutschen Wirtschaft veranstaltet wird. Am Nachmittag wird sie dann die "
           "Konferenz mit einer Rede eröffnen.",
           "18. Nov",
           "Unterwegs",
           "Heute geht es bei der Klausurtagung des Kabinetts auf Schloss Meseberg mit den Themen Kryptowährungen, "
           "Deepfakes und Datenstrategie weiter.",
           "Am frühen Nachmittag findet die Kabinettssitzung statt und im Anschluss geht die Klausur weiter mit dem Thema "
           "#AfricaRising. Anschließend treten Bundeskanzlerin Merkel und Bundesminister Scholz vor die Presse.",
           "17. Nov",
           "Unterwegs",
           "Heute und morgen kommt das Kabinett zu einer Klausurtagung im Gästehaus der Bundesregierung auf Schloss "
           "Meseberg zusammen. Im Rahmen der Klausur findet auch eine Kabinettsitzung statt.",
           "Themen sind die Gesamtstrategie Mobilfunk, außerdem der Stand der Digitalisierung in Deutschland, der künftig "
           "mit einem interaktiven Dashboard dargestellt werden soll. Die Klausurtagung wird am Montag fortgesetzt."],
    quotes=[("\"G20 Compact with Africa\"", None)],
    aliases={})
