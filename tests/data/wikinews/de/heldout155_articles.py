# Hundred-and-fifty-fifth held-out German real-news set (tests/data/heldout155-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1200-1202). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, site name, distinctive phrases
# of the texts and of the quotations and the speakers' names against every annotation module, every SOURCES file and every
# jsonl file of tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid
# was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-fifty-fifth held-out set": press releases of the European Parliament's
# Presidents as reposted unchanged (rule 31): three releases of President Hans-Gert Pöttering of 2007 (his first official
# visit to Luxembourg, the plenary vote on roaming charges, his visit to Estonia) on the site of a CDU district association,
# and the Parliament's release on the election of President Jerzy Buzek (14 July 2009) on the site of an MEP. Stored copies
# are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


POETTERING = "Hans-Gert Pöttering"
BUZEK = "Jerzy Buzek"
DAUL = "Joseph DAUL"

# --- President Hans-Gert Pöttering (2007), releases reposted by cdu-lkos.de ---

LUX_P4 = ("„Ich freue mich, nach meiner Wahl Luxemburg als erstes Mitgliedsland der Europäischen Union zu besuchen. "
          "Luxemburg hat als ein kleines Mitgliedsland immer hervorragende und konstruktive Beiträge zur europäischen "
          "Einigung geleistet und diese entscheidend mitgeprägt. Ich bin sicher, dass dies auch in der erweiterten "
          "Europäischen Union mit 27 Ländern und 500 Millionen Menschen der Fall sein wird. Der Einfluss eines Landes in "
          "der Europäischen Union ist nicht allein eine Frage seiner Grösse, sondern vor allem auch seiner positiven "
          "Überzeugungskraft. Es gibt kein besseres Beispiel hierfür als das Grossherzogtum Luxemburg.“")

add(id="ho155-ep-2007-01-poettering-luxemburg",
    title="Der Präsident des Europäischen Parlaments macht seinen ersten offiziellen Besuch in Luxemburg",
    url="https://cdu-lkos.de/2007/01/der-prasident-des-europaischen-parlaments-macht-seinen-ersten-offiziellen-besuch-in-"
        "luxemburg/",
    retrieved="same address (the press release of the President of the European Parliament of January 2007 on his first "
              "official visit, as reposted unchanged by the CDU district association Osnabrück-Land, used as the "
              "Parliament's text (rule 31); the headline is the first line; the site's footer 'Schreibe einen Kommentar' "
              "and the Akismet notice dropped as furniture (rule 14); the published 'Grossherzogtum', 'Grösse', "
              "'Großherzog' and 'Imigration' kept as stored (rule 20))",
    license=EP,
    paras=["Der neugewählte Präsident des Europäischen Parlaments, Hans-Gert Pöttering, wird seinen ersten offiziellen "
           "Besuch am Donnerstag, den 18. Januar im Grossherzogtum Luxemburg machen.",
           "Dieser Besuch soll ein Signal gerade auch für die wichtige Rolle der kleinen Mitgliedstaaten in der "
           "Europäischen Union setzen.",
           "Der Präsident erklärte zu diesem Besuch:",
           LUX_P4,
           "Auf dem Programm steht eine Audienz beim Großherzog, sowie Gespräche mit Premierminister Jean-Claude Juncker, "
           "dem Präsidenten des luxemburgischen Parlaments, Lucien Weiler, mit Mitgliedern des Ausschusses für "
           "auswärtige und europäische Angelegenheiten, Verteidigung, Zusammenarbeit und Imigration. Nach dem Ende des "
           "offiziellen Besuchs wird der Präsident außerdem Vertreter der portugiesischen Gemeinschaft in Luxemburg "
           "treffen."],
    quotes=[(LUX_P4, POETTERING)],
    aliases={POETTERING: ["Hans-Gert Pöttering",
                          "Der neugewählte Präsident des Europäischen Parlaments, Hans-Gert Pöttering",
                          "Der Präsident"]})

ROAM_P2 = ("„Mit der Annahme des Berichts von Paul Rübig beweist das Europäische Parlament erneut, welchen wichtigen "
           "Einfluss es auf die Gesetzgebung im Rahmen der Verträge ausübt.")
ROAM_P3 = ("Der in schwierigen Verhandlungen mit dem Rat erreichte Kompromiss ist ein Beweis für den Einfluss des "
           "Parlaments auf die Gesetzgebung gemeinsam mit dem Rat.")
