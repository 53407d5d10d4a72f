# Hundred-and-eighty-third held-out German real-news set (tests/data/heldout183-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1370-1372). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named in
# the modules and SOURCES.md files of tests/data, by the speakers' names, and by a distinctive phrase of each text against the
# texts of all sets and against the other helpers' worktrees). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-eighty-third held-out set": releases of the Austrian Federal Ministry
# responsible for schools on the OTS press-release service (licences.BMBF; rules 670, 1371), press releases of the Austrian
# Federal Ministry of Justice on justiz.gv.at and one of its releases as reposted by the Österreich Journal under the dateline
# 'Wien (bmj)' (licences.BMJ). Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMBF, BMJ  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHMIED = "Claudia Schmied"
MOSER = "Josef Moser"
BANDION = "Claudia Bandion-Ortner"

# --- Ministry responsible for schools (BMBWK / BMUKK), releases on OTS ---

FILM_P1 = ("Wien (OTS) - Im Rahmen des informellen Kulturministerntreffens in Berlin mit dem Schwerpunkt \"Kulturwirtschaft\" "
           "lädt Bundesministerin Dr. Claudia Schmied am Montag zu einem informellen Gespräch mit österreichischen "
           "Filmschaffenden ins Hotel Adlon. \"Dieses erste große Zusammentreffen mit Vertreterinnen und Vertretern der "
           "heimischen Filmlandschaft ist mir ein besonderes Anliegen\", so die Kunst- und Kulturministerin.")
FILM_P2 = ("Zusätzlich wird Claudia Schmied im Rahmen der Verleihung des Nachwuchspreises \"Shooting Stars\" mit der jungen "
           "österreichischen Schauspielerin und \"Shooting Star\" Sabrina Reiter zusammentreffen. \"Ich freue mich darauf "
           "Frau Reiter kennen zu lernen. Sie ist eine große Zukunftshoffnung\", so Schmied.")
FILM_P3 = ("Zum Thema \"Kulturwirtschaft\" betonte die Kulturministerin die Wichtigkeit der Kultur \"als Motor für Wachstum "
           "und Weiterentwicklung unserer Gesellschaft\". \"Das Thema Kulturwirtschaft ist mir ein besonderes Anliegen, da "
           "wir die Kultur aus der Rolle des Subventionsempfängers herausheben müssen. Investitionen in Kunst und Kultur "
           "sind keine Einbahnstraße\", so Claudia Schmied. \"Kunst und Kultur sind tragende Säulen des europäischen "
           "Gesellschaftsmodells\", betonte Schmied.")

add(id="ho183-bmbwk-ots-2007-02-12-schmied-filmschaffende-berlin",
    title="BM Schmied lädt zu Treffen mit österreichischen Filmschaffenden in Berlin",
    url="https://www.ots.at/presseaussendung/OTS_20070212_OTS0113/bm-schmied-laedt-zu-treffen-mit-oesterreichischen-"
        "filmschaffenden-in-berlin",
    retrieved="same address (release of 12 February 2007 on the OTS press-release service; the contact block 'Rückfragen & "
              "Kontakt: Bundesministerium für Bildung, Wissenschaft und Kultur, Pressebüro der Bundesministerin …' names "
              "the ministry, then still under its old name, as sender (rule 1371); the contact block and the OTS footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG … | BWK0001' dropped (rule 19); complete in the stored copy)",
    license=BMBF,
    paras=[FILM_P1, FILM_P2, FILM_P3],
    quotes=[("\"Kulturwirtschaft\"", None, 0),
            (cut(FILM_P1, "\"Dieses erste", "Anliegen\""), SCHMIED),
            ("\"Shooting Stars\"", None),
            ("\"Shooting Star\"", None),
            (cut(FILM_P2, "\"Ich freue", "Zukunftshoffnung\""), SCHMIED),
            ("\"Kulturwirtschaft\"", None, 1),
            ("\"als Motor für Wachstum und Weiterentwicklung unserer Gesellschaft\"", SCHMIED),
            (cut(FILM_P3, "\"Das Thema", "Einbahnstraße\""), SCHMIED),
            ("\"Kunst und Kultur sind tragende Säulen des europäischen Gesellschaftsmodells\"", SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bundesministerin Dr. Claudia Schmied", "BM Schmied", "Schmied",
                       "die Kunst- und Kulturministerin", "die Kulturministerin"]})

