# Two-hundred-and-sixty-second held-out German real-news set (tests/data/heldout262-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1760-1763). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug and by two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-sixty-second held-out set": German news items of the Council of Europe
# portal coe.int/de (Secretary General Marija Pejčinović Burić before the Parliamentary Assembly on the Reykjavik summit,
# 2023; the statement on the contract 'Straßburg, europäische Hauptstadt' 2024-2026; Secretary General Thorbjørn Jagland's
# question time and his address on populism before the Assembly; the conference on ten years of the anti-trafficking
# convention) (licence COE: excerpts of under 500 words, unchanged, with the Council of Europe credited) and the editorial
# of the EESC newsletter 'EWSA info' of March 2022 (licence EESC_INFO). Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
JAGLAND = "Thorbjørn Jagland"
CAMUS = "Albert Camus"

# --- Council of Europe portal (coe.int/de) ---

REY_P1 = ("In ihrer Rede vor der Parlamentarischen Versammlung erklärte Generalsekretärin Marija Pejčinović Burić: Beim "
          "Gipfeltreffen des Europarates am 16. und 17. Mai in Reykjavik „muss die Ukraine im Mittelpunkt stehen“. Sie "
          "betonte, dass die „Forderung von Rechenschaft für Tod und Zerstörung, die durch die russische Aggression "
          "verursacht wurden, entscheidend ist“, bekräftigte erneut die Unterstützung des Europarates für die Untersuchung "
          "russischer Kriegsverbrechen durch die ukrainische Generalstaatsanwaltschaft und unterstrich die Bedeutung der "
          "Pläne der Organisation zur Förderung der Widerstandsfähigkeit und des Wiederaufbaus durch ihren umfassenden "
          "Aktionsplan für die Ukraine.")
REY_P2 = ("Sie forderte ein ambitioniertes kommendes Gipfeltreffen in Island und dass die Mitgliedsstaaten „die "
          "demokratischen Rückschritte anerkennen, stoppen und umkehren, welche für die letzten Jahre kennzeichnend "
          "waren“. Die Mitgliedsstaaten sollten die Institutionen stärken, welche die Menschenrechte auf nationaler und "
          "internationaler Ebene schützen, insbesondere durch den Abschluss des Beitritts der Europäischen Union zur "
          "Europäischen Menschenrechtskonvention. Der Gipfel ist eine Chance für die Mitgliedsstaaten, „zu erklären, was "
          "sie tun werden, um die spezifischen Rechte, Freiheiten und Merkmale demokratischen Lebens wiederherzustellen, "
          "die auf unserem Kontinent im Niedergang sind“, sagte sie.")

