# Three-hundred-and-seventh held-out German real-news set (tests/data/heldout307-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1885-1889). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page address and two distinctive phrases
# of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and
# /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-seventh held-out set": texts of the Austrian Parliament under licence
# PK: nine pages of the stenographic protocols of the Nationalrat (XXVI. GP, 42nd sitting; XXVII. GP, 63rd, 133rd, 183rd,
# 211th and 262nd sittings; XXVIII. GP, 9th, 23rd and 50th sittings), each a statement on the conduct of business or a
# president's ruling on calls to order, with what follows it on the page. Stored copies are the `search` tool's `pages`
# excerpts; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 575), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Nationalrat, XXVII. GP, 211th sitting: Norbert Hofer on calls to order (Maurer, Wöginger, Kickl) ---

MAURER = "Maurer"
WOEGINGER = "Wöginger"
KICKL = "Herbert Kickl"

add(id="ho307-parl-nr-xxvii-211-hofer-ordnungsrufe",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/211/A_-_13_04_54_00295770.html",
    retrieved="same address (stored page of the stenographic protocol of the 211th sitting of the Nationalrat, XXVII. GP; "
              "the separator lines '*****' before and after the first paragraph dropped as furniture (rule 575); the page "
              "has no headline, so there is no title line (rules 18, 32); the interjections in parentheses kept as "
              "published (rule 20); complete)",
    license=PK,
    paras=["Präsident Ing. Norbert Hofer: Sehr geehrte Frau Klubvorsitzende Maurer, Sie wissen als Mandatarin mit "
           "mehrjähriger Erfahrung, dass ich für die Begriffe „Scheinheiligkeit“, „Lüge“ und „Heuchelei“ jeweils einen "
           "Ordnungsruf zu erteilen habe – ein Hattrick sozusagen.",
           "Nächste Rednerin: Frau Klubvorsitzende Meinl-Reisinger, bitte. (Zwischenrufe bei der ÖVP.) – Moment, Frau "
           "Klubvorsitzende!",
           "Ich habe erwartet, dass das kommen wird. Ich darf Ihnen sagen, warum ich beispielsweise bei der Rede des "
           "Kollegen Wöginger, der den Wiener Bürgermeister als „Sheriff von Nottingham“ bezeichnet hat oder der SPÖ einen "
           "„Eiertanz“ vorgeworfen hat, oder bei der Formulierung von Herbert Kickl, der gesagt hat, dass eine zur "
           "Verfügung gestellte Formulierung durch einen Dritten „ein Ausdruck von Dummheit“ sein könnte, keinen "
           "Ordnungsruf erteilt habe: weil ich den Grundsatz vertrete, dass immer dann ein Ordnungsruf zu erteilen ist, "
           "wenn hier jemand persönlich unter der Gürtellinie angegriffen wird – erstens. Und zweitens gibt es gewisse "
           "Wörter, die automatisch zu einem Ordnungsruf führen, nämlich – Sie wissen es –: Heuchelei, Scheinheiligkeit "
           "und so weiter und so fort.",
           "Ich bin grundsätzlich auch ein Freund einer emotionalen Debatte, denn wenn jemand für sein Thema nicht im "
           "Inneren brennt, wenn er oder sie hier emotionslos vorträgt, dann ist er oder sie in der Politik eigentlich "
           "nicht richtig am Platz. (Beifall bei der FPÖ.)",
           "Bitte, Frau Klubvorsitzende."],
    # the words for which the president gives the member he addresses a call to order are hers (rule 1885); words the
    # president names as another member's, without a call to order, are that member's (rule 1841)
    quotes=[("„Scheinheiligkeit“", MAURER),
            ("„Lüge“", MAURER),
            ("„Heuchelei“", MAURER),
            ("„Sheriff von Nottingham“", WOEGINGER),
            ("„Eiertanz“", WOEGINGER),
            ("„ein Ausdruck von Dummheit“", KICKL)],
    aliases={MAURER: ["Maurer", "Frau Klubvorsitzende Maurer"],
             WOEGINGER: ["Wöginger", "Kollegen Wöginger"],
             KICKL: ["Herbert Kickl"]})

