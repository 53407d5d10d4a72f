# Two-hundred-and-ninety-third held-out German real-news set (tests/data/heldout293-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1855-1857). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or page number, headline and two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-third held-out set": texts of the Austrian Parliament under
# licence PK: one release of the Parlamentskorrespondenz on parlament.gv.at (No. 894 of 2001), two releases of the
# Parlamentskorrespondenz on OTS (2005, 2020) and two pages of the stenographic protocols (Nationalrat, XXII. GP, 92nd
# sitting, page 67; Bundesrat, 930th sitting). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 575), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Parlamentskorrespondenz No. 894 of 13 December 2001: Informationssicherheitsgesetz in the Nationalrat ---

SCHIEDER = "Schieder"

add(id="ho293-pk-2001-894-informationssicherheitsgesetz",
    title="Parlamentskorrespondenz Nr. 894 vom 13.12.2001",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2001/PK0894/",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines, as in the twenty-fifth set; the space in '(InfoSiG )' kept as published "
              "(rule 20); the last paragraph 'Abgeordneter Dr. PILZ', cut off after the speaker's name, dropped (rule 15))",
    license=PK,
    paras=["VOM TIERARZNEIMITTELKONTROLLGESETZ BIS VERSICHERUNGSAUFSICHTSGESETZ",
           "Erweiterung der Öffnungszeiten für Apotheken beschlossen",
           "Wien (PK) - In der Folge wurde im Nationalrat das Informationssicherheitsgesetz (InfoSiG ) beraten.",
           'Abgeordneter SCHIEDER (S) zeigte sich erfreut darüber, dass das Informationssicherheitsgesetz nunmehr in Form '
           'eines Abänderungsantrages vorliege und "wir vor einer Regierungsvorlage bewahrt wurden, die nicht einmal im '
           'vorvorigen Jahrhundert als Fortschritt hätte gelten können". Schieder anerkannte die Schutzwürdigkeit '
           'vertraulicher Unterlagen, "aber es gibt auch Verfassungsgesetze und Rechte der Öffentlichkeit, die nicht '
           'eingeschränkt werden dürfen", hielt er fest. Und da in dieser Hinsicht einiges nach wie vor inakzeptabel, '
           'unklar und widersprüchlich sei, werde die SPÖ diesem Gesetz nicht zustimmen. "Es wird der Tag kommen, wo nicht '
           'jene bestraft werden, die Geheimnisse verletzen, sondern jene, die Geheimnisse vor den Bürgern haben", schloss '
           'Abgeordneter Schieder.',
           "Abgeordneter Dr. KURZMANN (F) wies den in der Öffentlichkeit erhobenen Vorwurf zurück, dieses Gesetz diene der "
           "Zensur. Es diene lediglich dem Schutz von Informationen, die Österreich von seinen Partnern erhält. Denn jeder "
           "demokratische Staat verfüge über Informationen, deren Vertraulichkeit in seinem und im Interesse seiner "
           "Partner geschützt werden müssten. Im Unterschied zu Diktaturen unterliege dieser Schutz der parlamentarischen "
           "Kontrolle, auch werde das Interpellationsrecht, also das Informationsrecht der Abgeordneten, in keiner Weise "
           "eingeschränkt. Die Opposition habe, so Kurzmann, eine Verunsicherungskampagne betrieben. Da sich das Gesetz an "
           "Beamte richte, kommen Journalisten als Täter nicht in Frage und können nicht bestraft werden. Das "
           "Informationssicherheitsgesetz diene dem Schutz qualifizierter Informationen - es ist ein gutes Gesetz, dem "
           "die Koalitionsparteien gerne zustimmen."],
    # a partial quotation in the dass-clause, one interrupted by 'hielt er fest' (pronoun, rule 8), one closing quotation
    # with the inverted verb 'schloss Abgeordneter Schieder'; only the surname occurs (rule 7)
    quotes=[('"wir vor einer Regierungsvorlage bewahrt wurden, die nicht einmal im vorvorigen Jahrhundert als Fortschritt '
             'hätte gelten können"', SCHIEDER),
            ('"aber es gibt auch Verfassungsgesetze und Rechte der Öffentlichkeit, die nicht eingeschränkt werden '
             'dürfen"', SCHIEDER),
            ('"Es wird der Tag kommen, wo nicht jene bestraft werden, die Geheimnisse verletzen, sondern jene, die '
             'Geheimnisse vor den Bürgern haben"', SCHIEDER)],
    aliases={SCHIEDER: ["Schieder", "SCHIEDER", "Abgeordneter SCHIEDER", "Abgeordneter Schieder"]})

