# Hundred-and-twenty-eighth held-out German real-news set (tests/data/heldout128-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1085-1089). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by an 8-word overlap
# search against the texts of all sets and distinctive phrases of the quotations). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twenty-eighth held-out set": texts of the German Federal Government of the
# Merkel years (bundeskanzlerin.de, bundesregierung.de, and Merkel-era pages now served under bundeskanzler.de, 2012-2021):
# a news item on the Chancellor's meeting with volunteers helping refugees, a news item on an award, speeches at a science
# academy, a research foundation and two IT summits, press statements after a school visit and a museum visit and the
# opening exchange of a citizens' dialogue. Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), page furniture is dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundeskanzlerin.de: news items ---

add(id="ho128-bkin-2017-04-merkel-fluechtlingshelfer",
    title="Kanzlerin trifft Flüchtlingshelfer",
    url="https://www.bundeskanzlerin.de/Content/DE/StatischeSeiten/DEKD/Artikel/2017-04-06-kanzlerin-fluechtlingshelfer.html",
    retrieved="same address (stored page of April 2017; the lines 'Navigation und Service' and 'Inhalt' dropped as "
              "furniture (rule 93); headline, subtitle and lead; the image text and caption 'Bundeskanzlerin Angela "
              "Merkel mit Ehrenamtlichen in der Flüchtlingshilfe. Rund 140 Ehrenamtliche empfing die Kanzlerin heute "
              "persönlich.' with the credit 'Foto: Bundesregierung/Bergmann' dropped (rule 93); the subheading 'Probleme "
              "offen benannt' kept as a line of its own; the subheading 'Bessere Zusammenarbeit - und viel Geduld' and "
              "the paragraph after it ('Flucht, Migration und Vertreibung gehen alle an, so Merkel. … Aber: \"J'), cut off "
              "in the stored copy, dropped with its unclosed quotation (rules 15, 93))",
    license=BREG,
    paras=["Offener Austausch über Integration",
           "Bundeskanzlerin Merkel hat engagierten Flüchtlingshelfern aus ganz Deutschland für ihren Einsatz gedankt. Im "
           "Kanzleramt diskutierte sie mit rund 140 Teilnehmerinnen und Teilnehmern - und warb für mehr Zusammenarbeit "
           "zwischen ehren- und hauptamtlichen Helfern.",
           "\"Sie haben Vieles auf die Beine gestellt, was der Staat nicht alleine hinbekommen hätte\", dankte "
           "Bundeskanzlerin Angela Merkel den ehrenamtlichen Flüchtlingshelfern. Nachdem es 2015 um unmittelbare Hilfe "
           "gegangen sei, stehe jetzt vermehrt die Integration im Vordergrund. \"Wir haben Rahmenbedingungen geschaffen. "
           "Im Einzelnen ist aber noch viel zu tun\", so Merkel. Kanzleramtschef Peter Altmaier fügte hinzu: \"Wir sind "
           "entschlossen, Sie nicht allein zu lassen\".",
           "Probleme offen benannt",
           "140 Frauen und Männer waren ins Kanzleramt gekommen, um sich mit der Bundeskanzlerin auszutauschen - "
           "stellvertretend für die tausenden Engagierten im ganzen Land. Sie wollten über die Flüchtlingspolitik "
           "sprechen, aber vor allem über das, was sie bei ihrem Engagement erlebt haben.",
           "Mit Blick ins Publikum fragte die Bundeskanzlerin: \"Was wünschen Sie sich? Welchen Problemen begegnen Sie "
           "immer wieder?\" Viele Hände gingen hoch. Es folgten direkte Antworten der ehrenamtlichen Flüchtlingshelfer: "
           "Weniger Bürokratie. Flüchtlinge brauchen Wohnungen. Es sei enttäuschend, wenn Menschen abgeschoben werden. Es "
           "müsse viel mehr über positive Beispiele berichtet werden. Die Kanzlerin hörte zu, schrieb mit und "
           "antwortete."],
    quotes=[("\"Sie haben Vieles auf die Beine gestellt, was der Staat nicht alleine hinbekommen hätte\"", MERKEL),
            ("\"Wir haben Rahmenbedingungen geschaffen. Im Einzelnen ist aber noch viel zu tun\"", MERKEL),
            ("\"Wir sind entschlossen, Sie nicht allein zu lassen\"", "Peter Altmaier"),
            ("\"Was wünschen Sie sich? Welchen Problemen begegnen Sie immer wieder?\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel",
                      "Bundeskanzlerin", "Kanzlerin"],
             "Peter Altmaier": ["Peter Altmaier", "Kanzleramtschef Peter Altmaier"]})

