# Thirty-seventh held-out German real-news set (tests/data/heldout37-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-180 and the new rules of this set, 181-183). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every source/url field and every address named in the modules and SOURCES.md files of
# tests/data, and by an 8-word overlap search against the texts of all sets). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Thirty-seventh held-out set": texts of the German Federal Government (news, statements
# and media-library pages of bundesregierung.de, of its archive archiv.bundesregierung.de, of bundeskanzlerin.de and of the
# G7-presidency site g7germany.de, which runs on the same system under /breg-de/). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundesregierung.de: news and statements ---

GRASS_P3 = ("Darin heißt es: \"Günter Grass hat die Nachkriegsgeschichte Deutschlands mit seinem künstlerischen sowie seinem "
            "gesellschaftlichen und politischen Engagement wie nur wenige begleitet und geprägt. ... Mit dem Tod von Günter "
            "Grass verliert die Bundesrepublik Deutschland einen Künstler, von dem ich mit tiefem Respekt Abschied nehme.\"")
GRASS_P6 = ("\"Der Steinmetz, Künstler und Literat wusste, dass der Mensch ein \"krummes Holz\" ist und Veränderungen mühsam "
            "errungen werden müssen. In seinen Büchern, in seiner bildenden Kunst und in seinem Leben rang er um diese "
            "Veränderungen wie kein Zweiter\", erklärte Steinmeier.")

add(id="ho37-breg-2015-04-grass",
    title="Abschied mit tiefem Respekt",
    url="https://www.bundesregierung.de/breg-de/aktuelles/abschied-mit-tiefem-respekt-484962",
    retrieved="same address (stored page of April 2015; the kicker and the headline, which the stored copy runs together "
              "in its second line ('Günter Grass mit 87 Jahren gestorben Abschied mit tiefem Respekt'), kept so (rules 18, "
              "20); the reading-time line '1 Min. Lesedauer' dropped as furniture; the last paragraph 'Der Außenminister "
              "wies auf das große politische Engagement des Nobelpreisträgers hin. … \"Dem Nobelpreisträger Grass war es "
              "selbstverständliche Bürgerpflicht, … und dafür in Kauf zu nehmen', cut off in the stored copy, dropped with "
              "its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Günter Grass mit 87 Jahren gestorben Abschied mit tiefem Respekt",
           "Günter Grass habe die Nachkriegsgeschichte Deutschlands mit seinem Engagement wie nur wenige begleitet und "
           "geprägt, erklärte Kanzlerin Merkel. Außenminister Steinmeier zeigte sich tief bestürzt über den Tod des "
           "Schriftstellers. Kulturstaatsministerin Grütters nannte den Nobelpreisträger einen \"Weltliteraten\".",
           "Der Schriftsteller Günter Grass starb im Alter von 87 Jahren in Lübeck. Bundeskanzlerin Angela Merkel "
           "übermittelte seiner Witwe, Ute Grass, ihre Anteilnahme in einem Kondolenzschreiben.",
           GRASS_P3,
           "\"Deutschland hat einen seiner ganz Großen verloren\"",
           "Außenminister Frank-Walter Steinmeier bezeichnete Grass als \"Vaterfigur für das Denken und Schreiben der "
           "erwachsen werdenden Bundesrepublik\". In seiner erzählerischen Kraft, künstlerischen Leidenschaft, auch in "
           "seiner Fehlbarkeit, Streitbarkeit und in seiner liebevollen Knorrigkeit habe er Deutschland nicht nur "
           "literarisch verkörpert.",
           GRASS_P6],
    quotes=[("\"Weltliteraten\"", "Grütters"),
            (cut(GRASS_P3, "\"Günter Grass hat", "Abschied nehme.\""), MERKEL),
            ("\"Deutschland hat einen seiner ganz Großen verloren\"", None),
            ("\"Vaterfigur für das Denken und Schreiben der erwachsen werdenden Bundesrepublik\"", "Frank-Walter Steinmeier"),
            (cut(GRASS_P6, "\"Der Steinmetz", "kein Zweiter\""), "Frank-Walter Steinmeier")],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin Merkel", "Merkel"],
             "Frank-Walter Steinmeier": ["Frank-Walter Steinmeier", "Außenminister Frank-Walter Steinmeier",
                                         "Außenminister Steinmeier", "Steinmeier", "Außenminister"],
             "Grütters": ["Grütters", "Kulturstaatsministerin Grütters", "Kulturstaatsministerin"]})

