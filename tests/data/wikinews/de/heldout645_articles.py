# Six-hundred-and-forty-fifth held-out German real-news set (tests/data/heldout645-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3910-3913). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# repost's address slug, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-forty-fifth held-out set": nine releases of German police authorities, a
# Land ministry, the federal customs administration and a city fire brigade sent over ots by news aktuell - eight read in the
# senders' newsrooms on presseportal.de (blaulicht): four of NRW police authorities (Polizei Duisburg, Elke Bartels's farewell
# and Alexander Dierselhuis's first day, April 2022; Polizeipräsidium Oberhausen, Sylke Sackermann's inauguration, January
# 2024, and Dierselhuis on new civilian staff, September 2020; Polizei Gelsenkirchen, Heidi Fahrenholz welcoming 39 officers,
# September 2019; Polizei Bochum, Jörg Lukat's invitation to the crime statistics, February 2023; licence OTS_POLIZEI_SENDER),
# two of the Ministerium des Innern des Landes Nordrhein-Westfalen (Herbert Reul on Dierselhuis for Duisburg, March 2022, and
# on Falk Schnabel for Köln, with Schnabel's answer, March 2022; OTS_PUBLIC, as the 499th and 605th sets took its releases) and
# one of the Generalzolldirektion (Colette Hercher taking office, August 2018; OTS_ZOLL) - and one release of the Feuerwehr
# Essen (Thomas Kufen at the 50th anniversary of the city's youth fire brigade, March 2017) as reposted with its '(ots)'
# dateline and contact block by the news aggregator de.nepoli.eu (OTS_PUBLIC_REPOST_NEPOLI, new in licences.py; caveats in
# SOURCES.md). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), the presseportal and portal furniture (date prefixes, newsroom labels, image lines,
# contact blocks, footers) is dropped (rules 2541, 2610, 3110, 3220, 3380, 3610, 3910), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_SENDER, OTS_PUBLIC, OTS_PUBLIC_REPOST_NEPOLI, OTS_ZOLL  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


BARTELS = "Elke Bartels"
DIERSELHUIS = "Alexander Dierselhuis"
REUL = "Herbert Reul"
SACKERMANN = "Sackermann"
FAHRENHOLZ = "Heidi Fahrenholz"
KUFEN = "Thomas Kufen"
SCHNABEL = "Falk Schnabel"
HERCHER = "Colette Hercher"
LUKAT = "Jörg Lukat"

# --- presseportal.de (ots), 1 April 2022: Polizei Duisburg, Elke Bartels's farewell and Alexander Dierselhuis's first day ---

DU_T = "POL-DU: Innenminister Reul ernennt Alexander Dierselhuis zum neuen Präsidenten"
DU_P1 = ("Der erste Arbeitstag in Duisburg startete festlich für den neuen Polizeipräsidenten Alexander Dierselhuis. Im Steinhof "
         "erwartete ihn heute um 10 Uhr eine Feierstunde, zu der Innenminister Herbert Reul eingeladen hatte. Vor etwa 35 "
         "geladenen Gästen überreichte der Minister dem neuen Präsidenten Blumenstrauß und Urkunde. Zu Beginn der Veranstaltung "
         "wurde aber zunächst die Amtsvorgängerin, die pensionierte Polizeipräsidentin Dr. Elke Bartels offiziell verabschiedet. "
         "Am Rande der Veranstaltung sagte sie: \"Es war eine spannende, intensive, herausfordernde, aber oft auch schöne Zeit "
         "beim PP Duisburg. Ich wünsche Alexander Dierselhuis, dass ihn das Amt des Präsidenten ebenso sehr erfüllt wie mich.\" "
         "Dessen kann sich Elke Bartels sicher sein. Der neue Präsident spricht in seiner Rede von seinem Traumjob: \"Ich freue "
         "mich auf diese neue Aufgabe, weil ich die Möglichkeit bekomme, die Sicherheitsachitektur dieser Stadt mitzugestalten, "
         "um das Leben hier noch sicherer und damit lebenswerter zu machen\". Abgerundet wurde die Veranstaltung durch Auftritte "
         "mehrerer Künstler. Unter anderem traten eine Beamtin und ein Beamter der Kriminalwache des PP Duisburg mit Gesang und "
         "Gitarre auf.")

