# Three-hundred-and-twenty-first held-out German real-news set (tests/data/heldout321-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1920-1924). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page address, speaker or heading and
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twenty-first held-out set": texts of the Austrian Parliament under
# licence PK: eight pages of the stenographic protocols (Bundesrat, 690th, 693rd, 823rd, 826th, 843rd and 864th sittings;
# Nationalrat, XXII. GP, 95th sitting, and XXVI. GP, 39th sitting), four of them with the swearing-in of members of the
# Bundesrat. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 575), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


FORMEL = ("„Sie werden geloben unverbrüchliche Treue der Republik Österreich, stete und volle Beobachtung der "
          "Verfassungsgesetze und aller anderen Gesetze sowie gewissenhafte Erfüllung Ihrer Pflichten.“")
ANSAGE = "Nach Verlesung der Gelöbnisformel durch die Schriftführung wird die Angelobung mit den Worten „Ich gelobe“ zu leisten sein."
SALLER = "Josef Saller"

# --- Bundesrat, 823rd sitting, page 28: swearing-in of Ilse Fetik and Herbert Madejski ---

FETIK = "Ilse Fetik"

add(id="ho321-parl-br-823-seite-28-angelobung",
    title="Angelobung",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00823/SEITE_0028.html",
    retrieved="same address (stored page of the stenographic protocol of the 823rd sitting of the Bundesrat, page 28; the "
              "page header 'BundesratStenographisches Protokoll823. Sitzung / Seite 28' and the navigation line "
              "'HomeSeite 1Vorherige SeiteNächste Seite' dropped (rule 14); the time marks '09.02.50' and '09.06.28', run "
              "together with the headings 'Angelobung' and 'Antrittsansprache des Präsidenten', and the time lines "
              "'9.03.10' and '9.06.29' dropped, as are the separators '*****' (rule 575); the page opens with the heading "
              "'Angelobung', which is the first line (rules 18, 32, 575); the last paragraph 'Ich begrüße auch ganz "
              "besonders meinen Fraktionsvorsitzenden, … mit strenger Hand geführt h', cut off, dropped (rule 15))",
    license=PK,
    paras=["Präsident Reinhard Todt: Die neuen Mitglieder des Bundesrates sind im Hause anwesend. Ich werde daher "
           "sogleich die Angelobung vornehmen.",
           "Nach der Verlesung der Gelöbnisformel durch die Schriftführung wird die Angelobung mit den Worten „Ich "
           "gelobe“ zu leisten sein.",
           "Ich ersuche nun die Schriftführung um Verlesung der Gelöbnisformel.",
           "Schriftführer Josef Saller: " + FORMEL,
           "Über Namensaufruf durch den Schriftführer Josef Saller leisten die Bundesräte Ilse Fetik (SPÖ, Wien) und Dr. "
           "Herbert Madejski (FPÖ, Wien) ihre Angelobung mit den Worten „Ich gelobe“. (Allgemeiner Beifall.)",
           "Präsident Reinhard Todt: Ich begrüße die neuen Mitglieder des Bundesrates.",
           "Sehr verehrte Damen und Herren! Liebe Kolleginnen und Kollegen! Ich darf Frau Bundesminister Mag. "
           "Mikl-Leitner recht herzlich in unserer Mitte begrüßen. (Allgemeiner Beifall. – Die neu angelobten "
           "Mitglieder des Bundesrates werden von ihren Kolleginnen und Kollegen beglückwünscht.)",
           "Antrittsansprache des Präsidenten",
           "Präsident Reinhard Todt: Liebe Bundesrätinnen! Liebe Bundesräte! Dem Bundesland Wien obliegt, mit 1. Juli "
           "2013 beginnend, die Vorsitzführung im Bundesrat. Ich darf die Funktion des Bundesratspräsidenten übernehmen "
           "und bedanke mich an dieser Stelle für das Vertrauen auf das Herzlichste.",
           "Besonders begrüßen möchte ich die viermalige Bundesratspräsidentin, die Madame des Bundesrates, Anna "
           "Elisabeth Haselbach. Herzlich willkommen! (Allgemeiner Beifall.)"],
    # the President names the words to be used: null (rule 1921); the formula after the clerk's label is his (rule 1920);
    # the narrated oath words belong to the members who swear, first-named canonical (rules 27, 122, 1921)
    quotes=[("„Ich gelobe“", None, 0),
            (FORMEL, SALLER),
            ("„Ich gelobe“", FETIK, 1)],
    aliases={SALLER: ["Josef Saller", "Schriftführer Josef Saller"],
             FETIK: ["Ilse Fetik", "Herbert Madejski", "Dr. Herbert Madejski"]})

