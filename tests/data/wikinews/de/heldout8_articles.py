# Eighth held-out German real-news set (tests/data/heldout8-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-55 and the eighth held-out rules 56 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL and by the distinctive quotation strings of every document). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut out of a
# paragraph with spans.cut.
# Sources: netzpolitik.org (CC BY-NC-SA 4.0), Global Voices auf Deutsch (CC BY 3.0) and the German service of the
# press agency Pressenza (CC BY 4.0). Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import GV, NP  # noqa: E402,F401

PZ = ("CC BY 4.0 (Pressenza - International Press Agency, German service; attribution: Pressenza and the named "
      "author of the article, see the URL)")
ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org ---

p2 = ("Mehr als 40 Transparenzorganisationen aus Europa wehren sich mit einem offenen Brief gegen Intransparenz im "
      "EU-Gesetzgebungsprozess. Laut den Organisationen findet bei etwa 80 Prozent der Gesetze ein sogenannter "
      "„Trilog“ statt. Im Trilog handeln EU-Kommission, die EU-Länder und das Parlament Gesetze am Ende aus – doch "
      "dieser Prozess „spielt sich weitgehend im Dunklen ab“, kritisieren die NGOs.")
p3 = ("Konkret kritisiert die Informationsfreiheitsorganisation FragdenStaat den Umgang mit dem EU-Gesetzespaket aus "
      "Digital Services Act (DSA) und Digital Markets Act (DMA). Dies sei einst gepriesen worden als das Grundgesetz "
      "der Online-Welt, das mehr Transparenzpflichten für die großen Plattformen und mehr Macht für die Nutzer:innen "
      "bringen solle. „Aber die Entstehung der beiden Gesetze spricht eine andere Sprache“, heißt es in einem "
      "Blogbeitrag von FragDenStaat zum Thema.")
add(id="ho8-np-2022-trilog-plattformgesetze",
    title="EU-Trilog zu PlattformgesetzenNGOs kritisieren intransparente Verhandlung von Gesetzen",
    url="https://netzpolitik.org/2022/eu-trilog-zu-plattformgesetzen-ngos-kritisieren-intransparente-verhandlung-von-gesetzen/",
    retrieved="same address (stored page of 2022; kicker and headline run together as stored (rule 18); the image "
              "description 'Geheimtüre hinter Bücherregal' and the caption with its credit 'Was im Trilog wirklich "
              "passiert, erfährt die Öffentlichkeit nur selten. (Symbolbild) – Gemeinfrei-ähnlich freigegeben durch "
              "unsplash.com Stefan Steinbauer' dropped (rule 19); the trailing space after 'in der Erklärung.' "
              "dropped; the paragraph 'Im offenen Brief fordern die Organisationen nun gemeinsam, …', cut off in the "
              "stored copy, dropped (rule 17))",
    license=NP,
    paras=["Die Zivilgesellschaft kommt fast nie an Dokumente aus den Trilog-Verhandlungen bei Gesetzen der EU. Dabei "
           "werden die mittlerweile bei vier von fünf Gesetzen durchgeführt. Gegen die Intransparenz gibt es schon "
           "länger Protest.",
           p2, p3,
           "Während Digitalkonzerne gegen die Einschränkungen ihrer Geschäftsmodelle massive Lobbyarbeit betreiben "
           "könnten, bleibe die Zivilgesellschaft außen vor. Sie hätte keinen Zugang zu zentralen Dokumenten aus dem "
           "Verhandlungsprozess, weil diese nicht veröffentlicht würden. Auch die Presse sei auf Leaks angewiesen, "
           "heißt es weiter in der Erklärung."],
    quotes=[("„Trilog“", None),
            ("„spielt sich weitgehend im Dunklen ab“", "Transparenzorganisationen"),
            (cut(p3, "„Aber die", "Sprache“"), "FragDenStaat")],
    aliases={"Transparenzorganisationen": ["Transparenzorganisationen", "NGOs", "Organisationen"],
             "FragDenStaat": ["FragDenStaat", "FragdenStaat", "Informationsfreiheitsorganisation FragdenStaat"]})

p3 = ("Diese finalen Verhandlungen finden in mehreren Runden hinter verschlossenen Türen statt, teils über viele Monate "
      "oder gar Jahre. NGOs ist das schon lange ein Dorn im Auge. „Ohne Zugang zu den aktuellen Dokumenten ist eine "
      "kritische Begleitung der EU-Gesetzgebung in der entscheidenden Phase kaum möglich“, konstatieren heute in einer "
      "Pressemitteilung Felix Duffy und Verena Leyendecker von Lobby Control. Mehr Transparenz kann laut der NGO dazu "
      "beitragen, das Machtungleichgewicht beim Lobbyismus zwischen Konzernen und Zivilgesellschaft in Brüssel "
      "auszugleichen.")
