# Three-hundred-and-ninth held-out German real-news set (tests/data/heldout309-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1895-1898). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or page number, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninth held-out set": texts of the German Federal Government: two news
# items of bundeskanzlerin.de / bundeskanzler.de (the Sachverständigenrat's annual report of 2019, the tenth anniversary of
# the Nationaler Normenkontrollrat), three transcripts of the Chancellor's press statements at the handover of the
# Sachverständigenrat's annual report (2009, 2015, 2021) (licence BREG), and one bundesregierung.de article on the Day of
# German Unity 2020 as reposted by a member of the Brandenburg Landtag naming the Government's site as its source (licence
# BREG_SITE_REPOST). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 93, 150), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_SITE_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundeskanzler.de: news item on the handover of the Sachverständigenrat's annual report 2019/20 ---

add(id="ho309-bk-2019-11-svr-jahresgutachten-strukturwandel",
    title="Jahresgutachten Den Strukturwandel meistern",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/svr-jahresgutachten-1688996",
    retrieved="same address (news item 1688996 of November 2019, the handover of the annual report 2019/20 'Den "
              "Strukturwandel meistern' to Chancellor Merkel and Vice-Chancellor Scholz; the page title 'Den Strukturwandel "
              "meistern' above the kicker and headline dropped, the kicker and headline run together in one line are the "
              "first line as stored (rule 150); the trailing space after the lead paragraph dropped; the line '1 Min. "
              "Lesedauer', the image text 'Der Sachverständigenrat überreicht sein Jahresgutachten an Kanzlerin Angela "
              "Merkel und Vizekanzler Olaf Scholz.', the caption 'Übergabe im Kanzleramt: Der Sachverständigenrat "
              "überreicht sein Jahresgutachten an Kanzlerin Merkel und Vizekanzler Scholz.' and the credit 'Foto: "
              "Bundesregierung' dropped (rule 93); the subheadings 'Baustein Klimaschutz' and 'Gleichwertige "
              "Lebensbedingungen' kept as lines; the last paragraph ('Die Kanzlerin begrüßte die Ausführungen der "
              "Sachverständigen über die Schuldenbremse … \"Aber Sie sagen auch ganz klar: …,\" betonte die Kanzlerin. "
              "Merkel w'), cut off in the stored copy, dropped with its quotation (rule 15))",
    license=BREG,
    paras=["Der Sachverständigenrat zur Begutachtung der gesamtwirtschaftlichen Entwicklung hat der Bundeskanzlerin sein "
           "Jahresgutachten überreicht. Die Wirtschaftsweisen begrüßen verschiedene Schwerpunkte der Bundesregierung, wie "
           "den ausgeglichenen Haushalt und verstärkte Investitionen.",
           "Bundeskanzlerin Angela Merkel dankte dem Sachverständigenrat für die Empfehlungen. Sie seien \"sehr "
           "inspirierend\", so Merkel. Mit dem Titel \"Den Strukturwandel meistern\" treffe das Gutachten genau das, was "
           "die Bundesregierung umtreibe, sagte die Bundeskanzlerin. Auch Bundesfinanzminister Olaf Scholz nahm an der "
           "Übergabe des Gutachtens teil.",
           "Baustein Klimaschutz",
           "Der Klimaschutz sei ein \"großer Baustein\" der Regierungsarbeit geworden, so die Kanzlerin. Exemplarisch dafür "
           "stehen der Wandel in der Mobilität und der Energieversorgung. Hinzu komme die \"Transformation\" der "
           "Arbeitswelt, betonte Merkel. Sie verwies auf das Maßnahmenpaket zur Digitalisierung und auf die steuerliche "
           "Forschungsförderung, zu der der Sachverständigenrat die Regierung immer wieder ermuntert hatte.",
           "Gleichwertige Lebensbedingungen",
           "Der Strukturwandel sei so zu meistern, dass die Bedingungen des Lebens in Deutschland gleichwertig sind und "
           "werden, betonte Merkel. Die Bundesregierung habe die Familien gefördert, die Wohnungsbaupakete angeschoben und "
           "investiere in die Zukunft, gerade auch im Klimabereich."],
    quotes=[("\"sehr inspirierend\"", MERKEL),
            ("\"Den Strukturwandel meistern\"", None),
            ("\"großer Baustein\"", MERKEL),
            ("\"Transformation\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})

# --- bundeskanzlerin.de: news item on the tenth anniversary of the Nationaler Normenkontrollrat ---

add(id="ho309-bkin-2016-normenkontrollrat-waechterrolle",
    title="Merkel würdigt Normenkontrollrat Unbequemer Partner mit \"Wächterrolle\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/unbequemer-partner-mit-waechterrolle--195522",
    retrieved="same address (news item 195522 on the event '10 Jahre Normenkontrollrat', 2016; the page title 'Unbequemer "
              "Partner mit \"Wächterrolle\"' above the kicker and headline dropped, the kicker and headline run together "
              "in one line are the first line as stored (rule 150); the line '3 Min. Lesedauer', the image text "
              "'Bundeskanzlerin Angela Merkel spricht bei der Veranstaltung „10 Jahre nationaler Normenkontrollrat“.', the "
              "caption '\"Zehn Jahre Nationaler Normenkontrollrat haben sich bewährt\", so Kanzlerin Merkel in ihrer "
              "Rede.' with its quotation and the credit 'Foto: Bundesregierung/Plambeck' dropped (rules 93, 1047); the "
              "video box line 'Video Kanzlerin bei der Veranstaltung „10 Jahre Normenkontrollrat“' dropped as furniture "
              "(rule 93); the subheading 'Über die Spitze des bürokratischen Eisbergs' kept as a line; the next paragraph "
              "('Inzwischen sei die Systematik … \"Somit betrachten wir nicht mehr nur die Spitze des bürokratischen "
              "Eisbergs, … und das kann manchm'), cut off in the stored copy inside its quotation, and the rest dropped "
              "(rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Merkel hat zum zehnjährigen Bestehen des Nationalen Normenkontrollrats eine positive Bilanz "
           "gezogen. \"Auf dem Gebiet des Bürokratieabbaus und der besseren Rechtsetzung haben wir in den vergangenen zehn "
           "Jahren viel erreicht\", sagte sie.",
           "In ihrer Rede würdigte Bundeskanzlerin Angela Merkel die Verdienste des Nationalen Normenkontrollrats (NKR) und "
           "dankte den Mitgliedern für ihre engagierte Arbeit. Sie erinnerte an den \"Chor kritischer Stimmen\" zu Beginn: "
           "Der damaligen Koalition sei vorgeworfen worden, durch ein Gesetz Bürokratie zu schaffen, um Bürokratie "
           "abzubauen.",
           "\"Zehn Jahre Nationaler Normenkontrollrat haben sich bewährt\", resümierte die Kanzlerin. Zugleich hob sie die "
           "Erfolge der Bundesregierung beim Bürokratieabbau hervor. Dazu zähle insbesondere, dass mehr als zwölf "
           "Milliarden der jährlich anfallenden bürokratischen Lasten für die Wirtschaft erfolgreich abgebaut werden "
           "konnten.",
           "Über die Spitze des bürokratischen Eisbergs",
           "\"Wir haben uns nach Erreichen unseres Abbauziels entschlossen, den Betrachtungswinkel des bürokratischen "
           "Aufwands auszuweiten und damit die Folgekosten von Gesetzen noch transparenter zu machen\", erklärte die "
           "Kanzlerin."],
    quotes=[("\"Wächterrolle\"", MERKEL),
            ("\"Auf dem Gebiet des Bürokratieabbaus und der besseren Rechtsetzung haben wir in den vergangenen zehn Jahren "
             "viel erreicht\"", MERKEL),
            ("\"Chor kritischer Stimmen\"", MERKEL),
            ("\"Zehn Jahre Nationaler Normenkontrollrat haben sich bewährt\"", MERKEL),
            ("\"Wir haben uns nach Erreichen unseres Abbauziels entschlossen, den Betrachtungswinkel des bürokratischen "
             "Aufwands auszuweiten und damit die Folgekosten von Gesetzen noch transparenter zu machen\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel",
                      "Kanzlerin"]})

# --- steeven-bretz.de: repost of the bundesregierung.de article on the Day of German Unity 2020 ---

add(id="ho309-breg-repost-2020-10-03-festakt-potsdam",
    title="Festakt in Potsdam: Bundeskanzlerin Angela Merkel zum 30. Jahrestag der Deutschen Einheit",
    url="http://www.steeven-bretz.de/news/lokal/944/Festakt-in-Potsdam-Bundeskanzlerin-Angela-Merkel-zum-30-Jahrestag-"
        "der-Deutschen-Einheit-.html",
    retrieved="same address (news item 944 of the site of Steeven Bretz, member of the Brandenburg Landtag, of 3 October "
              "2020, reposting the Government's article with the source line 'Bundesregierung (bundesregierung.de)' under "
              "its headline; the date line '03.10.2020, 13:01 Uhr', the source line and the photo credit 'Foto Angela "
              "Merkel: Laurence Chaperon' dropped (rules 14, 112); the space in 'in Nord und Süd , \"einen' and the repeated "
              "sentence 'Es habe viel Mut gebraucht, um dahinzukommen' kept as stored (rule 20); the closing line "
              "'->Hier finden Sie den vollständigen Artikel sowie Videos und Fotos vom Tag der Deutschen Einheit in "
              "Potsdam' dropped as a link line (rule 1047); complete as stored (rule 1897))",
    license=BREG_SITE_REPOST,
    paras=["Zum Festakt des 30. Jahrestag der Deutschen Einheit bedankte sich Bundeskanzlerin Merkel bei allen Bürgerinnen "
           "und Bürgern, die dazu beigetragen haben, dass \"die Deutsche Einheit im Großen und Ganzen gelungen ist\". Es "
           "habe viel Mut gebraucht, um dahinzukommen und man müsse wieder \"mutig sein, um den Zusammenhalt unserer ganzen "
           "Gesellschaft immer wieder einzufordern\".",
           "\"Ich denke, wir können uns alle freuen, heute in Frieden und Freiheit den 30. Jahrestag der Deutschen Einheit "
           "zu begehen\", sagte Bundeskanzlerin Merkel am Samstag zum Festakt des Jubiläums in Potsdam. Es habe viel Mut "
           "gebraucht, um dahinzukommen und man werde weiterhin Mut brauchen, um gemeinsam in Ost und West, in Nord und "
           "Süd , \"einen guten, friedlichen Weg weiterzugehen\". Sie wünsche sich, \"dass wir weiterhin mutig neue Wege "
           "beschreiten, damit auch die, die nach uns kommen, und die jungen Menschen, die Kinder, ein gutes Leben haben, "
           "und dass wir neugierig auf die neuen Zeiten sind\", so die Kanzlerin."],
    quotes=[("\"die Deutsche Einheit im Großen und Ganzen gelungen ist\"", MERKEL),
            ("\"mutig sein, um den Zusammenhalt unserer ganzen Gesellschaft immer wieder einzufordern\"", MERKEL),
            ("\"Ich denke, wir können uns alle freuen, heute in Frieden und Freiheit den 30. Jahrestag der Deutschen "
             "Einheit zu begehen\"", MERKEL),
            ("\"einen guten, friedlichen Weg weiterzugehen\"", MERKEL),
            ("\"dass wir weiterhin mutig neue Wege beschreiten, damit auch die, die nach uns kommen, und die jungen "
             "Menschen, die Kinder, ein gutes Leben haben, und dass wir neugierig auf die neuen Zeiten sind\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel",
                      "Kanzlerin"]})

# --- bundeskanzlerin.de: transcript, handover of the annual report 2009/10 and the Expertise 2009 ---

add(id="ho309-bkin-2009-pressestatement-svr-jahresgutachten",
    title="Pressestatement der Bundeskanzlerin zur Übergabe des Jahresgutachtens 2009/10 und der Expertise 2009",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/pressestatement-der-bundeskanzlerin-zur-uebergabe-des-"
        "jahresgutachtens-2009-10-und-der-expertise-2009-846854",
    retrieved="same address (transcript 846854 of November 2009; the headline is the first line; the blank lines holding a "
              "single no-break space between the turns dropped (rule 19); the speaker labels 'Professor Franz:' and "
              "\"BK'in Merkel:\" kept where the transcript prints them; the next paragraph ('Wir schätzen Ihre Arbeit … "
              "unter der Überschrift „Die Zukunft nicht aufs Spiel setzen“ … Dann gibt es recht kritische Passagen, z'), "
              "cut off in the stored copy, and the rest dropped with its marked title (rule 15))",
    license=BREG,
    paras=["Professor Franz: Sehr geehrte Frau Bundeskanzlerin, der Sachverständigenrat überreicht Ihnen heute gleich zwei "
           "Bücher.",
           "Es ist zum einen die Expertise, die seitens der Bundesregierung zum Thema „Deutschland im internationalen "
           "Konjunkturzusammenhang“ angefordert worden ist. Ein wichtiges Ergebnis ist, dass im internationalen Vergleich "
           "die Widerstandsfähigkeit Deutschlands gegenüber außenwirtschaftlichen Schocks zwar durchschnittlich ist, dass "
           "wir aber relativ lange Zeit benötigen, um wieder auf den ursprünglichen Wachstumspfad zurückzukommen. "
           "Wirtschaftspolitisch heißt das, dass die Anpassungsfähigkeit in Deutschland noch erhöht werden muss.",
           "Das zweite Buch ist unser Hauptwerk, nämlich das Jahresgutachten 2009/10. Dort gehen wir insbesondere auf zwei "
           "herausragende Herausforderungen an die neue Bundesregierung ein. Das ist zum einen eine Exit-Strategie, die mit "
           "den Hinterlassenschaften der Wirtschafts- und Finanzkrise aufräumen soll. Zum anderen sollen "
           "Zukunftsinvestitionen verhindern, dass Deutschland dauerhaft auf einen niedrigen Wachstumspfad kommt.",
           "Frau Bundeskanzlerin, ich darf Ihnen hiermit die beiden Bücher überreichen.",
           "BK'in Merkel: Dankeschön! - Ich möchte mich zuerst bei Ihnen auch im Namen der ganzen Bundesregierung und "
           "insbesondere der betroffenen Ressorts, die heute hier anwesend sind, bedanken."],
    quotes=[("„Deutschland im internationalen Konjunkturzusammenhang“", None)],
    aliases={})

# --- bundeskanzlerin.de: transcript, handover of the annual report 2015/16 ---

add(id="ho309-bkin-2015-11-11-pressestatement-svr-jahresgutachten",
    title="Im Wortlaut Pressestatement von Bundeskanzlerin Merkel bei der Übergabe des Jahresgutachtens 2015/16 zur "
          "Begutachtung der gesamtwirtschaftlichen Entwicklung des Sachverständigenrates am 11. November 2015",
    url="https://www.bundeskanzlerin.de/breg-de/service/archiv/pressestatement-von-bundeskanzlerin-merkel-bei-der-"
        "uebergabe-des-jahresgutachtens-2015-16-zur-begutachtung-der-gesamtwirtschaftlichen-entwicklung-des-"
        "sachverstaendigenrates-am-11-november-2015-849020",
    retrieved="same address (archive transcript 849020; the page title above the kicker and headline dropped, the kicker "
              "'Im Wortlaut' and the headline run together in one line are the first line as stored (rule 150); the "
              "place line 'in Berlin' and the metadata lines 'Mitschrift Pressekonferenz' and 'Mittwoch, 11. November "
              "2015' kept as lines of their own without the list bullets (rule 93); the two salutation lines kept as "
              "lines of their own; the closing paragraph ('Danke! Wir werden das Gutachten gut studieren … Ich danke für "
              "Ihre Arbeit ganz herzl'), cut off in the stored copy, dropped (rule 15); the transcript has no speaker "
              "label: the headline names the Chancellor)",
    license=BREG,
    paras=["in Berlin",
           "Mitschrift Pressekonferenz",
           "Mittwoch, 11. November 2015",
           "Sehr geehrter Herr Schmidt,",
           "sehr geehrte Mitglieder des Sachverständigenrates,",
           "ich möchte mich im Namen der Bundesregierung und der auch hier anwesenden Minister für die Übergabe dieses "
           "Jahresgutachtens bedanken, in dem Sie dankenswerterweise auch die neuen Herausforderungen mit aufgenommen und "
           "mit bedacht haben.",
           "Die Tatsache, dass die Wirtschaft im Augenblick relativ robust ist, ist eine sehr gute Botschaft dahingehend, "
           "dass wir zusätzliche Herausforderungen natürlich damit besser stemmen können, als wenn das nicht der Fall wäre. "
           "Wir profitieren davon, dass die Beschäftigungslage sehr gut ist. Wir wissen aber natürlich auch, dass das noch "
           "keine Sicherheit für die Zukunft bedeutet, sondern dass das immer wieder erarbeitet werden muss. Angesichts der "
           "großen Herausforderungen durch die Migration und die Flüchtlinge haben wir eben weit mehr zu stemmen, als wir "
           "heute vor einem Jahr noch dachten, dass wir das zu stemmen haben. Insofern wird die Bundesregierung versuchen, "
           "die Herausforderungen, vor denen wir stehen, auch gut zu bewältigen. Gerade wenn ich an das Thema „Digitale "
           "Agenda“ denke, drängt ja auch die Zeit, und es ist weltweit eine unglaubliche Dynamik zu spüren."],
    quotes=[("„Digitale Agenda“", None)],
    aliases={})

# --- bundeskanzler.de: transcript, handover of the annual report 2021/22 ---

add(id="ho309-bk-2021-11-10-pressestatement-svr-jahresgutachten",
    title="Im Wortlaut Pressestatement von Bundeskanzlerin Merkel  bei der Übergabe des Jahresgutachtens des "
          "Sachverständigenrats zur Begutachtung der gesamtwirtschaftlichen Entwicklung am 10. November 2021",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/pressestatement-von-bundeskanzlerin-merkel-bei-der-uebergabe-des-"
        "jahresgutachtens-des-sachverstaendigenrats-zur-begutachtung-der-gesamtwirtschaftlichen-entwicklung-am-10-"
        "november-2021-1980058",
    retrieved="same address (transcript 1980058; the page title above the kicker and headline dropped, the kicker 'Im "
              "Wortlaut' and the headline run together in one line are the first line as stored, with the double space "
              "after 'Merkel' kept (rules 20, 150); the place line 'in Berlin' and the metadata lines 'Mitschrift "
              "Pressekonferenz' and 'Mittwoch, 10. November 2021' kept as lines of their own without the list bullets "
              "(rule 93); the last paragraph ('Sie sind bei der Wachstumsprognose etwas optimistischer … Wir stehen jetzt "
              "j'), cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["in Berlin",
           "Mitschrift Pressekonferenz",
           "Mittwoch, 10. November 2021",
           "BK’in Merkel: Liebe Frau Professor Schnitzer, Sie haben gerade gesagt: Am Ende muss immer eine politische "
           "Entscheidung gefällt werden. Das stimmt. Deshalb möchte ich mich bei Ihnen und allen Mitgliedern des "
           "Sachverständigenrates ganz herzlich für Ihre Arbeit bedanken.",
           "Der Titel des Gutachtens ist auch Programm für die Regierung: „Transformation gestalten“. Das ist gerade die "
           "Aufgabe der geschäftsführenden Bundesregierung und derer, die die neue Bundesregierung formieren werden. Da "
           "kommt das Gutachten zu einem richtigen Zeitpunkt, um noch Inspiration zu geben für die, die jetzt verhandeln.",
           "Ich begrüße die Schwerpunkte, die Sie gewählt haben, sehr. Ich glaube, die Themen Bildung, Digitalisierung, "
           "Nachhaltigkeit und Investitionen treiben uns alle um, und hier wir müssen auch schauen, dass wir unsere deutsche "
           "Wettbewerbsfähigkeit im internationalen Konzert erhalten und möglichst vorne mit dabei sind.",
           "Dass es mit Blick auf den Klimawandel um die umfassendste Transformation der Wirtschaft geht, die es seit der "
           "Industrialisierung gegeben hat, ist uns allen klar. Deshalb sind wir sehr froh, dass es eine Reihe von "
           "fundierten Ratschlägen gibt, die dann auch Einfluss auf das haben, was wahrscheinlich verhandelt wird."],
    quotes=[("„Transformation gestalten“", None)],
    aliases={})