# --- Parlamentskorrespondenz on OTS, 23 March 2005: Khol's office corrects a newspaper report ---

KHOL_BUERO = "Büro von Nationalratspräsident Andreas Khol"

add(id="ho293-pk-ots-2005-khol-buero-haderer",
    title='KHOL-BÜRO STELLT BERICHT IN "HEUTE - AKTUELL IN DEN TAG" RICHTIG Kein Khol-Kommentar zu griechischem '
          'Haderer-Urteil',
    url="https://www.ots.at/presseaussendung/OTS_20050323_OTS0136/khol-buero-stellt-bericht-in-heute-aktuell-in-den-tag-"
        "richtig-kein-khol-kommentar-zu-griechischem-haderer-urteil",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 23 March 2005, dateline 'Wien "
              "(PK)'; headline and subtitle run together in the stored copy and are kept so (rule 18, as in the "
              "twenty-fifth set); the hard line breaks inside the paragraph ('Andreas Khol' / 'stellt', 'folgendes fest:' / "
              "'„Nationalratspräsident', 'solche' / 'Schundzeichnungen') joined with a space (rule 48); the mixed marks "
              "(„…\" and ‚…') kept as published (rule 20); the end mark '(Schluss)' and the contact block 'Rückfragen & "
              "Kontakt: Eine Aussendung der Parlamentskorrespondenz …' with the OTS footer dropped (rule 48))",
    license=PK,
    paras=['Wien (PK) - Das Büro von Nationalratspräsident Andreas Khol stellt zum Bericht „Haft-Urteil gegen Cartoonist '
           'Haderer wird jetzt ein Fall für das Parlament" in der Zeitung „Heute – aktuell in den Tag" vom 22. März 2005 '
           'folgendes fest: „Nationalratspräsident Khol hat das ihm in den Mund gelegte Zitat - ‚Für mich hat Haderer eine '
           'klare Grenze überschritten. Ich bin überrascht, dass so ein begabter Zeichner solche Schundzeichnungen '
           'produziert\' - nie gesagt. Khol hat auch niemals zum Urteil des griechischen Gerichtes im Fall Haderer '
           'Stellung bezogen. Jene Passagen im Bericht, die mit dem Nationalratspräsidenten in Zusammenhang stehen, sind '
           'nicht korrekt."'],
    # the newspaper's name (twice) and the headline of its report are null (rules 2, 24); the statement after 'stellt …
    # folgendes fest:' is the office's (rule 1855); the nested words it denies are part of the outer span (NOTES.md)
    quotes=[('"HEUTE - AKTUELL IN DEN TAG"', None),
            ('„Haft-Urteil gegen Cartoonist Haderer wird jetzt ein Fall für das Parlament"', None),
            ('„Heute – aktuell in den Tag"', None),
            ('„Nationalratspräsident Khol hat das ihm in den Mund gelegte Zitat - ‚Für mich hat Haderer eine klare Grenze '
             'überschritten. Ich bin überrascht, dass so ein begabter Zeichner solche Schundzeichnungen produziert\' - nie '
             'gesagt. Khol hat auch niemals zum Urteil des griechischen Gerichtes im Fall Haderer Stellung bezogen. Jene '
             'Passagen im Bericht, die mit dem Nationalratspräsidenten in Zusammenhang stehen, sind nicht korrekt."',
             KHOL_BUERO)],
    aliases={KHOL_BUERO: ["Büro von Nationalratspräsident Andreas Khol",
                          "Das Büro von Nationalratspräsident Andreas Khol", "KHOL-BÜRO"]})

# --- Parlamentskorrespondenz on OTS, 15 December 2020: virtual ceremony, 75 years of Nationalrat and Bundesrat ---

VDB = "Alexander Van der Bellen"

