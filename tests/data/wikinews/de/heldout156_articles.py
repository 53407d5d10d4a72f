# Hundred-and-fifty-sixth held-out German real-news set (tests/data/heldout156-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1210-1211). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the
# quotations and an 8-word overlap search against the texts of all sets). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-fifty-sixth held-out set": texts of the Austrian Federal Chancellery of 2008,
# 2009 and 2025: one page of bundeskanzleramt.gv.at (the handover of the Chancellery from Alexander Schallenberg to
# Christian Stocker, March 2025) and two releases on the OTS press-release service (Chancellor Werner Faymann after the
# Ministerrat, March 2009; the state secretary in the Chancellery Andreas Schieder on the release of two Austrian hostages,
# October 2008). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), page furniture is dropped (rules 93, 112), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


FAYMANN = "Werner Faymann"
STOCKER = "Christian Stocker"
SCHALLENBERG = "Alexander Schallenberg"
SCHIEDER = "Andreas Schieder"

# --- Austrian Federal Chancellery: bundeskanzleramt.gv.at, March 2025 ---

UEB_P1 = ("\"Willkommen in deinem neuen Haus. Es ist ein gutes Gefühl, dir dieses Amt übergeben zu dürfen. Deine "
          "Besonnenheit, Geradlinigkeit und Konsequenz ist genau das, was unser Land braucht\", sagte der bisherige "
          "Bundeskanzler Alexander Schallenberg bei der Amtsübergabe an seinen Nachfolger, den neuen Bundeskanzler "
          "Christian Stocker. Nach der Angelobung der neuen Bundesregierung durch Bundespräsident Alexander Van der Bellen "
          "in der Hofburg hatte sich der neue Regierungschef im Bundeskanzleramt eingefunden, um offiziell die "
          "Amtsgeschäfte zu übernehmen.")
UEB_P3 = ("Schallenberg verwies in seiner Rede darauf, dass die nächsten Jahre von großen Herausforderungen geprägt sein "
          "würden. \"Wir haben in den letzten Jahren eine ganze Reihe von Krisen erlebt und eigentlich sollten wir daraus, "
          "wie wir als Republik und Gesellschaft damit umgegangen sind, ein bisschen Vertrauen und Kraft schöpfen. "
          "Österreich ist und bleibt eines der lebenswertesten Länder dieser Welt. Wir sind stark und haben mehr Resilienz, "
          "als wir es uns oft selber zutrauen.\" Es gelte, mehr Glauben daran zu haben, \"wer wir sind, wofür wir stehen "
          "und eintreten\". Es sei ihm \"die größte Ehre\" seines Lebens gewesen, an vorderster Front für Österreich "
          "arbeiten zu dürfen und er werde auch weiterhin \"das rot-weiß -rote Trikot nicht ausziehen\".")

add(id="ho156-bka-2025-03-stocker-schallenberg-amtsuebergabe",
    title="Bundeskanzler Christian Stocker dankt Alexander Schallenberg für Dienst an der Republik in schwierigen Zeiten",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2025/03/"
        "bundeskanzler-christian-stocker-dankt-alexander-schallenberg-fuer-dienst-an-der-republik-in-schwierigen-"
        "zeiten.html",
    retrieved="same address (stored page of March 2025 in the Chancellery's series 'Nachrichten der Bundesregierung'; "
              "headline, subheading and the intermediate heading kept as lines of their own (rules 18, 19, 112); the "
              "published 'rot-weiß -rote' with its stray space kept (rule 20); the last paragraph 'Der Bundeskanzler a. D. "
              "zeigte sich überzeugt davon, … \"gut gerüstet\" sei … \"starke, klar pro-europäische Regierung\". … \"Sie "
              "arbeiten voll', cut off in the stored copy inside its last quotation, dropped with its two complete "
              "quotations (rule 15); Stocker's own speech, announced by the subheading, is not in the stored copy)",
    license=BKA,
    paras=["Amtsübergabe im Bundeskanzleramt – Stocker: \"Es geht jetzt um Rot-Weiß-Rot\"",
           UEB_P1,
           "Schallenberg: \"Österreich ist eines der lebenswertesten Länder der Welt\"",
           UEB_P3],
    quotes=[("\"Es geht jetzt um Rot-Weiß-Rot\"", STOCKER),
            (cut(UEB_P1, "\"Willkommen", "Land braucht\""), SCHALLENBERG),
            ("\"Österreich ist eines der lebenswertesten Länder der Welt\"", SCHALLENBERG),
            (cut(UEB_P3, "\"Wir haben in den letzten", "zutrauen.\""), SCHALLENBERG),
            ("\"wer wir sind, wofür wir stehen und eintreten\"", SCHALLENBERG),
            ("\"die größte Ehre\"", SCHALLENBERG),
            ("\"das rot-weiß -rote Trikot nicht ausziehen\"", SCHALLENBERG)],
    aliases={STOCKER: ["Christian Stocker", "Bundeskanzler Christian Stocker", "Stocker"],
             SCHALLENBERG: ["Alexander Schallenberg", "Bundeskanzler Alexander Schallenberg", "Schallenberg"]})