add(id="ho645-ots-2022-04-pol-du-dierselhuis-bartels-amtseinfuehrung",
    title=DU_T,
    url="https://www.presseportal.de/blaulicht/pm/50510/5186841",
    retrieved="same address (release of the Polizei Duisburg sent over news aktuell, 1 April 2022: the date prefix ' date "
              "2022-04', 'heute' and 'Der erste Arbeitstag' of the new president, who took office on 1 April 2022 as the "
              "ministry's release of 8 March 2022, also in this set, announces); the date prefix and the newsroom label 'Polizei "
              "Duisburg' dropped (rules 2610, 3910); the headline with its service code 'POL-DU:' is the first line and the "
              "dateline 'Duisburg (ots)' a line of its own, as stored; the heading 'Ein paar Fakten über Alexander Dierselhuis:' "
              "and the list under it, whose first item the stored copy breaks off inside the commission's name ('- 38 Jahre alt, "
              "… 2018: Geschäftsführer der Regierungskommission \"'), dropped as cut off with its dangling heading (rules 15, "
              "3910); 'Sicherheitsachitektur' and the full stop after the closing mark ('zu machen\".') kept as published (rule "
              "20))",
    license=OTS_POLIZEI_SENDER,
    paras=["Duisburg (ots)", DU_P1],
    # the colon quotation after `Am Rande der Veranstaltung sagte sie:` is Elke Bartels's, the `sie` taking up the predecessor
    # named in the sentence before, not the minister who invited (rules 8, 9, 30); her canonical name drops the academic title
    # (rule 2065); `Dessen kann sich Elke Bartels sicher sein.` is the press office's comment without marks (rule 5); the colon
    # quotation after `Der neue Präsident spricht in seiner Rede von seinem Traumjob:` is Dierselhuis's, the role noun taking up
    # the new president of the lead although Bartels is the name nearest before it (rules 9, 30); Herbert Reul, the Minister and
    # the artists say nothing in marks; `Polizeipräsidentin` and `Amtsvorgängerin` name only Bartels, `Präsident` only
    # Dierselhuis, and are aliases (rule 44)
    quotes=[(cut(DU_P1, "\"Es war", "wie mich.\""), BARTELS),
            (cut(DU_P1, "\"Ich freue", "zu machen\""), DIERSELHUIS)],
    aliases={BARTELS: ["Elke Bartels", "Dr. Elke Bartels", "Polizeipräsidentin", "Amtsvorgängerin"],
             DIERSELHUIS: ["Alexander Dierselhuis", "Präsident"]})

# --- presseportal.de (ots), 8 March 2022: NRW Ministry of the Interior, Alexander Dierselhuis new police president in Duisburg ---

IMD_T = ("Innenministerium NRW: Duisburg: Alexander Dierselhuis wird neuer Polizeipräsident Innenminister Reul: \"Ein Experte "
         "der inneren Sicherheit mit einem juristischen Kopf\"")
IMD_P1 = ("Alexander Dierselhuis wird neuer Polizeipräsident in Duisburg. Das hat das Landeskabinett auf Vorschlag von "
          "Innenminister Herbert Reul am Dienstag, 8. März 2022, beschlossen. \"Alexander Dierselhuis ist für die Stelle ganz "
          "besonders gut geeignet. Er hat Erfahrung im Kampf gegen Organisierte Kriminalität, gegen Clan-Kriminelle und gegen "
          "kriminelle Rocker-Banden. Er ist ein Experte der inneren Sicherheit mit einem juristischen Kopf - eine Gabe, die bei "
          "der Zusammenarbeit zwischen Polizei und Justiz enorm helfen wird\", sagte Reul.")
IMD_P2 = ("Der 38-jährige Alexander Dierselhuis ist derzeit Polizeipräsident in Oberhausen und leitet die dortige Behörde seit "
          "dem 1. August 2019. Nach seinem Grundwehrdienst bei der Luftwaffe absolvierte Dierselhuis eine Ausbildung zum "
          "Reserveoffizier. Es folgte ein erfolgreich abgeschlossenes Studium der Rechtswissenschaften in Trier und das "
          "Rechtsreferendariat in Duisburg. Von 2011 bis 2019 arbeitete der gebürtige Neusser als Staatsanwalt in Düsseldorf. "
          "Ab 2015 war er als Staatsanwalt in der Abteilung für Organisierte Kriminalität der Staatsanwaltschaft Düsseldorf "
          "tätig. Dort hat er insbesondere Fälle aus den Bereichen Wohnungseinbruchdiebstahl, Menschenhandel und Zuhälterei, "
          "Schleusung sowie Rockerkriminalität bearbeitet. Im Februar 2018 wurde er als Geschäftsführer der Regierungskommission "
          "\"Mehr Sicherheit für Nordrhein-Westfalen\" unter dem Vorsitzenden Wolfgang Bosbach in die Staatskanzlei "
          "Nordrhein-Westfalen berufen.")

