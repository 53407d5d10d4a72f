# Hundred-and-fifty-second held-out German real-news set (tests/data/heldout152-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1170). None
# of these pages is in any tests/data/*.jsonl (checked by URL and page address against every address named in the modules,
# SOURCES.md files and jsonl files of tests/data and of the other helpers' worktrees, and by the speakers' names and a
# distinctive 8-word phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-fifty-second held-out set" of SOURCES.md: statements of the Secretaries General of
# the Council of Europe (Europarat), 2006-2016 — Terry Davis in two releases of the Council's press office (coe.int/T/D,
# read in the archived copy on replay.web.archive.org), Thorbjørn Jagland in a release of the Directorate of Communication
# (wcd.coe.int) and in a news item of the portal coe.int/de (licence COE: excerpts of under 500 words with the Council of
# Europe credited). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), and each retrieval note names what was dropped. Unmarked middle paragraphs of a multi-paragraph statement are
# not annotated (rule 46).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
DAVIS = "Terry Davis"

# --- 2016: Jagland on the first anniversary of the Charlie Hebdo attacks (rule 1172) ---

TE_TITLE = 'Wie Europa den Terrorismus besiegen kann'
TE_P1 = ('Durch eine „entschlossene, unnachgiebige und von den Menschenrechten geprägte“ Reaktion gegenüber bewaffneten '
         'Fanatikern können die Demokratien den Terrorismus besiegen, so der Generalsekretär des Europarates, Thorbjørn '
         'Jagland.')
TE_P2 = ('Anlässlich des ersten Jahrestages der Anschläge auf die Zeitschrift Charlie Hebdo und einen jüdischen Supermarkt in '
         'Paris erläuterte er sein Programm zur Bekämpfung von Terroristen und deren „zum Scheitern verurteilte und rückwärts '
         'gewandte Ideologie“.')
TE_P3 = ('Der Generalsekretär gab zu Bedenken, dass „die antiterroristischen Maßnahmen nicht unsere demokratischen Systeme '
         'gefährden und uns dazu verleiten sollten, den Optimismus einzuschränken und unsere Freiheit zu opfern“.')
TE_P4 = ('Zwölf Menschen kamen bei dem Anschlag islamistischer Attentäter in der Redaktion der Zeitschrift ums Leben, darunter '
         'Herausgeber Stephane Charbonnier.')
TE_P5 = 'Am nächsten Tag erschoss Amedy Coulibaly eine Polizistin und tötete in einem koscheren Supermarkt weitere vier Menschen.'

