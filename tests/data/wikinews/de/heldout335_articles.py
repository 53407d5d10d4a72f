# Three-hundred-and-thirty-fifth held-out German real-news set (tests/data/heldout335-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1960-1962). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug and two or more
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-thirty-fifth held-out set": three netzpolitik.org articles of 2025
# (the Union's plan in the coalition talks to abolish the Informationsfreiheitsgesetz, March; the British Prime Minister
# and the imprisoned activist Alaa Abd el-Fattah, February; the interview on the killing of Charlie Kirk, September)
# (licence NP). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), stored date lines and photo captions are dropped (rule 14), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


UNION = "Union"
SEMSROTT = "Arne Semsrott"
STARMER = "Keir Starmer"
KLEIN = "Ezra Klein"
OSTERMANN = "Manuel Ostermann"
BOSBACH = "Caroline Bosbach"
TRUMP = "Donald Trump"
MUSK = "Elon Musk"
STIMMEN = "Etliche weitere Stimmen"

# --- netzpolitik.org, March 2025: the Union wants to abolish the Informationsfreiheitsgesetz ---

IFG_P2 = ("Die Union will laut dem öffentlich gewordenen Verhandlungspapier der Arbeitsgruppe 9 „Bürokratierückbau, "
          "Staatsmodernisierung, Moderne Justiz“ das Informationsfreiheitsgesetz abschaffen. In dem Dokument mit dem Titel "
          "„Stärkung der repräsentiven Demokratie“ heißt es in blauer Schrift der Unionsverhandler: „Das "
          "Informationsfreiheitsgesetz in der bisherigen Form wollen wir hingegen abschaffen.“ Die SPD hat dem bisher nicht "
          "zugestimmt. Die Union will außerdem das Umweltinformationsgesetz „verschlanken“.")
IFG_P3 = ("Seit 2006 sorgt das Informationsfreiheitsgesetz (IFG) für mehr Transparenz im Bund. Das Gesetz ermöglicht es "
          "Bürger:innen, Einsicht in staatliche Verträge, Kommunikationen, Dokumente und Behördenabläufe zu bekommen. Es "
          "macht den Staat rechenschaftspflichtiger und fügt eine weitere Möglichkeit demokratischer Kontrolle durch "
          "Bürger:innen und Presse hinzu. Diese Option wird eifrig genutzt: Laut dem Transparenzportal Frag den Staat sind "
          "seit 2006 über die Seite fast 300.000 Informationsfreiheitsanfragen gestellt worden.")
IFG_H = "„Frontalangriff auf das IFG“"
IFG_P4 = ("Arne Semsrott von FragDenStaat wertet die Forderung der Union als „Frontalangriff auf die Informationsfreiheit“. "
          "Öffentliche Kontrolle und Transparenz seien CDU/CSU offenbar ein Dorn im Auge, so Semsrott gegenüber "
          "netzpolitik.org. „Sie wollen unbehelligt durchregieren. Demokratische Rechte der Öffentlichkeit stören dabei "
          "offenbar nur.“")

add(id="ho335-np-2025-03-union-informationsfreiheitsgesetz",
    title="Koalitionsverhandlungen Union will Informationsfreiheitsgesetz abschaffen",
    url="https://netzpolitik.org/2025/koalitionsverhandlungen-union-will-informationsfreiheitsgesetz-abschaffen",
    retrieved="same address (stored page of March 2025; kicker and headline kept as the stored copy runs them together, "
              "'Koalitionsverhandlungen Union will …' (rule 18); the photo description 'Grinsender Mann mit Brille' and the "
              "caption with credit 'Philipp Amthor bei der konstituierenden Sitzung des 21. Deutschen Bundestages. – Alle "
              "Rechte vorbehalten IMAGO / Bernd Elmenthaler' dropped (rule 14); the paragraph 'Verhandlungsführer in der "
              "Arbeitsgruppe 9 ist ausger', cut off in the stored copy, dropped (rule 15); the typing error "
              "'repräsentiven' kept as stored (rule 20))",
    license=NP,
    paras=["In den Koalitionsverhandlungen fordert die Union, das Informationsfreiheitsgesetz abzuschaffen. "
           "Verhandlungsführer bei diesem Thema ist ausgerechnet Philipp Amthor. Durch das besagte Gesetz wurden Dokumente "
           "von Amthors Augustus-Intelligence-Skandal öffentlich.",
           IFG_P2, IFG_P3, IFG_H, IFG_P4],
    quotes=[("„Bürokratierückbau, Staatsmodernisierung, Moderne Justiz“", None),
            ("„Stärkung der repräsentiven Demokratie“", None),
            ("„Das Informationsfreiheitsgesetz in der bisherigen Form wollen wir hingegen abschaffen.“", UNION),
            ("„verschlanken“", UNION),
            (IFG_H, SEMSROTT),
            ("„Frontalangriff auf die Informationsfreiheit“", SEMSROTT),
            (cut(IFG_P4, "„Sie wollen", "offenbar nur.“"), SEMSROTT)],
    aliases={UNION: ["Union", "Unionsverhandler", "CDU/CSU"],
             SEMSROTT: ["Arne Semsrott", "Semsrott"]})