ROAM_P4 = ("Der gefundene Kompromiss über die Roaming Gebühren wird von allen politischen Fraktionen und vier Ausschüssen "
           "mitgetragen. Das Verhandlungsergebnis erhöht die Preistransparenz und führt zu einer Reduzierung der "
           "Telefongebühren für Millionen von Roaming Teilnehmern in Europa.")

add(id="ho155-ep-2007-05-poettering-roaming",
    title="Präsident Pöttering zu niedrigeren Roaming Gebühren",
    url="https://cdu-lkos.de/2007/05/prasident-pottering-zu-niedrigeren-roaming-gebuhren/",
    retrieved="same address (the statement of the President of the European Parliament of May 2007 after the plenary vote "
              "on the roaming regulation, as reposted unchanged by the CDU district association Osnabrück-Land, used as "
              "the Parliament's text (rule 31); the headline is the first line; the site's footer 'Schreibe einen "
              "Kommentar' and the Akismet notice dropped as furniture (rule 14); the statement opens with '„' and the "
              "repost never closes it (rule 1200); 'Im Anschluß' and 'Roaming Gebühren' kept as stored (rule 20))",
    license=EP,
    paras=["Im Anschluß an die Plenarabstimmung über Roaming Gebühren für Handygespräche erklärte der Präsident des "
           "Europäischen Parlaments Hans-Gert Pöttering:",
           ROAM_P2, ROAM_P3, ROAM_P4],
    quotes=[(ROAM_P2, POETTERING),
            (ROAM_P3, POETTERING),
            (ROAM_P4, POETTERING)],
    aliases={POETTERING: ["Hans-Gert Pöttering", "Präsident Pöttering",
                          "der Präsident des Europäischen Parlaments Hans-Gert Pöttering", "Pöttering"]})

add(id="ho155-ep-2007-08-poettering-estland",
    title="Hans-Gert Pöttering beeindruckt von Estland",
    url="https://cdu-lkos.de/2007/08/hans-gert-pottering-beeindruckt-von-estland/",
    retrieved="same address (the press release of the President of the European Parliament of August 2007 on his visit "
              "to Estonia, as reposted unchanged by the CDU district association Osnabrück-Land with the press office's "
              "contact lines, used as the Parliament's text (rule 31); the headline is the first line; the contact block "
              "'Für weitere Informationen:' with the names and mobile numbers of Jesús Gómez and Jörg-Dietrich Nackmayr, "
              "the note 'Die deutsche Fassung der Pressemitteilung erscheint kurzfristig auf der Website des Präsidenten:' "
              "with the address line, the site's footer 'Schreibe einen Kommentar' and the Akismet notice dropped as "
              "furniture (rules 14, 19); 'zusammen getroffen' and 'gäbe' kept as stored (rule 20))",
    license=EP,
    paras=["Beeindruckt über die demokratische und wirtschaftliche Entwicklung Estlands hat sich der Präsident des "
           "Europäischen Parlaments, Hans-Gert Pöttering, nach einem zweitägigen Besuch des baltischen Landes geäußert.",
           "Pöttering war in Tallinn mit Staatspräsident Toomas Hendrik Ilves, Ministerpräsident Andrus Ansip, "
           "Parlamentspräsidentin Ene Ergma, dem früheren Ministerpräsidenten Mart Laar sowie weiteren Politikern zu "
           "Gesprächen zusammen getroffen.",
           "In Narva, an der estnisch-russischen Grenze, führte Pöttering Gespräche mit verschiedenen ethnischen "
           "Gemeinschaften, darunter der russischen Minderheit.",
           "„Alle Menschen haben Anspruch auf die gleiche Würde“, betonte der Präsident des Europäischen Parlaments. Für "
           "die Integration als bedeutsam bezeichnete Pöttering das Erlernen der estnischen Sprache.",
           "Hans-Gert Pöttering sagte nach seinen Gesprächen, alle Politiker hätten das Interesse an einer starken "
           "Europäischen Union bekundet. Übereinstimmung gäbe es in allen wichtigen europäischen Fragen, insbesondere der "
           "Notwendigkeit einer gemeinsamen europäischen Energiepolitik. Die geplante Ostsee-Pipeline müsse Bestandteil "
           "eines europäischen Energiekonzepts sein."],
    quotes=[("„Alle Menschen haben Anspruch auf die gleiche Würde“", POETTERING)],
    aliases={POETTERING: ["Hans-Gert Pöttering",
                          "der Präsident des Europäischen Parlaments, Hans-Gert Pöttering",
                          "der Präsident des Europäischen Parlaments", "Pöttering"]})

