# Hundred-and-fifteenth held-out German real-news set (tests/data/heldout115-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 955). None of
# these pages is in any tests/data/*.jsonl (checked by URL and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-fifteenth held-out set" of SOURCES.md: news items and statements of the Council
# of Europe (Europarat) on its portal coe.int/de, its older news search coe.int/newssearch and its older address
# hub.coe.int/de, 2011-2023 (licence COE: excerpts of under 500 words with the Council of Europe credited). Stored copies
# are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped. Unmarked middle paragraphs of a multi-paragraph statement would not be annotated (rule 46, rule
# 956); no text of this set has one.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
MIJATOVIC = "Dunja Mijatović"
MUIZNIEKS = "Nils Muižnieks"
MAURY = "Liliane Maury Pasquier"
BURIC = "Marija Pejčinović Burić"
HAMMARBERG = "Thomas Hammarberg"

# --- 2019: PACE President Liliane Maury Pasquier re-elected (rule 955) ---

MP_TITLE = ("Wiedergewählte Versammlungspräsidentin erinnert alle Akteure des Europarates an ihre satzungsgemäßen "
            "Verpflichtungen")
MP_P1 = ('Für die Präsidentin der Parlamentarischen Versammlung des Europarates (PACE) ist die Förderung von Frieden und '
         'Versöhnung – Voraussetzung für den Erfolg „der größten paneuropäischen Organisation“ – 70 Jahre nach der Gründung '
         'des Europarates weiterhin das Herzstück seiner Mission.')
MP_P2 = ('Dies erklärte Liliane Maury Pasquier, die heute für eine zweite einjährige Amtszeit wiedergewählt wurde, in ihrer '
         'Antrittsrede, in der sie alle Akteure des Europarates dazu aufrief, in „einem voraussichtlich schwierigen Jahr“ '
         'ihre Verantwortung wahrzunehmen.')
MP_P3 = ('Sie erinnerte daran, dass „die Ursachen unserer schwierigen Situation und der Standpunkt der Versammlung angesichts '
         'der tief greifenden politischen Entwicklungen, die weit die Grenze dessen überschritten, was völkerrechtlich '
         'zulässig ist, nicht in Vergessenheit geraten dürfen“. Die Präsidentin rief die Mitgliedsstaaten zudem dazu auf, '
         'ihre Verpflichtungen – auch die finanziellen – zu erfüllen, und betonte, dass man „nunmehr einen Weg finden und '
         'dabei diese beiden wichtigen Punkte berücksichtigten muss“.')
MP_P4 = ('„Eine Situation, in der einer unserer Mitgliedsstaaten – die Russische Föderation – nicht in der Versammlung '
         'vertreten ist, aber sich an anderen Organen des Europarates beteiligt, ist ‚kontraproduktiv’ – um die Worte einer '
         'unserer Entschließungen wiederzugeben – und ‚beeinträchtigt die Bedeutung des Europarates als Hüter der '
         'Menschenrechte und der Demokratie in ganz Europa’“, erklärte Maury Pasquier.')

add(id="ho115-coe-2019-01-21-maury-pasquier-wiedergewaehlt",
    title=MP_TITLE,
    url="https://coe.int/de/web/portal/-/reelected-the-president-reiterates-the-statutory-responsibility-of-all-council-"
        "of-europe-actors?p_l_back_url=%2Fit%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D33",
    retrieved="same address (news item of 21 January 2019, complete as stored; the link word 'Zurück' before the heading, "
              "the two image-caption lines 'Liliane Maury Pasquier', the footer line 'Sitzung der Parlamentarischen "
              "Versammlung Straßburg 21. Januar 2019', the page's French buttons and the links 'Events', 'Follow us', "
              "'Galerie', 'Facebook', 'Twitter' dropped (rule 93); 'berücksichtigten' and the nested marks ‚…’ kept as "
              "published)",
    license=COE,
    paras=[MP_P1, MP_P2, MP_P3, MP_P4],
    quotes=[('„der größten paneuropäischen Organisation“', MAURY),
            ('„einem voraussichtlich schwierigen Jahr“', MAURY),
            (cut(MP_P3, '„die Ursachen', 'geraten dürfen“'), MAURY),
            (cut(MP_P3, '„nunmehr', 'berücksichtigten muss“'), MAURY),
            (cut(MP_P4, '„Eine Situation', 'ganz Europa’“'), MAURY)],
    aliases={MAURY: ["Liliane Maury Pasquier", "Maury Pasquier", "Präsidentin"]})

