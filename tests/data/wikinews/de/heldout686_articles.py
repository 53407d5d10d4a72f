# Six-hundred-and-eighty-sixth held-out German real-news set (tests/data/heldout686-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4220-4223). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-eighty-sixth held-out set": nine releases of Austrian federal ministries, the
# Federal Chancellery and its state secretariat for sport distributed by APA-OTS Originaltext-Service and shown on ots.at, all
# under licence APA_OTS_POLITICS: two of the Interior Ministry (Günther Platter after the friendly match Austria - Germany,
# February 2008; Maria Fekter raising the reward for the capture of a man who shot a policeman, January 2010), two of the
# Foreign Ministry (Ursula Plassnik before the EURO 2008, June 2008; Plassnik before the ministry's Botschafterkonferenz,
# September 2008), two of the Health Ministry (Alois Stöger on the withdrawal of the Salzburg Landesrätin Erika Scharer, June
# 2011; Sabine Oberhauser making her diagnosis public, February 2015), one of the Federal Chancellery (Christian Kern on Josef
# Pühringer's resignation, February 2017, sender inferred) and two of the Staatssekretariat für Sport in the Chancellery
# (Reinhold Lopatka on Josef Hickersberger and the steering group for the EURO 2008, October 2007; Lopatka congratulating the
# ÖSV's ski jumpers at the World Cup final in Planica, March 2008). Stored copies are the `search` tool's `pages` excerpts;
# only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefix, the OTS marker `****`, end marks,
# the press-kit line, contact blocks, service lines and footers) is dropped and a single stored line break inside a paragraph
# is joined (rules 48, 63, 460, 2680, 3260, 3440, 3860, 4220); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


PLATTER = "Günther Platter"
FEKTER = "Maria Fekter"
PLASSNIK = "Ursula Plassnik"
STOEGER = "Alois Stöger"
OBERHAUSER = "Sabine Oberhauser"
KERN = "Christian Kern"
LOPATKA = "Reinhold Lopatka"

# --- APA-OTS, Bundesministerium für Inneres, 7 February 2008: Platter after the friendly match Austria - Germany ---

LS_T = "Länderspiel: Innenminister Günther Platter zieht positive Bilanz"
LS_SUB = "Hervorragende Zusammenarbeit mit deutscher Polizei"
LS_P1 = ("Wien (OTS) - Innenminister Günther Platter zog heute positive Bilanz anlässlich des Freundschaftsspiels Österreich - "
         "Deutschland im Wiener Ernst-Happel-Stadion am 6. Februar 2008. \"Die Polizei hat am Mittwoch sehr gute Arbeit "
         "geleistet und gezeigt, dass sie für die bevorstehende Europameisterschaft bestens gerüstet ist\", sagte Platter. 700 "
         "Beamte sorgten für die Sicherheit rund um das ausverkaufte Ernst-Happel-Stadion. Unterstützt wurden sie von 14 "
         "Fanbetreuern der deutschen Polizei. \"Das Zusammenspiel mit den deutschen Polizisten hat hervorragend geklappt und "
         "einen ersten Vorgeschmack auf die internationale Kooperation während der EURO 2008 gegeben.\" Die ausländischen "
         "Fanbetreuer kennen ihr Fanklientel sehr genau, liefern vor und während des Spiels wichtige Informationen und sind in "
         "ständigem Kontakt mit den Fans. \"Das gestrige Spiel hat eindrucksvoll gezeigt, dass sich der Einsatz von "
         "internationalen szenekundigen Beamten sehr bewährt\", sagte Platter. Die Unterstützung der österreichischen Behörden "
         "knüpfte dabei nahtlos an die guten Erfahrungen der deutschen Bundespolizei mit dem Einsatz österreichischer "
         "Polizeibeamter während der FIFA-WM 2006 in Deutschland an.")
LS_P2 = ("Während der Europameisterschaft werden aus allen Teilnehmerstaaten Polizisten die österreichische Exekutive "
         "unterstützen. Ihr Einsatz wird vor allem präventiven Charakter haben. Aus Deutschland werden 850 mit Hoheitsrechten "
         "ausgestattete Polizisten die österreichischen Einsatzeinheiten unterstützen.")

