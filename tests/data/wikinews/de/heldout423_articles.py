# Four-hundred-and-twenty-third held-out German real-news set (tests/data/heldout423-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2205-2208). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, headline or first words
# and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-third held-out set": six statements of the Council of Europe on
# Belarus (coe.int/de, 2006 to 2024: the Secretary General Terry Davis after the 2006 presidential election, in an archived
# copy of the press office's page; the PACE President, the Secretary General and the three leaders of the organisation
# after the 2020 presidential election; the Secretary General in September 2020 and January 2024; licence COE) and one
# news item of the European Economic and Social Committee on its youth plenary "Your Europe, Your Say!" 2023
# (eesc.europa.eu/de; licence EESC_PRESS). Stored copies are the `search` tool's `pages` excerpts; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, EESC_PRESS  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
DAEMS = "Rik Daems"
VARVITSIOTIS = "Miltiadis Varvitsiotis"
DAVIS = "Terry Davis"
SCHWENG = "Christa Schweng"

# --- 2020: the Secretary General comments on the situation in Belarus (three-paragraph statement, rule 935) ---

SB_P1 = ("Zur Lage in Weißrussland hat die Generalsekretärin des Europarates, Marija Pejčinović Burić, folgende Erklärung "
         "abgegeben: „Die Situation in Weißrussland gibt weiterhin Anlass zur Sorge. Das Land ist zwar nicht Mitglied des "
         "Europarates, gleichwohl haben wir auf einigen Gebieten zusammengearbeitet, Weißrussland ist zudem Vertragsstaat "
         "mehrerer Übereinkommen.")
SB_P2 = ("Ich rufe daher die weißrussischen Behörden auf, die Versammlungs- und Meinungsäußerungsfreiheit zu gewährleisten "
         "und Personen, die friedlich demonstrieren, nicht festzunehmen und auf keinerlei Weise zu misshandeln.")
SB_P3 = ("In Weißrussland muss ein umfassender Dialog mit der Zivilgesellschaft beginnen, und zwar ohne weitere Verzögerung. "
         "Der Europarat und seine Expertenorgane stehen bereit, mit Weißrussland zusammenzuarbeiten, um den nötigen "
         "Reformprozess zu unterstützen.“")

add(id="ho423-coe-2020-buric-lage-in-weissrussland",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-comments-on-the-situation-in-belarus?p_l_back_url=%2Ffr%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D100%26start%3D18",
    retrieved="same address (statement of the Secretary General on Belarus, August 2020; no headline in the stored copy, so "
              "the text has no title line (rules 18, 32); complete as stored)",
    license=COE,
    paras=[SB_P1, SB_P2, SB_P3],
    quotes=[(SB_P1[SB_P1.index("„Die Situation"):], BURIC),
            (SB_P2, BURIC),
            (SB_P3, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "die Generalsekretärin des Europarates"]})

# --- August 2020: the PACE President after the presidential election; the closing mark is in a dropped paragraph
#     (rule 2205) ---

PD_P2 = ("„Ich habe die Präsidentschaftswahl in Weißrussland sowie die Ereignisse der letzten Nacht genau verfolgt – ich "
         "bedauere sehr, dass diese Wahl alles andere als frei und fair war. Die Kandidat/inn/en konnten sich nicht frei "
         "präsentieren und Wahlkampf führen, die Versammlungs- und die Meinungsäußerungsfreiheit wurden stark eingeschränkt – "
         "insbesondere durch die massenhafte Festnahme von friedlichen Demonstranten, Aktivisten und Journalisten – und die "
         "Integrität der vorfristigen Stimmabgabe wurde infrage gestellt.")
PD_P3 = ("Die Ereignisse der letzten Nacht – einschließlich der Gewaltanwendung durch die Polizei und das Militär sowie der "
         "Festnahme von Demonstrierenden – verstärken meine Bedenken. Ich fordere die Behörden dazu auf, äußerste "
         "Zurückhaltung zu üben und die Ausübung der Menschenrechte und Grundfreiheiten uneingeschränkt zu garantieren, im "
         "Einklang mit den internationalen Pflichten und Verpflichtungen Weißrusslands. Die Freiheit der Meinungsäußerung und "
         "das Recht auf friedliche Versammlung sind ein wichtiger Pfeiler der demokratischen Gesellschaft und eine "
         "Voraussetzung für einen pluralistischen und demokratischen politischen Prozess. Besonders hervorheben möchte ich den "
         "Mut und die Entschlossenheit der weißrussischen Frauen, die sich am politischen Prozess als Anführerinnen, "
         "Aktivistinnen und Wählerinnen beteiligt haben, ungeachtet sexistischer Äußerungen während des Wahlkampfs. Die "
         "Parlamentarische Versammlung hat wiederholt darauf hingewiesen, dass derartige abschätzige Bemerkungen in der "
         "modernen Politik keinen Platz haben.")

