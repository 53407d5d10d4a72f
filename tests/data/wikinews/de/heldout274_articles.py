# Two-hundred-and-seventy-fourth held-out German real-news set (tests/data/heldout274-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1805-1809). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or slug, headline and two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-seventy-fourth held-out set": four articles of netzpolitik.org
# (2018-2025, licence NP), two articles and one volunteer FAQ page of Global Voices auf Deutsch (2014, 2019, licence GV) and one German Wikinews article
# of 2005 on de.wikinews.org (licence WN). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, NP, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


ADB = "Anke Domscheit-Berg"

# --- netzpolitik.org ---

add(id="ho274-np-2020-innenansichten-des-bundestages",
    title=None,
    url="https://netzpolitik.org/2020/innenansichten-des-bundestages",
    retrieved="same address (report of early 2020 on Anke Domscheit-Berg's talk at the 36th Chaos Communication Congress, "
              "Leipzig, December 2019; the stored copy begins with the first body paragraph, without headline, kicker or "
              "teaser (rules 18, 32); the subheading „Das Handwerkszeug der Opposition“ kept as a line of its own (rule "
              "18); the comment count '0 Ergänzungen' and the closing note 'Dieser Artikel ist älter als ein Jahr, daher "
              "sind die Ergänzungen geschlossen.' dropped as page furniture (rule 14); the line 'Anke Domscheit-Bergs "
              "ganzen Talk gibt es hier zum Nachschauen:', which introduces the embedded video, kept as the article's "
              "text)",
    license=NP,
    paras=["Anke Domscheit-Berg kämpft sich täglich durch stapelweise Faxe, die sie in ihrem Büro im Bundestag erreichen. "
           "Erst 2018 durfte sie miterleben, wie der Bundestag einen eigenen Wlan-Anschluss bekam. „Ich habe zu tun mit "
           "einer so analogen Umgebung, wie ich sie seit Jahrzehnten nicht erlebt habe“, sagt die Netzaktivistin zu Beginn "
           "ihres Talks beim Chaos Communication Congress (36c3) Ende Dezember in Leipzig.",
           "„Das Handwerkszeug der Opposition“",
           "Domscheit-Berg ist seit 2017 parteiloses Mitglied der Linksfraktion des Bundestages. Auf dem 36c3 gab sie "
           "Insider-Einblicke in den Alltag als Parlamentarierin. Sie erklärt unterhaltsam, welche Mittel ihr als "
           "Oppositionsabgeordneter zur Verfügung stehen, um „das Betriebssystem des Bundestages zu hacken“. Die Abläufe "
           "seien intransparent und nicht gerade darauf ausgelegt, Beteiligung zu fördern. Sie erklärt, wie welche "
           "Instrumente geschickt eingesetzt werden können, um Themen zu setzen oder die „Regierung zu ärgern“.",
           "So hat Domscheit-Berg beispielsweise vergangenes Jahr durch eine schriftliche Frage herausfinden können, dass "
           "von den 39.000 Personen, die über die Plattform fragdenstaat.de das Glyphosat-Gutachten angefordert hatten, "
           "noch niemand Zugang dazu erhalten habe (Stand Mai 2019).",
           "Es sei ein harter Job, mit einer steilen und langen Lernkurve, resümiert sie. Aber sie findet auch: „In der "
           "Opposition kann man einen Unterschied machen und noch besser geht das gemeinsam – ich kann eure Vertreterin im "
           "Bundestag sein!“",
           "Anke Domscheit-Bergs ganzen Talk gibt es hier zum Nachschauen:"],
    # cue after the quotation with a role noun (rule 7); partial quotations after `Sie erklärt` are hers (pronoun, NOTES.md);
    # colon cue `sie findet auch:`; the subheading in marks is credited to nobody in the kept text (rule 1805)
    quotes=[("„Ich habe zu tun mit einer so analogen Umgebung, wie ich sie seit Jahrzehnten nicht erlebt habe“", ADB),
            ("„Das Handwerkszeug der Opposition“", None),
            ("„das Betriebssystem des Bundestages zu hacken“", ADB),
            ("„Regierung zu ärgern“", ADB),
            ("„In der Opposition kann man einen Unterschied machen und noch besser geht das gemeinsam – ich kann eure "
             "Vertreterin im Bundestag sein!“", ADB)],
    aliases={ADB: ["Anke Domscheit-Berg", "Domscheit-Berg", "Netzaktivistin", "die Netzaktivistin"]})

