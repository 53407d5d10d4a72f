# Four-hundred-and-thirty-seventh held-out German real-news set (tests/data/heldout437-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets (among them rule 2250 of the
# four-hundred-and-thirty-second set on LPA pages) and the new rules of this set, 2280-2281). None of these pages is in any
# tests/data/*.jsonl or in another helper's worktree (checked by article id, headline and two distinctive phrases or speaker
# names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-thirty-seventh held-out set": nine news items of the press office of the
# Autonomous Province of Bolzano - South Tyrol (Landespresseamt, LPA) on provinz.bz.it / provincia.bz.it and on the Ladin
# host provinzia.bz.it, 2008-2016 (licence LPA_BZ, defined as in the four-hundred-and-thirty-second set). Speakers and
# departments other than that set's: Landeshauptmann Luis Durnwalder, Landeshauptmann Arno Kompatscher, the Landesräte
# Thomas Widmann (mobility), Christian Tommasini (Italian school and culture), Barbara Repetto (equal opportunities), and
# the school head Franz Tutzer at Philipp Achammer's mid-term press conference (education); also the Styrian Landeshauptmann
# Franz Voves and his deputy Hermann Schützenhöfer. Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 2250), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import LPA_BZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


DURNWALDER = "Luis Durnwalder"
VOVES = "Franz Voves"
SCHUETZENHOEFER = "Hermann Schützenhöfer"
WIDMANN = "Thomas Widmann"
KOMPATSCHER = "Arno Kompatscher"
TUTZER = "Franz Tutzer"
TOMMASINI = "Christian Tommasini"
REPETTO = "Barbara Repetto"


def upto(p, end):
    """The quotation that starts at p's first quotation mark and ends with `end` (which includes the closing mark)."""
    i = p.index("\"")
    return p[i:p.index(end, i) + len(end)]


def between(p, start, end):
    """The quotation that starts with `start` (its opening mark) and ends with `end` (its closing mark)."""
    i = p.index(start)
    return p[i:p.index(end, i) + len(end)]


# --- provinz.bz.it (Straßen, News), 20 April 2012: Luis Durnwalder receives Styria's highest decoration in Graz ---

STMK_T = "LH Durnwalder erhält höchste steirische Auszeichnung"
STMK_P1 = ("LPA - Landeshauptmann Luis Durnwalder wurde heute (20. April) in Graz vom steirischen Landeshauptmann Franz Voves "
           "und seinem Stellvertreter Hermann Schützenhöfer mit dem \"Großen Goldenen Ehrenzeichen des Landes Steiermark mit "
           "Stern\" ausgezeichnet. Es handelt sich um die höchste Auszeichnung des Landes Steiermark.")
STMK_P2 = ("In seiner Laudatio in der Aula der Alten Universität in Graz bedankte sich der steirische Landeshauptmann Franz "
           "Voves bei Durnwalder für die \"wunderbare Freundschaft sowie das große Miteinander, die seit Jahrzehnten die guten "
           "Kontakte zwischen der Steiermark und Südtirol auszeichnen.\" Landeshauptmann-Stellvertreter Hermann Schützenhöfer "
           "unterstrich die \"herzlichen Bande\", die bereits die früheren Landeshauptleute der beiden Länder, Silvius "
           "Magnago und Josef Krainer senior, geknüpft hätten, und an die \"hoffentlich noch viele weitere Jahre der guten und "
           "vertrauensvollen Zusammenarbeit\" anschließen.")
STMK_P3 = ("Der Geehrte Landeshauptmann Luis Durnwalder erklärte in seinen Dankesworten, sich sehr über diese Auszeichnung zu "
           "freuen, \"auch wenn ich auf Anhieb nichts finden konnte, was mich besonders auszeichnen würde.\" Nachdem er "
           "seinerzeit nur dank eines steirischen Stipendiums studieren konnte, würde laut Durnwalder eher die Steiermark die "
           "Dankbarkeit verdienen.")

