# Two-hundred-and-forty-fourth held-out German real-news set (tests/data/heldout244-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1700-1702). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers'
# names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of
# tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-forty-fourth held-out set": German news items and statements of the
# Council of Europe on coe.int (portal pages, German versions reached through the portal's update_language address, and
# one item of the older news search coe.int/newssearch): statements of Secretary General Thorbjørn Jagland (Moscow
# elections 2019, the death of Tomi Ungerer 2019, Albania 2011), the opening speech of PACE President Liliane Maury
# Pasquier (June 2019), the Human Rights Day statements of 2010 (Jagland and Ahmet Davutoglu) and 2019 (Marija Pejčinović
# Burić and Liliane Maury Pasquier) and Commissioner Nils Muižnieks's Human Rights Day statement of 2014 (licence COE:
# excerpts of under 500 words, unchanged, with the Council of Europe credited). Stored copies are excerpts cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
BURIC = "Marija Pejčinović Burić"
MAURY = "Liliane Maury Pasquier"
MUIZ = "Nils Muižnieks"

# --- Secretary General Jagland ---

MOS_P1 = "„Ich habe die aktuellen Ereignisse im Vorfeld der Wahlen in Moskau mit Sorge verfolgt."
MOS_P2 = ("Oppositionskandidaten wurden angeblich nicht zur Wahl zugelassen. Ich habe vor, diese Frage mit der Leiterin der "
          "zentralen Wahlkommission Russlands, Ella Pamfilowa, zu erörtern. Alle legitimen Kandidatinnen und Kandidaten "
          "sollten teilnehmen können, und freie und faire Wahlen müssen gewährleistet sein. Als Mitgliedsstaat des "
          "Europarates muss die Russische Föderation beim Wahlprozess die europäischen Normen einhalten.“")

