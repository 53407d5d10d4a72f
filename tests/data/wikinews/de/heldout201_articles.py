# Two-hundred-and-first held-out German real-news set (tests/data/heldout201-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1470-1472). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers' names and
# a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and
# of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-first held-out set": German texts of Council of Europe bodies other
# than the portal's main news desk, on coe.int/de: the Venice Commission (the Secretary General's address to its plenary,
# 2019), the Committee of Ministers' chairmanship pages (the United Kingdom's chairmanship, David Cameron's speech of
# 2012, and the Georgian chair's statement for the International Day for the Elimination of Racial
# Discrimination, 2020, on ECRI), the Youth Department (the Youth Action Week for fifty years of the youth sector, 2022) and GRECO (its
# twenty-fifth anniversary, 2024) (licence COE: excerpts of under 500 words, unchanged, with the Council of Europe
# credited). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), and each retrieval note names what was dropped. One multi-paragraph statement with an unmarked middle paragraph
# (Zalkaliani) is annotated one quotation per paragraph (rules 46, 935).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"

# --- Venice Commission: the Secretary General's address to the plenary session, 11 October 2019 ---

VC_P1 = ("In einer Rede vor dem Expertenausschuss des Europarates für verfassungsrechtliche Angelegenheiten – der "
         "Venedig-Kommission – hat Generalsekretärin Marija Pejčinović Burić dessen Arbeit als „eine wichtige Säule der "
         "europäischen Rechtsarchitektur“ gewürdigt.")
VC_P2 = ("Pejčinović Burić richtete sich an die 62 Mitglieder der Kommission und die weiteren Teilnehmenden im Rahmen einer "
         "Plenarsitzung, von denen jährlich vier stattfinden. Sie betonte, dass die Venedig-Kommission durch ihre weithin "
         "respektierten Gutachten eine „Schlüsselrolle“ bei der Sicherung der Rechtsstaatlichkeit spiele.")
VC_P3 = ("Die Generalsekretärin rief zudem alle Länder, die dies noch nicht getan haben, dazu auf, das Übereinkommen des "
         "Europarates zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt – auch bekannt als "
         "„Istanbul-Konvention“ – zu ratifizieren; eines der Gutachten auf der heutigen Tagesordnung betraf im Übrigen die "
         "verfassungsrechtlichen Auswirkungen der Ratifizierung der Istanbul-Konvention durch Armenien.")
VC_P4 = ("„In jenen Ländern, die das Übereinkommen ratifiziert und umgesetzt haben, erwiesen sich die Befürchtungen über die "
         "Folgen als unbegründet, vielmehr werden die tatsächlichen und potenziellen Opfer – hauptsächlich Frauen – besser "
         "betreut und geschützt“, teilte sie der Venedig-Kommission mit.")

