# Sixty-first held-out German real-news set (tests/data/heldout61-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 420). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text
# against all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: a news item of the Austrian Federal Chancellery (bundeskanzleramt.gv.at, 2020), a Parlamentskorrespondenz
# release of 2019 on OTS and a news item of parlament.gv.at of 2019 on the change of the Bundesrat's presidency. Stored
# copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Bundeskanzleramt: news item of bundeskanzleramt.gv.at ---

RAAB = "Susanne Raab"
RAAB_P3 = ("Beim Austausch mit Annette Widmann-Mauz, der Beauftragten der deutschen Bundesregierung für Migration, "
           "Flüchtlinge und Integration, standen insbesondere die Herausforderungen bei der Integration von Frauen im "
           "Mittelpunkt. Susanne Raab hielt dazu fest: \"Für mich war immer schon klar, dass Frauen als Integrationsmotoren "
           "eine Schlüsselrolle im Integrationsprozess einnehmen. Als Vorbilder für die nächste Generation, also für unsere "
           "Kinder, haben sie einen entscheidenden Einfluss darauf, ob die Integration in unsere Gesellschaft gelingt. Als "
           "Frauen- und Integrationsministerin werde ich zukünftig einen besonderen Schwerpunkt auf die Förderung des "
           "Integrationsprozesses von Frauen legen.\"")
RAAB_P5 = ("\"In Österreich verstehen wir Integration als beidseitigen Prozess unter dem Motto 'Fördern und Fordern': Denn es "
           "zählt nicht, woher jemand kommt, sondern was sie oder er bereit ist, in Österreich zu leisten\", so die "
           "Integrationsministerin anlässlich ihres Gesprächs mit Horst Seehofer. Der deutsche Innenminister bekräftigte, "
           "dass Deutschland und Österreich vor ähnlichen Herausforderungen stünden. Beide Länder würden für eine "
           "Integrationspolitik des Förderns und Forderns eintreten und sich auf diesem Weg durch die bisherigen positiven "
           "Erfahrungen bestärkt sehen.")

add(id="ho61-bka-2020-raab-berlin",
    title="Bundesministerin Raab: \"Integration ist ein zweiseitiger Prozess\"",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2020/"
        "bundesministerin-raab-integration-ist-ein-zweiseitiger-prozess.html",
    retrieved="same address (stored news item of 2020 on the integration minister's first trip abroad; the subtitle and the "
              "subheading 'Enge Zusammenarbeit im Kampf gegen Extremismus' kept as lines of their own (rule 18); the last "
              "paragraph 'Zu den ebenfalls thematisierten Maßnahmen im Kampf gegen extremistische Tendenzen, wi…', cut off "
              "in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Erste Auslandsreise führt Integrationsministerin nach Berlin – Treffen mit Ministern Seehofer und Widmann-Mauz",
           "Susanne Raab, Bundesministerin für Frauen und Integration im Bundeskanzleramt, ist im Rahmen ihrer ersten "
           "Auslandsreise mit dem deutschen Innenminister Horst Seehofer und ihrer Amtskollegin im Kanzleramt, Annette "
           "Widmann-Mauz, in Berlin zusammengetroffen. Bei den Arbeitsgesprächen der Ministerin wurden aktuelle "
           "Entwicklungen in der Integrationspolitik Österreichs und Deutschlands thematisiert.",
           RAAB_P3,
           "Enge Zusammenarbeit im Kampf gegen Extremismus",
           RAAB_P5],
    quotes=[("\"Integration ist ein zweiseitiger Prozess\"", RAAB),
            (cut(RAAB_P3, "\"Für mich", "von Frauen legen.\""), RAAB),
            (cut(RAAB_P5, "\"In Österreich", "zu leisten\""), RAAB)],
    aliases={RAAB: ["Susanne Raab", "Bundesministerin Raab", "Raab", "Ministerin", "Integrationsministerin",
                    "die Integrationsministerin", "Bundesministerin für Frauen und Integration im Bundeskanzleramt"]})

# --- Parlamentskorrespondenz on OTS ---

APPE = "Ingo Appé"
APPE_P1 = ("Wien (PK) - Mit einem Appell, trotz emotional geführter Debatten respektvoll miteinander umzugehen, leitete "
           "Bundesratspräsident Ingo Appé seine Abschiedsrede am Beginn der heutigen Sitzung der Länderkammer ein. Diskussion "
           "in der Sache gehöre genauso zur Demokratie wie die Suche nach dem Konsens. \" Gespräche müssen auf Augenhöhe "
           "geführt werden, nur dann können wir gemeinsam zum Wohle unseres Landes tätig sein\", so Appé.")
