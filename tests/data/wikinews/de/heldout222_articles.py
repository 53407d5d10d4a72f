# Two-hundred-and-twenty-second held-out German real-news set (tests/data/heldout222-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1600-1601). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers'
# names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of
# tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-twenty-second held-out set": German news items of the Council of
# Europe on coe.int/de (the Secretary General before the Parliamentary Assembly, January 2021; the Belgian Chair of the
# Committee of Ministers before the Assembly, April 2015; GRECO's reports on Greece) (licence COE: excerpts of under 500
# words, unchanged, with the Council of Europe credited). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
REYNDERS = "Didier Reynders"
GRECO = "Staatengruppe des Europarates gegen Korruption"

# --- Secretary General before the Parliamentary Assembly, winter session 2021 ---

add(id="ho222-coe-2021-01-buric-seele-europas",
    title="Generalsekretärin vor Parlamentarischer Versammlung: „Menschenrechtsübereinkommen sind die Seele des modernen "
          "Europas“",
    url="https://www.coe.int/de/web/portal/full-news/-/asset_publisher/y5xQt7QdunzT/content/-human-rights-conventions-are-"
        "the-soul-of-modern-europe-secretary-general-tells-pace?_101_INSTANCE_y5xQt7QdunzT_languageId=fr_FR",
    retrieved="same address (news item of January 2021; the link word 'Zurück' before the heading dropped and the doubled "
              "heading kept once (rule 93); the fourth paragraph ('Die Generalsekretärin bekundete ihr Mitgefühl … "
              "insbesondere die Menschenrechte u'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=["Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat die Bedeutung der beiden "
           "Schlüsselübereinkommen der Organisation unterstrichen: der Europäischen Menschenrechtskonvention (EMRK) und der "
           "Europäischen Sozialcharta. In einer Rede im Rahmen der hybriden Wintersitzung der Parlamentarischen Versammlung "
           "erklärte sie, dass diese Übereinkommen „die Seele des modernen Europas“ in sich tragen. Die Umsetzung der "
           "Urteile des Europäischen Menschenrechtsgerichtshofs durch die Mitgliedsstaaten sei keine „freundliche Bitte“, "
           "so die Generalsekretärin, sondern eine „rechtliche Verpflichtung“. Bezug nehmend auf den Fall Osman Kavala "
           "betonte sie, dass es „grundfalsch“ sei, dass ihn die türkischen Behörden noch immer festhalten, obwohl der "
           "Gerichtshof im vergangenen Jahr in einem endgültigen Urteil die Freilassung gefordert hat.",
           "Im Hinblick auf den Konflikt im letzten November zwischen Armenien und Aserbaidschan begrüßte  Pejčinović "
           "Burić den Waffenstillstand. Der Europarat führt der Generalsekretärin zufolge Gespräche mit beiden Seiten, um "
           "zur Überwindung der Konfliktfolgen beizutragen und die Einhaltung der Menschenrechte zu gewährleisten. Zu den "
           "anhaltenden Protesten gegen die Regierung in Weißrussland sagte sie, dass sie mehrmals für die Menschenrechte "
           "von Demonstrierenden interveniert habe, und rief alle Seiten zu einem umfassenden, landesweiten Dialog auf."],
    quotes=[("„Menschenrechtsübereinkommen sind die Seele des modernen Europas“", BURIC),
            ("„die Seele des modernen Europas“", BURIC),
            ("„freundliche Bitte“", BURIC),
            ("„rechtliche Verpflichtung“", BURIC),
            ("„grundfalsch“", BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin des Europarates",
                     "Generalsekretärin"]})

# --- Chair of the Committee of Ministers (Belgium) before the Parliamentary Assembly, April 2015 ---

