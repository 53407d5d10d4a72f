# Two-hundred-and-sixty-third held-out German real-news set (tests/data/heldout263-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from
# 1770). None of these pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL, mirror
# category number and two distinctive phrases of each text against every source/url field and every address named in the
# modules and SOURCES.md files of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-sixty-third held-out set": German Wikinews articles (CC BY 2.5) as
# stored on the de.wikiactu.com mirror, and one main-page archive of de.wikinews.org. Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import MIRROR, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- de.wikiactu.com mirror of German Wikinews ---

LAHM_P1 = ("München (Schland), 19.07.2014 – Fußballnationalspieler Philipp Lahm (Bayern München) hat fünf Tage nach dem "
           "Gewinn der Fußball-Weltmeisterschaft 2014 seinen Rücktritt aus der Nationalmannschaft bekanntgegeben. Der "
           "Schritt des Außenverteidigers kam für seine Mitspieler überraschend. Beim FC Bayern hat Lahm unlängst seinen "
           "Vertrag bis 2018 verlängert. Auf der Website des Deutschen Fußballbundes verlautbarte Lahm am Freitag: "
           "„Heute Morgen habe ich mich bei DFB-Präsident Wolfgang Niersbach verabschiedet und mich bei ihm "
           "stellvertretend für die tolle Zusammenarbeit mit dem Trainerteam um Joachim Löw, Hansi Flick, Andy Köpke und "
           "Teammanager Oliver Bierhoff sowie der gesamten Mannschaft und allen DFB-Mitarbeitern in den vergangenen zehn "
           "Jahren bedankt.“ Nähere Angaben über die Beweggründe des 30 Jahre alten, bisherigen Kapitäns der Bundeself "
           "wurden nicht bekannt, allerdings erfolge der Abschied in „völliger Harmonie“, berichtete Sportbild. „Das ist "
           "der richtige Zeitpunkt für mich“, erklärte Lahm in dem Interview.")

add(id="ho263-wn-2014-07-19-lahm-ruecktritt",
    title="Nationalspieler Philipp Lahm kündigt Rücktritt an",
    url="https://de.wikinews.org/wiki/Nationalspieler_Philipp_Lahm_kündigt_Rücktritt_an",
    retrieved="http://de.wikiactu.com/?cat=3823 (" + MIRROR.format(date="19.07.2014") + " (the mirror repeats the "
              "headline); the caption 'Philipp Lahm (2011)' dropped (rule 14); the second paragraph ('Für Bundestrainer "
              "Joachim Löw dürfte der Abschied dennoch ungünstig gelegen kommen. … „Als Trainer kann man sich einen "
              "solchen Spieler nur wünschen. …“, äußerte sich Löw, der von Lahm bereits am Morgen nach dem Finale in "
              "Brasilien über d'), cut off in the stored copy, dropped with its quotation (rules 15, 17); the dateline "
              "'München (Schland)' kept as published (rule 20))",
    license=WN,
    paras=[LAHM_P1],
    # the statement on the DFB website and the interview sentence are Lahm's (colon cue, rule 9; inverted verb); the
    # marked fragment in the subjunctive report that Sportbild is credited with is Sportbild's (rule 1770)
    quotes=[("„Heute Morgen habe ich mich bei DFB-Präsident Wolfgang Niersbach verabschiedet und mich bei ihm "
             "stellvertretend für die tolle Zusammenarbeit mit dem Trainerteam um Joachim Löw, Hansi Flick, Andy Köpke "
             "und Teammanager Oliver Bierhoff sowie der gesamten Mannschaft und allen DFB-Mitarbeitern in den vergangenen "
             "zehn Jahren bedankt.“", "Philipp Lahm"),
            ("„völliger Harmonie“", "Sportbild"),
            ("„Das ist der richtige Zeitpunkt für mich“", "Philipp Lahm")],
    aliases={"Philipp Lahm": ["Philipp Lahm", "Nationalspieler Philipp Lahm", "Fußballnationalspieler Philipp Lahm",
                              "Lahm"],
             "Sportbild": ["Sportbild"]})