SCHMIDT_P3 = ("Sie erinnere sich noch ganz genau, wie sie und ihre Eltern die Katastrophe damals in der DDR vor dem Radio "
              "verfolgt hätten, weil \"wir uns unglaubliche Sorgen um unsere Großmutter und Tante in Hamburg machten\". "
              "Merkel sagte, dass sie damals gerade Helmut Schmidt vertraut hätten, dass er die Lage in den Griff bekommen "
              "werde. \"Das ist meine erste starke, meine ganz persönliche Erinnerung an Helmut Schmidt.\"")
SCHMIDT_P6 = ("Von da an hätten die Deutschen den Politiker mit seiner \"hanseatisch schnörkellosen Sprache und seiner "
              "natürlichen Autorität\" geschätzt. \"Heute können wir sagen, aus der Wertschätzung, aus dem Respekt ist in "
              "den Jahrzehnten eine tiefe Zuneigung zu unserem Altkanzler geworden\", erklärte Merkel.")

add(id="ho37-breg-2015-11-merkel-schmidt",
    title="Merkel: Helmut Schmidt war eine politische Institution",
    url="https://www.bundesregierung.de/breg-de/aktuelles/merkel-helmut-schmidt-war-eine-politische-institution-310940",
    retrieved="same address (stored page of November 2015; the image text 'Bundeskanzlerin Angela Merkel trägt sich im "
              "Beisein von Bundespräsident Joachim Gauck und Außenminister Frank-Walter Steinmeier in das Kondolenzbuch für "
              "den verstorbenen Helmut Schmidt ein.', the caption 'Angela Merkel kondoliert zum Tod von Altbundeskanzler "
              "Schmidt.' and the credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the last paragraph '\"Uns "
              "imponierten seine pers', cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Wie viele andere Menschen in Deutschland sei sie sehr traurig über den Tod von Helmut Schmidt, sagte Kanzlerin "
           "Angela Merkel am Dienstagabend im Bundeskanzleramt. Ihr tiefes Mitgefühl gelte seiner Lebensgefährtin und "
           "seiner Tochter.",
           "\"Den Deutschen über Hamburg hinaus wurde Helmut Schmidt 1962 ein Begriff in den Stunden der höchsten Not "
           "seiner geliebten Heimatstadt. Während der Sturmflut handelte er als Innensenator entschlossen und mit Gabe zur "
           "Improvisation\", so Merkel.",
           SCHMIDT_P3,
           "Bürgerinnen und Bürger können sich ab sofort im Bundeskanzleramt in ein Kondolenzbuch für den verstorbenen "
           "Bundeskanzler a.D. Helmut Schmidt eintragen. Das Kondolenzbuch liegt für die Dauer von einer Woche bis "
           "einschließlich Mittwoch, 18. November 2015 aus. Zugang besteht werktags von 9 bis 18 Uhr über die Wache "
           "Bundeskanzleramt, Willy-Brandt-Str. 1.",
           "\"Hanseatisch schnörkellose Sprache und natürliche Autorität\"",
           SCHMIDT_P6],
    quotes=[("\"Den Deutschen über Hamburg hinaus wurde Helmut Schmidt 1962 ein Begriff in den Stunden der höchsten Not "
             "seiner geliebten Heimatstadt. Während der Sturmflut handelte er als Innensenator entschlossen und mit Gabe "
             "zur Improvisation\"", MERKEL),
            ("\"wir uns unglaubliche Sorgen um unsere Großmutter und Tante in Hamburg machten\"", MERKEL),
            ("\"Das ist meine erste starke, meine ganz persönliche Erinnerung an Helmut Schmidt.\"", MERKEL),
            ("\"Hanseatisch schnörkellose Sprache und natürliche Autorität\"", MERKEL),
            ("\"hanseatisch schnörkellosen Sprache und seiner natürlichen Autorität\"", MERKEL),
            (cut(SCHMIDT_P6, "\"Heute können", "Altkanzler geworden\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Kanzlerin Angela Merkel", "Merkel"]})

