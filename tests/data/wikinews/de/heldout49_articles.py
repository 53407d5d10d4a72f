# Forty-ninth held-out German real-news set (tests/data/heldout49-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 300-309). None of these pages is in
# any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, by the speakers' names and by a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-ninth held-out set": texts of the German Federal Government (news articles of
# bundeskanzlerin.de, of its archive under /breg-de/service/archiv/alt-inhalte/ and of bundesregierung.de). Stored copies
# are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundeskanzlerin.de: Merkel at Trumpf in Ditzingen ---

TRUMPF_P7 = ("Mit Blick auf die über die Generationen geschaffenen \"tollen Produkte\" erklärte die Kanzlerin: \"Das ist die "
             "Kraft, die Deutschland braucht, um wirtschaftlich stark zu sein.\"")

add(id="ho49-bkin-merkel-trumpf-ditzingen",
    title="Mittelstand Deutschland braucht \"tolle Produkte\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/deutschland-braucht-tolle-produkte--420186",
    retrieved="same address (stored article of the Federal Government on Chancellor Merkel's visit to the Trumpf works in "
              "Ditzingen; the title line 'Deutschland braucht \"tolle Produkte\"', which repeats the headline, dropped, the "
              "kicker and headline, which the page runs together, kept as the first line (rule 150); '1 Min. Lesedauer', the "
              "image text 'Merkel spricht bei der Werksbesichtigung mit Firmenmitarbeitern', the caption 'Merkel freute sich "
              "über die \"tollen Produkte\" der Firma Trumpf' and the credit 'Foto: Bundesregierung/Steins' dropped (rule 93); "
              "the subheadings kept as their own lines (rule 18); complete as stored)",
    license=BREG,
    paras=["Bundeskanzlerin Angela Merkel hat die Firma Trumpf im baden-württembergischen Ditzingen besucht. Dort sprach sie "
           "über die Bedeutung des Mittelstandes und die Innovationskraft von Familienunternehmen in Deutschland.",
           "Bei ihrem Werksrundgang hatte die Kanzlerin Gelegenheit, mit den Mitarbeiterinnen und Mitarbeitern ins Gespräch zu "
           "kommen. In ihrer anschließenden Rede betonte sie, dass innovative mittelständische Familienunternehmen das "
           "Rückgrat der Bundesrepublik Deutschland und ihrer wirtschaftlichen Kraft bilden.",
           "Arbeitsplätze für Fachkräfte",
           "Sie lobte, dass in kleinen und mittelständischen Unternehmen vor allem Arbeitsplätze für Fachkräfte mit hohem "
           "Ausbildungsgrad entstehen würden. Dies sei von großer Bedeutung, da ein Stillstand zum Verlust der führenden "
           "Position auf den Weltmärkten führen würde. Arbeitnehmerinnen und Arbeitnehmer müssten sich deshalb stets "
           "weiterbilden.",
           "Politik schafft Rahmenbedingungen",
           "Die Aufgabe der Politik sieht Merkel darin, verlässliche Rahmenbedingungen zu schaffen. Nur so könne die "
           "Weltmarktführerschaft gehalten werden.",
           TRUMPF_P7,
           "Die Firma Trumpf wurde 1923 als mechanische Werkstätte gegründet und hat sich zu einem der weltweit führenden "
           "Unternehmen der Fertigungs- und Medizintechnik entwickelt. Das Unternehmen beschäftigt nach eigenen Angaben rund "
           "9.500 Mitarbeiter."],
    quotes=[("\"tolle Produkte\"", MERKEL),
            ("\"tollen Produkte\"", MERKEL),
            ("\"Das ist die Kraft, die Deutschland braucht, um wirtschaftlich stark zu sein.\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Kanzlerin"]})

# --- bundeskanzlerin.de archive: Merkel in Kenya ---

KENIA_P2 = ("Während eines Mittagessens mit Präsident Mwai Kibaki und Premierminister Raila Odinga betonte Merkel die "
            "Bedeutung einer nachhaltigen Partnerschaft: \"Wir werden alles daran setzen, unsere Entwicklungszusammenarbeit "
            "mit Kenia so auszurichten, dass sie zu immer mehr Selbständigkeit, zu mehr Hilfe zu Selbständigkeit führen "
            "wird.\"")
KENIA_P3 = ("Angesichts der gegenwärtigen Dürre gilt auch den kenianischen Bauern besondere Aufmerksamkeit: \"Gerade im "
            "Bereich der Landwirtschaft wollen wir sehr eng zusammenarbeiten\", sagte die Bundeskanzlerin. \"Ich glaube, hier "
            "gibt es noch viel zu tun, damit die schrecklichen Dürren durch vernünftige Vorkehrungen besser bewältigt werden "
            "können.\"")

