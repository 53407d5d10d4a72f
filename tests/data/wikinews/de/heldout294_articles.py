# Two-hundred-and-ninety-fourth held-out German real-news set (tests/data/heldout294-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1860-1864). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or URL slug, mirror category
# number, headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-fourth held-out set": seven pages of netzpolitik.org (licence
# NP: a press review, two weekly newsletters, a news item, a weekly review, an embed teaser and a tag page, 2016-2025) and
# one German Wikinews article read on the de.wikiactu.com mirror (licence WN, retrieval note MIRROR). Stored copies are
# the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import MIRROR, NP, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org ---

WUNDERLICH = "Jörn Wunderlich"
PRANTL = "Heribert Prantl"
SCHAAR = "Peter Schaar"
HANSEN = "Hansen"
SMOLTCZYK = "Maja Smoltczyk"
BOMMARIUS = "Christian Bommarius"
HERHOLZ = "Andreas Herholz"

ST_P2 = ("Patrick Beuth und Kai Biermann haben bei Zeit Online analysiert, warum das Gesetz wohl verfassungswidrig ist. "
         "Schon in der Parlamentsdebatte hatte die Opposition das Vorhaben scharf kritisiert, der Linken-Abgeordnete Jörn "
         "Wunderlich sagte, dass er für das abgekürzte „Omnibus-Verfahren“ eigentlich nur Worte „jenseits der "
         "Fäkalsprache“ finden könne.")
ST_P8 = ("Christian Bommarius kommentiert in der Frankfurter Rundschau, dass „Union und SPD glauben, dass ein Gesetz, das "
         "die geheime Ausspähung der Bürger regelt, auch im Geheimen zu verabschieden sei“. Und Andreas Herholz von der "
         "Nordwest-Zeitung ist angesichts des tiefgreifenden Eingriffs in Grundrechte und in die Privatsphäre befremdet "
         "von der „Art und Weise, wie Schwarz/Rot hastig die gesetzliche Grundlage für den Einsatz von Staatstrojanern und "
         "Online-Durchsuchungen auf Computern, Tablets und Handys durchgesetzt hat“.")