# --- Statements of the Minister of State for Culture (Kulturstaatsministerin) on bundesregierung.de / bundeskanzlerin.de ---

add(id="ho37-breg-2015-01-gruetters-weizsaecker",
    title="Kulturstaatsministerin Grütters zum Tod von Richard von Weizsäcker",
    url="https://www.bundeskanzlerin.de/breg-de/service/archiv/alt-inhalte/kulturstaatsministerin-gruetters-zum-tod-von-"
        "richard-von-weizsaecker-438794",
    retrieved="same address (stored archive page of January 2015, complete: the headline and one paragraph; the published "
              "mixed marks \"…“ kept (rule 21))",
    license=BREG,
    paras=["\"Er hat der eingemauerten Halbstadt Westberlin ein modernes Gesicht gegeben und den Aufbruch der Stadt aus der "
           "Provinzialität in eine offene Weltmetropole eingeleitet. Als späterer Bundespräsident nutzte er als "
           "Intellektueller die Kraft der Rede. Als moralische Instanz hat er es verstanden, der schwierigen "
           "Vergangenheitsbewältigung in Deutschland neue Impulse zu geben. Seine wegweisende, befreiende Rede im "
           "Bundestag vom 8. Mai 1985, in der er vom Tag der Befreiung sprach, war ein für die politische Kultur der "
           "Bundesrepublik denkwürdiger Tag, weil er die Chance zur Verständigung und Versöhnung mit den von "
           "Nazi-Deutschland überfallenen Völkern auf eine neue Stufe hob. Auch durch sein Wirken als integrer und "
           "glaubwürdiger Bundespräsident von 1984 bis 1994 wurde die Wiedervereinigung international möglich. Für die "
           "Kultur ist aber auch der Liebhaber der Künste Richard von Weizsäcker ein Verlust. Vielen Kulturinstitutionen "
           "war er ein begeisterter und treuer Begleiter und nicht zuletzt auch Ratgeber. Wir alle werden ihn sehr "
           "vermissen.“"],
    quotes=[("\"Er hat der eingemauerten Halbstadt Westberlin ein modernes Gesicht gegeben und den Aufbruch der Stadt aus "
             "der Provinzialität in eine offene Weltmetropole eingeleitet. Als späterer Bundespräsident nutzte er als "
             "Intellektueller die Kraft der Rede. Als moralische Instanz hat er es verstanden, der schwierigen "
             "Vergangenheitsbewältigung in Deutschland neue Impulse zu geben. Seine wegweisende, befreiende Rede im "
             "Bundestag vom 8. Mai 1985, in der er vom Tag der Befreiung sprach, war ein für die politische Kultur der "
             "Bundesrepublik denkwürdiger Tag, weil er die Chance zur Verständigung und Versöhnung mit den von "
             "Nazi-Deutschland überfallenen Völkern auf eine neue Stufe hob. Auch durch sein Wirken als integrer und "
             "glaubwürdiger Bundespräsident von 1984 bis 1994 wurde die Wiedervereinigung international möglich. Für die "
             "Kultur ist aber auch der Liebhaber der Künste Richard von Weizsäcker ein Verlust. Vielen "
             "Kulturinstitutionen war er ein begeisterter und treuer Begleiter und nicht zuletzt auch Ratgeber. Wir alle "
             "werden ihn sehr vermissen.“", "Grütters")],
    aliases={"Grütters": ["Grütters", "Kulturstaatsministerin Grütters", "Kulturstaatsministerin"]})