add(id="ho274-np-2025-05-republica-wir-sehen-uns",
    title=None,
    url="https://netzpolitik.org/2025/republica-wir-sehen-uns/",
    retrieved="same address (announcement of May 2025 of the editors' talks at the re:publica 2025; the search tool's "
              "date prefix ' date 2025-05' dropped; the stored copy begins with the teaser, without headline (rules 18, "
              "32); the subheading 'Von Deepfakes bis digitale Teilhabe' and the paragraph after it ('Die frühere "
              "netzpolitik.org-Autorin Marie Bröckling … wie eine Regelung zum besseren Schutz da'), cut off in the stored "
              "copy, dropped (rule 15))",
    license=NP,
    paras=["Nächste Woche findet die größte Konferenz für die digitale Gesellschaft in Europa statt: die re:publica. Das "
           "Programm verspricht spannende Themen und Formate, darunter aus unserer Redaktion auch Ingo, Sebastian und "
           "Constanze.",
           "Die re:publica steht vor der Tür. Unter dem diesjährigen Motto „Generation XYZ“ gibt es vom 26. bis 28. Mai "
           "2025 auf der Konferenz in Berlin Vorträge, Diskussionen, Workshops, Performances, Ausstellungen und vieles "
           "mehr rund um die digitale Gesellschaft. Auch Redakteur:innen von netzpolitik.org werden vor Ort sein und über "
           "aktuelle netzpolitische Themen sprechen.",
           "Am Montag spricht Ingo Dachwitz über den Digitalen Kolonialismus. Er erklärt, wie die Ausbeutung hinter der "
           "Digitalisierung aussieht und warum wir sie beenden müssen. Bereits im Februar erschien sein Buch: „Digitaler "
           "Kolonialismus: Wie Tech-Konzerne und Großmächte die Welt unter sich aufteilen“. Jetzt spricht er zu diesem "
           "Thema um 14:15 Uhr auf Stage 3.",
           "Zwei Stunden später, um 16:15 Uhr auf Stage 6, spricht unser Redakteur Sebastian Meineck zusammen mit Rebecca "
           "Ciesielski vom Bayerischen Rundfunk darüber, wie Databroker die Handy-Standortdaten von vielen Millionen "
           "Menschen weltweit verkaufen. Die Zuhörenden erfahren den aktuellen Stand der Databroker-Recherchen und können "
           "selbst prüfen, ob auch ihr eigenes Handy betroffen ist.",
           "Constanze Kurz nimmt am Mittwoch um 12:30 Uhr an einer Podiumsdiskussion auf Stage 2 teil. Dabei diskutiert "
           "sie mit Annika Brockschmidt, Nadia Zaboura und Georg Restle die Frage, ob wir eine öffentlich-rechtliche "
           "Plattform brauchen, um Musk und Co. etwas entgegensetzen zu können."],
    # conference motto (rule 24); book title after the colon of `erschien sein Buch:` (rule 1808)
    quotes=[("„Generation XYZ“", None),
            ("„Digitaler Kolonialismus: Wie Tech-Konzerne und Großmächte die Welt unter sich aufteilen“", None)],
    aliases={})