# --- Bundesrat, 826th sitting, page 7: swearing-in of Ernst Gödl and Richard Wilhelm ---

GOEDL = "Ernst Gödl"

add(id="ho321-parl-br-826-seite-7-angelobung",
    title="Angelobung",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00826/SEITE_0007.html",
    retrieved="same address (stored page of the stenographic protocol of the 826th sitting of the Bundesrat, page 7; the "
              "page header 'BundesratStenographisches Protokoll826. Sitzung / Seite 7' and the navigation line 'HomeSeite "
              "1Vorherige SeiteNächste Seite' dropped (rule 14); the time marks '13.07.49' and '13.11.46', run together "
              "with the headings 'Angelobung' and 'Antrittsansprache des Präsidenten', the time lines '13.08.11' and "
              "'13.11.49' and the separators '*****' dropped (rule 575); the opening heading 'Angelobung' is the first "
              "line (rules 18, 32, 575); the last paragraph 'Auch dieses halbe Jahr steht im Zeichen wichtiger "
              "Entscheidungen. … 100 Jahre Ausbruch des Erst', cut off, dropped (rule 15))",
    license=PK,
    paras=["Präsident Michael Lampel: Die neuen Mitglieder des Bundesrates sind im Haus anwesend. Ich werde daher "
           "sogleich die Angelobung vornehmen.",
           ANSAGE,
           "Ich ersuche nun die Schriftführung um Verlesung der Gelöbnisformel.",
           "Schriftführer Josef Saller: " + FORMEL,
           "Über Namensaufruf durch den Schriftführer Saller leisten die Bundesräte Mag. Ernst Gödl (ÖVP, Steiermark) und "
           "Richard Wilhelm (SPÖ, Steiermark) ihre Angelobung mit den Worten „Ich gelobe“.",
           "Präsident Michael Lampel: Ich begrüße die neuen Mitglieder des Bundesrates recht herzlich in der "
           "Bundesratsfamilie und wünsche ihnen viel Erfolg hier in unserem Bundesrat. (Allgemeiner Beifall. – Die neu "
           "angelobten Mitglieder des Bundesrates werden von ihren Kolleginnen und Kollegen beglückwünscht.)",
           "Antrittsansprache des Präsidenten",
           "Präsident Michael Lampel: Sehr geehrte Kolleginnen und Kollegen! Herr Bundesminister! Geschätzte Damen und "
           "Herren! Es ist mir eine große Ehre und Freude zugleich, dass ich in diesem halben Jahr das Amt des "
           "Bundesratspräsidenten ausüben darf, und ich möchte mich gleich eingangs bei meinem Amtsvorgänger Präsident "
           "Reinhard Todt sehr herzlich bedanken. Ich danke für die souveräne und engagierte Vorsitzführung in einer "
           "politisch sehr lebhaften Zeit. Vielen Dank, lieber Reinhard! (Allgemeiner Beifall.)"],
    quotes=[("„Ich gelobe“", None, 0),
            (FORMEL, SALLER),
            ("„Ich gelobe“", GOEDL, 1)],
    aliases={SALLER: ["Josef Saller", "Schriftführer Josef Saller", "Saller", "Schriftführer Saller"],
             GOEDL: ["Ernst Gödl", "Mag. Ernst Gödl", "Richard Wilhelm"]})

# --- Bundesrat, 843rd sitting, page 13: swearing-in of nine members from Styria ---

FORSTNER = "Armin Forstner"