# --- Nationalrat, XXVII. GP, 63rd sitting: Michael Schnedlitz on the conduct of business ---

add(id="ho307-parl-nr-xxvii-63-schnedlitz-geschaeftsbehandlung",
    title="",
    url="http://www.parlinkom.gv.at/dokument/XXVII/NRSITZ/63/A_-_18_09_02_00229654.html",
    retrieved="same address (stored page of the stenographic protocol of the 63rd sitting of the Nationalrat, XXVII. GP, "
              "on the Parliament's older address parlinkom.gv.at; the time lines '18.09' and '18.10' and the separator "
              "'*****' dropped as furniture (rule 575); no title line (rules 18, 32); the interjections in parentheses kept "
              "as published, with the marks inside them (rule 20); complete)",
    license=PK,
    paras=["Abgeordneter Michael Schnedlitz (FPÖ) (zur Geschäftsbehandlung): Herr Präsident! Sehr geehrte Damen und "
           "Herren! In aller Kürze: Ich bitte Sie, wenn Sie einen Ordnungsruf erteilen, das für das gesamte Haus gleich zu "
           "handhaben. Wenn Herr Kollege Hörl während der Rede von Herrn Kollegen Leichtfried den Zwischenruf: "
           "Pharisäer!, tätigt, sollte zumindest dafür auch ein Ordnungsruf erteilt werden. (Zwischenruf des Abg. "
           "Amesbauer.) Wenn von den Grünen während der Rede von Herrn Kickl der Zwischenruf: Die Rechtsextremen von der "
           "FPÖ!, kommt, sollte man sich das auch ansehen. (Abg. Stögmüller: „Raus mit dem Rechtsextremen!“, so hat der "
           "Zwischenruf gelautet!)",
           "Wenn Sie, Herr Präsident, ein Problem mit dem Wort „Rollkommando“ haben (Zwischenruf bei der FPÖ), darf ich "
           "nur darauf hinweisen, dass auch die ÖVP dieses Wort verwendet: unter anderem in einem Antrag der ÖVP Wien vom "
           "25.6.2013 im Zusammenhang mit den Wiener Kinderheimen, sogar schriftlich im Antrag. (Beifall bei der FPÖ.)",
           "Präsident Mag. Wolfgang Sobotka: Zu Wort gemeldet ist Abgeordnete Klubobfrau Maurer. – Bitte."],
    # the wording of an earlier interjection of an unnamed member of a party, given in another member's interjection, is
    # null (rule 1886); the word the president objected to, used by an unnamed member, is null (rules 573, 1841)
    quotes=[("„Raus mit dem Rechtsextremen!“", None),
            ("„Rollkommando“", None)],
    aliases={})

# --- Nationalrat, XXVI. GP, 42nd sitting: Jörg Leichtfried asks for a call to order ('sprechende Raute') ---

DOENMEZ = "Dönmez"

add(id="ho307-parl-nr-xxvi-42-leichtfried-doenmez",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVI/NRSITZ/NRSITZ_00042/A_-_14_45_54_00188535.html",
    retrieved="same address (stored page of the stenographic protocol of the 42nd sitting of the Nationalrat, XXVI. GP; "
              "the time lines '14.45' and '14.46' and the separator '*****' dropped as furniture (rule 575); no title line "
              "(rules 18, 32); the interjections in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Abgeordneter Mag. Jörg Leichtfried (SPÖ) (zur Geschäftsbehandlung): Frau Präsidentin! Geschätzte Kolleginnen "
           "und Kollegen! Herr Abgeordneter Dönmez hat soeben in seiner Rede die Kanzlerin der Bundesrepublik Deutschland "
           "als „sprechende Raute“ bezeichnet. Das ist meines Erachtens erstens absolut inakzeptabel, zweitens dieses "
           "Hauses unwürdig. Ich beantrage daher einen Ordnungsruf. (Beifall bei SPÖ und Liste Pilz. – Zwischenruf des "
           "Abg. Dönmez.)",
           "Präsidentin Anneliese Kitzmüller: Herr Abgeordneter! Ich habe es nicht gehört, tut mir leid. Ich werde mir das "
           "Protokoll kommen lassen, mir den Zusammenhang anschauen und in der nächsten Sitzung, wenn ich wieder den "
           "Vorsitz habe, eventuell von der Möglichkeit Gebrauch machen, da einen Ordnungsruf zu erteilen. (Abg. "
           "Schieder: Das geht ja nimmer! – Abg. Hafenecker: Ist ja bei mir auch gegangen! – Abg. Rosenkranz: Das ist ja "
           "heute schon einmal gegangen!) – Das geht, Herr Abgeordneter! Nach § 103 Abs. 2 GOG ist es möglich, am Beginn "
           "der nächsten Sitzung.",
           "Als Nächster gelangt Herr Abgeordneter Nehammer zu Wort. – Bitte, Herr Abgeordneter. (Abg. Gudenus: Das Beste "
           "kommt zum Schluss!)"],
    # a phrase the speaker says a named member used in his speech is that member's (rules 572, 1870)
    quotes=[("„sprechende Raute“", DOENMEZ)],
    aliases={DOENMEZ: ["Dönmez", "Herr Abgeordneter Dönmez", "Abg. Dönmez"]})