add(id="ho437-lpa-2012-04-durnwalder-steirische-auszeichnung",
    title=STMK_T,
    url="https://provinz.bz.it/tourismus-mobilitaet/strassen/news.asp?news_action=4&news_article_id=391778",
    retrieved="same address (LPA news item 391778 of 20 April 2012 in the news module of the Province's road pages; the "
              "date from the item's '(20. April)' and the Landespressedienst Steiermark report of the same ceremony in the "
              "Österreich Journal of 20.04.12; the section line 'News' and the photo caption 'LH Luis Durnwalder bekommt "
              "von LH-Vize Hermann Schützenhöfer und LH Franz Voves (v.l.) das Ehrenzeichen mit dem Stern überreicht.' "
              "dropped, the lead's agency mark 'LPA - ' kept (rule 2250); the two spaces after 'anschließen.' at the end "
              "of the second paragraph dropped; the fourth paragraph '\"Ich sehe diese Auszeichnung demnach als "
              "Anerkennung …\", erklärte LH Durnwalder, … begründet liegen: \"Bei uns leben Leute, die wissen, d', cut off "
              "in the stored copy, dropped with its two quotations (rules 15, 52))",
    license=LPA_BZ,
    paras=[STMK_P1, STMK_P2, STMK_P3],
    # the decoration's name is null (rules 2, 24); partial quotations in the laudations are their speakers' (rule 3);
    # `Landeshauptmann` names Durnwalder and Voves (and is part of Schützenhöfer's compound title), so no role form is an
    # alias (rules 44, 67)
    quotes=[("\"Großen Goldenen Ehrenzeichen des Landes Steiermark mit Stern\"", None),
            (between(STMK_P2, "\"wunderbare", "auszeichnen.\""), VOVES),
            ("\"herzlichen Bande\"", SCHUETZENHOEFER),
            (between(STMK_P2, "\"hoffentlich", "Zusammenarbeit\""), SCHUETZENHOEFER),
            (between(STMK_P3, "\"auch wenn", "würde.\""), DURNWALDER)],
    aliases={VOVES: ["Franz Voves"],
             SCHUETZENHOEFER: ["Hermann Schützenhöfer"],
             DURNWALDER: ["Luis Durnwalder", "Durnwalder"]})

# --- provincia.bz.it (Tag der Autonomie, news archive), [about 2007-2008]: Thomas Widmann on a tram line to the Überetsch ---

TRAM_T = "LR Widmann zu Tram Bozen-Überetsch: \"Innovatives Konzept\""
TRAM_P1 = ("(LPA) Einiges abgewinnen kann Mobilitätslandesrat Thomas Widmann dem Vorhaben der Gemeinde Bozen, eine Tramlinie "
           "ins Überetsch einzurichten. \"Eine Lösung des Verkehrsproblems in Bozen und Umgebung ist längst überfällig\", so "
           "Widmann. Umso wichtiger sei es, dass jetzt konkrete Schritte gesetzt würden.")
TRAM_P2 = ("Die Landeshauptstadt ist nicht nur der größte Ballungsraum im Land, sie ist auch der zentrale Verkehrsknotenpunkt. "
           "\"Damit ist Bozen das Herzstück im öffentlichen Personennahverkehr\", unterstreicht Widmann. Auch vor diesem "
           "Hintergrund müsse dem Bereich Mobilität in der Landeshauptstadt ein besonderes Augenmerk gwidmet werden. \"Es geht "
           "darum, baldmöglichst  zukunftsweisende Lösungen zu realisieren\", so der Landesrat.")
TRAM_P3 = ("Dass man dem Verkehrsproblem in der Landeshauptstadt nun mit neuen Ideen zu Leibe rücken will, findet deshalb beim "
           "Mobilitätslandesrat vollste Zustimmung. \"Entscheidend ist, dass eine innovative und gleichermaßen realistische "
           "Lösung angestrebt wird\", so Widmann. Gleichzeitig müsse diese auch in ein Gesamtkonzept zur Mobilität eingepasst "
           "werden. \"Deshalb bedarf es zur Lösung des Verkehrsproblems auch der Zusammenarbeit aller Beteiligten, also von "
           "Land, Stadt Bozen und den Gemeinden im Überetsch\", erklärt der Landesrat, der zusichert, zukunftsweisende Projekte "
           "für den Personennahverkehr über sein Ressort zu unterstützen und mit voranzutreiben.")

add(id="ho437-lpa-widmann-tram-bozen-ueberetsch",
    title=TRAM_T,
    url="https://provincia.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=204480",
    retrieved="same address (LPA news item 204480 in the news archive module of the Province's 'Tag der Autonomie' pages, "
              "German text under the Italian host name; undated in the stored copy, about 2007-2008 by its number (before "
              "item 228406 of July 2008); the section lines 'News / Archiv' and 'News', the editor's initials 'chr' and the "
              "module's list 'Andere Mitteilungen "
              "dieser Kategorie' with its links and 'Sitemap' dropped, the lead's agency mark '(LPA) ' kept (rule 2250); "
              "the published 'gwidmet' and the double space in 'baldmöglichst  zukunftsweisende' kept (rule 20); complete "
              "in the stored copy)",
    license=LPA_BZ,
    paras=[TRAM_P1, TRAM_P2, TRAM_P3],
    # headline `LR Widmann zu …: "…"` (rule 54; the body speaks of `eine innovative … Lösung`); `so der Landesrat` and
    # `erklärt der Landesrat` resolved to the one Landesrat of the item (rule 7)
    quotes=[("\"Innovatives Konzept\"", WIDMANN),
            (upto(TRAM_P1, "überfällig\""), WIDMANN),
            (between(TRAM_P2, "\"Damit", "Personennahverkehr\""), WIDMANN),
            (between(TRAM_P2, "\"Es geht", "realisieren\""), WIDMANN),
            (between(TRAM_P3, "\"Entscheidend", "wird\""), WIDMANN),
            (between(TRAM_P3, "\"Deshalb", "Überetsch\""), WIDMANN)],
    aliases={WIDMANN: ["Thomas Widmann", "Mobilitätslandesrat Thomas Widmann", "LR Widmann", "Widmann", "Landesrat",
                       "Mobilitätslandesrat"]})