add(id="ho686-ots-bmi-2008-02-07-platter-laenderspiel-bilanz",
    title=LS_T,
    url="https://www.ots.at/presseaussendung/OTS_20080207_OTS0260/laenderspiel-innenminister-guenther-platter-zieht-positive-"
        "bilanz",
    retrieved="same address (release of the Bundesministerium für Inneres on the APA-OTS service, 7 February 2008 by its OTS "
              "number and the lead's 'heute' after the match 'am 6. Februar 2008'; the sender is told by the contact block "
              "'Bundesministerium für Inneres / Pressesprecherin des Bundesministers / Mag. Michaela Huber' with the "
              "'Bundesministerium für Inneres / Infopoint' lines and the service line, whose footer code the stored copy cuts "
              "after its '|', all dropped (rules 2680, 3440, 4220); headline and subtitle kept as lines of their own as stored; "
              "the two body paragraphs as stored with an empty line between them; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LS_SUB, LS_P1, LS_P2],
    # the quotations before the two cues `sagte Platter` are his (rule 30); the cue-less quotation between them, after the
    # narrator's sentences on the 700 Beamte and the 14 Fanbetreuer of the German police, is his as well: it speaks of `den
    # deutschen Polizisten` in the third person, so it is not the Fanbetreuer's, and it stands between two cues of the same
    # speaker (rules 59, 4222; NOTES.md continuation); the headline label `Länderspiel:` and the subtitle carry no marks (rule
    # 5); the Polizei, the Fanbetreuer, the deutsche Bundespolizei and the Exekutive say nothing; `Innenminister`, which names
    # only him, is an alias (rule 44)
    quotes=[(cut(LS_P1, "\"Die Polizei", "gerüstet ist\""), PLATTER),
            (cut(LS_P1, "\"Das Zusammenspiel", "2008 gegeben.\""), PLATTER),
            (cut(LS_P1, "\"Das gestrige", "sehr bewährt\""), PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Innenminister Günther Platter", "Platter", "Innenminister"]})

# --- APA-OTS, Bundesministerium für Inneres, 13 January 2010: Fekter raises the reward after a policeman was shot ---

BE_T = "10.000 Euro Belohnung für Ergreifung des Polizistenattentäters"
BE_SUB = "Fekter: Gesundheit der Polizeibediensteten hat oberste Priorität"
BE_P1 = ("Wien (OTS) - \"Die Gesundheit unserer Polizistinnen und Polizisten hat oberste Priorität\", sagte Innenministerin "
         "Maria Fekter heute, Mittwoch.")
BE_P2 = "Für sachdienliche Hinweise, die zur Ergreifung des Täters führen, wird daher die Belohnung auf 10.000 Euro erhöht."
BE_P3 = ("\"Unsere Mitarbeiterinnen und Mitarbeiter gestalten Sicherheit und setzen dafür ihre Gesundheit aufs Spiel. Meine "
         "Gedanken gelten dem jungen Beamten, dem ich eine baldige Genesung wünsche\", sagte Fekter.")

add(id="ho686-ots-bmi-2010-01-13-fekter-belohnung-polizistenattentaeter",
    title=BE_T,
    url="https://www.ots.at/presseaussendung/OTS_20100113_OTS0257/10000-euro-belohnung-fuer-ergreifung-des-"
        "polizistenattentaeters",
    retrieved="same address (release of the Bundesministerium für Inneres on the APA-OTS service, 13 January 2010 by its OTS "
              "number and the lead's 'heute, Mittwoch'; the sender is told by the contact block 'Bundesministerium für Inneres "
              "/ Mag. Martin Brandstötter, Pressesprecher der Bundesministerin' with the 'Abteilung für Öffentlichkeitsarbeit - "
              "Infopoint' lines and the footer code NIN0002, all dropped (rules 2680, 3440); the press-kit line 'Digitale "
              "Pressemappe: http://www.ots.at/pressemappe/54' after the last paragraph dropped as service furniture (rule "
              "4220); headline and subtitle kept as lines of their own as stored; the three body paragraphs as stored with "
              "empty lines between them; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BE_SUB, BE_P1, BE_P2, BE_P3],
    # the subtitle label `Fekter:` before unmarked words carries no span (rule 5); the quotations before `sagte
    # Innenministerin Maria Fekter heute, Mittwoch` and `sagte Fekter` are hers (rule 30); the unmarked middle paragraph on the
    # reward is the ministry's narration (rule 5); the Täter, the injured `jungen Beamten` and the Polizeibediensteten say
    # nothing; `Innenministerin`, which names only her, is an alias (rule 44)
    quotes=[(cut(BE_P1, "\"Die Gesundheit", "Priorität\""), FEKTER),
            (cut(BE_P3, "\"Unsere Mitarbeiterinnen", "Genesung wünsche\""), FEKTER)],
    aliases={FEKTER: ["Maria Fekter", "Innenministerin Maria Fekter", "Fekter", "Innenministerin"]})

# --- APA-OTS, Bundesministerium für europäische und internationale Angelegenheiten, 6 June 2008: Plassnik before the EURO ---

EF_T = "Plassnik: \"Freuen wir uns auf ein europäisches Fest\""
EF_SUB = "Außenministerin zur EURO 2008 in Österreich und der Schweiz"
EF_P1 = ("Wien (OTS) - \"Für uns und unsere Gäste sollen es schöne und friedliche 23 Tage werden. Ich freue mich auf den "
         "Anpfiff zur EURO 2008 in der Schweiz und in Österreich\", erklärte heute Außenministerin Ursula Plassnik. \"Wir "
         "erleben Europa in seiner ebenso unverwechselbaren wie sympathischen Vielfalt - durch die Spielorte, Spieler und "
         "Fans\", so die Außenministerin weiter.")
EF_P2 = join("Plassnik: \"Millionen in Europa und im Weltdorf warten auf den großen Augenblick. Fußball führt Menschen über "
             "Grenzen hinweg zusammen - vereint Nationen, Bevölkerungsschichten, Alters- und Interessengruppen.",
             "Schöne Tore und bunte Flaggen wecken auf neue Art das Interesse an den teilnehmenden Nationen. Nützen wir in den "
             "kommenden Wochen diese Möglichkeit des Kennenlernens. Die Kulturprogramme rund um EURO bieten zusätzliche und "
             "interessante Chancen für Begegnung.\"")
EF_P3 = ("\"Tausende Freiwillige leisten ihren Beitrag zum Gelingen der EURO\", betonte die Außenministerin. Plassnik: "
         "\"Österreich ist ein freundlicher Gastgeber, ein weltoffenes, ein modernes und lebendiges Land. Wir freuen uns auf "
         "unsere Gäste und wollen gemeinsam mit ihnen ein europäisches Fest feiern.\"")

add(id="ho686-ots-bmeia-2008-06-06-plassnik-euro-europaeisches-fest",
    title=EF_T,
    url="https://www.ots.at/presseaussendung/OTS_20080606_OTS0240/plassnik-freuen-wir-uns-auf-ein-europaeisches-fest",
    retrieved="same address (release of the Bundesministerium für europäische und internationale Angelegenheiten on the "
              "APA-OTS service, 6 June 2008 by its OTS number, the day before the EURO's opening match; the sender is told by "
              "the contact block 'Bundesministerium für europäische und internationale Angelegenheiten / Presseabteilung' with "
              "the ministry's addresses and the footer code MAA0003, all dropped (rules 2680, 3440); headline and subtitle kept "
              "as lines of their own as stored; the single stored line break inside the quotation of the second paragraph "
              "('… Alters- und Interessengruppen.' / 'Schöne Tore …') joined with one space, the paragraphs being separated by "
              "empty lines (rules 3260, 3440, 4220); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[EF_SUB, EF_P1, EF_P2, EF_P3],
    # the headline quotation after the label `Plassnik:` is hers (rule 54), the body's last quotation giving her the words
    # `ein europäisches Fest feiern` (rule 26); the quotations before `erklärte heute Außenministerin Ursula Plassnik`, `so
    # die Außenministerin weiter` and `betonte die Außenministerin` are hers (rules 30, 44); the two colon quotations after the
    # bare label `Plassnik:` in the body are hers (rule 9), the first one span across the joined line break; the Gäste, the
    # Freiwillige, the Spieler and the Fans say nothing; `Außenministerin`, which names only her, is an alias (rule 44)
    quotes=[("\"Freuen wir uns auf ein europäisches Fest\"", PLASSNIK),
            (cut(EF_P1, "\"Für uns", "in Österreich\""), PLASSNIK),
            (cut(EF_P1, "\"Wir erleben", "und Fans\""), PLASSNIK),
            (cut(EF_P2, "\"Millionen", "für Begegnung.\""), PLASSNIK),
            (cut(EF_P3, "\"Tausende", "der EURO\""), PLASSNIK),
            (cut(EF_P3, "\"Österreich ist", "Fest feiern.\""), PLASSNIK)],
    aliases={PLASSNIK: ["Ursula Plassnik", "Außenministerin Ursula Plassnik", "Plassnik", "Außenministerin"]})

# --- APA-OTS, Bundesministerium für europäische und internationale Angelegenheiten, 2 September 2008: Botschafterkonferenz ---

BK_T = "Plassnik: \"Das Team-Außenministerium - lernfreudig, kreativ, bürgerorientiert\""
BK_SUB = "Außenministerin vor Botschafterkonferenz des BMeiA"
BK_P1 = ("Wien (OTS) - \"Unser Blick gilt den Herausforderungen der kommenden Jahre, die durchaus anspruchsvoll sein "
         "werden\", erklärte Außenministerin Ursula Plassnik heute vor der in Wien tagenden Botschafterkonferenz. In ihrer Rede "
         "ging die Außenministerin auf die aktuellen Themen der Weltpolitik ein - insbesondere die Krise im Kaukasus. Als die "
         "vier zentralen Herausforderungen im kommenden Jahr nannte Plassnik Österreichs Kandidatur im Sicherheitsrat, die "
         "Wiedervereinigung Europas am Balkan, den Ausbau der Servicefunktion des Ministeriums und die Mobilisierung positiver "
         "Kräfte gegen die sich verstärkende Grundhaltung des Nein-Sagens.")
BK_P2 = ("Die Außenministerin weiter: \"Es geht um die politische und wirtschaftliche Selbstbehauptung Europas in einer sich "
         "rasch ändernden Welt. Das österreichische Motto muss lauten: Ärmel aufkrempeln. Als erfolgreiches Land, sollten wir "
         "die Chancen, die wir in Europa und der Welt vorfinden, selbstbewusst nützen. Es geht nicht um ein Europa ohne Wenn "
         "und Aber. Gefragt ist die tagtägliche Verbesserungsarbeit an den vielen Baustellen unserer Heimat Europa. Wir alle "
         "sind Teilhaber der Europäischen Union - jede einzelne, jeder einzelne. Was wir brauchen ist aktive und selbstbewusste "
         "Mitgestaltung dieses neuen Europa. Wir müssen unsere Stimme in der EU und in der Welt stärken, nicht schwächen - "
         "durch Verzagtheit und Duckmäusertum. Das gelingt nur, wenn wir geeint vorgehen. Ich will mir kein Österreich "
         "vorstellen, in dem die Gegner Europas die politische Mehrheit haben.\"")

add(id="ho686-ots-bmeia-2008-09-02-plassnik-botschafterkonferenz-team",
    title=BK_T,
    url="https://www.ots.at/presseaussendung/OTS_20080902_OTS0184/plassnik-das-team-aussenministerium-lernfreudig-kreativ-"
        "buergerorientiert",
    retrieved="same address (release on the APA-OTS service, 2 September 2008 by its OTS number and the lead's 'heute vor der "
              "in Wien tagenden Botschafterkonferenz'; the stored copy breaks off inside its third body paragraph ('Plassnik: "
              "\"Mit dem Ziel, 2009/2010 dem Sicherheitsrat … kleineren und mittleren Staaten mi') before any contact block, "
              "under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the Foreign "
              "Ministry: its minister before the ministry's own conference of heads of mission, the subtitle naming the "
              "conference 'des BMeiA' (rules 2680, 4220); the cut-off paragraph with its open quotation is dropped (rule 15); "
              "headline and subtitle kept as lines of their own as stored; the published 'Als erfolgreiches Land, sollten wir' "
              "and 'Was wir brauchen ist' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BK_SUB, BK_P1, BK_P2],
    # the headline quotation after the label `Plassnik:` is hers, although the kept body does not repeat it (rule 54); the
    # quotation before `erklärte Außenministerin Ursula Plassnik heute …` is hers (rule 30); the colon quotation after the
    # verbless `Die Außenministerin weiter:` is hers (rules 9, 44), the unmarked motto `Ärmel aufkrempeln` inside it part of her
    # span; the unmarked list of challenges after `nannte Plassnik` carries no span (rule 5); the Gegner Europas, the
    # Sicherheitsrat and the EU say nothing; `Außenministerin`, which names only her, is an alias (rule 44)
    quotes=[("\"Das Team-Außenministerium - lernfreudig, kreativ, bürgerorientiert\"", PLASSNIK),
            (cut(BK_P1, "\"Unser Blick", "sein werden\""), PLASSNIK),
            (cut(BK_P2, "\"Es geht um", "Mehrheit haben.\""), PLASSNIK)],
    aliases={PLASSNIK: ["Ursula Plassnik", "Außenministerin Ursula Plassnik", "Plassnik", "Außenministerin"]})

# --- APA-OTS, Bundesministerium für Gesundheit, 9 June 2011: Stöger on the withdrawal of Erika Scharer ---

SC_T = "Stöger zu Rückzug von Erika Scharer"
SC_SUB = "Visionäre Gesundheitspolitikerin - Kämpferin für die solidarische Gesundheitsversorgung"
SC_P1 = ("Wien (OTS) - \"Erika Scharer habe ich immer als verlässliche Bündnispartnerin in der Weiterentwicklung unseres "
         "Gesundheitssystems erlebt\", kommentiert Gesundheitsminister Alois Stöger den heute öffentlich gemachten Rückzug von "
         "Salzburgs Sozial- und Gesundheitslandesrätin Erika Scharer. \"Ich habe das Engagement und die Fachkompetenz von Erika "
         "Scharer immer sehr bewundert und geschätzt. Ich wünsche ihr alles Gute für ihren weiteren Lebensweg\", so der "
         "Minister abschließend.")

add(id="ho686-ots-bmg-2011-06-09-stoeger-rueckzug-scharer",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20110609_OTS0217/stoeger-zu-rueckzug-von-erika-scharer",
    retrieved="same address (release of the Bundesministerium für Gesundheit on the APA-OTS service, 9 June 2011 by its OTS "
              "number; the sender is told by the contact block 'Bundesministerium für Gesundheit / Fabian Fußeis, "
              "Pressesprecher' with the ministry's address and the footer code BGF0001, all dropped (rules 2680, 3440); "
              "headline and subtitle kept as lines of their own as stored; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SC_SUB, SC_P1],
    # the headline `Stöger zu Rückzug von Erika Scharer` and the subtitle carry no marks (rules 5, 167); the quotation before
    # `kommentiert Gesundheitsminister Alois Stöger den … Rückzug von … Erika Scharer` is his, the Landesrätin after the
    # object being the one spoken of (rule 30); the second quotation before `so der Minister abschließend` is his, `der
    # Minister` taking up the only minister of the text, not the Landesrätin named between (rules 30, 44); Erika Scharer says
    # nothing; `Gesundheitsminister` and `Minister`, which name only him, are aliases, `Sozial- und Gesundheitslandesrätin` is
    # hers (rule 44)
    quotes=[(cut(SC_P1, "\"Erika Scharer", "erlebt\""), STOEGER),
            (cut(SC_P1, "\"Ich habe", "Lebensweg\""), STOEGER)],
    aliases={STOEGER: ["Alois Stöger", "Gesundheitsminister Alois Stöger", "Stöger", "Gesundheitsminister", "Minister"]})

# --- APA-OTS, Bundesministerium für Gesundheit, 6 February 2015: Oberhauser makes her diagnosis public ---

OB_T = "Gesundheitsministerin Sabine Oberhauser gibt Diagnose bekannt"
OB_P1 = join("Wien (OTS) - Gesundheitsministerin Dr. Sabine Oberhauser hat heute, Freitag, ihre Diagnose bekannt gegeben: Sie "
             "leidet an Unterleibskrebs und wird heute mit einer Chemotherapie beginnen. Die behandelnden Ärzte sehen gute "
             "Heilungschancen und sie kann ihre Ministertätigkeit weiter ausüben. Auf Facebook erklärte die Ministerin unter "
             "anderem:",
             "\"Der Weg wird hart - wie für viele tausende andere Frauen auch - aber das Ziel ist erreichbar.\"")

add(id="ho686-ots-bmg-2015-02-06-oberhauser-diagnose",
    title=OB_T,
    url="https://www.ots.at/presseaussendung/OTS_20150206_OTS0033/gesundheitsministerin-sabine-oberhauser-gibt-diagnose-"
        "bekannt",
    retrieved="same address (release of the Bundesministerium für Gesundheit on the APA-OTS service, 6 February 2015 by its "
              "OTS number and the lead's 'heute, Freitag'; the sender is told by the contact block 'Bundesministerium für "
              "Gesundheit / Sabine Leidinger / Pressesprecherin' with the ministry's address and the footer code BMG0001, all "
              "dropped (rules 2680, 3440); the end mark and the OTS marker ' (Schluss) ****' after the closing mark dropped "
              "(rules 48, 460); the single stored line break after the colon that ends the cue ('… unter anderem:' / '\"Der "
              "Weg …') joined with one space (rules 3860, 4220); headline kept as a line of its own; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[OB_P1],
    # the colon quotation after `Auf Facebook erklärte die Ministerin unter anderem:` is hers, her written words (rules 9,
    # 28), `die Ministerin` taking up `Gesundheitsministerin Dr. Sabine Oberhauser` of the sentence before (rules 8, 30); the
    # unmarked report of the diagnosis and the doctors' view carry no span (rule 5); the behandelnden Ärzte say nothing; the
    # academic title stays out of the canonical name and the forms with it are aliases (rules 7, 3913); `Ministerin` and
    # `Gesundheitsministerin`, which name only her, are aliases (rule 44)
    quotes=[(cut(OB_P1, "\"Der Weg", "erreichbar.\""), OBERHAUSER)],
    aliases={OBERHAUSER: ["Sabine Oberhauser", "Gesundheitsministerin Sabine Oberhauser", "Dr. Sabine Oberhauser",
                          "Gesundheitsministerin Dr. Sabine Oberhauser", "Gesundheitsministerin", "Ministerin"]})

# --- APA-OTS, Bundeskanzleramt, 9 February 2017: Kern on Pühringer's resignation ---

KP_T = "Kern zu Pühringer-Rücktritt: Dank und Respekt für seine Arbeit"
KP_SUB = "\"Hat Oberösterreich in letzten Jahrzehnten entscheidend geprägt.\""
KP_P1 = ("Wien (OTS) - Bundeskanzler Christian Kern bedankte sich am Donnerstag bei Landeshauptmann Josef Pühringer für seine "
         "Arbeit in der oberösterreichischen Landespolitik: \"Josef Pühringer war eine starke Stimme für sein Bundesland. Er "
         "hat Oberösterreich in den letzten Jahrzehnten entscheidend geprägt und in vielen Bereichen gestaltet. Er kann auf 22 "
         "Jahre tatkräftige Arbeit als Landeshauptmann zurückblicken. Dafür gebührt ihm mein Respekt und mein Dank.\"")

add(id="ho686-ots-bka-2017-02-09-kern-puehringer-ruecktritt",
    title=KP_T,
    url="http://www.ots.at/presseaussendung/OTS_20170209_OTS0148/kern-zu-puehringer-ruecktritt-dank-und-respekt-fuer-seine-"
        "arbeit",
    retrieved="same address (release on the APA-OTS service, 9 February 2017 by its OTS number and the lead's 'am Donnerstag', "
              "the day of Josef Pühringer's announcement; the crawl-date prefix ' date 2017-02' before the headline dropped "
              "(rule 63); the stored copy ends after its first body paragraph without a contact block, under the plain 'Wien "
              "(OTS) -', and the sender is inferred from the release's own voice as the Federal Chancellery: the Chancellor "
              "thanking a Landeshauptmann of another party in his office's register, with no party name, while the SPÖ's "
              "press service dates its releases 'Wien (OTS/SK)' (rules 116, 2680, 4220); read as a release of Kern's party, "
              "the licence would be the same; headline and subtitle kept as lines of their own as stored; used as stored, "
              "ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[KP_SUB, KP_P1],
    # the headline label `Kern zu Pühringer-Rücktritt:` before unmarked words carries no span (rule 5); the subtitle quotation
    # without a subject or cue condenses the body's `Er hat Oberösterreich in den letzten Jahrzehnten entscheidend geprägt`
    # and is Kern's, its missing subject being Pühringer, of whom he speaks (rules 26, 461, 4223); the colon quotation after
    # `Bundeskanzler Christian Kern bedankte sich … bei Landeshauptmann Josef Pühringer für seine Arbeit …:` is Kern's (rule
    # 9); Josef Pühringer, thanked and spoken of, says nothing, and `Landeshauptmann` is his title, no alias of Kern;
    # `Bundeskanzler`, which names only Kern, is an alias (rule 44)
    quotes=[(KP_SUB, KERN),
            (cut(KP_P1, "\"Josef Pühringer war", "mein Dank.\""), KERN)],
    aliases={KERN: ["Christian Kern", "Bundeskanzler Christian Kern", "Kern", "Bundeskanzler"]})

# --- APA-OTS, Staatssekretariat für Sport, 18 October 2007: Lopatka on Hickersberger and the steering group EURO 2008 ---

HI_T = "Sportstaatssekretär Lopatka: Mit Hickersberger Jahrhundertchance nutzen"
HI_SUB = "Steuerungsgruppe BUND EURO 2008: Vorbereitung für EURO 2008 im Plan"
HI_P1 = ("Wien, 18. Oktober 2007 (OTS) - \"Nach dem verdienten Sieg gegen die Elfenbeinküste muss es nun von allen - ÖFB, "
         "Bundesliga, Politik und Medien - volle Unterstützung für Teamchef Josef Hickersberger geben, um die Jahrhundertchance "
         "EURO 2008 für unsere Nationalmannschaft optimal zu nutzen\", sagte Sportstaatssekretär Dr. Reinhold Lopatka. In "
         "Innsbruck fand gestern auch die 12. Sitzung der Steuerungsgruppe BUND EURO 2008 statt, bei der der Stand der "
         "Vorbereitungen zwischen den Vertretern der Ministerien, der UEFA und \"2008 - Österreich am Ball\" besprochen wurde.")
HI_P2 = ("Sportstaatssekretär Lopatka, Vorsitzender der Steuerungsgruppe, erklärte, dass nahezu alle Vorbereitungen im Plan "
         "sind. Auch Martin Kallen, Organisationschef der UEFA für die EURO 2008, zeigte sich durchaus zufrieden mit dem Stand "
         "der Vorbereitungsarbeiten. \"Der 2. Statusbericht für die EURO 2008 wird in der nächsten Ministerratssitzung der "
         "Bundesregierung zur Kenntnis gebracht\", so Lopatka, der abschließend mehr Engagement seitens des "
         "Unterrichtsministeriums für das Projekt EUROSCHOOLS 2008 verlangte. \"Die EURO soll vor allem auch ein Sportfest für "
         "unsere Kinder und unsere Jugend werden.\"")

add(id="ho686-ots-sts-sport-2007-10-18-lopatka-hickersberger-euro",
    title=HI_T,
    url="https://www.ots.at/presseaussendung/OTS_20071018_OTS0047/sportstaatssekretaer-lopatka-mit-hickersberger-"
        "jahrhundertchance-nutzen",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 18 "
              "October 2007 by its OTS number and its dateline; the sender is told by the contact block 'Roland Achatz / "
              "Staatssekretariat für Sport' with an address at bka.gv.at and the footer code STS0001, both dropped (rules "
              "3440, 4220); the OTS marker ' ****' after the first paragraph dropped (rule 460); the dateline 'Wien, 18. "
              "Oktober 2007 (OTS) -' kept at the start of the first paragraph as stored (rule 3440); headline and subtitle "
              "kept as lines of their own as stored; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HI_SUB, HI_P1, HI_P2],
    # the headline label `Sportstaatssekretär Lopatka:` before unmarked words carries no span (rule 5); the quotation before
    # `sagte Sportstaatssekretär Dr. Reinhold Lopatka` is his (rule 30); the marked name of the federal EURO company `"2008 -
    # Österreich am Ball"` among the steering group's members is null (rules 2, 251); the `dass`-clause after `erklärte` and
    # Martin Kallen's unmarked `zeigte sich durchaus zufrieden` carry no span (rule 5); the quotation before `so Lopatka, der
    # abschließend … verlangte` is his, and the cue-less sentence after it, which states the demand of that relative clause in
    # the first person plural, goes on in his voice (rule 59; NOTES.md continuation), not Kallen's, whose sentence stands
    # before Lopatka's cue; Josef Hickersberger, the ÖFB, the UEFA, the Ministerien and the Unterrichtsministerium say nothing;
    # `Sportstaatssekretär`, which names only him, is an alias, `Vorsitzender der Steuerungsgruppe` is not (rules 33, 44)
    quotes=[(cut(HI_P1, "\"Nach dem", "optimal zu nutzen\""), LOPATKA),
            ("\"2008 - Österreich am Ball\"", None),
            (cut(HI_P2, "\"Der 2. Statusbericht", "gebracht\""), LOPATKA),
            (cut(HI_P2, "\"Die EURO soll", "Jugend werden.\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Dr. Reinhold Lopatka", "Sportstaatssekretär Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 16 March 2008: Lopatka congratulates the ÖSV's ski jumpers in Planica ---

SP_T = ("Sportstaatssekretär Reinhold Lopatka gratuliert ÖSV-Adlern beim Saisonfinale zu erfolgreichem "
        "\"Wintermärchen\"")
SP_SUB = "Lopatka dankt dem Sprungtream beim Weltcupfinale in Planica für erfolgreiche EURO-Kooperation"
SP_P1 = ("Planica, 16. März 2008 (OTS) - \"Gregor Schlierenzauer, Thomas Morgenstern & Co krönten eine erfolgreiche Saison "
         "mit einem weiteren Triumph beim Weltcupfinale\", gratulierte Sportstaatssekretär Dr. Reinhold Lopatka, der einen Tag "
         "vor der morgigen Sportministerkonferenz in Slowenien das Weltcupfinale in Planica besuchte. In diesem \"Winter der "
         "Rekorde\" für das Sprungteam des ÖSV holte sich Skiflug-Weltmeister Gregor Schlierenzauer den Tagessieg beim "
         "Saisonabschluss, Martin Koch sorgte für einen österreichischen Doppelsieg. \"Drei WM-Medaillen, der vorzeitige "
         "Weltcupgesamtsieg durch Thomas Morgenstern sowie insgesamt 40 Podestplätze und 16 Saisonsiege sind eine "
         "beeindruckende Bilanz.\"")
SP_P2 = ("Nach den gemeinsamen Werbeauftritten mit Cheftrainer Alex Pointner und seinem ÖSV-Sprungteam als \"Botschafter der "
         "Leidenschaft\" für die Fußball-Europameisterschaft im Rahmen der Vierschanzentournee in Innsbruck und den "
         "Skiflugweltmeisterschaft in Oberstdorf bedankte sich Lopatka für die erfolgreiche Kooperation: \"Wir könnten uns "
         "keine bessere und positivere EURO-Werbung vorstellen, als durch diese junge Mannschaft, die mit ihren Erfolgen "
         "Begeisterung geweckt und viele Fans gewonnen hat\", so der Sportstaatssekretär abschließend.")

add(id="ho686-ots-sts-sport-2008-03-16-lopatka-oesv-planica",
    title=SP_T,
    url="https://www.ots.at/presseaussendung/OTS_20080316_OTS0020/sportstaatssekretaer-reinhold-lopatka-gratuliert-oesv-"
        "adlern-beim-saisonfinale-zu-erfolgreichem-wintermaerchen",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 16 "
              "March 2008 by its OTS number and its dateline; the sender is told by the contact block 'Roland Achatz / "
              "Staatssekretariat für Sport' with an address at bka.gv.at and the footer code STS0001, both dropped (rules "
              "3440, 4220); the OTS marker ' ****' after the first paragraph dropped (rule 460); the dateline 'Planica, 16. "
              "März 2008 (OTS) -' kept at the start of the first paragraph as stored (rule 3440); headline and subtitle kept as "
              "lines of their own as stored; the published 'Sprungtream' and 'den Skiflugweltmeisterschaft' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SP_SUB, SP_P1, SP_P2],
    # the headline's `"Wintermärchen"`, the epithet for the season after `gratuliert … zu erfolgreichem`, which the body never
    # gives Lopatka, is null, and so is the narrator's `"Winter der Rekorde"` in the sentence on the day's results (rules 75,
    # 85, 4221); the quotation before `gratulierte Sportstaatssekretär Dr. Reinhold Lopatka, der …` is his (rule 30); the
    # cue-less closing sentence of the first paragraph, a summing-up of the season after the narrator's sentence on
    # Schlierenzauer and Koch, goes on in his voice (rules 59, 4222; NOTES.md continuation); the campaign role `"Botschafter
    # der Leidenschaft"` in which the team advertised the EURO is null (rules 24, 68, 4221); the colon quotation after
    # `bedankte sich Lopatka für die erfolgreiche Kooperation:`, closed again by `so der Sportstaatssekretär abschließend`, is
    # his (rules 9, 30, 44); Gregor Schlierenzauer, Thomas Morgenstern, Martin Koch, Alex Pointner and the ÖSV say nothing;
    # `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[("\"Wintermärchen\"", None),
            (cut(SP_P1, "\"Gregor", "Weltcupfinale\""), LOPATKA),
            ("\"Winter der Rekorde\"", None),
            (cut(SP_P1, "\"Drei WM-Medaillen", "Bilanz.\""), LOPATKA),
            ("\"Botschafter der Leidenschaft\"", None),
            (cut(SP_P2, "\"Wir könnten", "gewonnen hat\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Dr. Reinhold Lopatka", "Lopatka", "Sportstaatssekretär"]})