add(id="ho645-ots-2022-03-08-im-nrw-dierselhuis-duisburg-reul",
    title=IMD_T,
    url="https://www.presseportal.de/blaulicht/pm/56636/5165729",
    retrieved="same address (press release of the Ministerium des Innern des Landes Nordrhein-Westfalen of 8 March 2022 by "
              "its text, sent over news aktuell and shown in its newsroom in the blaulicht section); the date prefix ' date "
              "2022-03' and the newsroom label 'Ministerium des Innern des Landes Nordrhein-Westfalen' dropped (rules 3610, "
              "3910); the headline with its label 'Innenministerium NRW:' and the subtitle run into it as stored is the first "
              "line (rules 18, 3110, 3911); the stored copy shows no dateline and none is added; the third paragraph, which "
              "holds Dierselhuis's own quotation and which the stored copy breaks off inside it ('Über seine Aufgaben als "
              "Polizeipräsident in Oberhausen und seine künftige Wirkungsstätte sagt Alexander Dierselhuis: \"Mein Fokus in "
              "Oberhausen lag auf der Erkenntnisgewinnung in den Bereichen'), dropped as cut off with its quotation (rules 15, "
              "52))",
    license=OTS_PUBLIC,
    paras=[IMD_P1, IMD_P2],
    # the headline quotation after the label `Innenminister Reul:` is Reul's although the headline before the label names
    # Dierselhuis as its subject (rules 26, 54, 3911), and the body's quotation closed by `sagte Reul` holds the same words
    # (rule 30); the appointee named inside the minister's quotation is its subject, not its speaker; the commission's name in
    # marks is null (rules 2, 24); Dierselhuis, whose own quotation is cut off in the store, the Landeskabinett and Wolfgang
    # Bosbach say nothing here; `Innenminister` names only Reul and is an alias (rule 44)
    quotes=[("\"Ein Experte der inneren Sicherheit mit einem juristischen Kopf\"", REUL),
            (cut(IMD_P1, "\"Alexander Dierselhuis ist", "helfen wird\""), REUL),
            ("\"Mehr Sicherheit für Nordrhein-Westfalen\"", None)],
    aliases={REUL: ["Herbert Reul", "Innenminister Herbert Reul", "Innenminister Reul", "Reul", "Innenminister"]})

# --- presseportal.de (ots), 8 January 2024: Polizeipräsidium Oberhausen, Sylke Sackermann's inauguration ---

OB_T = "POL-OB: Amtseinführung der neuen Polizeipräsidentin in Oberhausen"
OB_P1 = ("Am 08.01. wurde Frau Dr. Sackermann offiziell als neue Polizeipräsidentin in Oberhausen begrüßt. An der "
         "Veranstaltung im Ebertbad nahmen geladene Gäste, darunter Vertreterinnen und Vertreter aus Politik sowie "
         "verschiedener Behörden und Institutionen teil. Besonders erfreulich war die Anwesenheit der Polizeipräsidenten a. D., "
         "darunter die beiden ersten weiblichen Polizeipräsidentinnen in Oberhausen - sie alle gratulierten der neuen "
         "Behördenleiterin herzlich. Frau Dr. Sackermann ist nunmehr die dritte Frau, die die Polizeibehörde in Oberhausen "
         "leiten wird.")
OB_P2 = ("In Ihrer Rede dankte Frau Dr. Sackermann beim Innenminister Herbert Reul für das entgegengebrachte Vertrauen. "
         "Gleichzeitig richtete sie ihren Dank nicht nur an ihren Vorgänger, Alexander Dierselhuis, sondern auch an "
         "Polizeidirektor Dietmar Leyendecker, der die Funktion als stellvertretender Polizeipräsident nun fast schon zwei Jahre "
         "innehatte. Als gebürtige Oberhausenerin hob sie das Engagement der Menschen in ihrer Heimatstadt hervor: \"Ob die "
         "Senioren-Sicherheitsberater, die Verkehrswacht oder Menschen, die sich ehrenamtlich oder nach Dienstschluss engagieren "
         "- sie leisten einen wertvollen Beitrag für die Gesellschaft. Das ist wirklich bemerkenswert.\" Frau Dr. Sackermann "
         "schloss ihre Rede mit einem Appell an alle Anwesenden: \"Lassen Sie uns zusammenarbeiten, damit Oberhausen auch "
         "weiterhin eine sichere und lebenswerte Stadt bleibt.\"")

add(id="ho645-ots-2024-01-pol-ob-sackermann-amtseinfuehrung",
    title=OB_T,
    url="https://www.presseportal.de/blaulicht/pm/62138/5688165",
    retrieved="same address (release of the Polizeipräsidium Oberhausen sent over news aktuell, January 2024: the date prefix "
              "' date 2024-01' and 'Am 08.01.', the day of the ceremony); the date prefix, the newsroom label 'Polizeipräsidium "
              "Oberhausen' and the image lines 'Bild-Infos' / 'Download' dropped (rules 3610, 3910); the headline with its "
              "service code 'POL-OB:' is the first line and the dateline 'Oberhausen (ots)' a line of its own, as stored; the "
              "third paragraph, the new president's career, which the stored copy breaks off ('Sylke Sackermann wurde 1977 in "
              "Oberhausen geboren … wechselte sie zum Landesamt für'), dropped (rule 15), so that her first name does not occur "
              "in the kept text (rule 3913); 'In Ihrer Rede' with the capital and 'dankte … beim Innenminister' kept as "
              "published (rule 20))",
    license=OTS_POLIZEI_SENDER,
    paras=["Oberhausen (ots)", OB_P1, OB_P2],
    # the colon quotation after `Als gebürtige Oberhausenerin hob sie das Engagement … hervor:` is the new president's, the
    # `sie` taking up `Frau Dr. Sackermann`, the subject of the paragraph's first two sentences, not Dierselhuis or
    # Leyendecker named as objects of her thanks (rules 8, 9, 30); the colon quotation after `Frau Dr. Sackermann schloss ihre
    # Rede mit einem Appell an alle Anwesenden:` is hers (rule 9), the Anwesenden its addressees (rule 12); only the surname
    # with title and form of address occurs, so the surname is canonical and the forms with `Dr.` and `Frau Dr.` are aliases
    # (rules 7, 2065, 3913); Herbert Reul, Alexander Dierselhuis, Dietmar Leyendecker and the former presidents say nothing in
    # marks; `Polizeipräsidentin` names only her in the release and is an alias (rule 44), the plural `Polizeipräsidentinnen`
    # is another word
    quotes=[(cut(OB_P2, "\"Ob die", "bemerkenswert.\""), SACKERMANN),
            (cut(OB_P2, "\"Lassen Sie", "Stadt bleibt.\""), SACKERMANN)],
    aliases={SACKERMANN: ["Sackermann", "Dr. Sackermann", "Frau Dr. Sackermann", "Polizeipräsidentin"]})