add(id="ho8-np-2023-02-trilog-beschwerde", title=None,
    url="https://netzpolitik.org/2023/eu-trilog-ngos-fordern-mehr-transparenz-ueber-geheimverhandlungen/",
    retrieved="same address (stored page of February 2023; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the paragraph 'Gemeinsam mit den "
              "Transparenzorganisationen Corporate Europe Observatory, …', cut off in the stored copy, dropped together "
              "with its subheading 'Bürgerbeauftragte setzt sich für mehr Transparenz ein' (rule 17))",
    license=NP,
    paras=["Trotz anhaltender Kritik schließt die Europäische Union die Öffentlichkeit weiter aus einem wichtigen "
           "Schritt der EU-Gesetzgebung aus. Dagegen legen nun mehrere Nichtregierungsorganisationen Beschwerde bei der "
           "Europäischen Bürgerbeauftragten Emily O’Reilly ein. Die NGOs wollen erreichen, dass das EU-Parlament die "
           "Zwischenstände aus den Trilog-Verhandlungen der EU künftig proaktiv veröffentlicht.",
           "Der Trilog ist die letzte und entscheidende Phase im Gesetzgebungsprozess der EU. Dieser beginnt in der "
           "Regel damit, dass die Europäische Kommission einen Vorschlag für eine Verordnung oder Richtlinie vorlegt. "
           "Hierzu beziehen nach intensiven Debatten das EU-Parlament und die Mitgliedstaaten im Rat Stellung. Sie "
           "formulieren den Gesetzestext um, streichen Artikel oder erarbeiten Gegenvorschläge. Die Positionen der drei "
           "Institutionen können dabei weit voneinander abweichen. Im Trilog müssen sie am Ende einen Kompromiss "
           "finden.",
           p3],
    quotes=[(cut(p3, "„Ohne Zugang", "möglich“"), "Felix Duffy")],
    aliases={"Felix Duffy": ["Felix Duffy", "Verena Leyendecker"]})

p2 = ("Schon am Samstag, den 23. Februar soll eine weitere Demonstration in Köln stattfinden. Sie wurde von den "
      "Veranstaltern der ersten großen Uploadfilter-Demo angemeldet und startet am Samstag um 13 Uhr auf dem Kölner "
      "Neumarkt. In Berlin hat sich derweil ein Bündnis „Berlin gegen 13“ gebildet, dem der Chaos Computer Club, die "
      "Digitale Gesellschaft, der Journalistenverband Freischreiber und der Frauen-Hackerspace Heart of Code angehören. "
      "Das Bündnis ruft zu einer Demonstration am 2. März in Berlin auf, die um 13 Uhr am Axel-Springer-Hochhaus "
      "startet und zur Vertretung der Europäischen Kommission führen soll.")
add(id="ho8-np-2019-02-uploadfilter-demos", title=None,
    url="https://netzpolitik.org/2019/immer-mehr-demonstrationen-gegen-uploadfilter-schon-vor-dem-grossen-aktionstag/",
    retrieved="same address (stored page of February 2019; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the alliance's call, which the page sets as a block "
              "quote without quotation marks, kept as its own line and not annotated (rule 23); the paragraph 'Es wird "
              "nicht die einzige Demonstration zum Thema in B…', cut off in the stored copy, dropped together with its "
              "subheading 'Vorbereitungen für Großdemo laufen' (rule 17))",
    license=NP,
    paras=["Nach ein wenig Grummeln der SPD hat Deutschland dann doch zugestimmt: Der Rat der EU-Staaten hat "
           "Uploadfilter und Leistungsschutzrecht durchgewunken. Jetzt liegt es am EU-Parlament, ob die "
           "Urheberrechtsreform angenommen wird oder nicht. Unterdessen formieren sich immer mehr Demonstrationen gegen "
           "die Uploadfilter in verschiedenen Städten Deutschlands.",
           p2,
           "In einem gemeinsamen Aufruf wehrt sich das Bündnis hauptsächlich gegen Upload-Filter:",
           "Mit wenig Aufwand kann die jetzt aufzubauende Upload-Infrastruktur auch für ganz andere Zwecke missbraucht "
           "werden: Was heute für die Durchsetzung von Urheberrechten genutzt wird, kann morgen schon für die "
           "Unterdrückung missliebiger politischer Meinung und Information genutzt werden. Sind die Uploadfilter einmal "
           "da, werden sie Begehrlichkeiten wecken bei allen, denen Demokratie und Meinungsfreiheit schon immer ein Dorn "
           "im Auge war. Die geplante EU-Verordnung gegen Terrorpropaganda ist da nur der erste Schritt.",
           "Mit der Demonstration fordert das Bündnis die EU-Abgeordneten auf, in der Abstimmung gegen die Reform zu "
           "stimmen und einen neuen Anlauf zu starten „für eine Reform, die Grund- und Freiheitsrechte nicht bedroht“."],
    quotes=[("„Berlin gegen 13“", None),
            ("„für eine Reform, die Grund- und Freiheitsrechte nicht bedroht“", "Bündnis")],
    aliases={"Bündnis": ["Bündnis"]})

p5 = ("Offenkundig konnte sich die sozialdemokratische Innenpolitikerin bei ihren Koalitionspartnern damit nicht "
      "durchsetzen. Dem Vernehmen nach sei Faeser nicht an den jüngsten Verhandlungen beteiligt gewesen. Diese seien "
      "„auf höchster Ebene“, also zwischen Bundeskanzler Olaf Scholz (SPD) und Marco Buschmann (FDP) geführt und "
      "abgeschlossen worden, heißt es aus Regierungskreisen.")