add(id="ho294-np-2017-06-reaktionen-staatstrojaner-gesetz", title=None,
    url="https://netzpolitik.org/2017/arrogant-befremdlich-entaeuschend-reaktionen-auf-das-neue-staatstrojaner-gesetz/",
    retrieved="same address (stored page of June 2017; the stored copy's date prefix ' date 2017-06' dropped (rules 32, "
              "63); it begins with the body, without headline, so its first paragraph is the first line (rule 18); the "
              "two quoted subheadings kept as lines of their own (rule 13); the last paragraph ('Daniel Kretschmar "
              "bezeichnet in d'), cut off in the stored copy, dropped (rules 15, 17); 'des Rechtsstaat' and the full stop "
              "inside the closing mark after 'beteiligt worden seien.' kept as published (rule 20))",
    license=NP,
    paras=["Der Bundestag hat die „WhatsApp-Überwachung“ gegen das Votum der Opposition und zweier SPD-Abgeordneter "
           "beschlossen. Wir haben im Vorfeld ausgiebig berichtet.",
           ST_P2,
           "„Arroganter Umgang mit der Macht“",
           "Dieses Verfahren nannte Heribert Prantl in der Süddeutschen Zeitung „legislativen Quasi-Betrug“, der "
           "ehemalige Bundesdatenschutzbeauftragte Peter Schaar einen „arroganten Umgang mit der Macht zulasten der "
           "Demokratie und des Rechtsstaat“.",
           "Die schleswig-holsteinische Datenschutzbeauftragte Hansen kritisiert den Beschluss des Bundestags, sogenannte "
           "Staatstrojaner einzusetzen. Sie zeigt sich „enttäuscht, dass die Datenschutzbeauftragten von Bund und Ländern "
           "nicht beteiligt worden seien.“",
           "Die Berliner Datenschutzbeauftragte Maja Smoltczyk kritisiert das „Hauruckverfahren“, mit dem der Gesetzgeber "
           "„die verfassungsrechtlichen und technischen Probleme […] unter den Tisch [kehrt]“.",
           "„Ein bis drei von Hand gezimmerte Pferdeattrappen“",
           ST_P8],
    # the journalist's label for the law is null (rule 24); the two marked phrases inside the report of Wunderlich's
    # speech are his (rule 1860); press-review quotes go to the named commentators, not their papers (rule 1861); the
    # first subheading repeats Schaar's words (rules 49, 1861), the second one's source is only in the cut-off part (rules
    # 26, 1861)
    quotes=[("„WhatsApp-Überwachung“", None),
            ("„Omnibus-Verfahren“", WUNDERLICH),
            ("„jenseits der Fäkalsprache“", WUNDERLICH),
            ("„Arroganter Umgang mit der Macht“", SCHAAR),
            ("„legislativen Quasi-Betrug“", PRANTL),
            ("„arroganten Umgang mit der Macht zulasten der Demokratie und des Rechtsstaat“", SCHAAR),
            ("„enttäuscht, dass die Datenschutzbeauftragten von Bund und Ländern nicht beteiligt worden seien.“", HANSEN),
            ("„Hauruckverfahren“", SMOLTCZYK),
            ("„die verfassungsrechtlichen und technischen Probleme […] unter den Tisch [kehrt]“", SMOLTCZYK),
            ("„Ein bis drei von Hand gezimmerte Pferdeattrappen“", None),
            ("„Union und SPD glauben, dass ein Gesetz, das die geheime Ausspähung der Bürger regelt, auch im Geheimen zu "
             "verabschieden sei“", BOMMARIUS),
            ("„Art und Weise, wie Schwarz/Rot hastig die gesetzliche Grundlage für den Einsatz von Staatstrojanern und "
             "Online-Durchsuchungen auf Computern, Tablets und Handys durchgesetzt hat“", HERHOLZ)],
    aliases={WUNDERLICH: [WUNDERLICH, "Linken-Abgeordnete Jörn Wunderlich"],
             PRANTL: [PRANTL],
             SCHAAR: [SCHAAR, "Bundesdatenschutzbeauftragte Peter Schaar"],
             HANSEN: [HANSEN, "Datenschutzbeauftragte Hansen"],
             SMOLTCZYK: [SMOLTCZYK, "Berliner Datenschutzbeauftragte Maja Smoltczyk"],
             BOMMARIUS: [BOMMARIUS],
             HERHOLZ: [HERHOLZ]})

REUTER = "Markus Reuter"

add(id="ho294-np-2024-09-kw37-bildet-netze", title=None,
    url="https://netzpolitik.org/2024/kw-37-die-woche-als-wir-mit-bildet-netze-unser-20-jaehriges-feierten/",
    retrieved="same address (stored weekly newsletter of September 2024; the stored copy's date prefix ' date 2024-09' "
              "dropped (rules 32, 63); it begins with the salutation, without headline, so the salutation is the first "
              "line (rule 18); the closing greeting and the signature 'Sebastian' kept as lines of their own; complete "
              "as stored)",
    license=NP,
    paras=["Liebe Leser*innen,",
           "wenn ihr diesen Wochenrückblick vor euch habt, dann haben wir etwas Großes hinter uns. Nämlich unseren "
           "Konferenztag „Bildet Netze!“ zum 20-jährigen Bestehen von netzpolitik.org. Falls ihr am Freitag die Vorträge "
           "und Panels vor Ort oder im Stream verfolgt habt: Vielen Dank! Und falls ihr etwas davon nachholen möchtet: Die "
           "Aufzeichnungen findet ihr (in Kürze) online.",
           "Während wir Ende der Woche Stühle, Kisten und Tische stapelten und durch Berlin transportieren, wanderten "
           "unsere Gedanken auch immer wieder Richtung Bundestag, wo ein beispielloses Überwachungspaket über Fraktionen "
           "hinweg Zuspruch bekam. Vor lauter Angst, dass die AfD im Nachgang des Solingen-Attentats die Debatte "
           "dominiert, machen die Ampel-Parteien plötzlich selbst Politik in AfD-Manier, und das mit Rückenwind der "
           "Union. Das Motto: Grundrechte stutzen, mehr Überwachung gegen alle, Ausländer raus.",
           "Wenn ich das in zwei Worten kommentieren müsste, würde ich sagen: Zum Kotzen. Weniger krude und dennoch in "
           "angemessener Schärfe kommentiert das mein Kollege Markus Reuter: „Grundrechte-Totalverlust bei Grünen und FDP“ "
           "und fasst in einem weiteren Artikel nicht minder scharfe Stimmen aus der Zivilgesellschaft zusammen.",
           "Allem Frust zum Trotz ist es wichtig, als (nicht nur digitale) Zivilgesellschaft kämpferisch zu bleiben und "
           "sich unermüdlich gegen die Erosion der Grundrechte stark zu machen. Das klappt zum Beispiel, indem man Netze "
           "bildet. Ganz ehrlich, ich würde auch lieber weniger große Worte im Rückblick schwingen. Vielleicht nächste "
           "Woche.",
           "Euch ein gutes Wochenende",
           "Sebastian"],
    # the conference's name is null (rule 24); the colleague's comment, introduced by `kommentiert … :`, is his (rules
    # 28, 1862); the writer's own unmarked `Zum Kotzen` is not annotated (rule 5)
    quotes=[("„Bildet Netze!“", None),
            ("„Grundrechte-Totalverlust bei Grünen und FDP“", REUTER)],
    aliases={REUTER: [REUTER]})

