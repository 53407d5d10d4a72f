# Three-hundred-and-fifty-seventh held-out German real-news set (tests/data/heldout357-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2010-2012). None of
# these texts is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-fifty-seventh held-out set": four texts of the Austrian Federal
# Chancellery (licence BKA, rule 111): a news item of bundeskanzleramt.gv.at (June 2025), an OTS release of the
# Chancellery (September 2011), the Chancellery's news item on the handover from Brigitte Bierlein to Sebastian Kurz as
# reposted by Diplomacy&Commerce Austria with the source line '(bundeskanzleramt.gv.at)' (January 2020), and a release of
# the Bundespressedienst of the Chancellery as reposted by the Österreich Journal under 'Wien (bpd)' (June 2009). All four
# are reports of receptions and handovers in the Chancellery. Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


STOCKER = "Christian Stocker"
FAYMANN = "Faymann"
FAYMANN_FULL = "Werner Faymann"
KURZ = "Sebastian Kurz"
BIERLEIN = "Brigitte Bierlein"

# --- bundeskanzleramt.gv.at, June 2025: reception of the diplomatic corps ---

DC_P3 = ('"Heute ist diese Regierung seit genau 3 Monaten im Amt, unsere Eckpfeiler sind glasklar: Rechtsstaatlichkeit, '
         'Gewaltenteilung, Menschenrechte, Minderheitenrechte, unabhängige Medien und ein klares Bekenntnis zur '
         'EU-Mitgliedschaft sind nicht verhandelbar. Das Gleiche gilt für die Einhaltung des Völkerrechts und der '
         'Grundprinzipien der UN-Charta", sagte Bundeskanzler Christian Stocker anlässlich des Empfangs des Diplomatischen '
         'Corps sowie Vertreterinnen und Vertreter der Internationalen Organisationen, den er gemeinsam mit '
         'Außenministerin Beate Meinl-Reisinger und Bundesministerin Claudia Plakolm im Bundeskanzleramt veranstaltete.')
DC_P4 = ('Österreich würde jeden Tag beweisen, dass es international und in der Europäischen Union ein verlässlicher, '
         'konstruktiver und starker Partner sei und bleiben werde. Gerade der Kongresssaal im Bundeskanzleramt, in dem der '
         'Empfang stattfinde, sei ein Ort mit langer Tradition, was Diplomatie und internationale Verhandlungen betreffe. So '
         'habe hier 1815 der Wiener Kongress getagt, bei dem nach langen Jahren des Krieges eine europäische Friedensordnung '
         'errungen werden konnte. "Dieser historische Moment lehrte uns eine grundlegende Lektion: Diplomatie ist wichtig, '
         'Dialog ist wichtig. Und heute, in einer von Krieg und zunehmender Unsicherheit erschütterten Welt, ist Diplomatie '
         'wichtiger denn je", so Stocker, der betonte, dass die Arbeit der Diplomatinnen und Diplomaten weit mehr sei, als '
         'die Vertretung des jeweiligen Landes oder der internationalen Organisation: Sie würden vielmehr Vertrauen schaffen '
         'und Kommunikationskanäle öffnen – das sei von unschätzbarem Wert, nicht nur für Österreich, sondern für den '
         'weltweiten Frieden und die Stabilität.')

add(id="ho357-bka-2025-06-empfang-diplomatisches-corps",
    title="Empfang des Diplomatischen Corps sowie Vertreterinnen und Vertreter der Internationalen Organisationen im "
          "Bundeskanzleramt",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2025/06/"
        "empfang-des-diplomatischen-corps.html",
    retrieved="same address (news item of the Bundeskanzleramt of June 2025, three months after the government took "
              "office; the subtitle 'Bundeskanzler Stocker: Vertrauen schaffen …' kept as its own line (rules 18, 112); the "
              "space after the last full stop of the first body paragraph dropped; the paragraph 'Dieser Empfang biete nicht "
              "…', cut off in the stored copy, and the rest dropped (rule 15))",
    license=BKA,
    paras=["Bundeskanzler Stocker: Vertrauen schaffen und Kommunikationskanäle öffnen ist für Frieden und Stabilität von "
           "unschätzbarem Wert",
           DC_P3, DC_P4],
    # the subtitle paraphrases the Chancellor without marks: not annotated (rule 5)
    quotes=[(cut(DC_P3, '"Heute ist', 'UN-Charta"'), STOCKER),
            (cut(DC_P4, '"Dieser historische', 'denn je"'), STOCKER)],
    aliases={STOCKER: ["Christian Stocker", "Bundeskanzler Christian Stocker", "Stocker", "Bundeskanzler Stocker",
                       "Bundeskanzler"]})