add(id="ho222-coe-2015-04-reynders-mittelmeer",
    title=None,
    url="https://coe.int/de/web/presidency/belgium-news/-/asset_publisher/QLBOlIyuxE9F/content/didier-reynders-the-"
        "cradle-of-our-civilisation-must-not-become-the-grave-of-those-aspiring-to-be-part-of-it/16695",
    retrieved="same address (news item of the Belgian chairmanship of the Committee of Ministers, April 2015; the stored "
              "copy begins with the first body paragraph, without a headline; the fifth paragraph ('Abschließend erinnert "
              "er die Versammlung daran, … Finanzierung der Reise zu terroristischen Zwecken unter Strafe stell'), cut off "
              "in the stored copy, dropped (rule 15); the four paragraphs before it kept whole)",
    license=COE,
    paras=["„Es widerspricht ganz und gar unserer Vision und unseren Werten, dass die Wiege unserer Zivilisation, das Grab "
           "derer werden sollte, die ein Teil davon sein wollen“, erklärt Didier Reynders, Vorsitzender des "
           "Ministerkomitees des Europarats, in seiner heutigen Stellungnahme gegenüber der Parlamentarischen Versammlung, "
           "in der er sich auf die schlimmen Ereignisse bezieht, die sich am vergangenen Wochenende im Mittelmeer "
           "ereigneten.",
           "Er betonte, dass diese menschliche Tragödie Teil einer ausgedehnten Krise im Mittelmeerraum ist und nicht nur "
           "für die Ursprungs- und Zielländer, sondern auch für europäische Organisationen, wie den Europarat, eine große "
           "Herausforderung darstellt. „Flüchtlingen sollten, sobald sie sich auf europäischem Territorium befinden, die in "
           "der Konvention dargelegten Menschenrechte zustehen.“",
           "Mit Blick auf die Ukraine unterstrich der belgische Außenminister die Rolle des Europarats und der "
           "Venedigkommission bei der Unterstützung des Minsker Abkommens – allen voran im Zusammenhang mit der "
           "Verfassungsreform, der Dezentralisierung und den Kommunalwahlen.",
           "Er fügt hinzu, dass die Instrumente des Europarats für die Überwachung der Menschenrechte nicht nur auf der "
           "Krim und im Donezbecken vollständig Anwendung finden sollen, sondern auch in Regionen außerhalb der wirksamen "
           "Kontrolle der betroffenen nationalen Behörden, nämlich u. a. auch in Transnistrien, Abchasien, Südossetien und "
           "Bergkarabach."],
    quotes=[("„Es widerspricht ganz und gar unserer Vision und unseren Werten, dass die Wiege unserer Zivilisation, das "
             "Grab derer werden sollte, die ein Teil davon sein wollen“", REYNDERS),
            ("„Flüchtlingen sollten, sobald sie sich auf europäischem Territorium befinden, die in der Konvention "
             "dargelegten Menschenrechte zustehen.“", REYNDERS)],
    aliases={REYNDERS: ["Didier Reynders", "Vorsitzender des Ministerkomitees des Europarats", "belgische Außenminister"]})

# --- GRECO: two reports on Greece ---

add(id="ho222-coe-greco-griechenland-lob-kritik",
    title=None,
    url="https://coe.int/de/web/portal/-/greece-anti-corruption-group-offers-praise-and-criticism?p_l_back_url=%2Fru%2F"
        "web%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D27",
    retrieved="same address (news item of the Council of Europe on two GRECO reports on Greece; the stored copy begins "
              "with the first body paragraph, without a headline, and ends after the fifth paragraph ('… anonyme "
              "Zuwendungen möglich.'); the five paragraphs kept whole, the parenthesis '(siehe auch die griechische "
              "Fassung des Berichts)', a link in the page, kept as stored (rule 20))",
    license=COE,
    paras=["Die Staatengruppe des Europarates gegen Korruption (GRECO) äußert in zwei heute veröffentlichten Berichten "
           "sowohl Lob als auch Kritik hinsichtlich der Bemühungen Griechenlands zur Bekämpfung von Korruption in der "
           "Legislative und Judikative.",
           "Einer der beiden Berichte befasst sich mit der Prävention von Korruption unter Abgeordneten, Richtern und "
           "Staatsanwälten. Die Schlussfolgerung lautet, dass von 19 früheren Empfehlungen lediglich sechs „in "
           "zufriedenstellender Weise behandelt“ wurden. (siehe auch die griechische Fassung des Berichts)",
           "In dem Bericht würdigt die Staatengruppe den Verhaltenskodex, der für Parlamentsmitglieder in Griechenland "
           "gilt und unter anderem Bestimmungen über Interessenkonflikte und die Annahme von Geschenken enthält. Außerdem "
           "sieht der Kodex einen Mechanismus zur Überwachung und Umsetzung durch einen parlamentarischen Ethikausschuss "
           "sowie eine Reihe möglicher Sanktionen vor. Ebenso positiv bewertet die GRECO die verbesserte Transparenz und "
           "den erweiterten Umfang der Vermögens-, Einkommens- und Interessenserklärungen der Parlamentsmitglieder, die "
           "auch nach Ablauf des Mandats (der oder des Betroffenen) drei Jahre lang im Internet einsehbar bleiben.",
           "Ein spezieller Bericht, der ebenfalls heute veröffentlicht wurde, enthält eine Neubewertung der GRECO von "
           "Griechenlands Einhaltung einer konkreten Empfehlung zur Transparenz der Parteienfinanzierung. Anlass für den "
           "Bericht ist ein „deutlicher Kurswechsel“ bei den Maßnahmen zur Regelung anonymer Parteienspenden in "
           "Griechenland.",
           "Dieser früheren Empfehlung zufolge sollten Zuwendungen durch Spenden-Coupons nur dann zulässig sein, wenn "
           "dabei der Name und die Steuer- oder Personalausweisnummer des Spenders systematisch erfasst werden. Zwei Jahre "
           "nach dem vollständigen Verbot anonymer Spenden erlaubte Griechenland jedoch neuerlich ein gewisses Maß an "
           "Anonymität. Gleichzeitig sind im Rahmen sogenannter Spendenaktionen anscheinend anonyme Zuwendungen möglich."],
    quotes=[("„in zufriedenstellender Weise behandelt“", GRECO),
            ("„deutlicher Kurswechsel“", GRECO)],
    aliases={GRECO: ["Staatengruppe des Europarates gegen Korruption", "GRECO", "Staatengruppe"]})