add(id="ho321-parl-br-843-seite-13-angelobung",
    title="Angelobung",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00843/SEITE_0013.html",
    retrieved="same address (stored page of the stenographic protocol of the 843rd sitting of the Bundesrat, page 13; the "
              "page header 'BundesratStenographisches Protokoll843. Sitzung / Seite 13' and the navigation line 'HomeSeite "
              "1Vorherige SeiteNächste Seite' dropped (rule 14); the time mark '09.05.53' run together with the heading "
              "'Angelobung', the time line '9.06.25' and the separators '*****' dropped (rule 575); the opening heading is "
              "the first line (rules 18, 32, 575); the heading '09.10.09Antrittsansprache des Präsidenten' and the "
              "President's address under it ('Präsident Gottfried Kneifel: Meine sehr geschätzten Damen und Herren! … "
              "Sehr geehrte Gäste aus Ober'), cut off, dropped together (rule 15))",
    license=PK,
    paras=["Präsident Gottfried Kneifel: Die neun neuen beziehungsweise wiedergewählten Mitglieder des Bundesrates sind "
           "im Hause anwesend, ich werde daher sogleich die Angelobung vornehmen.",
           ANSAGE,
           "Ich ersuche nun die Schriftführung um Verlesung der Gelöbnisformel.",
           "Schriftführer Josef Saller: " + FORMEL,
           "Über Namensaufruf durch den Schriftführer leisten die Bundesräte Armin Forstner (ÖVP, Steiermark), Mag. Ernst "
           "Gödl (ÖVP, Steiermark), Gregor Hammerl (ÖVP, Steiermark), Hubert Koller (SPÖ, Steiermark), Gerd Krusche (FPÖ, "
           "Steiermark), Mario Lindner (SPÖ, Steiermark), Arnd Meißl (FPÖ, Steiermark), Peter Samt (FPÖ, Steiermark) und "
           "Martin Weber (SPÖ, Steiermark) ihre Angelobung mit den Worten „Ich gelobe“.",
           "Präsident Gottfried Kneifel: Ich begrüße die neuen und die wiedergewählten Mitglieder des Bundesrates recht "
           "herzlich in unserer Mitte. (Allgemeiner Beifall. – Die neuen und die wiedergewählten Mitglieder des "
           "Bundesrates werden von ihren Kolleginnen und Kollegen beglückwünscht.)",
           "Ich ersuche, wieder die Plätze einzunehmen, damit wir mit der Sitzung fortsetzen können!"],
    quotes=[("„Ich gelobe“", None, 0),
            (FORMEL, SALLER),
            ("„Ich gelobe“", FORSTNER, 1)],
    aliases={SALLER: ["Josef Saller", "Schriftführer Josef Saller"],
             FORSTNER: ["Armin Forstner", "Ernst Gödl", "Mag. Ernst Gödl", "Gregor Hammerl", "Hubert Koller",
                        "Gerd Krusche", "Mario Lindner", "Arnd Meißl", "Peter Samt", "Martin Weber"]})

# --- Bundesrat, 690th sitting, page 24: re-elected members sworn in, President Bieringer's inaugural address ---

GIESINGER = "Ilse Giesinger"