add(id="ho128-bkin-merkel-fulbright-preis",
    title="Erste deutsche Preisträgerin",
    url="https://www.bundeskanzlerin.de/bkin-de/startseite/1574530-1574530",
    retrieved="same address (stored page, undated in the stored part; the lines 'Navigation und Service' and 'Inhalt' "
              "dropped as furniture; the kicker 'Erste deutsche Preisträgerin' is the first line (rules 18, 93), the "
              "headline and the teaser follow; the image text and caption 'Kanzlerin Merkel hält die Preis-Statue in der "
              "Hand. Kanzlerin Merkel mit dem Fulbright-Preis ausgezeichnet.' and the credit 'Foto: Bundesregierung/Denzel' "
              "dropped (rule 93))",
    license=BREG,
    paras=["Kanzlerin Merkel erhält Fulbright-Preis",
           "Für \"ihre Führungsrolle in Zeiten globaler Krisen und Herausforderungen\" hat Bundeskanzlerin Angela Merkel "
           "den Fulbright-Preis für internationale Verständigung erhalten. Damit ist sie die erste deutsche "
           "Preisträgerin. Zuvor wurden unter anderem Friedensnobelpreisträger Nelson Mandela, Ärzte ohne Grenzen sowie "
           "Bill und Melinda Gates mit dem Preis ausgezeichnet."],
    quotes=[("\"ihre Führungsrolle in Zeiten globaler Krisen und Herausforderungen\"", None)],
    aliases={})

# --- speeches (bundeskanzlerin.de, bundesregierung.de, bundeskanzler.de) ---

add(id="ho128-bkin-2015-06-merkel-leibniztag",
    title="Rede von Bundeskanzlerin Merkel zur Festsitzung am Leibniztag der Berlin-Brandenburgischen Akademie der "
          "Wissenschaften am 6. Juni 2015",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/rede-von-bundeskanzlerin-merkel-zur-festsitzung-am-leibniztag-"
        "der-berlin-brandenburgischen-akademie-der-wissenschaften-am-6-juni-2015-436704",
    retrieved="same address (stored page; the navigation lines 'Bundeskanzler ⏐ Startseite', 'Olaf Scholz', 'Aktuelles', "
              "'Kanzleramt', 'Mediathek', 'Service' of the later site dropped as furniture (rule 93); the lines of the "
              "salutation kept as lines of their own, as stored; the paragraph 'Die Wissenschaftslandschaft mag sich stets "
              "im Wandel befinden. … Ob in Zeiten des preußischen Kurfürsten oder im 21. Jahrhundert ', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrter Herr Professor Stock,",
           "sehr geehrter Herr Professor Grötschel,",
           "sehr geehrte Präsidenten des Bundesverfassungsgerichts",
           "und des Berliner Abgeordnetenhauses,",
           "Senatoren, Minister, Abgeordnete,",
           "vor allen Dingen Sie, sehr geehrte Mitglieder Akademie",
           "und liebe Mitarbeiterinnen und Mitarbeiter,",
           "meine Damen und Herren,",
           "ich freue mich sehr, heute an dieser Festsitzung teilzunehmen. Die Wurzeln der Berlin-Brandenburgischen "
           "Akademie reichen bis in das Jahr 1700 zurück. Damals wurde die Kurfürstlich-Brandenburgische Sozietät der "
           "Wissenschaften auf Initiative des Universalgelehrten Gottfried Wilhelm Leibniz ins Leben gerufen. Ihm schwebte "
           "eine Vereinigung kluger Köpfe vor: „gelehrte Leute, Ingenieurs und Künstler“ – wie es in seiner Denkschrift "
           "dazu hieß. Sie sollten in verschiedenen Disziplinen Theorie und Praxis zusammendenken oder – in Leibniz Worten "
           "ausgedrückt –: „Man müsste gleich anfangs das Werk samt der Wissenschaft auf den Nutzen richten.“",
           "Diesem Anspruch ihres Vordenkers und ersten Präsidenten folgte die Akademie. Sie ließ sich in ihrer Arbeit von "
           "der Frage nach dem Nutzen für die Menschen leiten. Dies war die Grundlage ihrer Erfolge über die Jahrhunderte "
           "hinweg. Heute präsentiert sich die Berlin-Brandenburgische Akademie als eine der ältesten und bekanntesten "
           "wissenschaftlichen Einrichtungen der Region mit Strahlkraft weit darüber hinaus. Mit ihr sind Namen vieler "
           "hervorragender Wissenschaftler verbunden, darunter fast 80 Nobelpreisträger."],
    quotes=[("„gelehrte Leute, Ingenieurs und Künstler“", "Gottfried Wilhelm Leibniz"),
            ("„Man müsste gleich anfangs das Werk samt der Wissenschaft auf den Nutzen richten.“",
             "Gottfried Wilhelm Leibniz")],
    aliases={"Gottfried Wilhelm Leibniz": ["Gottfried Wilhelm Leibniz", "Leibniz"]})

