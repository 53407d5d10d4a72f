# Two-hundred-and-eighty-first held-out German real-news set (tests/data/heldout281-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1820-1823). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by mirror category number or
# address, headline and two distinctive phrases of each text with grep -rl against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the "looked at and not used" lists of the
# SOURCES files). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-eighty-first held-out set": German Wikinews articles (CC BY 2.5, WN)
# as stored on the de.wikiactu.com mirror (retrieval note MIRROR) and on de.wikinews.org, and one project page of Global
# Voices auf Deutsch (CC BY 3.0, GV). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval
# note names what was dropped. The set is small: nearly every German Wikinews and Global Voices page in the stored corpus
# is already in an earlier set, and most of the few new ones have no quotation mark in their complete paragraphs.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, MIRROR, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- de.wikiactu.com mirror of German Wikinews ---

KGB = "Komitee für Staatssicherheit (KGB) der Republik Weißrussland"
LUKASCHENKA = "Aljaksandr Lukaschenka"

add(id="ho281-wn-2011-04-12-minsk-terroranschlag",
    title="Weißrussland / Minsk: Terroranschlag in der U-Bahn-Station Oktjabrskaja",
    url="https://de.wikinews.org/wiki/Weißrussland_/_Minsk:_Terroranschlag_in_der_U-Bahn-Station_Oktjabrskaja",
    retrieved="http://de.wikiactu.com/?cat=572 (" + MIRROR.format(date="12.04.2011") + " (the mirror repeats the "
              "headline); the caption 'Metrostation Oktjabrskaja (Archivbild)' dropped (rule 14); the third paragraph "
              "('Aus den Reihen der Opposition wurden Stimmen laut, … einen '), cut off in the stored copy, dropped "
              "(rules 15, 17))",
    license=WN,
    paras=["Minsk (Weißrussland), 12.04.2011 – Am Montagabend um 17.58 Uhr explodierte am Bahnsteig der U-Bahn-Station "
           "Oktjabrskaja in Minsk eine Bombe mit der Sprengkraft von fünf bis sieben Kilogramm Trinitrotoluol (TNT). Der "
           "Geheimdienst „Komitee für Staatssicherheit (KGB) der Republik Weißrussland“ stuft den Vorfall als "
           "„terroristischen Anschlag“ ein.",
           "Nach Angaben des stellvertretenden Generalstaatsanwalts Andrej Schwed gab es bereits mehrere Festnahmen im "
           "Zusammenhang mit dem Anschlag, nach weiteren Personen würde gefahndet. Einzelheiten dazu wurden nicht bekannt "
           "gegeben. Zum Sprengsatz gab die Staatsanwaltschaft bekannt, dass dieser ferngezündet und mit Metallteilen "
           "versehen worden war, um eine Splitterwirkung zu erzielen. Präsident Aljaksandr Lukaschenka forderte die "
           "Sicherheitsbehörden auf, das Land auf der Suche nach den Tätern auf den Kopf zu stellen. Er schloss nicht "
           "aus, dass es sich bei dem Anschlag um ein „Geschenk“ des Auslands handeln würde. Durch die Explosion, die "
           "sich in dem zentral gelegenen U-Bahnhof im Berufsverkehr ereignete, wurden mindestens 150 Personen verletzt. "
           "40 davon befinden sich in einem kritischen Zustand, zwölf wurden getötet. Die Metrolinie stellte den "
           "Betrieb ein. Mehrere Stationen wurden mit Metalldetektoren abgesucht."],
    # the service's name in marks is null (rule 2); the classification it gives is its own (rule 1820); the marked word
    # in the subjunctive report of the president's statement is his (rule 1821)
    quotes=[("„Komitee für Staatssicherheit (KGB) der Republik Weißrussland“", None),
            ("„terroristischen Anschlag“", KGB),
            ("„Geschenk“", LUKASCHENKA)],
    aliases={KGB: [KGB, "Geheimdienst"],
             LUKASCHENKA: [LUKASCHENKA, "Präsident Aljaksandr Lukaschenka"]})