# --- provinz.bz.it (Arbeit, Aktuelles), 6 September 2016: Arno Kompatscher on the Day of Autonomy at Sigmundskron ---

AUT_T = "Tag der Autonomie: mehr als positive Bilanz"
AUT_P1 = ("Wissenschaftliche Tagung mit gegensätzlichen Blickwinkeln und die Aussagen der hohen Politik: Der Tag der Autonomie "
          "auf Schloss Sigmundskron war ein Erfolg.")
AUT_P2 = ("Landeshautmann Arno Kompatscher ist mit der Festveranstaltung auf Schloss Sigmundskron zufrieden: \"Es war eine "
          "sehr gelungene Veranstaltung\", sagt er bei der heutigen Pressekonferenz (6. September). Die wissenschaftliche "
          "Tagung hat zunächst die immer noch gegensätzlichen Standpunkte der Historiker zur Rolle des Pariser Vertrags "
          "beleuchtet. \"Wie interessant die unterschiedlichen Zugänge der Historiker waren, hat gezeigt, wie aufmerksam die "
          "Gäste die ganze Zeit über zugehört haben\", sagt er. Diese Tagung habe den Zweck verfolgt, einen eingehenden Blick "
          "auf die Vergangenheit zu werfen, um sich besser für die Zukunft zu rüsten. „Ich finde es ganz wichtig, dass sich "
          "die junge Generation den Werdegang unserer Autonomie gegenwärtig hält. Dieser war möglich dank des "
          "jahrzehntelangen Einsatzes vieler Persönlichkeiten mit großem Weitblick, die gestern erfreulicherweise zu einem "
          "guten Teil mit dabei waren“, betont der Landeshauptmann.")
AUT_P3 = ("Gerade die Stellungnahmen der beiden Außenminister von Österreich und Italien, Sebastian Kurz und Paolo Gentiloni, "
          "seien von großer Bedeutung für Südtirol gewesen. \"Die beiden Außenminister haben sich klar zu einem weiteren "
          "Ausbau der Autonomie bekannt, auch vor dem Hintergrund der bevorstehenden Verfassungsreform. Die jetzige "
          "Schutzklausel ist die beste, die Südtirol je hatte – sie entspricht de facto einem Vetorecht, was uns in eine gute "
          "Ausgangsposition bringt. Wir haben damit tatsächlich den Boden dafür bereitet, unsere Autonomie noch weiter "
          "voranzubringen\", sagt der Landeshauptmann.")
AUT_P4 = ("Nicht zuletzt seien die Videobotschaften der beiden ehemaligen Staatsoberhäupter Fischer und Napolitano von "
          "politischer Relevanz gewesen.")

add(id="ho437-lpa-2016-09-kompatscher-tag-der-autonomie-bilanz",
    title=AUT_T,
    url="http://www.provinz.bz.it/arbeit-wirtschaft/arbeit/aktuelles.asp?aktuelles_action=4&aktuelles_article_id=560086",
    retrieved="same address (LPA news item 560086 in the 'Aktuelles' module of the Province's labour pages; '(6. September)' "
              "in the item, 2016 by its content (the foreign ministers Kurz and Gentiloni, the 70th anniversary of the Paris "
              "agreement); the section line 'Aktuelles' and the photo caption 'LH Kompatscher: \"Der Tag der Autonomie war "
              "ein Erfolg.\" Foto: LPA/ O. Verant' dropped with its quotation (rules 1816, 2250); headline as title, the "
              "lead as its own line (rule 18); the published 'Landeshautmann' kept (rule 20); the last paragraph, of which "
              "the stored copy shows only 'Mit', dropped (rule 15))",
    license=LPA_BZ,
    paras=[AUT_P1, AUT_P2, AUT_P3, AUT_P4],
    # `sagt er` resolved to Kompatscher, the subject of the sentence before (rule 8); `Landeshauptmann` names only him in the
    # kept text (the foreign ministers and former heads of state are named otherwise; rule 7)
    quotes=[(upto(AUT_P2, "Veranstaltung\""), KOMPATSCHER),
            (between(AUT_P2, "\"Wie interessant", "haben\""), KOMPATSCHER),
            (between(AUT_P2, "„Ich finde", "waren“"), KOMPATSCHER),
            (between(AUT_P3, "\"Die beiden", "voranzubringen\""), KOMPATSCHER)],
    aliases={KOMPATSCHER: ["Arno Kompatscher", "Landeshautmann Arno Kompatscher", "Landeshauptmann"]})