add(id="ho294-np-2025-08-kw33-landesverrat-erinnerung", title=None,
    url="https://netzpolitik.org/2025/kw-33-die-woche-in-der-wir-uns-an-den-angeblichen-landesverrat-erinnerten/",
    retrieved="same address (stored weekly newsletter of 16 August 2025; the stored copy's date prefix ' date "
              "2025-08-16' dropped (rules 32, 63); it begins with the teaser line, without headline, so that line is the "
              "first line (rule 18); the seventh paragraph ('Letztlich sind unsere vielen Spender*innnen ja auch dafür "
              "verantwortlich, dass ich hier mitspielen darf, was mich wa'), cut off in the stored copy, dropped with the "
              "rest of the letter and its signature (rules 15, 17))",
    license=NP,
    paras=["Die 33. Kalenderwoche geht zu Ende. Wir haben 11 neue Texte mit insgesamt 89.614 Zeichen veröffentlicht. "
           "Willkommen zum netzpolitischen Wochenrückblick.",
           "Liebe Leser*innen,",
           "Als ich meinen letzten Job kündigte, um hierher zu wechseln, fragte mich mein damaliger Chef, wo ich denn "
           "hingehen würde. Ich sagte: „netzpolitik.org“. Er kannte das nicht. Also droppte ich eine Info, die den "
           "kritischen Standpunkt des Mediums sehr eindeutig klärt: „Gegen die wurde mal wegen Landesverrat ermittelt.“",
           "Landesverrat ist per Definition eine Straftat, die das Potenzial hat, die Bundesrepublik in ihren Grundfesten "
           "zu erschüttern, ja sogar: zu vernichten. Dafür droht bis zu lebenslange Haft. Das muss man als Journalist auch "
           "erstmal hinkriegen, sich bei staatlichen Organen so unbeliebt zu machen, dass die mit dieser juristischen "
           "Atombombe auf einen losgehen.",
           "Ich war damals, 2015, als die Ermittlungen begannen, auf jeden Fall mächtig beeindruckt. Wer mit einer solchen "
           "Chuzpe vertrauliche Dokumente veröffentlicht, dass er derartiges in Kauf nimmt, hatte meinen höchsten Respekt "
           "verdient. Seitdem hat Andre Meister, der damals die vertraulichen Internet-Überwachungspläne des Bundesamts "
           "für Verfassungsschutz frei zugänglich machte, was den Anstoß zu der Ermittlung lieferte, einen Ehrenplatz in "
           "meinem Herzen. Wir kannten uns damals schon von Partys, aber ab dann war er für mich eine Art Held.",
           "Am Ende ging es ja gut aus. Die Ermittlungen gegen Andre und den damaligen Chefredakteur Markus Beckedahl "
           "wurden – ziemlich genau vor zehn Jahren – eingestellt und netzpolitik.org bekam viele Spenden, mit denen die "
           "Redaktion ausgebaut werden konnte. So dass Andre auch heute noch alles veröffentlichen kann, was er an "
           "wichtigen Dokumenten in die Finger kriegt."],
    # the first-person writer's own earlier words; the writer is never named in the kept text (signature cut off), so
    # both are null (rules 24, 1862)
    quotes=[("„netzpolitik.org“", None),
            ("„Gegen die wurde mal wegen Landesverrat ermittelt.“", None)],
    aliases={})