# --- presseportal.de (ots), 2 September 2019: Polizei Gelsenkirchen, Heidi Fahrenholz welcomes 39 officers ---

GE_T = "POL-GE: 39 neue Polizistinnen und Polizisten begrüßt"
GE_P1 = ("39 neue Polizeibeamtinnen und Polizeibeamte begrüßte die stellvertretende Behördenleiterin Heidi Fahrenholz am "
         "Montag, 2. September 2019, im Polizeipräsidium. \"Wir freuen uns über die zahlreiche Unterstützung\", so die Leitende "
         "Polizeidirektorin bei der Begrüßungsrede. \"Sie sei aufgrund von Pensionierungen und Versetzungen in andere Behörden "
         "dringend notwendig gewesen\". In Gelsenkirchen gibt es genug zu tun\". Die neuen Polizistinnen und Polizisten werden "
         "fast ausschließlich in den beiden Wachen für die Sicherheit auf Gelsenkirchens Straßen sorgen. 31 Beamte kommen frisch "
         "aus der Ausbildung, acht waren zuvor bereits in anderen Polizeibehörden eingesetzt.")

add(id="ho645-ots-2019-09-pol-ge-fahrenholz-neue-polizisten",
    title=GE_T,
    url="https://www.presseportal.de/blaulicht/pm/51056/4363491",
    retrieved="same address (release of the Polizei Gelsenkirchen sent over news aktuell, 2 or 3 September 2019 by the date "
              "prefix ' date 2019-09' and the welcome on 'Montag, 2. September 2019'); the date prefix and the newsroom label "
              "'Polizei Gelsenkirchen' dropped (rules 2610, 3910); the headline with its service code 'POL-GE:' is the first "
              "line; the stored copy shows no dateline between headline and body and none is added (rule 3110); the copy ends "
              "after the body paragraph; the closing mark without an opening mark ('genug zu tun\".') and the full stops after "
              "the closing marks kept as published (rules 20, 22, 3912); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=[GE_P1],
    # the quotation before `so die Leitende Polizeidirektorin bei der Begrüßungsrede` is Heidi Fahrenholz's, the role phrase
    # taking up the deputy head of the lead (rule 30); the Konjunktiv sentence set wholly in marks right after it reports more
    # of her speech and is hers (rules 302, 2711); the indicative sentence closed by a mark without an opening mark after it
    # is hers too, its span starting at its first word (rules 22, 925, 3912); her `Wir` speaks for the police authority (rule
    # 2614); the officers welcomed say nothing; `Leitende Polizeidirektorin` and `stellvertretende Behördenleiterin` name only
    # her and carry no body's name, so they are aliases (rules 33, 44)
    quotes=[("\"Wir freuen uns über die zahlreiche Unterstützung\"", FAHRENHOLZ),
            (cut(GE_P1, "\"Sie sei", "notwendig gewesen\""), FAHRENHOLZ),
            ("In Gelsenkirchen gibt es genug zu tun\"", FAHRENHOLZ)],
    aliases={FAHRENHOLZ: ["Heidi Fahrenholz", "Leitende Polizeidirektorin", "stellvertretende Behördenleiterin"]})

# --- de.nepoli.eu (repost of an ots release), 20 March 2017: Feuerwehr Essen, 50 years of the Essen youth fire brigade ---

