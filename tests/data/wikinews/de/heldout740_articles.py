# Seven-hundred-and-fortieth held-out German real-news set (tests/data/heldout740-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4630-4633). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# aggregator's, portals' and ministry's addresses, two or more distinctive phrases and the speakers' names of each text with
# grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data).
# The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the
# project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fortieth held-out set": nine texts of German public bodies of the
# security services and their ministries - one release of the Ministry of the Interior of Mecklenburg-Vorpommern read in its
# newsroom 108531 on presseportal.de (licence OTS_LAND_MINISTRY: Innenminister Lorenz Caffier at the foundation stone of the
# police station at Sanitz, August 2019); three releases of police authorities read in their newsrooms (OTS_POLIZEI_SENDER: the
# Bundespolizeidirektion Bad Bramstedt swearing in 31 officers, president Horst Kriesamer, March 2023; the Polizeidirektion
# Lüneburg receiving comfort teddies, president Thomas Ring, August 2019; the Hochschule der Polizei Rheinland-Pfalz on 25 years
# of its campus Hahn, director Friedel Durben, March 2021); two releases of the Polizei Dortmund and the Polizei Bochum as
# reposted by the news aggregator de.nepoli.eu (OTS_POLIZEI_REPOST: Gregor Lange honouring citizens for civil courage,
# September 2016; Kerstin Wittmeier welcoming 46 officers, September 2017); one release of the Polizeipräsidium Rheinpfalz as
# reposted by the regional portal metropolnews.info (OTS_POLIZEI_RLP_REPOST_METROPOLNEWS, new: the deputy president Eberhard
# Weber welcoming 45 officers, undated); one release of the Generalzolldirektion as reposted by the press-release portal
# pressekat.de (OTS_ZOLL_REPOST_PRESSEKAT, new: the Parliamentary State Secretary Michael Meister visiting the
# Generalzolldirektion, August 2016); and one news item of the Bavarian State Ministry of the Interior on its own domain
# (BAYSTMI: Joachim Herrmann at the ministry's open day, July 2017). Stored copies are the `search` tool's `pages` excerpts;
# only complete paragraphs are kept (rules 15, 17), the newsroom, aggregator, portal and picture furniture is dropped and the
# hard-wrapped lines of the pressekat.de copy are joined (rules 1372, 2695, 3072, 4040, 4100, 4630), and each retrieval note
# names what was dropped. The search budget of the session allowed 60 queries; 42 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import (BAYSTMI, OTS_LAND_MINISTRY, OTS_POLIZEI_REPOST, OTS_POLIZEI_RLP_REPOST_METROPOLNEWS,  # noqa: E402
                      OTS_POLIZEI_SENDER, OTS_ZOLL_REPOST_PRESSEKAT)

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


CAFFIER = "Lorenz Caffier"
LANGE = "Gregor Lange"
WITTMEIER = "Kerstin Wittmeier"
KRIESAMER = "Horst Kriesamer"
MEISTER = "Michael Meister"
HERRMANN = "Joachim Herrmann"
RING = "Thomas Ring"
DURBEN = "Friedel Durben"
WEBER = "Eberhard Weber"

# --- presseportal.de (ots), newsroom 108531, August 2019: IM-MV, Caffier at the foundation stone of the Sanitz station ---

SA_T = "IM-MV: Grundstein für neues Polizeirevier in Sanitz gelegt"
SA_P1 = ("In Anwesenheit von Innenminister Lorenz Caffier erfolgte heute der symbolische Startschuss für den Neubau des "
         "Polizeireviers in Sanitz. Insgesamt sind 1.970 m² Nutzfläche mit rund 6 Millionen Euro Gesamtbaukosten geplant.")
SA_P2 = ("Mit dem Neubau der Dienststelle, die neben dem Polizeirevier auch die Außenstelle des Kriminalkommissariats "
         "beherbergt, werden sich die Arbeitsbedingungen für die Mitarbeiterinnen und Mitarbeiter erheblich verbessern. \"Eine "
         "professionelle Polizei braucht auch eine moderne Ausstattung. Das neue Revier wird eine gute Basis sein, damit unsere "
         "Polizistinnen und Polizisten auch in Zukunft für die bestmögliche Sicherheit der Menschen in dieser Region sorgen "
         "können.\", so Innenminister Lorenz Caffier.")
SA_P3 = ("Im Rahmen der feierlichen Grundsteinlegung wurde auch der neue Leiter des Polizeireviers Sanitz in sein Amt "
         "eingeführt. Nach der Pensionierung des langjährigen Revierleiters, Michael Müller, wird zukünftig der Erste "
         "Polizeihauptkommissar Marek Gaca die Geschicke des Polizeireviers leiten.")