add(id="ho262-coe-2023-buric-pace-reykjavik",
    title=None,
    url="https://coe.int/de/web/portal/-/secr%C3%A9taire-g%C3%A9n%C3%A9rale-l-ukraine-est-notre-priorit%C3%A9-et-la-"
        "russie-doit-rendre-des-comptes-pour-son-agression-il-faut-faire-preuve-d-ambition-pour-le-prochain-sommet?"
        "p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D9",
    retrieved="same address (German version of the news item on the Secretary General's speech before the Parliamentary "
              "Assembly, spring 2023, undated in the stored copy; the stored copy shows no headline, so the first "
              "paragraph is the first line (rule 18); both paragraphs complete as stored, nothing else in the stored copy)",
    license=COE,
    paras=[REY_P1, REY_P2],
    quotes=[("„muss die Ukraine im Mittelpunkt stehen“", BURIC),
            (cut(REY_P1, "„Forderung von Rechenschaft", "entscheidend ist“"), BURIC),
            (cut(REY_P2, "„die demokratischen Rückschritte", "kennzeichnend waren“"), BURIC),
            (cut(REY_P2, "„zu erklären, was", "im Niedergang sind“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin"]})

STR_P1 = ("„Ich freue mich, dass der Präsident der Französischen Republik, Emmanuel Macron, heute den neuen "
          "Dreijahresvertrag‚ Straßburg, europäische Hauptstadt‘ (2024–2026) mit der Gastgeberstadt des Europarates und "
          "dem Sitz zahlreicher europäischer Institutionen unterzeichnet hat.")
STR_P2 = ("Diese Unterzeichnung ist Ausdruck der starken Unterstützung für den Europarat, insbesondere in Bezug auf drei "
          "Menschenrechtsprojekte, die darauf abzielen, dem demokratischen Rückschritt unserer Zeit entgegenzutreten. Ich "
          "beziehe mich dabei insbesondere auf die Beobachtungsstelle für den Geschichtsunterricht in Europa, deren Aufgabe "
          "es ist, das Verständnis der demokratischen Kultur durch hochwertigen Geschichtsunterricht zu fördern und zu "
          "stärken; die Verhandlungssimulation des Europarates (CoEMoN), eine Veranstaltung, die Studierende der "
          "Politikwissenschaften für die Rolle, Funktionsweise und verschiedenen Aufgaben unserer Organisation "
          "sensibilisieren soll; und schließlich unser Weltforum für Demokratie, das im November stattfindet und eine "
          "einzigartige Plattform bietet, um über die Herausforderungen zu diskutieren, mit denen unsere Demokratien "
          "konfrontiert sind.“")

add(id="ho262-coe-2024-vertrag-strassburg-europaeische-hauptstadt",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-welcomes-new-three-year-contract-strasbourg-european-capital-?"
        "p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D4%26start%3D50",
    retrieved="same address (German version of the statement on the contract 'Straßburg, europäische Hauptstadt' "
              "2024-2026, undated in the stored copy; the stored copy holds only the two paragraphs of the statement, "
              "without headline, lead or footer, so the first paragraph is the first line (rule 18); the missing space "
              "in 'Dreijahresvertrag‚ Straßburg' kept as stored (rule 20); complete as stored)",
    license=COE,
    paras=[STR_P1, STR_P2],
    quotes=[(STR_P1, None),
            (STR_P2, None)],
    aliases={})

FRA_P1 = ("In einer Fragestunde im Rahmen der Frühjahrssitzung der Parlamentarischen Versammlung hat der Generalsekretär des "
          "Europarates, Thorbjørn Jagland, heute Fragen der Abgeordneten beantwortet.")
FRA_P2 = ("Eine der Fragen lautete, was Jagland hinsichtlich der Korruptionsvorwürfe innerhalb der Parlamentarischen "
          "Versammlung unternehmen könne. Er antwortete, dass für die Organisation insgesamt bereits ein sehr solides System "
          "zur Untersuchung derartiger Vorwürfe in Kraft sei. Dazu gehören auch ein internes und ein externes "
          "Prüfverfahren. Jagland fügte hinzu, dass die Versammlung zwar selbst das weitere Vorgehen festlegen müsse, er "
          "aber bereits in einem Brief eine unabhängige Untersuchung gefordert habe. Außerdem unterstrich er, dass die "
          "Versammlung – als jenes Organ, das den Generalsekretär sowie die Richter des Europäischen Gerichtshofs für "
          "Menschenrechte wählt – unbedingt als eine Institution gelten müsse, die „hundertprozentig integer“ handle.")
FRA_P3 = ("Als er zu den Lehrkräften befragt wurde, die nach dem Putschversuch in der Türkei von ihren Universitäten "
          "ausgeschlossen wurden, äußerte der Generalsekretär die Hoffnung, dass die Sonderkommission zur Untersuchung "
          "diesbezüglicher Beschwerden ihre Arbeit unverzüglich aufnimmt. Er betonte, dass sich der Europäische Gerichtshof "
          "für Menschenrechte nicht direkt mit diesen Fällen befassen könne und die Beschwerdeführer zuerst innerstaatliche "
          "Rechtsbehelfe ergreifen müssen. Sollte die Kommission indes nicht unabhängig arbeiten, könne der Gerichtshof "
          "einschreiten. In diesem Zusammenhang erklärte der Generalsekretär, dass auch jene, die in Verbindung mit dem "
          "Putschversuch verhaftet und inhaftiert wurden, zuerst den innerstaatlichen Rechtsweg beschreiten und den "
          "Europäischen Gerichtshof als letztes Mittel anrufen sollten, wenn alle innerstaatlichen Rechtsbehelfe keinen "
          "Erfolg bewirken.")

add(id="ho262-coe-jagland-pace-fragestunde",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-jagland-replies-to-questions-from-pace-members?p_l_back_url="
        "%2Fit%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D29",
    retrieved="same address (German version of the news item on Secretary General Jagland's question time in the "
              "Assembly's spring session, undated in the stored copy; no headline in the stored copy, so the first "
              "paragraph is the first line (rule 18); the fourth paragraph ('Bezug nehmend auf die Überwachung der "
              "Menschenrechte auf der Krim betonte Jagland, dass diese Frage für ihn oberste Priorit'), cut off in the "
              "stored copy, and the rest dropped (rule 15); it holds no quotation mark in the stored part)",
    license=COE,
    paras=[FRA_P1, FRA_P2, FRA_P3],
    quotes=[("„hundertprozentig integer“", JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Generalsekretär des Europarates", "Generalsekretär"]})

POP_P1 = ("In einer Rede vor der Parlamentarischen Versammlung des Europarates (PACE) führte Generalsekretär Thorbjørn "
          "Jagland den Anstieg des Populismus in Europa und darüber hinaus auf den umfassenden Verlust an Vertrauen in die "
          "demokratischen Institutionen zurück. Als Lösung müsse eine Antwort auf die alltäglichen Probleme der Europäer "
          "gefunden werden, erklärte er. Außerdem sei es nötig, Falschmeldungen zu bekämpfen, aber gleichzeitig das Recht "
          "auf freie Meinungsäußerung zu gewährleisten, besonders im Internet. Dazu gehöre, es den Behörden zu erleichtern, "
          "Falschmeldungen, die zu Gewalt und Hass aufstacheln, zu bekämpfen und Beweismaterial für die Strafverfolgung aus "
          "„der Cloud“ sicherzustellen.")
POP_P2 = ("Der Generalsekretär unterstrich zudem, wie wichtig es ist, die Rechte von Migranten und Flüchtlingen zu "
          "verteidigen und besonders gefährdete Gruppen wie Kinder zu schützen, vor allem unbegleitete Minderjährige. Für "
          "diese werde ein entsprechender Aktionsplan ausgearbeitet, so Jagland. Im Hinblick auf das Terrorismusproblem "
          "kündigte der Generalsekretär zwei Initiativen an: Die erste betrifft einen internationalen Vertrag, durch den der "
          "illegale Handel mit Kunstgegenständen aus Ländern wie Syrien und dem Irak unter Strafe gestellt wird. Der Verkauf "
          "derartiger Gegenstände steht oftmals im Zusammenhang mit der Finanzierung von Terrorismus. Zweitens werden die "
          "Leitlinien für die Unterstützung, welche die Staaten Terroropfern bereitstellen, mit dem Ziel überarbeitet, die "
          "angebotene Hilfe zu verbessern, unabhängig davon, ob die Betroffenen im eigenen Land oder im Ausland zum Opfer "
          "eines Anschlags wurden.")

add(id="ho262-coe-jagland-pace-populismus",
    title=None,
    url="https://coe.int/de/web/portal/terrorism-and-human-rights-news/-/asset_publisher/tAWO07mTaocO/content/"
        "secretary-general-addresses-pace-tackling-the-challenges-of-populism-fake-news-terrorism-and-migration-the-"
        "situation-in-turkey",
    retrieved="same address (German version of the news item on Secretary General Jagland's address to the Assembly on "
              "populism, fake news, terrorism, migration and Turkey, undated in the stored copy; no headline in the "
              "stored copy, so the first paragraph is the first line (rule 18); the third paragraph ('Bezug nehmend auf "
              "die Lage in der Türkei äußerte der Generalsekretär … welche Fälle von'), cut off in the stored copy, and "
              "the rest dropped (rule 15); it holds a dash and no quotation mark in the stored part)",
    license=COE,
    paras=[POP_P1, POP_P2],
    quotes=[("„der Cloud“", None)],
    aliases={})

GRE_P1 = "Mehr als 150 Experten aus ganz Europa nehmen heute an einer Konferenz zum zehnjährigen Bestehen des Übereinkommens des Europarates gegen Menschenhandel teil."
GRE_P2 = ("Als Teilnehmer erwartet werden u. a. Vertreter verschiedener internationaler Organisationen, staatlicher Behörden "
          "und einer Reihe von NGOs. Es nehmen teil:")
GRE_P3 = ("Auf der Konferenz wird eine neue Veröffentlichung zum Thema \"Auswirkungen der Überwachung durch die GRETA\" "
          "vorgestellt, die sich mit der Frage befasst, wie das Übereinkommen den Opfern des Menschenhandels hilft, wie sich "
          "das Übereinkommen auf die Politiken und Praktiken in Europa auswirkt und welche Herausforderungen nach wie vor "
          "bestehen.")

add(id="ho262-coe-2018-konferenz-zehn-jahre-menschenhandelskonvention",
    title=None,
    url="https://coe.int/de/web/portal/-/ten-years-of-anti-human-trafficking-convention-special-conference-in-strasbourg?"
        "p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D26",
    retrieved="same address (German version of the news item on the conference for the tenth anniversary of the "
              "anti-trafficking convention, undated in the stored copy; no headline in the stored copy, so the first "
              "paragraph is the first line (rule 18); the five list items kept as lines of their own without the leading "
              "'- ' (rule 93); the straight double quotes kept as stored; complete as stored)",
    license=COE,
    paras=[GRE_P1, GRE_P2,
           "\"Maria\", eine Überlebende des Menschenhandels",
           "Fareeda Abbas, Überlebende des Völkermords an den Jesiden",
           "Siobhán Mullally, Präsidentin der GRETA",
           "Madina Jarbussynova, Sonderbeauftragte der OSZE und Koordinatorin für die Bekämpfung des Menschenhandels",
           "Anna Ochoa, Organisation der amerikanischen Staaten",
           GRE_P3],
    quotes=[("\"Maria\"", None),
            ("\"Auswirkungen der Überwachung durch die GRETA\"", None)],
    aliases={})

# --- EESC newsletter 'EWSA info' ---

CAM_P1 = ("Der Krieg in der Ukraine hat uns auf brutale Art und Weise in Erinnerung gerufen, wozu die EU geschaffen wurde – "
          "um den Frieden in Europa dauerhaft zu bewahren. Leider ist dies in Vergessenheit geraten. Vor allem die junge "
          "Generation hat allmählich das Interesse am europäischen Narrativ vom Frieden verloren. Auf einmal wird uns "
          "wieder bewusst, dass „Frieden die einzige Schlacht ist, die es wert ist, geführt zu werden“, wie Albert Camus es "
          "formulierte. Wir müssen weiter für Veränderungen kämpfen, wo sie erforderlich sind.")

add(id="ho262-eesc-info-2022-03-grusswort-frieden",
    title="Frieden ist die einzige Schlacht, die es wert ist, geführt zu werden",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042022",
    retrieved="same address (the March 2022 issue of 'EWSA info' on eesc.europa.eu; the page header ('Skip to main "
              "content', 'Newsletter Info', 'EWSA info', the English slogan line, 'MARCH 2022 | DE', 'GENERATE NEWSLETTER "
              "PDF', 'Verfügbare Sprachfassungen:' and the 24 language codes) and the section label 'Grußwort' dropped "
              "(rules 14, 93); the headline of the editorial kept as the first line; the teaser paragraph and 'Read more "
              "in all languages' dropped, since the same paragraph opens the editorial and is kept there once; the next "
              "paragraph ('Der russische Überfall auf die Ukraine … Europ'), cut off in the stored copy, and the rest "
              "dropped (rule 15); it holds no quotation mark in the stored part)",
    license=EESC_INFO,
    paras=[CAM_P1],
    quotes=[(cut(CAM_P1, "„Frieden die", "geführt zu werden“"), CAMUS)],
    aliases={CAMUS: ["Albert Camus"]})
