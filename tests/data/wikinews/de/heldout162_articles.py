# Hundred-and-sixty-second held-out German real-news set (tests/data/heldout162-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1240-1241). None of these
# pages is in any tests/data/*.jsonl (checked by URL and IP number against every source/url field and every address named in
# the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the
# quotations and an 8-word overlap search against the texts of all sets). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-sixty-second held-out set": texts of the European Commission of 2010-2020:
# two news items of the Commission's Representation in Austria (ec.europa.eu/austria, 2012: Commissioner Johannes Hahn in
# Burgenland, research Commissioner Máire Geoghegan-Quinn in Vienna), a news item of Commissioner Hahn's site of the 2010-2014
# Commission (Europe Day 2013 in Vienna and Linz), two German IP press releases of the Commission's press-release database
# (IP/10/334 on 25 years of the European Capital of Culture, IP/14/584 on the first Natura 2000 awards) and a news item of the
# Representation in Germany (August 2020, Rijeka and Galway to stay Capitals of Culture until 2021). Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped
# (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


HAHN = "Johannes Hahn"
GQ = "Máire Geoghegan-Quinn"
BARROSO = "José Manuel Barroso"
VASSILIOU = "Androulla Vassiliou"
POTOCNIK = "Janez Potočnik"
SCHINAS = "Margaritis Schinas"
GABRIEL = "Mariya Gabriel"

# --- Commissioner Hahn's site of the 2010-2014 Commission: Europe Day 2013 ---

EUTAG_P3 = ("Der Kommissar erklärte das neue Konzept der Regionalpolitik als das Hauptinvestitionsinstrument der EU. Er wies "
            "darauf hin, dass die Regionalpolitik im neuen Finanzierungszeitraum noch einen wichtigeren Beitrag zum Kampf "
            "gegen die Arbeitslosigkeit leisten werde. „50 % des Budgets der Regionalpolitik werden in die Unterstützung von "
            "KMU, Energieeffizienz und Innovation fließen. Das sind genau die Bereiche, wo zukunftsfähige und hochwertige "
            "Arbeitsplätze geschaffen werden.“")
EUTAG_P4 = ("Der Kommissar beantwortete auch Fragen aus dem Publikum zu Angelegenheiten, die in Österreich für viel Unruhe "
            "sorgen, zum Beispiel das Bankgeheimnis und die neuen Vorschriften zur Vermarktung von Saatgut. In diesem "
            "Zusammenhang rief der Kommissar dazu auf, die EU-Kommunikation auf allen Ebenen zu stärken und zu verbessern. "
            "„Politische Akteure auf allen Ebenen sind dafür verantwortlich, die Politik und Angelegenheiten der EU zu "
            "kommunizieren. Wenn wir uns dieser Verantwortung stellen, können wir die Bürgerinnen und Bürger und "
            "Institutionen einander zusammenbringen.“")

add(id="ho162-eucom-2013-05-hahn-europatag-wien-linz",
    title="Kommissar Hahn am Europatag im Gespräch mit Bürgerinnen und Bürgern in Wien und Linz",
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/detail/index_de.cfm?LAN=DE&id=715&lang=de",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, 7 May 2013: "
              "headline, date line and body; the header line 'Navigationsleiste' and the headline repeated under the date "
              "line dropped (rules 14, 976); two trailing spaces after the closing mark of the third paragraph dropped; the "
              "last paragraph 'Im oberösterreichischen Linz, … betonte der Kommissar, dass „der Europatag ein Tag des "
              "Optimismus sein sollte.“ Zum neuen Konzept der Regionalpolitik erklärte er: „Die Regionalpolitik ist die "
              "Investitionspolitik', cut off in the stored copy inside its second quotation, dropped with its complete first "
              "quotation (rule 15))",
    license=EU,
    paras=["(07-05-2013)",
           "Johannes Hahn, EU-Kommissar für Regionalpolitik, nahm am 6. Mai anlässlich des anstehenden Europatags (9. Mai) "
           "an öffentlichen Debatten in Wien und Linz teil.",
           "In Wien betonte der Kommissar: „Europas Bürgerinnen und Bürger können trotz der Krise stolz auf den hohen "
           "Lebensstandard und die Demokratie sein, die sie in Europa genießen.“",
           EUTAG_P3,
           EUTAG_P4],
    quotes=[("„Europas Bürgerinnen und Bürger können trotz der Krise stolz auf den hohen Lebensstandard und die Demokratie "
             "sein, die sie in Europa genießen.“", HAHN),
            (cut(EUTAG_P3, "„50 %", "geschaffen werden.“"), HAHN),
            (cut(EUTAG_P4, "„Politische Akteure", "zusammenbringen.“"), HAHN)],
    aliases={HAHN: ["Johannes Hahn", "Kommissar Hahn", "der Kommissar", "Der Kommissar"]})