GANZ_P2 = ("In zahlreichen Theaterstücken - z.B. an der Schaubühne unter Peter Stein und in berühmten Filmen hat Bruno Ganz "
           "die Bandbreite und Intensität seiner jahrzehntelangen herausragenden Interpretationskunst mit vor die Kamera "
           "gebracht. Niemand konnte sich der faszinierenden Kraft seiner Rollengestaltung entziehen. Das Publikum liebte "
           "ihn für seine Experimentierfreude, aber auch für sein leises, oft melancholisches Spiel. Weltweit wird er "
           "verehrt: ob als Engel Damiel in ‚Der Himmel über Berlin‘ oder als trauriger Kellner Fernando in ‚Brot und "
           "Tulpen‘. Er beherrschte die schauspielerische Kunst, die eigene Persönlichkeit hinter der zu spielenden Rolle "
           "unbemerkt zu machen und ganz in ihr aufzugehen. Eine solche Annäherung, die bis an die eigene Existenz ging, "
           "war die Darstellung als Adolf Hitler in „Der Untergang“ –  eine schauspielerische Herausforderung  und eine "
           "der vielen Meisterleistungen, die ihn zu einem der ganz großen deutschsprachigen Charakterdarsteller auf den "
           "Brettern, die die Welt bedeuten, gemacht haben.")
GANZ_P3 = ("Als Präsident der Deutschen Filmakademie von 2010 bis 2013 hat er sich auch für die Interessen seiner "
           "Kolleginnen und Kollegen, der Filmkünstlerinnen und Filmkünstler, stark gemacht und maßgeblich dazu "
           "beigetragen, dass die Akademie hohe Anerkennung in der Filmbranche und weit darüber hinaus genießt. Wir werden "
           "Bruno Ganz sehr vermissen und hoffen, dass er als ‚Damiel‘ weiter mit uns ist.\"")

add(id="ho37-breg-2019-02-gruetters-bruno-ganz",
    title="Kulturstaatsministerin Monika Grütters zum Tod von Bruno Ganz",
    url="http://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/aktuelles/"
        "kulturstaatsministerin-monika-gruetters-zum-tod-von-bruno-ganz-1580928",
    retrieved="same address (stored page of February 2019, complete: the headline and the statement's three paragraphs; "
              "the published double spaces around the dash after „Der Untergang“ and the hyphen in 'Theaterstücken - z.B.' "
              "kept (rule 20))",
    license=BREG,
    paras=["\"Mit Bruno Ganz verlieren wir eine Ikone des deutschsprachigen Theaters und einen herausragenden Könner auch "
           "der internationalen Schauspielkunst.",
           GANZ_P2,
           GANZ_P3],
    quotes=[("\"Mit Bruno Ganz verlieren wir eine Ikone des deutschsprachigen Theaters und einen herausragenden Könner auch "
             "der internationalen Schauspielkunst.", "Monika Grütters"),
            ("‚Der Himmel über Berlin‘", None),
            ("‚Brot und Tulpen‘", None),
            ("„Der Untergang“", None),
            (GANZ_P3, "Monika Grütters")],
    aliases={"Monika Grütters": ["Monika Grütters", "Kulturstaatsministerin Monika Grütters", "Kulturstaatsministerin"]})

# --- bundesregierung.de / bundeskanzlerin.de: media library, speech ---

add(id="ho37-breg-2022-05-scholz-senegal",
    title="Bundeskanzler Scholz besucht den Senegal",
    url="https://www.bundesregierung.de/breg-de/mediathek/scholz-senegal-2042356",
    retrieved="same address (stored media-library page of May 2022, complete; the video player's lines '01:02' (running "
              "time) and 'Video Bundeskanzler Scholz besucht den Senegal' (player label repeating the headline) dropped as "
              "furniture)",
    license=BREG,
    paras=["„Das ist meine erste Reise als Kanzler auf den afrikanischen Kontinent“, erklärte Bundeskanzler Scholz bei "
           "einer gemeinsamen Pressekonferenz mit Macky Sall, dem Präsidenten des Senegal. Er habe sich bewusst für das "
           "westafrikanische Land als erste Station entschieden, so Scholz. Die Partnerschaft zwischen Deutschland und "
           "Senegal sei „intensiv, sie verbindet uns und wird auch weiterhin wichtiger werden“.",
           "Senegal bildet den Auftakt einer dreitägigen Reise, die den Bundeskanzler auch nach Niger und Südafrika führen "
           "wird."],
    quotes=[("„Das ist meine erste Reise als Kanzler auf den afrikanischen Kontinent“", "Scholz"),
            ("„intensiv, sie verbindet uns und wird auch weiterhin wichtiger werden“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler"]})