# --- provinzia.bz.it (Ladin culture, Aktuelles), [2016]: Franz Tutzer at Philipp Achammer's mid-term press conference ---

HZ_T = "#halbzeit Landesrat Achammer (1/3): Bildung"
HZ_P1 = ("Bildung findet nicht nur im Klassenzimmer statt. Als Zukunftsvision wünscht sich Landesrat Achammer die "
         "Bildungshoheit für Südtirol.")
HZ_P2 = ("Bei der heutigen Pressekonferenz zur Halbzeit der Legislaturperiode, die im Bozner Stadttheater stattfand, stand "
         "Franz Tutzer, Direktor der Fachoberschule für Landwirtschaft sowie der Wirtschaftsfachoberschule als Vertreter der "
         "Südtiroler Bildungswelt zusammen mit Landesrat Philipp Achammer im wahrsten Sinne des Wortes auf der Bühne.")
HZ_P3 = ("\"Anfangs\", so berichtete Tutzer, \"war ich wie viele andere überrascht über einen so jungen Bildungslandesrat. Die "
         "Überraschung hat sich aber sehr schnell gelegt.\" Begegnet waren sich Direktor Tutzer und Philipp Achammer ein "
         "erstes Mal bereits vor ziemlich genau 12 Jahren: Damals war Tutzer Vorsitzender der Prüfungskommission, vor der der "
         "nunmehrige Landesrat seine Maturaprüfung ablegte.")
HZ_P4 = ("Als Landesrat schätze er Achammer vor allem wegen seiner Dialogbereitschaft und seiner offenen Haltung für "
         "verschiedene Akteure im Bildungsbereich. Besonders gut angekommen seien laut Tutzer die Dialogrunden, die bei der "
         "Erarbeitung des Bildungsgesetzes in den Bezirken abgehalten wurden. Dies habe gezeigt, in welche Richtung der "
         "Landesrat gehen möchte. \"Er ist aber Realist genug, um zu verstehen, dass nicht alles, was er sich vorstellt, im "
         "komplexen Bereich der Bildung auch möglich ist\", betonte Tutzer.")
HZ_H5 = "Ein \"schmales\" Gesetz für die Bildung in Südtirol"
HZ_P6 = ("Das Bildungs-Omnibusgesetz hat nicht nur für viel Diskussion gesorgt, sondern ist bereits in der Diskussion mit "
         "einer Vielzahl an Akteuren entstanden. \"Schule kann nicht mehr nur im Klassenzimmer stattfinden. "
         "Bildungsprozesse müssen auch über die Schule hinaus geschehen\", sagte Tutzer.")

add(id="ho437-lpa-2016-halbzeit-achammer-bildung-tutzer",
    title=HZ_T,
    url="https://provinzia.bz.it/ert-cultura/cultura/de/aktuelles.asp?news_lld_action=4&news_lld_article_id=550429",
    retrieved="same address (LPA news item 550429 in the German 'Aktuelles' module of the Ladin culture pages, under the "
              "Province's Ladin host name (rule 2281); undated in the stored copy, 2016 by its number and content (the "
              "mid-term of the 2013-2018 legislature); the section line 'Aktuelles', the photo caption 'Halbzeit: "
              "Pressekonferenz mit Landesrat Philipp Achammer. Foto: LPA/Ingo Dejaco' and an empty line holding a single "
              "space dropped (rule 2250); headline as title, the lead as its own line, the subheading kept as a line (rules "
              "13, 18); the last paragraph 'Er bezeichnete das Bildungsgesetz als ein \"schmales\" Gesetz, \"und im "
              "Bildungsbereich ist man insgesamt froh darüber, dass darau', cut off in the stored copy, dropped with its "
              "two quotations (rule 15))",
    license=LPA_BZ,
    paras=[HZ_P1, HZ_P2, HZ_P3, HZ_P4, HZ_H5, HZ_P6],
    # a quotation interrupted by `so berichtete Tutzer` (split quotes, NOTES.md); the subheading's one marked word is null,
    # since the sentence that credits it to Tutzer is in the cut paragraph (rules 183, 2280)
    quotes=[("\"Anfangs\"", TUTZER),
            (between(HZ_P3, "\"war ich", "gelegt.\""), TUTZER),
            (between(HZ_P4, "\"Er ist", "ist\""), TUTZER),
            ("\"schmales\"", None),
            (between(HZ_P6, "\"Schule", "geschehen\""), TUTZER)],
    aliases={TUTZER: ["Franz Tutzer", "Direktor Tutzer", "Tutzer"]})

# --- provinzia.bz.it (Ladin culture, Aktuelles), [about late 2011]: Christian Tommasini defends a meeting with pupils ---