add(id="ho263-wn-2008-05-12-karneval-der-kulturen",
    title="13. Karneval der Kulturen in Berlin",
    url="https://de.wikinews.org/wiki/13._Karneval_der_Kulturen_in_Berlin",
    retrieved="http://de.wikiactu.com/?cat=2416 (" + MIRROR.format(date="12.05.2008") + " (in this stored copy the "
              "headline appears once and the boilerplate lines are absent); the picture block between the first and "
              "second paragraphs — the captions '13. Karneval der Kulturen in Berlin' (twice) and 'Greenpeacegruppe "
              "Berlin' and the quotation box 'Die sinnlichen Eindrücke und unerhörten Rhythmen sind schon sehr stark / – "
              "Wolfgang Thierse', set without quotation marks — dropped as page furniture (rules 14, 1773); the caption "
              "'Tänzer der Gruppe „Das Narrenschiff“' dropped (rule 14); the fourth paragraph ('Der Karneval der Kulturen "
              "wird bereits seit 1996 veranstaltet. … „alternativen Karneval“ … „Werkstatt der Kulturen“ organisiert. "
              "Während anfa'), cut off in the stored copy, dropped with its quotations (rules 15, 17))",
    license=WN,
    paras=["Berlin (Deutschland), 12.05.2008 – Am Sonntag, den 11. Mai 2008 fand in Berlin der 13. Karneval der Kulturen "
           "statt. Bei sommerlichen Temperaturen feierten zirka 850.000 Zuschauer zusammen mit den rund 4.500 "
           "Teilnehmern aus insgesamt 80 Ländern. Die erwartete Zuschauerzahl von 1,3 Millionen wurde trotz des "
           "fantastischen Wetters nicht erreicht.",
           "Wie in den vergangenen Jahren nahmen vor allem afrikanische und lateinamerikanische Gruppen am Straßenumzug "
           "teil. Besonders auffällig waren die brasilianischen Sambagruppen, die mit ihren aufwendigen Kostümen an den "
           "Karneval in Rio erinnerten. Eine Blaskapelle, die traditionelle deutsche Volkslieder spielte, kam bei den "
           "Zuschauern weniger gut an und wirkte fehl am Platz.",
           "Neben den zu den verschiedensten Musikrichtungen – wie beispielsweise Samba, Salsa, Techno und Reggae – "
           "tanzenden Menschen wurde die Veranstaltung auch für politische Botschaften genutzt. So waren zum Beispiel "
           "Umwelt- und Flüchtlingsorganisationen mit eigenen Gruppen vertreten. Eine Schweizer Gruppe demonstrierte mit "
           "einer bunten Schafsherde aus Holz gegen den rassistischen und fremdenfeindlichen Wahlkampf in der Schweiz. "
           "„Mit der Aktion wollen wir ein Zeichen setzen gegen die populistische und ausgrenzende Politik der SVP“, "
           "sagte Hans Spoerri gegenüber swissinfo.ch."],
    # the group's member speaks ("wir"); swissinfo.ch after "gegenüber" is the addressee (rule 12)
    quotes=[("„Mit der Aktion wollen wir ein Zeichen setzen gegen die populistische und ausgrenzende Politik der SVP“",
             "Hans Spoerri")],
    aliases={"Hans Spoerri": ["Hans Spoerri"]})