add(id="ho128-bk-2019-06-merkel-humboldt-stiftung",
    title="Rede von Bundeskanzlerin Merkel bei der Jahrestagung der Humboldt-Stiftung am 26. Juni 2019 in Berlin",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/rede-von-bundeskanzlerin-merkel-bei-der-jahrestagung-der-humboldt-"
        "stiftung-am-26-juni-2019-in-berlin-1641192",
    retrieved="same address (stored page of the speech of 26 June 2019; the navigation lines 'Bundeskanzler ⏐ Startseite', "
              "'Olaf Scholz', 'Aktuelles', 'Kanzleramt', 'Mediathek', 'Service' dropped as furniture (rule 93); the lines "
              "of the salutation kept as lines of their own; the paragraph 'Meine Damen und Herren, es ist die Freiheit, "
              "… über das stete Infragestellen bisherigen W', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrter Herr Professor Pape,",
           "sehr geehrter Herr Professor Ziegler,",
           "liebe Humboldtianer,",
           "insbesondere auch liebe Preisträger,",
           "meine sehr geehrten Damen und Herren.",
           "Universalgelehrter, Genie, Weltenversteher und Weltenerklärer – keine Bezeichnung scheint zu hoch gegriffen, "
           "um die Ausnahmepersönlichkeit zu beschreiben, die Alexander von Humboldt zweifellos war. Sein 250. Geburtstag "
           "ist deshalb für mich zunächst ein überaus willkommener Anlass, Ihnen allen zu danken, die Sie im Namen "
           "Humboldts den Dingen unseres Lebens auf den Grund gehen und sich nicht scheuen, auch scheinbar Unmögliches zu "
           "denken. Genau damit bereiten Sie dem menschlichen Fortschritt den Boden.",
           "Und genau damit fügt sich Alexander von Humboldts 250. Geburtstag so wunderbar zusammen mit zwei weiteren "
           "wichtigen Jubiläen, die wir in diesem Jahr feiern können: mit dem 70. Geburtstag der Bundesrepublik "
           "Deutschland und dem 70. Geburtstag des Grundgesetzes, in dessen Artikel 5 es heißt: „Kunst und Wissenschaft, "
           "Forschung und Lehre sind frei“; und mit dem Fall der Berliner Mauer vor 30 Jahren. Hatte diese Mauer zuvor so "
           "viele Jahre die freie Selbstentfaltung und Selbstbestimmung der DDR-Bürgerinnen und DDR-Bürger begrenzt, so "
           "war mit einem Mal das Brandenburger Tor, das Tor zur Freiheit, offen."],
    quotes=[("„Kunst und Wissenschaft, Forschung und Lehre sind frei“", None)],
    aliases={})