add(id="ho274-np-2018-12-35c3-programmempfehlungen",
    title=None,
    url="https://netzpolitik.org/2018/35c3-programmempfehlungen-fuer-den-chaos-communication-congress-im-heimkino/",
    retrieved="same address (programme tips of December 2018 for the 35th Chaos Communication Congress; the search tool's "
              "date prefix ' date 2018-12' dropped; the stored copy begins with the teaser, without headline (rules 18, "
              "32); the subheading 'Aus der Wurstfabrik: Innenansichten aus dem Bundestag' and the paragraph after it "
              "('„Alle Macht geht vom Volke aus“, klar. … Etwa den mit dem AfD: Die AfD-Bundestagsfraktion'), cut off in "
              "the stored copy, dropped with its quotation (rules 15, 17))",
    license=NP,
    paras=["Kein Ticket für den 35. Chaos Communication Congress? Macht nichts, denn zuschauen, wenn sich Hackerinnen und "
           "Hacker aus der ganzen Welt in Leipzig treffen, kann man auch per Livestream. Die Programmtipps der Redaktion.",
           "Wenn sich Ende des Jahres wieder die Hackerszene zum Chaos Communication Congress trifft, gibt es viele gute "
           "Gründe zuzuschauen. Denn was auf dem Congress besprochen wird, betrifft und interessiert längst nicht mehr "
           "bloß Menschen mit Informatikstudium oder selbstgebautem Funkgerät. Die Auswirkungen von Technologie auf die "
           "Gesellschaft dürften in diesem Jahr den wenigsten entgangen sein – vor allem, wenn sie dieses Blog lesen. Auf "
           "dem Congress wird gelötet und gehackt. Es geht aber auch um den Aufstieg der Rechten im Netz, um die "
           "elektronische Gesundheitsakte, um Datenspuren auf Netflix oder die Frage, was Künstliche Intelligenz mit der "
           "Seele zu tun hat. Sprich: um Themen, die auch diejenigen bewegen, die noch nie eine Zeile Programmcode in ihrem "
           "Leben getippt haben.",
           "Die Tickets waren auch in diesem Jahr wieder schneller ausverkauft als man „Refresh“ drücken konnte. Es gibt "
           "allerdings noch zirkulierende Tickets und eine Wiki-Seite als Tauschbörse für Kurzentschlossene. Für die "
           "Daheimgebliebenen stellt der CCC allerdings einen Livestream zur Verfügung, den ihr hier schauen könnt. Wir "
           "steuern ein paar Programmtipps aus der Redaktion bei und ihr könnt in Puschen auf dem Sofa sitzen bleiben.",
           "Wir haben Vorträge und Diskussionen mit Beteiligung unserer Redaktion in einem extra Artikel zusammengefasst."],
    # the label of a browser key in marks is nobody's utterance (rule 1806)
    quotes=[("„Refresh“", None)],
    aliases={})