# --- 2023: Commissioner Mijatović presents her annual report for 2022 (rule 958) ---

MJ_P1 = ('„In Europa hat der Schutz der Menschenrechte im Jahr 2022 schwere Rückschritte erlitten“, so die '
         'Menschenrechtskommissarin des Europarates, Dunja Mijatović, bei der Präsentation ihres Jahresberichts am 24. '
         'April. „Um die Tendenz umzukehren, ist ein erneutes Bekenntnis zu den Menschenrechten nötig.“ Der Bericht '
         'konzentriert sich überwiegend auf die von der Russischen Föderation im Zusammenhang mit ihrem Militärangriff auf '
         'die Ukraine begangenen Gräueltaten. „Die entsetzlichen Verbrechen, die von den russischen Streitkräften in der '
         'Ukraine begangen wurden, dürfen nicht ungestraft bleiben. Es muss Gerechtigkeit hergestellt werden, wozu '
         'insbesondere eine wirksame Zusammenarbeit mit dem Internationalen Strafgerichtshof und die langfristige '
         'Unterstützung des ukrainischen Justizsystems erforderlich sind“, schreibt die Kommissarin. Dazu zähle auch das '
         'Vorgehen gegen die Verletzung der Menschenrechte von ukrainischen Kindern, die in die Russische Föderation oder '
         'vorläufig besetzte Gebiete überführt wurden und von denen einige unter eklatantem Verstoß gegen das humanitäre '
         'Völkerrecht die russische Staatsangehörigkeit erhalten haben.')
MJ_P2 = ('Ebenso unterstreicht die Kommissarin, dass die Behandlung von Asylsuchenden, Flüchtlingen und Migranten in Europa '
         'zeige, dass viele Mitgliedsstaaten diesbezüglich ihre internationalen Menschenrechtsverpflichtungen konsequent und '
         'vorsätzlich missachten. „Das Zurückdrängen an den Grenzen, die Weigerung, Boote in Seenot zu retten, unwürdige '
         'Bedingungen und unmenschliche Behandlung sind die gemeinsamen Merkmale für einen Umgang mit Migration, der auf '
         'unverhältnismäßige Weise sicherheitszentriert ist und Menschenleben gefährdet. Statt weiter in diese Sackgasse '
         'vorzudringen, sollten die Mitgliedsstaaten das Augenmerk darauf legen, sichere und legale Wege, humanitäre Hilfe '
         'entlang der Migrationsrouten sowie Such- und Rettungsdienste auf See anzubieten.“')

