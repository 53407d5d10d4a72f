# Hundred-and-twenty-fifth held-out German real-news set (tests/data/heldout125-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1055). None
# of these pages is in any tests/data/*.jsonl (checked by URL and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-twenty-fifth held-out set" of SOURCES.md: news items and statements of the
# Council of Europe (Europarat) on its portal coe.int/de, 2014-2022 — the chairs of the Committee of Ministers (Elmar
# Mammadyarov, Sebastian Kurz, Lubomír Zaorálek), the Austrian Federal President before the Parliamentary Assembly, the
# President of the Assembly and the Secretary General (licence COE: excerpts of under 500 words with the Council of Europe
# credited). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), and each retrieval note names what was dropped. Unmarked middle paragraphs of a multi-paragraph statement are not
# annotated (rule 46, rule 995): the Secretary General's statement of April 2015 on Tröglitz has two.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MAMMADYAROV = "Elmar Mammadyarov"
ZAORALEK = "Lubomír Zaorálek"
KURZ = "Sebastian Kurz"
FISCHER = "Heinz Fischer"
KOX = "Tiny Kox"
JAGLAND = "Jagland"

# --- 2014: Committee of Ministers chair Mammadyarov before the Assembly (rules 1055, 1056) ---

MA_TITLE = 'Vorsitzender des Ministerkomitees: Sommer 2014 „eine düstere Zeit“ für Europa'
MA_P1 = ('„Der Sommer 2014 wird als eine besonders düstere Zeit für unseren Kontinent in die Geschichtsbücher eingehen“, so '
         'der aserbaidschanische Außenminister Elmar Mammadyarov heute vor der Parlamentarischen Versammlung in seiner Rede '
         'als Vorsitzender des Exekutivorgans des Europarates, dem Ministerkomitee.')
MA_P2 = ('Mammadyarov berichtete über die Tätigkeit des aserbaidschanischen Vorsitzes und erklärte, dass die Lage in der '
         'Ukraine „das Hauptanliegen aller Organe des Europarates bleibt“.')
MA_P3 = ('Er bekräftigte erneut, dass das Ministerkomitee darauf beharrt, dass die Mitgliedsstaaten ihre Streitigkeiten '
         'friedlich und unter Achtung der territorialen Integrität anderer Staaten beilegen sollten. Mammadyarov rief von '
         'Neuem zu einer friedlichen und dauerhaften Lösung des Konflikts auf und unterstrich den Beitrag, den der Europarat '
         'zur Unterstützung der Ukraine bei der Wahrung der Menschenrechte und Erfüllung der humanitären Bedürfnisse sowie '
         'zur Förderung der notwendigen demokratischen Reformen leisten kann.')

add(id="ho125-coe-2014-10-02-mammadyarov-sommer-2014",
    title=MA_TITLE,
    url="https://www.coe.int/de/web/presidency/azerbaijan/-/asset_publisher/Lj2n9zIrh9z6/content/summer-of-2014-a-dark-"
        "time-for-europe-says-committee-of-ministers-chair/16695",
    retrieved="same address (news item of 2 October 2014 ('Straßburg 02/10/2014'), complete as stored; the link word "
              "'Zurück' before the heading, the link text '(weiter...)' at the end of the last paragraph (rule 1055), the "
              "footer line 'Straßburg 02/10/2014' and the page's French buttons dropped (rule 93))",
    license=COE,
    paras=[MA_P1, MA_P2, MA_P3],
    quotes=[("„eine düstere Zeit“", MAMMADYAROV),
            (cut(MA_P1, '„Der Sommer', 'eingehen“'), MAMMADYAROV),
            ("„das Hauptanliegen aller Organe des Europarates bleibt“", MAMMADYAROV)],
    aliases={MAMMADYAROV: ["Elmar Mammadyarov", "Mammadyarov", "Vorsitzender des Ministerkomitees"]})

# --- 2017: Committee of Ministers chair Zaorálek before the Assembly (rule 1060) ---

ZA_P1 = ('„Das Ministerkomitee strebt ebenso wie die Versammlung danach, das Profil des Europarates zu schärfen und die '
         'Mitgliedsstaaten bei der Bewältigung der aktuellen Herausforderungen verstärkt zu unterstützen“, so Lubomír '
         'Zaorálek, Außenminister der Tschechischen Republik und Vorsitzender des Ministerkomitees, in seiner heutigen Rede '
         'vor der Parlamentarischen Versammlung.')