add(id="ho281-wn-2016-09-01-gaziantep-hochzeitsparty",
    title="50 Tote bei Bombenanschlag auf kurdische Hochzeitsparty in der Türkei",
    url="https://de.wikinews.org/wiki/50_Tote_bei_Bombenanschlag_auf_kurdische_Hochzeitsparty_in_der_Türkei",
    retrieved="http://de.wikiactu.com/?cat=563 (" + MIRROR.format(date="01.09.2016") + " (the mirror repeats the "
              "headline); the caption 'Lage der Provinz Gaziantep in der Türkei', the headings 'Themenverwandte "
              "Artikel[Bearbeiten]' and 'Quellen[Bearbeiten]', the portal link 'Wikinews-logo.svg Portal:Türkei' and the "
              "mirror's English CC BY 2.5 notice dropped (rule 14); the next article on the mirror page ('Schießerei in "
              "München mit mehreren Toten', 23.07.2016) is a different document and not used)",
    license=WN,
    paras=["Istanbul (Türkei), 01.09.2016 – In Gaziantep, einer Stadt nahe der syrischen Grenze, fand eine Hochzeitsparty "
           "am 21. August ein blutiges Ende. Eine jugendliche Person mischte sich unter die Gäste und führte ein "
           "Selbstmordattentat aus. Dabei starben 50 Menschen, 90 weitere wurden verletzt.",
           "Die Nacht war bereits fortgeschritten, und die ersten Gäste hatten die Feier verlassen. Während die Musik "
           "weiterspielte, kam eine Selbstmordattentäterin hinzu, deren Alter nach Medienberichten auf 14 Jahre "
           "geschätzt wird. Der türkische Präsident Erdogan bezeichnete die Tat als Terroranschlag und machte die "
           "Organisation „Islamischer Staat“ verantwortlich."],
    # an organisation's name in marks inside the president's reported accusation is null (rules 2, 1822); his label
    # "Terroranschlag" is unmarked (rule 5)
    quotes=[("„Islamischer Staat“", None)],
    aliases={})

add(id="ho281-wn-2006-01-15-freiburg-kleinflugzeug",
    title="Kleinflugzeug stürzt nahe des Flugplatzes Freiburg ab",
    url="https://de.wikinews.org/wiki/Kleinflugzeug_stürzt_nahe_des_Flugplatzes_Freiburg_ab",
    retrieved="http://de.wikiactu.com/?cat=709 (" + MIRROR.format(date="15.01.2006") + "; in this stored copy the status "
              "box reads 'Artikelstatus: Fertig 10:11, 15. Jan. 2006 (CET) / Bitte keine weiteren inhaltlichen "
              "Veränderungen vornehmen, sondern einen Folgeartikel schreiben.' and is dropped like the 'Veröffentlicht' box "
              "(rules 14, 1823); the fifth paragraph ('Da sich der Absturzort in einem öffentlichen Waldgebiet befindet, "
              "… Zwei Joggerinnen befanden sich während des Unglücks nur 50 Meter'), cut off in the stored copy, dropped "
              "(rules 15, 17); 'Landesanfluges' kept as published (rule 20))",
    license=WN,
    paras=["Freiburg im Breisgau (Deutschland), 15.01.2006 – Am Donnerstagabend etwa um 18:30 Uhr sind zwei Insassen "
           "eines Kleinflugzeuges beim Absturz ihrer Maschine ums Leben gekommen.",
           "Die Maschine vom Typ Beechcraft King Air 350 befand sich in der Nähe des Flugplatzes Freiburg. Während des "
           "Landesanfluges aus westlicher Richtung stürzte sie in einen Wald nahe dem Flughafen. Sie fing sofort Feuer. "
           "Die zweimotorige Turboprop-Maschine gehört vermutlich dem Flugunternehmen „Euroflug Frenzel“. Der Pilot der "
           "Maschine soll nach ersten Angaben der Chefpilot dieser Firma sein.",
           "Im Laufe des Abends waren die Bergungsarbeiten voll im Gange. Bereits unmittelbar nach dem Absturz wurden "
           "die Polizei, Feuerwehr und Rettungskräfte alarmiert. Der herbeigeeilte Notarzt konnte nicht mehr helfen. Die "
           "Rettungskräfte bargen zwei Tote: den Piloten und seinen Copiloten. In der Maschine wäre zusätzlich Platz für "
           "maximal zwölf Passagiere gewesen, andere Quellen berichten von maximal elf Sitzplätzen.",
           "Die beiden Insassen kamen aus der Nähe von Rastatt. Sie waren gegen 18:00 Uhr auf dem Flughafen "
           "Karlsruhe/Baden-Baden in Rheinmünster-Söllingen gestartet und wollten in Freiburg landen."],
    # a company's name in marks is null (rule 2); the crash reports are unmarked (rule 5)
    quotes=[("„Euroflug Frenzel“", None)],
    aliases={})