# --- ots.at, 2 September 2011: the Chancellor's reception of the ambassadors' conference ---

BK_P3 = ('Wien (OTS) - "Es ist unbestritten, dass unsere diplomatischen Vertreterinnen und Vertreter in der Welt großes '
         'Ansehen genießen. Darauf sind wir sehr stolz", sagte der Bundeskanzler heute, Freitag, beim Empfang der '
         'Botschafterkonferenz im Bundeskanzleramt in Wien.')
BK_P4 = ('"Unsere Vertretungen stehen den Österreicherinnen und Österreichern in Krisengebieten und Krisenherden bei ihren '
         'Sorgen und Nöten mit aktiver Hilfe und vor Ort zur Seite", so der Bundeskanzler. "Auch im Rahmen unserer '
         'Neutralitätspolitik setzen sie wichtige Friedensvermittelnde Maßnahmen. Gerade auch deshalb haben unsere '
         'Botschaften in der Außenpolitik immer eine sehr bedeutende Rolle eingenommen", betonte Faymann.')
BK_P5 = ('"Wir sind stolz darauf in einem Land zu leben, in dem die Beschäftigung sehr hoch, die Arbeitslosigkeit gering '
         'und der Umgang miteinander respektvoll ist. Das ist eine Besonderheit unseres Landes", so Faymann.')
BK_P6 = ('Der Bundeskanzler betonte auch die Wichtigkeit einer EU-weiten gemeinsamen Vertretung. Zum Beispiel im Nahen Osten '
         'gelte es, außenpolitisch gemeinsam aufzutreten und mit einer Stimme zu sprechen. "Es geht hier um Fragen der '
         'Freiheit, der Demokratie und der Nachhaltigkeit. Ein Vorgehen muss stets auch das Wohl der nächsten Generationen '
         'im Blick haben", so der Kanzler.')
BK_P7 = ('Speziell die Situation in Krisengebieten habe einmal mehr gezeigt, "wie wichtig und unerlässlich unsere '
         'Diplomatie für Österreicherinnen und Österreicher, die im Ausland Hilfe brauchen, ist. Die österreichische '
         'Diplomatie leistet darüber hinaus auch bedeutende wirtschaftliche, soziale und friedenspolitische Maßnahmen. '
         'Dafür danke ich Ihnen sehr", so der Bundeskanzler abschließend.')

add(id="ho357-bka-ots-2011-09-02-faymann-botschafterkonferenz",
    title='Bundeskanzler Faymann: "Österreichs Botschaften genießen weltweit großes Ansehen"',
    url="https://www.ots.at/presseaussendung/OTS_20110902_OTS0158/bundeskanzler-faymann-oesterreichs-botschaften-"
        "geniessen-weltweit-grosses-ansehen",
    retrieved="same address (release of 2 September 2011 on the OTS press-release service under the plain dateline 'Wien "
              "(OTS)', reporting the Chancellor's reception of the ambassadors' conference in the Bundeskanzleramt and "
              "pointing to the photo service of the Bundeskanzleramt; the sender line is not in the stored copy, the "
              "release is taken as the Chancellery's (rule 111); the subtitle kept as its own line (rule 18); the photo "
              "service line 'Bilder zu dieser Veranstaltung können Sie aus dem Fotoservice des Bundeskanzleramtes … "
              "kostenfrei abrufen.' dropped (rule 14), and the contact block, cut off after 'Rüc', dropped (rule 15); the "
              "capital 'Friedensvermittelnde' kept as published (rule 20))",
    license=BKA,
    paras=["Diplomatie ist Friedensvermittler und leistet wichtige Hilfe für Österreicher in Krisengebieten",
           BK_P3, BK_P4, BK_P5, BK_P6, BK_P7],
    # only the surname occurs, so it is canonical (rule 7); the headline quotation after `Bundeskanzler Faymann:` is his
    # (rule 2012); `der Bundeskanzler`, `der Kanzler` are role aliases
    quotes=[('"Österreichs Botschaften genießen weltweit großes Ansehen"', FAYMANN),
            (cut(BK_P3, '"Es ist', 'stolz"'), FAYMANN),
            (cut(BK_P4, '"Unsere', 'Seite"'), FAYMANN),
            (cut(BK_P4, '"Auch im', 'eingenommen"'), FAYMANN),
            (cut(BK_P5, '"Wir sind', 'Landes"'), FAYMANN),
            (cut(BK_P6, '"Es geht', 'haben"'), FAYMANN),
            (cut(BK_P7, '"wie wichtig', 'sehr"'), FAYMANN)],
    aliases={FAYMANN: ["Faymann", "Bundeskanzler Faymann", "der Bundeskanzler", "der Kanzler"]})