add(id="ho294-np-2018-11-kelber-gewaehlt", title=None,
    url="https://netzpolitik.org/2018/spd-politiker-kelber-zum-neuen-bundesdatenschutzbeauftragten-gewaehlt/",
    retrieved="same address (stored page of November 2018; the stored copy's date prefix ' date 2018-11' dropped (rules "
              "32, 63); it begins with the body, without headline, so its first paragraph is the first line (rule 18); "
              "the subheading 'Nachfolger von Voßhoff' kept as a line of its own; the fourth paragraph ('Ein Schwerpunkt "
              "seiner Amtszeit … Es müsse „sichergestellt sein, dass die Sicherheitsbehörden des Bund'), cut off in the "
              "stored copy, dropped with its partial quotation of Kelber (rules 15, 17))",
    license=NP,
    paras=["Der Bundestag hat heute den SPD-Politiker Ulrich Kelber zum neuen Bundesbeauftragten für den Datenschutz und "
           "die Informationsfreiheit gewählt. Kelber folgt auf Andrea Voßhoff, die nach fünf Jahren zum Jahreswechsel aus "
           "dem Amt scheidet. Seit 18 Jahren sitzt Kelber als Abgeordneter für den Wahlkreis Bonn im Bundestag. Das Mandat "
           "wird Kelber zum Amtsantritt am 1. Januar ablegen.",
           "Im Bundestag hat sich der studierte Informatiker einen Namen gemacht als Fachpolitiker für den Bereich Daten- "
           "und Verbraucherschutz. Staatstrojaner und Online-Durchsuchung lehnte er ab, die Wiedereinführung der "
           "Vorratsdatenspeicherung unterstützte er jedoch. In der letzten Legislaturperiode war Kelber Parlamentarischer "
           "Staatssekretär im Bundesjustizministerium und arbeitete am Netzwerkdurchsetzungsgesetz mit. Früher als andere "
           "legte er seine Einkünfte als „gläserner Abgeordneter“ offen.",
           "Nachfolger von Voßhoff",
           "Bei der Wahl am Donnerstag erhielt Kelber 444 von 658 abgegebenen Stimmen und wird somit auch von Teilen der "
           "Opposition getragen. Seine Wahl galt als sicher. Union und SPD hatten sich auf seine Kandidatur bereits vor "
           "einigen Monaten geeinigt. Es gilt als wahrscheinlich, dass sich Kelber stärker als seine Vorgängerin Voßhoff "
           "in die politischen Debatten einmischt. Zwar konnte Voßhoff eine bessere personelle Ausstattung ihrer Behörde "
           "erreichen, sie blieb aber in der Öffentlichkeit weitgehend blass."],
    # a label for the politician, nobody's utterance (rule 24; as „gläserne MdB“ in ho74)
    quotes=[("„gläserner Abgeordneter“", None)],
    aliases={})

BGH = "Bundesgerichtshof"

