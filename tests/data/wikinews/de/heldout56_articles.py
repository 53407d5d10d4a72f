# Fifty-sixth held-out German real-news set (tests/data/heldout56-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 370). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files; one teaser of the women-and-gender list page is also on a list page of an earlier set, see
# SOURCES.md). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-sixth held-out set": list pages of Global Voices auf Deutsch (a topic page by month
# and a page of short news items by month).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Global Voices auf Deutsch: list pages ---

add(id="ho56-gv-2012-03-frauen-gender",
    title="Artikel über Frauen & Gender vom März, 2012",
    url="https://de.globalvoices.org/category/topics/women-gender/?m=201203",
    retrieved="same address (stored topic page of Global Voices auf Deutsch, March 2012; the stored copy begins with the page "
              "heading, kept as the title; the last teaser 'Guatemala: Äußerungen zum Genozid an eingeborenen Frauen', whose "
              "summary is cut off in the stored copy ('… Endlich un'), dropped with its headline (rule 15))",
    license=GV,
    paras=["Iran: Frauen sagen “Nein” zum Kriegsmonster",
           "Mehr als drei Jahrzehnte ignorierte das islamische Regime Irans den Internationalen Frauentag. Es erkennt den 8. "
           "März nicht an und hat Frauenorganisationen sogar daran gehindert, diesen Tag öffentlich zu begehen. Trotzdem wird "
           "der 8. März von iranischen Frauen immer noch gefeiert – sowohl in der realen als auch in der virtuellen Welt.",
           "Marokko: Mädchen muss ihren Vergewaltiger heiraten und begeht Selbstmord",
           "Nachdem Amina, ein 16-jähriges Mädchen aus Larache, Nordmarokko, gezwungen wurde ihren Vergewaltiger zu heiraten, "
           "entschloss sie sich Rattengift zu nehmen um ihr Leben zu beenden. Die marokkanische Internetgemeinschaft war "
           "zutiefst berührt und empört von Aminas Geschichte. Bei Twitter trauert sie mit dem Hashtag #RIPAmina um das junge "
           "Mädchen.",
           "Aserbaidschan: Enthüllungsjournalistin trotzt Erpressungsversuch",
           "Laut Freedom House werden in Aserbaidschan weiterhin \"Journalisten und Blogger mit abweichenden Meinungen\" "
           "verhaftet. Doch wie eine Journalistin kürzlich feststellen musste, gibt es in der ölreichen Ex-Sowjetrepublik auch "
           "andere Methoden, um kritische Stimmen zum Schweigen zu bringen.",
           "Bolivien: Wo „Frau und Eingeborene zu sein das Schlimmste ist, was dir passieren kann“",
           "Marisol, eine bolivianische Eingeborene, erklärt, dass in ihrem Land „Frau und Eingeborene zu sein das Schlimmste "
           "ist, was dir passieren kann.“ Ihre Aussage ist Teil einer Reportage von Mario Munera, in der das Leben "
           "bolivianischer Frauen im Zusammenhang mit Bildung, Politik und chauvinistischer Gewalt beleuchtet wird. Die "
           "Reportage „Frauen in Bolivien“ wurde auf „Periodismo Humano“ veröffentlicht."],
    quotes=[("“Nein”", "Frauen"),
            ("\"Journalisten und Blogger mit abweichenden Meinungen\"", "Freedom House"),
            ("„Frau und Eingeborene zu sein das Schlimmste ist, was dir passieren kann“", "Marisol"),
            ("„Frau und Eingeborene zu sein das Schlimmste ist, was dir passieren kann.“", "Marisol"),
            ("„Frauen in Bolivien“", None),
            ("„Periodismo Humano“", None)],
    aliases={"Frauen": ["Frauen", "iranischen Frauen"],
             "Freedom House": ["Freedom House"],
             "Marisol": ["Marisol", "eine bolivianische Eingeborene"]})

add(id="ho56-gv-2013-07-kurzmeldungen",
    title="Artikel vom Kurzmeldungen vom Juli, 2013",
    url="https://de.globalvoices.org/category/type/roundups/?m=201307",
    retrieved="same address (stored page of short news items of Global Voices auf Deutsch, July 2013; the site header lines "
              "'Wir übersetzen die Beiträge von Global Voices in viele Sprachen, …' and 'Erfahre mehr zu Lingua-Übersetzungen "
              "»' and the month line '· Juli, 2013' dropped, the page heading kept as the title (rules 18, 93); the blogger's "
              "English original and its German translation, which the page sets as block quotes without quotation marks, kept "
              "as lines of their own (rule 23); the next item 'Integration oder Sklaverei?', whose summary is cut off in the "
              "stored copy ('… Die Asylsuchenden verdienen'), dropped with its headline (rule 15))",
    license=GV,
    paras=["In Ägypten sterben junge Menschen “völlig umsonst”",
           "Die ägyptische Bloggerin Zeinobia veröffentlicht Fotos und ein Video des 18-jährigen revolutionären Künstlers "
           "Eissa Essam. Essam starb am 26. Juli während eines Zusammenstoßes mit Unterstützern der Moslembrüderschaft, die in "
           "der Rabaa Al Adawiya Nachbarschaft in Nasr City ihr Lager aufgeschlagen hatten. Zeinobia beschreibt Essam als den "
           "liberalen Sohn eines MB Mitglieds, der seine Familie während des Streiks besuchte, als die Zusammenstöße "
           "stattfanden.",
           "Sie schreibt:",
           "I do not know who killed Eissa Essam for real, I know that he was shot in his back. His anti-MB friends say that "
           "he was killed by the Muslim brotherhood while his MB family says that he is killed by the police and its thugs. "
           "All I know that he was killed and his rights will be lost forever like those young men who died for nothing in "
           "the past three years. He will be another graffiti, another name used in that fight.",
           "Ich weiß nicht sicher, wer Eissa Essam umgebracht hat, ich weiß nur, dass ihm in den Rücken geschossen wurde. "
           "Seine Anti-MB Freunde sagen, er wurde von dem Moslembrüdern erschossen, während seine MB Familie sagt, er wurde "
           "von der Polizei und ihren Schlägern erschossen. Alles was ich weiß ist, dass er getötet wurde und das ihm seine "
           "Rechte für immer genommen wurden, wie auch den jungen Männern, die in den letzten 3 Jahren völlig umsonst starben. "
           "Er wird ein weiteres Graffiti sein, ein weiterer Name, der in diesem Kampf benutzt wurde."],
    quotes=[("“völlig umsonst”", "Zeinobia")],
    aliases={"Zeinobia": ["Zeinobia", "Die ägyptische Bloggerin Zeinobia"]})