add(id="ho423-coe-2020-08-daems-praesidentschaftswahl-weissrussland",
    title=None,
    url="https://coe.int/de/web/portal/home/-/asset_publisher/ke6Wfgn94238/content/presidential-election-in-belarus-"
        "statement-by-pace-president",
    retrieved="same address (statement of the President of the Parliamentary Assembly after the presidential election in "
              "Belarus of 9 August 2020; no headline in the stored copy, so the text has no title line (rules 18, 32); the "
              "fourth paragraph 'Die Versammlung hat die weißrussischen Behörden über einen langen Zeitraum aufgefordert, "
              "… in dem sich Parteien und Kandidat/inn/en ohne', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=["Nach der Präsidentschaftswahl in Weißrussland hat der Präsident der Parlamentarischen Versammlung des "
           "Europarates (PACE), Rik Daems, folgende Erklärung abgegeben:",
           PD_P2,
           PD_P3],
    # the statement opens in PD_P2 and is not closed in the kept text; PD_P3 runs on in the first person (rule 2205)
    quotes=[(PD_P2, DAEMS),
            (PD_P3, DAEMS)],
    aliases={DAEMS: ["Rik Daems", "der Präsident der Parlamentarischen Versammlung des Europarates (PACE)"]})

# --- 2020: joint statement of the three leaders of the Council of Europe on Belarus (rules 1350, 1797) ---

JB_P1 = ("Der Stellvertretende Außenminister Griechenlands und Vorsitzende des Ministerkomitees des Europarates, Miltiadis "
         "Varvitsiotis, der Präsident der Parlamentarischen Versammlung des Europarates, Rik Daems, und die Generalsekretärin "
         "des 47 Mitgliedsstaaten zählenden Europarates, Marija Pejčinović Burić, haben heute folgende Erklärung zu "
         "Weißrussland abgegeben:")
JB_P2 = ("„Die Entwicklungen nach der Präsidentschaftswahl am 9. August in Weißrussland und die Repression durch "
         "Strafverfolgungs- und andere Behörden sind weiterhin sehr besorgniserregend. Die Versammlungs- und "
         "Meinungsäußerungsfreiheit sind europäische Grundwerte und müssen geachtet werden. Gewalt gegen friedlich "
         "Demonstrierende ist nicht hinnehmbar. Wir verurteilen jede weitere Gewalt in Weißrussland auf das Schärfste, auch "
         "die Anwendung unverhältnismäßiger Gewalt gegen Demonstrierende durch die Behörden, die jüngst gemeldet wurde.")
JB_P3 = ("Insbesondere rufen wir dazu auf, die Rechte von Journalistinnen und Journalisten unbedingt zu respektieren. In "
         "Europa dürfen Massenverhaftungen und umfangreiche Misshandlungen friedlich Demonstrierender nicht geduldet werden. "
         "Wir bekräftigen mit Nachdruck unsere Position, dass alle Festgenommenen freigelassen werden müssen und ein echter "
         "und respektvoller Dialog mit der Zivilgesellschaft im Hinblick auf die Verfassungsreform nötig ist, auf die das "
         "Land bereits lange wartet. Über eine Lösung der Krise und sinnvolle Reformen kann man nicht nur mit Kräften "
         "verhandeln, welche die Regierung stützen. Ohne die Beteiligung aller, einschließlich der Opposition, können die "
         "Verhandlungen nicht erfolgreich sein. Der Europarat steht bereit, um Weißrussland auf dem Weg zu echten Reformen zu "
         "unterstützen.“")

