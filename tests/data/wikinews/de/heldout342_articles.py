# Three-hundred-and-forty-second held-out German real-news set (tests/data/heldout342-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1975-1977). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by article number, headline or first
# words and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file
# of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-forty-second held-out set": three articles of "EWSA info", the
# newsletter of the European Economic and Social Committee, on eesc.europa.eu/de (July 2022: the Diversity Europe Group
# renames itself Civil Society Organisations' Group; May 2024: that group's conference "Building Together the EU We Want";
# January 2025: the European Consumer Day 2024 on water; licence EESC_INFO). Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BOLAND = "Séamus Boland"

# --- EWSA info, July 2022: the Diversity Europe Group becomes the Civil Society Organisations' Group ---

UMB_P3 = ("Séamus Boland, Vorsitzender der Gruppe Organisationen der Zivilgesellschaft, betonte: „Die Wirtschafts- und "
          "Finanzkrise, die COVID-19-Pandemie und jetzt der Ukraine-Krieg haben verdeutlicht, dass die Organisationen der "
          "Zivilgesellschaft aktiv zur Resilienz und Nachhaltigkeit unserer Gemeinwesen beitragen. Sie lösen Probleme, "
          "verteidigen unsere europäischen Werte und sind von entscheidender Bedeutung für die Umsetzung wirksamer "
          "Maßnahmen. Die Organisationen der Zivilgesellschaft sind wichtige Akteure für eine nachhaltige Zukunft und "
          "müssen auch als solche anerkannt werden.“")
UMB_P6 = ("Während der Präsidentschaft 2020–2023 wird sich die Gruppe Organisationen der Zivilgesellschaft in ihrer Arbeit "
          "auf das Thema „Armut und Rolle zivilgesellschaftlicher Organisationen bei der Armutsbekämpfung“ konzentrieren.")

add(id="ho342-eesc-info-2022-07-gruppe-umbenennung-boland",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072022/articles/99609",
    retrieved="same address (stored article of EWSA info, July 2022, on the renaming of the EESC's Group III of 18 May "
              "2022; the stored copy begins with the byline and shows no headline, so the text has no title line (rules "
              "18, 32); the byline 'von der Gruppe Organisationen der Zivilgesellschaft' kept as a line of its own (rule "
              "18, as in the eighty-seventh set); two trailing spaces after the third paragraph dropped; the last "
              "paragraph 'Weitere Informationen über die Gruppe finden Sie auf dem E', cut off in the stored copy, dropped "
              "(rule 15))",
    license=EESC_INFO,
    paras=["von der Gruppe Organisationen der Zivilgesellschaft",
           "Am 18. Mai 2022 beschloss die Gruppe Vielfalt Europa (Gruppe III) des Europäischen Wirtschafts- und "
           "Sozialausschusses (EWSA) einstimmig, sich in Gruppe Organisationen der Zivilgesellschaft umzubenennen. Die "
           "Namensänderung tritt ab sofort in Kraft.",
           UMB_P3,
           "Folglich hat die Gruppe eine Namensänderung beschlossen, die den Interessenträgern ihre Zusammensetzung und "
           "ihren Auftrag besser verdeutlichen soll.",
           "Diese Namensänderung kommt genau zum richtigen Zeitpunkt, wurde doch unlängst der Abschlussbericht über die "
           "Ergebnisse der Konferenz zur Zukunft Europas veröffentlicht. In diesem Bericht wird eine Stärkung der "
           "bestehenden Strukturen vorgeschlagen, um die Bedürfnisse und Erwartungen der Unionsbürgerinnen und -bürger im "
           "Beschlussfassungsprozess besser widerzuspiegeln. In dieser Hinsicht sollte die institutionelle Rolle des EWSA "
           "gestärkt werden, und er sollte als Prozessbegleiter und Garant für die partizipative Demokratie fungieren, wie "
           "z. B. für den strukturierten Dialog mit den Organisationen der Zivilgesellschaft und die Bürgerforen.",
           UMB_P6],
    # the work theme in marks is the name of the group's priority, said by no one in the sentence (rule 1976)
    quotes=[(cut(UMB_P3, "„Die Wirtschafts-", "anerkannt werden.“"), BOLAND),
            (cut(UMB_P6, "„Armut und", "Armutsbekämpfung“"), None)],
    aliases={BOLAND: ["Séamus Boland", "Vorsitzender der Gruppe Organisationen der Zivilgesellschaft"]})

# --- EWSA info, May 2024: the Civil Society Organisations' Group's conference before the European elections ---

KON_P4 = ("Der Vorsitzende der Gruppe Organisationen der Zivilgesellschaft Séamus Boland eröffnete die Konferenz und sprach "
          "an, wie sehr er bedauere, dass viele Politiker der etablierten Parteien in den Mitgliedstaaten offenbar nur sehr "
          "ungern mit den Wählern über die EU sprechen. Denn dadurch verstehen die Wähler letztlich nicht, wofür die EU "
          "gebraucht wird, und die EU-Politik greift nicht immer die Themen auf, die ihnen am Herzen liegen. Die Folge ist "
          "eine gefährliche Entfremdung zwischen der Öffentlichkeit und der EU. Zunehmend wird befürchtet, dass viele "
          "Menschen für extremistische Parteien stimmen könnten. „Was jetzt dringend gebraucht wird, ist eine offene "
          "politische Debatte. Nationale und europäische Politiker müssen den Menschen vermitteln, vor welchen Problemen die "
          "EU steht und wie diese Probleme gelöst werden können. Anders werden wir die Menschen nicht davon überzeugen "
          "können, dass die EU den Vielen dient und dass sie unvermindert Chancen bietet, die jedem offen stehen.“")