# --- Representation in Austria (ec.europa.eu/austria), 2012 ---

GQ_P1 = ("EU-Forschungskommissarin Máire Geoghegan-Quinn war vom 23. bis 24. April 2012 zu Gast in Wien. Auf dem Programm "
         "des zweitägigen Besuchs standen die Gala des Europäischen Forschungsrates (European Research Council - ERC), "
         "verschiedene Arbeitstreffen mit VertreterInnen aus Wissenschaft und Forschung, eine Pressekonferenz mit "
         "Wissenschafts- und Forschungsminister Karlheinz Töchterle, die Teilnahme an der Konferenz \"Horizon 2020\" sowie "
         "ein Besuch des Campus Vienna Biocenter.")
GQ_P2 = ("Die Forschungskommissarin konnte gestern Abend im Rahmen der \"ERC-Gala\" gemeinsam mit ERC-Präsidentin Helga "
         "Nowotny und Minister Töchterle zahlreiche ERC-PreisträgerInnen begrüßen. Seit Bestehen des Europäischen "
         "Forschungsrates waren in Österreich tätige WissenschaftlerInnen beim Einwerben von \"Starting Grants\" und "
         "\"Advanced Grants\" sehr erfolgreich: Seit 2007 wurden 68 Grants an österreichischen Institutionen eingeworben und "
         "damit Fördergelder in der Höhe von insgesamt rund 77 Millionen Euro nach Österreich geholt.")
GQ_P3 = ("\"Österreich steht, wenn es um den Zugang zu Finanzmitteln im Rahmen des 7. Rahmenprogramms geht, bereits sehr gut "
         "da. Seit Februar dieses Jahres gibt es 2.073 Teilnehmer aus Österreich im Rahmen des RP7, mit einer Gesamtsumme an "
         "Europäischen Fördermitteln von 672 Millionen Euro. Eines von 10 Projekten weist irgendeine Form österreichischer "
         "Beteiligung auf. Österreich liegt an 9. Stelle in der Reihung der EU-27, was eine überdurchschnittlich gute "
         "Position für ein Land bedeutet, das nicht zu den größten Mitgliedstaaten gehört,\" so die Forschungskommissarin.")

add(id="ho162-eucom-at-2012-04-geoghegan-quinn-wien",
    title="EU-Forschungskommissarin Geoghegan-Quinn in Wien",
    url="http://ec.europa.eu/austria/news/2012_04_25_geoghegan-quinn_de.htm",
    retrieved="same address (stored news item of the Commission's Representation in Austria, dated 24.04.2012: headline, "
              "date line and body; the header line 'Navigationsleiste', the tool line 'VersendenVersendenDruckenDrucken' "
              "and the image caption 'EU-Forschungskommissarin Geoghegan-Quinn in Wien' dropped (rule 14); the indentation "
              "of the body paragraphs dropped; the last paragraph 'Bei der gemeinsamen Pressekonferenz mit Minister "
              "Töchterle sowie bei der Konferenz \"Horizon 2020 - Rückenwind für Österreichs Forschung und Innovation?\" "
              "erläuterte Geoghegan-Quinn die Eckpfeiler und die Bedeutung des neuen EU-', cut off in the stored copy, "
              "dropped (rule 15))",
    license=EU,
    paras=["24.04.2012",
           GQ_P1,
           GQ_P2,
           GQ_P3],
    quotes=[("\"Horizon 2020\"", None),
            ("\"ERC-Gala\"", None),
            ("\"Starting Grants\"", None),
            ("\"Advanced Grants\"", None),
            (cut(GQ_P3, "\"Österreich steht", "gehört,\""), GQ)],
    aliases={GQ: ["Máire Geoghegan-Quinn", "EU-Forschungskommissarin Máire Geoghegan-Quinn", "Geoghegan-Quinn",
                  "die Forschungskommissarin", "Die Forschungskommissarin"]})