# --- Austrian Federal Chancellery: releases on OTS, 2009 and 2008 ---

OTS_BKA_NOTE = ("same address (release of {date} on the OTS press-release service under the plain dateline 'Wien (OTS)'"
                "{evidence}{extra})")

HUNDERT_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann berichtete nach der heutigen Ministerratssitzung über die "
              "wirtschaftliche Lage. \"Ich bin stolz, dass die Regierung nach 99 Tagen im Amt nicht nur wichtige "
              "Beschlüsse gefasst hat, sondern auch mit deren Umsetzung begonnen hat.\" Faymann betonte in diesem "
              "Zusammenhang, dass der 100-Milliarden-Schutzschirm für die Banken keine Geschenk sei: \"Es gibt kein Geld "
              "ohne Gegenleistung.\" Sollte eine Bank zahlungsunfähig werden, würde der Staat Anteile erwerben, das hieße "
              "Verstaatlichung. \"Ich bin froh, dass dies in Österreich nicht auf der Tagesordnung steht.\"")
HUNDERT_P3 = ("\"Wir haben rechtzeitig Instrumente geschaffen und sind auf die Krise gut vorbereitet\", versicherte der "
              "Bundeskanzler. Österreich stehe mit einem Verschuldungsgrad von 62,3 Prozent jedenfalls deutlich besser da "
              "als der EU-Durchschnitt und auch besser als der Euro-Raum. Die Arbeitslosigkeit weise die zweitniedrigste "
              "Rate nach den Niederlanden auf, ebenso verhalte es sich mit der Jugendarbeitslosigkeit. Die jüngst "
              "veröffentlichten Anstiege der Arbeitslosenraten bezögen sich auf das Vorjahr, im Vergleich zum Vormonat sei "
              "die Beschäftigung aber sogar wieder angestiegen. \"Doch jeder einzelne Arbeitslose ist einer zuviel und "
              "bereitet mir große Sorgen!\" sagte Faymann. Die Konjunkturpakete sehen daher auch eine zusätzliche "
              "Milliarde für die Arbeitsmarktpolitik vor.")