ZA_P2 = ('In diesem Zusammenhang verwies er auf die Debatte, die am Mittwoch im Plenum zu zwei Berichten stattfinden soll: '
         'Gegenstand des einen Berichts ist die europäische Einheit (und die Möglichkeit eines vierten Gipfeltreffens der '
         'Staats- und Regierungschefs der Mitgliedstaaten), im Mittelpunkt des anderen steht die Verteidigung der '
         'Errungenschaften des Europarates.')
ZA_P3 = ('Zaorálek nahm auch zu einer Reihe aktueller politischer Fragen Stellung, die weiterhin im Blickpunkt des '
         'Ministerkomitees stehen, besonders zur Lage in der Türkei, der Ukraine und in Aserbaidschan. Außerdem nannte er die '
         'im Rahmen des tschechischen Vorsitzes organisierten Veranstaltungen. Zentrale Themen dieser Veranstaltungen sind '
         'der Schutz der Rechte von Menschen, die gefährdeten und benachteiligten Gruppen angehören, die Unterstützung der '
         'lokalen und regionalen Demokratie und die Förderung der Gleichstellung der Geschlechter.')
ZA_P4 = ('Darüber hinaus rief Zaorálek die Mitgliedsstaaten dazu auf, in ihren Bemühungen gegen den Terrorismus nicht '
         'nachzulassen, insbesondere durch die Umsetzung der Instrumente des Europarates (etwa des Zusatzprotokolls zum '
         'Übereinkommen zur Verhütung des Terrorismus, das sich mit „ausländischen Terrorkämpfern” befasst und seit 1. Juli '
         'in Kraft ist). „Damit wir Terrorismus wirksam bekämpfen können, darf sich die Zusammenarbeit nicht auf einige '
         'Staaten beschränken. Auch internationale Organisationen wie der Europarat müssen möglichst eng kooperieren und '
         'Synergien stärken“, erklärte der Minister.')

add(id="ho125-coe-2017-10-zaoralek-versammlung",
    title=None,
    url="https://coe.int/de/web/portal/-/the-committee-of-ministers-shares-the-assembly-s-ambition-to-raise-the-council-s-"
        "profile-and-step-up-its-activities?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D30",
    retrieved="same address (news item of October 2017, on the Czech chair's address to the Assembly; no headline in the "
              "stored copy (rules 18, 32); the link line 'Rede von Lubomír Zaorálek, Außenminister der Tschechischen "
              "Republik' and the English link title after it ('“The Committee of M …'), cut off in the stored copy, dropped "
              "(rules 15, 93))",
    license=COE,
    paras=[ZA_P1, ZA_P2, ZA_P3, ZA_P4],
    quotes=[(cut(ZA_P1, '„Das Ministerkomitee', 'unterstützen“'), ZAORALEK),
            ("„ausländischen Terrorkämpfern”", None),
            (cut(ZA_P4, '„Damit wir', 'stärken“'), ZAORALEK)],
    aliases={ZAORALEK: ["Lubomír Zaorálek", "Zaorálek", "Minister"]})

# --- 2014: Committee of Ministers chair Kurz before the Assembly (rule 1057) ---

KU_P1 = ('In einer Rede vor der Parlamentarischen Versammlung des Europarates hat der österreichische Außenminister Sebastian '
         'Kurz über die Tätigkeit des Vorsitzes seines Landes im Ministerkomitee berichtet – etwa der Kampf gegen Korruption '
         'und die Bemühungen, die Zahl der Ratifizierungen des Übereinkommens des Europarats zur Bekämpfung von Gewalt gegen '
         'Frauen zu steigern. Außerdem stand die Krimkrise im Mittelpunkt der Rede des Ministers.')
KU_P2 = ('Kurz wies darauf hin, dass schwierige Aufgaben zu lösen seien, äußerte aber auch seine Zufriedenheit über die '
         'Einsetzung des Internationalen Beratergremiums zur Untersuchung der Zusammenstöße, die sich ab November 2013 '
         'zwischen Demonstranten und Sicherheitskräften ereigneten.')
KU_P3 = ('Er unterstrich die Zusammenarbeit zwischen dem Europarat und der OSZE bei der Reaktion auf die Krise und die '
         'Wichtigkeit einer Verfassungsreform in der Ukraine. Die Behandlung der Tataren und anderer Minderheiten auf der '
         'Krim gebe „Anlass zur Sorge", erinnerte der Minister. Im letzten Monat hatte eine Delegation des Europarates, die '
         'aus Experten für nationale Minderheiten bestand, die Region besucht.')