add(id="ho201-coe-2019-10-buric-venedig-kommission",
    title="Generalsekretärin des Europarates hält Rede vor Venedig-Kommission",
    url="https://coe.int/de/web/portal/-/council-of-europe-secretary-general-addresses-venice-commission?p_l_back_url="
        "%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D108",
    retrieved="same address (news item of 11 October 2019 on the Venice Commission's plenary session; the link word "
              "'Zurück' before the heading and the two image-caption lines 'EU-Kommissar Johannes Hahn, die "
              "Generalsekretärin des Europarates, Marija Pejčinović Burić, und der Präsident der Venedig-Kommission, "
              "Gianni Buquicchio' dropped (rule 93); the footer line 'Generalsekretärin Straßburg 11. Oktober 2019', the "
              "page's French buttons ('Diminuer la taille du texte', 'Augmenter la taille du texte', 'Imprimer la page') "
              "and the links 'Events', 'Follow us', 'Galerie', 'galleries link', 'Facebook', 'Twitter' dropped; complete "
              "as stored)",
    license=COE,
    paras=[VC_P1, VC_P2, VC_P3, VC_P4],
    quotes=[("„eine wichtige Säule der europäischen Rechtsarchitektur“", BURIC),
            ("„Schlüsselrolle“", BURIC),
            ("„Istanbul-Konvention“", None),
            (cut(VC_P4, "„In jenen Ländern", "geschützt“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Pejčinović Burić",
                     "Generalsekretärin"]})

# --- Committee of Ministers, chairmanship of the United Kingdom: David Cameron at PACE, 25 January 2012 ---

CAM_P1 = ("Der britische Premierminister David Cameron hat heute vor den Abgeordneten erklärt, die 47 Mitgliedsstaaten des "
          "Europarates hätten „die einmalige Gelegenheit\", die Sache der Menschrechte, Freiheit und Menschenwürde "
          "voranzubringen.")
CAM_P2 = ("„Im Interesse der 800 Millionen Europäer, in deren Dienst der Gerichtshof steht, müssen wir den Gerichtshof "
          "reformieren, damit er seiner ursprünglichen Aufgabe treu bleibt\", so Cameron vor der Versammlung.")
CAM_P3 = ("„Darin sind sich die 47 Mitgliedsstaaten einig, und es wurde bereits viel erreicht. Nun wollen wir unseren "
          "Vorsitz dazu nutzen, diese Arbeit voranzutreiben. Dies ist der richtige Zeitpunkt für Reformen – Reformen, die "
          "pragmatisch und sinnvoll sind und das Ansehen des Gerichtshofs weiter steigern.\"")

add(id="ho201-coe-2012-01-25-cameron-gerichtshof-reform",
    title="25.01.2012 - David Cameron plädiert für eine Reform des Europäischen Gerichtshofs für Menschenrechte",
    url="https://www.coe.int/de/web/portal/cm-chairmanship-united-kingdom/-/asset_publisher/JaU4FbF8dw9k/content/"
        "25-01-2012-uk-s-cameron-makes-case-for-human-rights-court-reform?inheritRedirect=false&redirect=https%3A%2F%2F"
        "www.coe.int%2Fde%2Fweb%2Fportal%2Fcm-chairmanship-united-kingdom%3Fp_p_id%3D101_INSTANCE_JaU4FbF8dw9k%26p_p_"
        "lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26p_p_col_id%3Dcolumn-2%26p_p_col_count%3D1",
    retrieved="same address (item of 25 January 2012 on the chairmanship page of the Committee of Ministers; the page's "
              "section heading 'Vorsitz im Ministerkomitee' and the teaser box of another item above the article "
              "('Albanien übernimmt den Vorsitz vom Vereinigten Königreich' with its two paragraphs, ending '(weiter...)') "
              "dropped as page furniture (rule 1470); the link word 'Zurück' before the heading dropped (rule 93); the "
              "date prefix of the heading kept (rule 20); the links 'Rede', 'Video der Rede' and 'Blog des Europarates - "
              "Weitere Informationen' after the text dropped; the mixed marks „…\" and the misspelling 'Menschrechte' "
              "kept as published (rule 20))",
    license=COE,
    paras=[CAM_P1, CAM_P2, CAM_P3],
    quotes=[("„die einmalige Gelegenheit\"", "David Cameron"),
            (cut(CAM_P2, "„Im Interesse", "treu bleibt\""), "David Cameron"),
            (CAM_P3, "David Cameron")],
    aliases={"David Cameron": ["David Cameron", "Der britische Premierminister David Cameron", "Cameron"]})

# --- Youth Department: opening of the Youth Action Week, fifty years of the youth sector (2022) ---

YAW_P1 = ("Bei der Eröffnung der Jugendaktionswoche in Straßburg, einer bedeutenden Veranstaltung anlässlich des 50-jährigen "
          "Bestehens des Jugendsektors des Europarates, hat die Generalsekretärin des Europarates, Marija Pejčinović Burić, "
          "junge Menschen dazu aufgerufen, sich weiter für die Wiederbelebung der Demokratie und die Bekämpfung der neuen "
          "Bedrohungen für die Menschenrechte, Demokratie und Rechtsstaatlichkeit einzusetzen, darunter im Zusammenhang mit "
          "dem anhaltenden Militärangriff Russlands auf die Ukraine.")
YAW_P2 = ("„Diese Woche werden Ideen und Beispiele entstehen, die sowohl für den Europarat als auch für alle Länder auf "
          "unserem Kontinent eine Inspirationsquelle darstellen werden“, erklärte Pejčinović Burić vor den rund 450 "
          "Teilnehmenden der Jugendaktionswoche und stellte fest, dass ihre Empfehlungen als Ergebnis der Woche „gehört "
          "werden, da sie zu einem wichtigen Zeitpunkt gegeben werden, der von der Rückkehr von Populismus und Nationalismus "
          "auf unserem Kontinent geprägt ist.“")

add(id="ho201-coe-2022-buric-jugendaktionswoche",
    title=None,
    url="https://coe.int/de/web/portal/-/young-people-should-stand-up-against-populism-nationalism-and-extremism-that-risk-"
        "silencing-their-voices-says-secretary-general?p_l_back_url=%2Fit%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26"
        "start%3D10",
    retrieved="same address (news item of 2022 on the opening of the Youth Action Week for the fiftieth anniversary of the "
              "Council of Europe's youth sector; no headline in the stored copy (rules 18, 32); the third paragraph ('„Sie "
              "drohen, Eure Stimme zum Schweigen zu bringen“, warnte sie … und der Anpassung seiner Tätigkeiten an die sich "
              "ver'), cut off in the stored copy, dropped with its quotations (rule 15))",
    license=COE,
    paras=[YAW_P1, YAW_P2],
    quotes=[(cut(YAW_P2, "„Diese Woche", "darstellen werden“"), BURIC),
            (cut(YAW_P2, "„gehört", "geprägt ist.“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin des Europarates"]})

# --- GRECO: twenty-five years of the Group of States against Corruption, June 2024 ---

GR_P4 = ("Anlässlich ihres 25-jährigen Bestehens veranstaltete die GRECO am 20. Juni während ihrer Plenarsitzung in "
         "Straßburg eine Sondersitzung, um eine Bilanz ihrer Ergebnisse zu ziehen und die künftigen Fragen bei der Verhütung "
         "und Bekämpfung von Korruption zu untersuchen. In seiner Rede bei der GRECO-Plenarsitzung sagte der Stellvertretende "
         "Generalsekretär, Bjørn Berge: „Seit nunmehr einem Vierteljahrhundert stellen die Überwachungsberichte der GRECO den "
         "Kern dessen, was die Funktionsweise des Staates ausmacht, auf den Prüfstand. Und die Folgeberichte zeichnen sich "
         "durch eine ständige Beharrlichkeit aus, mit der die Mitglieder an ihre Verpflichtungen erinnert werden. Für die "
         "Zukunft ist es wichtig, dass die GRECO weiterhin ein hohes Maß an Kontrolle und Erwartungen an ihre Mitglieder "
         "beibehält.“")

add(id="ho201-coe-2024-06-greco-25-jahre",
    title="GRECO: 25 Jahre Unterstützung der Staaten bei der Korruptionsbekämpfung",
    url="https://coe.int/ru/c/portal/update_language?languageId=de_DE&p_l_id=8610431&redirect=%2Fru%2Fweb%2Fportal%2F-%2F"
        "greco-25-years-helping-states-to-combat-corruption",
    retrieved="same address (news item of June 2024, the German version reached through the portal's language switch; "
              "the link word 'Zurück' before the heading dropped and the heading, which the stored copy repeats on the "
              "next line, kept once (rule 93); the fifth paragraph ('Die Pr'), cut off in the stored copy, dropped (rule "
              "15))",
    license=COE,
    paras=["Die Staatengruppe gegen Korruption (GRECO) des Europarates begeht 2024 ihr 25-jähriges Bestehen. Seit ihrer "
           "Gründung im Jahr 1999 ist die GRECO eine treibende Kraft der Korruptionsbekämpfung in ihren Mitgliedsstaaten, zu "
           "denen heute die 46 Mitgliedsstaaten des Europarates, die Vereinigten Staaten von Amerika und Kasachstan "
           "gehören.",
           "Im Laufe der Jahre hat die GRECO die Fähigkeit ihrer Mitglieder zur Korruptionsbekämpfung verbessert, indem sie "
           "die Einhaltung von Korruptionsbekämpfungsnormen überwacht und ihnen hilft, Mängel in der innerstaatlichen "
           "Korruptionsbekämpfungspolitik zu erkennen und zu beheben. Sie hat gesetzgeberische, institutionelle und "
           "praktische Reformen in Bereichen wie zum Beispiel der Kriminalisierung von Korruptionstatbeständen, der "
           "Transparenz von Parteienfinanzierung und der Korruptionsprävention unter Abgeordneten, in der Richter- und "
           "Staatsanwaltschaft, unter Personen, die hohe Exekutivfunktionen der Zentralregierungen bekleiden, und in der "
           "Polizei angeregt.",
           GR_P4],
    quotes=[(cut(GR_P4, "„Seit nunmehr", "beibehält.“"), "Bjørn Berge")],
    aliases={"Bjørn Berge": ["Bjørn Berge", "Stellvertretende Generalsekretär", "Stellvertretende Generalsekretär, Bjørn "
                             "Berge"]})

# --- Committee of Ministers chair: statement for the International Day for the Elimination of Racial Discrimination ---

ZAL_P1 = "“Der 21. März ist der Internationale Tag für die Abschaffung der Rassendiskriminierung."
ZAL_P2 = ("Der Europarat kann stolz darauf sein, die Europäische Kommission gegen Rassismus und Intoleranz (ECRI) ins Leben "
          "gerufen zu haben. Über die letzten 25 Jahre hat das ECRI ohne Unterlass daran gearbeitet, die Gleichberechtigung "
          "zu fördern und die Diskriminierung zu bekämpfen. Rassismus, Diskriminierung und Intoleranz führten zur Spaltung "
          "der Gesellschaft, zur Ausgrenzung der Verletzbarsten und zur Verbreitung von Hass. In dieser sehr schwierigen Zeit "
          "auf unserem Kontinent und auf der Welt müssen wir trotz allem geeint bleiben, über die Unterschiede hinaus, damit "
          "wir über die aktuelle Krise hinwegkommen.")
ZAL_P3 = ("In diesem Zusammenhang ist es überaus wichtig, ECRIs wertvolle Empfehlungen zu bedenken. Ich möchte die "
          "Mitgliedstaaten dazu aufrufen – so wie es das Ministerkomitee im vergangenen Oktober getan hat, ein effizientes "
          "System einzuführen, damit die Umsetzung dieser Empfehlungen gewährleistet ist.“")
ZAL_P4 = "Erklärung von David Zalkaliani, Vorsitzender des Ministerkomitees, Aussenminister von Georgien"

add(id="ho201-coe-2020-03-21-zalkaliani-ecri-rassendiskriminierung",
    title=None,
    url="https://coe.int/de/web/portal/-/international-day-for-the-elimination-of-racial-discrimination-statement-by-"
        "david-zalkaliani-president-of-the-committee-of-ministers-minister-for-fore?p_l_back_url=%2Fru%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D100%26start%3D19",
    retrieved="same address (statement of the Chair of the Committee of Ministers for 21 March 2020, ECRI's twenty-fifth "
              "year; no headline in the stored copy (rules 18, 32); the statement of three paragraphs and its signature "
              "line 'Erklärung von David Zalkaliani, …' kept complete as stored (rule 1472); the opening mark “ (not „), "
              "the spelling 'Aussenminister' and the unclosed dash pair '– so wie es … getan hat,' kept as published (rule "
              "20))",
    license=COE,
    paras=[ZAL_P1, ZAL_P2, ZAL_P3, ZAL_P4],
    quotes=[(ZAL_P1, "David Zalkaliani"),
            (ZAL_P2, "David Zalkaliani"),
            (ZAL_P3, "David Zalkaliani")],
    aliases={"David Zalkaliani": ["David Zalkaliani", "Vorsitzender des Ministerkomitees"]})
