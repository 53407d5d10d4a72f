# Three-hundred-and-twenty-fourth held-out German real-news set (tests/data/heldout324-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1935-1937). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words and
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twenty-fourth held-out set": texts of the German service of the press
# agency Pressenza (pressenza.com/de; CC BY 4.0, constant PZ): page 7 of its region page "Südamerika" (teasers of May 2018),
# the GSoA's statement on the vote on the Kriegsgeschäfte-Initiative (November 2020) and the portrait of the Sea-Watch press
# officer (July 2024). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SANTOS = "Juan Manuel Santos"
TEMER = "Michel Temer"
SCHNEIDER = "Louise Schneider"
KUHN = "Nadia Kuhn"

# --- Pressenza region page "Südamerika", page 7 (teasers of 23-31 May 2018) ---

SA_KOL_H = "Kolumbien wird „globaler Partner“ der Nato"
SA_KOL_T = ("Kolumbiens Präsident Juan Manuel Santos hat am vergangenen Freitag in einer Fernsehansprache über den Eintritt "
            "des südamerikanischen Landes in die Nato informiert. „Wir werden das einzige Land in Lateinamerika mit diesem "
            "Privileg sein“, so der scheidende Präsident. Die Aufnahme Kolumbiens als „globaler Partner“ in das "
            "Militärbündnis wird in dieser Woche…")
SA_AKA_H = "Akademie der Künste in Berlin fordert sofortige Freilassung von Milagro Sala"
SA_AKA_T = ("In Folge ihrer Mitgliederversammlung am 4./5. Mai 2018 meldet sich die Akademie der Künste, eine internationale "
            "Gemeinschaft von über 400 Künstlern, mit einem Offenen Brief zu Wort. Er ist an Edgardo Mario Malaroda "
            "gerichtet, den Botschafter der Republik Argentinien in Berlin, und verurteilt den anhaltenden Hausarrest der…")
SA_BRA_H = "Die Trucker streiken und die Regierung zeigt Schwächen"
SA_BRA_T = ("Brasiliens Präsident Michel Temer muss eine schwere innenpolitische Schlappe hinnehmen. Nachdem Fernfahrer sieben "
            "Tage lang gestreikt hatten und zum Teil für Versorgungsengpässe gesorgt hatten, knickte Temer ein. In der Nacht "
            "zum Montag verkündete er, „praktisch alle“ Forderungen der Fernfahrer erfüllen zu wollen. Konkret kündigte er "
            "an, den Diesel-Preis für…")

add(id="ho324-pz-2018-05-region-suedamerika-seite-7",
    title="Südamerika",
    url="https://www.pressenza.com/de/-/region-de/suedamerika/page/7/",
    retrieved="same address (stored region page, page 7, items of 23-31 May 2018; the region name is the first line (rule "
              "19, as the tag pages of the tenth set); the date line over each item ('31.05.2018', '30.05.2018', "
              "'29.05.2018') and the second copy of each headline (the page shows every headline twice, once as image "
              "link) dropped as page furniture; each teaser keeps its published '…', the link arrow ' »' after it "
              "dropped as furniture; the last item (headline 'Präsident Maduro gewinnt in Venezuela, Herausforderer will "
              "Neuwahl', teaser 'Trotz einer heftigen sozialen und wirtschaftlichen Krise … gegen seinen Widersacher "
              "Henri'), cut off in the stored copy, dropped with its headline (rule 15))",
    license=PZ,
    paras=[SA_KOL_H, SA_KOL_T, SA_AKA_H, SA_AKA_T, SA_BRA_H, SA_BRA_T],
    quotes=[("„globaler Partner“", None, 0),
            ("„Wir werden das einzige Land in Lateinamerika mit diesem Privileg sein“", SANTOS),
            ("„globaler Partner“", None, 1),
            ("„praktisch alle“", TEMER)],
    aliases={SANTOS: ["Juan Manuel Santos", "Kolumbiens Präsident", "der scheidende Präsident"],
             TEMER: ["Michel Temer", "Temer", "Brasiliens Präsident"]})

# --- Pressenza, November 2020: the GSoA on the result of the Kriegsgeschäfte-Initiative ---

KG_P2 = ("Die GSoA und die Jungen Grünen lancierten im Frühjahr 2017 die Sammelphase der Kriegsgeschäfte-Initiative mit einer "
         "spektakulären Aktion. Die langjährige GSoA-Aktivistin Louise Schneider sprayte auf die Bauwand vor der Schweizer "
         "Nationalbank: “Geld für Waffen tötet”. Noch spektakulärer wäre die Annahme der Initiative gewesen. Die Schweiz "
         "hätte damit die Investitionen von Finanzinstituten in Kriegsmaterialproduzenten verboten. Das sehr gute Resultat "
         "für eine Volksinitiative von der GSoA und den Jungen Grünen zeigt aber, dass Handlungsbedarf vorhanden ist. "
         "Konkret fordern wir darum:")
KG_KUHN = ("«Dass eine Initiative von GSoA und Jungen Grünen weit über das eigene politische Lager zu überzeugen vermag, ist "
           "ein grosser Erfolg und zeigt den Handlungsbedarf im Feld der Finanzierung von Kriegsmaterialproduzenten.»")