add(id="ho128-bkin-2012-11-merkel-it-gipfel-essen",
    title="Rede von Bundeskanzlerin Angela Merkel beim 7. Nationalen IT-Gipfels",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/rede-von-bundeskanzlerin-angela-merkel-beim-7-nationalen-it-"
        "gipfels-798330",
    retrieved="same address (stored page of the speech at the seventh national IT summit in Essen, November 2012; headline "
              "as published ('IT-Gipfels', rule 20); the lines of the salutation kept as lines of their own; the paragraph "
              "'Ich habe eben auch mit Ministerpräsidentin Kraft gesprochen, … sondern dass die Landesre', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrter Herr Professor Kempf,",
           "sehr geehrter Herr Hiesinger,",
           "liebe Kolleginnen und Kollegen aus dem Kabinett,",
           "ganz besonders Wirtschaftsminister Philipp Rösler, der den IT-Gipfel hier zusammen mit dem Land "
           "Nordrhein-Westfalen und mit ThyssenKrupp organisiert hat,",
           "meine Damen und Herren hier im Saal und",
           "alle, die heute an diesem IT-Gipfel teilgenommen haben,",
           "in der sogenannten Bloggerchallenge rund um das diesjährige Treffen findet sich unter anderem ein Eintrag zur "
           "Frage, was denn überhaupt ein IT-Gipfel sei. Es gibt eine kurze und bündige Antwort, und die zitiere ich: „IT "
           "steht für Informationstechnik. Und ein IT-Gipfel ist dann so was wie ein G8-Treffen für die deutsche "
           "IT-Branche.“ Gut, würde ich sagen. Auch hier hat man also gleich einen Vergleich von Nationalem und "
           "Internationalem vorgenommen.",
           "Der G8-Gipfel findet immer an unterschiedlichen Orten statt, so auch der IT-Gipfel. Insofern möchte ich mich "
           "bei denen bedanken, die uns hier in der Ruhrmetropole Essen gute Gastgeber sind und waren. Rund 1.000 "
           "Unternehmer und mehr als 10.500 Beschäftigte machen die Stadt zu einem wichtigen Kompetenzzentrum für "
           "Informations- und Kommunikationstechnologien. Dass wir hier im ThyssenKrupp Quartier sein dürfen, in dem sich "
           "industrielle Stärke widerspiegelt, ist für uns natürlich eine ganz besondere Freude."],
    quotes=[("„IT steht für Informationstechnik. Und ein IT-Gipfel ist dann so was wie ein G8-Treffen für die deutsche "
             "IT-Branche.“", None)],
    aliases={})

add(id="ho128-breg-2016-11-merkel-it-gipfel-saarbruecken",
    title="Rede von Bundeskanzlerin Merkel beim 10. Nationalen IT-Gipfel am 17. November 2016",
    url="https://www.bundesregierung.de/breg-de/aktuelles/rede-von-bundeskanzlerin-merkel-beim-10-nationalen-it-gipfel-"
        "am-17-november-2016-411456",
    retrieved="same address (stored page; the navigation lines 'Bundesregierung ⏐ Startseite', 'Schwerpunkte', 'Themen', "
              "'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped as furniture (rule 93); the "
              "lines of the salutation kept as lines of their own; the published 'ein gute Fortentwicklung' kept (rule "
              "20); the paragraph 'Wir konnten uns soeben anschauen, … zu überbrücken. D', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrter Herr Dirks,",
           "sehr geehrte Frau Ministerpräsidentin, liebe Annegret,",
           "liebe Kolleginnen und Kollegen aus dem Kabinett – Sie merken, wir könnten glatt eine Kabinettsitzung abhalten "
           "und wären beschlussfähig –,",
           "liebe Kolleginnen und Kollegen aus den Parlamenten,",
           "meine Damen und Herren,",
           "„Lernen und Handeln in der digitalen Welt“ – dieses Thema prägt nicht nur den diesjährigen IT-Gipfel, sondern "
           "mehr und mehr auch unseren Alltag. Ich glaube, dass es richtig war, dies als Schwerpunktthema des IT-Gipfels "
           "in diesem Jahr zu wählen. Ich habe auch gelernt, die Branche würde ihn in Zukunft gern „Digitalgipfel“ "
           "nennen. Dem Wunsch können wir gerne nachkommen. Es ist sogar eine gute Ergänzung, denke ich. Wir haben ja zu "
           "Beginn der Legislaturperiode versucht, unsere Digitale Agenda mit dem IT-Gipfel-Prozess zu verschmelzen. Wenn "
           "wir bei der Umsetzung der Digitalen Agenda nun zu einem Digitalgipfel und weiteren Schwerpunkten kommen, ist "
           "das, denke ich, ein gute Fortentwicklung."],
    quotes=[("„Lernen und Handeln in der digitalen Welt“", None),
            ("„Digitalgipfel“", None)],
    aliases={})

# --- press statements (transcripts) ---