BLO_T = "LR Tommasini verteidigt Treffen mit Studenten: \"Kann nicht jeden kennen\""
BLO_P1 = ("Sein Treffen mit einer Schülerdelegation am vergangenen Donnerstag verteidigt Landesrat Christian Tommasini. Der "
          "Kritik, dass daran eine Vertreterin des rechtsnationalen \"Blocco studentesco\" teilgenommen habe, hält er "
          "entgegen: \"Die Schülerinnen und Schüler haben sich mir nicht einzeln vorgestellt und ich kann schließlich nicht "
          "jeden Einzelnen und jede Einzelne kennen\", so Tommasini.")
BLO_P2 = ("Am Rande einer Schülerdemonstration hatte der Landesrat am Donnerstag vergangener Woche eine Delegation empfangen, "
          "um sich die Argumente der Schüler anzuhören. Die Tatsache, dass dabei auch eine Schülerin zugegen war, die dem "
          "rechtsgerichteten \"Blocco studentesco\" angehört, war von den Schützen kritisiert und Tommasini angekreidet "
          "worden. Der Landesrat selbst betont nun: \"Es gibt keinen Grund zu glauben, dass ich diese Studentengruppe in "
          "irgendeiner Art legitimieren wollte, nur weil eine Vertreterin beim Gespräch dabei war\", so Tommasini. Und "
          "weiter: \"Ich denke vielmehr, dass mein politischer Werdegang und das Engagement, das mein Ressort im Kampf gegen "
          "Extremismen an den Tag legt, für sich sprechen.\"")
BLO_P3 = ("Der Landesrat, in der Landesregierung zuständig für die italienische Schule, präzisiert, dass es - nachdem er "
          "selbst dem Mitte-Links-Lager angehöre - auf der Hand liege, dass er die Haltungen der extremen Rechten ablehne. "
          "Beim Treffen selbst habe sich kein Schülervertreter als Angehöriger des \"Blocco studentesco\" ausgewiesen, er "
          "habe deshalb nicht wissen können, wen die Schüler zum Gespräch mit dem Landesrat entsandt hatten.")

add(id="ho437-lpa-tommasini-blocco-studentesco-kann-nicht-jeden-kennen",
    title=BLO_T,
    url="https://provinzia.bz.it/ert-cultura/cultura/de/aktuelles.asp?news_lld_action=4&news_lld_article_id=379177",
    retrieved="same address (LPA news item 379177 in the German 'Aktuelles' module of the Ladin culture pages, under the "
              "Province's Ladin host name (rule 2281); undated in the stored copy, late 2011 by its number (between the "
              "items 368099 of July 2011 and 391778 of April 2012); the section line 'Aktuelles' dropped (rule 2250); the "
              "last paragraph 'Tommasini erinnert schließlich auch daran, … \"Wir bekämpfen diese Einstellungen durch "
              "Bildungs- und Sensibilisierungsinitiativen …, weil wir den Schülern klar machen wollen, welch', cut off in "
              "the stored copy, dropped with its unclosed quotation (rule 15))",
    license=LPA_BZ,
    paras=[BLO_P1, BLO_P2, BLO_P3],
    # the headline `LR Tommasini verteidigt …: "…"` (rule 54); the group's name in marks three times (null, rule 2, by
    # occurrence index); `Und weiter: "…"` continues Tommasini's statement (verbless colon cue, rule 9)
    quotes=[("\"Kann nicht jeden kennen\"", TOMMASINI),
            ("\"Blocco studentesco\"", None, 0),
            (between(BLO_P1, "\"Die Schülerinnen", "kennen\""), TOMMASINI),
            ("\"Blocco studentesco\"", None, 1),
            (between(BLO_P2, "\"Es gibt", "war\""), TOMMASINI),
            (between(BLO_P2, "\"Ich denke", "sprechen.\""), TOMMASINI),
            ("\"Blocco studentesco\"", None, 2)],
    aliases={TOMMASINI: ["Christian Tommasini", "Landesrat Christian Tommasini", "LR Tommasini", "Tommasini", "Landesrat"]})

# --- provinz.bz.it (Ladin culture, Aktuelles), 7 February 2014: Christian Tommasini meets the Austrian consul general ---

BER_T = "Generalkonsulin Berka bei LH-Stellvertreter Tommasini"
BER_P1 = ("LPA - Auch mit Landeshauptmann-Stellvertreter Christian Tommasini, der in der Landesregierung für italienische "
          "Schule und Kultur, für Bauten und das Grundbuch- und Katasterwesen zuständig ist, ist die österreichische "
          "Genealkonsulin in Mailand, Sigrid Berka, heute (7. Februar) zusammengetroffen. Dabei ging es vorrangig um die "
          "politische Lage in Südtirol und die grenzüberschreitende Zusammenarbeit.")
