# Forty-eighth held-out German real-news set (tests/data/heldout48-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the later sets' rules, and the new rules of this set, 290-293). None of these pages is in any
# tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and SOURCES.md
# files of tests/data, and by a distinctive-phrase and speaker-name search against the texts of all sets). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-eighth held-out set": texts of the German Federal Government (articles of
# bundesregierung.de and bundeskanzlerin.de, licences.BREG; a Government text reposted by another site naming the Presse- und
# Informationsamt as its source, licences.BREG_SITE_REPOST) and releases of the Austrian Parliament's Parlamentskorrespondenz on
# OTS and parlament.gv.at, licences.PK.
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_SITE_REPOST, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundesregierung.de (archive) ---

TDOT_P1 = ('Als die Bundeskanzlerin den Ehrenhof betritt, spielt das Stabsmusikkorps der Bundeswehr die Festfanfare der Wiener '
           'Philharmoniker. Doch bevor Angela Merkel zur Bühne kommt, schreibt sie erst einmal Autogramme, schüttelt jede Menge '
           'Hände und steht für Erinnerungsfotos bereit. "Herzlich Willkommen zum Tag der offenen Tür im Bundeskanzleramt", sagt '
           'die Kanzlerin zur Begrüßung. "Ich freue mich, dass Sie gekommen sind."')
TDOT_P3 = ('Dann geht es weiter, vorbei an der Galerie der ehemaligen Bundeskanzler, hinaus in den Kanzleramtsgarten. Die '
           'Kanzlerin ist immer dort, wo Fotoapparate und Smartphones in die Höhe gereckt werden. Im Garten angekommen, zeigt die '
           'Regierungschefin ihren vielen Staatsgästen einen Hubschrauber der Bundespolizei, mit dem sie auch oft unterwegs ist. '
           '"Hubschrauberfliegen ist eine sehr schöne Sache", sagt Merkel, "aber auch eine ganz schön laute Angelegenheit".')

