# Hundred-and-eighty-first held-out German real-news set (tests/data/heldout181-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1350-1351). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers' names and
# a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and
# of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-eighty-first held-out set": news items of the Council of Europe
# (Europarat) on its portal coe.int/de, 2017-2024: the Secretary General's speech to the Congress (October 2017), the
# opening speech of PACE President Michele Nicoletti at the spring session 2018, the joint statement of the three leaders of the Council of Europe on Ukraine (February 2022) and the
# annual report 2023 of the Commissioner for Human Rights Dunja Mijatović (licence COE: excerpts of under 500 words,
# unchanged, with the Council of Europe credited). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped. The joint statement is a
# multi-paragraph quotation with unmarked middle paragraphs: rule 46 (not annotated).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


NICOLETTI = "Michele Nicoletti"
DIMAIO = "Luigi Di Maio"
MIJATOVIC = "Dunja Mijatović"

# --- 2018: opening speech of the PACE President at the spring session ---

NIC_P1 = ("„Unsere Versammlung ist kein Austragungsort für einzelstaatliche Interessen. Im Gegenteil: Sie ist ein Ort, an "
          "dem Brücken zwischen Völkern und Regierungen geschlagen werden und wo Parlamentarier aus Gesamteuropa das "
          "Gemeinwohl verteidigen - d. h. die grundlegenden Werte der Menschenrechte, der Demokratie und der "
          "Rechtsstaatlichkeit als greifbare Mittel zu Verhinderung von Konfliken und zur Wahrung des Friedens auf dem "
          "Kontinent,“ so PACE-Präsident Michele Nicoletti in seiner Eröffnungsrede des Frühungsjahrssitzung der "
          "Parlamentarischen Versammlung in Straßburg.")
NIC_P2 = ("„Die Gründerväter des Europarats haben eine wahrhaft visionäre Entscheidung zur Schaffung unserer Organisation "
          "als internationalen multilateralen Mechanismus geschaffen, der dazu dient, Kriege auf dem europäischen Kontinent "
          "zu verhindern und es den Europäern zu ermöglichen, zusammen zu leben und friedlich zu kooperieren. Sie fanden "
          "den Mut, über Widersprüche und Unterschiede hinwegzusehen (…) und das Fundament für ein gemeinsames "
          "europäisches Haus zu legen, in dem der Schutz der Rechte des Einzelnen entsprechend eines gemeinsamen "
          "konstanten Standards eine zentrale Rolle spielen würde und wo Pluralismus und politische Freiheit als Schutz "
          "gegen Totalitarismus und die Aufwallung des Populismus dienen würden“, erinnerte er.")
NIC_P3 = ("„Unsere Versammlung sollte auch ihren Beitrag dazu leisten, darüber nachzudenken, wie in der gegenwärtigen "
          "Situation inner- und zwischenstaatliche Konflikte verhindert und beigelegt werden können, indem sie unserem "
          "Ideal des Friedens durch das Gesetz treu bleiben“, sagte Michele Nicoletti.")

add(id="ho181-coe-2018-01-pace-nicoletti-kein-austragungsort",
    title=None,
    url="https://coe.int/de/web/portal/-/-pace-is-not-a-battlefield-says-pace-president-calling-for-conflict-prevention-"
        "and-settlement-through-law?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D26",
    retrieved="same address (news item of the Parliamentary Assembly on the opening speech of its President at the "
              "2018 part-session; no headline in the stored copy (rules 18, 32); all three paragraphs of the stored "
              "excerpt kept complete; the slips 'Konfliken', 'zu Verhinderung', 'des Frühungsjahrssitzung' and the comma "
              "inside the closing mark 'Kontinent,“' kept as published)",
    license=COE,
    paras=[NIC_P1, NIC_P2, NIC_P3],
    quotes=[(cut(NIC_P1, "„Unsere Versammlung ist", "Kontinent,“"), NICOLETTI),
            (cut(NIC_P2, "„Die Gründerväter", "dienen würden“"), NICOLETTI),
            (cut(NIC_P3, "„Unsere Versammlung sollte", "treu bleiben“"), NICOLETTI)],
    aliases={NICOLETTI: ["Michele Nicoletti", "PACE-Präsident Michele Nicoletti", "PACE-Präsident", "Nicoletti"]})

# --- 2022: joint statement of the Chair of the Committee of Ministers, the PACE President and the Secretary General ---

UA_P1 = ("Der italienische Minister für Äußeres und internationale Zusammenarbeit und Vorsitzende im Ministerkomitee des "
         "Europarates, Luigi Di Maio, der Präsident der Parlamentarischen Versammlung des Europarates, Tiny Kox, und die "
         "Generalsekretärin des Europarates, Marija Pejčinović Burić, haben folgende Erklärung veröffentlicht:")