# --- netzpolitik.org, February 2025: Keir Starmer and the imprisoned activist Alaa Abd el-Fattah ---

AAF_P2 = ("Der britische Premierminister Keir Starmer will sich für die Freilassung des seit mehr als fünf Jahren inhaftierten "
          "ägyptisch-britischen Demokratie-Aktivisten Alaa Abd el-Fattah einsetzen. Nachdem er Laila Soueif, die Mutter von "
          "Alaa getroffen hatte, twitterte er: „Ich werde alles in meiner Macht Stehende tun, um die Freilassung ihres "
          "Sohnes Alaa Abd el-Fattah zu erwirken und ihn mit seiner Familie wieder zu vereinen. Wir werden seinen Fall "
          "weiterhin auf höchster Ebene der ägyptischen Regierung zur Sprache bringen und auf seine Freilassung drängen.“ "
          "Seit 2021 besitzt Alaa auch die britische Staatsbürgerschaft, doch die ägyptische Regierung verweigert ihm "
          "konsularische Betreuung.")

add(id="ho335-np-2025-02-starmer-alaa-abd-el-fattah",
    title=None,
    url="https://netzpolitik.org/2025/inhaftierter-demokratie-aktivist-britischer-premier-will-sich-fuer-alaa-abd-el-"
        "fattah-einsetzen/",
    retrieved="same address (stored page of February 2025; the stored date line ' date 2025-02' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "subheading 'Prominentes Gesicht der arabischen Revolution' and the paragraph after it, 'Der 1981 geb', cut "
              "off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Alaa Abd el-Fattah müsste längst wieder auf freiem Fuß sein, doch das ägyptische Regime verweigert die "
           "Freilassung des politischen Gefangenen. Jetzt gibt es ein bisschen Hoffnung: Die britische Regierung will sich "
           "auf höchster Ebene für ihn einsetzen.",
           AAF_P2,
           "Am 29. September des letzten Jahres hätte Alaa Abd el-Fattah eigentlich wieder auf freiem Fuß sein sollen. Dann "
           "wäre eigentlich die fünfjährige Haftstrafe abgelaufen, die der britisch-ägyptische Blogger, Programmierer und "
           "Demokratie-Aktivist wegen angeblicher Verbreitung von Falschnachrichten erhalten hatte. Doch die ägyptische "
           "Justiz weigert sich – entgegen der eigenen Strafprozessordnung – ihn aus dem Gefängnis zu entlassen, indem sie "
           "die zweijährige Untersuchungshaft nicht anrechnet.",
           "Im September hatten 59 Menschenrechts-Initiativen aus der ganzen Welt in einem offenen Brief die "
           "internationalen Partner von Ägypten, zu denen auch die Bundesrepublik Deutschland gehört, aufgefordert, sich "
           "beim ägyptischen Staat für die Freilassung einzusetzen. Im September war Alaa Abd el-Fattahs Mutter, die "
           "Menschenrechtlerin Laila Soueif, in Hungerstreik getreten."],
    quotes=[(cut(AAF_P2, "„Ich werde", "Freilassung drängen.“"), STARMER)],
    aliases={STARMER: ["Keir Starmer", "britische Premierminister"]})

# --- netzpolitik.org, September 2025: interview on the killing of Charlie Kirk (introduction) ---