add(id="ho48-breg-merkel-tag-der-offenen-tuer-staatsbesuch",
    title="Tag der offenen Tür Auf Staatsbesuch bei der Kanzlerin",
    url="http://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/auf-staatsbesuch-bei-der-kanzlerin-396202",
    retrieved="same address (stored archive article of the Federal Government on Chancellor Merkel's tour at the open day of "
              "the Chancellery; the title line 'Auf Staatsbesuch bei der Kanzlerin', which repeats the headline, dropped, the "
              "kicker and headline, which the page runs together, kept as the first line (rule 150); '2 Min. Lesedauer', the "
              "image text 'Angela Merkel umringt von Menschen', the caption 'Im Mittelpunkt des Interesses: Bundeskanzlerin "
              "Angela Merkel' and the credit 'Foto: Bundesregierung/Denzel' dropped (rule 93); the subheading 'Bands gegen "
              "Fremdenfeindlichkeit und Rechtsextremismus' and the paragraph 'Für den kurzen Weg übe' after it, cut off in the "
              "stored copy, dropped (rules 15, 290))",
    license=BREG,
    paras=["Die Bundeskanzlerin hat zum Tag der offenen Tür ins Kanzleramt eingeladen und wieder sind Tausende gekommen. "
           "Während ihres traditionellen Rundgangs erklärt Angela Merkel, wie ein Staatsbesuch abläuft, und betont den Wert "
           "ehrenamtlicher Arbeit.",
           TDOT_P1,
           "So funktioniert ein Besuch im Kanzleramt",
           "Und gekommen sind wieder viele. Normalerweise begrüßt Merkel im Ehrenhof des Bundeskanzleramtes einzelne "
           "Staatsgäste. Diesmal scharen sich hier Hunderte Besucherinnen und Besucher. Genau erklärt die Kanzlerin, wie ein "
           "Besuch im Kanzleramt abläuft: den Anfahrtsweg der Gäste, die Begrüßung und die passende Musik. Die Besucherinnen und "
           "Besucher erfahren, dass das Stabsmusikkorps bis zu einer Temperatur von minus vier Grad spielt und dass Argentinien "
           "die längste Nationalhymne der Welt hat.",
           TDOT_P3],
    quotes=[('"Herzlich Willkommen zum Tag der offenen Tür im Bundeskanzleramt"', MERKEL),
            ('"Ich freue mich, dass Sie gekommen sind."', MERKEL),
            ('"Hubschrauberfliegen ist eine sehr schöne Sache"', MERKEL),
            ('"aber auch eine ganz schön laute Angelegenheit"', MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin", "Regierungschefin"]})

FW_TEASER = ('Die Kanzlerin hat in Berlin die Arbeit der deutschen Feuerwehren gewürdigt. Besonders hob sie das Engagement der '
             'Freiwilligen Feuerwehren hervor. "Um andere aus Gefahren zu retten, nehmen sie selbst Gefahren für ihr eigenes '
             'Leben in Kauf", sagte sie. Dafür gebühre ihnen Dank.')
FW_P1 = ('"Die Feuerwehren sind zur Stelle, wenn Not am Mann oder Not an der Frau ist. Sie sind in der Regel die ersten, die am '
         'Ort des Geschehens eintreffen und schnell und kompetent Hilfe leisten." Das betonte Bundeskanzlerin Angela Merkel beim '
         '12. Berliner Abend der deutschen Feuerwehren.')
FW_RETTEN = '"Um andere aus Gefahren zu retten, nehmen sie selbst Gefahren für ihr eigenes Leben in Kauf"'

add(id="ho48-bkin-merkel-abend-der-feuerwehren",
    title="Abend der deutschen Feuerwehren Kanzlerin dankt freiwilligen Einsatzkräften",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/kanzlerin-dankt-freiwilligen-einsatzkraeften-450310",
    retrieved="same address (stored article of the Federal Government on Chancellor Merkel's speech at the 12th Berlin "
              "evening of the German fire brigades, 2017; the title line 'Kanzlerin dankt freiwilligen Einsatzkräften', which "
              "repeats the headline, dropped, the kicker and headline, which the page runs together, kept as the first line "
              "(rule 150); '2 Min. Lesedauer', the image text 'Merkel mit Feuerwehrleuten', the caption 'Bundeskanzlerin "
              "Merkel war zu Besuch bei der Regierungsfeuerwache Berlin-Tiergarten.' and the credit 'Foto: "
              "Bundesregierung/Steins' dropped (rule 93); the subheading 'Nachwuchsarbeit stärken' and the paragraph 'Merkel "
              "lobte das Engagement vor allem der jungen Menschen bei der Feuer' after it, cut off in the stored copy, dropped "
              "(rules 15, 290))",
    license=BREG,
    paras=[FW_TEASER,
           FW_P1,
           "Dank für Dienst am Gemeinwohl",
           "Merkel erinnerte in ihrer Rede daran, dass insbesondere freiwillige Feuerwehrleute tagtäglich eigene Interessen "
           "zurückstellten, um dem Gemeinwohl zu dienen. " + FW_RETTEN + ", sagte die Kanzlerin anerkennend.",
           'Die Kanzlerin verwies aber auch auf die Belastungen, denen Feuerwehrleute bei ihrer Arbeit ausgesetzt sind. Ihr '
           'Ansehen in der Bevölkerung sei nach wie vor groß. Dennoch gebe es zunehmend Beispiele, wo Respekt und Rücksicht '
           'abhandengekommen seien - "und zwar in einer erschreckenden Weise".',
           'Es sei inakzeptabel, dass etwa Gaffer die Einsatzkräfte bei Bränden oder Verkehrsunfällen behinderten und sogar '
           'verbal oder tätlich attackierten. "Jede solche Tat ist ein Angriff auf die öffentliche Sicherheit." Deshalb sei es '
           'gut, dass der Bundestag jüngst das Strafrecht verschärft habe. Sie hoffe, dass die Sensibilität der Menschen '
           'dadurch wachse. "Wir brauchen mehr Akzeptanz gegenüber Einsatzkräften", forderte Merkel.'],
    quotes=[(FW_RETTEN, MERKEL, 0),
            (cut(FW_P1, '"Die Feuerwehren', 'leisten."'), MERKEL),
            (FW_RETTEN, MERKEL, 1),
            ('"und zwar in einer erschreckenden Weise"', MERKEL),
            ('"Jede solche Tat ist ein Angriff auf die öffentliche Sicherheit."', MERKEL),
            ('"Wir brauchen mehr Akzeptanz gegenüber Einsatzkräften"', MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Kanzlerin"]})

LF_P1 = ('Bundeskanzlerin Angela Merkel forderte mehr Fairness gegenüber der Leistung der Landwirte. Die Bundesregierung sei '
         'überzeugt, dass ein Markenzeichen der ländlichen Räume eben auch bäuerliche Betriebe seien. "So müssen wir uns um '
         'deren Erhalt auch kümmern, ihnen Existenzmöglichkeiten für die harte Arbeit, die dort geleistet wird, schaffen", sagte '
         'Merkel beim Deutschen Landfrauentag in Erfurt. Dieser Stand unter dem Motto "Landfrauen Tragen Verantwortung"')
SCHMIDT = "Christian Schmidt"

add(id="ho48-breg-merkel-landfrauentag-erfurt",
    title='Merkel bei Landfrauentag "Sie tun unserem Land gut"',
    url="https://www.bundesregierung.de/breg-de/aktuelles/-sie-tun-unserem-land-gut--446406",
    retrieved="same address (stored article of the Federal Government on Chancellor Merkel's speech at the Deutscher "
              "Landfrauentag in Erfurt, 2016; the title line '\"Sie tun unserem Land gut\"', which repeats the headline, "
              "dropped, the kicker and headline, which the page runs together, kept as the first line (rule 150); '2 Min. "
              "Lesedauer', the image text 'Bundeskanzlerin Angela Merkel spricht auf dem Deutschen Landfrauentag.', the "
              "caption 'Merkel würdigt das ehrenamtliche Wirken eines der größten Frauenverbände des Landes.' and the credit "
              "'Foto: Bundesregierung/Steins' dropped (rule 93); the missing full stop after the motto and the doubled 'in in' "
              "kept as published (rule 20); the subheading 'Ländlichen Raum attraktiv erhalten' and the paragraph 'Die "
              "Bundeskanzlerin würdigte', cut off in the stored copy, dropped (rules 15, 290))",
    license=BREG,
    paras=["Landfrauen bilden das Rückgrat des gesellschaftlichen Lebens und sichern die Attraktivität vor Ort. "
           "Bundeskanzlerin Merkel machte in Erfurt deutlich, dass die Bundesregierung die bäuerliche Landwirtschaft erhalten "
           "und Verwerfungen am Markt abfedern möchte.",
           LF_P1,
           "Bäuerliche Landwirtschaft erhalten",
           "Die niedrigen Milchpreise gefährdeten landwirtschaftliche Betriebe in ihrer Existenz, so Merkel. Die Zeiten für "
           "Landfrauen als Bäuerinnen seien auch deswegen nicht leicht. Viele Familieneinkommen leiden wegen des starken "
           "Preisverfalls für Agrarprodukte.",
           "In einer sozialen Marktwirtschaft ist es Aufgabe des Staates, Verwerfungen am Markt abzufedern. "
           "Bundeslandwirtschaftsminister Christian Schmidt arbeite buchstäblich auf allen Ebenen - von Brüssel bis zum "
           "Finanzminister, betonte Merkel.",
           'Beim Milchgipfel am 7. Juni hatte der Bundeslandwirtschaftsminister den notleidenden Bauern ein Hilfspaket von "100 '
           'Millionen Euro plus X" in in Aussicht gestellt. Dieses sollen Bund, Länder und EU vereint schnüren. Um die Krise '
           'nachhaltig zu lösen, sind zudem Strukturreformen unerlässlich. Auf einem Sonder-Agrarministertreffen am 15. Juli soll '
           'darüber beraten werden.'],
    quotes=[('"Sie tun unserem Land gut"', MERKEL),
            (cut(LF_P1, '"So müssen', 'schaffen"'), MERKEL),
            ('"Landfrauen Tragen Verantwortung"', None),
            ('"100 Millionen Euro plus X"', SCHMIDT)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel"],
             SCHMIDT: ["Christian Schmidt", "Bundeslandwirtschaftsminister Christian Schmidt",
                       "Bundeslandwirtschaftsminister"]})

GD_P1 = ('"10.000 Angebote für 100.000 junge Mädchen – der Girls\'Day ist also längst ein echter Renner, und das aus gutem '
         'Grund", hob Bundeskanzlerin Angela Merkel die Bedeutung des Mädchen-Zukunftstags hervor. Bereits zum 16. Mal fand der '
         'Auftakt zum bundesweiten Girls\'Day in der Regierungszentrale statt. Die Kanzlerin hieß nach guter Tradition 24 '
         'Neuntklässlerinnen aus drei Berliner Schulen im Kanzleramt willkommen.')
GD_P4 = ('Merkel warb besonders für die sogenannten MINT-Fächer: "Wir haben einen riesigen Fachkräftebedarf in diesem Bereich. '
         'Das heißt, wer Lust hat, sich da zu engagieren, der hat eine gute berufliche Zukunft vor sich." Es freue sie deshalb '
         'sehr, dass auch immer mehr junge Frauen ein Studium in diesen Fächern aufnähmen.')

add(id="ho48-bkin-merkel-girls-day-2017",
    title='Girls\'Day im Kanzleramt Mädchen-Zukunftstag "ein echter Renner"',
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/maedchen-zukunftstag-ein-echter-renner--462394",
    retrieved="same address (stored article of the Federal Government on the Girls'Day opening in the Chancellery, April 2017; "
              "the title line 'Mädchen-Zukunftstag \"ein echter Renner\"', which repeats the headline, dropped, the kicker and "
              "headline, which the page runs together, kept as the first line (rule 150); '3 Min. Lesedauer', the image text "
              "'Bundeskanzlerin Angela Merkel beim Girls' Day im Kanzleramt.', the caption 'Kanzlerin Merkel empfing am Vortag "
              "des bundesweiten Girls'Day Neuntklässlerinnen mit Interesse an Technik.' and the credit 'Foto: "
              "Bundesregierung/Kugler' dropped (rule 93); the paragraph 'Passend zum Thema sollten die Mädchen im Kanzleramt "
              "eine Schätzfrage', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Wenn 24 Mädchen Roboter mit einem Wasserkocher vernetzen oder am PC Rennwagen konstruieren – dann ist Girls'Day im "
           "Bundeskanzleramt. Mit der Veranstaltung läutete die Bundeskanzlerin den bundesweiten Mädchen-Zukunftstag am 27. "
           "April ein.",
           GD_P1,
           "Am 27. April 2017 findet der bundesweite Girls'Day für Schülerinnen zum 17. Mal statt. Unternehmen und "
           "Forschungsinstitute, Verwaltungen, Verbände und Einrichtungen in ganz Deutschland öffnen ihre Türen für Mädchen im "
           "Alter von zehn bis 17 Jahren. Inzwischen ist es Tradition, dass die Kanzlerin den Aktionstag einen Tag zuvor "
           "eröffnet.",
           "Der Girls'Day biete eine gute Gelegenheit, einmal einen Blick in die Zukunft auf spannende Arbeitsfelder zu werfen. "
           "Und damit vielleicht auch auf ein Gebiet, in dem man selbst seine berufliche Zukunft suche, sagte die "
           "Bundeskanzlerin.",
           "Nichts fürchten, nur verstehen",
           GD_P4],
    quotes=[('"ein echter Renner"', MERKEL),
            (cut(GD_P1, '"10.000', 'gutem Grund"'), MERKEL),
            (cut(GD_P4, '"Wir haben einen', 'vor sich."'), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})

JF_P2 = ('„Jugend forscht – das heißt: Bühne frei für kluge Antworten auf knifflige Fragen", so Bundeskanzlerin Merkel. "Wer '
         'sich die Ergebnisse des Wettbewerbs anschaut, kommt aus dem Staunen kaum heraus. Auch in diesem Jahr mangelte es nicht '
         'an zündenden Ideen junger Forscherinnen und Forscher. Denjenigen, die sich mit ihrem Einfallsreichtum besonders '
         'ausgezeichnet haben, gratuliere ich von Herzen. Zugleich danke ich allen, die die Suche nach talentierten '
         'Nachwuchsforscherinnen und \u2011forschern tatkräftig unterstützt haben.“')
JF = '„Jugend forscht“'

add(id="ho48-bkin-merkel-jugend-forscht-2013",
    title="Bundeskanzlerin Merkel empfängt die Preisträgerinnen und Preisträger des Bundeswettbewerbs " + JF,
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/bundeskanzlerin-merkel-empfaengt-die-preistraegerinnen-und-"
        "preistraeger-des-bundeswettbewerbs-jugend-forscht--749588",
    retrieved="same address (stored announcement of the Federal Government of Chancellor Merkel's reception for the "
              "prize-winners of Jugend forscht, September 2013; the mixed marks of the statement ('„…\"' and '\"…“'), the "
              "single marks '‚…’' and the non-breaking hyphen in '\u2011forschern' kept as published (rules 20, 292); complete as "
              "stored)",
    license=BREG,
    paras=["Bundeskanzlerin Angela Merkel würdigt am 10. September 2013 um 12:00 Uhr mit einem Empfang im Bundeskanzleramt "
           "die Leistungen von 65 Preisträgerinnen und Preisträgern des diesjährigen Bundeswettbewerbs " + JF + ".",
           JF_P2,
           "Die Bundeskanzlerin wird bei dem Empfang den ‚Sonderpreis der Bundeskanzlerin’ für die originellste Arbeit beim "
           "Bundeswettbewerb überreichen. Der Preis ist mit 3.000 Euro dotiert.",
           "Der 19jährige Preisträger Korbinian Urban aus Lenggries wird der Bundeskanzlerin seine Arbeit vorstellen. Er hat ein "
           "neuartiges Verfahren für die Hochgeschwindigkeitsfotografie entwickelt. Dadurch gelangen dem Preisträger "
           "eindrucksvolle Aufnahmen von fallenden Wassertropfen und zerspringenden Glasplatten.",
           "An dem Empfang im Kanzleramt wird auch Bundesforschungsministerin Johanna Wanka teilnehmen.",
           "Der diesjährige 48. Bundeswettbewerb " + JF + " stand unter dem Motto „Deine Idee lässt dich nicht mehr los?“. "
           "11.411 Jungforscher/innen haben mit 6.009 Projekten teilgenommen."],
    quotes=[(JF, None, 0),
            (JF, None, 1),
            (cut(JF_P2, '„Jugend forscht –', 'Fragen"'), MERKEL),
            (cut(JF_P2, '"Wer sich', 'haben.“'), MERKEL),
            ("‚Sonderpreis der Bundeskanzlerin’", None),
            (JF, None, 2),
            ("„Deine Idee lässt dich nicht mehr los?“", None)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Bundeskanzlerin"]})

# --- a Government text reposted with the Presse- und Informationsamt named as source ---

SOC_P1 = ('"Bürgerschaftliches Engagement macht unser Land erst richtig lebens- und liebenswert", sagte die Kanzlerin letzte '
          'Woche in Berlin. "In Deutschland gibt es eine breite Bereitschaft, sich freiwillig und unentgeltlich füreinander zu '
          'engagieren. Ungefähr die Hälfte unserer Bevölkerung ist ehrenamtlich aktiv: in Nachbarschaftshilfen und '
          'Sportvereinen, in Kirchengemeinden und freiwilligen Feuerwehren. Viele packen auch einfach spontan mit an, wie wir zum '
          'Beispiel bei der Aufnahme und Betreuung von Flüchtlingen so eindrücklich gesehen haben", so Bundeskanzlerin Angela '
          'Merkel bei der Preisverleihung des Wettbewerbs "startsocial".')
SOC_P2 = ('Bürgerschaftliches Engagement sei ein Markenzeichen Deutschlands, so die Kanzlerin. "Deshalb verstehen wir es auch '
          'als Aufgabe der Politik, Verantwortungsbereitschaft zu fördern und insgesamt gute Rahmenbedingungen für das Ehrenamt '
          'zu ermöglichen." Dabei stünden neben der Bundesregierung auch die Länder und Kommunen in der Pflicht. "Ich bin sehr '
          'froh darüber, dass das alles in allem gelingt, wenngleich ich deutlich machen will, dass wir vor einer großen Aufgabe '
          'stehen", so Merkel weiter. Denn im Grundgesetz sei verankert, dass es überall in Deutschland gleichwertige '
          'Lebensverhältnisse geben müsse. "Wir müssen uns aber immer wieder fragen: Was können wir noch verbessern? Wie schaffen '
          'wir es, dass die Bereitschaft, sich zu engagieren, auf fruchtbaren Boden fällt? Wie kann man Initiativen stärken?" so '
          'Merkel.')

add(id="ho48-breg-repost-orchesterverbaende-merkel-startsocial",
    title="Bundeskanzlerin sieht Engagement als Markenzeichen Deutschlands",
    url="http://orchesterverbaende.de/index.php?option=com_content&view=article&id=430:bundeskanzlerin-sieht-engagement-als-"
        "markenzeichen-deutschlands&catid=1:aktuelles",
    retrieved="same address (stored copy of the news item of the orchestra associations' site reposting a text of the "
              "Federal Government on Chancellor Merkel's speech at the startsocial award ceremony; the source line '(Quelle: "
              "Presse- und Informationsamt der Bundesregierung)' dropped (rules 31, 171); complete as stored)",
    license=BREG_SITE_REPOST,
    paras=[SOC_P1, SOC_P2],
    quotes=[('"Bürgerschaftliches Engagement macht unser Land erst richtig lebens- und liebenswert"', MERKEL),
            (cut(SOC_P1, '"In Deutschland', 'gesehen haben"'), MERKEL),
            ('"startsocial"', None),
            (cut(SOC_P2, '"Deshalb verstehen', 'ermöglichen."'), MERKEL),
            (cut(SOC_P2, '"Ich bin sehr', 'stehen"'), MERKEL),
            (cut(SOC_P2, '"Wir müssen uns', 'stärken?"'), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Kanzlerin"]})

# --- Austrian Parliament: Parlamentskorrespondenz on OTS ---

SP_P1 = ('Wien (PK) - Der Zweite Präsident des Nationalrats Dr. Michael Spindelegger nimmt den heutigen "Internationalen Tag '
         'der Freiwilligen" zum Anlass, den vielen tausenden freiwilligen Helfern für deren Arbeit zu danken. Spindelegger, der '
         'anlässlich seines Amtsantritts angekündigt hatte, die soziale Komponente in dieser neuen Funktion besonders betonen zu '
         'wollen: "Die Sozialorganisationen leben nicht nur von den gut ausgebildeten, bezahlten Kräften, sondern auch von den '
         'vielen ehrenamtlichen Helferinnen und Helfern, die nicht immer über eine Fachausbildung verfügen, aber trotzdem einen '
         'wertvollen Beitrag leisten."')
SP_P2 = ('Für Spindelegger tragen die ehrenamtlichen Helferinnen und Helfer viel zur Lebensqualität in Österreich bei. "Auch '
         'deshalb will ich für die NGO`s, in deren Reihen sich viele der ehrenamtlich Tätigen befinden, im Parlament ein '
         'hochrangiger Ansprechpartner sein", so der Zweite Nationalratspräsident.')
SPINDELEGGER = "Michael Spindelegger"

add(id="ho48-pk-ots-2006-12-spindelegger-tag-der-freiwilligen",
    title="2. NR-Präsident Spindelegger zum Internationalen Tag der Freiwilligen Arbeit von Ehrenamtlichen ist unersetzbar",
    url="https://www.ots.at/presseaussendung/OTS_20061205_OTS0062/2-nr-praesident-spindelegger-zum-internationalen-tag-der-"
        "freiwilligen-arbeit-von-ehrenamtlichen-ist-unersetzbar",
    retrieved="same address (release of the Parlamentskorrespondenz of 5 December 2006 on OTS, dateline 'Wien (PK)'; the "
              "headline and the subtitle, which the stored copy runs together in one line, kept as that one line (rule 150); "
              "the end mark '(Schluss)', the contact block 'Rückfragen & Kontakt: Eine Aussendung der "
              "Parlamentskorrespondenz …' and the OTS footer dropped (rule 48); the published backtick in 'NGO`s' kept (rule "
              "20); complete as stored)",
    license=PK,
    paras=[SP_P1, SP_P2,
           'Der 5. Dezember wurde von den Vereinten Nationen 1985 zum "Internationalen Tag der Freiwilligen" erklärt, an dem die '
           'Tätigkeit der ehrenamtlich Tätigen speziell gewürdigt werden soll.'],
    quotes=[('"Internationalen Tag der Freiwilligen"', None, 0),
            (cut(SP_P1, '"Die Sozialorganisationen', 'leisten."'), SPINDELEGGER),
            (cut(SP_P2, '"Auch deshalb', 'sein"'), SPINDELEGGER),
            ('"Internationalen Tag der Freiwilligen"', None, 1)],
    aliases={SPINDELEGGER: ["Michael Spindelegger", "Dr. Michael Spindelegger", "Spindelegger",
                            "Zweite Nationalratspräsident"]})


PA_P3 = ('Wien (PK) – Vor Eingang in die Tagesordnung wurde bei der 27. Sitzung des Nationalrats eine Einwendungsdebatte '
         'durchgeführt: Die Fraktion der Freiheitlichen hatte die Absetzung der Tageordnungspunkte 6 (Änderung des '
         'Bundesvergabegesetzes), 7 (Handy-TV) und 8 (Dienstrechts-Novelle) verlangt. F-Klubobmann STRACHE verlangte, dass die '
         'betreffenden Punkte – wie in der Präsidiale vereinbart – in der Plenarsitzung am Freitag debattiert werden sollten. '
         'Massiv sprach er sich gegen die Beendigung der Tätigkeit des Banken-Untersuchungsausschusses aus, weil dieser seinen '
         'Prüfauftrag noch nicht erfüllt habe. Die Koalition wolle hier "drüber fahren", die darin zum Ausdruck kommende '
         '"Kontrollfeindlichkeit" sei der Demokratie abträglich.')
PA_P5 = ('Die Tagesordnung sei in Ordnung, befand auch G-Klubobmann Dr. VAN DER BELLEN, der geplante Fristsetzungsantrag der '
         'Koalition hingegen ein "Skandal". Die Arbeit des Banken-Untersuchungsausschusses würde auf diesem Weg "abgewürgt". '
         'Wichtige Zeugen seien eingeladen und nicht erschienen, wichtige Akten angefordert und nicht geliefert worden. Bevor '
         'dies erzwungen werden könne, werde der Ausschuss abgewürgt – und vielleicht sogar deswegen, meinte der Klubobmann der '
         'Grünen. Die Regierungsparteien würden damit die Kontrollrechte des Parlaments "unterlaufen und untergraben", '
         'kritisierte Van der Bellen.')
STRACHE = "STRACHE"
VDB = "Van der Bellen"

add(id="ho48-pk-2007-07-04-pflege-amnestie-einwendungsdebatte",
    title="Parlamentskorrespondenz Nr. 551 vom 04.07.2007",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2007/pk0551",
    retrieved="same address (stored page of the Parlamentskorrespondenz; it begins with the release's number line, which is "
              "the first line (rule 18), then the headline and the subtitle as their own lines; the published typing slip "
              "'Tageordnungspunkte' kept (rule 20); the paragraph 'Aus parlamentarischer Sicht sei diese Vorgangsweise eine "
              "\"Farce\", stellte Klubobmann WESTENTHALER (B) fest. … weil diese wieder \"umgefall', cut off in the stored copy "
              "inside a quotation, dropped with its quotations (rule 15))",
    license=PK,
    paras=["Nationalrat: Pflege-Amnestie verlängert",
           "Kritik an der Vermögensgrenze - BM Buchinger kündigt Überdenken an",
           PA_P3,
           "Abgeordneter Dr. EINEM (S) sprach sich für die Beibehaltung der Tagesordnung aus, zumal es sich bei den drei Punkten "
           "um wichtige Materien handle. – In ähnlichem Sinn äußerte sich Klubobmann Dr. SCHÜSSEL (V), der außerdem mit einer "
           "Entlastung der Tagesordnung für Freitag argumentierte.",
           PA_P5],
    quotes=[('"drüber fahren"', STRACHE),
            ('"Kontrollfeindlichkeit"', STRACHE),
            ('"Skandal"', VDB),
            ('"abgewürgt"', VDB),
            ('"unterlaufen und untergraben"', VDB)],
    aliases={STRACHE: ["STRACHE"],
             VDB: ["Van der Bellen", "Dr. VAN DER BELLEN", "VAN DER BELLEN"]})