# --- Nationalrat, XXVII. GP, 133rd sitting: Doris Bures gives Georg Bürstmayr a call to order ('Lüge') ---

BUERSTMAYR = "Bürstmayr"

add(id="ho307-parl-nr-xxvii-133-bures-buerstmayr",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVII/NRSITZ/NRSITZ_00133/A_-_17_38_34_00257873.html",
    retrieved="same address (stored page of the stenographic protocol of the 133rd sitting of the Nationalrat, XXVII. GP; "
              "the separator lines '*****' before and after the ruling dropped as furniture (rule 575); no title line "
              "(rules 18, 32); the interjections in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Präsidentin Doris Bures: Herr Abgeordneter Bürstmayr, Sie wissen es genau – und ich glaube, deshalb haben Sie "
           "es auch noch so besonders betont (Abg. Hafenecker: Er steht unter Medikamenteneinfluss, er kann nichts dafür!) "
           "–, dass der Ausdruck und der Vorwurf der Lüge im Parlament immer einen Ordnungsruf nach sich zieht. (Abg. "
           "Bürstmayr: Ich nehme diesen Ordnungsruf zur Kenntnis, Frau Präsidentin!) – Ja, das habe ich mir gleich "
           "gedacht, Herr Abgeordneter (Abg. Bürstmayr: Ich nehme ihn zur Kenntnis!), aber ich mache Sie darauf "
           "aufmerksam, dass Sie das in diesem Haus als Unwahrheit benennen können, das steht Ihnen zu, oder als "
           "tatsachenwidrig. Wo Sie das sonst so benennen, ist Ihnen unbenommen.",
           "Hier im Hohen Haus haben wir diese Regel, und die gilt auch für Sie, deshalb erteile ich Ihnen für den Ausdruck "
           "„Lüge“ einen Ordnungsruf. (Beifall des Abg. Angerer.)"],
    # the expression for which the president gives the member she addresses a call to order is his (rule 1885)
    quotes=[("„Lüge“", BUERSTMAYR)],
    aliases={BUERSTMAYR: ["Bürstmayr", "Herr Abgeordneter Bürstmayr", "Abg. Bürstmayr"]})

# --- Nationalrat, XXVIII. GP, 50th sitting: Nikolaus Scherak on a word of Zanger ---

ZANGER = "Zanger"