add(id="ho342-eesc-info-2024-05-konferenz-boland-europawahl",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-may-2024/articles/118410",
    retrieved="same address (stored article of EWSA info, May 2024, on the conference of the Civil Society "
              "Organisations' Group of 16 April 2024; the stored copy begins with the byline and shows no headline, so the "
              "text has no title line (rules 18, 32); the byline 'von der Gruppe Organisationen der Zivilgesellschaft' kept "
              "as a line of its own (rule 18, as in the eighty-seventh set); the unmarked English motto 'Building Together "
              "the EU We Want' kept as stored; the last paragraph 'Die Schlussfolgerungen und Empfehlungen der Konfere', cut "
              "off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["von der Gruppe Organisationen der Zivilgesellschaft",
           "Die Organisationen der Zivilgesellschaft halten es für wichtig, unmittelbare und langfristige Herausforderungen "
           "anzugehen, die politischen Strategien der EU in die Tat umzusetzen und die Werte der EU zu stärken. Auch ein "
           "strukturierter Dialog mit der Zivilgesellschaft und eine starke Sozialagenda rangieren weit oben auf ihrer "
           "Prioritätenliste.",
           "Am 16. April veranstaltete die Gruppe Organisationen der Zivilgesellschaft des EWSA eine Konferenz unter dem "
           "Motto Building Together the EU We Want (Gemeinsam für eine EU nach unseren Vorstellungen). Vertreter nationaler "
           "und europäischer Organisationen der Zivilgesellschaft kamen zusammen, um sich über ihre politischen "
           "Prioritäten für die bevorstehende Wahl zum Europäischen Parlament und die Unterzeichnung der "
           "interinstitutionellen Erklärung von La Hulpe zur Zukunft der europäischen Säule sozialer Rechte auszutauschen.",
           KON_P4],
    # the quotation closes the paragraph of Boland's reported speech with no cue of its own (rule 1975)
    quotes=[(cut(KON_P4, "„Was jetzt", "offen stehen.“"), BOLAND)],
    aliases={BOLAND: ["Séamus Boland", "Der Vorsitzende der Gruppe Organisationen der Zivilgesellschaft"]})

# --- EWSA info, January 2025: European Consumer Day 2024 on water ---

VT_P1 = ("Der Europäische Verbrauchertag 2024 stand unter dem Motto „Herausforderungen im Bereich Wasser: Sondierung von "
         "Verbraucherperspektiven – den europäischen Blauen Deal voranbringen“. Bei der Veranstaltung wurde hervorgehoben, "
         "dass eine nachhaltige Wasserbewirtschaftung sowie eine bessere Infrastruktur und Verbraucheraufklärung "
         "erforderlich sind, damit Wasser für alle Europäerinnen und Europäer erschwinglich bleibt.")

add(id="ho342-eesc-info-2025-01-verbrauchertag-wasser",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-january-2025/articles/125790",
    retrieved="same address (stored article of EWSA info, January 2025, on the European Consumer Day of 9 December 2024; "
              "the stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); "
              "the space in '15 000' and '8 000' kept as shown; the last paragraph '‚Wasser sollte als grundlegender "
              "Bestandteil der künftigen politischen Leitinitiati', cut off in the stored copy inside a quotation whose "
              "speaker is not reached, dropped (rule 15); the same article's teaser, repeated above the body on the listing "
              "page eesc.europa.eu/de/node?i=portal.en.news.37766&page=23, is not a second text)",
    license=EESC_INFO,
    paras=[VT_P1,
           "Wie auf dem Europäischen Verbrauchertag des Europäischen Wirtschafts- und Sozialausschusses (EWSA) am "
           "9. Dezember verdeutlicht wurde, muss die EU angesichts eines zu erwartenden Anstiegs der Wasserpreise um 25 % "
           "bis 2030 mehr als 250 Milliarden Euro investieren, um den Wasserbedarf Europas zu decken und eine Gesellschaft "
           "aufzubauen, in der alle Menschen Zugang zu sauberem und erschwinglichem Wasser haben.",
           "Auch in Europa wird Wasser zu einer knappen Ressource: So sind nicht weniger als 30 % der Europäerinnen und "
           "Europäer mindestens einmal pro Jahr mit Wasserstress konfrontiert. Dementsprechend werden die Verbraucher, die "
           "Wasser in der Regel immer noch als unbegrenzt zur Verfügung stehendes Konsumgut ansehen, ihr Verhalten ändern "
           "und diese Ressource effizienter nutzen müssen, indem sie bewusster auf ihren Wasserfußabdruck achten und "
           "intelligente Technologien zur Wassereinsparung nutzen.",
           "Allerdings sollten die größten Verschmutzer auch einen entsprechenden Preis zahlen und versteckte Kosten nicht "
           "den Verbraucherinnen und Verbrauchern aufbürden.",
           "Allein für die Erzeugung von einem Kilo Fleisch werden 15 000 Liter Wasser und für die Herstellung einer Jeans "
           "8 000 Liter benötigt – in Anbetracht dessen müssen auch große Wasserverbraucher (wie das verarbeitende Gewerbe "
           "und insbesondere die Landwirtschaft, auf die 72 % aller Wasserentnahmen entfallen) die Kosten ihrer "
           "Umweltauswirkungen tragen und in bessere Produktionsanlagen investieren."],
    # the motto of the event is a title (rule 1977)
    quotes=[(cut(VT_P1, "„Herausforderungen", "voranbringen“"), None)],
    aliases={})