FE_P1 = ("Essen-Stadtgebiet, Eiserne Hand 45, 18.03.2017 (ots) - Mit ziemlich genau 112 Ernennungen, Ehrungen, Auszeichnungen "
         "begann am vergangenen Samstagabend (18.03.2017) der Festakt anlässlich des 50-jährigen Bestehens der Essener "
         "Jugendfeuerwehr im Welterbe Zollverein. Ein gut aufgelegter Oberbürgermeister Thomas Kufen begrüßte die Gäste, "
         "überbrachte den Dank der Stadt Essen und dankte auch persönlich für das lang anhaltende ehrenamtliche Engagement. "
         "Gleich zu Beginn gab er mit einem Augenzwinkern zu, dass er schon ein wenig aufgeregt sei. \"Weil wir ja gleich ein "
         "paar Ernennungen vornehmen und ich Sorge habe, etwas falsch zu machen. Schließlich sind ja hier alles "
         "Feuerwehr-Profis\", sagte er mit Blick auf die zahlreichen, zehn- bis siebzehnjährigen Jugendfeuerwehrmitglieder. "
         "Thomas Kufen zitierte den ehemaligen Bundespräsidenten Richard von Weizsäcker, der einmal gesagt habe, dass die "
         "Feuerwehr die früheste, lebendigste und mutigste Bürgerinitiative überhaupt sei. \"Ich glaube\", so Kufen weiter, "
         "\"dass Richard von Weizsäcker nichts dagegen hätte, dass wir das auch für die Jugendfeuerwehr anwenden\". Beim "
         "anschließenden \"Auszeichnungsmarathon\" erhielt Kufen Unterstützung von Feuerwehrdezernent Christian Kromberg und "
         "Essens stellvertretendem Feuerwehr-Chef Thomas Lembeck. (MF)")

add(id="ho645-nepoli-2017-03-fw-e-jugendfeuerwehr-50-kufen",
    title=None,
    url="https://de.nepoli.eu/2017/03/20/fw-e-50-jaehriges-bestehen-der-essener-jugendfeuerwehrfestakt-und-feier-im-welterbe-"
        "zeche-zollverein",
    retrieved="same address (release of the Feuerwehr Essen, the city's fire brigade, sent over ots with the headline code "
              "'FW-E:' that the address slug keeps ('fw-e-50-jaehriges-bestehen-der-essener-jugendfeuerwehr…'), reposted by the "
              "news aggregator de.nepoli.eu under the date path '2017/03/20', after the ceremony of Saturday 18 March 2017; the "
              "presseportal original was not among the stored copies (SOURCES.md); the stored copy shows no headline and begins "
              "with the body paragraph, its dateline with place, address and date run in ('Essen-Stadtgebiet, Eiserne Hand 45, "
              "18.03.2017 (ots) -'), so the document has no title line (rules 18, 32, 3910); the press office's sign '(MF)' at "
              "the end of the paragraph kept (rule 2610); the contact block 'Feuerwehr Essen Presse- und Öffentlichkeitsarbeit "
              "Mike Filzen Telefon: 0201 12-37014 Fax: 0201 12-37921 E-Mail: mike.filzen@feuerwehr.essen.de', whose lines the "
              "copy sets under the paragraph, dropped (rules 2541, 3910); 'anwenden\".' with the full stop after the mark kept "
              "as published (rule 20); complete as stored)",
    license=OTS_PUBLIC_REPOST_NEPOLI,
    paras=[FE_P1],
    # the quotation before `sagte er mit Blick auf die … Jugendfeuerwehrmitglieder` is Thomas Kufen's, the `er` taking up the
    # Oberbürgermeister of the sentences before (rules 8, 30), the youth members being whom he looks at, not speakers; the
    # split quotation around `so Kufen weiter,` is two spans of his (NOTES.md split quotes, rule 30); Richard von Weizsäcker,
    # whose saying Kufen reports without marks in the sentence before, says nothing in marks, and his name inside Kufen's second
    # span is the subject of Kufen's sentence (rule 5); the narrator's coinage `"Auszeichnungsmarathon"` for the series of
    # awards is null (rule 24); Christian Kromberg and Thomas Lembeck say nothing; `Oberbürgermeister`, which names only him,
    # is an alias (rule 44)
    quotes=[(cut(FE_P1, "\"Weil wir", "Feuerwehr-Profis\""), KUFEN),
            ("\"Ich glaube\"", KUFEN),
            (cut(FE_P1, "\"dass Richard", "anwenden\""), KUFEN),
            ("\"Auszeichnungsmarathon\"", None)],
    aliases={KUFEN: ["Thomas Kufen", "Oberbürgermeister Thomas Kufen", "Kufen", "Oberbürgermeister"]})

# --- presseportal.de (ots), 29 March 2022: NRW Ministry of the Interior, Falk Schnabel new police president in Köln ---

IMK_T = ("Innenministerium NRW: Falk Schnabel wird neuer Polizeipräsident in Köln Innenminister Reul: \"Ein herausragender "
         "Sicherheits- und Verwaltungsexperte\"")
IMK_P1 = ("Falk Schnabel wird neuer Polizeipräsident in Köln. Das hat das Landeskabinett auf Vorschlag von Innenminister "
          "Herbert Reul am Dienstag, 29. März 2022, beschlossen. \"In seiner Zeit in Münster hat Falk Schnabel vieles angepackt "
          "und bewegt. Und er bringt alle Voraussetzungen mit, die ein Kölner Polizeipräsident in meinen Augen braucht: Als "
          "ehemaliger Chef der Staatsanwalt Düsseldorf und erfolgreicher Polizeipräsident einer Großbehörde ist er ein "
          "herausragender Sicherheits- und Verwaltungsexperte. Er kennt nicht nur das Rheinland, sondern hat zudem das richtige "
          "Gespür für seine Mitarbeiterinnen und Mitarbeiter aber auch für die Belange der Bürgerinnen und Bürger. Bei ihm weiß "
          "ich das Polizeipräsidium Köln mit mehr als 5.000 Mitarbeiterinnen und Mitarbeitern in guten Händen\", sagte Reul.")