add(id="ho128-bkin-merkel-grundschule-rothenhaeuser-damm",
    title="Pressestatement von Bundeskanzlerin Merkel anlässlich des Besuchs der Grundschule Rothenhäuser Damm",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/pressestatement-von-bundeskanzlerin-merkel-anlaesslich-des-"
        "besuchs-der-grundschule-rothenhaeuser-damm-846718",
    retrieved="same address (stored page of the statement at the visit to a primary school in Hamburg-Veddel; headline "
              "without the trailing space of the stored copy; the speaker labels 'BK'IN Merkel:' and 'FRAGE:' kept at the "
              "start of their paragraphs as published; the answer 'BK'IN Merkel: Ich gelte natürlich als jemand, der "
              "Integration sehr hochhält. … die schon jahrhundertelang i', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["BK'IN Merkel: Ich möchte mich erst einmal ganz herzlich bei der Schule und beim Schulleiter dafür bedanken, "
           "dass wir uns heute hier bei dem Sprachkurs aufhalten konnten, der auf freiwilliger Basis für Mütter "
           "insbesondere mit kleineren Kindern durchgeführt wird, um sie auf Integrationskurse vorzubereiten. Es zeigt "
           "sich, dass es den Müttern sehr viel Spaß macht, dass aber auch viele fragen „Warum haben wir das nicht schon "
           "früher gemacht?“. Ich glaube, wir haben hier viel aufzuholen.",
           "Hamburg hat diesbezüglich ein sehr gutes Angebot. Die Schule wirbt auch dafür. Es muss ja immer so sein, dass "
           "Schule und die Stadt in solchen Fragen zusammenarbeiten. Es zeigt sich natürlich, dass wir jeden ermutigen "
           "sollten, der die deutsche Sprache noch nicht so gut kann ‑ egal, in welchem Alter sie oder er ist ‑, diese "
           "deutsche Sprache zu erlernen. Diejenigen, die hier die Kurse durchführen, machen das mit unglaublich viel "
           "Liebe, mit Elan und mit Zutrauen. Sie gehen mit den Müttern auch zu verschiedenen Projekten, sodass man sich "
           "auch einmal aus der eigenen Wohnung und dem eigenen Lebensumfeld heraus bewegt.",
           "Ich finde, es ist ein sehr beeindruckendes Projekt, aber es zeigt auch, wie viel Arbeit noch vor uns liegt. "
           "Denn wir waren uns auch in der Diskussion alle einig, dass die Sprache der Schlüssel ist, um Deutschland als "
           "neue Heimat besser kennenzulernen.",
           "FRAGE: Frau Merkel, Sie gelten ja nicht als große Freundin von Multikulti. Was ist denn in so einem Stadtteil "
           "wie hier in Veddel mit so vielen nebeneinander lebenden Kulturen dann die Alternative?"],
    quotes=[("„Warum haben wir das nicht schon früher gemacht?“", None)],
    aliases={})

add(id="ho128-bkin-2015-06-merkel-buergerdialog-kulturbrauerei",
    title="Eingangsstatement von Bundeskanzlerin Merkel zum Bürgerdialog in der Berliner Kulturbrauerei, 1. Juni 2015",
    url="https://www.bundeskanzlerin.de/breg-de/service/archiv/eingangsstatement-von-bundeskanzlerin-merkel-zum-"
        "buergerdialog-in-der-berliner-kulturbrauerei-1-juni-2015-846478",
    retrieved="same address (stored archive page of the opening exchange of the citizens' dialogue 'Gut leben in "
              "Deutschland' of 1 June 2015; the speaker labels 'Moderator:' and 'BK’in Merkel:' kept at the start of their "
              "paragraphs as published, the elision '(…)' kept; the moderator's paragraph 'Es gab vor drei Jahren s', cut "
              "off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Moderator: (…) Frau Bundeskanzlerin, gut leben, das wollen wir ja alle. Aber was heißt das eigentlich genau? "
           "Warum auch diese Regierungsstrategie?",
           "BK’in Merkel: Diese Regierungsstrategie haben wir uns deshalb vorgenommen, weil wir ja meistens als Parteien "
           "uns Regierungsprogramme machen. Dann machen wir Koalitionsvereinbarungen, dann schreiben wir alles auf, was "
           "wir für wichtig halten. Aber wir wissen nicht ganz genau, ob das die Menschen auch für wichtig halten. Das "
           "heißt, wir wollen die Bürgerinnen und Bürger in ganz verschiedenen Formaten fragen: Was ist eigentlich für "
           "Sie der Schwerpunkt? Was ist Ihnen besonders wichtig? Denn jeder will ja für sich gut leben und vielleicht "
           "auch für seine Mitbürger, dass andere auch gut leben können.",
           "Um diese Schwerpunktsetzung herauszubekommen, wollen wir - „wir“ sind alle Mitglieder der Regierung und auch "
           "viele Vereine und Gruppen; die machen das ohne uns - mit Menschen sprechen und aufnehmen: Was ist den "
           "Menschen wichtig? Dann wird das Ganze gesammelt, wissenschaftlich ausgewertet. Wir werden dann sogenannte "
           "Indikatoren entwickeln, also Faktoren, Parameter, an denen man sieht, was die Punkte sind, die wichtig sind, "
           "die dann auch gewichten und daraus einen Aktionsplan für unsere Arbeit in der Regierung machen.",
           "Wenn die unterschiedlichen Parteien in der Regierung unterschiedlicher Meinung sind, wird man das sicherlich "
           "auch im nächsten Wahlkampf wieder auf die Tagesordnung nehmen und sagen: Das, haben wir verstanden, ist den "
           "Menschen wichtig, und dafür wollen wir eintreten.",
           "Deshalb stehen heute auch nicht meine Antworten im Vordergrund, sondern ich möchte hören, was Ihnen wichtig "
           "ist, was Sie beschwert. Und so hoffe ich, dass wir gut ins Gespräch kommen.",
           "Moderator: Ja, das glaube ich auch. Wichtig, meine Damen und Herren, ist also auch der Input an die "
           "Bundesregierung."],
    quotes=[("„wir“", None)],
    aliases={})