add(id="ho274-np-2019-12-programm-empfehlungen-36c3",
    title=None,
    url="https://netzpolitik.org/2019/programm-empfehlungen-aus-der-redaktion/",
    retrieved="same address (programme tips of December 2019 for the 36th Chaos Communication Congress; the stored copy "
              "begins with the first body paragraph, without headline (rules 18, 32); the day headings kept as lines of "
              "their own (rule 18); the talk titles' marks kept as published, opening “ and closing “ (rule 20); the "
              "heading 'Samstag, Tag 2' and the paragraph after it ('Um 14:10 geben Patrick „packi“ Stählin, … Um 17:10 "
              "spricht Elisabeth Niekrenz über “Die Zukunft grenzüberschreitenden Date'), cut off in the stored copy, "
              "dropped with its quotations (rules 15, 17))",
    license=NP,
    paras=["Alle Jahre wieder steht Ende Dezember nicht nur das Weihnachtsfest sondern auch der Chaos Communication Congress "
           "bevor. Unter dem Motto „Resource Exhaustion“ werden sich zwischen den Jahren wieder mehrere Tausend "
           "Hacker:innen in Leipzig versammeln. Das Programm ist wieder sehr umfangreich und vielseitig und deshalb haben "
           "wir hier ein paar Empfehlungen zusammengestellt, die das Zurechtfinden im Programm erleichtern.",
           "Diese Liste ist nicht vollständig und wir legen jeder und jedem ans Herz, sich den Fahrplan selbst genau "
           "anzusehen. Neben den Vorträgen gibt es auch zahlreiche Workshops, Kunstinstallationen und andere "
           "Veranstaltungen auf dem Messegelände. Wir haben die Talks unter Beteiligung unserer Redakteur:innen in einem "
           "anderen Artikel gesondert aufgelistet.",
           "Wer nicht in Leipzig sein kann, kann alle hier gelisteten Vorträge im Livestream oder später als Video gucken.",
           "Freitag, Tag 1",
           "Am ersten Tag präsentieren Kai Biermann und Martin Haase ihre Auswertung der Sprache im Bundestag. Für ihren "
           "Vortrag “Vom Ich zum Wir – Gesellschaftlicher Wandel in den Reden im Bundestag“ um 14:10 nutzen sie das Tool "
           "von Zeit Online zur Auswertung der Plenarprotokolle des Bundestages.",
           "Die Qual der Wahl gibt es um 23:30. Arne Vogelsang spricht über die gamingbasierte Strategien der radikalen "
           "Rechten mit Beispielen aus Deutschland und den USA. Titel: “Let’s play Infokrieg – wie die radikale Rechte "
           "(ihre) Politik gamifiziert“. Außerdem präsentiert Gabriella „Biella“ Coleman das Projekt Hack_Curio. Die Gruppe "
           "sammelt Videos von und über Hacker:innen. “Decoding the Cultures of Hacking One Video at a Time“."],
    # motto and talk titles (rules 24, 1806); the nickname between given name and surname (rule 1806)
    quotes=[("„Resource Exhaustion“", None),
            ("“Vom Ich zum Wir – Gesellschaftlicher Wandel in den Reden im Bundestag“", None),
            ("“Let’s play Infokrieg – wie die radikale Rechte (ihre) Politik gamifiziert“", None),
            ("„Biella“", None),
            ("“Decoding the Cultures of Hacking One Video at a Time“", None)],
    aliases={})

# --- Global Voices auf Deutsch ---

add(id="ho274-gv-2014-04-wikitongues",
    title=None,
    url="https://de.globalvoices.org/2014/04/10/wikitongues-dokumentiere-deine-sprache/",
    retrieved="same address (Global Voices auf Deutsch article of 10 April 2014; the stored copy begins with the first body "
              "paragraph, without headline (rules 18, 32); the two lines introducing embedded videos ('Hier ist ein "
              "Beispiel auf Englisch, …:', 'Es gibt ebenfalls einen Bereich für Polyglotte, …:') kept as the article's "
              "text; the bracketed gloss '[Botschafter]' and the link marker '[en]' kept as published (rule 20))",
    license=GV,
    paras=["Wikitongues ist ein neues Projekt, das versucht, die 7.000 Sprachen der Welt zu dokumentieren.",
           "Das Projekt bittet Menschen darum, mitzumachen, mit eigenen Videos, in denen sie in ihre eigene Sprache "
           "sprechen, sei es Deutsch, Urdu, Swahili oder irgendeine andere und organisiert es hauptsächlich über sein "
           "Youtube-Konto.",
           "Zurzeit baut Wikitongues eine Plattform, in der jeder selbst Videos laden kann und macht daraus ein "
           "gemeinschaftliches und gemeinnütziges Projekt. Sie hoffen, bis Ende des Jahres ihre aktuellen 50 Videos auf 100 "
           "zu erweitern. Diejenigen, die dabei helfen, eine Datenbank aufzubauen, um einfacher an die Informationen zu "
           "kommen, werden “Ambassadors” [Botschafter] genannt und sitzen in der Schweiz, Simbabwe, Südafrika, Norwegen, "
           "Russland und Spanien.",
           "Sie hoffen, bei der Dokumentierung von vielen unterschiedlichen Menschen, die dieselbe Sprache aus "
           "verschiedenen Regionen sprechen, die kulturelle Anwendung der Sprache demonstrieren zu können, so der "
           "Mitbegründer Daniel Bogre Udell.",
           "Hier ist ein Beispiel auf Englisch, mit jeweils einem Sprecher aus Nordcarolina (USA) und aus Südafrika:",
           "Es gibt ebenfalls einen Bereich für Polyglotte, also Menschen, die mehr als eine Sprache sprechen:",
           "Die Videos beinhalten sogenannte “Minderheiten”-Sprachen, wie Quiché, eine Untergruppe der Maya-Sprachen mit "
           "Ursprung in Guatemala. Dennoch achtet die Gruppe darauf, die Sprachen weder als Mehrheits- oder "
           "Minderheitssprachen zu bezeichnen und gibt den verschiedenen Sprachen dieselbe Gewichtung, ungeachtet der "
           "weltweiten Anzahl von Sprechern.",
           "Wikitongues wählt auch die “Sprache der Woche”, um sie in ihrem Tumblr-Blog [en] zu besprechen. Links und "
           "Informationen über jede Sprache werden hinzugefügt. Neulich stand Baskisch im Mittelpunkt.",
           "Du kannst das Projekt auf Facebook, Instagram und Twitter verfolgen und dich verbinden, um deine eigenen Videos "
           "zu teilen."],
    # the project's term for its helpers, a distancing `sogenannte` and the name of a feature (rules 24, 75, 1807); the
    # co-founder's `so`-cue reports unmarked indirect speech (rule 5)
    quotes=[("“Ambassadors”", None),
            ("“Minderheiten”", None),
            ("“Sprache der Woche”", None)],
    aliases={})