add(id="ho307-parl-nr-xxviii-50-scherak-zanger",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVIII/NRSITZ/50/A_-_20_42_31_00865445.html",
    retrieved="same address (stored page of the stenographic protocol of the 50th sitting of the Nationalrat, XXVIII. GP; "
              "the marginal number 'RN/191', the time lines '20.42' and '20.43' and the status note 'Die angezeigte Rede "
              "ist noch nicht nach § 52 Abs. 2 GOG-NR autorisiert.' dropped as furniture (rule 575); the trailing space "
              "after the paragraph dropped; no title line (rules 18, 32); the interjections in parentheses kept as "
              "published (rule 20); complete)",
    license=PK,
    paras=["Abgeordneter Dr. Nikolaus Scherak, MA (NEOS) (zur Geschäftsbehandlung): Vielen Dank, Frau Präsidentin. – Sie "
           "haben ja gerade Kollegen Zanger darauf aufmerksam gemacht, wie man einen etwaigen Ordnungsruf verlangen kann. "
           "Wenn ich Kollegen Zanger richtig verstanden habe, hat er ein bisschen darüber schwadroniert (Abg. Kassegger "
           "[FPÖ]: Nicht schwadroniert! Schwadroniert ist wertend!), was er denn heute oder morgen sein kann, und hat "
           "diesbezüglich gesagt: Ich könnte „ein Warmer“ sein! – Ich glaube nicht, dass der Begriff und die "
           "Begrifflichkeiten „ein Warmer“ etwas ist, das der Würde des Hauses entspricht. (Abg. Leinfellner [FPÖ]: Geh, "
           "bitte! – Weitere Zwischenrufe bei der FPÖ.) Wenn er der Meinung ist, dass er heute ein Homosexueller sein kann "
           "und morgen heterosexuell, kann er das gerne sagen, aber ich glaube, die Begrifflichkeit warm hat in diesem "
           "Haus nichts verloren. (Abg. Kassegger [FPÖ]: Sprachpolizei! – Abg. Belakowitsch [FPÖ]: Die "
           "NEOS-Sprachpolizei!) Ich würde Sie bitten, sich das Protokoll zu holen und, falls das wirklich so geäußert "
           "wurde, auch einen entsprechenden Ordnungsruf zu erteilen. (Beifall bei NEOS, ÖVP, SPÖ und Grünen. – "
           "Zwischenruf des Abg. Leinfellner [FPÖ]. – Abg. Belakowitsch [FPÖ]: Man muss ablenken vom Versagen des eigenen "
           "Bildungsministers!)"],
    # the words the speaker says a named member used, and the same words repeated as 'der Begriff', are that member's
    # (rules 1841, 1870)
    quotes=[("„ein Warmer“", ZANGER, 0),
            ("„ein Warmer“", ZANGER, 1)],
    aliases={ZANGER: ["Zanger", "Kollegen Zanger"]})

# --- Nationalrat, XXVIII. GP, 9th sitting: Walter Rosenkranz on a minister's word 'schäbig' ---

MINISTER = "Minister"

add(id="ho307-parl-nr-xxviii-9-rosenkranz-schaebig",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVIII/NRSITZ/9/A_-_16_05_13_00761803.html",
    retrieved="same address (stored page of the stenographic protocol of the 9th sitting of the Nationalrat, XXVIII. GP; "
              "the marginal number 'RN/55' dropped as furniture (rule 575); no title line (rules 18, 32); the "
              "interjections in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Präsident Dr. Walter Rosenkranz: Weil der Zwischenruf gekommen ist, der Herr Minister habe auch das Wort "
           "„schäbig“ verwendet (Ruf: Der soll zurücktreten!): Grundsätzlich kann man nach § 102 der Geschäftsordnung "
           "Personen, die hier sind – also auch einem Minister –, einen Ordnungsruf erteilen, nur war das Wort nicht an "
           "irgendjemanden hier im Haus gerichtet, sondern an eine Organisation. (Abg. Hafenecker [FPÖ]: Er ist aber "
           "Abgeordneter auch! Er ist auch Abgeordneter, bitte! – Abg. Leichtfried [SPÖ]: Zuhören! – Abg. Shetty [NEOS]: "
           "Jetzt hört doch einmal zu, was er sagt!) Er hat aber nicht sich selbst die Bezeichnung gegeben, er hat sie für "
           "eine Organisation, eine Institution, eine NGO – wie auch immer – außerhalb des Parlaments verwendet. Es gibt "
           "manchmal feine Unterschiede in der Auslegung der Geschäftsordnung. (Ruf bei der FPÖ: Das ist ja noch "
           "schäbiger! – Abg. Martin Graf [FPÖ]: Das ist ja noch schäbiger! Leute, die sich nicht wehren können ...!) – "
           "Herr Abgeordneter Graf, bitte unterlassen Sie diese Form der Zwischenrufe, wir brauchen die Stimmung nicht in "
           "irgendeiner Art und Weise aufgeheizt.",
           "Der von Frau Abgeordneter Fürst eingebrachte Entschließungsantrag ist ausreichend unterstützt, er wurde im "
           "Saal aufgrund seines Umfanges auch verteilt und steht damit mit in Verhandlung.",
           "Als Nächster zu Wort gemeldet ist Herr Abgeordneter Gödl. Eingestellte Redezeit: 5 Minuten."],
    # a word the president confirms a minister present in the house used, the minister named only by his office: the
    # description is the speaker (rules 10, 1887)
    quotes=[("„schäbig“", MINISTER)],
    aliases={MINISTER: ["Minister", "Herr Minister"]})