add(id="ho8-np-2024-04-quick-freeze-einigung", title=None,
    url="https://netzpolitik.org/2024/einigung-zu-quick-freeze-vorratsdatenspeicherung-ist-jetzt-leiche-im-keller/",
    retrieved="same address (stored page of April 2024; the stored copy begins with the body, without headline, so its "
              "first paragraph is the first line (rule 32); the subheading 'Langer Streit in der Ampel' kept as its own "
              "line; the paragraph 'Offenbar um d…', cut off in the stored copy, dropped (rule 17))",
    license=NP,
    paras=["Gestern sah es noch ganz anders aus, zumindest für die sozialdemokratische Innenministerin Nancy Faeser: Mit "
           "deutlichen Worten forderte sie bei der Präsentation der Polizeilichen Kriminalstatistik wieder einmal die "
           "Vorratsdatenspeicherung. Nur einen Tag später scheint diese Form der anlasslosen Überwachung jedoch vorerst "
           "vom Tisch. Das Kabinett hat sich auf das alternative Quick-Freeze-Verfahren geeinigt – offenbar an der "
           "Innenministerin vorbei. Über die Einigung hatte zuerst LTO berichtet.",
           "Ausgangspunkt der künftigen Regelung soll der Referentenentwurf von Bundesjustizminister Marco Buschmann "
           "(FDP) von Oktober 2022 sein, den wir im Volltext veröffentlicht haben. Ganz soll die "
           "Vorratsdatenspeicherung dem Vernehmen nach allerdings nicht verschwinden: Wie mehrere Quellen aus der Ampel "
           "gegenüber netzpolitik.org bestätigen, sollen die bislang im Telekommunikationsgesetz (TKG) verankerten "
           "Regeln weiterhin bestehen, aber wie bisher ausgesetzt bleiben. Das Versprechen, die rechtlich wacklige "
           "Vorratsdatenspeicherung endgültig aus der Welt zu schaffen, stammt aus dem Koalitionsvertrag der "
           "Ampel-Parteien.",
           "Langer Streit in der Ampel",
           "Dennoch konnten sich die Regierungspartner lange Zeit nicht einigen. Vor allem Bundesinnenministerin Nancy "
           "Faeser (SPD) setzte sich bis zum gestrigen Tag dafür ein, eine möglichst weitgehende Regelung vorzulegen, "
           "die einschlägigen Urteilen des Europäisches Gerichtshofs (EuGH) gerecht wird. Sie forderte etwa die "
           "Speicherung von IP-Adressen.",
           p5],
    quotes=[("„auf höchster Ebene“", "Regierungskreisen")],
    aliases={"Regierungskreisen": ["Regierungskreisen"]})

p3 = ("Während diese Woche mehrere große Silicon-Valley-Firmen – darunter Apple, Facebook und YouTube – sich ein Rennen "
      "darum lieferten, den Verschwörungstheoretiker Alex Jones von ihren Plattformen zu schmeißen, blieb eine Plattform "
      "stur. Twitter bezeichnete sich früher selbst gerne als „Meinungsfreiheits-Flügel der Meinungsfreiheits-Partei“, "
      "in vergangenen Jahren zensierte die Plattform aber ähnlich viel wie ihre Mitbewerber.")
p4 = ("Jetzt entschied sie sich jedoch dafür, den rechten Verschwörungstheoretiker und seine Publikation Infowars nicht "
      "zu sperren. Twitter-CEO Jack Dorsey schrieb dazu: „Wir haben gestern weder Alex Jones noch Infowars gesperrt. Wir "
      "wissen, dass das für viele Leute hart ist, aber der Grund ist einfach: er hat nicht gegen unsere Regeln "
      "verstoßen. Sollte er das tun, werden wir sie durchsetzen. Und wir unterstützen weiterhin ein gesundes Umfeld für "
      "Diskussionen, indem wir sicherstellen, dass Tweets nicht künstlich verstärkt werden.“")
add(id="ho8-np-2018-08-twitter-alex-jones",
    title="Meinungsfreiheit: Fehlt Twitter der Durchblick?",
    url="https://netzpolitik.org/2018/meinungsfreiheit-fehlt-twitter-der-durchblick",
    retrieved="same address (stored page of 2018, a guest article by Jillian C. York; the image description "
              "'Vogel sitzt auf einer kaputten Steinmauer' and the caption with its credit 'Der verlorene Vogel. Kann "
              "Twitter fremdsprachigen Inhalten gerecht werden? – Gemeinfrei-ähnlich freigegeben durch unsplash.com "
              "Fancycrave' dropped (rule 19); the embed notice 'Hier klicken, um den Inhalt von twitter.com anzuzeigen' "
              "dropped as furniture (rule 52); the paragraph 'Während Jack Dorsey den Fall von Jones bereitwillig "
              "kommentierte, …', cut off in the stored copy, dropped (rule 17))",
    license=NP,
    paras=["Die Tech-Firmen Apple, Facebook und YouTube schmissen Anfang der Woche den rechten Kommentator Alex Jones von "
           "ihren Plattformen – in einer scheinbar konzertierten Aktion. Einzig Twitter lässt Jones gewähren und weiter "
           "seine Hassbotschaften und Wutreden senden. Warum das inkonsequent ist, sagt unsere Gastautorin Jillian "
           "York.",
           "Dies ist ein Gastbeitrag von Jillian C. York. Sie ist Director of International Freedom of Expression bei "
           "der Electronic Frontier Foundation (EFF).",
           p3, p4],
    quotes=[("„Meinungsfreiheits-Flügel der Meinungsfreiheits-Partei“", "Twitter"),
            (cut(p4, "„Wir haben", "verstärkt werden.“"), "Jack Dorsey")],
    aliases={"Twitter": ["Twitter"],
             "Jack Dorsey": ["Jack Dorsey"]})