add(id="ho156-bka-ots-2009-03-10-faymann-hundert-tage",
    title="Die ersten 100 Tage der Regierung Faymann: Stolz auf Teamgeist und auf Rüstzeug für weitere Maßnahmen",
    url="https://www.ots.at/presseaussendung/OTS_20090310_OTS0221/die-ersten-100-tage-der-regierung-faymann-stolz-auf-"
        "teamgeist-und-auf-ruestzeug-fuer-weitere-massnahmen",
    retrieved=OTS_BKA_NOTE.format(
        date="10 March 2009",
        evidence=", reporting the Chancellor's statement after the Ministerrat (the Pressefoyer report, rules 111, 116); "
                 "the sender line is not in the stored copy, the release is taken as the Chancellery's",
        extra="; the published 'keine Geschenk', 'Beteilungen' and 'zuviel' kept (rule 20); the last paragraph "
              "('Dennoch sei das Budget sparsam geschnürt und lasse weitere Spielräume zu, falls es nötig sein sollte, "
              "neue Maßnahmen zur Konjunkturbelebung zu'), cut off in the stored copy, dropped (rule 15)"),
    license=BKA,
    paras=[HUNDERT_P1,
           "Derzeit sei für Bundeshaftungen der Betrag von 10 Milliarden für die Volksbank, die RZB und die "
           "Kommunalkredit bereit gestellt worden. Für die Stärkung ihres Eigenkapitalanteils wurden der Hypo Alpe Adria "
           "und der Erste Bank 2,8 Milliarden zugesagt, davon wurden 1,9 Milliarden bereits ausgezahlt. Die Verzinsung für "
           "diese Beteilungen betragen über 8 Prozent.",
           HUNDERT_P3],
    quotes=[(cut(HUNDERT_P1, "\"Ich bin stolz", "begonnen hat.\""), FAYMANN),
            ("\"Es gibt kein Geld ohne Gegenleistung.\"", FAYMANN),
            ("\"Ich bin froh, dass dies in Österreich nicht auf der Tagesordnung steht.\"", FAYMANN),
            ("\"Wir haben rechtzeitig Instrumente geschaffen und sind auf die Krise gut vorbereitet\"", FAYMANN),
            ("\"Doch jeder einzelne Arbeitslose ist einer zuviel und bereitet mir große Sorgen!\"", FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "der Bundeskanzler"]})

GEISEL_P1 = ("Wien (OTS) - Froh und erleichtert zeigte sich Staatssekretär im Bundeskanzleramt, Andreas Schieder, am Freitag "
             "angesichts der Nachricht über die Befreiung von Andrea Kloiber und Wolfgang Ebner. \"Es freut mich, dass die "
             "Angehörigen, die in den schweren letzten Monaten nie die Hoffnung und die Geduld verloren haben, nun endlich "
             "die ersehnte positive Botschaft der Freilassung erhalten haben\", so Schieder.")
GEISEL_P2 = ("Der Staatssekretär bedankte sich auch bei allen Stellen, die seit dem Bekanntwerden der Entführung unermüdlich "
             "und mit großer Konsequenz an der Befreiung der beiden Österreicher gearbeitet haben. \"Dank gilt in diesem "
             "Zusammenhang Bundeskanzler Alfred Gusenbauer, Außenministerin Ursula Plassnik, Verteidigungsminister Norbert "
             "Darabos und Innenministerin Maria Fekter sowie allen Mitarbeiterinnen und Mitarbeitern der Ressorts "
             "insbesondere der österreichischen Diplomatie, die zu dieser Lösung beigetragen haben.\"")

add(id="ho156-bka-ots-2008-10-31-schieder-geiseln",
    title="Schieder: Froh, dass österreichische Geiseln wieder frei sind",
    url="https://www.ots.at/presseaussendung/OTS_20081031_OTS0264/schieder-froh-dass-oesterreichische-geiseln-wieder-"
        "frei-sind",
    retrieved=OTS_BKA_NOTE.format(
        date="31 October 2008",
        evidence="; the stored copy keeps the contact block, which names the press spokesman of the 'Büro des "
                 "Staatssekretärs für Öffentlichen Dienst und Verwaltungsreform' with a telephone number of the "
                 "Chancellery's exchange (01-53115), and the release speaks for the state secretary in the Chancellery, "
                 "so it is the Chancellery's (rules 111, 116, 1210)",
        extra="; the subtitle kept as its own line (rule 18); the OTS marker '****' after the first paragraph (rule 460), "
              "the end mark '(Schluss)', the contact block and the OTS footer dropped (rule 48); complete in the stored "
              "copy"),
    license=BKA,
    paras=["Dank an alle, die sich in den vergangenen Monaten unermüdlich für Befreiung der beiden Österreicher eingesetzt "
           "haben",
           GEISEL_P1,
           GEISEL_P2],
    quotes=[(cut(GEISEL_P1, "\"Es freut mich", "erhalten haben\""), SCHIEDER),
            (cut(GEISEL_P2, "\"Dank gilt", "beigetragen haben.\""), SCHIEDER)],
    aliases={SCHIEDER: ["Andreas Schieder", "Staatssekretär im Bundeskanzleramt, Andreas Schieder", "Schieder",
                        "Der Staatssekretär"]})