add(id="ho423-coe-2020-gemeinsame-erklaerung-weissrussland",
    title=None,
    url="https://coe.int/de/web/portal/-/council-of-europe-leaders-make-joint-statement-on-belarus?p_l_back_url=%2Ffr%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D50%26start%3D37",
    retrieved="same address (joint statement of the Chair of the Committee of Ministers, the PACE President and the "
              "Secretary General on Belarus, autumn 2020; no headline in the stored copy, so the text has no title line "
              "(rules 18, 32); complete as stored)",
    license=COE,
    paras=[JB_P1, JB_P2, JB_P3],
    # a joint statement of three office-holders is the first named signatory's (rules 1350, 1797)
    quotes=[(JB_P2, VARVITSIOTIS),
            (JB_P3, VARVITSIOTIS)],
    aliases={VARVITSIOTIS: ["Miltiadis Varvitsiotis", "Der Stellvertretende Außenminister Griechenlands und Vorsitzende "
                            "des Ministerkomitees des Europarates", "Rik Daems", "der Präsident der Parlamentarischen "
                            "Versammlung des Europarates", "Marija Pejčinović Burić", "die Generalsekretärin des 47 "
                            "Mitgliedsstaaten zählenden Europarates"]})

# --- September 2020: the Secretary General gravely concerned by human rights violations in Belarus ---

GS_TITLE = "Generalsekretärin in großer Sorge über Menschenrechtsverstöße in Weißrussland"
GS_P2 = ("„Der Europarat ist sehr besorgt über die jüngst gemeldete Bedrohung von Menschenrechten in Weißrussland. Dass "
         "Mitglieder des Koordinierungsrates schikaniert und verfolgt werden, ist ebenso besorgniserregend wie die erneute "
         "Verhaftung von Vertretern der Zivilgesellschaft und einfachen Demonstrierenden. Die massive Einschüchterung von "
         "Bürger/inne/n durch Angehörige von Regierungsbehörden und andere Akteure ist gänzlich inakzeptabel und muss beendet "
         "werden. Wenn diese unzulässigen Praktiken fortgesetzt werden, besteht das Risiko, dass sich die bereits schwierige "
         "Lage mit nicht vorhersehbaren Folgen weiter verschlechtert. Weißrussland läuft Gefahr, zu einem Staat der "
         "Rechtlosigkeit und politischen Verfolgung zu werden.")
GS_P3 = ("Im Namen des Europarates rufe ich die weißrussische Führung auf, diese repressiven Entwicklungen zu beenden. Der "
         "einzige Weg ist, umgehend einen fairen und offenen Dialog mit der Zivilgesellschaft zu beginnen, um die nötigen "
         "Reformen vorzubereiten und umzusetzen. Der Europarat bietet weiterhin seine diesbezügliche Unterstützung an.“")

add(id="ho423-coe-2020-09-buric-menschenrechtsverstoesse-weissrussland",
    title=GS_TITLE,
    url="https://www.coe.int/fr/c/portal/update_language?p_l_id=8610431&redirect=%2Ffr%2Fweb%2Fportal%2Ffull-news%2F-%2F"
        "asset_publisher%2Fy5xQt7QdunzT%2Fcontent%2Fsecretary-general-gravely-concerned-by-human-rights-violations-in-"
        "belarus%3F_101_INSTANCE_y5xQt7QdunzT_languageId%3Dru_RU&languageId=de_DE",
    retrieved="same address (German version of the statement of 8 September 2020, reached through the portal's language "
              "switch; the link word 'Zurück' before the heading and the repeated heading dropped (rule 93); the footer line "
              "'Generalsekretärin Straßburg 8. September 2020' and the page's French buttons ('Diminuer la taille du "
              "texte', 'Augmenter la taille du texte', 'Imprimer la page') dropped)",
    license=COE,
    paras=["Die Generalsekretärin des 47 Mitgliedsstaaten umfassenden Europarates, Marija Pejčinović Burić, hat folgende "
           "Erklärung über Weißrussland abgegeben:",
           GS_P2,
           GS_P3],
    quotes=[(GS_P2, BURIC),
            (GS_P3, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin", "Die Generalsekretärin des 47 Mitgliedsstaaten "
                     "umfassenden Europarates"]})

# --- January 2024: the Secretary General on the wave of raids in Belarus ---

LB_P2 = ("„Ich verurteile die jüngste Welle von Razzien und Verhaftungen, die sich gegen Angehörige von politischen "
         "Häftlingen und ehemaligen politischen Häftlingen in Belarus richtet, auf das Schärfste. Besonders besorgt bin ich "
         "darüber, dass gezielt Personen ins Visier genommen werden, die aufgrund der politischen Unterdrückung bereits "
         "erhebliche Menschenrechtsverletzungen erlitten haben. Der Europarat bekräftigt seinen Aufruf, alle politischen "
         "Häftlinge unverzüglich und bedingungslos freizulassen.")