p2 = ("Das reformierte BND-Gesetz werde den Anforderungen des Karlsruher Gerichts nicht gerecht und enthalte neue "
      "verfassungswidrige Regelungen, schreibt Reporter ohne Grenzen in einer Pressemitteilung. „Wir kämpfen noch immer "
      "um ein Minimum an Schutz für Journalistinnen und Journalisten vor unrechtmäßigen Abhöraktionen – auch bei "
      "deutschen Behörden wie dem BND“, so Helene Hahn, Referentin für Internetfreiheit bei ROG.")
p5 = ("Die neue Verfassungsbeschwerde greift mehrere Punkte des BND-Gesetzes an. „Unter dem Deckmantel der strategischen "
      "Informationsgewinnung im Ausland darf der BND jetzt zum Beispiel tiefgreifende, auf Einzelpersonen zugeschnittene "
      "Überwachungsmittel wie den Staatstrojaner einsetzen, ohne nennenswerte Einschränkungen“, so Bijan Moini, der das "
      "Verfahren bei der GFF koordiniert.")
add(id="ho8-np-2023-01-bnd-gesetz-verfassungsbeschwerde", title=None,
    url="https://netzpolitik.org/2023/schutz-von-medienschaffenden-bundesverfassungsgericht-soll-bnd-gesetz-erneut-pruefen/",
    retrieved="same address (stored page of January 2023; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the subheading '20 Beschwerdeführende aus dem In- und "
              "Ausland' kept as its own line; the published 'dass der BND ist auch im Ausland' and 'mit Jahr 2021' kept "
              "(rule 20); the paragraph 'Ein weiterer Kritikpunkt ist, …', cut off in the stored copy inside its "
              "quotation „die Auswertung der Metadaten etwa von Gesundheitsapps, Online-Banking', dropped (rules 17, "
              "52))",
    license=NP,
    paras=["Im Mai 2020 urteilte das Bundesverfassungsgericht, dass Teile des BND-Gesetzes reformiert werden müssen. Das "
           "Gesetz hatte nicht ausreichend beachtet, dass der BND ist auch im Ausland an Grundrechte wie das "
           "Telekommunikationsgeheimnis und die Pressefreiheit gebunden ist. Doch auch mit der Reform des Gesetzes mit "
           "Jahr 2021 sind Reporter ohne Grenzen (ROG) und die Gesellschaft für Freiheitsrechte (GFF) nicht zufrieden. "
           "Jetzt ziehen sie erneut vor das Bundesverfassungsgericht.",
           p2,
           "20 Beschwerdeführende aus dem In- und Ausland",
           "Insgesamt gibt es zu dem neuen Anlauf gegen das BND-Gesetz 20 Beschwerdeführende, die sich aus "
           "Journalist:innen und Menschenrechtsaktivist:innen aus verschiedenen Ländern zusammensetzen. Sie arbeiten "
           "laut ROG zu Themen, die ins Auftragsprofil des BND fallen und machen sie damit für den Geheimdienst zu "
           "potenziell interessanten Zielen.",
           p5],
    quotes=[(cut(p2, "„Wir kämpfen", "BND“"), "Helene Hahn"),
            (cut(p5, "„Unter dem", "Einschränkungen“"), "Bijan Moini")],
    aliases={"Helene Hahn": ["Helene Hahn"],
             "Bijan Moini": ["Bijan Moini"]})

p1 = ("Am Bundesverfassungsgericht (BVerfG) in Karlsruhe ist eine neue Verfassungsbeschwerde gegen ein Polizeigesetz "
      "eingegangen. Es geht um Nordrhein-Westfalen und die neuen Befugnisse der Landespolizei, zum einen präventiv "
      "Telekommunikation überwachen und zum anderen auch Staatstrojanern einsetzen zu dürfen. Polizeiarbeit werde „weit "
      "ins Vorfeld einer konkreten Gefahr“ gerückt, so der Verein Digitalcourage, der die Beschwerde zusammen mit dem "
      "Polizei- und Ordnungsrechtspezialisten Prof. Dr. Jan Dirk Roggenkamp einreichte. „Der präventive Einsatz "
      "invasiver Überwachungsmaßnahmen“ schränke die Grundrechte der Bürger:innen ein. Zudem seien die Regelungen zu "
      "unbestimmt, schreiben die Datenschutzaktivisten in einer Pressemitteilung.")
add(id="ho8-np-2019-10-digitalcourage-polizeigesetz-nrw", title=None,
    url="https://netzpolitik.org/2019/verein-digitalcourage-verfassungsbeschwerde-gegen-nrw-polizeigesetz-eingereicht/",
    retrieved="same address (stored page of October 2019; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the subheading 'Nicht die einzige Verfassungsbeschwerde "
              "gegen ein Polizeigesetz' kept as its own line; the paragraph 'Digitalcourage will zu einem späteren "
              "Zeitpunkt auch gegen „aktionelle Befugnisse“ …', cut off in the stored copy, dropped (rule 17))",
    license=NP,
    paras=[p1,
           "Im Dezember letzten Jahres hat der nordrhein-westfälische Landtag das neue Polizeigesetz verabschiedet, zum "
           "Jahreswechsel trat es in Kraft. Es reiht sich in viele neue Landespolizeigesetze ein, die in den letzten "
           "Jahren verabschiedet und geplant worden sind und häufig die Befugnisse der Polizei deutlich erweitern. "
           "Amnesty International und die Gesellschaft für Freiheitsrechte haben zu den Änderungen eine kompakte "
           "Übersicht erstellt.",
           "Nicht die einzige Verfassungsbeschwerde gegen ein Polizeigesetz",
           "Eine Entscheidung des BVerfG kann auch eine Signalwirkung für die Regelungen in den Ländergesetzen haben. "
           "Dort laufen teilweise eigene Klagen gegen erweiterte Befugnisse. In Hessen geht die Gesellschaft für "
           "Freiheitsrechte (GFF) zusammen mit einem Bündnis aus Datenschutzinitiativen und Aktivist*innen unter anderem "
           "auch gegen Staatstrojaner vor. In Bayern bezieht sich eine weitere Verfassungsbeschwerde vor allem auf das "
           "Konzept der „drohenden Gefahr“."],
    quotes=[("„weit ins Vorfeld einer konkreten Gefahr“", "Digitalcourage"),
            ("„Der präventive Einsatz invasiver Überwachungsmaßnahmen“", "Digitalcourage"),
            ("„drohenden Gefahr“", None)],
    aliases={"Digitalcourage": ["Digitalcourage", "Verein Digitalcourage", "Datenschutzaktivisten"]})