UA_P2 = "„Wir sind sehr besorgt über die starken Spannungen um die Ukraine."
UA_P3 = ("Wir sind bestürzt wegen der Möglichkeit eines großen Konflikts zwischen unseren Mitgliedsstaaten auf unserem "
         "Kontinent.")
UA_P4 = ("Wir bekräftigen unsere uneingeschränkte Unterstützung für die Souveränität und territoriale Integrität der "
         "Ukraine in ihren international anerkannten Grenzen.")
UA_P5 = ("Wir fordern die betroffenen Mitgliedsstaaten auf, ihre Anstrengungen zu verstärken, um eine weitere "
         "Verschlechterung der Lage und einen möglichen bewaffneten Konflikt zu vermeiden.")
UA_P6 = "Wir rufen zu einer umgehenden Deeskalation der Worte und Taten sowie zur Fortsetzung des Dialogs auf."
UA_P7 = ("Dieser Dialog muss auf den in der Satzung des Europarates und der Europäischen Menschenrechtskonvention "
         "verankerten Grundsätzen, die alle Mitgliedsstaaten des Europarates achten, schützen und umsetzen müssen, beruhen "
         "und sie erfüllen.“")

add(id="ho181-coe-2022-02-gemeinsame-erklaerung-ukraine",
    title="Führung des Europarates gibt gemeinsame Erklärung zur Ukraine ab",
    url="https://www.coe.int/ru/web/portal/full-news/-/asset_publisher/y5xQt7QdunzT/content/council-of-europe-leaders-"
        "make-joint-statement-on-ukraine?_101_INSTANCE_y5xQt7QdunzT_languageId=de_DE",
    retrieved="same address (the German version of the news item of 15 February 2022, served under the Russian portal "
              "path with languageId=de_DE; the Russian back link 'Назад', the repeated headline, the dateline 'Europarat "
              "Strassburg 15. Februar 2022', the French print and font-size links and the events list after the "
              "statement dropped as furniture; the headline kept as title (rule 18))",
    license=COE,
    paras=[UA_P1, UA_P2, UA_P3, UA_P4, UA_P5, UA_P6, UA_P7],
    quotes=[(UA_P2, DIMAIO), (UA_P3, DIMAIO), (UA_P4, DIMAIO), (UA_P5, DIMAIO), (UA_P6, DIMAIO),
            (UA_P7, DIMAIO)],
    aliases={DIMAIO: ["Luigi Di Maio", "Di Maio", "Vorsitzende im Ministerkomitee des Europarates",
                      "Tiny Kox", "Kox", "Präsident der Parlamentarischen Versammlung des Europarates",
                      "Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin des Europarates",
                      "Generalsekretärin"]})

# --- 2024: annual report 2023 of the Commissioner for Human Rights ---

MJ_P1 = ("„Die Verschärfung der Herausforderungen für den Schutz der Menschenrechte darf kein Vorwand sein, um aufzugeben. "
         "Es ist jetzt eher der Zeitpunkt für ein erneutes Bekenntnis zu den Grundsätzen und Normen, für die unsere "
         "Organisation steht“, erklärte die Menschenrechtskommissarin des Europarates, Dunja Mijatović, bei der "
         "Präsentation ihres Jahresberichts für 2023 vor der Parlamentarischen Versammlung. „Um verlorenen Boden "
         "zurückzugewinnen und die Menschenrechte voranzubringen, müssen wir der Situation mit Entschlossenheit und einer "
         "gemeinsamen Anstrengung begegnen.“")
MJ_P2 = ("Der diesjährige Bericht, der letzte der Amtszeit von Kommissarin Mijatović, zeichnet ein beunruhigendes Bild in "
         "Bezug auf ganz Europa. Der Schwerpunkt des Berichts liegt auf der Menschenrechtslage in Konfliktgebieten. Nach "
         "ihrem Besuch in der Ukraine im März konzentrierte sich die Menschenrechtskommissarin auf wichtige Fragen im "
         "Zusammenhang mit der Menschenrechtssituation von nach Russland oder in von Russland besetzte Gebiete der "
         "Ukraine überführte Kinder sowie der Menschenrechte der Krimtataren auf der von Russland besetzten Krim. "
         "„Obgleich einige Familienzusammenführungen stattgefunden haben, ist eine nachhaltige Unterstützung für "
         "ukrainische und russische Organisationen der Zivilgesellschaft und Einzelpersonen, welche die Zusammenführung "
         "von ukrainischen Kindern mit ihren Familien oder Erziehungsberechtigten ermöglichen, weiterhin unerlässlich.“")
MJ_P3 = ("Nach ihrem Besuch in Armenien und Aserbaidschan, einschließlich der Region Karabach, im vergangenen Oktober ruft "
         "die Kommissarin die Behörden dazu auf, in ihren Friedensverhandlungen den Schwerpunkt auf den Schutz der "
         "Menschenrechte zu legen und starke Menschenrechtsgarantien für alle vom Konflikt betroffenen Personen "
         "einzuführen.")