add(id="ho274-gv-2019-03-actlenguas-twitter-kampagne",
    title=None,
    url="https://de.globalvoices.org/2019/03/11/ganzjahrige-twitter-kampagne-wird-zum-sprachrohr-fur-50-internetaktivisten-"
        "fur-indigene-sprachen/",
    retrieved="same address (Global Voices auf Deutsch article of 11 March 2019 on the Rising Voices campaign @ActLenguas; "
              "the stored copy begins with the first body paragraph, without headline (rules 18, 32); the subheading 'Die "
              "Teilnehmer' and the paragraph after it ('Die erste Gastgeberin im Januar war Yásnaya Elena Aguilar Gil, … "
              "Ihr Profil auf der RV-Webseite enthält weitere Inform'), cut off in the stored copy, dropped (rule 15))",
    license=GV,
    paras=["Internetaktivisten für indigene Sprachen aus ganz Lateinamerika bespielen seit dem 14. Januar im "
           "Rotationsverfahren den Twitter-Account @ActLenguas („Sprachaktivismus“). Diese Social-Media-Kampagne, die von "
           "Rising Voices gestartet wurde, findet im Rahmen des Internationalen Jahres der Indigenen Sprachen 2019 statt und "
           "soll den unterschiedlichen Stimmen der Region Raum geben, ihre Erfahrungen mit der Wiederbelebung ihrer "
           "Sprachen zu teilen.",
           "Über 50 Wochen wechseln sich die 50 verschiedenen Aktivisten ab und teilen ihre Ansichten darüber, was ihre "
           "Sprachen für sie selbst und ihre Communities bedeuten. Alle teilnehmenden Aktivisten arbeiten daran, die "
           "Anwendung ihrer Sprachen in neuen Bereichen wie dem Internet zu fördern, was viele Chancen und "
           "Herausforderungen bereithält. Ihr Aktivismus hat aber auch offline eine Bedeutung, die im Zusammenhang mit "
           "prägenden historischen und aktuellen Kontexten steht, die die Widerstandskraft indigener Sprachen "
           "beeinflussen.",
           "Seit fünf Jahren unterstützt Rising Voices (RV) den digitalen Aktivismus, indem es Versammlungen und Workshops "
           "mitorganisiert und Projekten der Region kleine finanzielle Zuschüsse, sogenannte Microgrants, und andere "
           "Unterstützung bietet. RV rückt zwar innovative digitale Initiativen bereits auf seiner interaktiven Karte in "
           "den Fokus, doch die Twitter-Kampagne erscheint den Organisatoren besonders wichtig, weil die Aktivisten dabei "
           "die Follower des Accounts direkt ansprechen können.",
           "Der Aufruf zur Teilnahme wurde äußerst positiv aufgenommen, sodass bereits Anfang des Jahres die "
           "Teilnehmerliste bis in den Mai hinein gefüllt war. Rising Voices vergab die Plätze zunächst an Aktivisten, die "
           "an einem der regionalen Treffen, einem der Förderprogramme für Microgrants oder anderen RV-Aktivitäten "
           "teilgenommen hatten."],
    # a German gloss of an account name in brackets (rule 1807)
    quotes=[("„Sprachaktivismus“", None)],
    aliases={})