# --- the Parliament's release on the election of President Jerzy Buzek (2009), reposted by kammerevert.eu ---

BUZ_P2 = ("Die Wahl sei für ihn eine \"große Herausforderung und eine sehr große Ehre\", so Buzek. Er hätte \"nie zu "
          "träumen gewagt, eines Tages Präsident des Europäischen Parlaments zu sein\". Er werde alles tun, um das in ihn "
          "gesetzte Vertrauen nicht zu enttäuschen.")
BUZ_P3 = ("Seine Wahl sei ein \"Ehrenerweis gegenüber den mittel- und osteuropäischen Bürgerinnen und Bürger\". Er fühle "
          "sich als Vertreter aller mittel- und osteuropäischen Länder. Es gebe \"kein Ihr und Wir mehr. Wir müssen laut "
          "sagen: Das ist unser gemeinsames Europa\".")
BUZ_P4 = ("Buzek sprach einige zentrale Themen an, die Europa in den kommenden Jahren beschäftigen werden, darunter die "
          "Wirtschafts- und Finanzkrise, Beschäftigung, die Energieversorgungssicherheit sowie den Klimawandel. \"Wir "
          "brauchen den Lissabonner Vertrag, um diese künftigen Herausforderungen zu meistern. Frieden, Freiheit und "
          "Wohlstand können nur auf europäischer Ebene vernünftig gelöst werden\".")
BUZ_P7 = ("Joseph DAUL, Vorsitzender der Europäischen Volkspartei, erklärte: \"Wir haben kein Europa aus West- und "
          "Osteuropa, sondern ein einheitliches Europa, verkörpert durch das Symbol Jerzy Buzek, den neuen Präsidenten "
          "des Europäischen Parlaments\".")

add(id="ho155-ep-2009-07-buzek-wahl",
    title="Jerzy Buzek neuer Präsident des Europäischen Parlaments",
    url="https://www.kammerevert.eu/2009/07/15/jerzy-buzek-neuer-praesident-des-europaeischen-parlaments/",
    retrieved="same address (the European Parliament's press release of 14 July 2009 on the election of Jerzy Buzek, with "
              "the statements of the group chairs, as reposted on 15 July 2009 by the MEP Petra Kammerevert without "
              "additions of her own in the stored part, used as the Parliament's text (rule 31; the same release is "
              "reposted by europaunion.wordpress.com with 'Quelle: www.europarl.europa.eu'); the headline is the first "
              "line; the image caption 'Jerzy Buzek' dropped (rule 14); the lines 'Buzek kündigte an, …' and 'Nach der "
              "Wahl Buzeks gaben die Fraktionsvorsitzenden kurze Erklärungen ab:', which the stored copy separates by a "
              "single line break, kept as two paragraphs; the paragraph on Martin SCHULZ's statement 'Für die Fraktion "
              "der Progressiven Allianz … \"aktiv dafür ein', cut off in the stored copy inside a quotation, dropped "
              "(rule 15); the published 'an der Spritze' kept (rule 20))",
    license=EP,
    paras=["Mit BUZEK steht erstmals ein Abgeordneter aus den 2004 beigetretenen mittel- und osteuropäischen Staaten an "
           "der Spritze des Europäischen Parlaments.",
           BUZ_P2, BUZ_P3, BUZ_P4,
           "Buzek kündigte an, im September sein Programm für die kommenden zweieinhalb Jahre zu präsentieren.",
           "Nach der Wahl Buzeks gaben die Fraktionsvorsitzenden kurze Erklärungen ab:",
           BUZ_P7],
    quotes=[("\"große Herausforderung und eine sehr große Ehre\"", BUZEK),
            ("\"nie zu träumen gewagt, eines Tages Präsident des Europäischen Parlaments zu sein\"", BUZEK),
            ("\"Ehrenerweis gegenüber den mittel- und osteuropäischen Bürgerinnen und Bürger\"", BUZEK),
            ("\"kein Ihr und Wir mehr. Wir müssen laut sagen: Das ist unser gemeinsames Europa\"", BUZEK),
            (BUZ_P4[BUZ_P4.index("\"Wir brauchen"):BUZ_P4.rindex("\"") + 1], BUZEK),
            (BUZ_P7[BUZ_P7.index("\"Wir haben"):BUZ_P7.rindex("\"") + 1], DAUL)],
    aliases={BUZEK: ["Jerzy Buzek", "BUZEK", "Buzek"],
             DAUL: ["Joseph DAUL", "Joseph DAUL, Vorsitzender der Europäischen Volkspartei"]})