add(id="ho181-coe-2024-04-mijatovic-jahresbericht-2023",
    title=None,
    url="https://coe.int/de/web/portal/-/annual-report-2023-commissioner-mijatovi%C4%87-calls-for-determined-and-"
        "collective-efforts-to-regain-lost-ground-and-advance-human-rights?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom"
        "%3Fdelta%3D75%26start%3D5",
    retrieved="same address (news item of the Commissioner for Human Rights on her annual report for 2023; no headline in "
              "the stored copy (rules 18, 32); the fourth paragraph 'Die Kommissarin schildert zwar ein zunehmend "
              "komplexer … Beispiele für Wi', cut off in the stored excerpt, dropped (rule 15); the first three "
              "paragraphs kept complete)",
    license=COE,
    paras=[MJ_P1, MJ_P2, MJ_P3],
    quotes=[(cut(MJ_P1, "„Die Verschärfung", "steht“"), MIJATOVIC),
            (cut(MJ_P1, "„Um verlorenen", "begegnen.“"), MIJATOVIC),
            (cut(MJ_P2, "„Obgleich", "unerlässlich.“"), MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Menschenrechtskommissarin des Europarates", "Kommissarin Mijatović",
                         "Menschenrechtskommissarin", "Kommissarin", "Mijatović"]})

# --- 2017: the Secretary General's speech to the Congress of Local and Regional Authorities ---

JAGLAND = "Thorbjørn Jagland"
JG_P1 = ("Der Generalsekretär des Europarates, Thorbjørn Jagland, hat heute im Rahmen der 33. Sitzung des Kongresses der "
         "Gemeinden und Regionen in Straßburg (Frankreich) eine Rede vor den Kongressmitgliedern gehalten. „Unsere "
         "Organisation deckt den europäischen Kontinent vom Atlantik bis nach Wladiwostok ab und fördert grundlegende "
         "Normen, besonders die Europäischen Menschenrechtskonvention“, erklärte Jagland. Dem Generalsekretär zufolge "
         "obliegt den Mitgliedsstaaten des Europarates die Pflicht, die Einhaltung dieser Normen sicherzustellen.")
JG_P2 = ("Hinsichtlich der Rechte sprachlicher Minderheiten unterstrich Jagland die Bedeutung der Europäischen Charta der "
         "Regional- oder Minderheitensprachen und des Rahmenübereinkommens zum Schutz nationaler Minderheiten. „Die "
         "ukrainischen Behörden haben selbstverständlich das Recht, die offizielle Landessprache zu fördern; gleichzeitig "
         "müssen jedoch die Minderheiten das Recht haben, ihre eigene Sprache zu pflegen, etwa Rumänisch, Ungarisch und "
         "Russisch“, so Jagland. Der Generalsekretär erwähnte auch die Lage in Katalonien und unterstrich erneut, dass die "
         "Verfassung Stabilität gewährleiste und eingehalten werden müsse.")
JG_P3 = ("Als er zur Situation des Vizepräsidenten des Kongresses und Bürgermeisters von Chișinău, Dorin Chirtoacă, befragt "
         "wurde, antwortete Jagland, der Europarat beobachte die Lage in der Republik Moldau genau, besonders im Hinblick "
         "auf die Einführung von Justizreformen. „Wir müssen wachsam und umsichtig sein, vor allem, wenn Entscheidungen "
         "getroffen werden, die sich gegen Gruppen wie Journalisten, Menschenrechtsaktivisten und Bürgermeister richten“, "
         "schloss der Generalsekretär. Auf der Tagesordnung der Kongresssitzung stehen mehrere Debatten zu diesen Themen.")

add(id="ho181-coe-2017-10-jagland-kongress-pflicht-der-mitgliedsstaaten",
    title=None,
    url="https://coe.int/de/web/portal/-/thorbj-rn-jagland-member-states-have-a-duty-to-ensure-council-of-europe-"
        "principles-are-respected-?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D58",
    retrieved="same address (news item of October 2017 on the Secretary General's speech at the 33rd session of the "
              "Congress; no headline in the stored copy (rules 18, 32); all three paragraphs of the stored excerpt kept "
              "complete; the slip 'die Europäischen Menschenrechtskonvention' kept as published)",
    license=COE,
    paras=[JG_P1, JG_P2, JG_P3],
    quotes=[(cut(JG_P1, "„Unsere", "Menschenrechtskonvention“"), JAGLAND),
            (cut(JG_P2, "„Die", "Russisch“"), JAGLAND),
            (cut(JG_P3, "„Wir müssen", "richten“"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates", "Generalsekretär", "Jagland"]})
