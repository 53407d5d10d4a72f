# Three-hundred-and-sixty-fifth held-out German real-news set (tests/data/heldout365-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2020-2022). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL path, page title and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-sixty-fifth held-out set": two monthly archive pages of the German
# Wikinews main page on the mobile site de.m.wikinews.org (August 2007, November 2010) (licence WN). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete teasers are kept (rules 15, 78), the
# navigation and list bullets are dropped (rules 70, 78), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# The retrieval note shared by the archive pages of the mobile site (as in heldout14_articles.py).
MOBILE = ("stored page of the mobile site: the page title is the first line (rule 18); the navigation 'vorheriger Monat – "
          "nächster Monat' dropped (rule 70); the list bullets '- ' in front of the teasers dropped, each date line and "
          "teaser is its own line (rules 19, 78)")

GADDAFI = "Muammar el Gaddafi"

# --- German Wikinews, main-page archive of November 2010 (mobile site) ---

GAD_P = ("Der libysche Staatschef Muammar el Gaddafi eröffnete das Gipfeltreffen der Europäischen Union und der "
         "Mitgliedsstaaten der Afrikanischen Union am gestrigen 29. November in Tripolis mit der Forderung nach einer "
         "Wirtschaftspartnerschaft „auf Augenhöhe“. Außerdem forderte Gaddafi von den europäischen Regierungen größere "
         "finanzielle und technische Unterstützung bei der Bekämpfung der illegalen Einwanderung von Afrika nach Europa.")

add(id="ho365-wn-archiv-hauptseite-2010-11",
    title="Wikinews:Archiv/Hauptseite/2010/11",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2010/11",
    retrieved="same address (" + MOBILE + "; the headline line of the summit teaser 'EU-Afrika-Gipfel: Gaddafi fordert "
              "von Europa Milliardenhilfen zur Bekämpfung der illegalen Migration', a list item of its own in the stored "
              "copy, kept as its own line (rule 2022); the last teaser of 29 November 2010 'Die Studiengänge für den "
              "Lehrerberuf an der Pädagogischen Hochschule Heidelberg … unzureichenden Studienbedi', cut off in the "
              "stored copy, dropped (rules 15, 78))",
    license=WN,
    paras=["Dienstag, 30. November 2010",
           "Der als Schlichter zwischen Gegnern und Befürwortern des umstrittenen Bahnprojekts Stuttgart 21 eingesetzte "
           "CDU-Politiker Heiner Geißler sprach sich am Dienstagabend im Stuttgarter Rathaus in seinem Schlichterspruch "
           "grundsätzlich für die Weiterführung des Projekts aus. Allerdings machte er verschiedene Auflagen für die "
           "Projektplaner und die politischen Entscheidungsträger zur Voraussetzung einer weiteren Umsetzung des "
           "Bauvorhabens.",
           "Die Parlamentswahlen vom vergangenen Sonntag haben die bisherige Pattsituation zwischen den beiden politischen "
           "Lagern in der ehemaligen Sowjetrepublik östlich Rumäniens verlängert.",
           "Die Europäische Kommission wirft dem Suchmaschinenbetreiber Google Inc. den Missbrauch seiner Marktmacht "
           "gegenüber seinen Konkurrenten vor.",
           "EU-Afrika-Gipfel: Gaddafi fordert von Europa Milliardenhilfen zur Bekämpfung der illegalen Migration",
           GAD_P,
           "Montag, 29. November 2010",
           "Wie seine Familie mitteilte, verstarb der aus Kanada stammende Schauspieler Leslie Nielsen, der vor allem am "
           "Ende seiner Schauspielkarriere durch komödiantische Rollen bekannt geworden war, im Alter von 84 Jahren in "
           "Fort Lauderdale (Florida) an einer Lungenentzündung."],
    # the marked words name the kind of partnership Gaddafi demanded; no verb of saying, the noun `Forderung` carries the
    # attribution to the subject of `eröffnete … mit der Forderung` (rule 2020)
    quotes=[("„auf Augenhöhe“", GADDAFI)],
    aliases={GADDAFI: [GADDAFI, "Gaddafi", "Der libysche Staatschef"]})

# --- German Wikinews, main-page archive of August 2007 (mobile site) ---

add(id="ho365-wn-archiv-hauptseite-2007-08",
    title="Wikinews:Archiv/Hauptseite/2007/08",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2007/08",
    retrieved="same address (" + MOBILE + "; the date line 'Freitag, 31. August 2007' with the empty list heading "
              "'Kurz berichtet:' below it, and the second empty heading 'Kurz berichtet:' of 27 August 2007, dropped "
              "(rule 2021); the headline-only items of 29 and 30 August 2007 kept, each as its own line (rule 2022); the "
              "last teaser of 25 August 2007 'Die Bundesregierung hat sich auf der Klausurtagung im Schloss Meseberg in "
              "Gransee auf ein Klimaschut', cut off in the stored copy, dropped (rules 15, 78))",
    license=WN,
    paras=["Donnerstag, 30. August 2007",
           "Taliban lassen alle südkoreanischen Geiseln in Afghanistan frei",
           "Gewaltverbrechen: 42-Jähriger zu Tode getreten",
           "Taliban lassen zwölf südkoreanische Geiseln in Afghanistan frei",
           "Deutsche Pétanque-Meisterschaften (Boule) in Schüttorf: Alle Titel an die Saar",
           "Unerwartete Wende im Lokführer-Tarifstreit",
           "Rückrufe: Peugeot 307 mit Bremsproblemen – Matsushita zahlt Akkus für Nokiahandys",
           "Mittwoch, 29. August 2007",
           "Kannibalismus: 49-Jähriger in Österreich getötet",
           "Waldbrände: Griechenland ruft Notstand aus – Internationale Hilfe läuft an",
           "Dienstag, 28. August 2007",
           "Am Donnerstag wurde im Gewerbegebiet der seit Anfang des Jahres errichtete Betriebskindergarten "
           "„Saaleknirpse“ der Jenoptik AG feierlich eröffnet.",
           "Montag, 27. August 2007",
           "Die Nachrichtenagentur KCNA berichtete von mindestens 600 Toten oder Vermissten und mehreren tausend "
           "Verletzten beim verheerenden Hochwasser in Nordkorea.",
           "Die diesjährige Rollstuhlbasketball-Europameisterschaft findet vom 23. August bis zum 2. September 2007 in "
           "Wetzlar statt. Das Auftaktspiel Deutschland–Israel (Herren) wurde durch Bundespräsident Horst Köhler "
           "eröffnet.",
           "Der Beginn des Strafprozesses gegen fünf Vietnamesen wegen der so genannten Restaurantmorde von Sittensen vor "
           "dem Landgericht Stade begann am ersten Verhandlungstag gleich mit einer Verschiebung des Terminplanes.",
           "Sonntag, 26. August 2007",
           "Die intensive Suche nach zwei in Island vermissten deutschen Männern wurde heute Morgen abgebrochen. Die "
           "Behörden halten sie nunmehr für tot.",
           "Samstag, 25. August 2007",
           "Am neunten September werden in Guatemala Kommunal-, Parlaments- und Präsidentschaftswahlen stattfinden. Der "
           "Wahlkampf wird von politisch motivierten Morden überschattet."],
    # the name of a company kindergarten is a name in marks (rules 2, 24); KCNA's figures are unmarked (rule 5)
    quotes=[("„Saaleknirpse“", None)],
    aliases={})