# --- Diplomacy&Commerce repost of the Chancellery's news item, January 2020: Bierlein hands over to Kurz ---

BK20_P1 = ("Brigitte Bierlein hat die Regierungsgeschäfte nach der Angelobung der neuen Bundesregierung an Sebastian Kurz "
           "übergeben und wünschte ihm und seinen Regierungsmitgliedern “größtmöglichen Erfolg”.")
BK20_P2 = ("“Ihre Regierung wird Vorbild sein – weit über die Grenzen unseres Landes hinaus. Ich freue mich sehr, dass ihre "
           "Regierung mehrheitlich weiblich geprägt ist und wünsche Ihnen für die verantwortungsvollen Aufgaben viel "
           "Erfolg.” Bierlein bedankte sich abschließend bei ihrem Regierungsteam und den Mitarbeiterinnen und Mitarbeitern "
           "des Bundeskanzleramts für die große Unterstützung.")
BK20_P3 = ("Bundeskanzler Sebastian Kurz dankte Brigitte Bierlein und den scheidenden Regierungsmitgliedern, dass sie in "
           "einer sehr herausfordernden Phase die Amtsgeschäfte zum Wohle der Republik Österreich übernommen haben. “Ich "
           "freue mich nun sehr auf die Arbeit im Bundeskanzleramt, es ist schön, die Arbeit für unser Heimatland Österreich "
           "fortsetzen zu dürfen. Wir haben uns im Regierungsprogramm viel vorgenommen, von der Steuerentlastung für "
           "arbeitende Menschen, über Ökologisierungsschritte bis hin zu einer konsequenten Linie im Bereich der Sicherheit "
           "und der Migration”, sagte Sebastian Kurz.")
BK20_P4 = ("Es gebe viele Gesetzesvorlagen, die man gemeinsam mit dem Koalitionspartner auf den Weg bringen werde. Ganz "
           "besonders freue er sich, dass Österreich wieder auf der europäischen und internationalen Ebene “aktiv "
           "auftreten” werde. “Es ist wichtig, auch als kleines Österreich stark in der Europäischen Union mitzugestalten, "
           "dort unsere Interessen zu wahren, aber natürlich auch mitzuhelfen, dass sich die EU in die richtige Richtung "
           "entwickelt”, betonte Bundeskanzler Kurz.")
BK20_P5 = ("“Wir werden uns bemühen, tagtäglich unser Bestes für die Republik Österreich und die Menschen in unserem Land zu "
           "geben.”")

add(id="ho357-bka-dc-2020-01-bierlein-uebergabe-kurz",
    title="Brigitte Bierlein übergab Regierungsgeschäfte an Sebastian Kurz",
    url="http://diplomacyandcommerce.at/brigitte-bierlein-ubergab-regierungsgeschafte-an-sebastian-kurz",
    retrieved="same address (the Chancellery's news item of January 2020 on the handover after the swearing-in of the new "
              "government, as reposted by Diplomacy&Commerce Austria, which closes it with the source line "
              "'(bundeskanzleramt.gv.at)' (rules 31, 111); the source line dropped; the photo credit 'Foto: Dragan "
              "Tatic/BKA' between the first and second paragraphs dropped (rule 14); the curly marks “…” kept as "
              "published; the stored copy is complete)",
    license=BKA,
    paras=[BK20_P1, BK20_P2, BK20_P3, BK20_P4, BK20_P5],
    # the second paragraph opens with an unattributed quotation that the next sentence gives to Bierlein, and the closing
    # paragraph is an unattributed quotation after Kurz's quotations (rule 2010)
    quotes=[("“größtmöglichen Erfolg”", BIERLEIN),
            (cut(BK20_P2, "“Ihre Regierung", "Erfolg.”"), BIERLEIN),
            (cut(BK20_P3, "“Ich freue", "Migration”"), KURZ),
            ("“aktiv auftreten”", KURZ),
            (cut(BK20_P4, "“Es ist wichtig", "entwickelt”"), KURZ),
            (BK20_P5, KURZ)],
    aliases={BIERLEIN: ["Brigitte Bierlein", "Bierlein"],
             KURZ: ["Sebastian Kurz", "Bundeskanzler Sebastian Kurz", "Bundeskanzler Kurz", "Kurz"]})