CK_P2 = ("Am vergangenen Mittwoch wurde der rechtsradikale Influencer Charlie Kirk erschossen. Obwohl er sich immer wieder "
         "wieder klar antisemitisch, rassistisch und LGBTQI+-feindlich geäußert hatte, erklärten ihn einige etablierte "
         "Medien posthum zum Kämpfer der Redefreiheit. „Kirk hat Politik auf genau die richtige Weise praktiziert“, schrieb "
         "etwa Ezra Klein in der New York Times. „Er tauchte an Universitäten auf und sprach mit jedem, der mit ihm reden "
         "wollte.“")
CK_P3 = ("In Deutschland kam es zu ähnlichen Trauerbekundungen. Manuel Ostermann, stellvertretender Vorsitzender der "
         "Deutschen Polizeigewerkschaft, lobte Kirks „Einsatz für Meinungsfreiheit, Demokratie und Menschlichkeit“. Und die "
         "CDU-Bundestagsabgeordnete Caroline Bosbach beschrieb Kirk auf Instagram als „Kämpfer für westliche Werte“, mit "
         "ihm sterbe „eine der einflussreichsten jungen konservativen Stimmen weltweit“. Den Post hat die Politikerin nach "
         "vielfacher Kritik inzwischen gelöscht.")
CK_P4 = ("Bereits unmittelbar nach der Tat hatte US-Präsident Donald Trump die „radikale Linke“ für den Tod seines "
         "Unterstützers Kirk verantwortlich gemacht und landesweit Trauerbeflaggung angeordnet. Elon Musk schrieb auf X: "
         "„The Left is the party of murder.“ Etliche weitere Stimmen sahen in dem Anschlag einen Aufruf „der Linken“ zum "
         "Bürgerkrieg.")

add(id="ho335-np-2025-09-interview-charlie-kirk",
    title=None,
    url="https://netzpolitik.org/2025/interview-die-gewalt-bahnt-sich-vermehrt-ihren-weg-in-die-offline-welt/",
    retrieved="same address (stored page of September 2025; the stored copy begins with the teaser and shows no headline, "
              "so the text has no title line (rules 18, 32); the paragraph 'Wir haben mit Berit Glanz über den Fall … "
              "lebt in Island und ver', cut off in the stored copy, dropped with the interview after it (rule 15); the "
              "doubled 'wieder wieder' kept as stored (rule 20))",
    license=NP,
    paras=["Nach dem Attentat auf den rechtsradikalen Influencer Charlie Kirk gerät in den Medien einiges durcheinander und "
           "aus dem Blick. Wir haben mit der Autorin Berit Glanz über Online-Kultur und Offline-Gewalt, kryptische Memes und "
           "Nihilismus gesprochen.",
           CK_P2, CK_P3, CK_P4,
           "Seit Donnerstagabend sitzt der 22-jährige Tatverdächtige Tyler R. in Untersuchungshaft. Er stammt aus dem "
           "Bundesstaat Utah und gehört offenbar einer Familie von Trump-Anhänger:innen an. Ehemalige Mitschüler:innen "
           "beschreiben ihn als zurückhaltend und online sehr aktiv."],
    quotes=[("„Kirk hat Politik auf genau die richtige Weise praktiziert“", KLEIN),
            (cut(CK_P2, "„Er tauchte", "reden wollte.“"), KLEIN),
            ("„Einsatz für Meinungsfreiheit, Demokratie und Menschlichkeit“", OSTERMANN),
            ("„Kämpfer für westliche Werte“", BOSBACH),
            ("„eine der einflussreichsten jungen konservativen Stimmen weltweit“", BOSBACH),
            ("„radikale Linke“", TRUMP),
            ("„The Left is the party of murder.“", MUSK),
            ("„der Linken“", STIMMEN)],
    aliases={KLEIN: ["Ezra Klein"],
             OSTERMANN: ["Manuel Ostermann", "stellvertretender Vorsitzender der Deutschen Polizeigewerkschaft"],
             BOSBACH: ["Caroline Bosbach", "CDU-Bundestagsabgeordnete"],
             TRUMP: ["Donald Trump", "US-Präsident"],
             MUSK: ["Elon Musk"],
             STIMMEN: ["Etliche weitere Stimmen"]})
