# Two-hundred-and-twenty-eighth held-out German real-news set (tests/data/heldout228-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1620 ff.). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers'
# names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of
# tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-twenty-eighth held-out set": reports of the German service of the press
# agency Pressenza (pressenza.com/de; CC BY 4.0, constant PZ) and articles of Global Voices auf Deutsch (CC BY 3.0, constant
# GV). Stored copies are the `search` tool's excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


STELLA = "Stella"

# --- Pressenza: Stella Assange on the US assurances before the High Court hearing of 20 May 2024 ---

add(id="ho228-pz-2024-04-stella-nicht-zusicherung",
    title=None,
    url="https://pressenza.com/de/?p=1841888",
    retrieved="same address (report of April/May 2024 on the US assurances in the extradition case of Julian Assange; the "
              "stored copy begins with the first body paragraph, without a headline (rules 18, 32); the sixth paragraph "
              "('Am Tag der Pressefreiheit, dem 3. Mai, werden in Köln … das Schicksal aller Journalistinnen und "
              "Journalisten weltweit'), cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PZ,
    paras=["Am Pfingstmontag, den 20. Mai 2024 werden die beiden Richter des High Court erneut über die Auslieferung von "
           "Julian Assange an die USA beraten. Den USA wurde eine weitere Chance eingeräumt, dem Gericht ihre "
           "diplomatischen Nicht-Zusicherungen vorzulegen, die Anfang dieser Woche eingegangen sind.",
           "Daraufhin gab Stella, die Frau von Julian Assange, die folgende Erklärung ab: „Die Vereinigten Staaten haben "
           "eine Nicht-Zusicherung in Bezug auf den Ersten Verfassungszusatz und eine Standard-Zusicherung in Bezug auf "
           "die Todesstrafe abgegeben. Sie verpflichten sich nicht, die frühere Behauptung der Staatsanwaltschaft "
           "zurückzunehmen, dass Julian Assange keine Rechte nach dem Ersten Verfassungszusatz hat, weil er kein "
           "US-Bürger ist. Stattdessen beschränken sich die USA auf unverhohlene Worthülsen, in denen behauptet wird, "
           "Julian könne sich im Falle einer Auslieferung auf den Ersten Verfassungszusatz berufen“.",
           "Sie fährt fort: „Die diplomatische Note trägt nicht dazu bei, die extreme Besorgnis unserer Familie über "
           "seine Zukunft zu lindern. Seine düstere Erwartung, den Rest seines Lebens in Isolation in einem "
           "US-Gefängnis zu verbringen, weil er preisgekrönten Journalismus veröffentlicht hat.“",
           "Sie wiederholt ihren Aufruf an Biden und fordert die Regierung auf, „diese gefährliche Strafverfolgung "
           "fallen zu lassen, bevor es zu spät ist.“",
           "Am Donnerstag, den 02. 05. 2024 von 18.00 bis 20.00 Uhr findet eine Kundgebung für die sofortige "
           "Freilassung von Julian Assange auf dem Pariser Platz in Berlin vor der US-Botschaft mit anschließendem "
           "Demonstrationszug zur Britischen Botschaft an der Ecke Wilhelmstraße/ Unter den Linden statt."],
    quotes=[("„Die Vereinigten Staaten haben eine Nicht-Zusicherung in Bezug auf den Ersten Verfassungszusatz und eine "
             "Standard-Zusicherung in Bezug auf die Todesstrafe abgegeben. Sie verpflichten sich nicht, die frühere "
             "Behauptung der Staatsanwaltschaft zurückzunehmen, dass Julian Assange keine Rechte nach dem Ersten "
             "Verfassungszusatz hat, weil er kein US-Bürger ist. Stattdessen beschränken sich die USA auf unverhohlene "
             "Worthülsen, in denen behauptet wird, Julian könne sich im Falle einer Auslieferung auf den Ersten "
             "Verfassungszusatz berufen“", STELLA),
            ("„Die diplomatische Note trägt nicht dazu bei, die extreme Besorgnis unserer Familie über seine Zukunft zu "
             "lindern. Seine düstere Erwartung, den Rest seines Lebens in Isolation in einem US-Gefängnis zu "
             "verbringen, weil er preisgekrönten Journalismus veröffentlicht hat.“", STELLA),
            ("„diese gefährliche Strafverfolgung fallen zu lassen, bevor es zu spät ist.“", STELLA)],
    aliases={STELLA: ["Stella", "Frau von Julian Assange"]})

# --- Global Voices auf Deutsch: Bassel Khartabil missing (January 2016, print view) ---

GHAZI = "Noura Ghazi"