# --- Österreich Journal repost of a Bundespressedienst release, June 2009: Faymann receives the diplomats ---

OEJ_P1 = ("Wien (bpd) - Werner Faymann empfing am 09.06. gemeinsam mit Frauenministerin Gabriele Heinisch-Hosek und "
          "Staatsekretär Josef Ostermeyer, Diplomaten aus über 100 Staaten und zahlreiche Vertreter internationaler "
          "Organisationen in den Festsälen des Bundeskanzleramtes. Auch der Generaldirektor der internationalen "
          "Atomenergiebehörde (IAEA) Mohammed Elbaradei war unter den Gästen. Der Bundeskanzler zeigte sich erfreut über die "
          "zahlreichen Gäste und gab seiner Hoffnung Ausdruck, dass sich die Diplomaten aus aller Welt in Wien wohlfühlen "
          "würden. „Ich hoffe, Sie lieben Wien, und können die Stadt genießen“, sagte Faymann, er selbst sei lange Jahre "
          "als Wohnbaustadtrat für das moderne Erscheinungsbild Wien zuständig gewesen. „Daher hoffe ich, Sie sehen nicht "
          "nur das außerordentlich schöne historische Ambiente, sondern spüren auch den modernen internationalen Geist der "
          "Stadt.“ Wien sei Sitz vieler Botschaften und internationaler Organisationen wie der Vereinten Nationen, der "
          "OSZE, der OPEC oder der IAEA, die für mehr Sicherheit und ein friedliches Zusammenleben in der Welt sorgen. Wien "
          "soll daher als Standort internationaler Beziehungen noch gestärkt werden und das Ambiente der Toleranz und des "
          "Dialogs weiterhin pflegen. „Gerade in Zeiten der weltweit spürbaren Wirtschaftskrise brauchen wir den Gedanken "
          "der Partnerschaft und der Zusammenarbeit ganz besonders dringend“, betonte Faymann, „denn wir können die "
          "Probleme nur gemeinsam bewältigen und nur gemeinsam wirksame Maßnahmen zu Bekämpfung der Arbeitslosigkeit und "
          "der Armut setzen.“ Im Anschluss an seine Begrüßung lud der Bundeskanzler zu einem Cocktail.")

add(id="ho357-bka-oej-2009-06-faymann-diplomaten",
    title="Bundeskanzler Werner Faymann begrüßte Diplomaten aller Länder",
    url="http://oe-journal.at/Aktuelles/!2009/0609/W2/31006diplomatieBpd.htm",
    retrieved="same address (release of the Bundespressedienst of the Bundeskanzleramt of June 2009 as reposted by the "
              "Österreich Journal under the dateline 'Wien (bpd)', taken as the Chancellery's text (rules 111, 2011); the "
              "stored copy has no blank lines, so its hard line breaks are joined with a space and the body is one "
              "paragraph (rule 48); the closing separator ' |' dropped (rule 14); 'Staatsekretär', 'Ostermeyer', "
              "'Erscheinungsbild Wien' and 'zu Bekämpfung' kept as published (rule 20); the stored copy is complete)",
    license=BKA,
    paras=[OEJ_P1],
    # a quotation interrupted by its cue is two quotes of the same speaker; the second sentence after `sagte Faymann, …`
    # is his continuation (NOTES.md)
    quotes=[(cut(OEJ_P1, "„Ich hoffe", "genießen“"), FAYMANN_FULL),
            (cut(OEJ_P1, "„Daher hoffe", "Stadt.“"), FAYMANN_FULL),
            (cut(OEJ_P1, "„Gerade in Zeiten", "dringend“"), FAYMANN_FULL),
            (cut(OEJ_P1, "„denn wir", "setzen.“"), FAYMANN_FULL)],
    aliases={FAYMANN_FULL: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "Der Bundeskanzler"]})