p3 = ("Auf den ersten Blick mag die Vereinigung grüner und digitaler Themen etwas abstrakt erscheinen, doch "
      "Gemeinsamkeiten gibt es ganz klar. HackerInnen wie Umwelt-AktivistInnen sind neugierig. Sie wollen Phänomenen auf "
      "den Grund gehen und sie wollen sie vor allem selbst gestalten. „Wer Gemüse selbst anbauen oder Solarzellen "
      "eigenständig aufstellen will, hat den gleichen Grundgedanken wie ein Mensch, der selbst Software entwickelt oder "
      "hackt“, meint Rainer Rehak von Forum InformatikerInnen für Frieden und gesellschaftliche Verantwortung (FIfF) als "
      "Teil des Organisatoren-Teams.")
add(id="ho8-np-2018-11-bits-baeume-vorschau", title=None,
    url="https://netzpolitik.org/2018/digitale-nachhaltigkeit-auf-der-bits-baeume-konferenz-in-berlin/",
    retrieved="same address (stored page of November 2018; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the paragraph 'Nachhaltigkeit zeigt sich in dem bunten "
              "Programm der „Bits & Bäume“-Konferenz …', cut off in the stored copy, dropped (rule 17))",
    license=NP,
    paras=["Man kann nicht immer alles wissen. Deswegen ist es wichtig, dass sich Menschen unterschiedlicher "
           "Fachrichtungen vernetzen, vor allem wenn sie eigentlich ohnehin in die gleiche Richtung wollen. Die "
           "Konferenz „Bits & Bäume“ bringt dafür am kommenden Wochenende Hacker und Umwelt-AktivistInnen zusammen. Mit "
           "einem bunten Programm laden die VeranstalterInnen zum Austausch ein.",
           "Wie kann man die Themen Digitalisierung und Nachhaltigkeit konstruktiv miteinander verbinden? Mit dieser "
           "zentralen Fragestellung beschäftigt die Konferenz „Bits & Bäume“, die in diesem Jahr zum ersten Mal "
           "stattfindet. Beteiligt sind viele Initiativen, die normalerweise entweder einen grünen, sozialen oder "
           "technischen Schwerpunkt haben. SprecherInnen aus diesen unterschiedlichen Fachrichtungen wird auf der "
           "Konferenz eine Bühne gegeben, um ihre Themen vorzubringen, und für die BesucherInnen wird ein "
           "Begegnungsraum geschaffen, in dem sie sich austauschen und vernetzen können.",
           p3],
    quotes=[("„Bits & Bäume“", None, 0),
            ("„Bits & Bäume“", None, 1),
            (cut(p3, "„Wer Gemüse", "hackt“"), "Rainer Rehak")],
    aliases={"Rainer Rehak": ["Rainer Rehak"]})