add(id="ho263-wn-2012-07-01-loebnitz-blitz-festival",
    title="Löbnitz: 51 Verletzte durch Blitzeinschlag bei Heavy-Metal-Festival",
    url="https://de.wikinews.org/wiki/Löbnitz:_51_Verletzte_durch_Blitzeinschlag_bei_Heavy-Metal-Festival",
    retrieved="http://de.wikiactu.com/?cat=362 (" + MIRROR.format(date="01.07.2012") + " (the mirror repeats the "
              "headline); the fourth paragraph ('Am vergangenen Wochenende gab es ein heftiges Gewitter nach dem anderen. "
              "… Bevor di'), cut off in the stored copy, dropped (rules 15, 17); the missing comma after 'Löbnitz', "
              "'Ob Das Konzert' and 'alle Verletzte' kept as published (rule 20))",
    license=WN,
    paras=["Löbnitz (Deutschland), 01.07.2012 – In Roitzschjora, einem Stadtteil der sächsischen Stadt Löbnitz schlug in "
           "der Nacht zu Sonntag auf einem Heavy-Metal-Festival ein Blitz ein, wodurch 51 Menschen verletzt wurden. Eine "
           "Sprecherin des Landratsamtes Nordsachsen sagte, dass neun Menschen schwer verletzt wurden. Drei Personen "
           "wurden am Unfallort reanimiert. Jedoch bestehe für keinen der Verletzten Lebensgefahr.",
           "Um die Festivalbesucher so schnell wie möglich zu versorgen, aktivierte das Krankenhaus in Delitzsch noch in "
           "der Nacht den Notfallplan und forderte zusätzliche Ärzte an. Angaben zufolge wurden alle Verletzte bereits "
           "bis zum Morgen in umliegende Krankenhäuser gebracht.",
           "Laut dem Landratsamt schlug der Blitz gegen zwei Uhr morgens in der Nähe der Cocktailbar in einen Turm ein. "
           "Ob Das Konzert noch in Gang war und wo sich die verletzten Besucher zu dem Zeitpunkt befanden, konnte eine "
           "Sprecherin zunächst nicht sagen. Der Veranstalter des Festivals war bis jetzt noch nicht zu erreichen. Das "
           "drei Tage laufende Festival „With Full Force“ zieht jedes Jahr tausende Besucher auf den Flugplatz "
           "Roitzschjora. Das Heavy-Metal-Festival konnte nach Aussage einer Sprecherin des Landratsamtes fortgesetzt "
           "werden."],
    # the festival's name is null (rules 2, 24); the spokeswoman's words are indirect speech without marks (rule 5)
    quotes=[("„With Full Force“", None)],
    aliases={})

add(id="ho263-wn-2016-03-22-demo-wien-fluechtlinge",
    title="Fotostrecke: Demo „Flüchtlinge willkommen!“ in Wien",
    url="https://de.wikinews.org/wiki/Fotostrecke:_Demo_„Flüchtlinge_willkommen!“_in_Wien",
    retrieved="http://de.wikiactu.com/?cat=2270 (" + MIRROR.format(date="22.03.2016") + " (the mirror repeats the "
              "headline); the sources heading and the Commons box 'Wikimedia Commons hat Inhalte zu Demo “Flüchtlinge "
              "willkommen! Nein zur Festung Europa!” (Wien 2016-03-19).' dropped (rule 14); the next article on the "
              "mirror page ('Flüchtlinge brennen Zelte in Brezice nieder', 21.10.2015) is a different document and not "
              "used)",
    license=WN,
    paras=["Wien (Österreich), 22.03.2016 – Letzten Samstag fand anlässlich des Anti-Rassismus-Tages in Wien eine "
           "Demonstration unter dem Motto „Flüchtlinge willkommen! Nein zur Festung Europa!“ statt. An der friedlich "
           "verlaufenen Veranstaltung beteiligten sich zwischen (nach Polizeiangaben) 2500 und (nach "
           "Veranstalterangaben) 16.000 Personen. Weitere Demos zum Anti-Rassismus-Tag wurden an diesem Tag in "
           "Frankreich, Griechenland, Großbritannien, Polen und Slowenien zu Beginn der internationalen Woche gegen "
           "Rassismus veranstaltet."],
    # the motto of the demonstration, in the headline (shortened) and in the body, is null (rule 24); no organiser is named
    quotes=[("„Flüchtlinge willkommen!“", None),
            ("„Flüchtlinge willkommen! Nein zur Festung Europa!“", None)],
    aliases={})