KU_P4 = ('„Russland hat die Anschuldigungen bestimmter Minderheiten, nicht korrekt behandelt zu werden, als Vorwand für '
         'eigene Maßnahmen herangezogen", erklärte Kurz. Er betonte, dass der Europarat einen „eindeutigen Appell" an '
         'Russland gerichtet habe, in einen direkten Dialog einzutreten, und äußerte die Hoffnung, „dass dieser Ruf nicht auf '
         'taube Ohren stoße".')
KU_P5 = ('Zudem teilte der Minister mit, dass beim Ministertreffen im nächsten Monat in Wien der 65. Jahrestag der Gründung '
         'des Europarates begangen werde. Viele mögen bei diesem Jahrestag „an den Ruhestand denken", aber „gerade die '
         'aktuellen Ereignisse haben gezeigt, wie wichtig der Europarat ist".')

add(id="ho125-coe-2014-04-kurz-versammlung",
    title=None,
    url="https://coe.int/de/web/presidency/austria/-/asset_publisher/toDPFqsEP6hm/content/-the-council-of-europe-appeal-to-"
        "russia-to-engage-dialogue-with-ukraine-should-be-heard-says-austrian-foreign-minister-kurz/16695",
    retrieved="same address (news item of April 2014, on the Austrian chair's address to the Assembly, complete as stored; "
              "no headline in the stored copy (rules 18, 32); the closing ASCII marks \" after opening „ kept as published "
              "(rules 20, 939))",
    license=COE,
    paras=[KU_P1, KU_P2, KU_P3, KU_P4, KU_P5],
    quotes=[('„Anlass zur Sorge"', KURZ),
            (cut(KU_P4, '„Russland hat', 'herangezogen"'), KURZ),
            ('„eindeutigen Appell"', KURZ),
            ('„dass dieser Ruf nicht auf taube Ohren stoße"', KURZ),
            ('„an den Ruhestand denken"', KURZ),
            (cut(KU_P5, '„gerade die', 'Europarat ist"'), KURZ)],
    aliases={KURZ: ["Sebastian Kurz", "Kurz", "Minister"]})

# --- 2014: Federal President Fischer before the Assembly (rule 1058) ---

FI_TITLE = ('Österreichischer Bundespräsident rät zur Vorsicht bei der Abstimmung über die Rechte der russischen '
            'Versammlungsdelegation')
FI_P1 = ('Der österreichische Bundespräsident Heinz Fischer hat heute vor den Mitgliedern der Parlamentarischen Versammlung '
         'des Europarates erklärt, dass „Dialog eine unverzichtbare Form der Konfliktlösung ist", nur einen Tag bevor die '
         'Versammlung einen Bericht über die Rechte der russischen Delegation debattiert. „Es ist recht einfach, Türen zu '
         'schließen; Türen wieder zu öffnen, die man einmal geschlossen hat, ist viel schwieriger", sagte er.')
FI_P2 = ('Fischer machte deutlich, dass er mit der Bewertung der Rechtsexperten des Europarates – der Venedig-Kommission – '
         'übereinstimme, dass „die Vorgangsweise Russlands auf der Krim völkerrechtswidrig war und ist. Jede weitere '
         'Maßnahme, die Russland zur Destabilisierung der Ukraine ergreift, wäre nicht hinnehmbar".')