add(id="ho128-breg-2021-08-merkel-liebig-mathematikum",
    title="Pressestatement von Bundeskanzlerin Merkel nach dem Besuch des Liebig-Museums und des Mathematikums am "
          "19.08.2021 in Gießen",
    url="https://www.bundesregierung.de/breg-de/service/archiv/pressestatement-von-bundeskanzlerin-merkel-nach-dem-besuch-"
        "des-liebig-museums-und-des-mathematikums-am-19-08-2021-in-giessen-1952386",
    retrieved="same address (stored archive page of the statement of 19 August 2021 in Gießen; the speaker label 'BK’in "
              "Merkel:' kept at the start of the first paragraph as published; the paragraph 'Justus von Liebig', cut off "
              "in the stored copy after its first words, dropped (rule 15))",
    license=BREG,
    paras=["BK’in Merkel: Meine Damen und Herren, ich möchte mich bei Helge Braun bedanken, der mich heute an zwei ganz "
           "spannende Orte geführt hat. Ich werde in den nächsten Tagen einige Reisen machen, bei denen es um "
           "Naturwissenschaft und um Anwendungen geht, gerade auch um Anwendungen in der Medizin.",
           "Heute ist der Startpunkt hier in Gießen. Da habe ich durch Prof. Alter und seine Mitstreiter das "
           "Liebig-Museum kennenlernen dürfen, ein ganz wirkliches Schatzkästchen oder Kleinod von historischer "
           "Bedeutung. Justus von Liebig hat die organische Chemie fortentwickelt, aber er hat vor allen Dingen auch die "
           "Lehre der Chemie anschaulich gestaltet, von der Vorlesung direkt zum Experiment. Es ist sehr, sehr "
           "interessant, anzusehen, dass ein fast 200 Jahre alter Hörsaal heute eigentlich im Großen und Ganzen noch "
           "bestehen könnte. Deshalb, finde ich, sollten möglichst viele Schülerinnen und Schüler, aber auch andere "
           "Menschen dorthin gehen; denn sowohl das, was wir heute als Düngemittel kennen, als auch das, was wir als "
           "chemische Analysen kennen, fanden hier in einer Zeit, in der ja auch die Einflüsse der Gebrüder Humboldt noch "
           "spürbar waren, ihren Anfang. Die Stadt Gießen oder zumindest die politischen Institutionen, die damals hier "
           "verantwortlich waren, haben Justus von Liebig eine gute Heimat gegeben.",
           "Ein bisschen weiter in der Geschichte hat Prof. Beutelspacher etwas unternommen. Was heißt „Mathematik zum "
           "Anfassen“? Die meisten verbinden Mathematik ja nicht mit dem Anfassen, sondern mehr mit dem Grübeln, dem "
           "Schreiben von Formeln und dem Lösen geometrischer Aufgaben. Hier wird es ganz praktisch gemacht. Man darf "
           "aber auch rechnen. Ich habe Familien beim Experimentieren beobachten können und glaube, dass das ein "
           "wunderbarer Ort ist, um sich über Mathematik Gedanken zu machen, für Kinder, aber eben auch für Eltern."],
    quotes=[("„Mathematik zum Anfassen“", None)],
    aliases={})