add(id="ho8-np-2022-09-bits-baeume-programm", title=None,
    url="https://netzpolitik.org/2022/zukunft-der-nachhaltigkeit-netzpolitische-hoehepunkte-der-konferenz-bits-baeume/",
    retrieved="same address (stored page of October 2022; the stored copy begins with the body, without "
              "headline, so its first paragraph is the first line (rule 32); the subheading 'Über Kolonialismus und "
              "Ressourcen' kept as its own line; the published 'soziale und ökologischen Krisen' kept (rule 20); the "
              "paragraph 'Dass der Ressourcenverbrauch nicht nur an globale Grenzen stößt, …', cut off in the stored "
              "copy, dropped (rule 17))",
    license=NP,
    paras=["Heute Abend beginnt Bits & Bäume, eine dreitägige Konferenz rund um Digitalisierung und Nachhaltigkeit. Es "
           "ist die zweite dieser Art, die erste war im Jahr 2018. Im Kern geht es „um die gesellschaftlichen und "
           "globalen Herausforderungen für eine gerechte und nachhaltige Gestaltung unserer (Um-)Welt“. Die meisten "
           "Veranstaltungen werden auch live übertragen und im Anschluss online zur Verfügung gestellt, Tickets gibt es "
           "noch bis mindestens heute. Mitglieder der netzpolitik.org-Redaktion sind ebenfalls vor Ort und auf Panels "
           "vertreten.",
           "Den inhaltlichen Auftakt macht am Freitagabend um 18.30 Uhr das Eröffnungspodium „Eine andere "
           "Digitalisierung ist nötig!“. Hier geht es um die Frage, wie digitale Transformation mit sozialer "
           "Gerechtigkeit und ökologischer Nachhaltigkeit zusammenhängen. Am Samstagmorgen um 10 Uhr gibt die Begrüßung "
           "und Programmeinführung eine Orientierung für die nächsten Tage.",
           "Danach präsentieren Forschende und Aktivist:innen aus verschiedenen europäischen Ländern einen Bericht "
           "darüber, wie Digitalisierung soziale und ökologischen Krisen derzeit eher verschlimmert. „Digital Reset. "
           "Redirecting Tech for the Deep Sustainability Transformation“ startet um 10.30 Uhr auf Englisch.",
           "Über Kolonialismus und Ressourcen",
           "Gleich mit mehreren Veranstaltungen richtet die Konferenz den Blick auf globale Gerechtigkeit und "
           "Ressourcenverbrauch. Den Anfang macht am Samstag um 10.30 Uhr ein Workshop mit dem Titel „Warum ist die "
           "digitale Ökonomie kolonial?“. Der Workshop will die Mythen der immateriellen Digitalisierung entzaubern und "
           "aufzeigen, inwiefern die digitale Ökonomie auf Kolonialismus und Extraktivismus fußt. Extraktivismus "
           "bezeichnet eine Wirtschaftsform, die primär auf der Ausbeutung und intensiven Nutzung von Rohstoffen "
           "beruht."],
    quotes=[("„um die gesellschaftlichen und globalen Herausforderungen für eine gerechte und nachhaltige Gestaltung "
             "unserer (Um-)Welt“", None),
            ("„Eine andere Digitalisierung ist nötig!“", None),
            ("„Digital Reset. Redirecting Tech for the Deep Sustainability Transformation“", None),
            ("„Warum ist die digitale Ökonomie kolonial?“", None)],
    aliases={})

# --- Pressenza (German service) ---

p4 = ("Befürchtet wird insbesondere, dass durch das geplante Vorhaben die Meinungsfreiheit im Internet eingeschränkt "
      "wird. Denn die sogenannten Upload-Filter, die beim Hochladen prüfen sollen, ob Bilder, Videos oder Musik "
      "urheberrechtlich geschützt sind, sind Werkzeuge, die zur Zensur eingesetzt werden können. Und deren Algorithmen "
      "sind noch längst nicht in der Lage, illegale von legalen Inhalten zu unterscheiden. Das ist selbst Axel Voss "
      "bekannt, wie er in dem inzwischen als legendär zu bezeichnenden Interview mit Vice bekennen musste. Dort sagt "
      "er: „Ja, es kann sein, dass was blockiert wird, was nicht blockiert werden soll. Man muss schon davon ausgehen, "
      "dass das nicht 100 Prozent funktioniert.“ Kritiker befürchten eine Zensur, weil die Filter auch legale Inhalte "
      "wie Zitate, Parodien oder Satire blocken.")
add(id="ho8-pz-2019-03-proteste-urheberrechtsreform", title=None,
    url="https://www.pressenza.com/de/2019/03/europaweite-proteste-gegen-die-eu-urheberrechtsreform/",
    retrieved="same address (stored page of March 2019; the stored copy begins with the body, without headline, so its "
              "first paragraph is the first line (rule 32); the paragraph 'Bereits in dem eben …', cut off in the "
              "stored copy, dropped (rule 17))",
    license=PZ,
    paras=["Europaweit sind am vergangenen Samstag mehr als 150.000 Menschen für ein freies Internet und gegen die "
           "„EU-Urheberrechtsreform“ auf die Straße gegangen. Allein in Berlin zogen rund 40.000 Menschen "
           "demonstrierend durch die Innenstadt.",
           "Selbst die Veranstalter waren von der Größe der Demonstration überrascht: Hatten sie doch mit rund 2.000 "
           "Teilnehmern gerechnet. Doch schon eine Stunde vor Beginn der ersten Kundgebung waren weit mehr als 10.000 "
           "Menschen auf dem Potsdamer Platz und in den Nebenstraßen versammelt. Die Polizei konnte oder wollte keine "
           "genaueren Angaben zu den Teilnehmerzahlen machen, die Veranstalter sprachen abschließend von 40.000 "
           "Teilnehmern.",
           "Auch in München waren 40.000 Menschen auf der Straße, um gegen die geplante „Urheberrechtsreform“, die den "
           "Urhebern keine über das Bisherige hinausgehenden Rechte einräumt und nur den Verlagen und "
           "Verwertungsgesellschaften mehr Gewinn in die Kassen spielt, zu protestieren. In vielen Reden wurde deutlich: "
           "Auch die Demonstranten würden sich ein besseres Urheberrecht wünschen. Allerdings nicht so, wie sich das die "
           "Europaabgeordneten um Axel Voss (CDU) vorstellen.",
           p4],
    quotes=[("„EU-Urheberrechtsreform“", None),
            ("„Urheberrechtsreform“", None),
            (cut(p4, "„Ja, es kann", "funktioniert.“"), "Axel Voss")],
    aliases={"Axel Voss": ["Axel Voss"]})

p2 = ("Die Internationale Kampagne zur Abschaffung von Atomwaffen (ICAN) erhielt den Friedensnobelpreis im Vorjahr vor "
      "allem für die Anstrengungen um das UN-Atomwaffenverbot. „Aufgrund des Friedensnobelpreises hat dieses Abkommen "
      "endlich die öffentliche Aufmerksamkeit erhalten, die es verdient und benötigt“, erklärt Xanthe Hall aus dem "
      "Vorstand von ICAN Deutschland.")
