# Ninety-seventh held-out German real-news set (tests/data/heldout97-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 780). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Ninety-seventh held-out set" of SOURCES.md: single news articles and an interview of the German
# service of the press agency Pressenza (licence PZ) and a single article of Global Voices auf Deutsch (licence GV). Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, PZ  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Pressenza, September 2021: opening of the fourth Human Rights Film Festival Berlin ---

LINA = "Lina al-Hathloul"
HIRORI = "Hogir Hirori"
HRFF_P2 = ("„Der Kampf für die Menschenrechte braucht uns alle und er ist nicht vorbei, solange es Regierungen gibt, die "
           "Menschen unterdrücken!“, so Lina al-Hathloul in ihrer Eröffnungsrede.")
HRFF_P6 = ("„Wenn einzelne Menschen in der Lage sind, all diese Leben zu retten – stellen Sie sich vor, was die Regierungen "
           "alles tun könnten!“")

add(id="ho97-pz-2021-09-human-rights-film-festival",
    title=None,
    url="https://pressenza.com/de/2021/09/das-vierte-human-rights-film-festival-berlin-eroeffnet",
    retrieved="same address (stored Pressenza article of September 2021; the stored copy begins with the first paragraph "
              "and shows no headline, so the text has no title line (rules 18, 32); 'Partnerkino' and 'Belgeitet' in the "
              "first paragraph and 'zu ersten Mal' kept as published (rule 20); the subheading 'Der Eröffnungsfilm Sabaya' "
              "kept as a line of its own; the last paragraph 'Das Human Rights Film Festival Berlin präsentiert noch bis "
              "zum 25. September 40 Dokumentarfilme … Die Filme werden sowohl d', cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark in the stored part)",
    license=PZ,
    paras=["Mit mehr als 250 Gästen wurde am 16. September das vierte Human Rights Film Festival Berlin in den historischen "
           "Berliner Union Film Ateliers eröffnet. Die Menschenrechtsaktivistin Lina al-Hathloul hielt die Eröffnungsrede. "
           "Der Film Sabaya des Regisseurs Hogir Hirori über das Schicksal tausender Jesidinnen war der Eröffnungsfilm. Bis "
           "zum 25. September werden 40 Dokumentarfilme in ausgewählten Partnerkino und online als Stream gezeigt. "
           "Belgeitet wird das Festival vom Human Rights Forum und einer multimedialen Ausstellung.",
           HRFF_P2,
           "Die Menschenrechtsaktivistin vertritt ihre Schwester und diesjährige Schirmfrau des Festivals Loujain "
           "al-Hathloul, die für die nächsten drei Jahre von der Saudi-Arabischen Regierung mit einem Redeverbot belegt "
           "wurde. Sie appelliert, sich für Menschenrechte einzusetzen und die Menschen, die aufgrund ihres Engagements an "
           "Repressionen leiden, nicht zu vergessen.",
           "Der Eröffnungsfilm Sabaya",
           "Eröffnet wurde das Festival von dem eindrucksvollen Film Sabaya, der das Schicksal tausender Jesidinnen "
           "thematisiert, die sich noch immer in der Gefangenschaft des IS befinden. Er begleitet die Männer und Frauen vom "
           "Yazidi Home Center, die sich unter Lebensgefahr in die IS-Gefangenenlager begeben, um die Mädchen und Frauen zu "
           "befreien. Der Regisseur Hogir Hirori war bei der Deutschlandpremiere des Films anwesend und hat seinem Film zu "
           "ersten Mal mit Publikum gesehen. Im anschließenden Gespräch macht er deutlich, was die internationale "
           "Gemeinschaft tun kann:",
           HRFF_P6],
    # the speech is Lina's, given in place of her silenced sister, who is not the speaker (rule 781); the cue-less
    # paragraph after `macht er deutlich, …:` is the director's (rule 780)
    quotes=[(cut(HRFF_P2, "„Der Kampf", "unterdrücken!“"), LINA),
            (HRFF_P6, HIRORI)],
    aliases={LINA: ["Lina al-Hathloul"],
             HIRORI: ["Hogir Hirori", "Der Regisseur Hogir Hirori"]})

# --- Pressenza, September 2021: Parents for Future and the "Rote Klimakarte" ---

DACH = "Claudia Dach"
SAHRHAGE = "Anja Sahrhage"
P4F_P2 = ("„Wenn es nicht Lobby-Verbände, politische Gruppierungen und Personen gäbe, die den Klimaschutz ausbremsen, wären "
          "wir schon viel, viel weiter“, so Claudia Dach (P4F Bonn). Anja Sahrhage (FFF Altkreis Halle/Westf.) ergänzt: „Die "
          "Klimaschmutzlobby vertraut auf ihr Geld und die Macht von Wenigen, wir setzen auf die Macht der Vielen.“")