add(id="ho49-bkin-archiv-merkel-kenia",
    title="Afrika-Besuch Bundeskanzlerin in Kenia",
    url="https://www.bundeskanzlerin.de/breg-de/service/archiv/alt-inhalte/bundeskanzlerin-in-kenia-359398",
    retrieved="same address (stored archive article of the Federal Government on the start of Chancellor Merkel's Africa "
              "trip in Nairobi, 2011; the title line 'Bundeskanzlerin in Kenia', which repeats the headline, dropped, the "
              "kicker and headline, which the page runs together, kept as the first line (rule 150); '1 Min. Lesedauer', the "
              "image text 'Begrüßung der Bundeskanzlerin auf dem Flughafen durch den kenianischen Vizepräsidenten Kalonzo "
              "Musyoka.', the caption 'Freundliche Begrüßung in Kenia' and the credit 'Foto: REGIERUNGonline/Denzel' dropped "
              "(rule 93); the space after the closing mark at the end of the second paragraph dropped with the line break; "
              "the paragraph 'Zum Abschluss ihres Besuchs trifft die Bundeskanzlerin bei der Wirtschaftsgemeinschaft "
              "westafrikanischer Staaten mit dem K', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Angela Merkel hat ihre Afrikareise mit einem Besuch Nairobis begonnen. Sie wird in der "
           "ostafrikanischen Stadt unter anderem ein Büro der deutschen Wirtschaft eröffnen. Auf ihrer viertägigen Reise "
           "besucht die Kanzlerin außerdem die Länder Angola und Nigeria.",
           KENIA_P2,
           KENIA_P3,
           "Derzeit hat Deutschland seine Hilfen für das kenianische Flüchtlingslager Dadaab um eine Million Euro erhöht. In "
           "dem Camp nahe der somalischen Grenze hungern tausende Menschen.",
           "Austausch mit Staatengemeinschaft",
           "Die Bundeskanzlerin wird ihre Reise Richtung Angola und Nigeria fortsetzen. Die Länder sind Schlüsselstaaten des "
           "afrikanischen Kontinents, in denen sich die Bundeskanzlerin über Fragen der Region informieren wird. In "
           "Angola/Luanda eröffnet Merkel die Deutsch-Angolanische Wirtschaftskonferenz. Sie wird Gespräche mit Vertretern "
           "der Zivilgesellschaft und mit dem Vorsitzenden der Oppositionspartei Unita, Isaias Samakuva, führen."],
    quotes=[(KENIA_P2[KENIA_P2.index("\"Wir werden"):], MERKEL),
            ("\"Gerade im Bereich der Landwirtschaft wollen wir sehr eng zusammenarbeiten\"", MERKEL),
            (KENIA_P3[KENIA_P3.index("\"Ich glaube"):], MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})

# --- bundesregierung.de: open day in the Chancellery ---

TDOT_P3 = ("Es war das bisher wärmste Wochenende des Jahres. Doch Besucherin Eva Köhl sah dies locker. \"Die Stimmung ist "
           "gut, und die Hitze macht mir gar nichts aus.\" Die Menschenmenge, die sich schon auf dem Ehrenhof des "
           "Kanzleramtes positioniert hat, störte sie erst recht nicht. \"Bei den Sicherheitsvorkehrungen fühlt man sich gut "
           "aufgehoben\", betonte die Paderbornerin.")