GGCO = "Gabriela Garcia Calderon Orbe"
RIVERA = "Elizabeth Rivera"

add(id="ho274-gv-lingua-faq-fuer-freiwillige",
    title="Lingua FAQ für Freiwillige",
    url="https://de.globalvoices.org/engagieren/lingua-faq-fur-freiwillige/",
    retrieved="same address (undated page of Global Voices auf Deutsch for volunteer translators; the logo text 'Global "
              "Voices' run together with the first sentence ('Global Voices Danke für dein Interesse …') and the typing "
              "errors 'dass selbst publizierte', 'SChwerpunkt', 'Übersetzuungsprojekt' kept as published (rule 20); the "
              "questions kept as lines of their own (rule 18); the English testimonials, which the German page quotes "
              "untranslated, kept in English; the second testimonial's missing opening mark kept as published (rules 20, "
              "22); the third testimonial ('“Because I feel the urgency to'), cut off in the stored copy, dropped with its "
              "quotation (rules 15, 17))",
    license=GV,
    paras=["Global Voices Danke für dein Interesse an den ehrenamtlichen Möglichkeiten bei Global Voices!",
           "Global Voices sucht immer nach Übersetzern, die bereit sind, die Sprachbarrieren, die Menschen und Kulturen "
           "trennen, abzubauen. Wenn du unsere Über-uns-Seite gelesen hast, wenn du das Global-Voices-Manifest "
           "befürwortest und du mehr über unsere tägliche Arbeit wissen möchtest, bevor du dich für unser Team von "
           "freiwilligen Übersetzern bewirbst, dann lies dir bitte hier die Antworten zu den häufigsten Fragen der "
           "Freiwilligen durch.",
           "Deine Frage steht nicht da? Bitte schreib uns!",
           "Was ist Global Voices und was ist Lingua?",
           "Global Voices Online ist ein internationales, mehrsprachiges und von Freiwilligen geführtes Projekt, dass "
           "selbst publizierte Inhalte aus Blogs, Podcasts, Foto-Websiten und Videablogs aus aller Welt sammelt, "
           "zusammenfasst und ihnen Kontext verleiht. Dabei liegt der SChwerpunkt auf Ländern außerhalb Europa und "
           "Nordamerika. Wir sind eine vielsprachige Gemeinschaft von Menschen, die bei vielen Projekten zusammenarbeiten, "
           "zum Beispiel Rising Voices, Global Voices Advocacy, und Lingua, einem Übersetzuungsprojekt, welches die "
           "Geschichten von der Website “Global Voices in English” in anderen Sprachen zugänglich macht.",
           "Warum sollte ich ein freiwilliger Übersetzer werden?",
           "Lies einfach wie einige der Global-Voices-Übersetzer diese Frage beantworten!",
           "“I’m a volunteer translator because I think it’s very important to convey people’s voices in a way and a "
           "language each one can understand.”, says Gabriela Garcia Calderon Orbe who joined Global Voices in Spanish in "
           "November 2007 and has since translated over 2,680 posts.",
           "To connect, to learn, to share and most of all to contribute making this a better world…the world I dreamed "
           "of,” says Elizabeth Rivera, a Mexican translator and author, mom and life enthusiast based in Santiago, Chile "
           "who joined Global Voices team in 2011."],
    # the name of a site (rule 24); English testimonials with the English cue `says X` after the quotation (rule 1809);
    # the second without its opening mark runs from the paragraph start to its closing mark (rule 22)
    quotes=[("“Global Voices in English”", None),
            ("“I’m a volunteer translator because I think it’s very important to convey people’s voices in a way and a "
             "language each one can understand.”", GGCO),
            ("To connect, to learn, to share and most of all to contribute making this a better world…the world I dreamed "
             "of,”", RIVERA)],
    aliases={GGCO: ["Gabriela Garcia Calderon Orbe"],
             RIVERA: ["Elizabeth Rivera", "a Mexican translator and author"]})