add(id="ho152-coe-2016-01-07-jagland-terrorismus-besiegen",
    title=TE_TITLE,
    url="https://coe.int/de/web/portal/terrorism-and-human-rights-news/-/asset_publisher/tAWO07mTaocO/content/how-europe-can-"
        "defeat-terrorism",
    retrieved="same address (news item of 7 January 2016 ('Generalsekretär Straßburg 7. Januar 2016'), complete as stored; "
              "the link word 'Zurück' before the heading, the photo caption (given twice: 'Auf Einladung Präsident Hollandes "
              "… Foto: AFP'), the footer line with the date and the page's French buttons dropped (rules 14, 93))",
    license=COE,
    paras=[TE_P1, TE_P2, TE_P3, TE_P4, TE_P5],
    quotes=[(cut(TE_P1, '„entschlossene', 'geprägte“'), JAGLAND),
            (cut(TE_P2, '„zum Scheitern', 'Ideologie“'), JAGLAND),
            (cut(TE_P3, '„die antiterroristischen', 'opfern“'), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates", "Generalsekretär"]})

# --- 2016: Jagland on the attack in Nice; a three-paragraph statement (rules 46, 1171) ---

NI_TITLE = ('Generalsekretär Jagland verurteilt Terroranschlag in Nizza und sichert Frankreich die Solidarität des Europarates '
            'zu')
NI_P1 = ('Straßburg, 15.07.2016 – „Am 14. Juli feiern Frankreich und die ganze Welt die Geburt der französischen Republik und '
         'findet der Ruf nach ‚Freiheit, Gleichheit und Brüderlichkeit’ in den Herzen aller Demokraten Widerhall. Ausgerechnet '
         'an diesem Tag wurde Frankreich, das Gastgeberland des Europarates, zum Schauplatz eines weiteren tödlichen '
         'Anschlags.')
NI_P2 = ('Unsere Organisation steht dem Volke Frankreichs, seinen Behörden und unseren zahlreichen französischen Kollegen '
         'solidarisch zur Seite. Wir betrauern die Opfer und stellen uns mit Entschlossenheit den Terroristen entgegen, deren '
         'Angriff auf unsere Werte nicht erfolgreich sein wird.')
NI_P3 = ('Die Menschenrechte und die Rechtsstaatlichkeit sind das Herz unserer Demokratie. Wir werden diesen Grundsätzen treu '
         'bleiben und stärker als jene sein, die sie zerstören wollen“, so der Generalsekretär des Europarates, Thorbjørn '
         'Jagland.')

add(id="ho152-coe-2016-07-15-jagland-nizza",
    title=NI_TITLE,
    url="https://wcd.coe.int/ViewDoc.jsp?p=&id=2436579&Site=DC&BackColorInternet=F5CA75&BackColorIntranet=F5CA75&"
        "BackColorLogged=A9BACE&direct=true",
    retrieved="same address (press release DC 131 (2016) of 15 July 2016, complete as stored; the letterhead line "
              "'T +33(0)388412560 www.coe.int …', the reference line 'Ref. DC 131 (2016)' and the contact block "
              "('Kontakt: Daniel Höltgen, Sprecher des Generalsekretärs, … Estelle Steiner, Pressereferentin, …') dropped "
              "(rule 93))",
    license=COE,
    paras=[NI_P1, NI_P2, NI_P3],
    quotes=[(NI_P1[NI_P1.index('„Am 14. Juli'):], JAGLAND),
            (cut(NI_P3, 'Die Menschenrechte', 'wollen“'), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Generalsekretär des Europarates", "Generalsekretär"]})

# --- 2006: Terry Davis on the death sentence for Saddam Hussein; the mark is never closed (rule 1170) ---

IR_TITLE = 'Generalsekretär des Europarates: Das irakische Volk braucht Gerechtigkeit, keine Vergeltung'
IR_P1 = ('Straßburg, 05.11.2006 – Erklärung von Terry Davis, Generalsekretär des Europarates, als Reaktion auf die Verhängung '
         'der Todesstrafe für Saddam Hussein.')
IR_P2 = ('„Saddam Hussein war ein unbarmherziger Diktator und er muss für seine Verbrechen bezahlen. Es wäre jedoch falsch und '
         'sinnlos, ihn hinzurichten. Das irakische Volk braucht Gerechtigkeit und keine Vergeltung. Ein durch Gewalt und Tod '
         'verwüstetes Land braucht nicht noch mehr Gewalt, insbesondere keine vom Staat vollzogene Hinrichtung. Saddam Hussein '
         'ist ein Krimineller und man sollte ihm nicht erlauben, ein Märtyrer zu werden.')

add(id="ho152-coe-2006-11-05-davis-irak",
    title=IR_TITLE,
    url="http://replay.web.archive.org/20100221205445/http:/www.coe.int/T/D/Kommunikation_und_politische_Forschung/"
        "Presse_und_Online_Info/Presseinfos/2006/20061105-666-SGIrak.asp",
    retrieved="same address (archived copy of the press office's release 666d06 of 5 November 2006, complete as stored; the "
              "site's navigation ('FÜR DIE PRESSE … Events'), the lines 'Pressemitteilungen' and 'Pressestelle des "
              "Europarates', the list line '06/11/06 Generalsekretär des Europarates: …' (the heading with its date), the "
              "release number '666d06' and the contact block ('Pressekontakt … www.coe.int/press') dropped (rule 93); the "
              "heading is kept once as title)",
    license=COE,
    paras=[IR_P1, IR_P2],
    quotes=[(IR_P2, DAVIS)],
    aliases={DAVIS: ["Terry Davis", "Generalsekretär des Europarates"]})

# --- 2006: Terry Davis five years after 11 September 2001; the statement is cut off in the stored copy (rule 1170) ---

NY_TITLE = 'Fünf Jahre nach dem 11. September 2001: Erklärung von Europarats-Generalsekretär Terry Davis'
NY_P1 = ('Straßburg, 8 September 2006 – „Die Anschläge des 11. September 2001 waren ein schreckliches Verbrechen, das von '
         'Menschen begangen wurden, die keinerlei Menschlichkeit besitzen. Fünf Jahre später sind unsere Gedanken immer noch '
         'bei den Familien der Männer, Frauen und Kinder, die in New York, Philadelphia und Washington ums Leben kamen. Ich '
         'möchte bei dieser Gelegenheit die Solidarität der Europäer mit unseren Freunden in den Vereinigten Staaten von '
         'Amerika zum Ausdruck bringen. Wir wurden alle zu Zielen der Terroristen und die jüngsten Anschläge in mehreren '
         'europäischen Städten führen uns auf drastische Weise vor Augen, dass Extremisten bereit sind, gegen jeden '
         'zuzuschlagen - jederzeit und überall.')

add(id="ho152-coe-2006-09-08-davis-11-september",
    title=NY_TITLE,
    url="http://replay.web.archive.org/20100221205445/http:/www.coe.int/T/D/Kommunikation_und_politische_Forschung/"
        "Presse_und_Online_Info/Presseinfos/2006/20060908-496-Sg-Terror.asp",
    retrieved="same address (archived copy of the press office's release of 8 September 2006; the site's navigation "
              "('FÜR DIE PRESSE … Events'), the lines 'Pressemitteilungen' and 'Pressestelle des Europarates' and the list "
              "line '08/09/06 Fünf Jahre nach …' dropped (rule 93), the heading kept once as title; the second paragraph of "
              "the statement ('Es ist unser gemeinsames Interesse … weil sie sie daran hi'), cut off in the stored copy, "
              "dropped (rules 15, 1170))",
    license=COE,
    paras=[NY_P1],
    quotes=[(NY_P1[NY_P1.index('„Die Anschläge'):], DAVIS)],
    aliases={DAVIS: ["Terry Davis", "Europarats-Generalsekretär Terry Davis"]})