add(id="ho321-parl-br-690-seite-24-angelobung-bieringer",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00690/SEITE_0024.html",
    retrieved="same address (stored page of the stenographic protocol of the 690th sitting of the Bundesrat, page 24; the "
              "page header 'Bundesrat Stenographisches Protokoll 690. Sitzung / Seite 24' and the navigation line 'Home "
              "Seite 1 Vorherige Seite Nächste Seite' dropped (rule 14); the first line 'mit freundlichen Grüßen\"', the "
              "end of a letter begun on the page before, dropped with its closing mark as an incomplete paragraph (rule "
              "17), so the page has no title line (rules 18, 32); the time line '9.06' dropped (rule 575); the ASCII marks "
              "kept as published (rule 20); the last paragraph 'Herr Prälat Reismeier ist deswegen hier – … seit 14 "
              "Jahren me', cut off, dropped (rule 15))",
    license=PK,
    paras=["Präsident Ludwig Bieringer: Die wieder gewählten Bundesräte sind im Hause anwesend. Ich werde daher sogleich "
           "ihre Angelobung vornehmen.",
           'Nach Verlesung der Gelöbnisformel durch die Schriftführung wird die Angelobung mit den Worten "Ich gelobe" zu '
           'leisten sein.',
           "Ich ersuche die Schriftführung um Verlesung der Gelöbnisformel und anschließend um Namensaufruf.",
           'Schriftführerin Ilse Giesinger: "Sie werden geloben unverbrüchliche Treue der Republik Österreich, stete und '
           'volle Beobachtung der Verfassungsgesetze und aller anderen Gesetze sowie gewissenhafte Erfüllung Ihrer '
           'Pflichten."',
           "Johanna Schicker.",
           "Bundesrätin Johanna Schicker (SPÖ, Steiermark): Ich gelobe.",
           "Schriftführerin Ilse Giesinger: Horst Freiberger.",
           "Bundesrat Horst Freiberger (SPÖ, Steiermark): Ich gelobe.",
           "Präsident Ludwig Bieringer: Ich begrüße die wieder gewählten Mitglieder des Bundesrates recht herzlich in "
           "unserer Mitte. (Allgemeiner Beifall.)",
           "Antrittsansprache des Präsidenten",
           "Präsident Ludwig Bieringer: Hohes Haus! Meine sehr geehrten Damen und Herren! Ich darf Sie alle sehr herzlich "
           "begrüßen und willkommen heißen.",
           "Es ist mir eine ganz besondere Ehre und Freude zugleich, dass der Vorsitzende der Landeshauptmännerkonferenz "
           "Landeshauptmann von Salzburg Dr. Franz Schausberger in unserer Mitte weilt. Ich darf dich, sehr geehrter Herr "
           "Landeshauptmann, sehr herzlich bei uns begrüßen und willkommen heißen. (Allgemeiner Beifall.)",
           "Meine Damen und Herren! Es ist üblich, dass man bei Antrittsreden auch besondere Gäste begrüßt. Ich darf mir "
           "daher erlauben, den hochwürdigsten Herrn Generalvikar der Erzdiözese Salzburg Prälat Dr. Hans Reismeier sehr "
           "herzlich in unserer Mitte zu begrüßen. (Allgemeiner Beifall.)"],
    # the members' own 'Ich gelobe.' after their labels has no marks and is not annotated (rule 5)
    quotes=[('"Ich gelobe"', None),
            ('"Sie werden geloben unverbrüchliche Treue der Republik Österreich, stete und volle Beobachtung der '
             'Verfassungsgesetze und aller anderen Gesetze sowie gewissenhafte Erfüllung Ihrer Pflichten."', GIESINGER)],
    aliases={GIESINGER: ["Ilse Giesinger", "Schriftführerin Ilse Giesinger"]})

# --- Bundesrat, 693rd sitting, page 13: Landeshauptmann Waltraud Klasnic's statement ---

KLASNIC = "Waltraud Klasnic"

add(id="ho321-parl-br-693-seite-13-klasnic",
    title="",
    url="http://www.parlament.gv.at/dokument/BR/BRSITZ/693/SEITE_0013.html",
    retrieved="same address (stored page of the stenographic protocol of the 693rd sitting of the Bundesrat, page 13; the "
              "page header 'Bundesrat Stenographisches Protokoll 693. Sitzung / Seite 13' and the navigation line 'Home "
              "Seite 1 Vorherige Seite Nächste Seite' dropped (rule 14); the page begins with a complete paragraph of the "
              "President, whose speaker line is on an earlier page, and has no heading, so there is no title line (rules "
              "18, 32); the time line '9.34' dropped (rule 575); the last paragraph 'Aber ich stel', cut off, dropped "
              "(rule 15))",
    license=PK,
    paras=["Bevor ich der Frau Landeshauptmann das Wort erteile, gebe ich noch bekannt, dass mir ein schriftliches "
           "Verlangen von fünf Bundesräten im Sinne des § 38 Abs. 4 der Geschäftsordnung des Bundesrates vorliegt, im "
           "Anschluss an diese Erklärung eine Debatte durchzuführen.",
           "Da dieses Verlangen genügend unterstützt ist, werde ich ihm ohne weiteres stattgeben.",
           "Ich erteile nunmehr Frau Landeshauptmann Klasnic das Wort. – Bitte.",
           "Landeshauptmann von Steiermark Waltraud Klasnic: Herr Präsident! Meine sehr geehrten Damen und Herren des "
           "Bundesrates! Ich möchte auch die Damen und Herren, die als Gäste hier sind – so wie ich heute –, sehr herzlich "
           "begrüßen. Ich freue mich, mit dabei zu sein, und möchte zu Beginn meiner Erklärung jenen gratulieren, die "
           "heute gesagt haben: „Ich gelobe“. Es ist mir dabei eingefallen, dass es der 15. November 1977 gewesen ist, als "
           "ich auch hier in der Bank gesessen bin und mit bebendem Herzen „ich gelobe“ gesagt habe; es war eine wichtige "
           "und eine besondere Zeit in meinem Leben. Ich glaube, es könnte und kann jede Politikerin und jeder Politiker "
           "mit Dankbarkeit annehmen, dieses Erleben „Bundesrat“, diese Gemeinschaft, diese Kollegialität, aber auch diese "
           "Erfahrung hier gehabt zu haben und auch in die spätere politische Arbeit, wo immer sie sein mag, mitnehmen zu "
           "dürfen. Der Bundesrat ist wichtig, und die Zeit hier war wunderschön.",
           "In diesem Sinne wünsche ich Ihnen von Herzen alles Gute! (Allgemeiner Beifall.)",
           "An meiner Seite sitzt der Herr Nationalratspräsident – und Sie haben sicherlich gemerkt, dass er einmal kurz "
           "geflüstert hat –, und er hat gemeint: Na ja, die Steiermark – heute wird alles gesagt, was in der Steiermark "
           "an Besonderem geschehen ist.",
           "Ich sage dazu: In ungefähr einem halben Jahr wird es Tirol sein. Herr Präsident! Ich habe die Botschaft "
           "verstanden!"],
    # rule 1922; the whispered words of the Nationalratspräsident have no marks (rule 5)
    quotes=[("„Ich gelobe“", None),
            ("„ich gelobe“", KLASNIC),
            ("„Bundesrat“", None)],
    aliases={KLASNIC: ["Waltraud Klasnic", "Landeshauptmann von Steiermark Waltraud Klasnic",
                       "Frau Landeshauptmann Klasnic", "Frau Landeshauptmann"]})