# --- Nationalrat, XXVII. GP, 183rd sitting: Norbert Hofer's calls to order ('Rechtsbrecher', 'Lügner') ---

add(id="ho307-parl-nr-xxvii-183-hofer-rechtsbrecher",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/183/A_-_21_05_04_00282509.html",
    retrieved="same address (stored page of the stenographic protocol of the 183rd sitting of the Nationalrat, XXVII. GP; "
              "the separator lines '*****' before the president's statement and before the last line dropped as furniture "
              "(rule 575); no title line (rules 18, 32); the interjections in parentheses and the broken-off sentences "
              "'- -' kept as published (rule 20); complete)",
    license=PK,
    paras=["Präsident Ing. Norbert Hofer: Herr Abgeordneter! Herr Abgeordneter, ich bitte um eine kurze Pause! Erstens, "
           "Herr Abgeordneter - - (Ruf: Ruhe! – Rufe bei der FPÖ: Und Sie sind Polizist? Das ist eine Schande! – Gerstl, "
           "da würd’ ich mich auch schämen!) – Bitte, ich würde wirklich ersuchen, sich - - (Ruf bei der FPÖ: Es ist zum "
           "Schämen!) Sie haben - - (Anhaltende Rufe und Gegenrufe zwischen Abgeordneten der FPÖ und Abg. Gerstl.) – Das "
           "Mikrofon ist nicht aufgedreht, Herr Abgeordneter. Herr Abgeordneter, ich bitte Sie kurz um eine Pause! "
           "(Anhaltende Zwischenrufe bei der FPÖ.) – Ich darf auch euch um eine Pause bitten. (Abg. Stefan: Es ist zum "
           "Schämen! – Abg. Hafenecker: Unglaublich! – Ruf bei der FPÖ: Den Klubobmann als kriminell zu ... ist ein "
           "Wahnsinn!)",
           "Ich erteile erstens einen Ordnungsruf für den Vorwurf, dass jemand ein „Rechtsbrecher“ sei (Abg. Hafenecker: "
           "Sie sind eine Schande für die Polizei!), und zweitens einen für den Vorwurf „Lügner“ und bitte, dass sich alle "
           "wieder beruhigen und die Rede fortgesetzt wird. (Abg. Hafenecker: Sie sind eine Schande für die Polizei ...! – "
           "Abg. Stefan: Das hat eine neue Dimension von der ÖVP! Das ist eine Schande! Eine Schande ist das! – "
           "Zwischenrufe der Abgeordneten Amesbauer, Deimek, Lausch und Stögmüller.)",
           "Bitte, Herr Abgeordneter."],
    # calls to order for reproaches whose author the president does not name are null, although the interjections point
    # at a member (rule 1888; rule 573)
    quotes=[("„Rechtsbrecher“", None),
            ("„Lügner“", None)],
    aliases={})

# --- Nationalrat, XXVII. GP, 262nd sitting: Norbert Hofer on the words used in the debate ---