add(id="ho294-np-2016-05-wochenrueckblick-kw19-stoererhaftung",
    title="Netzpolitischer Wochenrückblick KW 19: Endlich Bewegung beim Thema Störerhaftung",
    url="https://netzpolitik.org/2016/netzpolitischer-wochenrueckblick-kw-19-endlich-bewegung-beim-thema-stoererhaftung/"
        "?replytocom=2053947",
    retrieved="same address (stored page of May 2016, with the comment-reply parameter in its address; the photo credit "
              "'Foto: bonniesducks [CC BY-ND 2.0]' and the newsletter box 'Jeden Freitag fassen wir in unserem "
              "Netzpolitischen Wochenrückblick die wichtigsten Themen der Woche zusammen. Ihr könnt ihn auch als "
              "Newsletter abonnieren.' dropped (rule 14); the subheading 'Pläne zur Abschaffung der Störerhaftung' kept "
              "as a line of its own; the last paragraph ('Die Bundespolizei plant ein Pilotprojekt zum Test von "
              "„intelligenter Videotechnik“ … wenn sich Menschen auff'), cut off in the stored copy, dropped with its "
              "dangling subheading 'Bundespolizei will Videoüberwachung mit Mustererkennung erproben' (rules 15, 17))",
    license=NP,
    paras=["Die netzpolitische Woche zusammengefasst: von Plänen zur Abschaffung der Störerhaftung, neuen Kompetenzen für "
           "Bundespolizei und Europol und dem barrierefreien Internet.",
           "Pläne zur Abschaffung der Störerhaftung",
           "Die Große Koalition einigte sich diese Woche endlich auf die Abschaffung der Störerhaftung. Am Montagabend "
           "vereinbarte der Koalitionsausschuss nun Pläne für eine Änderung des Telemediengesetzes. Details und erste "
           "Abstimmungen im Bundestag wird es wohl nächste Woche geben.",
           "Noch wissen wir allerdings nichts Genaues über den geplanten Gesetzestext. Ob dieser tatsächlich "
           "Rechtssicherheit für Betreiber offener Netze schafft oder weiterhin Unsicherheiten bestehen ist noch nicht "
           "klar. In einer Stellungnahme fordert die Digitale Gesellschaft daher die Große Koalition dazu auf, der "
           "Ankündigung auch die faktische Abschaffung der WLAN-Störerhaftung folgen zu lassen.",
           "Unabhängig hiervon stärkte der Bundesgerichtshof (BGH) diese Woche in einem Urteil die Rechte von "
           "WLAN-Inhabern. Bislang waren Inhaber von offenen WLAN-Anschlüssen verpflichtet, Mitnutzer darüber aufzuklären, "
           "dass diese keinen Tausch von urheberrechtlich geschützten Daten über die Verbindung abwickeln dürfen. Der BGH "
           "bezeichnete dies jetzt als „nicht sozialadäquat“."],
    # the court's wording in its judgment (organisations speak, rules 11, 1863)
    quotes=[("„nicht sozialadäquat“", BGH)],
    aliases={BGH: [BGH, "BGH"]})

NGOS = "Menschenrechtler*innen"

add(id="ho294-np-2023-cybercrime-convention-ngos", title="NGOs finden UN-Pläne „extrem beunruhigend“",
    url="https://netzpolitik.org/2023/cybercrime-convention-ngos-finden-un-plaene-extrem-beunruhigend/embed/",
    retrieved="same address (stored embed view of the article of 2023: headline and teaser only; complete as stored)",
    license=NP,
    paras=["Mit einer „Cybercrime Convention“ wollen die Vereinten Nationen eine netzpolitische Grundlage für den Planeten "
           "legen. Menschenrechtler*innen sehen in dem Vorhaben „gruselige Ideen“. Sie warnen unter anderem vor "
           "Vorratsdatenspeicherung und staatlichem Hacking."],
    # the headline's `NGOs` and the teaser's `Menschenrechtler*innen` are one group (rules 10, 26, 1863); the treaty's
    # name is null (rule 24)
    quotes=[("„extrem beunruhigend“", NGOS),
            ("„Cybercrime Convention“", None),
            ("„gruselige Ideen“", NGOS)],
    aliases={NGOS: [NGOS, "NGOs"]})

KINDERVEREIN = "Deutsche Kinderverein"

add(id="ho294-np-tag-rainer-rettinger", title=None,
    url="https://netzpolitik.org/tag/rainer-rettinger",
    retrieved="same address (stored tag page with the teasers of two articles on the planned Chatkontrolle, undated in "
              "the stored copy; it shows no page title, so the first teaser is the first line (rules 18, 19); the "
              "articles' headlines are not in the stored copy and are not supplied; complete as stored)",
    license=NP,
    paras=["Die geplante Chatkontrolle ist eine Mogelpackung. Verkauft wird sie als Bekämpfung von Kindesmissbrauch – drin "
           "steckt eine systematische Nacktbildersammlung. Das birgt böse Überraschungen. Ein Essay.",
           "Neben dem Kinderschutzbund lehnt auch der Deutsche Kinderverein Chatkontrollen mit Nachdruck ab – als "
           "„massiven Eingriff in rechtsstaatliche Grundsätze“. Es gibt aber auch Fürsprache."],
    # the association's wording (organisations speak, rule 11); canonical name as the text writes it (rule 7, 1863)
    quotes=[("„massiven Eingriff in rechtsstaatliche Grundsätze“", KINDERVEREIN)],
    aliases={KINDERVEREIN: [KINDERVEREIN]})