add(id="ho244-coe-2019-07-jagland-wahl-moskau",
    title="Erklärung von Generalsekretär Thorbjørn Jagland über die Situation vor der Wahl in Moskau",
    url="https://www.coe.int/en/c/portal/update_language?p_l_id=43708048&redirect=%2Fen%2Fweb%2Fportal%2F-%2F"
        "statement-by-secretary-general-thorbj-rn-jagland-on-the-pre-electoral-situation-in-moscow&languageId=de_DE",
    retrieved="same address (German version of the statement of 28 July 2019; the heading, which the stored copy gives "
              "twice ('Zurück Erklärung von Generalsekretär …' and the heading itself), kept once; the footer line "
              "'Generalsekretär Straßburg 28. Juli 2019', the page's French buttons and the 'Follow us' block dropped "
              "(rule 93); complete as stored)",
    license=COE,
    paras=[MOS_P1, MOS_P2],
    quotes=[(MOS_P1, JAGLAND),
            (MOS_P2, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Generalsekretär"]})

UNG_P2 = ("„Wir verlieren einen großen Künstler, der der europäischen Idee sehr verbunden war. Die mit dieser Idee verknüpften "
          "Werte der Gerechtigkeit und des Humanismus lagen ihm am Herzen. Sein Kampf für die Toleranz, den er über seine "
          "Bücher und Zeichnungen führte, steht in vollem Einklang mit der Mission des Europarates.")
UNG_P3 = ("Tomi war ein Grafiker, der sich für den Aufbau eines geeinten Europas und die deutsch-französische Freundschaft "
          "engagierte, und wollte zeigen, dass alle Menschen gleich und doch verschieden sind. Und dass diese Verschiedenheit "
          "etwas ist, das wir zusätzlich besitzen und das die anderen nicht haben, wie er sich ausdrückte.“")
UNG_P4 = ("Tomi Ungerer wurde 2000 zum ersten Sonderbotschafter des Europarates für Kinder und Erziehung ernannt. Für den "
          "Europarat entwarf er unter anderem den bekannten Pinguin, der von dem Schriftzug „I am black, I am white, I am "
          "black and white“ („Ich bin schwarz, ich bin weiß, ich bin schwarz und weiß“) begleitet wird. Diese Zeichnung war "
          "auf zahlreichen Kommunikationsträgern und einer Briefmarke der französischen Post abgebildet.")

add(id="ho244-coe-2019-02-jagland-ungerer",
    title="Erklärung von Generalsekretär Jagland zum Tod von Tomi Ungerer",
    url="https://coe.int/de/web/portal/-/declaration-du-secretaire-general-thorbj-rn-jagland-sur-tomi-ungerer?p_l_back_url="
        "%2Fen%2Fweb%2Fportal%2Fnewsroom%2F-%2Fasset_publisher%2Fr5CeaqlRVFro%2Fcontent%2Fsecretary-general-jagland-"
        "statement-on-zaman-media-group%3Fdelta%3D50%26start%3D45",
    retrieved="same address (statement of 11 February 2019; the link word 'Zurück' before the heading dropped; the image "
              "caption 'Thorbjørn Jagland und Tomi Ungerer, Dezember 2011', given twice, dropped (rule 14); the footer line "
              "'Generalsekretär Straßburg 11. Februar 2019' and the page's French buttons dropped; complete as stored)",
    license=COE,
    paras=["Der Generalsekretär des Europarates, Thorbjørn Jagland, hat heute seiner tiefen Trauer über den Tod des "
           "elsässischen Grafikers Tomi Ungerer Ausdruck verliehen.",
           UNG_P2, UNG_P3, UNG_P4],
    quotes=[(UNG_P2, JAGLAND),
            (UNG_P3, JAGLAND),
            ("„I am black, I am white, I am black and white“", None),
            ("„Ich bin schwarz, ich bin weiß, ich bin schwarz und weiß“", None)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates", "Generalsekretär Jagland", "Jagland"]})

ALB_P2 = ("Generalsekretär Thorbjørn Jagland hat sich heute der Forderung anderer internationaler Partner angeschlossen und "
          "fordert in Bezug auf die wachsenden Spannungen in Albanien im Anschluss an die Kommunalwahlen zur "
          "Selbstbeherrschung und zur Achtung des demokratischen Prozesses auf. ''Ich bitte alle politischen "
          "Verantwortlichen inständig darum, einen Weg aus der momentanen Krise zu finden und dabei die rechtlichen und "
          "institutionellen Rahmenbedingungen vollständig zu achten und weitere Eskalationen der Spannungen zu vermeiden. "
          "Die Albaner haben Besseres verdient'', sagte er.")

add(id="ho244-coe-2011-05-jagland-albanien",
    title="Generalsekretär Jagland besorgt über wachsende Spannungen in Albanien [19/05/2011]",
    url="http://www.coe.int/newssearch/Default.asp?p=nwz&id=14068&lmLangue=3",
    retrieved="same address (German short item of the Council of Europe's news search, 19 May 2011; the heading with its "
              "bracketed date kept as stored (rules 18, 20); the link '(Weiter...)' after the last sentence and the link "
              "lines 'Albanien im Europarat' and 'Albaniens Kommunalwahlen waren kompetitiv und transparent, … so die "
              "Beobachter [en]' dropped as furniture; the two-apostrophe marks kept as stored (rule 1700))",
    license=COE,
    paras=[ALB_P2],
    quotes=[(cut(ALB_P2, "''Ich bitte", "verdient''"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Generalsekretär Jagland", "Jagland"]})

# --- Parliamentary Assembly ---

MP_TITLE = ("„Wir müssen unserer Verantwortung gerecht werden und uns für das gemeinsame Interesse aller Europäerinnen und "
            "Europäer einsetzen“")
MP_P1 = ("„Die heute beginnende Teilsitzung findet unter ganz besonderen Umständen satt. Der Europarat ist in einer Krise, die "
         "sich schwerwiegend auf das europäische System zum Schutz der Menschenrechte und auf die Stabilität und "
         "Zukunftsfähigkeit unserer eigenen Institutionen auswirkt“, erklärte die Präsidentin der Parlamentarischen "
         "Versammlung des Europarates (PACE), Liliane Maury Pasquier, bei der Eröffnung der Sommersitzung der Versammlung.")
MP_P2 = ("„Wir müssen darum einen Weg finden, um voranzukommen. Wir alle haben dasselbe Ziel: den Einsatz für das gemeinsame "
         "Interesse der 830 Millionen Europäerinnen und Europäer, die erwarten, auf den Schutz der Europäischen "
         "Menschenrechtskonvention zählen zu können, und zwar ohne Ausnahme. Das müssen wir stets berücksichtigen“, "
         "unterstrich Maury Pasquier.")
MP_P3 = ("„Bei unseren heutigen Entscheidungen müssen wir uns der Ursachen der aktuellen Krise erinnern, denn dies sind "
         "unleugbare Tatsachen, welche die Versammlung weder ignorieren noch akzeptieren darf. Wir werden darum weiterhin "
         "unsere Positionen und die Grundsätze des Völkerrechts, die für uns große Bedeutung haben, mit Überzeugung und "
         "Entschlossenheit verteidigen. Gleichzeitig müssen wir unserer institutionellen und politischen Verantwortung "
         "gerecht werden“, so die Präsidentin.")

add(id="ho244-coe-2019-06-maury-pasquier-sommersitzung",
    title=MP_TITLE,
    url="https://www.coe.int/en/c/portal/update_language?p_l_id=43708048&redirect=%2Fen%2Fweb%2Fportal%2Fnews-2019%2F-%2F"
        "asset_publisher%2FgaVFYRTI7hqZ%2Fcontent%2F-we-must-shoulder-our-responsibilities-to-defend-the-common-interests-"
        "of-all-europeans-%3F_101_INSTANCE_gaVFYRTI7hqZ_languageId%3Dfr_FR&languageId=de_DE",
    retrieved="same address (German version of the news item of 24 June 2019; the heading, which the stored copy gives "
              "twice ('Zurück „Wir müssen …“' and the heading itself), kept once; the footer line 'Sitzung der "
              "Parlamentarischen Versammlung Strasbourg 24. Juni 2019' and the page's French buttons dropped; the typing "
              "error 'satt' for 'statt' kept as published; complete as stored)",
    license=COE,
    paras=[MP_P1, MP_P2, MP_P3],
    quotes=[(MP_TITLE, MAURY),
            (cut(MP_P1, "„Die heute", "auswirkt“"), MAURY),
            (cut(MP_P2, "„Wir müssen darum", "berücksichtigen“"), MAURY),
            (cut(MP_P3, "„Bei unseren", "gerecht werden“"), MAURY)],
    aliases={MAURY: ["Liliane Maury Pasquier", "Maury Pasquier",
                     "Präsidentin der Parlamentarischen Versammlung des Europarates", "Präsidentin"]})

# --- Human Rights Day ---

HRD10_P5 = ("Straßburg, 9.12.2010 - ''2010 feiern wir das 60-jährige Bestehen der Europäischen Konvention der Menschenrechte. "
            "Es ist aber auch das Jahr der Konsolidierung und Erweiterung dieses einzigartigen Mechanismus zum Schutz der "
            "Grundrechte und -freiheiten. Die Reform des Europäischen Gerichtshofs für Menschenrechte hat begonnen'', so "
            "Generalsekretär Thorbjørn Jagland und Ahmet Davutoglu, Außenminister der Türkei und Vorsitzender des "
            "Ministerkomitees, in ihrer Erklärung anlässlich des Tages der Menschenrechte am 10. Dezember.")

add(id="ho244-coe-2010-12-tag-der-menschenrechte",
    title="",
    url="https://www.coe.int/en/c/portal/update_language?p_l_id=8615581&redirect=%2Fen%2Fweb%2Fportal%2F10-december-human-"
        "rights-day-2010-edition&languageId=de_DE",
    retrieved="same address (German version of the Human Rights Day page of 2010; no headline in the stored copy, so no "
              "title line; the subheading 'Hommage an die Verfechter der Menschenrechte, die sich gegen Diskriminierung "
              "einsetzen' and the paragraph after it, cut off in the stored copy ('… und dadurch oft ihre persönliche'), "
              "dropped (rule 15); the subheading 'Erklärung von Thorbjørn Jagland und Ahmet Davutoglu' and the place and "
              "date at the start of the next paragraph kept as stored; the two-apostrophe marks kept (rule 1700))",
    license=COE,
    paras=["Am 10. Dezember begeht die internationale Gemeinschaft jedes Jahr den Tag der Menschenrechte in Erinnerung an "
           "jenen 10. Dezember des Jahres 1948, als die Generalversammlung der Vereinten Nationen die Allgemeine Erklärung "
           "der Menschenrechte verabschiedete.",
           "Der Europarat wird sein Engagement im Kampf gegen Rassismus und alle Formen von Diskriminierung im Jahr 2010 "
           "bekräftigen.",
           "Die Bekämpfung von Rassismus und Rassendiskriminierung hat sich zu einer der Prioritäten der Organisation "
           "entwickelt, da rassistisches und intolerantes Verhalten aufgrund von Wanderbewegungen und stets "
           "multikultureller werdenden europäischen Gesellschaften zugenommen haben. Der Europarat hat umfassende "
           "Maßnahmen ins Leben gerufen, um gemeinsam mit anderen internationalen Organisationen und nationalen Behörden "
           "seiner Mitgliedsstaaten gegen Rassismus und Intoleranz vorzugehen.",
           "Erklärung von Thorbjørn Jagland und Ahmet Davutoglu",
           HRD10_P5,
           "Gleichzeitig werden die Verhandlungen über einen Beitritt der Europäischen Union zur Europäischen "
           "Menschenrechtskonvention fortgesetzt. Der Beitritt wird einen historischen Schritt nach vorn darstellen beim "
           "Einsatz für die Förderung und den Schutz der Menschenrechte in ganz Europa."],
    quotes=[(cut(HRD10_P5, "''2010", "begonnen''"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Ahmet Davutoglu",
                       "Thorbjørn Jagland und Ahmet Davutoglu"]})

HRD19_P2 = ("„Dem Beispiel der Allgemeinen Erklärung der Menschenrechte folgend, wurde die Europäische "
            "Menschenrechtskonvention am 4. November 1950 zur Zeichnung aufgelegt.")
HRD19_P3 = ("Dieser Vertrag hat sich im Laufe der vergangenen 70 Jahre auf dem gesamten Kontinent ausgebreitet und schützt "
            "nunmehr die Menschenrechte und Grundfreiheiten von mehr als 830 Millionen Menschen in 47 Ländern.")
HRD19_P4 = ("Dank der Konvention, deren Umsetzung vom Europäischen Gerichtshof für Menschenrechte in Straßburg überwacht "
            "wird, hat Europa weltweit das stärkste internationale System zum Schutz der Menschenrechte. Darauf können wir "
            "alle stolz sein.")

add(id="ho244-coe-2019-12-tag-der-menschenrechte-emrk-70",
    title="Tag der Menschenrechte: Erklärung führender Vertreterinnen des Europarates zum 70. Jahrestag der Europäischen "
          "Menschenrechtskonvention",
    url="https://www.coe.int/bg/c/portal/update_language?p_l_id=43708048&redirect=%2Fbg%2Fweb%2Fportal%2Fnews-2019%2F-%2F"
        "asset_publisher%2FgaVFYRTI7hqZ%2Fcontent%2Fhuman-rights-day%3F_101_INSTANCE_gaVFYRTI7hqZ_languageId%3Den_GB"
        "&languageId=de_DE",
    retrieved="same address (German version of the joint statement of 9 December 2019; the heading, which the stored copy "
              "gives twice ('Zurück Tag der Menschenrechte: …' and the heading itself), kept once; the footer line "
              "'Europarat Straßburg 9. Dezember 2019', the page's French buttons and the 'Follow us' block dropped; the "
              "statement opened in the second paragraph is not closed before the footer (rule 1200); complete as stored)",
    license=COE,
    paras=["Anlässlich des Tages der Menschenrechte (10. Dezember) haben die Generalsekretärin des Europarates, Marija "
           "Pejčinović Burić, und die Präsidentin der Parlamentarischen Versammlung der Organisation, Liliane Maury "
           "Pasquier, im Hinblick auf den 70. Jahrestag der Unterzeichnung der Europäischen Menschenrechtskonvention, der "
           "2020 begangen wird, eine gemeinsame Erklärung veröffentlicht:",
           HRD19_P2, HRD19_P3, HRD19_P4],
    quotes=[(HRD19_P2, BURIC),
            (HRD19_P3, BURIC),
            (HRD19_P4, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Liliane Maury Pasquier",
                     "Präsidentin der Parlamentarischen Versammlung der Organisation"]})

# --- Commissioner for Human Rights ---

MUIZ_P1 = ("„Während meiner zweieinhalbjährigen Amtszeit ist mir in beinahe jedem Mitgliedstaat ein ernstes "
           "Menschenrechtsproblem begegnet, nämlich die anhaltende Ausgrenzung und Diskriminierung der Roma – unabhängig "
           "davon, ob das betroffene Land reich oder arm, Mitglied der Europäischen Union ist und ob die Roma eine nationale "
           "Minderheit oder zugewandert sind. Diese beschämende Situation ist nicht länger hinzunehmen und kann mit ein wenig "
           "politischem Willen geändert werden“, erklärt der Menschenrechtskommissar Nils Muižnieks anlässlich des "
           "Internationalen Tags der Menschenrechte.")

add(id="ho244-coe-2014-12-muiznieks-tag-der-menschenrechte",
    title="Internationaler Tag der Menschenrechte",
    url="https://www.coe.int/da/c/portal/update_language?p_l_id=31442640&redirect=%2Fda%2Fweb%2Fportal%2F10-december-human-"
        "rights-day-2014-edition&languageId=de_DE",
    retrieved="same address (German version of the Human Rights Day page of 2014; the heading line kept; the paragraph "
              "'In vielen Ländern, die ich besucht habe, sehe ich zwei unterschiedliche Tendenzen – … und andererseits "
              "vielvers', cut off in the stored copy, and everything after it dropped (rule 15); the four unmarked "
              "paragraphs between the opening quotation and the cut are kept and not annotated (rule 1702))",
    license=COE,
    paras=[MUIZ_P1,
           "Im Europa des 21. Jahrhunderts leben weltweit die wohlhabendsten Gesellschaften. Dennoch lebten Millionen Roma "
           "in größter Armut und haben kaum Zugang zum herkömmlichen Schulsystem, zum Gesundheitswesen, Beschäftigung, "
           "menschenwürdigen Unterkünften und politischer Teilhabe. Sie müssen regelmäßig als Sündenbock für "
           "gesellschaftliche Probleme herhalten, sind Opfer von Hassverbrechen oder werden verfolgt und von "
           "Strafverfolgungsbehörden missbraucht.",
           "Repressive Aktionen gegen die Roma beinhalten oft Zwangsräumungen deren Siedlungen in vielen europäischen "
           "Ländern. Ohne die Bereitstellung alternativer Lösungen und Unterstützungsmaßnahmen führen solche Räumungen zur "
           "Obdachlosigkeit ganzer Familien. Dies geschieht selbst in den Wintermonaten. Räumungen gehen darüber hinaus oft "
           "mit Gewalt einher. Sie verhindern außerdem jedwede Form von Integration und nachhaltigem Zugang zum "
           "Gesundheits- und Sozialsystem. Kinder werden ihres Rechts auf Bildung beraubt.",
           "Es gibt in ganz Europa interessante Initiativen zur Integration der Roma. Wir sollten auf diese Initiativen "
           "bauen, sie fördern und das jahrhundertelange Kapitel der Verletzung der Rechte der Roma von Seiten der Behörden "
           "endlich abschließen."],
    quotes=[(cut(MUIZ_P1, "„Während", "geändert werden“"), MUIZ)],
    aliases={MUIZ: ["Nils Muižnieks", "Menschenrechtskommissar Nils Muižnieks", "Menschenrechtskommissar"]})