add(id="ho281-wn-2014-12-16-bremen-gruene-linnert",
    title="Bremens Grüne Finanzsenatorin bewirbt sich für dritte Wahlperiode",
    url="https://de.wikinews.org/wiki/Bremens_Grüne_Finanzsenatorin_bewirbt_sich_für_dritte_Wahlperiode",
    retrieved="http://de.wikiactu.com/?cat=190 (" + MIRROR.format(date="16.12.2014") + " (the mirror repeats the "
              "headline); the caption 'Karoline Linnert, Bremens Finanzsenatorin seit 2007' dropped (rule 14); the third "
              "paragraph ('Enttäuschend verlief die Wahl für den langjährigen Ortsamtsleiter Rob'), cut off in the stored "
              "copy, dropped (rules 15, 17); the dateline 'Bremen (Bundesland) (Deutschland)' kept as published (rule 20))",
    license=WN,
    paras=["Bremen (Bundesland) (Deutschland), 16.12.2014 – Seit 2007 regiert in Bremen eine rot-grüne Koalition. "
           "Finanzsenatorin des kleinsten Bundeslandes ist Karoline Linnert, Mitglied bei Bündnis 90/Die Grünen. Bei der "
           "Kandidatenaufstellung am 29. November für die Landtagswahl 2015 wurde sie auf Platz 1 gesetzt und könnte "
           "damit für eine dritte Wahlperiode ihr Amt weiterführen. Bei einem entsprechenden Wahlerfolg wäre Bremen das "
           "erste Bundesland, in dem sich Bündnis 90/Die Grünen über drei Wahlperioden hinweg an einer Regierung "
           "beteiligt. Eine besondere Herausforderung für die Politik in Bremen ist die hohe Staatsverschuldung.",
           "Für die stadtbremischen Listenplätze bei Bündnis 90/Die Grünen bewarben sich mehr als 50 Frauen und Männer. "
           "Aufgrund der Frauenquote und des vorher festgelegten Wahlverfahrens sind mehr Frauen als Männer auf der "
           "Liste vertreten. Für einige Aufregung sorgte die Bewerbung des Umweltwissenschaftlers Frank M. Rauch, "
           "Mitarbeiter der Umweltbehörde, der 1978 zu den Gründungsmitgliedern der Grünen in Niedersachsen gehörte. "
           "Rauch war jedoch zwischendurch Mitglied der Ökologisch-Demokratischen Partei, die 1982 von dem ehemaligen "
           "Bundestagsabgeordneten Herbert Gruhl als Konkurrenz zu den Grünen gegründet wurde, und ist noch für den WSL "
           "international tätig. Der grüne Landesschatzmeister Michael Pelster, der diese Geschichte in die Diskussion "
           "brachte, präsentiert sich auf seiner Internetseite als bekennendes Mitglied einer kommunistischen "
           "Kadergruppe „Roter Stern“."],
    # the group's name is null (rules 2, 1822), although the sentence reports how Pelster presents himself on his site
    quotes=[("„Roter Stern“", None)],
    aliases={})

# --- de.wikinews.org ---

add(id="ho281-wn-2007-05-18-irak-entfuehrung-100-tage",
    title="Deutsche im Irak seit 100 Tagen entführt",
    url="https://de.wikinews.org/wiki/Deutsche_im_Irak_seit_100_Tagen_entführt",
    retrieved="same address (stored article page: the lines 'Zum Inhalt springen' and 'aus Wikinews, einem freien Wiki "
              "für Nachrichten', the status box 'Artikelstatus: Fertig 07:41, 18. Mai 2007 (CEST) / Bitte keine weiteren "
              "inhaltlichen Veränderungen vornehmen, sondern einen Folgeartikel schreiben.' and the empty headings "
              "'Themenverwandte Artikel' and 'Quellen' dropped (rules 14, 1823); the page title is the first line (rule "
              "18); the article is complete in the stored copy)",
    license=WN,
    paras=["Bagdad (Irak), 18.05.2007 – Die zwei im Irak verschleppten Deutschen sind mittlerweile schon seit 100 Tagen "
           "in der Gewalt ihrer Geiselnehmer. Die 62-jährige Hannelore Krause und ihr 20 Jahre alter Sohn Sinan wurden am "
           "6. Februar 2007 aus ihrer Wohnung in Bagdad von islamistischen Extremisten entführt. Die bislang unbekannte "
           "Gruppe nennt sich selber „Brigade der Pfeile der Rechtschaffenheit“.",
           "In zwei verzweifelten Appellen an die deutsche Regierung flehte die Frau darum, dass die Bundeswehr aus "
           "Afghanistan abzieht. Andernfalls würden sie und ihr erwachsener Sohn getötet. Die Ultimaten der Geiselnehmer "
           "in den Videobotschaften vom 10. März und 2. April 2007 verstrichen nach 10 Tagen. Auch 100 Tage nach der "
           "Entführung ist das Schicksal der beiden Verschleppten nach wie vor ungewiss.",
           "Die Bundesregierung betonte mehrmals, die Forderung der Kidnapper nicht zu erfüllen, weil Deutschland nicht "
           "erpressbar sei. Der Krisenstab des Auswärtigen Amtes in Berlin bemühe sich weiter intensiv um eine Lösung, "
           "damit die Geiseln wohlbehalten zu ihrer Familie zurückkehren."],
    # the name the group gives itself is null (rule 1822); the appeals and the Government's statements are unmarked
    # indirect speech (rule 5)
    quotes=[("„Brigade der Pfeile der Rechtschaffenheit“", None)],
    aliases={})