p3 = ("„Die Zustimmung in Politik und Gesellschaft steigt. Inzwischen haben mehr als 250 deutsche Abgeordnete aus "
      "Europaparlament, Bundestag und Landtagen eine Erklärung für das Atomwaffenverbot unterschrieben. Dadurch steigt "
      "der Druck auf Bundesregierung, das UN-Atomwaffenverbot nicht länger zu boykottieren und die US-Atomwaffen aus "
      "Büchel abziehen zu lassen.“")
add(id="ho8-pz-2018-10-ican-radtour-botschaften", title=None,
    url="https://pressenza.com/de/2018/10/radtour-zu-botschaften-danke-fuers-atomwaffenverbot",
    retrieved="same address (stored page of October 2018; the stored copy begins with the body, without headline, "
              "so its first paragraph is the first line (rule 32); it ends with the complete paragraph 'Der "
              "UN-Verbotsvertrag wurde mittlerweile …'; the second quotation paragraph, without a cue, continues "
              "Xanthe Hall (NOTES.md))",
    license=PZ,
    paras=["Einen Tag vor Bekanntgabe des nächsten Friedensnobelpreises bedankten sich die noch aktuellen Preisträger der "
           "Anti-Atomwaffen-Kampagne ICAN heute mit einer symbolischen Aktion bei Nicaragua, Venezuela, Mexiko, "
           "Österreich und Neuseeland. Diese Länder gehören zu den insgesamt 19 Staaten weltweit, die den UN-Vertrag für "
           "ein Verbot von Atomwaffen bereits unterzeichnet und ratifiziert haben. Die ICAN-Aktivisten radelten zu den "
           "Berliner Botschaften und übergaben kleine Geschenke. Mit dabei war am Ende auch die europäische Kopie der "
           "Friedensnobelpreis-Medaille.",
           p2, p3,
           "Der UN-Verbotsvertrag wurde mittlerweile von 69 Staaten unterschrieben und von 19 ratifiziert. Er verbietet "
           "nicht nur den Einsatz, sondern beispielsweise auch Besitz, Stationierung und Drohung mit Atomwaffen."],
    quotes=[(cut(p2, "„Aufgrund", "benötigt“"), "Xanthe Hall"),
            (p3, "Xanthe Hall")],
    aliases={"Xanthe Hall": ["Xanthe Hall"]})

# --- Global Voices auf Deutsch (list pages) ---

add(id="ho8-gv-2010-06-monatsseite", title="Ausgewählte Artikel vom Juni 2010",
    url="https://de.globalvoices.org/2010/06/",
    retrieved="same address (stored month page: page title and heading, then headline and teaser of each article as "
              "the page shows them, the teasers with their published '...' (rule 19); the last item (headline 'Iran: "
              "Jahrestag der Wahl – demonstrieren, oder besser nicht?' and its untranslated English teaser, cut off in "
              "the stored copy) dropped)",
    license=GV,
    paras=["Artikel vom Juni, 2010",
           "Algerien: Die Niederlage gegen die USA bringt das Land zur Erde zurück",
           "Die Algerier schwankten von Hoffnung zu Enttäuschung, als sie erkennen mussten, dass Patriotismus alleine "
           "nicht genügt, um beim Fußball zu gewinnen. Tatsächlich wurden ihre Träume am Mittwoch in Pretoria, "
           "Südafrika, zunichtegemacht, als die amerikanische Fußballmannschaft sie bei dem FIFA-Worldcup mit 1 zu Null "
           "schlug und damit aus dem Wettbewerb ausschaltete....",
           "Algerien: Mit der Glückstaube auf ihrer Seite haben sie noch Hoffnung",
           "Nach der Niederlage gegen Slowenien haben die Algerier am 18. Juni im Spiel gegen das englische Team, "
           "welches über einen Gewinn reichlich positiv war, etwas von ihrer Stärke wiedergewonnen. Mit einem "
           "Unentschieden gegen ein großartiges Team hat die algerische Mannschaft Millionen von Fans wieder Hoffnung "
           "gegeben, die darauf hoffen, dass...",
           "Alte Revolutionäre über den Arbeiteraufstand in China",
           "Die China Study Group hat ein Petitionsschreiben übersetzt, das viele alte Revolutionäre zu dem aktuellen "
           "Arbeiterstreik in China verfasst haben. Das Schreiben richtet sich an die Kommunistische Partei Chinas, den "
           "Volkskongress, den Staatsrat, Landsleute in ganz China und Medienunternehmen.",
           "Palästina: “Ich habe Angst vor dem Meer”",
           "In Reaktion auf den Angriff auf die Gaza Freedom Flotilla am 31. Mai hat der Gaza Bloggerin Kawther Abu "
           "Hani einen poetischen Artikel geschrieben aus der Perspektive eines Kindes, mit dem Titel Süßigkeiten sinken "
           "nicht.",
           "Südafrika: Die Vuvuzela WM Debatte",
           "Die Eindrücke, die bis heute die meisten Wirkungen von der WM 2010 hinterlassen, waren die funkelnagelneuen "
           "Stadien oder die farbenprächtigen Kostüme, die von den Fans von jeder der 32 teilnehmenden Nation getragen "
           "wurden. Der wirkungsvollste Sound des Turniers ist ohne jeden Zweifel das Dröhnen der Vuvuzela, das von "
           "allen Zuschauern..."],
    quotes=[("“Ich habe Angst vor dem Meer”", "Kawther Abu Hani")],
    aliases={"Kawther Abu Hani": ["Kawther Abu Hani"]})