add(id="ho293-pk-ots-2020-festsitzung-75-jahre",
    title="Festsitzung im Parlament: Konstituierung des Nationalrats und des Bundesrats jähren sich zum 75. Mal",
    url="https://www.ots.at/presseaussendung/OTS_20201215_OTS0186/festsitzung-im-parlament-konstituierung-des-"
        "nationalrats-und-des-bundesrats-jaehren-sich-zum-75-mal",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 15 December 2020, dateline 'Wien "
              "(PK)'; the date line ' date 2020-12' before the headline dropped as furniture (rule 14); subtitle and the "
              "intermediate heading 'Van der Bellen: …' kept as their own lines (rule 18); the paragraph after that "
              "heading ('Fast genau heute vor 75 Jahren …'), cut off in the stored copy after 'Denn die Eröffnungssitzung "
              "des Nat', dropped (rule 15))",
    license=PK,
    paras=["Ein gemeinsamer Blick zurück auf die Meilensteine und Erfolge der Zweiten Republik",
           'Wien (PK) - Anlässlich des 75. Jahrestages der konstituierenden Sitzungen des National- und des Bundesrats '
           'luden die aktuellen PräsidentInnen der beiden Kammern, Wolfgang Sobotka und Andrea Eder-Gitschthaler, zu einer '
           'virtuellen Festveranstaltung ins Parlament in der Hofburg ein. Nur wenige Wochen nachdem die ersten Wahlen '
           'nach der Befreiung Österreichs von der nationalsozialistischen Gewaltherrschaft durch die Alliierten '
           'stattfanden, traten am 19. Dezember 1945 der Nationalrat und der Bundesrat zu ihrer jeweiligen '
           'konstituierenden Sitzung zusammen. 75 Jahre danach blickten heute die höchsten VertreterInnen des Staates auf '
           'die wichtigsten Meilensteine und Erfolge in den letzten Jahrzehnten zurück. Neben Grußworten von '
           'Bundespräsident Alexander Van der Bellen, gemeinsamen Statements des Nationalrats- und des '
           'Bundesratspräsidiums sowie Reden der fünf Klubobleute stand eine Festrede von Universitätsprofessor Konrad '
           'Paul Liessmann mit dem Titel "Die Würde des Hauses. Leiden und Größe der parlamentarischen Demokratie" auf '
           'dem Programm. Moderiert wurde die musikalisch umrahmte Veranstaltung von Rebecca Salzer.',
           'Van der Bellen: In der friedlichen Veränderung von Machtverhältnissen liege "die reizvolle Kraft des '
           'Parlamentarismus"'],
    # the title of the speech is null (rule 24); the heading's partial quotation is Van der Bellen's (rule 1856)
    quotes=[('"Die Würde des Hauses. Leiden und Größe der parlamentarischen Demokratie"', None),
            ('"die reizvolle Kraft des Parlamentarismus"', VDB)],
    aliases={VDB: ["Alexander Van der Bellen", "Bundespräsident Alexander Van der Bellen", "Van der Bellen"]})

# --- Nationalrat, XXII. GP, 92nd sitting, page 67: the President's review of the session ---

add(id="ho293-parl-nr-xxii-92-seite-67",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXII/NRSITZ/NRSITZ_00092/SEITE_0067.html",
    retrieved="same address (stored page of the stenographic protocol of the 92nd sitting of the Nationalrat, XXII. GP, "
              "page 67; the stored copy begins with the first paragraph, a complete sentence, and has no page header, so "
              "there is no title line (rules 18, 32); the speaker's line is on an earlier page and is not in the text; "
              "the interjections in parentheses kept as published (rule 20); the last paragraph 'Ich möchte allen "
              "Mitgliedern der Präsidi', cut off, dropped (rule 15))",
    license=PK,
    paras=["Es sind hier zwar nicht alle Abgeordneten dabei – die Sache wird schon noch zu Ihnen kommen, meine Damen und "
           "Herren! –, aber es sind viele Abgeordnete dabei. Unser Personal vor allem hat neben dem „täglichen Brot“ der "
           "Parlamentsarbeit auch diese Konventsarbeit ohne Klagen und vorbildhaft geleistet. Also: Das Parlament "
           "funktioniert!",
           "Wenn man diese Arbeitsbilanz sieht und weiß, dass wir daneben noch 80 Veranstaltungen größeren Ausmaßes – "
           "Buchpräsentationen, Diskussionen, Kindergruppen, Besuchergruppen, Frauengruppen, Diskussionen im Haus – "
           "durchgeführt haben, halte ich es für töricht, wenn man dann die Abgeordneten an den Minuten misst, die sie im "
           "Plenum sprechen können. Sie wissen genau, dass das sehr ungerecht ist, weil naturgemäß die Opposition mehr "
           "Redezeit als die Regierung hat (Abg. Krainer: Stimmt nicht!) und naturgemäß die kleinen Fraktionen mehr "
           "Redezeit als die großen haben, sodass die großen nicht so oft zu Wort kommen. – Abgeordneter Kogler nickt "
           "zustimmend; ich glaube, er ist der absolute „Rede-Champion“; aber das kann man nur in einer kleinen Fraktion "
           "sein. Bei vielen gibt es da Schmerzen und Kummer, weil sie viel öfter reden wollten als sie dürfen. Also wir "
           "arbeiten, und dieses Parlament arbeitet!",
           "Was den Umbau der Rampe betrifft, haben wir jetzt faktisch den Rohbau beendet. Wir sind bei der Renovierung "
           "des Palais Epstein auf dem halben Weg, die Räume sind auf die Fraktionen verteilt. Wir haben die "
           "Schenkenstraße gekündigt, der Klub der Grünen bekommt einen neuen Sitz in der Löwelstraße. Die Adresse, das "
           "weiß ich, ist ein Kummer; weil dort auch der Bauernbund sitzt, glaube ich. (Heiterkeit.) Jedenfalls ist das "
           "alles im Konsens über die Bühne gegangen.",
           "Ich möchte der Zweiten Präsidentin, Frau Mag. Barbara Prammer, herzlich danken, dass sie diese Arbeiten "
           "übernommen hat und sich auch in Zukunft Baufragen besonders widmen wird. Ich danke Ihnen! (Allgemeiner "
           "Beifall.)"],
    # the speaker's own marked words in his speech: null (rule 1857)
    quotes=[("„täglichen Brot“", None),
            ("„Rede-Champion“", None)],
    aliases={})