add(id="ho324-pz-2020-11-kriegsgeschaefte-initiative-gsoa",
    title=None,
    url="https://www.pressenza.com/de/2020/11/friedenspolitische-anliegen-gewinnen-an-zustimmung/",
    retrieved="same address (statement of the GSoA of 29 November 2020 as published by Pressenza; the stored copy begins "
              "with the first body paragraph and shows no headline, so the text has no title line (rules 18, 32); the "
              "three numbered demands kept as three paragraphs with their numbers; the paragraph 'GSoA-Sekretär Jonas "
              "Kampus spricht Klartext:' and the quotation it introduces ('«Im September schrammte die Armee … dass die "
              "bürgerlichen Parteien in der Sicherheits-'), cut off in the stored copy, dropped together (rule 15), so "
              "that no colon cue is left without its quotation)",
    license=PZ,
    paras=["Der Kriegsgeschäfte-Initiative reichte es heute leider nicht zur Annahme. Das gute Resultat ist trotzdem ein "
           "grosser Erfolg. Nach dem Zufallsmehr beim Kampfjet-Referendum erreicht ein weiteres friedenspolitisches "
           "Anliegen ein äusserst gutes Resultat an der Urne. Das zeigt: In der Sicherheits- und Friedenspolitik steht die "
           "Schweizer Bevölkerung linker als Parlament und Bundesrat.",
           KG_P2,
           "1. Das vollständige Verbot der direkten und indirekten Finanzierung von Unternehmen, die verbotenes "
           "Kriegsmaterial (also Streumunition, Antipersonenminen, chemische, biologische und atomare Waffen) herstellen.",
           "2. Die sofortige Ratifikation des Atomwaffenverbotsvertrags durch die Schweiz.",
           "3. Ernsthafte und regelmässige Kontrollen durch das Seco im Bereich der Finanzierung von verbotenem "
           "Kriegsmaterial.",
           "GSoA-Sekretärin Nadia Kuhn zieht ein positives Fazit: " + KG_KUHN],
    quotes=[("“Geld für Waffen tötet”", SCHNEIDER),
            (KG_KUHN, KUHN)],
    aliases={SCHNEIDER: ["Louise Schneider"],
             KUHN: ["Nadia Kuhn"]})

# --- Pressenza, July 2024: the press officer of Sea-Watch ---

add(id="ho324-pz-2024-07-sea-watch-messmer",
    title=None,
    url="https://pressenza.com/de/2024/07/die-mission-von-sea-watch-menschen-vor-dem-tod-im-mittelmeer-retten",
    retrieved="same address (portrait and interview of July 2024; the stored copy begins with the first body paragraph and "
              "shows no headline, so the text has no title line (rules 18, 32); the ninth paragraph ('Bedenken wir auch, "
              "dass die Stimmen für die Rechtse'), cut off in the stored copy, dropped (rule 15))",
    license=PZ,
    paras=["Sea Watch ist eine deutsche NGO, die sich insbesondere mit eigens dafür gecharterten Schiffen an der Rettung "
           "schiffbrüchiger Migrant*innen im Mittelmeer beteiligt. Wir sprachen mit der jungen Deutschen Giulia Messmer, "
           "der Pressesprecherin von Sea Watch.",
           "Nach ihrem Studium der Internationalen Beziehungen in Dresden (Deutschland) und einer Spezialisierung auf "
           "Konfliktmanagement in Stockholm hat sich Giulia Messmer in antifaschistischen und feministischen Bewegungen, "
           "gegen sexuelle Gewalt sowie in der Bewegung „No-Borders“ für ein freies Aufenthaltsrecht engagiert. Dort "
           "lernte sie Menschen kennen, die für Sea Watch arbeiten und engagiert sich dort deshalb ganz folgerichtig seit "
           "etwa zwei Jahren.",
           "Ihre Arbeit umfasst die Kommunikation mit der Presse, sie nimmt aber auch an operativen Einsätzen teil.",
           "Aktuell hat Sea Watch im Mittelmeer zwei Schiffe zur Rettung von Menschen in Not sowie zwei "
           "„Seabird“-Flugzeuge im Einsatz, die permanent die Schiffsbewegungen im Mittelmeer überwachen, "
           "Rechtsverletzungen melden und Kontakt mit den zuständigen Behörden aufnehmen.",
           "Fakt ist – die Politik trägt die Verantwortung für die Toten im Meer! Sea Watch benennt die Verantwortlichkeit "
           "und betreibt mit zahlreichen anderen Organisationen intensive Lobbyarbeit in den politischen Gremien.",
           "Es muss festgestellt werden, dass die europäischen Gesetze scheinheilig sind und in ihren Ausführungen die "
           "Missachtung der Menschenrechte legalisieren. Das neue Parlament kapitalisiert all diese Aktionen und ebnet der "
           "extremen Rechten den Weg.",
           "Aktuell hat sich die extreme Rechte überall in Europa etabliert. Das ruft Angst, aber auch Wut hervor. Es wird "
           "Zeit für eine stärkere Bewegung gegen die Migrationspolitik.",
           "Dafür sind Medien wie Pressenza sehr wichtig, denn sie stellen ein Gegengewicht zu den in den Medien sehr "
           "beachteten Vorstellungen der Rechten dar. Es gilt, Informationen zu verbreiten und Druck auf die Politik "
           "auszuüben."],
    quotes=[("„No-Borders“", None),
            ("„Seabird“", None)],
    aliases={})