add(id="ho49-breg-tag-der-offenen-tuer-zu-besuch-bei-der-kanzlerin",
    title="Tag der offenen Tür Zu Besuch bei der Kanzlerin",
    url="https://www.bundesregierung.de/breg-de/themen/tag-der-offenen-tuer/zu-besuch-bei-der-kanzlerin-337026",
    retrieved="same address (stored article of the Federal Government on Chancellor Merkel's tour at the open day of the "
              "Federal Government; the title line 'Zu Besuch bei der Kanzlerin', which repeats the headline, dropped, the "
              "kicker and headline, which the page runs together, kept as the first line (rule 150); '2 Min. Lesedauer', the "
              "image text 'Bundeskanzlerin Angela Merkel bei ihrem Rundgang durchs Kanzleramt.', the caption 'Immer ein ganz "
              "besonderer Höhepunkt beim Tag der offenen Tür - der Rundgang mit der Kanzlerin.' and the credit 'Foto: "
              "Bundesregierung/Plambeck' dropped (rule 93); the subheadings kept as their own lines (rule 18); the published "
              "slips 'irischen Lieder' and 'darf Entscheiden' kept (rule 20); the paragraph 'Die Besucher bildeten ein Sp', "
              "cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Der Tag der offenen Tür macht es möglich, die Bundeskanzlerin einmal hautnah zu erleben. Trotz der heißen "
           "Temperaturen waren viele tausend Besucher ins Kanzleramt gekommen. Angela Merkel erzählte beim traditionellen "
           "Rundgang über ihre Arbeit und verriet sogar das ein oder andere Geheimnis.",
           "Vor dem Kanzleramt spielte das Musikkorps der Bundeswehr aus Siegburg. Die perfekte Einstimmung auf den Höhepunkt "
           "beim Tag der offenen Tür der Bundesregierung: Ein Rundgang mit der Kanzlerin.",
           "Besucher trotzen der Hitze",
           TDOT_P3,
           "Selfie- oder Autogrammwünsche werden erfüllt",
           "Als Bundeskanzlerin Angela Merkel erscheint, kommt es zu spontanem Applaus. Sie bahnt sich einen Weg durch die "
           "vielen Menschen und schüttelt dabei viele Hände und erfüllt vereinzelt auch Selfie- oder Autogrammwünsche. Auf "
           "der Bühne im Ehrenhof angekommen, heißt sie alle Besucher herzlich willkommen.",
           "Kanzlerin lässt Besucher entscheiden",
           "Im Anschluss erklärt sie den Ablauf des Empfangs durch militärische Ehren. Daraufhin möchte Angela Merkel eine "
           "Kostprobe der Künste des Musikkorps und bekommt zwei Lieder zur Wahl. Ein Medley aus irischen Lieder oder einen "
           "deutschen Marinemarsch - das Publikum darf Entscheiden. Da es keine eindeutige Entscheidung gibt, bittet die "
           "Kanzlerin die Bundeswehrmusiker, beide Titel zu spielen."],
    quotes=[("\"Die Stimmung ist gut, und die Hitze macht mir gar nichts aus.\"", "Eva Köhl"),
            ("\"Bei den Sicherheitsvorkehrungen fühlt man sich gut aufgehoben\"", "Eva Köhl")],
    aliases={"Eva Köhl": ["Eva Köhl", "Besucherin Eva Köhl", "Paderbornerin"]})

# --- bundeskanzlerin.de: carol singers in the Chancellery ---

STERN_P2 = ("\"Im Kanzleramt ist es meist sehr ruhig. Aber heute herrscht hier dank Euch eine ganz besondere Stimmung.\" Mit "
            "diesen Worten begrüßte Bundeskanzlerin Angela Merkel die 108 Sternsinger aus ganz Deutschland in Berlin. Als "
            "Caspar, Balthasar und Melchior verkleidet, feierten die Mädchen und Jungen aus den 27 Diözesen das "
            "Dreikönigsfest mit der Bundeskanzlerin. Zugleich sammeln die Sternsinger Spenden für hungernde Kinder auf der "
            "ganzen Welt - in diesem Jahr für Kenia.")
STERN_P3 = ("In diesem Jahr steht die Sternsinger-Aktion des Kindermissionswerks unter dem Leitwort \"Segen bringen, Segen "
            "sein. Gemeinsam für Gottes Schöpfung – in Kenia und weltweit!\" Im Mittelpunkt steht dabei die Region Turkana in "
            "Kenia.")

add(id="ho49-bkin-merkel-sternsinger-2017",
    title="Merkel empfängt Sternsinger Kleine Könige im Kanzleramt",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/kleine-koenige-im-kanzleramt-394586",
    retrieved="same address (stored article of the Federal Government on Chancellor Merkel's reception for the carol "
              "singers, January 2017; the title line 'Kleine Könige im Kanzleramt', which repeats the headline, dropped, the "
              "kicker and headline, which the page runs together, kept as the first line (rule 150); '3 Min. Lesedauer', the "
              "image text 'Bundeskanzlerin Angela Merkel empfängt Sternsinger im Bundeskanzleramt.', the caption 'Umringt von "
              "108 kleinen Königen: Kanzlerin Merkel hat Sternsinger aus den 27 deutscher Diözesen empfangen.' and the credit "
              "'Foto: Bundesregierung/Denzel' dropped (rule 93); the subheading kept as its own line (rule 18); the "
              "paragraph 'Die Region Turkana ist vom Klimawandel besonders betroffen. … Der 14-jährige', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Merkel hat 108 Sternsinger aus den 27 Diözesen in Deutschland im Kanzleramt empfangen. Sie dankte "
           "den jungen Gästen für ihr Engagement, Spenden für hilfsbedürftige Kinder zu sammeln. Das Geld fließt in diesem "
           "Jahr in Projekte der Region Turkana in Kenia.",
           STERN_P2,
           STERN_P3,
           "Klimawandel von Bedeutung",
           "Das diesjährige Motto präsentiert ein zentrales Thema, wie Merkel vor den Kindern nochmal betonte. Am Beispiel "
           "von Kenia werde der Klimawandel und die Folgen für Familien in betroffenen Ländern deutlich. \"Ihr Sternsinger "
           "zeigt uns damit, wie das Leben hier und woanders stattfindet\", sagte die Kanzlerin. Und auch die Kinder "
           "demonstrieren mit einem kleinen Theaterstück, dass es vor allem die Menschen auf der Welt trifft, die für die "
           "Veränderungen des Weltklimas nicht verantwortlich sind."],
    quotes=[(STERN_P2[:STERN_P2.index(" Mit diesen")], MERKEL),
            (STERN_P3[STERN_P3.index("\"Segen"):STERN_P3.index(" Im Mittelpunkt")], None),
            ("\"Ihr Sternsinger zeigt uns damit, wie das Leben hier und woanders stattfindet\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel",
                      "Bundeskanzlerin", "Kanzlerin"]})