BGLD_P3 = ("\"Zwischen den weniger gut und sehr gut entwickelten Regionen in Europa klafft ein viel zu großer Unterschied\". "
           "Der Regionalkommissar lobte die Projektumsetzung im Burgenland und hofft in diesem Sinne, dass das Bundesland "
           "als Übergangsregion eingestuft wird\":")

add(id="ho162-eucom-at-2012-01-hahn-burgenland",
    title="EU-Kommissar Hahn im Burgenland",
    url="http://ec.europa.eu/austria/news/2012_01_17_eu-foerderpolitik_de.htm",
    retrieved="same address (stored news item of the Commission's Representation in Austria, dated 27.01.2012: headline, "
              "date line and body; the header line 'Navigationsleiste', the tool line 'VersendenVersendenDruckenDrucken', "
              "the image caption 'EU-Kommissar Hahn mit Landeshauptmann Hans Niessl und Landeshauptmann-Stellvertreter Franz "
              "Steindl. Fotocredits: Landesmedienservice Burgenland', the link heading 'Links zum Thema' and the footer "
              "'Letzte Aktualisierung: 27/01/2012 |Seitenanfang' dropped (rule 14); the two body lines after the caption, "
              "separated by a line break in the stored copy, kept as two paragraphs; the published stray mark and colon "
              "after 'eingestuft wird' kept (rules 20, 1241); complete in the stored copy)",
    license=EU,
    paras=["27.01.2012",
           "Der für Regionalpolitik zuständige EU-Kommissar Johannes Hahn hat heute im Rahmen eines Pressegespräches in "
           "Eisenstadt über die zukünftige EU-Förderpolitik und die Perspektiven für Burgenland informiert.",
           "Hahn betonte die Notwendigkeit der Schaffung von Übergangsregionen:",
           BGLD_P3],
    quotes=[(cut(BGLD_P3, "\"Zwischen", "Unterschied\""), HAHN),
            ("wird\"", HAHN)],
    aliases={HAHN: ["Johannes Hahn", "EU-Kommissar Johannes Hahn", "EU-Kommissar Hahn", "Hahn", "Der Regionalkommissar"]})

# --- Press releases of the Commission (europa.eu/rapid), 2010 and 2014 ---

KH_T = "EU feiert 25 Jahre „Kulturhauptstadt Europas“"
KH_P1 = ("Am 23. und 24. März feiert die Europäische Kommission das 25-jährige Bestehen der Initiative „Kulturhauptstadt "
         "Europas“ mit einer Konferenz samt Ausstellung in Brüssel, an der mehr als 400 Vertreter/innen ehemaliger, "
         "derzeitiger und zukünftiger Kulturhauptstädte sowie zahlreiche andere Kulturschaffende teilnehmen. "
         "Kommissionspräsident José Manuel Barroso und EU-Kommissarin Androulla Vassiliou werden die Veranstaltung gemeinsam "
         "mit Doris Pack, Vorsitzende des Kulturausschusses des Europäischen Parlaments, eröffnen. Bei der Konferenz sollen "
         "Erfahrungen und bewährte Praxis ausgetauscht und die Wirkung der Europäischen Kulturhauptstädte seit ihrem Start "
         "im Jahr 1985 bewertet werden.")
KH_P2 = ("Präsident Barroso erklärte: „Diese Initiative belegt das große Engagement der EU für kulturelle Vielfalt und zeigt, "
         "wie Kultur die Menschen innerhalb Europas zusammenführen kann. Ich möchte allen Städten danken, die während ihres "
         "Jahres als Kulturhauptstadt Europa in den Mittelpunkt gerückt haben, und ich wünschen den Kulturhauptstädten "
         "Europas allen erdenklichen Erfolg für die nächsten 25 Jahre.“")