IMK_P2 = ("Der 52-jährige Falk Schnabel ist derzeit Polizeipräsident in Münster. Die dortige Behörde leitet er seit dem 1. "
          "Dezember 2020. \"Ich freue mich auf die neue Aufgabe und bin mir der Verantwortung des neuen Amtes sehr bewusst; umso "
          "mehr danke ich Minister Reul für sein Vertrauen. Die Erfahrungen, die ich in Münster sammeln durfte, haben mir "
          "gezeigt, wie wichtig es ist, bei den Menschen vor Ort zu sein. Daher werde ich auch meinen Lebensmittelpunkt "
          "mittelfristig in die Domstadt verlegen. Die Kölnerinnen und Kölner dürfen sich darauf verlassen, dass ich mich von "
          "Anfang an voll und ganz für ihre Sicherheit einsetzen werde\", so Schnabel.")

add(id="ho645-ots-2022-03-29-im-nrw-schnabel-koeln-reul",
    title=IMK_T,
    url="https://www.presseportal.de/blaulicht/pm/56636/5183787",
    retrieved="same address (press release of the Ministerium des Innern des Landes Nordrhein-Westfalen of 29 March 2022 by "
              "its text, sent over news aktuell and shown in its newsroom in the blaulicht section); the date prefix ' date "
              "2022-03' and the newsroom label 'Ministerium des Innern des Landes Nordrhein-Westfalen' dropped (rules 3610, "
              "3910); the headline with its label 'Innenministerium NRW:' and the subtitle run into it as stored is the first "
              "line (rules 18, 3110, 3911); the stored copy shows no dateline and none is added; the third paragraph, Schnabel's "
              "career, which the stored copy breaks off ('Falk Schnabel begann seine Laufbahn im Jahr 2001 … Von 2006 bis 2012 "
              "war der Jurist in der Strafrechtsabteilung d'), dropped (rule 15); 'Chef der Staatsanwalt Düsseldorf' and "
              "'Mitarbeiter aber auch' without a comma kept as published (rule 20))",
    license=OTS_PUBLIC,
    paras=[IMK_P1, IMK_P2],
    # the headline quotation after the label `Innenminister Reul:` is Reul's although the headline names Schnabel before the
    # label, and the body's quotation closed by `sagte Reul` holds its words (rules 26, 54, 3911); the quotation closed by `so
    # Schnabel` is the appointee's, his first person thanking `Minister Reul`, whom it names as the object of his thanks, not
    # as speaker (rules 8, 30); `Innenminister`, which names only Reul, is an alias (rule 44); `Minister Reul` stands only
    # inside Schnabel's quotation as an object and is not listed (rule 7); the Landeskabinett, the Kölnerinnen und Kölner and
    # the staff say nothing
    quotes=[("\"Ein herausragender Sicherheits- und Verwaltungsexperte\"", REUL),
            (cut(IMK_P1, "\"In seiner Zeit", "guten Händen\""), REUL),
            (cut(IMK_P2, "\"Ich freue", "einsetzen werde\""), SCHNABEL)],
    aliases={REUL: ["Herbert Reul", "Innenminister Herbert Reul", "Innenminister Reul", "Reul", "Innenminister"],
             SCHNABEL: ["Falk Schnabel", "Schnabel"]})

# --- presseportal.de (ots), 1 August 2018: Generalzolldirektion, Colette Hercher takes office as its president ---

GZ_T = "Generalzolldirektion unter neuer Leitung"
GZ_SUB = "Colette Hercher ist die neue Präsidentin der Generalzolldirektion"
GZ_P1 = ("Die bisherige Leiterin der Abteilung Zoll, Umsatzsteuer und Verbrauchsteuern im Bundesministerium der Finanzen "
         "(BMF), Frau Ministerialdirektorin Colette Hercher, hat heute ihr neues Amt als Präsidentin der Generalzolldirektion "
         "(GZD) angetreten.")
GZ_P2 = ("Frau Hercher, gebürtige Hessin, ist Volljuristin und seit 1991 in der Bundeszollverwaltung tätig. Seitdem hat sie "
         "die unterschiedlichsten Funktionen ausgeübt, beispielsweise als Präsidentin der ehemaligen Bundesfinanzdirektion Nord "
         "im Hamburg.")
GZ_P3 = ("Zum 1. August 2018 wurde sie auf Vorschlag von Bundesfinanzminister Olaf Scholz zur neuen Präsidentin der "
         "Generalzolldirektion ernannt.")