add(id="ho228-gv-2016-01-wo-ist-bassel",
    title="“Wir wissen immer noch nicht, wo Bassel ist”: Syrischer Webentwickler seit über 2 Monaten vermisst",
    url="https://de.globalvoices.org/2016/01/07/wir-wissen-immer-noch-nicht-wo-bassel-ist-syrischer-webentwickler-seit-"
        "uber-2-monaten-vermisst/print/",
    retrieved="same address (stored print view of the Global Voices auf Deutsch article of 7 January 2016; the print header "
              "'- Global Voices auf Deutsch - https://de.globalvoices.org -', the line 'Kategorien: Syrien, Bürgermedien, "
              "…' and the image credit 'Kampagnenbild von Kallie Taylor.' dropped as furniture (rule 14); the link markers "
              "[1]-[4] kept as published (rule 20); Noura Ghazi's Arabic Facebook post kept as a paragraph of its own before "
              "its German translation, both without marks and not annotated (rule 23); the last paragraph 'Es ist "
              "schwierig, diese Gerüchte zu belegen, … über den Verbleib von Bassel we', cut off in the stored copy, "
              "dropped (rule 15))",
    license=GV,
    paras=["Der syrisch-palästinensische Software-Entwickler Bassel Khartabil [1], auch bekannt als Bassel Safadi, wurde "
           "seit dem 4. Oktober 2015 nicht mehr gesehen. Es kursieren Gerüchte, er sei im Geheimen von der syrischen "
           "Regierung zum Tode verurteilt worden.",
           "Der Entwickler von Open-Source Software und Blogger ist seit März 2012 in Syrien in Haft. Im Oktober 2015 "
           "wurde Bassel vom Adra-Gefängnis [2] zu einem unbekannten Ort gebracht. Seine Ehefrau Noura Ghazi berichtete "
           "[3], die “Militärpolizei holte Bassel auf Grundlage eines als streng geheim eingestuften Befehls des "
           "Militärgerichts aus seiner Zelle in Adra.” Am 12. November 2015 gab Ghazi bekannt [4], sie sei von Personen "
           "kontaktiert worden, die sich selbst als Insider der Assad-Regierung bezeichneten und sie von einer "
           "vermeintlichen Verurteilung zum Tode in Kenntnis setzten.",
           "Ghazi schrieb auf Facebook:",
           "إجاني خبر صاعق انو باسل محكوم اعدام وهاد بيعني انو نقلو عالشرطة العسكرية كتير خطير … ما بعرف شي غير هيك وما "
           "بعرف اذا تنفذ شي بحقو … يارب نقدر نساعد باسل … يا رب ما يكون فات الاوان عالمحاولات …. كتير خايفين على حياة "
           "باسل",
           "Mich erreichte eine schockierende Nachricht, dass Bassel zum Tode verurteilt sei. Das bedeutet, dass seine "
           "Überführung zu einem Militärgefängnis äußerst gefährlich ist… Ich weiß nichts anderes als das… Oh Gott, "
           "mach, dass wir Bassel helfen können… Oh Gott, dass es nicht zu spät ist… Wir sorgen uns sehr um das Leben "
           "von Bassel."],
    # headline quotation whose words the kept body credits to nobody (rule 26, last sentence; rule 1621)
    quotes=[("“Wir wissen immer noch nicht, wo Bassel ist”", None),
            ("“Militärpolizei holte Bassel auf Grundlage eines als streng geheim eingestuften Befehls des Militärgerichts "
             "aus seiner Zelle in Adra.”", GHAZI)],
    aliases={GHAZI: ["Noura Ghazi", "Ghazi", "Ehefrau"]})

# --- Global Voices auf Deutsch: Luaty Beirao on hunger strike (October 2015, print view) ---

add(id="ho228-gv-2015-10-beirao-hungerstreik",
    title="Angolanischer Aktivist nach fast drei Wochen Hungerstreik im Gefängnis gesundheitlich schwer angeschlagen",
    url="https://de.globalvoices.org/2015/10/27/angolanischer-aktivist-nach-fast-drei-wochen-hungerstreik-im-gefangnis-"
        "gesundheitlich-schwer-angeschlagen/print/",
    retrieved="same address (stored print view of the Global Voices auf Deutsch article of 27 October 2015; the print "
              "header, the line 'Kategorien: Angola, Aktuelle Meldungen, …' and the English and German photo captions "
              "('The 15 activists arrested in Angola. … [1]', 'Die 15 Aktivisten, die in Angola verhaftet wurden. … [2]') "
              "dropped as furniture (rule 14); the embedded tweet and its signature line kept as two paragraphs without "
              "marks (rule 23), the link marker [3] and '33 jährige' kept as published (rule 20); the subheading 'Ins "
              "Gefängnis geworfen, weil er ein Buch gelesen hatte' kept as its own line; the paragraph after it ('Die "
              "Verhaftung der 15 Aktivisten geschah, … Eines der Bücher, geschrieben von Gene'), cut off in the stored "
              "copy, dropped (rule 15))",
    license=GV,
    paras=["Luaty Beirao, Musiker und Aktivist, wurde im Juni 2015 verhaftet, nachdem angolanische Behörden ihm und 14 "
           "Weiteren, angeblichen Mitverschwörern die Planung eines Staatsstreichs zur Last gelegt hatten. Er ist bereits "
           "seit 19 Tagen im Hungerstreik.",
           "Laut Berichten ist der 33 jährige gesundheitlich in “kritischem Zustand”. Beirao hatte den Hungerstreik – "
           "seinen zweiten – gemeinsam mit mehreren Mitgefangenen begonnen. Sie fordern ihre Freilassung aus dem "
           "Hochsicherheitsgefängnis. Dort befinden sich einige der Aktivisten in Isolationshaft und bekommen laut der "
           "Menschenrechtsorganisation Amnesty International weder einen Anwalt noch Familienangehörige zu Gesicht. Die "
           "Inhaftierten sagen, sie hätten keinen Staatsstreich geplant, sondern hätten sich lediglich versammelt, um "
           "friedlich gegen die repressive Politik der aktuellen Regierung des Landes zu protestieren.",
           "Beirao hat nun schon mehr als drei Wochen lang nichts mehr gegessen oder getrunken. Laut Berichten eines "
           "Familienangehörigen beginnen seine Organe jetzt langsam zu versagen. Setzt er den Hungerstreik fort, so "
           "riskiert er sein Leben.",
           "Der Rapper Luaty Beirao, einer der 15 angolanischen Inhaftierten, die angeblich einen Staatsstreich planten, "
           "ist jetzt seit 18 Tagen im Hungerstreik. Weitersagen.",
           "— zenaida machado (@zenaidamz) 8. Oktober 2015 [3]",
           "Ins Gefängnis geworfen, weil er ein Buch gelesen hatte"],
    # wording of unnamed reports (rule 36; rule 1622)
    quotes=[("“kritischem Zustand”", None)],
    aliases={})