# --- de.globalvoicesonline.org: project page of Global Voices auf Deutsch ---

add(id="ho281-gv-runet-echo-russisches-internet",
    title="Russisches Internet auf Deutsch",
    url="https://de.globalvoicesonline.org/?page_id=23425",
    retrieved="same address (stored project page of Global Voices auf Deutsch for RuNet Echo, listing translations since "
              "2014, the latest of 17 June 2015; the page title is the first line (rule 18); the subheading 'RuNet Echo' "
              "and the list line 'Verwässert der Kreml Russlands Recht auf Vergessenwerden? [17. Juni 2015]' kept as lines "
              "of their own; the image credit lines 'Images edited by Kevin Rothrock.' and 'Fotobearbeitung: Kevin "
              "Rothrock.' dropped (rule 14); the teaser of the listed post ('Aus gut unterrichteten Quellen in der Duma hat "
              "RBC '), cut off in the stored copy, dropped (rule 15))",
    license=GV,
    paras=["Absurdisten, VKontakte, der Mond Putin, TJournal, ein Hundeherz, Twitters Katz- und Mausspiel, Tor auf "
           "russisch, Auswanderung in Zeiten des Internets, virtuelle Schützengräben, aufregende Stangentänze am "
           "Weltkindertag, die Rückkehr des Tomatenterroristen und vieles mehr illustriert: Das russische Internet ist "
           "anders.",
           "Russlands selbstbewusste Netzbürger haben völlig eigene soziale Netzwerke, digitale Medien und "
           "Online-Bezahlsysteme. Das russische Internet ist in sich geschlossen und distanziert, mit einem ausgeprägten "
           "Hang zur Selbstgenügsamkeit. Ein Spannungsfeld aus digitalen Freiheitsrechten, staatlicher Kontrolle und "
           "politischem Dirigismus.",
           "„Russisches Internet auf Deutsch“ ist Teil des RuNet Echo, einem Global Voices-Projekt. Es wird durch das "
           "Open Society Institute finanziert und will das Verständnis des russischen Internets (RuNet) und der damit "
           "verbundenen Online-Communities erweitern und vertiefen.",
           "RuNet Echo",
           "Die Redakteure Tetyana Lokot und Kevin Rothrock recherchieren und analysieren das zunehmend komplexere RuNet "
           "und untersuchen und verifizieren dazu Originalberichte, Studien und Übersetzungen zu aktuellen Themen rund um "
           "Russland. Dabei beobachten sie insbesondere, wie relevante Themen von verschiedenen Akteurinnen und Akteuren "
           "in Blogs, Foren, sozialen Medien und in anderen Internetmedien reflektiert werden.",
           "Neben der Rolle des Internets in der russischsprachigen Zivilgesellschaft und Politik, sowie dem Wandel der "
           "russischsprachigen Medienlandschaft und der Online-Communities, interessiert die Macherinnen und Macher des "
           "RuNet die Internetstrategie Russlands und ihre Auswirkungen auf Meinungsfreiheit, Sicherheit und Cyberkrieg.",
           "Es folgen die Beiträge, die wir seit Beginn 2014 ins Deutsche übersetzt haben:",
           "Verwässert der Kreml Russlands Recht auf Vergessenwerden? [17. Juni 2015]"],
    # the project's title in marks is null (rules 24, 1823)
    quotes=[("„Russisches Internet auf Deutsch“", None)],
    aliases={})