BER_P2 = ("Von einer sich wandelnden Südtiroler Gesellschaft und von einer italienischen Volksgruppe, die zunehmend hinter "
          "der Südtirol-Autonomie stehe, berichtete LH-Stellvertreter Tommasini Generalkonsulin Berka. Die Reaktionen auf die "
          "Sendung \"Porta a Porta\" des staatlichen Fernsehsenders Rai mit Bruno Vespa stellten dies unter Beweis. \"Viele "
          "italienischsprachige Familien bevorzugen eine deutsche Schulausbildung für ihre Kinder und treten für eine "
          "mehrsprachige Schule ein\", so der Landesrat. Er verwies auf die Mehrsprachigkeit, das Zusammenleben der Kulturen "
          "und die Brückenfunktion zwischen dem italienischen und deutschen Sprachraum als besondere Stärken Südtirol, die im "
          "Rahmen der Europaregion zur Geltung gebracht werden könnten.")
BER_P3 = ("Die grenzüberschreitende Zusammenarbeit im Kultur- und Bildungsbereich war ein weiterer Themenkreis, den LR "
          "Tommasini mit der österreichischen Generalkonsulin heute besprochen hat. Neben Kulturkooperationen war auch die "
          "Ausbildung der Lehrpersonen und die entsprechende Zusammenarbeit der Universitäten Gesprächsinhalt. \"Das Land "
          "Südtirol ist bestrebt, vom Staat die primäre Gesetzgebungskompetenz im Schulbereich zu erlangen und möchte dann in "
          "der Ausbildung mehrsprachiger Lehrpersonen neue Wege gehen\", so Tommasini gegenüber Berka.")

add(id="ho437-lpa-2014-02-tommasini-generalkonsulin-berka",
    title=BER_T,
    url="https://provinz.bz.it/ert-cultura/cultura/de/aktuelles.asp?news_lld_action=4&news_lld_article_id=449823",
    retrieved="same address (LPA news item 449823 of 7 February 2014 in the German 'Aktuelles' module of the Ladin culture "
              "pages; the date from the item's '(7. Februar)' and its number (after item 446565 of January 2014); the "
              "section line 'Aktuelles' and the editor's initials 'jw' dropped, the lead's agency mark 'LPA - ' kept (rule "
              "2250); the published 'Genealkonsulin' and 'Stärken Südtirol' kept (rule 20); complete in the stored copy)",
    license=LPA_BZ,
    paras=[BER_P1, BER_P2, BER_P3],
    # the programme's name is null (rules 2, 24); `so der Landesrat` after a sentence about the programme and its host is
    # Tommasini's, the one Landesrat of the item (rule 7); the addressee after `gegenüber` is no speaker (rule 12)
    quotes=[("\"Porta a Porta\"", None),
            (between(BER_P2, "\"Viele", "ein\""), TOMMASINI),
            (between(BER_P3, "\"Das Land", "gehen\""), TOMMASINI)],
    aliases={TOMMASINI: ["Christian Tommasini", "Landeshauptmann-Stellvertreter Christian Tommasini",
                         "LH-Stellvertreter Tommasini", "LR Tommasini", "Tommasini", "Landesrat"]})

# --- provinz.bz.it (Tag der Autonomie, news archive), 7 July 2008: Luis Durnwalder takes leave of Luisa Gnecchi ---

GN_T = "LRin Gnecchi von der Landesregierung verabschiedet"
GN_P1 = ("(LPA) Eine besondere Sitzung hat die Landesregierung heute (7. Juli) hinter sich gebracht: Es war die letzte mit "
         "Landeshauptmann-Stellvertreterin und Landesrätin Luisa Gnecchi. Am Ende der Sitzung haben Landeshauptmann und "
         "Landesräte die verdiente Kollegin in einer kleinen Feier verabschiedet.")
GN_P2 = ("Nachdem Gnecchi im Frühjahr den Sprung in die römische Abgeordnetenkammer geschafft hatte, hat sie nun ihre Ämter "
         "als Stellvertreterin von Landeshauptmann Luis Durnwalder und als Landesrätin für Arbeit, italienische Schule, "
         "Innovation, Genossenschaftswesen, Chancengleichheit und italienische Berufsbildung niedergelegt. Die heutige war "
         "demnach ihre letzte Sitzung im Kreis der Landesregierung, der sie für beinahe zwei Amtsperioden angehört hatte.")
GN_P3 = ("Landeshauptmann Durnwalder hat seine Stellvertreterin heute offiziell verabschiedet und ihr bei dieser Gelegenheit "
         "für ihren Einsatz im Amt gedankt. \"Ich danke Luisa Gnecchi vor allem für ihre Professionalität und ihr "
         "Verantwortungsgefühl, das sie stets mit ihrem Amt verbunden hat\", so Durnwalder. Der Landeshauptmann unterstrich "
         "zudem den Einsatz Gnecchis für die gesamte Gesellschaft: \"Sie hat die Sicht der italienischen Sprachgruppe im Land "
         "in die Diskussionen eingebracht, gleichzeitig aber nie die Anliegen der anderen Sprachgruppen aus den Augen "
         "verloren\", so Durnwalder.")