add(id="ho37-g7-2022-11-scholz-china",
    title=None,
    url="https://www.g7germany.de/breg-de/mediathek/bundeskanzler-scholz-reist-zum-antrittsbesuch-nach-china-2140872",
    retrieved="same address (stored media-library page of November 2022 on the G7-presidency site of the Federal "
              "Government, which serves bundesregierung.de's media library under /breg-de/; the stored copy has no "
              "headline, so there is no title line (rules 18, 32); the player lines '01:35' and 'Video in "
              "Gebärdensprache' dropped as furniture; otherwise complete)",
    license=BREG,
    paras=["„Mein Besuch fällt in eine außergewöhnliche Zeit voller globaler Herausforderungen und Krisen – eine Zeit, in "
           "der es noch wichtiger ist als sonst, miteinander zu sprechen“, sagte Bundeskanzler Olaf Scholz bei seinem "
           "Besuch in China. Scholz habe in Peking Präsident Xi gebeten, seinen Einfluss auf Russland geltend zu machen. "
           "Beide seien sich einig, dass atomare Drohgebärden unverantwortlich und brandgefährlich seien, so Scholz."],
    quotes=[("„Mein Besuch fällt in eine außergewöhnliche Zeit voller globaler Herausforderungen und Krisen – eine Zeit, "
             "in der es noch wichtiger ist als sonst, miteinander zu sprechen“", "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz"]})

MACRON_NOTE = ("same address (stored photo-series page of 15 May 2017; the stored copy has no headline, so there is no "
               "title line (rules 18, 32); each picture's text is a line of its own and the nine credits 'Foto: "
               "Bundesregierung/Bergmann' are dropped (rule 93); the page's carousel repeats the series after the ninth "
               "picture, and the repeated run, cut off in the stored copy inside the third picture's text, is dropped (rules 15, "
               "17); the published space before the closing mark in '\"vielleicht noch mehr \"für' kept (rule 20))")

add(id="ho37-breg-2017-05-macron-in-berlin",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/frankreichs-praesident-macron-in-berlin-448912",
    retrieved=MACRON_NOTE,
    license=BREG,
    paras=["Berlin, 15.05.17: Nur einen Tag nach der offiziellen Amtseinführung in Paris besucht der neue französische "
           "Präsident Emmanuel Macron die Kanzlerin.",
           "Der Antrittsbesuch des 39-Jährigen beginnt mit militärischen Ehren im Hof des Kanzleramtes.",
           "Es sei eine große Ehre, dass er seine erste Reise nach Deutschland mache, bedankt sich Merkel für den schnellen "
           "Besuch.",
           "Für den Austausch nennt die Kanzlerin zunächst den Schwerpunkt Europa: Hier gehe es etwa um die "
           "Entsenderichtlinie, das neue europäische Asylsystem und die Handelspolitik.",
           "Von allergrößter Bedeutung, für Deutschland und \"vielleicht noch mehr \"für Frankreich, sei es, Arbeitsplätze "
           "zu sichern.",
           "Ein zweiter Schwerpunkt sind die bilateralen Beziehungen. Merkel verständigt sich mit Macron darauf, die "
           "direkten Beziehungen neu zu entwickeln. Für Juli kündigt sie einen deutsch-französischen Ministerrat an.",
           "Ein dritter wichtiger Punkt ist die Zusammenarbeit bei neuen EU-Projekten. Insbesondere die Frage, wie die "
           "bestehende EU, vor allem die Eurozone, vertieft und krisensicher gemacht werden könne.",
           "Für wichtig hält Merkel auch eine gemeinsame europäische Verteidigungs- und Außenpolitik.",
           "Gerade in kritischen Momenten der EU sei es wichtig, gemeinsam richtige Entscheidungen zu treffen. Dieser "
           "Verantwortung sei sie sich sehr bewusst, betont die Bundeskanzlerin auf der Pressekonferenz."],
    quotes=[("\"vielleicht noch mehr \"", "Merkel")],
    aliases={"Merkel": ["Merkel", "Kanzlerin", "Bundeskanzlerin"]})