MOSKAU_T = ("\"Teilnahme an Kunst für Alle darf nicht das Privileg der Reichen sein\" - Ministerin Dr. Claudia Schmied im "
            "Moskauer Bolschoi Theater.")
MOSKAU_P1 = ("Wien (OTS/BMUKK) - Klare Worte fand Dr. Claudia Schmied heute auf der 10. Konferenz der Kulturminister des "
             "Europarates in Moskau: \"Die Teilhabe an Kunst und Kultur und die Schaffung des Zugangs zu Kunst und Kultur sind "
             "grundlegende demokratische Werte. Mir ist es besonders wichtig, kulturelle Stätten - Theater, Museen - zu öffnen, "
             "allen voran für die junge Generation. Die Teilhabe an Kunst und Kultur ist ein Recht für alle!\"")
MOSKAU_P2 = ("In ihrer Rede betonte Ministerin Schmied die Freiheit der Kunst, sowie die Verpflichtung der öffentlichen Hand, "
             "Kunst du Kultur angemessen zu finanzieren: \"Ich bin überzeugt, dass alle finanziellen Mittel, die wir in Kunst "
             "und Kultur investieren, in die Bewahrung der Schätze unserer Vergangenheit und in die Förderung des "
             "zeitgenössischen Kunstschaffens, gut investiert sind und einen wertvollen Beitrag für die Entwicklung unserer "
             "Gesellschaft leisten -gerade in wirtschaftlich schwierigen und unsicheren Zeiten.\" Zudem dürften Kunst und "
             "Kultur als Motoren für wirtschaftliche Dynamik nicht unterschätzt werden. Sie weisen überdurchschnittliches "
             "Wachstum auf und müssen die ökonomische Debatte nicht scheuen.")
MOSKAU_P3 = ("Insbesondere den Ausbau von Partnerschaften zwischen Schulen und Kulturinstitutionen nannte Dr. Schmied als "
             "wichtiges Ziel. In Österreich werden Schwerpunkte in der Vermittlung gesetzt. Darunter den freien Eintritt bis 19 "
             "Jahre für die österreichischen Bundesmuseen oder die Vermittlungsinitiative \"Macht/Schule/Theater\".")

add(id="ho183-bmukk-ots-2013-04-15-schmied-moskau-bolschoi",
    title=MOSKAU_T,
    url="https://www.ots.at/presseaussendung/OTS_20130415_OTS0135/teilnahme-an-kunst-fuer-alle-darf-nicht-das-privileg-der-"
        "reichen-sein-ministerin-dr-claudia-schmied-im-moskauer-bolschoi-theater",
    retrieved="same address (release of 15 April 2013 on the OTS press-release service, dateline 'Wien (OTS/BMUKK)' naming "
              "the ministry as sender; the stored copy's date prefix ' date 2018-03' dropped (rule 63); the headline and the "
              "subtitle kept as two lines (rule 18); the published 'Kunst du Kultur' and '-gerade' kept (rule 20); the last "
              "paragraph 'Explizit wies Schmied auf die Rolle der Sprache in der Kulturvermittlung hin: \"Ich bin sehr stolz "
              "darauf, dass Österreich das Europäische', cut off in the stored copy, dropped with its unclosed quotation "
              "(rule 15))",
    license=BMBF,
    paras=["Ministerin Dr. Claudia Schmied referierte auf der 10. Konferenz der Kulturminister des Europarates in Moskau "
           "ihre kulturpolitischen Ziele.",
           MOSKAU_P1, MOSKAU_P2, MOSKAU_P3],
    quotes=[("\"Teilnahme an Kunst für Alle darf nicht das Privileg der Reichen sein\"", SCHMIED),
            (cut(MOSKAU_P1, "\"Die Teilhabe", "für alle!\""), SCHMIED),
            (cut(MOSKAU_P2, "\"Ich bin", "Zeiten.\""), SCHMIED),
            ("\"Macht/Schule/Theater\"", None)],
    aliases={SCHMIED: ["Claudia Schmied", "Ministerin Dr. Claudia Schmied", "Dr. Claudia Schmied", "Ministerin Schmied",
                       "Dr. Schmied", "Schmied"]})

# --- Ministry of Justice (BMJ / BMVRDJ): press releases of justiz.gv.at and a BMJ release reposted by the Österreich Journal ---