# --- Nationalrat, XXVI. GP, 39th sitting, page 181: a speech on the Interior Minister and Amon's quotation ---

AMON = "Amon"

add(id="ho321-parl-nr-xxvi-39-seite-181-amon-zitat",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVI/NRSITZ/NRSITZ_00039/SEITE_0181.html",
    retrieved="same address (stored page of the stenographic protocol of the 39th sitting of the Nationalrat, XXVI. GP, "
              "26 September 2018, page 181; the page header 'Nationalrat, XXVI.GPStenographisches Protokoll39. Sitzung, 26. "
              "September 2018 / Seite 181' and the navigation line 'HomeGesamtes ProtokollVorherige SeiteNächste Seite' "
              "dropped (rule 14); the first paragraph 'Innenministers der Republik Österreich nicht würdig. (Beifall bei "
              "SPÖ, NEOS und Liste Pilz.)', which begins mid-sentence, dropped (rule 17); the speaker line is on an earlier "
              "page, so no speaker is named and there is no title line (rules 18, 32); the interjections kept as published "
              "(rule 575); the last paragraph 'Ich finde, die Worte, die er dafür gefunden hat, hervorragend. … (Abg. "
              "Gudenus: Das hätten Sie wohl gerne', cut off inside an interjection, dropped (rule 15))",
    license=PK,
    paras=["Das ist natürlich alles in Ihrer Haltung begründet. Die Rechten dürfen alles: Sie dürfen filmen, andere "
           "Minister bloßstellen. Das ist alles normal. Sie führen Österreich mit dieser Haltung international vor. Tun "
           "Sie doch dieser Republik einen Gefallen und gehen Sie von selbst! Das ist doch nicht mehr tragbar, was Sie da "
           "machen! (Beifall bei SPÖ und Liste Pilz. – Abg. Gudenus: Die Wähler wählen und nicht Sie!)",
           "Es ist ganz einfach so, dass Sie Innenminister nicht können, und das müssen Sie einmal einsehen. Sie können "
           "es nicht! (Abg. Belakowitsch: Wenn Sie es sagen!) Vielleicht heuern Sie mit einer Pferdenummer irgendwo in "
           "einem Zirkus an, aber Sie können Innenminister nicht, Sie können das nicht, und das sollte man jetzt endlich "
           "- - (Abg. Rosenkranz: Sehr wohl kann er es! – Weitere Zwischenrufe bei der FPÖ.)",
           "Ich verstehe die Aufregung, aber ich will noch auf die Ausführungen des Kollegen Amon zu sprechen kommen. Ich "
           "bewundere ihn für das Zitat: „Vertrauen wird dadurch erschöpft, dass es in Anspruch genommen wird.“ Das war "
           "die Drohung, die der Bundeskanzler Ihnen über Amon ausgerichtet hat: Jetzt ist dann bald Schluss! (Beifall "
           "bei der SPÖ und bei Abgeordneten der Liste Pilz.)"],
    quotes=[("„Vertrauen wird dadurch erschöpft, dass es in Anspruch genommen wird.“", AMON)],  # rule 1923
    aliases={AMON: ["Amon", "Kollegen Amon"]})