APPE_P2 = ("Der Bundesratspräsident brach einmal mehr eine Lanze für das Zweikammersystem. \"Eine gut funktionierende "
           "Demokratie benötigt ein Zweikammersystem wie es in vielen Staaten der Welt unter Beweis gestellt wird. Die "
           "doppelte Beratung in beiden Kammern durch verschiedene Personen trägt zudem zu nicht übereilten, wohlüberlegten "
           "und damit zu konsensfähigeren Beschlüssen bei.\" Als eine wesentliche aktuelle Herausforderung sieht Appé für "
           "die Politik, das Vertrauen der Menschen wieder zu gewinnen. Dazu sei es wichtig, ihnen zuzuhören, Erkenntnisse "
           "zu gewinnen und daraus politische Entscheidungen für die Bevölkerung zu treffen. Die Anfang dieser Woche im "
           "Palais Epstein stattgefundene Buchpräsentation \"Machtmensch. Spielregeln für den Weg an die Spitze\" des "
           "Kärntners Heinz Ortner habe aktueller nicht sein können, sagte Appé. Der Autor zeige darin auf, dass Macht und "
           "Menschen zusammengehören und vermittle Spielregeln, wie Erfolg an der Spitze gelingen kann.")

add(id="ho61-ots-2019-06-19-appe-abschiedsrede",
    title="BR-Präsident Appé appelliert, respektvoll miteinander umzugehen und Gespräche auf Augenhöhe zu führen",
    url="https://www.ots.at/presseaussendung/OTS_20190619_OTS0102/"
        "br-praesident-app-appelliert-respektvoll-miteinander-umzugehen-und-gespraeche-auf-augenhoehe-zu-fuehren",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz of 19 June 2019; the date line ' date "
              "2019-06' dropped (rule 93); the subtitle 'Appé: Eine gut funktionierende Demokratie benötigt ein "
              "Zweikammersystem' kept as a line of its own (rule 18); the paragraph 'Der Bundesrat sei mehr als eine Brücke "
              "… Neben Lä', cut off in the stored copy, dropped with the subheading 'Schutz des Trinkwassers vor "
              "Privatisierung ist heute allgemeiner Konsens' left dangling before it (rule 15); the space after the opening "
              "mark of the first quotation kept as stored (rule 20))",
    license=PK,
    paras=["Appé: Eine gut funktionierende Demokratie benötigt ein Zweikammersystem",
           APPE_P1,
           APPE_P2],
    quotes=[(cut(APPE_P1, "\" Gespräche", "tätig sein\""), APPE),
            (cut(APPE_P2, "\"Eine gut", "Beschlüssen bei.\""), APPE),
            ("\"Machtmensch. Spielregeln für den Weg an die Spitze\"", None)],
    aliases={APPE: ["Ingo Appé", "Bundesratspräsident Ingo Appé", "Appé", "Der Bundesratspräsident", "BR-Präsident Appé"]})

# --- parlament.gv.at: news item on the change of the Bundesrat's presidency ---

add(id="ho61-parl-2019-01-vorsitzwechsel-kaernten",
    title="Kärnten hat mit 1. Jänner Vorsitz im Bundesrat übernommen",
    url="https://www.parlament.gv.at/PAKT/AKT/SCHLTHEM/SCHLAG/J2019/001BR_Vorsitzwechsel.shtml",
    retrieved="same address (stored news item of parlament.gv.at of January 2019; the cookie notice 'HINWEISE ZU COOKIES … "
              "Analyse-Cookies erlauben', the search and share lines ('Suche', 'Seite … teilen', 'Copy to Clipboard Facebook "
              "Twitter WhatsApp E-Mail', 'Diese Seite als Lesezeichen hinzufügen') and the trailing 'Weitere Informationen:' "
              "dropped (rule 93); the typo 'zwsichen' kept as stored (rule 20))",
    license=PK,
    paras=["Das Land Kärnten hat mit 1. Jänner 2019 turnusmäßig den Vorsitz im Bundesrat übernommen. Bundesrat Ingo Appé "
           "(SPÖ) folgte der Burgenländerin Inge Posch-Gruska an der Spitze der Länderkammer des österreichischen "
           "Parlaments. Appé ist seit 2002 Bürgermeister der Gemeinde Ferlach und gehört dem Bundesrat seit April letzten "
           "Jahres an. Den Schwerpunkt seiner Präsidentschaft will er auf das Thema \"Trinkwasserschutz\" legen. Als "
           "Vizepräsidenten stehen ihm der Vorarlberger Magnus Brunner (ÖVP) und der Steirer Hubert Koller (SPÖ) zur Seite.",
           "Der Vorsitz im Bundesrat wechselt halbjährlich zwsichen den Bundesländern in alphabetischer Reihenfolge. "
           "Parallel zum Bundesrat hat Kärnten auch den Vorsitz in der Landeshauptleutekonferenz inne."],
    quotes=[("\"Trinkwasserschutz\"", None)],
    aliases={})