add(id="ho740-ots-2019-08-im-mv-caffier-grundstein-sanitz",
    title=SA_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/4352638",
    retrieved="same address (release of the Ministerium für Inneres und Europa Mecklenburg-Vorpommern sent over news aktuell "
              "from its newsroom 108531 in August 2019, the date prefix ' date 2019-08'); the date prefix and the newsroom "
              "label 'Ministerium für Inneres und Europa Mecklenburg-Vorpommern' dropped (rules 4040, 4100); the headline with "
              "its code 'IM-MV:' is the title and the dateline 'Schwerin (ots)' a line of its own as stored; the contact block "
              "after the last paragraph ('Ministerium für Inneres und Europa Mecklenburg-Vorpommern' / 'Dörte Lembke' / 'Dörte "
              "Lembke') dropped; the published full stop inside the closing mark before the comma ('können.\", so') kept (rule "
              "20); complete as stored",
    license=OTS_LAND_MINISTRY,
    paras=["Schwerin (ots)", SA_P1, SA_P2, SA_P3],
    # the quotation before `so Innenminister Lorenz Caffier` is his (rule 30), its span running to the closing mark after the
    # published full stop (rules 6, 20); the departing head of the station Michael Müller and his successor Marek Gaca say
    # nothing; `Innenminister` names only Caffier in the release and is an alias (rule 44)
    quotes=[(cut(SA_P2, "\"Eine", "können.\""), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Innenminister Lorenz Caffier", "Innenminister"]})

# --- de.nepoli.eu (ots repost), 26 September 2016: Polizei Dortmund, Gregor Lange honours citizens for civil courage ---

DO_T = "POL-DO: Zivilcourage – Polizei Dortmund ehrt mutige Bürger"
DO_P1 = ("Die Polizei Dortmund hat vergangenen Freitag (23.9.) couragierte Bürger für ihr mutiges Verhalten bei polizeilichen "
         "Anlässen geehrt. Insgesamt 15 Bürgerinnen und Bürger aus Dortmund und Lünen standen auf der Liste der beherzten "
         "Helfer der Polizei.")
DO_P2 = ("Die Sachverhalte waren so unterschiedlich wie das polizeiliche Leben selbst. Mehrere Wohnungseinbrüche konnten durch "
         "die couragierten Dortmunder und Lüner verhindert beziehungsweise die Täter dingfest gemacht werden.")
DO_P3 = ("In einer anderen Geschichte hielt ein Mann eine Taschendiebin bis zum Eintreffen der Polizei fest. Diese hatte zuvor "
         "mit einem Komplizen eine 76-jährige Frau bestohlen.")
DO_P4 = ("Besonders schicksalhaft war das Eingreifen eines Ehepaars aus Lünen bei einem Suizidversuch. Durch ihr Eingreifen "
         "retteten sie einem Menschen das Leben.")
DO_P5 = ("Richtig toll war das Verhalten von vier Kindern im Alter von neun bis zehn Jahren. Sie beobachteten an der "
         "Brechtener Grundschule Jugendliche, die Graffiti sprühten. Sofort begaben sie sich zu ihren Eltern und alarmierten "
         "gemeinsam die Polizei. Mit einer vorbildlichen Täterbeschreibung konnten die Täter festgenommen werden.")
DO_P6 = ("Polizeipräsident Gregor Lange lobte die couragierten Bürger: \"Ihr Verhalten hat gezeigt, wie wichtig es ist, das "
         "wir uns gemeinsam den Problemen unserer Stadt stellen. Hand in Hand mit einer bürgerorientierten, professionellen und "
         "rechtstaatlichen Polizei!\"")
DO_P7 = ("Zudem überreichte der Polizeipräsident den Gewinnern des Motto-Wettbewerbs zum Thema Zivilcourage ihre verdienten "
         "Preise. Gewonnen hat der Slogan \"110 - Die Nummer der Zivilcourage\".")
DO_P8 = "Siehe auch http://www.presseportal.de/blaulicht/pm/4971/3396209"

add(id="ho740-nepoli-2016-09-pol-do-lange-zivilcourage",
    title=DO_T,
    url="https://de.nepoli.eu/2016/09/26/pol-do-zivilcourage-polizei-dortmund-ehrt-mutige-buerger",
    retrieved="same address (release of the Polizei Dortmund sent over ots on Monday 26 September 2016, reposted by the news "
              "aggregator de.nepoli.eu under its date path '2016/09/26' with the headline and its service code 'POL-DO:', the "
              "aggregator's date line '26.09.2016 – 16:24', a second copy of the headline with a hyphen for the dash and the "
              "picture counter '1', the wire's dateline with the press office's running number 'Dortmund (ots) - Lfd. Nr.: "
              "1254' and the contact block 'Rückfragen bitte an: Polizei Dortmund Gunnar Wortmann Telefon: 0231/132-1028 …'); "
              "the first headline, with its en dash, is the title; the aggregator's date line, the repeated headline and the "
              "counter dropped as furniture, the dateline with the running number a line of its own as stored (rules 4100, "
              "4630); the paragraph pointing to the invitation release with its address kept as the sender's text (rule "
              "4340); the contact block dropped; the published 'das wir uns' and 'rechtstaatlichen' kept (rule 20); complete "
              "as stored",
    license=OTS_POLIZEI_REPOST,
    paras=["Dortmund (ots) - Lfd. Nr.: 1254", DO_P1, DO_P2, DO_P3, DO_P4, DO_P5, DO_P6, DO_P7, DO_P8],
    # the colon quotation after `Polizeipräsident Gregor Lange lobte die couragierten Bürger:` is his (rule 9), the citizens
    # being the addressees of the praise (rule 4101); the winning slogan of the motto contest is null, its authors named only
    # as `den Gewinnern des Motto-Wettbewerbs` (rule 4631); the citizens, the children, the couple from Lünen and the
    # Taschendiebin say nothing; `Polizeipräsident` names only Lange in the release and is an alias (rule 44)
    quotes=[(cut(DO_P6, "\"Ihr Verhalten", "Polizei!\""), LANGE),
            ("\"110 - Die Nummer der Zivilcourage\"", None)],
    aliases={LANGE: ["Gregor Lange", "Polizeipräsident Gregor Lange", "Polizeipräsident"]})

# --- de.nepoli.eu (ots repost), 1 September 2017: Polizei Bochum, Kerstin Wittmeier welcomes 46 officers ---

BO_T = ("Unterstützung für die Polizei Bochum: Polizeipräsidentin Kerstin Wittmeier begrüßt 46 neue Kolleginnen und "
        "Kollegen")
BO_P1 = ("Bochum, Herne, Witten (ots) - 46 Polizeibeamtinnen und Polizeibeamte verstärken seit heute, 1. September, das "
         "Polizeipräsidium Bochum. 32 davon sind Berufseinsteiger - sie tauschen nach ihrem dreijährigen Studium nun Theorie "
         "gegen Praxis. Die restlichen Kolleginnen und Kollegen wechseln aus anderen Polizeibehörden zum PP Bochum oder treten "
         "intern andere Stellen an.")
BO_P2 = ("Polizeipräsidentin Kerstin Wittmeier begrüßte am Morgen die \"Neuen\", bevor sie ihren Diensteid leisteten und in "
         "ihre jeweiligen Direktionen entlassen wurden: \"Sie alle haben den Polizeiberuf gewählt, weil sie Menschen helfen "
         "wollen. Sie setzen sich für unsere Gesellschaft und ihre Werte ein. Sie sind für Ihre Arbeit hervorragend ausgebildet "
         "worden. Ich bin mir sicher, Sie werden Ihren Job sehr gut machen und jeder von Ihnen wird eine Bereicherung für die "
         "uns anvertrauten Menschen sein.\"")
BO_P3 = ("Auch wir wünschen unseren neuen Kolleginnen und Kollegen einen guten Start in unserer Behörde und viel Erfolg im "
         "Polizeiberuf!")

add(id="ho740-nepoli-2017-09-pol-bo-wittmeier-begruessung",
    title=BO_T,
    url="https://de.nepoli.eu/2017/09/01/pol-bo-unterstuetzung-fuer-die-polizei-bochum-polizeipraesidentin-kerstin-"
        "wittmeier-begruesst-46-neue-kolleginnen-und-kollegen",
    retrieved="same address (release of the Polizei Bochum sent over ots on Friday 1 September 2017, reposted by the news "
              "aggregator de.nepoli.eu under its date path '2017/09/01' with the headline without its service code, which "
              "the address slug keeps ('pol-bo-'), the wire's dateline 'Bochum, Herne, Witten (ots) -' run into the first "
              "paragraph and the contact block 'Rückfragen bitte an: Polizei Bochum Pressestelle Tanja Pfeffer …'); the "
              "headline as shown is the title and no code is added (rules 4100, 4630); the picture caption under it ('Die "
              "neuen Polizeibeamtinnen und -beamte beim PP Bochum mit Polizeipräsidentin Kerstin Wittmeier (Mitte).') dropped "
              "(rule 14); the contact block dropped; the dateline stays run into the first paragraph as stored; complete as "
              "stored",
    license=OTS_POLIZEI_REPOST,
    paras=[BO_P1, BO_P2, BO_P3],
    # the marked `"Neuen"` is the release's colloquial word for the newcomers, null (rules 24, 2661, 2825); the colon quotation
    # at the end of the sentence whose main clause is `Polizeipräsidentin Kerstin Wittmeier begrüßte …` is hers, although the
    # clause right before the colon (`bevor sie ihren Diensteid leisteten und … entlassen wurden`) has the newcomers as its
    # subject (rule 4632); the police's closing `Auch wir wünschen …` carries no marks (rule 5); the newcomers say nothing;
    # `Polizeipräsidentin` names only Wittmeier and is an alias (rule 44)
    quotes=[("\"Neuen\"", None),
            (cut(BO_P2, "\"Sie alle", "sein.\""), WITTMEIER)],
    aliases={WITTMEIER: ["Kerstin Wittmeier", "Polizeipräsidentin Kerstin Wittmeier", "Polizeipräsidentin"]})

# --- presseportal.de (ots), newsroom 70256, March 2023: Bundespolizeidirektion Bad Bramstedt, 31 officers sworn in ---

BB_T = "BPOLD-BBS: Bundespolizei in Schleswig-Holstein und Mecklenburg-Vorpommern erhält Verstärkung"
BB_P1 = ("31 frischgebackene Bundespolizistinnen und Bundespolizisten legten heute in der Sporthalle der "
         "Bundespolizeidirektion Bad Bramstedt ihren Eid ab. Die 12 Frauen und 19 Männer verstärken die "
         "Bundespolizeiinspektionen in Flensburg, Kiel, Rostock, Stralsund und Pasewalk sowie die Bundespolizeiinspektion See "
         "in Warnemünde und die Mobile Kontroll- und Überwachungseinheit Bad Bramstedt.")
BB_P2 = "Eine Kleinspielbesetzung des Bundespolizeiorchesters Hannover umrahmte den festlichen Akt."
BB_P3 = ("In seiner Rede an die jungen Polizistinnen und Polizisten betonte der Präsident der Bundespolizeidirektion Bad "
         "Bramstedt, Horst Kriesamer, dass der Schwur auf das Grundgesetz und alle in der Bundesrepublik geltenden Gesetze nicht "
         "nur eine einfache Pflicht sei, sondern auch die formulierte Erwartungshaltung, die der Staat und damit die "
         "Gesellschaft unseres Landes an die Polizei richtet.")
BB_P4 = ("Weiterhin wies er darauf hin, dass es bei allen beruflichen Herausforderungen keine Zweifel an den demokratischen "
         "Einstellungen und Verhaltensweisen von Polizeiangehörigen geben darf. In einer Zeit wie dieser, in der demokratische "
         "und ideelle Werte des gesellschaftlichen Zusammenlebens immer wieder in Frage gestellt und angegriffen werden, käme "
         "es mehr denn je auf alle Demokratinnen und Demokraten wie die Polizistinnen und Polizisten in der Bundespolizei und "
         "in allen Polizeien in Deutschland an.")
BB_P5 = ("Die jungen Männer und Frauen stehen für einen Generationswechsel in der Bundespolizei. \"Wichtig dabei ist: Sie "
         "sind nicht allein! Wir in der Bundespolizei sind mittlerweile 54.000! Herausforderungen werden Sie mit hoch "
         "motivierten Kolleginnen und Kollegen in der Bundespolizei begegnen.\", so Horst Kriesamer.")

add(id="ho740-ots-2023-03-bpold-bbs-kriesamer-vereidigung",
    title=BB_T,
    url="https://www.presseportal.de/blaulicht/pm/70256/5455221",
    retrieved="same address (release of the Bundespolizeidirektion Bad Bramstedt sent over news aktuell from its newsroom "
              "70256 in March 2023, the date prefix ' date 2023-03'); the date prefix and the newsroom label "
              "'Bundespolizeidirektion Bad Bramstedt' dropped (rules 4040, 4100); the headline with its code 'BPOLD-BBS:' is "
              "the title and the dateline with its six places 'Bad Bramstedt / Flensburg / Kiel / Rostock / Stralsund / "
              "Pasewalk (ots)' a line of its own as stored; the sixth paragraph, which the stored copy breaks off after two "
              "letters ('Nach d'), dropped (rule 15); the published full stop inside the closing mark before the comma "
              "('begegnen.\", so') kept (rule 20)",
    license=OTS_POLIZEI_SENDER,
    paras=["Bad Bramstedt / Flensburg / Kiel / Rostock / Stralsund / Pasewalk (ots)", BB_P1, BB_P2, BB_P3, BB_P4, BB_P5],
    # the quotation before `so Horst Kriesamer` is his (rule 30); its inner colon after `Wichtig dabei ist` is part of his
    # words (rule 6); his speech in the two paragraphs before is reported in the Konjunktiv and the indicative without marks
    # (rule 5); the office phrase `der Präsident der Bundespolizeidirektion Bad Bramstedt` names the authority and is no alias
    # (rule 33); the sworn officers, the orchestra and the Staat say nothing
    quotes=[(cut(BB_P5, "\"Wichtig", "begegnen.\""), KRIESAMER)],
    aliases={KRIESAMER: ["Horst Kriesamer"]})

# --- pressekat.de (ots repost), August 2016: Generalzolldirektion, Michael Meister's first visit ---

GZ_P1 = join("Genau 222 Tage nach ihrer Gründung besuchte Dr. Michael Meister,",
             "Parlamentarischer Staatssekretär beim Bundesminister der Finanzen,",
             "erstmals die am 1. Januar 2016 neu eingerichtete Generalzolldirektion",
             "(GZD) in Bonn.")
GZ_P2 = join("Dr. Meister wurde am 9. August 2016 vom Präsidenten der GZD, Uwe",
             "Schröder, am Bonner Dienstsitz der Bundesoberbehörde begrüßt.")
GZ_P3 = join("Dort informierte sich Dr. Meister über die Arbeit der nach der",
             "Neuorganisation der Zollverwaltung neu eingerichteten GZD und die",
             "aktuellen Schwerpunkte im Aufgabenspektrum des deutschen Zolls.")
GZ_P4 = join("\"Der Stand der Arbeiten in der Generalzolldirektion beeindruckt",
             "mich sehr - im Ganzen wie im Detail. Es zeigt sich, dass die",
             "Schaffung der Generalzolldirektion zur Bündelung unserer Kräfte die",
             "richtige Strategie ist. Der Zoll hat an Schlagkraft und Effizienz",
             "gewonnen\", zeigte sich Dr. Meister zufrieden.")
GZ_P5 = join("Neben den vielfältigen nationalen Themen interessierte sich der",
             "Parlamentarische Staatssekretär auch für die internationale",
             "Zusammenarbeit des Zolls.")
GZ_P6 = join("\"Zoll war schon immer international und dieser Aspekt seiner",
             "Arbeit gewinnt zunehmend an Bedeutung. Die grenzüberschreitende",
             "Zusammenarbeit umfasst viele Aufgabenbereiche des Zolls. Sie ist eine",
             "große Verpflichtung und stetige Heraus¬for¬derung. Aber die Erfolge,",
             "die zum Beispiel bei der Bekämpfung des",
             "Schmuggels von Crystal und anderen Drogen erzielt werden, sind die",
             "Kraftanstrengungen wert. Viele Aufgriffe sind nur durch die gut",
             "funktionierende Zusammenarbeit der beteiligten Behörden möglich. Der",
             "Zoll leistet nicht nur im Inland einen wichtigen Beitrag zum Schutz",
             "der Bürger\", so Dr. Meister nach seinem Besuch.")
GZ_P7 = join("Der Präsident der GZD, Uwe Schröder, dankte Dr. Meister für seinen",
             "Besuch und das Interesse an der Arbeit des Zolls. Die hohe Qualität",
             "der Arbeit der GZD und der Ortsbehörden werde man fortsetzen und",
             "weiterentwickeln.")

add(id="ho740-pressekat-gzd-2016-08-meister-besuch",
    title="(ots) -",
    url="https://pressekat.de/pressinfo1387831-parlamentarischer-staatssekret-r-dr-meister-besucht-generalzolldirektion-"
        "foto.html",
    retrieved="same address (release of the Generalzolldirektion on the visit of the Parliamentary State Secretary at the "
              "Federal Ministry of Finance on 9 August 2016, sent over ots and reposted by the press-release portal "
              "pressekat.de under the id 1387831; the address slug ('parlamentarischer-staatssekret-r-dr-meister-"
              "besucht-generalzolldirektion-foto') gives the headline, which the stored copy does not show; the sender is inferred from the body, which "
              "speaks of the GZD's visit and its president, as the stored copy ends before any contact block); the copy "
              "begins with the wire's '(ots) -' without the place, which is the first line, no headline supplied (rules 32, "
              "660; as the 496th set's Telekom copy); the hard-wrapped copy shows no empty lines: lines joined with one space, "
              "a paragraph ending at a line that closes a sentence and falls short of the wrap width of about 69 characters "
              "(rules 1372, 2695, 3072, 4630), the short line inside the second quotation ('die zum Beispiel bei der "
              "Bekämpfung des', 39 characters, in mid-sentence) joined to the next; the eighth paragraph, a quotation of Uwe "
              "Schröder that the stored copy breaks off inside a word ('… Der Zoll ist gut aufgestellt, nation'), dropped with "
              "its opening mark (rule 15); the published soft-hyphen signs in 'Heraus¬for¬derung' kept (rule 20)",
    license=OTS_ZOLL_REPOST_PRESSEKAT,
    paras=[GZ_P1, GZ_P2, GZ_P3, GZ_P4, GZ_P5, GZ_P6, GZ_P7],
    # the quotation before `zeigte sich Dr. Meister zufrieden` is his, the verb of showing a feeling after the quotation being a
    # cue (rule 30); the quotation before `so Dr. Meister nach seinem Besuch` is his (rule 30); Uwe Schröder's thanks and
    # his Konjunktiv sentence are unmarked (rule 5), and his quotation is lost with the cut paragraph; the academic title
    # stays out of the canonical name and is listed with it (rule 1675); `Parlamentarische Staatssekretär` names only Meister
    # and is an alias (rule 44), `Parlamentarischer Staatssekretär beim Bundesminister der Finanzen` names another office and
    # is not (rule 33); the GZD, the Zoll and the Ortsbehörden say nothing in marks
    quotes=[(cut(GZ_P4, "\"Der Stand", "gewonnen\""), MEISTER),
            (cut(GZ_P6, "\"Zoll war", "Bürger\""), MEISTER)],
    aliases={MEISTER: ["Michael Meister", "Dr. Michael Meister", "Dr. Meister", "Parlamentarische Staatssekretär"]})

# --- innenministerium.bayern.de, 22 July 2017: StMI, Herrmann at the ministry's open day ---

OT_T = "Tag der offenen Tür am 22. Juli 2017"
OT_P1 = ("München, 22. Juli 2017 (stmi). Innenminister Joachim Herrmann hatte alle interessierten Bürgerinnen und Bürger zum "
         "Tag der offenen Tür des Bayerischen Staatsministeriums des Innern, für Bau und Verkehr eingeladen. \"Der Blick hinter "
         "unsere Kulissen zeigt: Unser Ministerium bearbeitet eine einzigartige Bandbreite an wichtigen Themen für viele "
         "Lebensbereiche bayerischer Bürgerinnen und Bürger\", betonte Herrmann in seiner Begrüßung. \"Innere Sicherheit, "
         "Polizei, Verfassungsschutz, Feuerwehr, freiwillige Hilfsorganisationen, Technisches Hilfswerk, Katastrophenschutz, "
         "Kommunalrecht, Staatsverwaltung, Staatlicher Hochbau, Baurecht und Bautechnik, Straßen-, Schienen-, Luft- und "
         "Radverkehr sowie nicht zuletzt auch der Sport sind nur ein Auszug unserer vielfältigen Aufgaben und Arbeitsfelder.\" "
         "Entsprechend umfassend war auch das Programm, mit dem sich das bayerische Innenministerium heute präsentierte (Fotos "
         "finden Sie hier - Passwort: Innenministerium).")

add(id="ho740-stmi-2017-07-22-herrmann-tag-der-offenen-tuer",
    title=OT_T,
    url="http://www.innenministerium.bayern.de/min/tag-der-offenen-tuer-2017/index.php",
    retrieved="same address (news item of the Bavarian State Ministry of the Interior, then 'des Innern, für Bau und Verkehr', "
              "on its open day of Saturday 22 July 2017, under the ministry's section 'min', marked '(stmi)' in its dateline, "
              "which stays run into the first paragraph (rules 2321, 4040)); the picture caption above the headline ('Tag der "
              "offenen Tür des Bayerischen Staatsministeriums des Innern, für Bau und Verkehr am 22. Juli 2017 in München') and "
              "its credit '© Christoph Schedensack' dropped (rules 14, 2321); the headline is the title; the pointer to the "
              "photographs with their password inside the paragraph's last sentence kept as published (rules 20, 4630); the "
              "subheading 'Ausgezeichnete Sicherheitslage' and the paragraph after it, which the stored copy breaks off in "
              "mid-sentence ('… der derzeit ohnehin schon höchste Personalstand von rund 42.000 Stellen noch'), dropped with "
              "their three quotations of Herrmann (rule 15)",
    license=BAYSTMI,
    paras=[OT_P1],
    # the quotation before `betonte Herrmann in seiner Begrüßung` is his (rule 30), the colon after `Der Blick hinter unsere
    # Kulissen zeigt` inside his words (rule 6); the cue-less quotation after it is his (NOTES.md continuation); the
    # Bürgerinnen und Bürger and the Innenministerium say nothing in marks; `Innenminister` names only Herrmann in the item and
    # is an alias (rule 44)
    quotes=[(cut(OT_P1, "\"Der Blick", "Bürger\""), HERRMANN),
            (cut(OT_P1, "\"Innere Sicherheit", "Arbeitsfelder.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Innenminister Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- presseportal.de (ots), newsroom 56836, August 2019: Polizeidirektion Lüneburg, Thomas Ring receives comfort teddies ---

LG_T = "POL-LG: +++Kleine Trostspender mit an Bord+++"
LG_P1 = ("Dank der Deutschen Teddy-Stiftung und seiner großzügigen Spenderinnen und Spender konnte der Lüneburger "
         "Polizeipräsident Thomas Ring am gestrigen Montag die neuen Trost-Teddybären, stellvertretend für die sechs "
         "Polizeiinspektionen, entgegennehmen. In Vertretung für die Stiftung überreichte die Botschafterin Frau Annette "
         "Piechota die rund 90 Teddybären. Die Teddys werden nun an die Streifendienste der Polizeiinspektionen verteilt und "
         "sind bereit ihren Dienst anzutreten. Die 1998 gegründete Deutsche Teddy-Stiftung hat es sich zur Aufgabe gemacht "
         "Kindern Trost zu spenden, indem sie ihnen in Krisensituationen mit einem Teddybären einen Begleiter und Freund "
         "schenken. Die Teddybären werden beispielsweise an Krankenhäuser, den Rettungsdienst, die Feuerwehr, an "
         "Kriseninventionsteams und die Polizei verteilt. Mittlerweile werden jährlich zwischen 25.000 und 30.000 Trostbären in "
         "Deutschland verteilt. Polizeipräsident Thomas Ring bedankte sich bei der Botschafterin der Teddy-Stiftung: \"Wir als "
         "Polizei sind sehr froh und dankbar, Teil dieses Projektes sein zu dürfen und freuen uns, dass wir unseren "
         "Dienststellen nun neue Trostspender zukommen lassen können. Durch die Teddybären haben die Kinder sogleich einen "
         "Verbündeten, der ihnen durch eine schwere Zeit oder eine schwierige Situation helfen kann.\"")
LG_P2 = ("Der Kontakt zur Teddy-Stiftung und die Verteilung der Bären übernimmt seit dem Jahr 2014 Polizeioberkommissar Gerald "
         "Pape, der zuständig ist für die Verkehrsprävention der Polizeidirektion Lüneburg. Dies war nicht die erste "
         "Teddy-Spende der Stiftung, bereits in den Jahren 2012 und 2014 erhielt die Polizeidirektion eine Spende mit den "
         "kleinen Trostbären. Die jetzt übergebenen Teddys wurden mit Hilfe lokaler Förderer ermöglicht.")

add(id="ho740-ots-2019-08-pol-lg-ring-trost-teddys",
    title=LG_T,
    url="https://www.presseportal.de/blaulicht/pm/56836/4348006",
    retrieved="same address (release of the Polizeidirektion Lüneburg sent over news aktuell from its newsroom 56836 in August "
              "2019, the date prefix ' date 2019-08'); the date prefix and the newsroom label 'Polizeidirektion Lüneburg' "
              "dropped (rules 4040, 4100); the headline with its code 'POL-LG:' and the published teaser markers '+++' is the "
              "title (rule 2260), the dateline 'Lüneburg (ots)' a line of its own as stored; the third paragraph, which the "
              "stored copy breaks off inside a word ('Noch in diesem Jahr möchte die Deut'), dropped (rule 15); the published "
              "'Kriseninventionsteams', 'seiner großzügigen Spenderinnen' and 'bereit ihren Dienst anzutreten' kept (rule 20)",
    license=OTS_POLIZEI_SENDER,
    paras=["Lüneburg (ots)", LG_P1, LG_P2],
    # the colon quotation after `Polizeipräsident Thomas Ring bedankte sich bei der Botschafterin der Teddy-Stiftung:` is his,
    # the subject of the verb of thanking, not the addressee named in its prepositional object (rules 9, 12, 4101, 4502);
    # the ambassador Annette Piechota, the Deutsche Teddy-Stiftung, the donors and Gerald Pape say nothing; `Polizeipräsident`
    # names only Ring in the release and is an alias (rule 44), `Lüneburger Polizeipräsident Thomas Ring` with the place is not
    # listed (rule 33)
    quotes=[(cut(LG_P1, "\"Wir als", "helfen kann.\""), RING)],
    aliases={RING: ["Thomas Ring", "Polizeipräsident Thomas Ring", "Polizeipräsident"]})

# --- presseportal.de, newsroom 117718, March 2021: Hochschule der Polizei Rheinland-Pfalz, 25 years of the campus Hahn ---

HA_T = "Hochschule der Polizei Rheinland-Pfalz feiert 25 Jahre Polizeicampus Hahn"
HA_P1 = ("Auf den Tag genau seit 25 Jahren befindet sich die Hochschule der Polizei Rheinland-Pfalz (HdP) im Herzen des "
         "Hunsrücks auf dem Polizeicampus Hahn.")
HA_P2 = ("Die HdP ist die zentrale Bildungseinrichtung der rheinland-pfälzischen Polizei. Der 28 Hektar große Campus bietet "
         "verschiedenste Aus- und Fortbildungsmöglichkeiten für die 13000 Beschäftigten der Polizei Rheinland-Pfalz sowie "
         "Wohn-, Lehr - und Trainingsmöglichkeiten für die 1600 Studierenden.")
HA_P3 = ("\"Es hat sich viel getan in den letzten 25 Jahren - wir haben seit 1996 ein verlassenes Militärgelände in einen "
         "modernen Hochschulcampus umgewandelt, viele Arbeitsplätze im Hunsrück geschaffen und sind sehr gut in der Region "
         "vernetzt. Das erfüllt uns mit Stolz\", reflektiert der Direktor der Hochschule Friedel Durben.")
HA_P4 = ("Zuvor war Koblenz-Asterstein für mehr als 40 Jahre der Standort für die polizeiliche Aus- und Fortbildung in "
         "Rheinland-Pfalz. Der Umzug in den Hunsrück brachte auch für das polizeiliche Studium tiefgreifende Veränderungen. Aus "
         "dem anfänglichen Fachbereich Polizei der Fachhochschule für Öffentliche Verwaltung mit Diplomstudiengang hat sich "
         "eine Hochschule mit international anerkanntem, attraktiven Bachelor- und Masterstudiengang entwickelt, der die "
         "Polizeistudierenden auf ein abwechslungsreiches Berufsfeld vorbereitet. Jedes Jahr beginnt im Mai und Oktober für "
         "insgesamt 580 junge Studierende aus Rheinland-Pfalz und dem gesamten Bundesgebiet auf \"dem Hahn\" der Einstieg in "
         "den Polizeiberuf.")

add(id="ho740-ots-2021-03-hdp-rp-durben-25-jahre-campus-hahn",
    title=HA_T,
    url="https://www.presseportal.de/blaulicht/pm/117718/4867392",
    retrieved="same address (release of the Hochschule der Polizei Rheinland-Pfalz sent over news aktuell from its newsroom "
              "117718 in March 2021, on the day of the campus's 25th anniversary, the date prefix ' date 2021-03'); the date "
              "prefix and the newsroom label 'Hochschule der Polizei' dropped (rules 4040, 4100); the headline, stored without "
              "a service code, is the title and no code is added; the dateline, stored as the bare place 'Büchenbeuren' "
              "without '(ots)', a line of its own as stored, nothing added (rules 20, 4630); the fifth paragraph, which holds "
              "a second quotation of Friedel Durben ('\"Wir fühlen uns wohl hier im Hunsrück. …\", erklärt Friedel Durben') and "
              "which the stored copy breaks off inside a word ('… haben die Mitarbeiterinnen und Mitarbeiter der H'), dropped "
              "with that quotation (rule 15); the published 'Lehr - und', '13000' and 'anerkanntem, attraktiven' kept (rule 20)",
    license=OTS_POLIZEI_SENDER,
    paras=["Büchenbeuren", HA_P1, HA_P2, HA_P3, HA_P4],
    # the quotation before `reflektiert der Direktor der Hochschule Friedel Durben` is his, the verb of reflecting standing
    # where a verb of saying stands (rule 30); his `wir` speaks for the Hochschule, but the cue names him (rule 11 does not
    # apply); the campus's colloquial name with its article in marks (`auf "dem Hahn"`) is null (rules 2, 24, 4633); the
    # HdP, the Polizei Rheinland-Pfalz and the Studierende say nothing; the office phrase `Direktor der Hochschule` names the
    # body and is no alias (rule 33)
    quotes=[(cut(HA_P3, "\"Es hat", "Stolz\""), DURBEN),
            ("\"dem Hahn\"", None)],
    aliases={DURBEN: ["Friedel Durben"]})

# --- metropolnews.info (ots repost), undated: Polizeipräsidium Rheinpfalz, Eberhard Weber welcomes 45 officers ---

LU_P1 = ("Ludwigshafen (ots) – 45 Polizeibeamtinnen (14) und Polizeibeamte (31) konnte der stellvertretende Polizeipräsident, "
         "Eberhard Weber, heute im Polizeipräsidium Rheinpfalz begrüßen.")
LU_P2 = ("Erst gestern waren die jungen Kolleginnen und Kollegen zu Polizeikommissaren und Polizeikommissarinnen ernannt "
         "worden, nachdem Sie erfolgreich Ihr dreijähriges Studium abgeschlossen hatten. „Sie wurden sehnsüchtig erwartet“, "
         "begrüßte Eberhard Weber die Neuen. In seiner Ansprache verdeutlichte Weber wie anspruchsvoll aber auch wunderschön "
         "und facettenreich unser Beruf ist. „Lernen Sie unser Präsidium kennen, sehen sie welche Möglichkeiten Ihnen unser "
         "Beruf bietet, nutzen Sie Gelegenheiten und basteln Sie an ihrer beruflichen Karriere“, so Weber.")
LU_P3 = ("Abschließend macht er den jungen Frauen und Männer aber auch deutlich, welche Erwartungen an sie gestellt werden. "
         "„Die Polizei Rheinland-Pfalz ist eine Bürgerpolizei. Sehen sie bei Ihrem Handeln stets den Menschen.“")
LU_P4 = ("Nach einem Grußwort des Gesamtpersonalrats wurden die 45 an ihre Direktionsleiter übergeben: Zur "
         "Polizeidirektionen Ludwigshafen werden 11, zur Polizeidirektion Landau 10 und zur Polizeidirektion Neustadt 24 "
         "versetzt.")

add(id="ho740-metropolnews-pol-pprp-weber-begruessung",
    title=None,
    url="https://metropolnews.info/mp285944/ludwigshafen-neue-polizisten-fuers-polizeipraesidium-rheinpfalz-2",
    retrieved="same address (release of the Polizeipräsidium Rheinpfalz sent over ots, reposted by the regional news portal "
              "metropolnews.info under its number mp285944 with the wire's dateline 'Ludwigshafen (ots) –', set with an en "
              "dash, run into the first paragraph; the address slug ('ludwigshafen-neue-polizisten-fuers-polizeipraesidium-"
              "rheinpfalz-2') gives the headline, which the stored copy does not show, so the document gets no title (rules "
              "18, 32, 4630); undated in the stored copy, the day after a graduation of the Hochschule der Polizei; the paragraphs are "
              "separated by single line breaks in the copy, each a paragraph as stored; the stored copy ends after the fourth "
              "paragraph without a contact block, the body's end or the excerpt's (rule 17); the published capitals in "
              "'nachdem Sie erfolgreich Ihr', the small 'sehen sie' and 'Sehen sie', 'den jungen Frauen und Männer' and 'Zur "
              "Polizeidirektionen' kept (rule 20)",
    license=OTS_POLIZEI_RLP_REPOST_METROPOLNEWS,
    paras=[LU_P1, LU_P2, LU_P3, LU_P4],
    # the quotation before `begrüßte Eberhard Weber die Neuen` is his, a verb of greeting after the quotation being a cue
    # (rule 30); the unmarked `die Neuen` carries no span (rule 5); the quotation before `so Weber` is his (rule 30); the
    # cue-less quotation after `Abschließend macht er … deutlich, welche Erwartungen an sie gestellt werden.` continues him
    # (rule 8, NOTES.md continuation); the Gesamtpersonalrat, whose Grußwort is only named, the Direktionsleiter and the new
    # officers say nothing; `stellvertretende Polizeipräsident` names only Weber and is an alias (rule 44)
    quotes=[("„Sie wurden sehnsüchtig erwartet“", WEBER),
            (cut(LU_P2, "„Lernen Sie", "Karriere“"), WEBER),
            (cut(LU_P3, "„Die Polizei", "Menschen.“"), WEBER)],
    aliases={WEBER: ["Eberhard Weber", "Weber", "stellvertretende Polizeipräsident"]})