add(id="ho437-lpa-2008-07-durnwalder-verabschiedet-gnecchi",
    title=GN_T,
    url="https://provinz.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=228406",
    retrieved="same address (LPA news item 228406 in the news archive module of the Province's 'Tag der Autonomie' pages; "
              "'heute (7. Juli)' in the item, 2008 by its content (Gnecchi elected to the Chamber of Deputies in the spring "
              "elections of 2008); the section lines 'News / Archiv' and 'News', the photo caption 'Abschied: LH Durnwalder "
              "hat sich heute bei der scheidenden Landesrätin Gnecchi bedankt. (Foto: LPA/Pertl)', the editor's initials "
              "'chr' and the module's list 'Andere Mitteilungen dieser Kategorie' with its links and 'Sitemap' dropped, the "
              "lead's agency mark '(LPA) ' kept (rule 2250); complete in the stored copy)",
    license=LPA_BZ,
    paras=[GN_P1, GN_P2, GN_P3],
    # both quotations closed by `so Durnwalder`; the name of the person thanked inside the first one is no cue; the bare
    # role word `Landeshauptmann` is not listed, since the scorer would let Gnecchi's hyphenated title
    # `Landeshauptmann-Stellvertreterin` pass as Durnwalder (rules 33, 67); the name-bearing forms are
    quotes=[(between(GN_P3, "\"Ich danke", "hat\""), DURNWALDER),
            (between(GN_P3, "\"Sie hat", "verloren\""), DURNWALDER)],
    aliases={DURNWALDER: ["Luis Durnwalder", "Landeshauptmann Luis Durnwalder", "Landeshauptmann Durnwalder",
                          "Durnwalder"]})

# --- provincia.bz.it (Tag der Autonomie, news archive), [September 2009]: Barbara Repetto on the equality bill ---

GL_T = "LRin Repetto zu Gleichstellungsgesetz: Unterstützung, Gehälter, Spitzenpositionen"
GL_P1 = ("(LPA) Mehr soziale Gerechtigkeit, mehr Unterstützung für Frauen in der Arbeitswelt, ein Abbau der "
         "Gehaltsunterschiede zwischen Männern und Frauen und eine ausgeglichene Präsenz von Frauen in Führungspositionen: "
         "Diese Ziele strebt Gleichstellungs-Landesrätin Barbara Repetto mit einer Reihe von Änderungen an, die am "
         "Gleichstellungs-Gesetzentwurf vorgenommen werden sollen.")
GL_P2 = ("Der Entwurf zum neuen Gleichstellungsgesetz wird derzeit in der zuständigen Landtagskommission behandelt. In der "
         "nächsten Kommissionssitzung am 24. September will die zuständige Landesrätin nun eine ganze Reihe von Änderungen "
         "einbringen. \"Mir geht es vor allem darum, mit den Änderungen für mehr soziale Gerechtigkeit und mehr Unterstützung "
         "für Frauen in der Arbeitswelt zu sorgen\", so Repetto. Zudem sollten konkrete Maßnahmen ergriffen werden, um die "
         "Gehaltsunterschiede zwischen Männern und Frauen abzubauen und den Weg für Frauen in Spitzenpositionen zu ebnen. "
         "\"Dort sind Frauen nämlich nach wie vor unterrepräsentiert, und zwar unabhängig von ihren Fähigkeiten\", so die "
         "Landesrätin.")
GL_P3 = ("Über all die vorgeschlagenen Änderungen habe man sich in den letzten Monaten auch mit den Gleichstellungs- und "
         "Frauen-Organisationen auseinandergesetzt. Alle hätten dabei betont, dass es eine effiziente "
         "Gleichstellungs-Gesetzgebung brauche und die Chance, eine solche auf die Beine zu stellen, nun ergriffen werden "
         "müsse. \"Die Formulierung der Änderungsanträge hat sich auch wegen der Sommerpause hingezogen, wir arbeiten aber "
         "darauf hin, sie Ende September vorlegen zu können\", so Repetto.")

add(id="ho437-lpa-2009-repetto-gleichstellungsgesetz",
    title=GL_T,
    url="https://provincia.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=308431",
    retrieved="same address (LPA news item 308431 in the news archive module of the Province's 'Tag der Autonomie' pages, "
              "German text under the Italian host name; undated in the stored copy, September 2009 by its number and "
              "content (Repetto was Landesrätin from December 2008 to January 2010; the committee meeting of '24. "
              "September'); the section lines 'News / Archiv' and 'News' dropped, the lead's agency mark '(LPA) ' kept "
              "(rule 2250); the fourth paragraph 'Über diese Vorgangsweise seien die maßgeblichen Stellen, darunter auch "
              "Martha Stocker informiert gewesen. \"Umso mehr wundert es mich, …\", erklärt die Landesrätin, die dies für "
              "ein mittlerweile wohl ausger', cut off in the stored copy, dropped with its quotation (rules 15, 52))",
    license=LPA_BZ,
    paras=[GL_P1, GL_P2, GL_P3],
    # every quotation closed by `so Repetto` or `so die Landesrätin`; the organisations' view in Konjunktiv (`Alle hätten
    # dabei betont, …`) has no marks and is not annotated (rule 5)
    quotes=[(between(GL_P2, "\"Mir geht", "sorgen\""), REPETTO),
            (between(GL_P2, "\"Dort", "Fähigkeiten\""), REPETTO),
            (between(GL_P3, "\"Die Formulierung", "können\""), REPETTO)],
    aliases={REPETTO: ["Barbara Repetto", "Gleichstellungs-Landesrätin Barbara Repetto", "LRin Repetto", "Repetto",
                       "Landesrätin"]})