add(id="ho115-coe-2023-04-mijatovic-jahresbericht-2022",
    title=None,
    url="https://coe.int/de/web/portal/-/rapport-annuel-2022-la-commissaire-mijatovi%C4%87-appelle-%C3%A0-un-engagement-"
        "renouvel%C3%A9-en-faveur-de-la-protection-des-droits-humains-pour-r%C3%A9soudre-de-nombreux-probl%C3%A8mes-"
        "syst%C3%A9miques?p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D7",
    retrieved="same address (news item of April 2023; no headline in the stored copy (rules 18, 32); the third paragraph "
              "('Das Jahr 2022 sei auch durch ein allgemeines Klima der'), cut off, dropped (rule 15))",
    license=COE,
    paras=[MJ_P1, MJ_P2],
    quotes=[(cut(MJ_P1, '„In Europa', 'erlitten“'), MIJATOVIC),
            (cut(MJ_P1, '„Um die', 'nötig.“'), MIJATOVIC),
            (cut(MJ_P1, '„Die entsetzlichen', 'erforderlich sind“'), MIJATOVIC),
            (cut(MJ_P2, '„Das Zurückdrängen', 'anzubieten.“'), MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Menschenrechtskommissarin", "Kommissarin"]})

# --- 2018: Commissioner Muižnieks presents his annual report for 2017 ---

MU_P1 = ('„Im Jahr 2017 hat sich die Lage der Menschenrechte in vielen europäischen Ländern weiter verschlechtert. '
         'Bestehende Krisen haben sich verschärft, neue sind entstanden, und das Bekenntnis zu den Menschenrechtswerten und '
         '-normen scheint abzunehmen“, erklärte heute der Menschenrechtskommissar des Europarates, Nils Muižnieks, bei der '
         'Präsentation seines Berichts über das Jahr 2017. „Die Situation ist jedoch nicht hoffnungslos, sofern die '
         'Regierungen und Parlamente ihr Engagement für die Werte und Grundsätze, die im Mittelpunkt unseres Systems zum '
         'Schutz der Menschenrechte stehen, erneuern.“')
MU_P2 = ('In diesem letzten Jahresbericht seiner Amtszeit fasst Kommissar Muižnieks die Aktivitäten des vergangenen Jahres '
         'zusammen und beurteilt die Lage der Menschenrechte in Europa.')

add(id="ho115-coe-2018-muiznieks-jahresbericht-2017",
    title=None,
    url="https://coe.int/de/web/portal/-/time-to-renew-our-commitment-and-halt-the-deterioration-of-human-rights?"
        "p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D140",
    retrieved="same address (news item of 2018, complete as stored; no headline in the stored copy; the closing link line "
              "'Jahresbericht 2017 über die Tätigkeit des Menschenrechtskommissars' dropped (rule 93))",
    license=COE,
    paras=[MU_P1, MU_P2],
    quotes=[(cut(MU_P1, '„Im Jahr', 'abzunehmen“'), MUIZNIEKS),
            (cut(MU_P1, '„Die Situation', 'erneuern.“'), MUIZNIEKS)],
    aliases={MUIZNIEKS: ["Nils Muižnieks", "Kommissar Muižnieks", "Menschenrechtskommissar des Europarates"]})

# --- 2012: Jagland in Helsinki with eight heads of state (rule 959) ---

HE_TITLE = "Helsinki: Generalsekretär Jagland führt mit acht Staatspräsidenten Gespräche über Integration"
HE_SUB = ('Der Generalsekretär forderte die europäischen Staatsoberhäupter auf, sich „klar und deutlich“ gegen '
          'Diskriminierung, Rassismus und Intoleranz auszusprechen')
HE_P1 = ('Helsinki, 10. Februar 2012 - Auf Einladung der finnischen Präsidentin Tarja Halonen hat Generalsekretär Jagland an '
         'diesem Nachmittag an einem Treffen der Staatspräsidenten Italiens, Deutschlands, Lettlands, Portugals, Ungarns, '
         'Sloweniens und Finnlands teilgenommen.')
HE_P2 = ('Der Generalsekretär stellte eine Strategie zum demokratischen Umgang mit der Vielfalt in Europa vor (siehe Bericht '
         '„Zusammenleben“ der Gruppe namhafter Persönlichkeiten). Thorbjørn Jagland machte darauf aufmerksam, dass die '
         'Einwanderungs- und Integrationsdebatte in Europa von Extremisten auf beiden Seiten an sich gerissen wurde. Er '
         'forderte die europäischen Staatsoberhäupter auf, sich „klar und deutlich“ für die Bekämpfung von Diskriminierung, '
         'Rassismus und Intoleranz gegenüber sozialen, kulturellen oder religiösen Gruppen auszusprechen.')
HE_P3 = ('Des Weiteren informierte Thorbjørn Jagland die Staatspräsidenten über die Reform des Europäischen Gerichtshofs für '
         'Menschenrechte, die derzeit zu den wichtigsten Prioritäten des britischen Vorsitzes im Ministerkomitee gehört.')

add(id="ho115-coe-2012-02-10-jagland-helsinki",
    title=HE_TITLE,
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom?pager.offset=0&p_p_id=newsroom&_newsroom_groupId=10226&"
        "_newsroom_articleId=829979&_newsroom_tabs=newsroom-topnews",
    retrieved="same address (news item of 10 February 2012 on the older portal hub.coe.int; the navigation words 'Medien' "
              "and 'Generalsekretär' and the date line '10/02/2012' dropped; the subtitle kept as its own line (rule 18); "
              "the repeated headline and the image caption 'Treffen in Helsinki' dropped (rule 93); the link lines 'Rede "
              "des Generalsekretärs [en]', 'Zum Thema: …', 'Europarats-Blog' and the following items of the newsroom page "
              "(from 22/07/2014) dropped)",
    license=COE,
    paras=[HE_SUB, HE_P1, HE_P2, HE_P3],
    quotes=[('„klar und deutlich“', JAGLAND, 0),
            ('„Zusammenleben“', None),
            ('„klar und deutlich“', JAGLAND, 1)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Jagland", "Generalsekretär"]})

# --- 2017: Jagland's letter to Putin after the Saint Petersburg metro attack (rule 958) ---

SP_P1 = ('Der Generalsekretär des Europarates, Thorbjørn Jagland, hat heute anlässlich des tödlichen Anschlags in der '
         'Sankt-Petersburger U-Bahn am 3. April einen Brief an den Präsidenten der Russischen Föderation, Wladimir Putin, '
         'gesendet.')
SP_P2 = ('„Ich bin zutiefst betroffen und traurig über die Nachricht des tödlichen Anschlags, der gestern in der St. '
         'Petersburger U-Bahn verübt wurde. Dieser Terroranschlag und seine Auswirkungen werden in ganz Russland und ganz '
         'Europa schmerzlich spürbar sein. In dieser tragischen Stunde sind unsere Gedanken und unser Mitgefühl bei den '
         'Opfern und auch ihren Angehörigen.“')
SP_P3 = ('„Gestatten Sie mir, in meiner Funktion als Generalsekretär im Namen des Europarates eine Botschaft der Solidarität '
         'an alle Betroffenen und an das Volk der Russischen Föderation zu übermitteln.“')

add(id="ho115-coe-2017-04-04-jagland-sankt-petersburg",
    title=None,
    url="https://coe.int/de/web/portal/-/saint-petersburg-metro-attack-secretary-general-conveys-message-of-solidarity-"
        "to-russian-people?p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D30",
    retrieved="same address (news item of April 2017, complete as stored; no headline in the stored copy (rules 18, 32))",
    license=COE,
    paras=[SP_P1, SP_P2, SP_P3],
    quotes=[(SP_P2, JAGLAND),
            (SP_P3, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär"]})

# --- 2017: Jagland on the attacks in Barcelona ---

BA_TITLE = ("Generalsekretär Thorbjørn Jagland: Terroranschläge in Barcelona sind Angriff auf Europas Freiheit und "
            "Demokratie")
BA_P1 = ('Generalsekretär Thorbjørn Jagland hat heute zu den tragischen Ereignissen in Barcelona die folgende Stellungnahme '
         'abgegeben: „Unschuldige Menschen – Kinder, Erwachsene, Einheimische und Besucher einer der attraktivsten '
         'Touristenstädte Europas wurden zum Ziel einer feigen Gewalttat. Ich verurteile hiermit mit allergrößtem Nachdruck '
         'die abscheulichen Terroranschläge von Barcelona. Der Europarat steht in voller Solidarität an der Seite der '
         'spanischen Behörden und des gesamten spanischen Volkes. Den Opfern sowie ihren Angehörigen und Freunden gilt an '
         'vorderster Stelle unser tief empfundenes Mitgefühl. Europa muss auch in Zukunft auf der Grundlage unserer '
         'demokratischen Werte und des Prinzips der Rechtsstaatlichkeit vereint und entschlossen den Terrorismus '
         'bekämpfen.”')

add(id="ho115-coe-2017-08-18-jagland-barcelona",
    title=BA_TITLE,
    url="https://www.coe.int/de/web/portal/terrorism-and-human-rights-news/-/asset_publisher/tAWO07mTaocO/content/"
        "violence-in-barcelona-is-an-attack-on-europe-s-freedom-and-democracy?inheritRedirect=false&redirect=https%3A%2F%2F"
        "www.coe.int%2Fde%2Fweb%2Fportal%2Fterrorism-and-human-rights-news%3Fp_p_id%3D101_INSTANCE_tAWO07mTaocO%26p_p_"
        "lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26p_p_col_id%3Dcolumn-1%26p_p_col_count%3D1",
    retrieved="same address (statement of 18 August 2017; the link word 'Zurück' before the heading, the image caption "
              "'Passanten bringen Wünsche für Hoffnung und Liebe nach dem Terroranschlag an - Dino Geromella / "
              "Shutterstock' (twice), the footer line 'Generalsekretär Strasbourg 18. August 2017' and the page's French "
              "buttons dropped (rule 93); the closing mark ” after „ kept as published (rule 939))",
    license=COE,
    paras=[BA_P1],
    quotes=[(cut(BA_P1, '„Unschuldige', 'bekämpfen.”'), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland"]})

# --- 2016 (undated in the stored copy): Jagland after the bomb attack in Istanbul (rule 956) ---

IS_P1 = ('Nach dem heutigen Bombenanschlag in Istanbul, in dem mindestens zehn Menschen ums Leben kamen und zahlreiche '
         'verletzt wurden, drückt der Generalsekretär des Europarats, Thorbjørn Jagland, seine Solidarität mit dem türkischen '
         'Volk und der Führung des Landes aus. Er drückt den Familien der Opfer sein tiefstes Beileid aus.')
IS_P2 = ('„In diesem tragischen Moment möchte ich der Türkei, seinen Menschen und der Führung des Landes meine Solidarität '
         'und Unterstützung aussprechen.')
IS_P3 = ('Der Anschlag vom heutigen Tag traf nicht nur die Türkei, er hat uns alle getroffen. Terror kostet Europa sehr '
         'viel, denn Terroristen versuchen, unser Vertrauen in menschliche Werte zu schwächen und unsere Lebensweise zu '
         'untergraben – es wird ihnen aber nicht gelingen. Wir können diese Gefahr nur mit gemeinsamen und entschlossenen '
         'Maßnahmen bekämpfen und müssen dem Prinzip der Rechtsstaatlichkeit und dem Respekt der Menschenrechte verpflichtet '
         'bleiben.“')

add(id="ho115-coe-2016-jagland-istanbul",
    title=None,
    url="https://coe.int/de/web/portal/terrorism-and-human-rights-news/-/asset_publisher/tAWO07mTaocO/content/response-to-"
        "terrorism-must-be-resolute-says-secretary-general-in-the-wake-of-istanbul-attack",
    retrieved="same address (news item, undated in the stored copy (2016, going by the attack it reports, with Jagland as Secretary General), complete as stored; no headline in the stored copy; 'der Türkei, "
              "seinen Menschen' kept as published)",
    license=COE,
    paras=[IS_P1, IS_P2, IS_P3],
    quotes=[(IS_P2, JAGLAND),
            (IS_P3, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär"]})

# --- 2019: Secretary General Pejčinović Burić on the attack in Halle ---

HA_P1 = ('Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat den antisemitischen Anschlag verurteilt, bei '
         'dem in Halle zwei Menschen getötet wurden. „Ich bin zutiefst erschüttert und beunruhigt über diesen kaltblütigen '
         'Anschlag, der sich am Jom Kippur gegen die jüdische Gemeinschaft richtete. Ich möchte den Angehörigen der Opfer '
         'mein Beileid aussprechen und alle Betroffenen, die die Folgen dieses abscheulichen Verbrechens bewältigen müssen, '
         'meiner Solidarität versichern. Antisemitische Übergriffe nehmen in Europa zu und wir alle, ob als Bürger oder in '
         'Behörden, müssen alles in unserer Macht Stehende tun, um in Wort und Tat Antisemitismus in all seinen Formen zu '
         'bekämpfen, und einschreiten, um ihn bereits an der Wurzel zu unterbinden“, erklärte sie.')

add(id="ho115-coe-2019-10-buric-halle",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-condemns-anti-semitic-attack-in-halle-germany?p_l_back_url="
        "%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D29",
    retrieved="same address (news item of October 2019, complete as stored; no headline in the stored copy)",
    license=COE,
    paras=[HA_P1],
    quotes=[(cut(HA_P1, '„Ich bin', 'unterbinden“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates"]})

# --- 2011: Commissioner Hammarberg on Belarus, item of the old news search (rule 957) ---

HM_TITLE = "Menschenrechtskommissar Hammarberg: Verfechter der Menschenrechte in Weißrussland stark verfolgt"
HM_P1 = ("''Das harte Durchgreifen gegen Politiker der Opposition, Gruppen der Zivilgesellschaft, Verfechter der "
         "Menschenrechte und Medien in Weißrussland dauert an'', so Thomas Hammarberg in seinem neuen, heute "
         "veröffentlichten Menschenrechtskommentar. Er betont, dass es wichtig ist, das Schicksal des weißrussischen Volkes "
         "nicht zu vergessen und dass die Zivilgesellschaft des Landes konstruktive Unterstützung von Europa erhält.")

add(id="ho115-coe-2011-05-25-hammarberg-weissrussland",
    title=HM_TITLE,
    url="http://www.coe.int/newssearch/Default.asp?p=nwz&id=14079&lmLangue=3",
    retrieved="same address (teaser of 25 May 2011 in the Council of Europe's old news search, complete as stored; the date "
              "'[25/05/2011]' at the end of the headline line and the link '(Weiter...)' at the end of the paragraph "
              "dropped (rule 957); the double apostrophes '' kept as published)",
    license=COE,
    paras=[HM_P1],
    quotes=[(cut(HM_P1, "''Das harte", "dauert an''"), HAMMARBERG)],
    aliases={HAMMARBERG: ["Thomas Hammarberg", "Menschenrechtskommissar Hammarberg"]})