WOCHE_P1 = ("Max Mannheimer: „Wir sind 3.900 Häftlinge, verlauste Häftlinge – aus Warschau gekommen. Wir durften uns vorher "
            "auf dem Appellplatz niederlassen. Und ich weiß nicht, zu 100 oder 150 wurden wir zum Duschen geschickt, "
            "bekamen gestreifte Uniformen, eine Mütze dazu. Zuvor hatten wir ja Zivilkleider mit roten Streifen. Und "
            "dieser Schubraum war etwas Furchtbares. Erst wurden die Leute zusammengeschlagen, um ihre Würde zu brechen. "
            "Also es war furchtbar. Man hat noch nie... Man hat gemordet, aber man hat noch nie Menschen anderer "
            "Konfessionen in Gaskammern ermordet. Das hatte es noch nicht gegeben. Das war ein Holocaust auf einem anderen "
            "Weg.“")
WOCHE_P2 = ("Dr. Gabriele Hammermann: „Das Konzentrationslager Dachau gehörte zu den ersten Konzentrationslagern und es war "
            "das einzige der Anfangszeit, das bis zum Ende, bis zum 29. April 1945, bestand. Es war ein Model für alle "
            "anderen Konzentrationslager und richtungsweisend für den Aufbau der anderen Konzentrationslager in "
            "Deutschland zunächst und dann eben auch im besetzten Polen. Und die Aufgabe der Gedenkstätte ist es immer "
            "wieder, die Opfergruppen, die nicht im Licht stehen, wieder in die Öffentlichkeit zu bringen und ihr "
            "Schicksal auch wieder publik zu machen.“")
WOCHE_P3 = ("Steffen Seibert: „Wir haben noch, und vielleicht nicht mehr sehr lange, Zeitzeugen, die uns ihre "
            "Leidensgeschichte erzählen können. Und da sind die Orte, die auf ihre Art und Weise ja auch zu uns sprechen, "
            "wichtig. Und an vielen dieser Orte sind Gedenkstätten eingerichtet worden, die wirklich sowohl Informationen "
            "als auch Eindrücke vermitteln, sodass, glaube ich, keiner so hier herausgeht, wie er hereingekommen ist. Das "
            "lässt keinen unbeeindruckt.“")

add(id="ho37-breg-2013-11-woche-der-kanzlerin",
    title="Die Woche der Kanzlerin (bis 8.11.2013)",
    url="https://archiv.bundesregierung.de/archiv-de/mediathek/videos/die-woche-der-kanzlerin-bis-8-11-2013--416414",
    retrieved="same address (stored archive page of the video's transcript, November 2013; the site lines 'Navigation und "
              "Service' and 'Inhalt' dropped as furniture; the last paragraph 'Angela Merkel: „Ich bin sehr berührt, dass "
              "ein Überlebender – der Vorsitzende der Lagerg', cut off in the stored copy, dropped with its unclosed "
              "quotation (rule 15))",
    license=BREG,
    paras=[WOCHE_P1,
           WOCHE_P2,
           WOCHE_P3,
           "Max Mannheimer: „Frau Bundeskanzlerin.“ Angela Merkel: „Herr Mannheimer.“ Max Mannheimer: „Ich freue mich Sie "
           "hier zu sehen.“"],
    quotes=[(cut(WOCHE_P1, "„Wir sind 3.900", "anderen Weg.“"), "Max Mannheimer"),
            (cut(WOCHE_P2, "„Das Konzentrationslager", "publik zu machen.“"), "Gabriele Hammermann"),
            (cut(WOCHE_P3, "„Wir haben noch", "unbeeindruckt.“"), "Steffen Seibert"),
            ("„Frau Bundeskanzlerin.“", "Max Mannheimer"),
            ("„Herr Mannheimer.“", MERKEL),
            ("„Ich freue mich Sie hier zu sehen.“", "Max Mannheimer")],
    aliases={"Max Mannheimer": ["Max Mannheimer"],
             "Gabriele Hammermann": ["Gabriele Hammermann", "Dr. Gabriele Hammermann"],
             "Steffen Seibert": ["Steffen Seibert"],
             MERKEL: ["Angela Merkel", "Kanzlerin"]})