# --- provincia.bz.it (Tag der Autonomie, news archive), [March 2009]: Barbara Repetto on the new equality council ---

BR_T = "Neuer Landesbeirat für Chancengleichheit ernannt"
BR_P1 = ("(LPA) Seit Montag hat Südtirol einen neuen Landesbeirat für Chancengleichheit. Der von der Landesregierung "
         "ernannte Beirat ist der fünfte seit dessen Einführung im Jahr 1990. \"Der Beirat leistet seit fast zwei "
         "Jahrzehnten wertvolle Sensibilisierungsarbeit, die viel zu einem Umdenken und zur Gleichstellung der Geschlechter "
         "beigetragen hat\", so Landesrätin Barbara Repetto.")
BR_P2 = ("Der Beirat fungiert als beratendes Organ der Landesregierung, wenn es um Fragen der Chancengleichheit zwischen Mann "
         "und Frau geht. Er besteht aus 15 Frauen und bleibt für die Dauer einer Legislaturperiode im Amt. Im neuen Beirat "
         "sitzen Elena Morbini (Netzwerk Frauen-Arbeit), Doriana Pavanello (Agb-Cgil), Christine Zwerger "
         "(Bäuerinnenorganisation), Katrin Mall (Die Freiheitlichen), Franca Toffol (Dachverband der kulturellen "
         "Frauenverbände), Martina Kirchler (Alchemilla), Elisabeth San Nicoló Tribus (Frauen helfen Frauen), Margareth Fink "
         "(Frauen im KVW), Ingrid Runggaldier (Grödner Frauenstammtisch), Patrizia Trincanato (Grüne Fraktion), Helga "
         "Pedrotti (Katholische Frauenbewegung), Astrid Pichler (Netzwerk Wnet), Ida Lanbacher (Plattform für "
         "Alleinerziehende), Reinhild Campidell (Süd-Tiroler Freiheit) sowie Ulrike Oberhammer (SVP-Frauenbewegung).")
BR_P3 = ("\"Zu den primären Zielen des Beirats gehört die Beseitigung von Ungleichheiten und die Förderung der Gleichstellung "
         "von Frauen und Männern\", so Repetto. \"In dieser Hinsicht hat der Beirat in den letzten Jahren viel Aufbauarbeit "
         "geleistet und dazu beigetragen, dass die Gesellschaft überhaupt für dieses Thema sensibilisiert worden ist.\" "
         "Zudem sei es dem Beirat unter der Führung von Julia Unterberger und Alessandra Spada gelungen, zahlreiche Aspekte "
         "der Chancengleichheit in die öffentliche Diskussion zu bringen. \"Das ist oft als Provokation verstanden worden, "
         "war aber nötig, um ein gesellschaftliches Nachdenken in Gang zu setzen\", so die Landesrätin.")

add(id="ho437-lpa-2009-03-repetto-landesbeirat-chancengleichheit",
    title=BR_T,
    url="https://provincia.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=293119",
    retrieved="same address (LPA news item 293119 in the news archive module of the Province's 'Tag der Autonomie' pages, "
              "German text under the Italian host name; undated in the stored copy, March 2009 by its number and content "
              "(the council's constituent meeting of 19 March, LPA item 295691, follows it); the section lines 'News / "
              "Archiv' and 'News' dropped, the lead's agency mark '(LPA) ' kept (rule 2250); the fourth paragraph, of which "
              "the stored copy shows only 'Auch in der am M', dropped (rule 15))",
    license=LPA_BZ,
    paras=[BR_P1, BR_P2, BR_P3],
    # the cue-less second quotation continues `"…", so Repetto.` (NOTES.md continuation, rule 59); the last one is closed
    # by `so die Landesrätin` after a Konjunktiv sentence naming the council's former presidents, still Repetto's
    quotes=[(upto(BR_P1, "hat\""), REPETTO),
            (between(BR_P3, "\"Zu den", "Männern\""), REPETTO),
            (between(BR_P3, "\"In dieser", "ist.\""), REPETTO),
            (between(BR_P3, "\"Das ist", "setzen\""), REPETTO)],
    aliases={REPETTO: ["Barbara Repetto", "Landesrätin Barbara Repetto", "Repetto", "Landesrätin"]})