P4F_P3 = ("Viele Wählerinnen und Wähler wissen nicht, in welchen Netzwerken die zur Wahl stehenden Kandidat:innen für den "
          "Bundestag aktiv sind und welche negativen Folgen das für eine effektive Klimaschutzpolitik hat. In Wahlkampfzeiten "
          "reagieren die Politiker:innen gereizt auf derartige Aufklärungskampagnen, bei denen die fragwürdige Arbeit von "
          "Netzwerken wie dem in die Kritik geratenen Wirtschaftsrat der CDU, dem Berliner Kreis in der Union oder der "
          "Initiative Neue Soziale Marktwirtschaft beleuchtet wird. So meldete sich beispielsweise Carsten Linnemann aus "
          "Paderborn gleich persönlich per Telefon, nachdem ihm im Juli mit Verweis auf sein zweifelhaftes Engagement im "
          "sogenannten „Bermudadreieck“ der Energiewende öffentlich die Rote Klimakarte gezeigt wurde. Ähnlich nervös "
          "reagierte Thomas Bareiß auf entsprechende Kritik in sozialen Medien.")

add(id="ho97-pz-2021-09-parents-for-future-rote-klimakarte",
    title=None,
    url="https://www.pressenza.com/de/2021/09/parents-for-future-zeigen-ausgewaehlten-direktkandidatinnen-fuer-den-"
        "bundestag-die-rote-klimakarte/",
    retrieved="same address (stored Pressenza article of September 2021; the stored copy begins with the first paragraph "
              "and shows no headline, so the text has no title line (rules 18, 32); the last paragraph 'Vielen Menschen ist "
              "nicht bekannt, welche Interessen vertreten werden, wenn die Rede ist von „Technologie-Offenheit“, … von "
              "vermeintlich in Frage stehe', cut off in the stored copy, dropped with its quotation marks (rule 15))",
    license=PZ,
    paras=["Trotz ihrer Überparteilichkeit rufen Parents for Future dazu auf, Politiker:innen, die effektive "
           "Klimaschutzmaßnahmen blockieren und sabotieren, keine Stimme zu geben. Zu 25 Direktkandidat:innen wurden "
           "Informationen zusammengetragen, die sie als Teil der Klimaschmutzlobby ausweisen. Die Steckbriefe im Format der "
           "Roten Klimakarten sind im Internet verfügbar und werden in der heißen Phase des Wahlkampfes bei Kundgebungen, "
           "Demonstrationen oder kreativen Protesten verwendet, um die Öffentlichkeit über Personen aus der "
           "Klimaschmutzlobby zu informieren.",
           P4F_P2,
           P4F_P3],
    # the group in brackets after each name is an affiliation, not a co-speaker (rule 782); the `sogenannten` term is
    # null (rule 24)
    quotes=[(cut(P4F_P2, "„Wenn es", "viel weiter“"), DACH),
            (cut(P4F_P2, "„Die Klimaschmutzlobby", "der Vielen.“"), SAHRHAGE),
            ("„Bermudadreieck“", None)],
    aliases={DACH: ["Claudia Dach"],
             SAHRHAGE: ["Anja Sahrhage"]})

# --- Pressenza, November 2018: interview with the coordinator of the 2nd World March ---

RUBIA_P = ("RR: Gut. Ich denke viel besser als vorher, denn vorher war ich irgendwie unsicher. Du hast immer die Möglichkeit "
           "zu sagen: „Nun, lass uns einen Schritt zurückgehen“ oder nicht. Jetzt ist es gestartet und ich denke, es ist "
           "entspannter. Es ist eine Menge Arbeit.")

add(id="ho97-pz-2018-11-weltmarsch-de-la-rubia-interview",
    title=None,
    url="https://pressenza.com/de/2018/11/der-2-weltmarsch-fuer-frieden-und-gewaltfreiheit-moegen-die-menschen-sich-"
        "inspirieren-lassen",
    retrieved="same address (stored Pressenza interview of November 2018; the stored copy begins with the lead and shows "
              "no headline, so the text has no title line (rules 18, 32); the video credit line 'Video von Álvaro Orus (mit "
              "Englischen Untertiteln)' after the lead dropped (rule 14); the question-answer lines kept with their "
              "speaker labels as published ('Pressenza:', 'Rafa de la Rubia:', then 'PZ:' and 'RR:'); 'Gute, eine Menge "
              "Dinge passierten' and 'an ihrem Aktivitäten' kept as published (rule 20); the last answer 'RR: Erstens, das "
              "ist es, was wir wollen, … Aber es in einem kleinen Rahmen zu tun,', cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark in the stored part)",
    license=PZ,
    paras=["Am Tag nach dem offiziellen Start des 2. Weltmarsches für Frieden und Gewaltfreiheit hatte Pressenza "
           "Gelegenheit mit ihrem Koordinator Rafael de la Rubia von der Internationalen Humanistischen Vereinigung Welt "
           "ohne Kriege und ohne Gewalt zu sprechen. Das Gespräch fand statt, nachdem Jugendliche aus verschiedenen Schulen "
           "in Madrid als Abschlussveranstaltung gemeinsam das Symbol für Frieden und Gewaltfreiheit bildeten.",
           "Pressenza: Wie lief es gestern?",
           "Rafa de la Rubia: Gute, eine Menge Dinge passierten. Es ist eine Synthese aus einer Phase; einer Phase der "
           "Vorbereitung und etwas, das wir bereits vor etwa einem Jahr beschlossen hatten. Aber was gestern geschah, ist "
           "die feste Zusage, einen zweiten Marsch mit dem Gefühl zu unternehmen, dass er viel Unterstützung finden kann. "
           "Und angesichts der bestehenden Situation ist es sicherlich sehr notwendig.",
           "PZ: Wie fühlst du dich jetzt, da der Countdown begonnen hat?",
           RUBIA_P,
           "PZ: Wie wird der zweite Marsch aussehen? Wird von Menschen auf der ganzen Welt erwartet, dass sie sich "
           "inspirieren lassen und sich an ihrem Aktivitäten beteiligen?"],
    # the unmarked answers of the interview are not annotated (rule 5); the words the generic `Du` could say are a
    # hypothetical utterance of no one, null (rule 783, after rule 474)
    quotes=[(cut(RUBIA_P, "„Nun", "zurückgehen“"), None)],
    aliases={})