# --- Nationalrat, XXII. GP, 95th sitting, page 31: a speech on the government's foreign policy ---

PRESSE = "Die Presse"

add(id="ho321-parl-nr-xxii-95-seite-31-presse",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXII/NRSITZ/NRSITZ_00095/SEITE_0031.html",
    retrieved="same address (stored page of the stenographic protocol of the 95th sitting of the Nationalrat, XXII. GP, "
              "page 31; the page header 'Nationalrat, XXII.GP Stenographisches Protokoll 95. Sitzung / Seite 31' and the "
              "navigation line 'Home Seite 1 Vorherige Seite Nächste Seite' dropped (rule 14); the first paragraph "
              "'losenzahlen – auch eine interessante Form von so genannter objektiver Berichterstattung in dieser "
              "Sendung.', which begins inside a word, dropped (rule 17); the speaker line is on an earlier page, so there "
              "is no title line (rules 18, 32); the last paragraph 'Erinnern wir uns doch an die Inszenierungen, … Aber "
              "Pater Lorenzo – aus „', cut off after an opening mark, dropped (rule 15))",
    license=PK,
    paras=["Oder: Die Bedeutung Österreichs im außenpolitischen Bereich. Dazu schreibt „Die Presse“, es gebe nur „wenige, "
           "die über den Beckenrand hinausschauen“ können. – Wien, Österreich ist nicht mehr der Ort von Gipfeltreffen. "
           "Hier wird nicht mehr internationale Konsens- und Krisenpolitik betrieben. Sie haben Österreich kleiner "
           "gemacht, als es ist. Das sind die Auswirkungen auch Ihrer Außenpolitik. Da können Sie noch so oft die "
           "„Frankfurter Allgemeine Zeitung“ und die „Neue Zürcher Zeitung“ zitieren – österreichische Zeitungen werden "
           "Sie sowieso für positive Zitierungen nicht finden. Das sei in aller Deutlichkeit auch noch einmal gesagt! "
           "(Beifall bei der SPÖ.)",
           "Herbert Krejci hat Recht: Angesichts dessen, wie Sie heute geantwortet haben, hat er Recht, wenn er sagt, die "
           "Regierung versuche sich mit ungeheurer Arroganz an der Macht zu halten. Und Neisser – darauf mussten Sie "
           "sogar schon in einem Radio-Interview eingehen – meint völlig zu Recht, es gebe in der Regierung keine "
           "Visionen, keine Ideen und auch keine Grundsatzdiskussionen mehr. Neisser war immerhin Nationalratspräsident, "
           "auch ÖVP-Regierungsmitglied; Krejci war ein ÖVP-Parteigänger, Generalsekretär der Industriellenvereinigung! "
           "Das sind also nicht irgendwelche Zeitzeugen, die da wirklich zu Recht Kritik üben – und das auch ausdrücken, "
           "zum Beispiel im „Format“ von 4. Februar. (Zwischenruf des Abg. Murauer.) – Ja, das ist Ihnen unangenehm, aber "
           "Sie müssen es hören. Die Blumen sind längst – „Vogel-V“ – verwelkt. (Beifall bei der SPÖ.)"],
    # newspaper and magazine names null (rule 2); the paper's wording after 'schreibt „Die Presse“' is the paper's (rule
    # 532); the speaker's own marks null (rule 1857); Krejci's and Neisser's reported views have no marks (rule 5)
    quotes=[("„Die Presse“", None),
            ("„wenige, die über den Beckenrand hinausschauen“", PRESSE),
            ("„Frankfurter Allgemeine Zeitung“", None),
            ("„Neue Zürcher Zeitung“", None),
            ("„Format“", None),
            ("„Vogel-V“", None)],
    aliases={PRESSE: ["Die Presse"]})