add(id="ho8-gv-2013-03-politik", title="Artikel über Politik vom März, 2013",
    url="https://de.globalvoices.org/category/topics/politics/?m=201303",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them, the "
              "teasers with their published '...' (rule 19); the published ' - ' dashes and the bracketed language tag "
              "'[hu]' kept (rule 20); the last item (headline 'Turkmenistan: Wer braucht schon Freunde, wenn er solche "
              "Feinde hat?' and its teaser, cut off in the stored copy) dropped)",
    license=GV,
    paras=["Die alte Frau, die nur eine Kartoffel kaufen konnte – Armut in der Ukraine",
           "Die Journalistin Olena Danko schrieb einen kurzen Eintrag auf ihrer Facebook-Seite über eine Begegnung im "
           "Supermarkt mit einer alten Frau, die gerade genug Geld hatte, um eine einzelne Kartoffel zu kaufen. Eine "
           "traurige Geschichte, typisch für die Ukraine, die dennoch wenig Überraschendes hatte für jeden, der auch nur "
           "für kurze Zeit in dem Land gelebt hat. Innerhalb von Stunden verbreitete sich der Eintrag viral.",
           "Stadien contra Schulen: die falsch gesetzten Prioritäten in der Slowakei",
           "Es ist nicht genug Geld vorhanden, um den slowakischen Lehrern ein angemessenes Gehalt zu zahlen, aber es "
           "gibt Geld, um überall im Land Fußballstadien zu bauen. Tibor Blazko berichtet über die falschen Prioritäten "
           "der slowakischen Regierung.",
           "Anschuldigungen wegen Papst Franziskus’ Verwicklung in Argentiniens “Schmutzigen Krieg”",
           "War Jorge Bergoglio - der jetzige Papst Franziskus - in die Militärjunta Argentiniens verstrickt? Überall "
           "auf der Welt stellen sich Menschen diese Frage während im Internet Informationen über die angebliche "
           "Beteiligung Bergoglios an dem \"Schmutzigen Krieg\" ausgetauscht werden. Es haben jedoch auch Leute darauf "
           "hingewiesen, dass Bergoglio diese Vorwürfe immer abgestritten hat. Einige Internetnutzer verteidigen "
           "Bergoglio vor diesen Vorwürfen.",
           "Das ungarische Grundgesetz “ist kein Spielzeug”",
           "Nach einem Bericht [hu] auf der Facebook-Seite “Das Grundgesetz ist kein Spielzeug” haben hunderte "
           "Demonstranten den Sitz der Regierungspartei in Ungarn blockiert; eine regierungsnahe Gruppierung ist dort "
           "ebenfalls aufgetaucht. Die..."],
    quotes=[("“Schmutzigen Krieg”", None),
            ("\"Schmutzigen Krieg\"", None),
            ("“ist kein Spielzeug”", None),
            ("“Das Grundgesetz ist kein Spielzeug”", None)],
    aliases={})

add(id="ho8-gv-2013-08-kurzmeldungen", title="Artikel vom Kurzmeldungen vom August, 2013",
    url="https://de.globalvoices.org/category/type/roundups/?m=201308",
    retrieved="same address (stored page of short news items; the site header lines and the month line '· August, "
              "2013' above the page title dropped; the Colombia Reports passage that the page sets as a block quote "
              "without quotation marks, with its published '[…]', kept as its own lines (rule 23); the image caption "
              "of the Hong Kong item in English and in its German translation ('Hong Kong artist, Kwong Chi Kit …', "
              "'Der Künstler Kwong Chi Kit aus Honk Kong …') dropped as captions (rule 19), as the Amman captions in "
              "heldout-de; the last item ('Eine Lektion in Würde aus Syrien', its dossier note and its teaser, cut off "
              "in the stored copy) dropped)",
    license=GV,
    paras=["Kolumbien: Streik weitet sich aus",
           "Der landesweite Streik in Kolumbien, der am 19. August als Agrar-Streik seinen Anfang nahm [en], weitet sich "
           "immer mehr aus und erfährt inzwischen aus weiten Teilen der Gesellschaft Unterstützung. In Colombia Reports "
           "[en] schreibt Steven Cohen:",
           "Mehr als 10.000 Menschen haben am vergangenen Montagabend in den großen Ballungszentren Kolumbiens an "
           "sogenannten “cacerolazos” — Proteste, bei denen die Demonstranten mit Töpfen und Pfannen Lärm erzeugen — "
           "teilgenommen und dadurch ihre Unterstützung für den Agrar-Streik zum Ausdruck gebracht. Zudem haben weitere "
           "Berufsgruppen wie die der Bergarbeiter, Transportunternehmer und des Gesundheitspersonals angekündigt sich "
           "den Protesten der Landwirte anzuschließen.",
           "[…]",
           "In Kolumbien rufen immer mehr Menschen die Regierung dazu auf, die Anliegen der Streikenden ernst zu nehmen "
           "und Maßnahmen zu ergreifen, um die katastrophale wirtschaftliche Lähmung zu bekämpfen, die sich auf "
           "zahlreiche Teile des Landes bereits negativ auswirkt.",
           "Hong Kong: Menschen, die in Käfigen leben"],
    quotes=[("“cacerolazos”", None)],
    aliases={})