ANGELOB_P2 = ("\"Neben der bereits gestarteten Reformoffensive, die Österreich fit für die Zukunft machen wird, ist es mir ein "
              "großes Anliegen, die Justiz zur Nummer 1 im Vertrauen der Bevölkerung zu machen. Dabei leiten mich drei "
              "Prinzipien, die für mein Ressort stehen werden – Unabhängigkeit, Transparenz und Bürgernähe. Ich freue mich "
              "sehr auf die Herausforderungen, die in den nächsten Jahren auf uns zukommen und die wir gemeinsam meistern "
              "werden“, so Moser.")

add(id="ho183-bmj-2018-01-08-moser-erneute-angelobung",
    title="Erneute Angelobung von Bundesminister Moser durch Bundespräsident Van der Bellen",
    url="https://www.justiz.gv.at/web2013/home/presse/pressemitteilungen/pressemitteilungen_2018/erneute_angelobung_von_"
        "bundesminister_moser_durch_bundespraesident_van_der_bellen~2c94848b60c168850160d68da84c51c2.de.html",
    retrieved="same address (press release of the Ministry of Justice of 8 January 2018 on justiz.gv.at; the date line "
              "'Pressemitteilung vom 8. Jänner 2018' dropped as furniture and the contact block 'Rückfragehinweis: "
              "Bundesministerium für Verfassung, Reformen, Deregulierung und Justiz, Kabinett des Bundesministers …' dropped "
              "(rule 19); the published mixed marks \"…“ kept (rule 21); complete in the stored copy)",
    license=BMJ,
    paras=["Nach Ressorterweiterung Moser jetzt Bundesminister für Verfassung, Reformen, Deregulierung und Justiz",
           "Bundesminister Josef Moser wurde heute erneut durch Bundespräsident Alexander Van der Bellen angelobt. Notwendig "
           "wurde diese Formalität durch Inkrafttreten des novellierten Bundesministeriengesetz, das die Zuständigkeiten des "
           "Ressorts neu regelt. Josef Moser ist nun Bundesminister für Verfassung, Reformen, Deregulierung und Justiz – der "
           "Verfassungsdienst wechselt vom Bundeskanzleramt in das Reform- und Justizressort.",
           ANGELOB_P2],
    quotes=[(cut(ANGELOB_P2, "\"Neben", "meistern werden“"), MOSER)],
    aliases={MOSER: ["Josef Moser", "Bundesminister Josef Moser", "Bundesminister Moser", "Moser"]})

DEREG_P2 = ("\"Die Bürger finden sich bei der vorherrschenden Gesetzesfülle nicht mehr zurecht. Was man nicht mehr im Gesetz "
            "braucht, soll hinausgeschmissen werden\", so Josef Moser und betonte: \"Die Rechtsbereinigung ist der erste "
            "Schritt. In Folge werden wir gemeinsam mit den anderen Ressorts, die geltenden Gesetze und Vorschriften auf ihre "
            "Sinnhaftigkeit überprüfen.“")

add(id="ho183-bmj-2018-01-19-moser-deregulierungsoffensive",
    title="Moser lädt zur Diskussion „Deregulierungsoffensive“",
    url="https://www.justiz.gv.at/web2013/home/presse/pressemitteilungen/pressemitteilungen-2018/moser-laedt-zur-diskussion-"
        "deregulierungsoffensive~2c94848b60c1688501611dc0e6c46343.de.html",
    retrieved="same address (press information of the Ministry of Justice of 19 January 2018 on justiz.gv.at; the date line "
              "'Presseinformation vom 19. Jänner 2018' dropped as furniture and the contact block 'Rückfragehinweis: "
              "Bundesministerium für Verfassung, Reformen, Deregulierung und Justiz, Kabinett des Bundesministers …' dropped "
              "(rule 19); the published mixed marks \"…“ kept (rule 21); complete in the stored copy)",
    license=BMJ,
    paras=["Gemeinsam mit Sektionschef Gerhard Hesse und Klaus Poier von der Universität Graz lud Bundesminister Josef Moser "
           "zu einem Gespräch mit Journalisten in den Wiener Justizpalast. Diskutiert wurden Maßnahmen und Potenziale von "
           "Mosers initiierter Deregulierungsoffensive.",
           DEREG_P2],
    quotes=[("„Deregulierungsoffensive“", None),
            (cut(DEREG_P2, "\"Die Bürger", "hinausgeschmissen werden\""), MOSER),
            (cut(DEREG_P2, "\"Die Rechtsbereinigung", "überprüfen.“"), MOSER)],
    aliases={MOSER: ["Josef Moser", "Bundesminister Josef Moser", "Moser"]})