GZ_P4 = ("Die Generalzolldirektion ist eine 2016 gegründete Bundesoberbehörde mit Hauptsitz in Bonn, die sich in neun "
         "Direktionen an verschiedenen Standorten, darunter das Zollkriminalamt in Köln sowie das Bildungs- und "
         "Wissenschaftszentrum in Münster untergliedert. Ihr obliegt die operative Steuerung des Zolls mit seinen rund 39.000 "
         "Zöllnerinnen und Zöllnern. Sie unterstützt die örtlichen Behörden (Haupt- und Zollfahndungsämter) und arbeitet dem "
         "Bundesministerium der Finanzen fachlich zu.")
GZ_P5 = ("Vor dem Hintergrund nationaler und globaler Entwicklungen in Wirtschaft, Politik und Gesellschaft, die sich auch auf "
         "die operative Aufgabenerledigung des Zolls als moderne Finanz-, Wirtschafts- und Bürgerverwaltung auswirken, wartet "
         "auf die neue oberste Chefin für den operativen Bereich des Zolls eine besonders verantwortungsvolle Aufgabe. "
         "Präsidentin Hercher: \"Ich freue mich auf die Herausforderung, die Generalzolldirektion und den Zoll insgesamt "
         "gemeinsam mit meinen vielen Kolleginnen und Kollegen weiterentwickeln zu können.\"")

add(id="ho645-ots-2018-08-01-gzd-hercher-neue-praesidentin",
    title=GZ_T,
    url="https://presseportal.de/blaulicht/pm/120080/4023871",
    retrieved="same address (release of the Generalzolldirektion sent over news aktuell, 1 August 2018 by 'hat heute ihr "
              "neues Amt … angetreten' and 'Zum 1. August 2018 wurde sie … ernannt'; a finance-portal copy of the same release "
              "carries the date prefix ' date 2018-08'); the stored copy, in a plain layout, shows no date prefix, no newsroom "
              "label and no service code; the headline is the first line, no code is added (rules 18, 3220), and the dateline "
              "'Bonn (ots)' and the subtitle line under it are lines of their own, as stored; the contact block 'Pressekontakt: "
              "Generalzolldirektion Pressestelle Jürgen Wamser Telefon: +49 (0) 228 303 11611 pressestelle.gzd@zoll.bund.de' and "
              "the line 'Original-Content von: Generalzolldirektion, übermittelt durch news aktuell' dropped (rules 2541, "
              "3910); 'im Hamburg' kept as published (rule 20); complete as stored)",
    license=OTS_ZOLL,
    paras=["Bonn (ots)", GZ_SUB, GZ_P1, GZ_P2, GZ_P3, GZ_P4, GZ_P5],
    # the quotation after the label `Präsidentin Hercher:`, which stands inside the last paragraph after a narrator's sentence,
    # is Colette Hercher's (rules 9, 54); Olaf Scholz, the BMF and the customs say nothing; `Präsidentin Hercher`, `Frau
    # Hercher` and the full form with the form of address and the rank `Frau Ministerialdirektorin Colette Hercher` are
    # aliases (rules 7, 3913), while `Präsidentin der Generalzolldirektion` names the authority and is not (rule 33)
    quotes=[(cut(GZ_P5, "\"Ich freue", "können.\""), HERCHER)],
    aliases={HERCHER: ["Colette Hercher", "Frau Ministerialdirektorin Colette Hercher", "Frau Hercher", "Präsidentin Hercher",
                       "Hercher"]})

# --- presseportal.de (ots), February 2023: Polizei Bochum, Jörg Lukat invites to the crime statistics of 2022 ---

BO_T = "POL-BO: Kriminalitätsentwicklung 2022 - Einladung zur Pressekonferenz beim Polizeipräsidium Bochum"
BO_P1 = ("\"Unser gesellschaftliches Leben verläuft nach nunmehr drei Jahren Pandemie wieder in weitgehend gewohnten Bahnen - "
         "mit diesen erfreulichen Umständen geht indes auch eine steigende Anzahl an Tatgelegenheiten einher\", so "
         "Polizeipräsident Jörg Lukat.")
BO_P2 = ("Dennoch zählen Bochum, Herne und Witten auch im Jahr 2022 zu den sichersten Regionen im Ruhrgebiet - das geht aus "
         "der Kriminalitätsstatistik 2022 hervor, die das Polizeipräsidium Bochum interessierten Medienvertreterinnen und "
         "Medienvertretern im Rahmen einer Pressekonferenz vorstellen möchte.")
BO_P3 = ("Am Dienstag, 21. Februar, wird Polizeipräsident Jörg Lukat gemeinsam mit dem Leitenden Kriminaldirektor Ralf "
         "Gromann (Direktionsleiter Kriminalität), die Kriminalitätsentwicklung in den Städten Bochum, Herne und Witten "
         "erläutern. Darüber hinaus stehen sie gerne für etwaige Rückfragen und O-Töne zur Verfügung.")
BO_L1 = "Wann: Dienstag, 21. Februar, 13 Uhr"
BO_L2 = "Wo: Polizeipräsidium Bochum, Uhlandstraße 35, Gebäude 1, 44791 Bochum."
BO_P4 = ("Um eine telefonische oder schriftliche Anmeldung unter der Rufnummer 0234 909-1026 oder unter der E-Mail "
         "pressestelle.bochum@polizei.nrw.de wird gebeten.")