# --- de.wikiactu.com mirror of German Wikinews ---

THOMAS = "Helen Thomas"
FLEISCHER = "Ari Fleischer"
KENNEDY = "John F. Kennedy"

add(id="ho294-wn-2010-06-10-helen-thomas-ruhestand",
    title="Helen Thomas geht in den Ruhestand",
    url="https://de.wikinews.org/wiki/Helen_Thomas_geht_in_den_Ruhestand",
    retrieved="http://de.wikiactu.com/?cat=2115 (" + MIRROR.format(date="10.06.2010") + " (the mirror repeats the "
              "headline, once with the suffix '– Wikinews, die freie Nachrichtenquelle'); the caption 'Helen Thomas "
              "(2009)' dropped (rule 14); the fourth paragraph ('Helen Thomas war die erste Frau im na'), cut off in the "
              "stored copy, dropped (rules 15, 17))",
    license=WN,
    paras=["Washington D.C. (Vereinigte Staaten), 10.06.2010 – Die große alte Dame des Pressecorps im Weißen Haus, Helen "
           "Thomas, hat neun amerikanische Präsidenten kommen und gehen gesehen, nun hat sie ihren Abschied genommen. Sie "
           "zog damit die Konsequenzen aus Äußerungen, die sie gegenüber einem amerikanischen Rabbiner gemacht hat. Sie "
           "hatte vergangene Woche gesagt, die Juden sollten „zur Hölle raus aus Palästina“ und zurück nach Polen und "
           "Deutschland, wo sie herkämen.",
           "Zwar hat sich Thomas am Freitag, dem 4. Juni, für ihre Aussage entschuldigt, doch der Ausspruch, der von "
           "Rabbi David Nesenoff über das Internet verbreitet wurde, hatte in den Vereinigten Staaten schon heftige "
           "Kritik ausgelöst. Der frühere Pressesprecher des Weißen Hauses unter George W. Bush, Ari Fleischer, meinte, "
           "Frau Thomas sollte fristlos entlassen werden. „Als jemand, der jüdisch ist und als jemand, der mit ihr "
           "zusammengearbeitet hat und sich daran gewöhnte, sie zu mögen, finde ich das entsetzlich“, schrieb Fleischer.",
           "Die 89-jährige Thomas gehörte dem Pressecorps des Weißen Hauses seit der Amtseinführung von John F. Kennedy "
           "an. Dieser hatte über sie gesagt: „Helen wäre ein nettes Mädchen, wenn sie endlich Block und Stift beiseite "
           "legen würde.“ Der ehemalige Außenminister Colin Powell überlegte öffentlich, in welchen Krieg er Thomas als "
           "Berichterstatterin schicken könnte. Kubas Máximo Líder Fidel Castro definierte einst den Unterschied zwischen "
           "der Demokratie in den Vereinigten Staaten und Kubas so, dass er nicht die Fragen von Thomas beantworten "
           "müsse."],
    # partial quote inside her reported remark (rule 3); Fleischer's written statement (rule 28); `Dieser` resolves to
    # Kennedy, not to Thomas, about whom he speaks (rule 1864)
    quotes=[("„zur Hölle raus aus Palästina“", THOMAS),
            ("„Als jemand, der jüdisch ist und als jemand, der mit ihr zusammengearbeitet hat und sich daran gewöhnte, sie "
             "zu mögen, finde ich das entsetzlich“", FLEISCHER),
            ("„Helen wäre ein nettes Mädchen, wenn sie endlich Block und Stift beiseite legen würde.“", KENNEDY)],
    aliases={THOMAS: [THOMAS, "Thomas", "Frau Thomas"],
             FLEISCHER: [FLEISCHER, "Fleischer"],
             KENNEDY: [KENNEDY]})