# --- bundesregierung.de: first National Integration Prize ---

INTEG_P2 = ("Rund 17 Millionen Menschen mit Zuwanderungsgeschichte leben in Deutschland, fast die Hälfte mit deutschem Pass. "
            "Einige sind vor kurzem gekommen, andere leben schon länger hier. \"Es muss unser politisches Anliegen bleiben, "
            "dass alle an unserer Gesellschaft teilhaben können\", sagte Bundeskanzlerin Angela Merkel in ihrer Rede zum "
            "Nationalen Integrationspreis. Integration sei eine langfristige Aufgabe und erfordere Mühe. Die Zuwanderung könne "
            "Deutschland aber stärken, wenn die Integration gelingt, so Merkel weiter.")
INTEG_P3 = ("Vieles hänge von persönlichen Kontakten und Vorbildern ab. \"Wir sind davon überzeugt, dass Integration dort am "
            "besten gelingt, wo sich Menschen gegenseitig aufeinander einlassen\", so Merkel. Persönliche Begegnung seien ein "
            "Integrationsmotor. Die Kanzlerin bedankte sich bei den vielen Ehrenamtlichen: \"Sie erweisen unserem Land einen "
            "ganz besonderen Dienst\".")
INTEG_P5 = ("Auf persönliche Kontakte setzt man auch beim diesjährigen Preisträger, der Stadt Altena im Sauerland. Aus "
            "Flüchtlingen sollen Mitbürger werden, lautet das Ziel. \"Man müsse sich mit den Menschen auseinandersetzen\", "
            "betonte der Altenaer Bürgermeister, Andreas Hollstein.")

add(id="ho49-breg-nationaler-integrationspreis-2017-altena",
    title="Nationaler Integrationspreis Begegnungen als Motor der Integration",
    url="https://www.bundesregierung.de/breg-de/suche/begegnungen-als-motor-der-integration-238940",
    retrieved="same address (stored article of the Federal Government on the first award of the National Integration Prize "
              "by Chancellor Merkel to the town of Altena, 2017; the title line 'Begegnungen als Motor der Integration', which "
              "repeats the headline, dropped, the kicker and headline, which the page runs together, kept as the first line "
              "(rule 150); '2 Min. Lesedauer', the image text 'Bundeskanzlerin Angela Merkel mit den Nominierten des "
              "Nationalen Integrationspreises.', the caption 'Bundeskanzlerin Angela Merkel verlieh heute zum ersten Mal den "
              "Nationalen Integrationspreis.' and the credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the "
              "subheading kept as its own line (rule 18); the full stop after the closing mark ('Dienst\".') kept as "
              "published (rule 20); the paragraph 'Nur wenige Schritte von Hollsteins Büro im Rathaus entfernt wurde ein "
              "Integrationsbüro eingerichtet. Eine wichtige Anlaufstelle für die Flüch', cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=["Integration gelinge dort, wo Menschen sich aufeinander einlassen, so Bundeskanzlerin Merkel bei der Verleihung des "
           "Nationalen Integrationspreises. Erster Preisträger ist die westfälische Stadt Altena. Die Kleinstadt bündele "
           "vorbildlich verschiedene Instrumente zur Integration von Flüchtlingen, lobten Jury und Kanzlerin.",
           INTEG_P2,
           INTEG_P3,
           "Stadt vernetzt Engagierte",
           INTEG_P5],
    quotes=[("\"Es muss unser politisches Anliegen bleiben, dass alle an unserer Gesellschaft teilhaben können\"", MERKEL),
            ("\"Wir sind davon überzeugt, dass Integration dort am besten gelingt, wo sich Menschen gegenseitig aufeinander "
             "einlassen\"", MERKEL),
            ("\"Sie erweisen unserem Land einen ganz besonderen Dienst\"", MERKEL),
            ("\"Man müsse sich mit den Menschen auseinandersetzen\"", "Andreas Hollstein")],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "Kanzlerin"],
             "Andreas Hollstein": ["Andreas Hollstein", "Hollstein", "Altenaer Bürgermeister"]})