# --- German Wikinews ---

add(id="ho274-wn-2005-10-18-25-jahre-greenpeace",
    title="25 Jahre Greenpeace",
    url="https://de.wikinews.org/wiki/25_Jahre_Greenpeace",
    retrieved="same address (article of 18 October 2005; the skip link 'Zum Inhalt springen', the line 'aus Wikinews, einem "
              "freien Wiki für Nachrichten', the status box 'Artikelstatus: Fertig 22:26, 20. Okt. 2005 (CEST) / Bitte "
              "keine weiteren inhaltlichen Veränderungen vornehmen, sondern einen Folgeartikel schreiben.', the placeholder "
              "of a deleted image ('Hier stand einmal ein Bild, das von den Commons aus eingebunden wurde, dort aber "
              "gelöscht wurde.'), its caption 'Greenpeace-Aktion in Brasilien' and the empty section headings "
              "'Themenverwandte Artikel' and 'Quellen' dropped (rule 14))",
    license=WN,
    paras=["Hamburg (Deutschland), 18.10.2005 – Die Umweltschutzorganisation Greenpeace Deutschland feiert ihren 25. "
           "Geburtstag. „Greenpeace Deutschland“ ging 1980 aus dem „Verein zur Rettung und Erhaltung von Walen und Robben“ "
           "hervor und ist inzwischen mit über 550.000 Mitgliedern und Förderern zur größten Umweltschutzorganisation "
           "Deutschlands geworden.",
           "Die Geschichte von Greenpeace Deutschland begann am 13. Oktober 1980 mit einer Protestaktion gegen die "
           "Dünnsäure-Verklappung in die Nordsee. Das ist heute längst kein Thema mehr, und Greenpeace hat sich anderen "
           "Themen zugewandt. So machen sie unter anderem mit spektakulären Protestaktionen auf Probleme wie die Zerstörung "
           "des Regenwaldes, Walfang oder Gentechnik aufmerksam. Zu ihren größten Erfolgen zählen die Umweltschützer die "
           "Anerkennung des „Weltpark Antarktis“ 1998, der die industrielle Nutzung der Antarktis verhindert, sowie die "
           "Entwicklung und Markteinführung des FCKW-freien Kühlschranks „Greenfreeze“, der weltweit inzwischen rund 150 "
           "Millionen Mal verkauft worden ist.",
           "In Zukunft möchte Greenpeace Deutschland noch besser auf Umweltprobleme (wie den Klimawandel), die durch die "
           "Globalisierung entstehen, reagieren und dafür ihre eigenen Aktionen ebenfalls globalisieren."],
    # names of an organisation, an association, a protected area and a product (NOTES.md; rule 24)
    quotes=[("„Greenpeace Deutschland“", None),
            ("„Verein zur Rettung und Erhaltung von Walen und Robben“", None),
            ("„Weltpark Antarktis“", None),
            ("„Greenfreeze“", None)],
    aliases={})