BO_P1 = ("Wien (bmj) - Bei ihrer Antrittsrede im Plenum des Nationalrates gab Justizministerin Claudia Bandion-Ortner am "
         "21.01. einen Überblick über ihre Prioritäten und versicherte, ihre Unabhängigkeit, die sie als „Richterin 15 Jahre "
         "gerne gelebt“ hat auch im Rahmen ihrer neuen Tätigkeit beibehalten zu wollen.")
BO_P2 = ("„Eine gut funktionierende Justiz ist die Visitenkarte eines Rechtsstaates.“ Dieser Satz könne nicht oft genug "
         "wiederholt werden, erklärte die neue Justizministerin und versicherte, dass sie sich – \"ich schaue in Richtung "
         "Finanzminister\" – für die notwendige personelle und materielle Ausstattung der Justiz einsetzen werde.")
BO_P3 = ("Bandion-Ortner bezeichnete das Regierungsprogramm als wichtige Grundlage für ihre Arbeit im Ministerium: „Ich "
         "stimme damit überein, sonst hätte ich dieses Amt nicht übernommen. Ich möchte aber auch eigene Prioritäten setzen, "
         "die sich am besten unter dem Motto ‚Schutz durch Recht’ zusammenfassen lassen.“")
BO_P4 = ("Sie bekräftigte u.a. ihr Vorhaben, schon den wissentlichen Zugriff auf Kinderporno-Seiten strafbar zu machen und das "
         "neue Antikorruptionsrecht zu präzisieren: \"Korruption ist schleichendes Gift für den Rechtsstaat. Es kann "
         "andererseits aber nicht sein, dass jede Sponsoring-Leistung kriminalisiert wird\", sagte sie dazu.")

add(id="ho183-bmj-oejournal-2009-01-bandion-ortner-antrittsrede",
    title=None,
    url="http://oe-journal.at/Aktuelles/!2009/0109/W3/32201bmj.htm",
    retrieved="same address (the Ministry of Justice's release on the Minister's maiden speech in the Nationalrat of 21 "
              "January 2009 as reposted by the Österreich Journal under the dateline 'Wien (bmj)', which names the ministry "
              "as its source (rule 31); the stored copy begins with the dateline, so no title (rule 32); its hard line breaks joined with a space and the text divided at line ends that close a sentence "
              "outside quotation marks (rule 1372); the last stretch 'Zur Bekämpfung der Jugendkriminalität reiche die "
              "Herabsetzung der Strafmündigkeit als singuläre Maßnahme sicher nicht aus. Vielmehr müsse', cut off in the "
              "stored copy, dropped (rule 15); the published mixed marks and the closing ’ after 'Recht' kept (rule 21))",
    license=BMJ,
    paras=[BO_P1, BO_P2, BO_P3, BO_P4,
           "Gesetze und rechtliche Normen seien nichts Statisches sondern müssten an den Geist der Zeit angepasst werden.",
           "Es gäbe zahlreiche Reformvorhaben, die rasch in Angriff genommen werden müssten, wie etwa die Vereinfachung des "
           "GmbH-Rechts, das neue Insolvenzrecht oder die Familienrechtsreform.",
           "Einen wichtigen Teil der Rede nahm das Thema Schutz von Kindern ein. Hier erwähnte Bandion-Ortner das Vorhaben, "
           "den Kampf gegen Kinderpornographie verstärken zu wollen und bezeichnete die Einrichtung eines Kinderbeistandes "
           "bei Scheidungskonflikten als eines ihrer Ziele."],
    quotes=[("„Richterin 15 Jahre gerne gelebt“", BANDION),
            ("„Eine gut funktionierende Justiz ist die Visitenkarte eines Rechtsstaates.“", BANDION),
            ("\"ich schaue in Richtung Finanzminister\"", BANDION),
            (cut(BO_P3, "„Ich stimme", "zusammenfassen lassen.“"), BANDION),
            (cut(BO_P4, "\"Korruption", "kriminalisiert wird\""), BANDION)],
    aliases={BANDION: ["Claudia Bandion-Ortner", "Justizministerin Claudia Bandion-Ortner", "Bandion-Ortner",
                       "die neue Justizministerin", "Sie", "sie"]})