LB_P3 = ("Darüber hinaus sind wir weiterhin entschlossen, die Zusammenarbeit mit den Vertreterinnen und Vertretern der "
         "demokratischen Kräfte, der Zivilgesellschaft und der unabhängigen Medien zu verstärken, die auf unseren gemeinsamen "
         "Werten beruht und dem gesamten belarussischen Volk zugutekommt. Zu dieser Zusammenarbeit gehört auch unsere "
         "wichtige Kontaktgruppe.“")

add(id="ho423-coe-2024-01-buric-lage-in-belarus",
    title="Lage in Belarus",
    url="https://coe.int/de/web/portal/-/situation-in-belarus?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26"
        "start%3D5",
    retrieved="same address (statement of 25 January 2024; the link word 'Zurück' before the heading and the repeated "
              "heading after the kicker dropped (rule 93); the kicker 'Erklärung der Generalsekretärin' kept as a line of its "
              "own (rule 18); the footer line 'Generalsekretärin Straßburg 25. januar 2024' and the page's French buttons "
              "dropped)",
    license=COE,
    paras=["Erklärung der Generalsekretärin",
           "Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat heute folgende Erklärung abgegeben:",
           LB_P2,
           LB_P3],
    quotes=[(LB_P2, BURIC),
            (LB_P3, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin", "Die Generalsekretärin des Europarates"]})

# --- March 2006: Terry Davis after the presidential election; a quote closed with ” and a statement whose closing mark is
#     in a dropped paragraph (rules 2205, 2208) ---

TD_TITLE = "Europarats-Generalsekretär: Weißrussland braucht eine demokratische Entwicklung"
TD_P1 = ("Straßburg, 20. März 2006 – „Das Mandat von Präsident Alexander Lukaschenko ist mit einem Makel behaftet”, so "
         "Europarats-Generalsekretär Terry Davis nach den Präsidentschaftswahlen in Weißrussland. „Manche Wahlen werden zu "
         "unrecht gewonnen, indem die Stimmabgabe manipuliert wird, und andere, indem die Menschen durch Bedrohung und "
         "Einschüchterung manipuliert werden. Natürlich sind das Wahlergebnis und der Vorsprung des amtierenden Präsidenten "
         "verdächtig hoch. Das größte Problem bei den Präsidentschaftswahlen am Sonntag ist jedoch nicht, dass das Regime "
         "vielleicht bei den Wahlurnen betrogen hat, sondern dass es schon im Vorfeld der Wahlen betrogen hat. In einem Land, "
         "in dem die Freiheit der Meinungsäußerung und die Vereinigungsfreiheit so nachhaltig und aggressiv unterdrückt "
         "werden, ist eine Stimmabgabe nicht Ausdruck von Demokratie, sondern eine Farce.")
TD_P2 = ("Es stimmt, dass Präsident Lukaschenko aufgrund seiner wirtschaftlichen Erfolge bis zu einem gewissen Grad vom Volk "
         "unterstützt wird. Manche sind der Meinung, er hätte die Wahlen auch gewonnen, wenn sie frei und fair verlaufen "
         "wären. Das Ausmaß der Unterdrückung im Vorfeld der Wahlen legt jedoch die Vermutung nahe, dass Lukaschenko diese "
         "Ansicht nicht teilt.")

add(id="ho423-coe-2006-03-20-davis-weissrussland",
    title=TD_TITLE,
    url="http://replay.web.archive.org/20100221205445/http:/www.coe.int/T/D/Kommunikation_und_politische_Forschung/"
        "Presse_und_Online_Info/Presseinfos/2006/20060320-154-SG-Belarus.asp",
    retrieved="same address (archived copy of the press office's release 154d06 of 20 March 2006; the site's navigation "
              "('FÜR DIE PRESSE … Events'), the lines 'Pressemitteilungen' and 'Pressestelle des Europarates', the list line "
              "'20/03/06 Europarats-Generalsekretär: …' (the heading with its date) and the release number '154d06' dropped "
              "(rule 93); the heading is kept once as title; the third paragraph 'Nach den Wahlen sollte sich die "
              "internationale Gemeinschaft d', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[TD_P1, TD_P2],
    quotes=[(cut(TD_P1, "„Das Mandat", "behaftet”"), DAVIS),
            (TD_P1[TD_P1.index("„Manche Wahlen"):], DAVIS),
            (TD_P2, DAVIS)],
    aliases={DAVIS: ["Terry Davis", "Europarats-Generalsekretär Terry Davis", "Europarats-Generalsekretär"]})

# --- March 2023: the EESC youth plenary "Your Europe, Your Say!" (rules 2206, 2207) ---

YE_L1 = ("1. „EU simplified – EYou app“: – eine App für junge Menschen, um direkt mit Politikern und der Zivilgesellschaft in "
         "Kontakt zu treten, Interessensschwerpunkte auszuwählen und die neuesten Entwicklungen vor Ort mitzuverfolgen;")
YE_L2 = ("2. Eine „E-Youth“-Plattform für Informationen über die EU, die Politik für jüngere Generationen einfach darstellt "
         "und ihnen so ein Forum bietet, auf dem sie sich zu Wort melden können;")
YE_L3 = "3. Eine „EYout(h)rust“-Plattform zur Erhöhung der Transparenz der Politik auf lokaler, nationaler und EU-Ebene;"
YE_L4 = ("4. Das Projekt „Youth Democratic Opinion (YDO)“, mit dem die Qualität der politischen Bildung und des Engagements "
         "in Europa durch ein EU-Botschafterprogramm verbessert werden soll. Dafür sollen die Standpunkte junger Menschen "
         "zusammengetragen und Empfehlungen für politische Entscheidungsträger formuliert werden;")
YE_P = ("„Was sind Ihre Erwartungen und Ihre Hoffnungen für die Zukunft Europas?“ fragte EWSA-Präsidentin Christa Schweng "
        "die an der Veranstaltung teilnehmenden Schülerinnen und Schüler. „Wenn die EU neue Herausforderungen bewältigen "
        "will, muss sie jungen Menschen zuhören und offen für neue Ideen sein.“")

add(id="ho423-eesc-2023-03-yeys-empfehlungen",
    title="Your Europe, Your Say! 2023: Junge Menschen wollen eine transparentere, digitalere und unkompliziertere EU",
    url="https://www.eesc.europa.eu/de/node/107769",
    retrieved="same address (news item of the EESC on its youth plenary of 23/24 March 2023; the page header 'European "
              "Economic and Social Committee' dropped (rule 14); the subtitle kept as a line of its own (rule 18), the five "
              "numbered recommendations each as a line of its own; the last paragraph 'Der für Kommunikation zuständige "
              "Vizepräsident des EWSA, Cillian Lohan, versicherte den Schülerinnen und Schülern, dass der EWSA ihre "
              "Empfehlungen auf dem vom Europäischen Parlament ausgerichteten Euro', cut off in the stored copy, dropped "
              "(rule 15))",
    license=EESC_PRESS,
    paras=["EYou-App für einen besseren Zugang junger Menschen zur EU – dieser Vorschlag der wichtigsten Jugendveranstaltung "
           "erhält den größten Zuspruch.",
           "Die 105 Schülerinnen und Schüler der Sekundarstufe aus 35 Schulen aller Mitgliedstaaten und den sieben "
           "Kandidatenländern, die am 23./24. März zur Jugendplenartagung in Brüssel zusammenkamen, formulierten die "
           "folgenden fünf Empfehlungen:",
           YE_L1,
           YE_L2,
           YE_L3,
           YE_L4,
           "5. Mehr EU-finanzierte Initiativen VON jungen Menschen FÜR junge Menschen.",
           YE_P],
    # the names of the students' proposals are null (rule 2207); Schweng's question and her next sentence are hers
    # (rule 2206)
    quotes=[(cut(YE_L1, "„EU simplified", "app“"), None),
            (cut(YE_L2, "„E-Youth", "“"), None),
            (cut(YE_L3, "„EYout", "“"), None),
            (cut(YE_L4, "„Youth", "(YDO)“"), None),
            (cut(YE_P, "„Was sind", "Europas?“"), SCHWENG),
            (cut(YE_P, "„Wenn die EU", "Ideen sein.“"), SCHWENG)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng", "EWSA-Präsidentin"]})