# --- Bundesrat, 930th sitting: Volksanwalt Walter Rosenkranz ---

add(id="ho293-parl-br-930-rosenkranz-volksanwaltschaft",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00930/A_-_12_16_53_00252828.html",
    retrieved="same address (stored page of the stenographic protocol of the 930th sitting of the Bundesrat; the time "
              "line '12.16' dropped as furniture (rule 575); the page has no headline, so there is no title line (rules "
              "18, 32); the last paragraph 'Es gibt auch eines, das wir uns zugutehalten können: …', cut off after "
              "'vom Bereich des Sozialrechts – der', dropped (rule 15))",
    license=PK,
    paras=["Volksanwalt Dr. Walter Rosenkranz: Frau Vorsitzende! Geschätzte Mitglieder des Bundesrates! Ja, ich habe den "
           "Dank aller Rednerinnen und Redner für die Tätigkeit der Volksanwaltschaft vernommen.",
           "Die Volksanwaltschaft wurde vor nahezu 45 Jahren in Österreich ins Leben gerufen und hat seit Kurzem die "
           "Bundespräsidentschaftskanzlei, was den Personalbedarf betrifft, um zwei oder drei Dienstposten überholt. Das "
           "heißt, wir sind jetzt die zweitkleinste Organisationseinheit im Bereich des Bundes. Wir jammern aber nicht "
           "wegen einer Personalknappheit oder Ähnlichem. Es ist trotzdem möglich, dass sich mit den 170 Mitarbeitern bei "
           "89 Dienstposten – wir versuchen, bei Teilzeitarbeit sehr mitarbeiterfreundlich zu sein – und den zusätzlichen "
           "ehrenamtlichen Mitgliedern der Opcat-Kommissionen alles ausgeht. Die Opcat-Kommissionen wurden bereits "
           "erwähnt, sie kontrollieren Anstalten und Einrichtungen, in denen eine Zwangsanhaltung passiert, entsprechend "
           "dem Auftrag, Erniedrigung oder Folter zu ahnden und darüber zu berichten. Diese Tätigkeit machen wir gemeinsam "
           "mit den Kommissionen.",
           "Nebenbei noch erwähnt: Wir sind auch Sitz des IOI, des International Ombudsman Institute – dazu vielleicht "
           "Kollege Amon –, und wir betreuen auch die Heimopferrentenkommission; da geht es darum, dass Kinder in "
           "staatlichen Jugendheimen eine „Behandlung“ – unter Anführungszeichen – erfahren und erdulden mussten, "
           "aufgrund derer ihnen jetzt der Bundesgesetzgeber eine entsprechende Rente zubilligt. Das wird auch in unserem "
           "Haus mitbetreut.",
           "Die Qualität ist auch durch die verfassungs- und einfachgesetzliche Einbettung möglich, dadurch, dass wir vom "
           "gesetzlichen Auftrag her ganz klar in jedem Bereich absolut unabhängig und weisungsfrei arbeiten können."],
    # the speaker's own distancing marks, named as such ('unter Anführungszeichen'): null (rule 1857)
    quotes=[("„Behandlung“", None)],
    aliases={})