add(id="ho125-coe-2014-04-fischer-versammlung",
    title=FI_TITLE,
    url="http://www.coe.int/de/web/portal/cm-chairmanship-austria/-/asset_publisher/JaU4FbF8dw9k/content/le-president-"
        "autrichien-appelle-l-apce-a-la-prudence-dans-le-vote-sur-les-pouvoirs-de-la-delegation-russe;jsessionid="
        "F55189F99AC9C9AE31802E3A0CC3BB68?redirect=http%3A%2F%2Fwww.coe.int%2Fde%2Fweb%2Fportal%2Fcm-chairmanship-austria"
        "%3Bjsessionid%3DF55189F99AC9C9AE31802E3A0CC3BB68%3Fp_p_id%3D101_INSTANCE_JaU4FbF8dw9k%26p_p_lifecycle%3D0%26p_p_"
        "state%3Dnormal%26p_p_mode%3Dview%26p_p_col_id%3Dcolumn-2%26p_p_col_count%3D1",
    retrieved="same address (news item of April 2014 on the chairmanship page; the page's header block ('Vorsitz im "
              "Ministerkomitee', 'News') and the teaser of another news item printed above it ('Österreich übergibt Vorsitz "
              "an Aserbaidschan' with its two paragraphs and the French buttons) dropped (rule 1058), as are the link word "
              "'Zurück' before the heading and the section line 'Parlamentarische Versammlung' (rule 93); the third "
              "paragraph ('Allerdings rief er die Mitgliedsstaaten … „Es darf nicht darum gehen, … auf die Seite der EU "
              "oder auf'), cut off in the stored copy, dropped with its quotations (rule 15); the closing ASCII marks \" "
              "after opening „ kept as published (rules 20, 939))",
    license=COE,
    paras=[FI_P1, FI_P2],
    quotes=[('„Dialog eine unverzichtbare Form der Konfliktlösung ist"', FISCHER),
            (cut(FI_P1, '„Es ist recht', 'schwieriger"'), FISCHER),
            (cut(FI_P2, '„die Vorgangsweise', 'hinnehmbar"'), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Fischer", "Bundespräsident"]})

# --- 2022: PACE President Kox on the decision to hold a fourth summit (rule 995) ---

KO_P1 = ('Nach der Entscheidung des Ministerkomitees des Europarates, am 16. und 17. Mai 2023 in Reykjavik einen Gipfel der '
         'Staats- und Regierungschefs des Europarates abzuhalten, hat der Präsident der Versammlung, Tiny Kox, die folgende '
         'Erklärung abgegeben:')
KO_P2 = ('„Unsere Versammlung ist von der Notwendigkeit eines neuen, 4.Gipfels der Staats- und Regierungschefs überzeugt. '
         'Seit 2017 hat die Versammlung zu einem derartigen Gipfel aufgerufen, der die multilaterale politische Architektur '
         'stärken und zu einem erneuerten, besseren und gestärkten Europarat mit neuen Kompetenzen führen soll, der besser '
         'ausgestattet ist, um die demokratische Sicherheit zu schützen und zu fördern.')
KO_P3 = ('Ich danke dem irischen und dem isländischen Vorsitz für die bisherige und künftige Arbeit, um den Gipfel '
         'Wirklichkeit werden zu lassen. Die Parlamentarische Versammlung wird alles tun, um einen konstruktiven Beitrag zu '
         'seiner Vorbereitung zu leisten und ihn zu einem Erfolg zu machen.“')

add(id="ho125-coe-2022-11-kox-vierter-gipfel",
    title=None,
    url="https://coe.int/de/web/portal/summit-news/-/asset_publisher/DIxt3z1yawXc/content/declaraci%25C3%25B3n-del-"
        "presidente-de-la-asamblea-parlamentaria-sobre-la-4%25C2%25AA-cumbre-de-jefes-de-estado-y-de-gobierno",
    retrieved="same address (statement of November 2022, complete as stored; no headline in the stored copy (rules 18, "
              "32); the missing space in '4.Gipfels' kept as published)",
    license=COE,
    paras=[KO_P1, KO_P2, KO_P3],
    quotes=[(KO_P2, KOX),
            (KO_P3, KOX)],
    aliases={KOX: ["Tiny Kox", "Präsident der Versammlung"]})

# --- 2015: Secretary General Jagland on the arson attack in Tröglitz (rules 995, 1059) ---

TR_P1 = 'Generalsekretär Jagland verurteilt den Brandanschlag auf ein Asylbewerberheim in Tröglitz (Sachsen-Anhalt).'
TR_P2 = ('„Ich schließe mich der Regierung Deutschlands und den lokalen Behörden an und verdamme diese schändliche Tat.')
TR_P3 = 'Angesichts solcher Vorfälle sollten in Europa die Armglocken läuten.'
TR_P4 = ('Die Demokratie wird mehr und mehr von Rassismus, Xenophobie sowie politischem und religiösem Extremismus bedroht, '
         'ein Trend, der auf dem gesamten europäischen Kontinent zu beobachten ist. Die Atmosphäre von Hass und Intoleranz in '
         'verschiedenen Teilen der Gesellschaft ist sehr gefährlich.')
TR_P5 = 'Wir müssen diese Stimmung und ihre Ursachen auf allen Ebenen bekämpfen“, erklärt der Generalsekretär.'

add(id="ho125-coe-2015-04-jagland-troeglitz",
    title=None,
    url="https://coe.int/de/web/portal/full-news/-/asset_publisher/y5xQt7QdunzT/content/arson-attack-in-germany",
    retrieved="same address (statement of April 2015, complete as stored; no headline in the stored copy (rules 18, 32); "
              "the misspelling 'Armglocken' kept as published)",
    license=COE,
    paras=[TR_P1, TR_P2, TR_P3, TR_P4, TR_P5],
    quotes=[(TR_P2, JAGLAND),
            (cut(TR_P5, 'Wir müssen', 'bekämpfen“'), JAGLAND)],
    aliases={JAGLAND: ["Jagland", "Generalsekretär"]})