add(id="ho37-bkin-2018-06-rede-startsocial",
    title="Rede von Bundeskanzlerin Merkel zur Verleihung des startsocial-Sonderpreises am 20. Juni 2018 im "
          "Bundeskanzleramt",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/rede-von-bundeskanzlerin-merkel-zur-verleihung-des-startsocial-"
        "sonderpreises-am-20-juni-2018-im-bundeskanzleramt-1141824",
    retrieved="same address (stored page of the speech of 20 June 2018; the site lines 'Navigation und Service' and "
              "'Inhalt' dropped as furniture; the metadata lines 'Redner:', 'Angela Merkel', 'Datum:', 'Mittwoch, 20. Juni "
              "2018', 'Ort:' and 'Berlin' kept as lines of their own (rule 93); the last paragraph 'Liebe Frau Gärtner, "
              "liebe Frau Enoch, für Ihr wunderbares Engagement danke ich Ihnen und allen, die mitwirken, und bitte Sie', "
              "cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=BREG,
    paras=["Redner:",
           "Angela Merkel",
           "Datum:",
           "Mittwoch, 20. Juni 2018",
           "Ort:",
           "Berlin",
           "Liebe Wettbewerbsteilnehmerinnen und Wettbewerbsteilnehmer,",
           "erst einmal meinen Glückwunsch an alle, die schon ausgezeichnet wurden. Die anderen bitte ich nicht traurig zu "
           "sein. Denn jeder, der heute dabei ist, ist schon ein bisschen ausgezeichnet.",
           "Ich bin jetzt mit der Verleihung des Sonderpreises dran und will vorher noch einmal sagen: Viele engagieren "
           "sich ehrenamtlich; es wird etwas aufgebaut, man hilft im Sport, viele helfen im Naturschutz. Es gibt viele "
           "Motivationen und Motive dafür, sich einzubringen.",
           "Dennoch hat mich ganz besonders eine Initiative berührt, die hilft, bei anderen Leid zu lindern, das man auch "
           "selbst erfahren hat – das Leid des persönlichen Verlusts eines lieben, nahestehenden Menschen. Hier Beistand "
           "zu leisten, ist ja alles andere als einfach. Initiativen, die Menschen mit ihrer Trauer nicht alleine lassen, "
           "sind sehr wichtig, aber auch schwierig. Deshalb gibt es diesmal den startsocial-Sonderpreis für eine solche "
           "Initiative.",
           "Zum Engagement des Vereins gehört nicht nur ein immenses Einfühlungsvermögen, sondern auch Mut – Mut, sich dem "
           "zu stellen, was einem eigentlich unüberwindbar erscheint; auch Mut, auf andere zuzugehen, die mit ihrem Leid "
           "sehr beschäftigt sind und vielleicht manchmal auch harte Reaktionen zeigen.",
           "Ich darf nun verraten: Der startsocial-Sonderpreis 2018 geht an den Verein „Wolfsträne“ aus Leipzig. Er "
           "kümmert sich nämlich um trauernde Kinder und Jugendliche. Er steht ihnen zur Seite bei der Bewältigung "
           "dessen, was man eigentlich nicht in Worte fassen kann; und das ist eben der Verlust eines nahen Angehörigen, "
           "vielleicht von Mutter oder Vater oder eines Geschwisters."],
    quotes=[("„Wolfsträne“", None)],
    aliases={})
