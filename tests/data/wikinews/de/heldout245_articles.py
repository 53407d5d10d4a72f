# Two-hundred-and-forty-fifth held-out German real-news set (tests/data/heldout245-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rule of this set, 1710). None of these pages
# is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases against the texts of all
# sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-forty-fifth held-out set": texts of the European Commission: a news
# item of the Representation in Germany (ec.europa.eu/germany, May 2018, Vice-President Katainen's visit to Berlin). Only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and the retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- ec.europa.eu/germany: news of the Representation in Germany, 2018 ---

add(id="ho245-eucom-2018-05-katainen-berlin",
    title="Katainen trifft Bundesminister in Berlin",
    url="https://ec.europa.eu/germany/news/20180522-katainen-berlin_de",
    retrieved="same address (stored page of the Representation in Germany, news of 22.05.2018; the site header "
              "'Vertretung in Deutschland' and the date line '22/05/2018' between the first and second paragraphs "
              "dropped as furniture (rule 14); the contact lines 'Pressekontakt: Reinhard Hönighaus, …' and 'Anfragen von "
              "Bürgerinnen und Bürgern beantwortet das Team des Besucherzentrums ERLEBNIS EUROPA …' dropped (rule 14); the "
              "double space in '16 Uhr  live' and the slip 'Vizepräsidentin Katainen' kept as stored (rule 20))",
    license=EU,
    paras=["Vizepräsident Jyrki Katainen, zuständig für Beschäftigung, Wachstum, Investitionen und "
           "Wettbewerbsfähigkeit, ist heute (Dienstag) in Berlin zu politischen Gesprächen mit den Bundesministern Olaf "
           "Scholz, Ursula von der Leyen und Helge Braun. Es geht um die Zukunft Europas, Verteidigung, Investitionen, "
           "Wettbewerbsfähigkeit, die Vertiefung der Wirtschafts- und Währungsunion und den neuen mehrjährigen "
           "Finanzrahmen für 2021-2027. Außerdem wird er an einem Bürgerdialog über die Zukunft Europas und globale "
           "Megatrends teilnehmen, der ab 16 Uhr  live auf unserer Facebook-Seite übertragen wird.",
           "Vizepräsident Katainen spricht mit Bundesfinanzminister Olaf Scholz über den neuen mehrjährigen "
           "Finanzrahmen und die Vertiefung der Wirtschafts- und Währungsunion, mit Bundesverteidigungsministerin "
           "Ursula von der Leyen über die Zukunft der europäischen Verteidigung sowie mit Bundeskanzleramtschef Helge "
           "Braun über die Zukunft Europas.",
           "Im Verteidigungsministerium wird der Vizepräsident eine Rede halten und an einer kurzen Fragestunde zum "
           "Europäischen Aktionsplan für eine Verteidigungsunion mit hohen Beamten des Verteidigungsministeriums "
           "teilnehmen. Schließlich wird Vizepräsidentin Katainen an einem Bürgerdialog in der Dauerausstellung "
           "„Erlebnis Europa“ in Berlin teilnehmen, um über das Europa von morgen und die globalen Megatrends zu "
           "diskutieren."],
    quotes=[("„Erlebnis Europa“", None)],
    aliases={})