# --- Global Voices auf Deutsch: dossier on the Zone 9 bloggers (state of July-September 2015) ---

add(id="ho228-gv-dossier-zone9-inhaftiert",
    title="Einige der Zone 9 Blogger weiterhin in Äthiopien inhaftiert",
    url="https://de.globalvoicesonline.org/dossiers/freezone9bloggers-blogger-in-athiopien-des-terrorismus-angeklagt/",
    retrieved="same address (stored dossier page of Global Voices auf Deutsch on the Zone 9 bloggers; the heading is the "
              "first line (rule 18); the English and German photo captions ('Zone 9 bloggers in Addis Ababa. Photo by "
              "Endalk, …', 'Die Blogger von Zone 9 in Addis Ababa, … Genehmigung zur Nutzung erteilt.'), the image name "
              "'zone9_info_de' and the caption 'Zeitleiste des Falls der Zone9 von Endalk Chala, … Übersetzung von Anne "
              "Hemeda.' dropped as furniture (rule 14); the last paragraph 'Global Voices fordert weiterhin die', cut off "
              "in the stored copy, dropped (rule 15))",
    license=GV,
    paras=["Neun Blogger und Journalisten, vier von ihnen sind Mitglieder von Global Voices, wurden am 25. und 26. April "
           "2014 in Addis Abeba festgenommen und inhaftiert. Am 17. Juli 2014 wurden sie vor dem Obersten Gerichtshof in "
           "Lideta wegen der Unterstützung terroristischer Aktivitäten angeklagt.",
           "Die Vorwürfe umfassten die “Zusammenarbeit mit ausländischen Organisationen, die sich als "
           "Menschenrechtsaktivisten bezeichnen” und die “Entgegennahme finanzieller Mittel, um dadurch mithilfe sozialer "
           "Medien zu öffentlicher Gewalt anzustiften”. Die Anklage nannte außerdem den Punkt “Teilnahme an einem Seminar "
           "zur Verschlüsselung von Emails”.",
           "Am Nachmittag des 8. Juli 2015 kam endlich die erlösende Nachricht, dass alle Anklagepunkte gegen Edom, "
           "Mahlet, Asmamaw, Tesfalem und Zelalem (Zola) zurückgezogen wurden. Asmamaw, Tesfalem und Zola kamen sofort "
           "frei, Edom und Mahlet am Morgen des 9. Juli. Auch Reeyot Alemu ist wieder in Freiheit.",
           "Vier der Blogger bleiben aber hinter Gittern (Advox-Artikel vom 8. Juli 2015). Die gegen sie erhobenen "
           "Vorwürfe werden aufrecht erhalten; in einem Gerichtsverfahren, das nur mit Mühe in Gang gekommen ist. Zu "
           "dieser Gruppe gehören Befeqadu Hailu, Natnael Feleke, Atnaf Berahane und Abel Wabela. Alle vier sind Global "
           "Voices-Autoren und -Übersetzer. Wir haben hier für euch den Verlauf des Verfahrens dokumentiert und Endalk "
           "benennt auf Grundlage von Aussagen von Regierungsvertretern mögliche Ausgänge des Verfahrens zu Ende August "
           "2015 und fasst alle Entwicklungen bis zum Verhandlungstag am 7. September zusammen."],
    # wording of the charge sheet, whose author (the prosecution) the text does not name (rule 36; rule 1623)
    quotes=[("“Zusammenarbeit mit ausländischen Organisationen, die sich als Menschenrechtsaktivisten bezeichnen”", None),
            ("“Entgegennahme finanzieller Mittel, um dadurch mithilfe sozialer Medien zu öffentlicher Gewalt "
             "anzustiften”", None),
            ("“Teilnahme an einem Seminar zur Verschlüsselung von Emails”", None)],
    aliases={})