KH_P3 = ("Androulla Vassiliou, EU-Kommissarin für Bildung, Kultur, Mehrsprachigkeit und Jugend ergänzte: „Der 25. Jahrestag "
         "bietet eine Gelegenheit, über den enormen Erfolg der Europäischen Kulturhauptstädte als treibende Kraft für "
         "Kreativität, Arbeitsplätze, soziale Integration, Stadterneuerung und Tourismus nachzudenken. Sie ist eines der "
         "bekanntesten Kulturereignisse in Europa, und ich bin zuversichtlich, dass die Initiative auch in den nächsten 25 "
         "Jahren das Beste von Europa repräsentieren wird.“")

add(id="ho162-eucom-ip-10-334-kulturhauptstadt-25-jahre",
    title=KH_T,
    url="http://europa.eu/rapid/press-release_IP-10-334_de.htm",
    retrieved="same address (stored German press release IP/10/334 of the European Commission, 22 March 2010: headline "
              "and body; the header lines 'Navigation path', 'Left navigation', 'Additional tools', the reference line "
              "'IP/10/334' and the date line 'Brüssel, den 22. März 2010' above the headline dropped (rule 14); the "
              "published 'ich wünschen' kept (rule 20); the last paragraph 'Der erste Konferenztag umfasst die offizielle "
              "Feier … Der zweite Tag ist stärker strategisch ausgerichtet und setzt', cut off in the stored copy, dropped "
              "(rule 15))",
    license=EU,
    paras=[KH_P1,
           KH_P2,
           KH_P3],
    quotes=[("„Kulturhauptstadt Europas“", None, 0),
            ("„Kulturhauptstadt Europas“", None, 1),
            (cut(KH_P2, "„Diese Initiative", "25 Jahre.“"), BARROSO),
            (cut(KH_P3, "„Der 25. Jahrestag", "repräsentieren wird.“"), VASSILIOU)],
    aliases={BARROSO: ["José Manuel Barroso", "Kommissionspräsident José Manuel Barroso", "Präsident Barroso"],
             VASSILIOU: ["Androulla Vassiliou", "EU-Kommissarin Androulla Vassiliou"]})

N2K_P2 = ("Ich möchte den Preisträgern, die ihre Auszeichnung mehr als verdient haben, meinen herzlichen Glückwunsch "
          "aussprechen,” so Kommissar Potočnik. „Dank der unermüdlichen Anstrengungen der Menschen, die für Natura "
          "2000-Gebiete sowie in diesen Gebieten selbst tätig sind, entwickelt sich unser ausgedehntes Netz von "
          "Schutzgebieten zu einer echten Erfolgsgeschichte europäischer Zusammenarbeit. Durch diese Preise werden einige "
          "Beispiele der großartigen Arbeit ins Rampenlicht gerückt, die in der gesamten EU durch die Manager der "
          "Schutzgebiete, Behörden, Schutzverbände und Freiwillige, Land- und Forstwirte, Jäger und Fischer, Wissenschaftler, "
          "Lehrer und viele andere geleistet wird. Dies ist ihr Tag, und sie verdienen diese Ehrung in hohem Maße.\"")