# --- Bundesrat, 864th sitting, page 10: end of an address with a recited verse; the Government's statement announced ---

THEMA = "„Für Österreich – Arbeitsprogramm der Bundesregierung 2017/2018“"

add(id="ho321-parl-br-864-seite-10-arbeitsprogramm",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00864/SEITE_0010.html",
    retrieved="same address (stored page of the stenographic protocol of the 864th sitting of the Bundesrat, page 10; the "
              "page header 'BundesratStenographisches Protokoll864. Sitzung / Seite 10' and the navigation line "
              "'HomeSeite 1Vorherige SeiteNächste Seite' dropped (rule 14); the page opens with a complete quoted "
              "paragraph whose speaker line is on an earlier page, and no heading, so there is no title line (rules 18, "
              "32); 'Bilder; Nur' and 'NeugeboRenén' kept as published (rule 20); the time lines '9.11' and '9.13.22' and "
              "the time mark '09.13.07' run together with the heading 'Erklärung des Bundeskanzlers …' dropped (rule "
              "575); the last line 'Bundeskanzler Mag. Christian Kern: Sehr geehrte Frau Präsidentin!', where the stored "
              "copy ends inside the Chancellor's speech, dropped (rule 15))",
    license=PK,
    paras=["„Ihr sammelt alte Möbel, alte Autos, alte Bilder; Nur eines sammelt ihr nicht: alte Menschen ... Versteht ihr "
           "denn nicht? Die Alten, das sind die Überlebenden, die wissen etwas, die sind nicht nur einfach zu lange "
           "geblieben. Die Alten sind ein Wunder, wie die NeugeboRenén. So nahe am Ende, das ist so kostbar wie der "
           "Anfang.“",
           "Vielen Dank. (Allgemeiner Beifall.)",
           "Ankündigung einer Erklärung des Bundeskanzlers und des Vizekanzlers gemäß § 37 Abs. 4 GO-BR",
           "Präsidentin Sonja Ledl-Rossmann: Bevor wir fortfahren, ist es mir auch eine große Freude und Ehre, den "
           "ehemaligen Präsidenten und Vizepräsidenten des Bundesrates DDr. Herbert Schambeck in unserer Runde zu "
           "begrüßen. (Allgemeiner Beifall.)",
           "Ich begrüße nochmals den Herrn Bundeskanzler sowie den Herrn Vizekanzler. Sie haben ihre Absicht bekundet, "
           "eine Erklärung gemäß § 37 Abs. 4 der Geschäftsordnung des Bundesrates zum Thema " + THEMA + " abzugeben.",
           "Bevor ich dem Herrn Bundeskanzler und dem Herrn Vizekanzler das Wort erteile, gebe ich bekannt, dass mir ein "
           "schriftliches Verlangen von fünf Bundesräten im Sinne des § 37 Abs. 5 der Geschäftsordnung des Bundesrates "
           "vorliegt, im Anschluss an die vom Herrn Bundeskanzler und vom Herrn Vizekanzler abgegebene Erklärung eine "
           "Debatte durchzuführen. Da dieses Verlangen genügend unterstützt ist, werde ich ihm ohne Weiteres stattgeben.",
           "Erklärung des Bundeskanzlers und des Vizekanzlers zum Thema " + THEMA,
           "Präsidentin Sonja Ledl-Rossmann: Ich erteile nun dem Herrn Bundeskanzler zur Abgabe der Erklärung zum Thema "
           + THEMA + " das Wort. – Bitte."],
    # the verse at the top of the page: null (rule 1924); the title of the Government's statement: null (rules 24, 1851)
    quotes=[("„Ihr sammelt alte Möbel, alte Autos, alte Bilder; Nur eines sammelt ihr nicht: alte Menschen ... Versteht "
             "ihr denn nicht? Die Alten, das sind die Überlebenden, die wissen etwas, die sind nicht nur einfach zu lange "
             "geblieben. Die Alten sind ein Wunder, wie die NeugeboRenén. So nahe am Ende, das ist so kostbar wie der "
             "Anfang.“", None),
            (THEMA, None, 0),
            (THEMA, None, 1),
            (THEMA, None, 2)],
    aliases={})