# --- de.wikinews.org: main-page archive ---

add(id="ho263-wn-archiv-2018-01",
    title="Wikinews:Archiv/Hauptseite/2018/01",
    url="https://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2018/01",
    retrieved="same address (stored page: the page title is the first line (rule 18); the lines 'Zum Inhalt springen', "
              "'aus Wikinews, einem freien Wiki für Nachrichten' and the navigation 'vorheriger Monatnächster Monat' "
              "dropped (as in heldout11, heldout36); the date lines and the teasers as the page shows them; the date line "
              "'Samstag, 27. Januar 2018' and its teaser ('Sei'), cut off in the stored copy, dropped (rule 15); the "
              "inline maintenance note '(Wer sagt das?)' and the slips 'im 28. Juli 2017', 'FIFA Weltmeisterschaft' kept "
              "as published (rule 20))",
    license=WN,
    paras=["Montag, 29. Januar 2018",
           "Der Rechtsanwalt Heribert Prantl leitet seit Januar 2018 das Meinungsressort bei der Süddeutschen Zeitung in "
           "München. In dieser Funktion beobachtet er auch verstärkt die Medienlandschaft, unter anderem verschiedene "
           "Internetseiten. So beschäftigt er sich zum Beispiel mit den Aktivitäten von WikiMANNia, das sich als "
           "Interessenportal der Männerrechte sieht und von der Süddeutschen Zeitung bereits als „Hetzportal“ "
           "bezeichnet wurde. Das Impressum dieses Wikis nannte einen Heribert Prantl als „Sitzredakteur“. Auf den "
           "ersten Blick hatte der Leser somit den Eindruck, als ob es einen verantwortlichen Benutzer namens Heribert "
           "Prantl bei der WikiMANNia geben würde. Parallel zu dem Erscheinen des Berichts in der Süddeutschen Zeitung im "
           "28. Juli 2017 wurde der Link in der WikiMANNia geändert und führte zu einem Artikel, in dem diese "
           "Tageszeitung als „männerfeindliche Hetz-Zeitung“ bezeichnet wird.",
           "Sonntag, 28. Januar 2018",
           "Die Zeiten, da der 1. FC Kaiserslautern Fußballgeschichte geschrieben hat, sind längst vorbei. Verblasst "
           "sind die Erinnerungen an die Helden von einst Fritz und Ottmar Walter, Werner Liebrich, Horst Eckel und "
           "Werner Kohlmeyer, von welchen nur noch die Enkel leben. Dem seit Gründung der Bundesliga bis 2006 mit nur "
           "einjähriger Unterbrechung durchgängigen Erstligisten droht inzwischen der Abstieg in die fußballerische "
           "Bedeutungslosigkeit. Dies stellt Verein und Stadt vor erhebliche Herausforderungen. Ganze 2,4 Millionen Euro "
           "kostet den Verein die Miete für das Fritz-Walter-Stadion am berühmten Betzenberg, das 2006 Austragungsstätte "
           "der FIFA Weltmeisterschaft war. Höchstens 425.000 Euro könne (Wer sagt das?) der Verein nach dem ihm "
           "drohenden Abstieg in die dritte Liga noch zahlen. Doch wie soll diese Differenz ausgeglichen werden?"],
    # labels given with "als … bezeichnet" belong to the publication named as giving them (rule 1772; the newspaper's
    # name only in the inflected form, rule 152); the role label quoted from the imprint is null (rule 1771)
    quotes=[("„Hetzportal“", "Süddeutschen Zeitung"),
            ("„Sitzredakteur“", None),
            ("„männerfeindliche Hetz-Zeitung“", "WikiMANNia")],
    aliases={"Süddeutschen Zeitung": ["Süddeutschen Zeitung"],
             "WikiMANNia": ["WikiMANNia"]})