add(id="ho162-eucom-ip-14-584-natura-2000-preise",
    title="Bekanntgabe der Gewinner der ersten Natura 2000-Preise",
    url="http://europa.eu/rapid/press-release_IP-14-584_de.htm",
    retrieved="same address (stored German press release IP/14/584 of the European Commission, 22 May 2014: headline and "
              "body; the header lines 'Navigation path', 'Left navigation', 'Additional tools', the headline repeated at the "
              "top, 'European Commission - IP/14/584 22/05/2014', 'Other available languages: EN FR …', 'Europäische "
              "Kommission', 'Pressemitteilung' and the date line 'Brüssel, den 22. Mai 2014' dropped (rule 14); the "
              "statement's missing opening mark and its mixed closing marks ('”' and '\"') kept as published (rules 20, "
              "1240); the last paragraph 'Natura 2000 ist ein Netz von über 27 000 Schutzgebieten, … in fünf Kategorien "
              "vergeben: Erhaltu', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Gestern Abend wurden bei einem Festakt in Brüssel die Gewinner der ersten Natura 2000-Preise bekannt gegeben. "
           "Überreicht wurden die Preise von Janez Potočnik, dem für Umwelt zuständigen Mitglied der Europäischen "
           "Kommission, sowie von Mitgliedern der Vergabejury.",
           N2K_P2],
    quotes=[(cut(N2K_P2, "Ich möchte", "aussprechen,”"), POTOCNIK),
            (cut(N2K_P2, "„Dank der", "hohem Maße.\""), POTOCNIK)],
    aliases={POTOCNIK: ["Janez Potočnik", "Kommissar Potočnik"]})

# --- Representation in Germany (germany.representation.ec.europa.eu), August 2020 ---

RIJ_P2 = ("Kommissionsvizepräsident Margaritis Schinas sagte: „Rijeka und Galway sollen eine faire Chance bekommen, in einem "
          "neuen Anlauf ihre Resilienz und Kreativität unter Beweis zu stellen. Es war schon immer das Lebenselixier der "
          "Kulturhauptstädte Europas, Herz und Intellekt anzusprechen, ein breites und buntes Publikum zu empfangen und "
          "Kunstschaffende aller Couleur anzuziehen. Und so soll es auch bleiben.“")
RIJ_P3 = ("Mariya Gabriel, EU-Kommissarin für Innovation, Forschung, Kultur, Bildung und Jugend, fügte hinzu: „Die Pandemie "
          "hat den Kultursektor schwer getroffen und auch die Europäischen Kulturhauptstädte nicht verschont. Ganz sicher "
          "werden Timișoara, Elefsina und Novi Sad, die nächsten Kulturhauptstädte Europas, die zusätzliche Zeit gut für die "
          "Vorbereitung ihrer anspruchsvollen Programme nutzen.“")

add(id="ho162-eucom-de-2020-08-rijeka-galway-kulturhauptstaedte",
    url="https://germany.representation.ec.europa.eu/news/coronavirus-rijeka-und-galway-sollen-bis-2021-"
        "kulturhauptstadte-europas-bleiben-2020-08-18_de",
    retrieved="same address (stored news item of the Commission's Representation in Germany, 18 August 2020; the part of "
              "the stored copy that was read begins with the paragraph 'Die Kommission hat vorgeschlagen, …', so the "
              "headline is not kept and the text starts there (rule 17); the block 'Weitere Informationen:' with its link "
              "lines (among them the brochure title „30 Jahre Europäische Kulturhauptstadt“, a link text), the press contact "
              "line, the visitor-centre line and the details block ('Einzelheiten', 'Datum der Veröffentlichung', 'Autor', "
              "'Vertretung in Deutschland') dropped (rule 14); 'Timisoara' in the narration beside 'Timișoara' in the "
              "quotation kept as published (rule 20))",
    license=EU,
    paras=["Die Kommission hat vorgeschlagen, das Jahr, in dem Novi Sad (Serbien) die Kulturhauptstadt Europas ausrichten "
           "soll, von 2021 auf 2022 zu verschieben. Timisoara (Rumänien) und Elefsina (Griechenland) sollen den Titel statt "
           "2021 nun im Jahr 2023 tragen.",
           RIJ_P2,
           RIJ_P3,
           "Der Vorschlag der Kommission wird nun dem Europäischen Parlament und dem Rat zur Prüfung und endgültigen "
           "Annahme vorgelegt."],
    quotes=[(cut(RIJ_P2, "„Rijeka", "bleiben.“"), SCHINAS),
            (cut(RIJ_P3, "„Die Pandemie", "nutzen.“"), GABRIEL)],
    aliases={SCHINAS: ["Margaritis Schinas", "Kommissionsvizepräsident Margaritis Schinas"],
             GABRIEL: ["Mariya Gabriel"]})