add(id="ho307-parl-nr-xxvii-262-hofer-praesidiale",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/262/A_-_12_03_50_00323588.html",
    retrieved="same address (stored page of the stenographic protocol of the 262nd sitting of the Nationalrat, XXVII. GP; "
              "no title line (rules 18, 32); the interjections in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Präsident Ing. Norbert Hofer: Meine sehr verehrten Damen und Herren, es gab jetzt auch einen Antrag zur "
           "Geschäftsordnung; Herr Doktor, dafür bin ich sehr dankbar.",
           "Ich habe mir diese Debatte sehr genau angehört, als ich übernommen habe. Mir sind diesmal viele Dinge "
           "aufgefallen, und ich bin sehr dafür, dass wir für die nächste Sitzung in der Präsidiale zusammentragen, welche "
           "Wörter hier gefallen sind. Es ist gefallen: „feig“, „sind Sie noch bei Sinnen?“ (Abg. Maurer: Also bitte!) und "
           "viele, viele andere Dinge, die mir aufgefallen sind. (Zwischenrufe bei SPÖ und Grünen.) – Nein, es ist nicht "
           "eines. Ich habe ja nicht gesagt, von wem das gefallen ist, Herr Kollege.",
           "Ich würde jetzt vorschlagen, dass wir das zusammensammeln, in der nächsten Präsidiale besprechen, weil ich ja "
           "auch glaube, dass es bei einigen Wörtern Ordnungsrufe gibt, die vielleicht gar nicht mehr zeitgemäß sind (Abg. "
           "Leichtfried: Aber man hätte den Herrn Kickl unterbrechen können, wie das andere Präsidenten tun!), und bei "
           "anderen Wörtern vielleicht diese Ordnungsrufe auch treffender wären. Wenn es darum geht, dass Institutionen "
           "nicht anders benannt und Namen nicht verunglimpft werden sollen, bin ich sehr dafür; und ich bin auch dafür, "
           "dann festzulegen, für welche Institutionen das gelten soll, ob vielleicht auch Parteinamen oder andere Dinge "
           "davon betroffen sein sollen. (Zwischenruf der Abg. Meinl-Reisinger.) Schauen wir uns das bitte in Ruhe an und "
           "versuchen wir jetzt bitte, die Sitzung, die Debatte so durchzuführen, dass die Menschen in Österreich davon am "
           "meisten haben.",
           "Herr Generalsekretär, Herr Abgeordneter, bitte schön. (Ruf bei der SPÖ: Diese Einsicht ... ein bissl spät! – "
           "Abg. Greiner: Das ist doch keine Einsicht!)"],
    # words that fell in the debate, which the president lists and expressly does not attribute, are null (rule 573)
    quotes=[("„feig“", None),
            ("„sind Sie noch bei Sinnen?“", None)],
    aliases={})

# --- Nationalrat, XXVIII. GP, 23rd sitting: Walter Rosenkranz on 'Kurpfuscherei' ---

add(id="ho307-parl-nr-xxviii-23-rosenkranz-kurpfuscherei",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVIII/NRSITZ/23/A_-_11_02_52_00791369.html",
    retrieved="same address (stored page of the stenographic protocol of the 23rd sitting of the Nationalrat, XXVIII. GP; "
              "the marginal number 'RN/18' dropped as furniture (rule 575); no title line (rules 18, 32); the interjections "
              "in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Präsident Dr. Walter Rosenkranz: Bevor ich den nächsten Redner aufrufe: Herr Klubobmann Kickl hat in seiner "
           "Rede den Ausdruck Kurpfuscherei verwendet. Wir haben uns hier im Haus darauf verständigt, dass der Vorwurf "
           "strafbarer Taten generell nicht der Würde des Hauses angemessen ist. § 184 StGB sieht den Begriff "
           "„Kurpfuscherei“ als Überschrift vor. Ich möchte daher fragen, ob Sie diesen Ausdruck zurücknehmen. (Abg. Kickl "
           "[FPÖ]: Nein!) – Dann erteile ich Ihnen einen Ordnungsruf. (Abg. Kickl [FPÖ]: Danke! – Abg. Krainer [SPÖ]: So "
           "ein rüpelhaftes Verhalten! – Beifall des Abg. Schallmeiner [Grüne]. – Abg. Krainer [SPÖ]: Ein Rüpel – und "
           "stolz drauf!)",
           "Als Nächster zu Wort gemeldet ist Herr Abgeordneter Fuchs. Eingemeldete Redezeit: 7 Minuten."],
    # the marked span is the heading of a provision of the criminal code, not the member's use of the word (rule 1889)
    quotes=[("„Kurpfuscherei“", None)],
    aliases={})