# --- Global Voices auf Deutsch, June 2014: reactions to the Egyptian presidential election ---

AMRO = "Amro Ali"
SISI_P12 = ("Sisi wird nie wie Nasser sein, da er niemals an Nassers 99,9 prozentigen “Sieg” bei den Wahlen 1956 herankommen "
            "wird.")

add(id="ho97-gv-2014-06-sisi-wahl-reaktionen",
    title="Sisi gewinnt ägyptische Präsidentschaftswahlen, einziger Gegner Sabahi wird Dritter",
    url="https://de.globalvoicesonline.org/?p=21562",
    retrieved="same address (stored Global Voices auf Deutsch article of 2014, from its headline; 'veröfentlicht' and "
              "'Trotz Sisis erdrutschartigen Sieg' kept as published (rule 20); the tweets that the page sets as block "
              "quotes without marks kept as paragraphs of their own and not annotated (rule 23); the cue line 'Aus "
              "Bahrain zieht Abo Omar Al Shafee Parallelen zu Bahrain. Er twittert:' and the tweet after it, cut off in the "
              "stored copy after 'werden auch die Parlamentswahlen in Bahrain erfolgreich', dropped together (rule 15); "
              "they hold no quotation mark in the stored part)",
    license=GV,
    paras=["Ägypten hat einen neuen Präsidenten. Das waren die dritten Wahlen, die Ägypten in so vielen Jahren erleben "
           "durfte. General Abdel Fattah Al-Sisi hat einen erdrutschartigen Sieg eingefahren und damit seinen einzigen "
           "Gegner, Hamdeen Sabahi, auf den dritten Platz verwiesen. Nach drei Tagen der Stimmabgabe sind jetzt die "
           "vorläufigen Ergebnisse veröfentlicht worden. Sisi hat 93,3 Prozent der Stimmen gewonnen, Hamdeen drei Prozent, "
           "wobei 3,7 Prozent der Stimmen für ungültig erklärt wurden.",
           "Auf Twitter reagieren die Netzbürger mit Sarkasmus und spöttischen Bemerkungen.",
           "Die Ägypterin Aida Elkashef sagt [ar]:",
           "Zum Lachen und zum Heulen, dass es bei den Wahlen nur zwei Kandidaten gab und Hamdeen trotzdem den dritten "
           "Platz belegt, nachdem Stimmen für ungültig erklärt wurden.",
           "Sherief Gaber fragt:",
           "Wenn 2011 ein Aufstand war, können wir dann diese lustlose Antwort auf Sisi als Niedergang bezeichnen?",
           "Und der Ägypter Hosam El Sokkari stellt fest [ar]:",
           "Der Mensch ist ein wählendes Tier (sonst wäre er wertlos). #WeisheitDerWoche",
           "Unterdessen fragt sich Nabeel, warum die Leute sauer sind, dass Sabahi für den Konkurrenzkampf nicht gut "
           "aufgestellt war. Er fragt:",
           "Aber warum schieben wir das auf Hamdeen? Wegen der wenigen Stimmen? Hat irgendjemand für nur einen Moment lang "
           "angedeutet, er könne gewinnen?",
           "Trotz Sisis erdrutschartigen Sieg, provoziert Amro Ali:",
           SISI_P12,
           "Der libanesische Satiriker Karl Sharro fügt hinzu:",
           "Ihr behauptet ja nur, dass Sisi nicht mehr als 100 Prozent der Stimmen kriegen kann, weil eure Mathematik so "
           "ethnozentristisch und hegemonial ist."],
    # the scare-quoted word inside Amro Ali's unmarked tweet is his (rule 34), although it mocks Nasser's result (rule 784)
    quotes=[("“Sieg”", AMRO)],
    aliases={AMRO: ["Amro Ali"]})