add(id="ho645-ots-2023-02-pol-bo-lukat-kriminalitaetsentwicklung",
    title=BO_T,
    url="https://www.presseportal.de/blaulicht/pm/11530/5442625",
    retrieved="same address (invitation of the Polizei Bochum sent over news aktuell, February 2023 by the date prefix ' date "
              "2023-02' and the press conference on 'Dienstag, 21. Februar'; looked at and left unused by the 486th, 499th and "
              "later sets, in no jsonl); the date prefix and the newsroom label 'Polizei Bochum' dropped (rules 2610, 3910); the "
              "headline with its service code 'POL-BO:' is the first line and the dateline 'Bochum, Herne, Witten (ots)' a line "
              "of its own, as stored; the appointment lines 'Wann: …' and 'Wo: …' and the registration sentence kept as lines "
              "of the release, as stored (rules 3320, 3910); 'Ralf Gromann (Direktionsleiter Kriminalität), die …' with the "
              "comma kept as published (rule 20); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Bochum, Herne, Witten (ots)", BO_P1, BO_P2, BO_P3, BO_L1, BO_L2, BO_P4],
    # the quotation that opens the release right after its dateline, before any name, is closed by `so Polizeipräsident Jörg
    # Lukat` and is his (rule 30); Ralf Gromann, named with him as a speaker-to-be of the press conference, says nothing in
    # marks, and the Polizeipräsidium Bochum's sentences are unmarked (rule 5); `Polizeipräsident`, which names only Lukat, is
    # an alias (rule 44)
    quotes=[(cut(BO_P1, "\"Unser", "einher\""), LUKAT)],
    aliases={LUKAT: ["Jörg Lukat", "Polizeipräsident Jörg Lukat", "Polizeipräsident"]})

# --- presseportal.de (ots), September 2020: Polizeipräsidium Oberhausen, Alexander Dierselhuis on new civilian staff ---

OB2_T = ("POL-OB: Polizeibehörde in Oberhausen heißt acht neue Regierungsbeschäftigte und zwei Verwaltungsbeamte willkommen")
OB2_P1 = ("Am 1. September 2020 wurden 22 frisch gebackene Polizeikommissare und Polizeikommissarinnen in Oberhausen begrüßt. "
          "Seit Beginn des Jahres 2020 wurden außerdem acht Regierungsbeschäftigte sowie zwei Verwaltungsbeamte eingestellt. "
          "Sie verstärken unter anderem den Bereich der digitalen Asservate, das Liegenschaftsmanagement sowie "
          "Disziplinarangelegenheiten und Waffenrecht. Zwei Mitarbeiter wurden zur Unterstützung für die technische "
          "Ermittlungsunterstützung für den Bereich Kinderpornografie/sexuellen Missbrauch eingestellt. Das qualifizierte "
          "Personal wird in den Bereichen eingesetzt, in denen nicht zwingend Polizeivollzugsbeamte notwendig sind. \"Denn das "
          "Hauptziel muss die Stärkung der polizeilichen Arbeit sein, insbesondere der Kriminalitätsbekämpfung\", so "
          "Polizeipräsident Alexander Dierselhuis. \"Für mehr Sicherheit in Oberhausen.\"")

add(id="ho645-ots-2020-09-pol-ob-dierselhuis-regierungsbeschaeftigte",
    title=OB2_T,
    url="https://www.presseportal.de/blaulicht/pm/62138/4719859",
    retrieved="same address (release of the Polizeipräsidium Oberhausen sent over news aktuell, September 2020 by the welcome "
              "'Am 1. September 2020' and its release number, next to 117718/4719084 of the Hochschule der Polizei "
              "Rheinland-Pfalz, whose stored copy carries the date prefix ' date 2020-09'; this copy shows no date prefix); "
              "the newsroom label 'Polizeipräsidium Oberhausen' dropped (rules "
              "2610, 3910); the headline with its service code 'POL-OB:' is the first line and the dateline 'Oberhausen (ots)' a "
              "line of its own, as stored; the copy ends after the body paragraph; complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Oberhausen (ots)", OB2_P1],
    # the quotation before `so Polizeipräsident Alexander Dierselhuis` is his (rule 30), and the verbless cue-less fragment in
    # marks right after the cue continues him (NOTES.md continuation; rule 2711 for a further sentence in marks after a cued
    # quotation); the new staff say nothing; `Polizeipräsident`, which names only him, is an alias (rule 44)
    quotes=[(cut(OB2_P1, "\"Denn das", "Kriminalitätsbekämpfung\""), DIERSELHUIS),
            ("\"Für mehr Sicherheit in Oberhausen.\"", DIERSELHUIS)],
    aliases={DIERSELHUIS: ["Alexander Dierselhuis", "Polizeipräsident Alexander Dierselhuis", "Polizeipräsident"]})
