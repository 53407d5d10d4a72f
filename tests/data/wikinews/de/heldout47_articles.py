# Forty-seventh held-out German real-news set (tests/data/heldout47-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the later sets' rules, and the new rules of this set, 280-289). None of these pages is in any
# tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and SOURCES.md
# files of tests/data, and by a distinctive-phrase and speaker-name search against the texts of all sets). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-seventh held-out set": texts of the German Federal Government (an article of
# bundesregierung.de, licences.BREG; a press release of the Federal Chancellor as distributed by Public,
# licences.BREG_PUBLIC_RELEASE) and releases of the Austrian Parliament's Parlamentskorrespondenz on OTS, licences.PK.
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_PUBLIC_RELEASE, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"
MERZ = "Friedrich Merz"

# --- bundesregierung.de ---

TRUMPF_P4 = ('In ihrem Grußwort betonte Merkel, dass innovative mittelständische Familienunternehmen maßgeblich zum '
             'wirtschaftlichen Erfolg Deutschlands beitragen. Die Firma Trumpf als international erfolgreiches '
             'Familienunternehmen im Maschinen- und Anlagenbau mit verschieden Standorten sei "ein Gesamtkunstwerk mit '
             'Zukunft", betonte die Kanzlerin und lobte, dass der Firmenstandort Lausitz 31 Auszubildende beschäftigt. "Wir '
             'müssen immer auch schauen, dass wir morgen noch so gut wie heute oder noch ein Stück besser sind", mahnte '
             'Bundeskanzlerin Merkel aber auch. Die Welt schlafe nicht und es brauche immer wieder erfinderische Menschen, die '
             'ihre Kreativität und Ideenreichtum einbringen.')

add(id="ho47-breg-merkel-trumpf-neukirch",
    title='Merkel auf Firmenbesuch in Sachsen "Ein Gesamtkunstwerk mit Zukunft"',
    url="https://www.bundesregierung.de/breg-de/aktuelles/-ein-gesamtkunstwerk-mit-zukunft--1514490",
    retrieved="same address (stored article of the Federal Government on Chancellor Merkel's visit to the Trumpf works in "
              "Neukirch, 2018; the title line '\"Ein Gesamtkunstwerk mit Zukunft\"', which repeats the headline, dropped, the "
              "kicker and headline, which the page runs together, kept as the first line (rule 150); '1 Min. Lesedauer', the "
              "image text 'Bundeskanzlerin Merkel spricht mit einem Arbeiter der Firma Trumpf.', the caption 'Die Firma Trumpf "
              "im Oberlausitzer Bergland fertigt in den Bereichen Lasertechnik und Elektronik.' and the credit 'Foto: "
              "Bundesregierung/Kugler' dropped (rule 93); the typing slip 'des Kanzlerin' kept as published (rule 20); the "
              "paragraph 'Der deutsche Maschinen- und Anlagenbau ist … Anbietern von We', cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=['"Das Wichtigste, das wir haben, sind Menschen, die immer wieder Kreativität, Einfälle und Ideenreichtum '
           'einbringen", sagte Bundeskanzlerin Angela Merkel bei ihrem Besuch der Firma Trumpf in Neukirch. Das '
           'Familienunternehmen sei ein Beispiel für die wirtschaftlichen Stärken Deutschlands und eine deutsch-deutsche '
           'Erfolgsgeschichte.',
           'Nach ihrem Werksrundgang war es des Kanzlerin wichtig, mit den Mitarbeiterinnen und Mitarbeitern ins Gespräch zu '
           'kommen. Eine Stunde lang stellte sie sich den Fragen der Belegschaft. Dabei ging es unter anderem um '
           'Steuersenkungen, die Diskrepanz von hohen Abgaben und niedrigen Renten in Deutschland im OECD-Vergleich, um '
           'Fachkräfte- und Lehrermangel und die Förderung des Ehrenamtes.',
           'Gesamtkunstwerk mit Zukunft',
           TRUMPF_P4],
    quotes=[('"Ein Gesamtkunstwerk mit Zukunft"', MERKEL),
            ('"Das Wichtigste, das wir haben, sind Menschen, die immer wieder Kreativität, Einfälle und Ideenreichtum '
             'einbringen"', MERKEL),
            ('"ein Gesamtkunstwerk mit Zukunft"', MERKEL),
            (cut(TRUMPF_P4, '"Wir müssen', 'besser sind"'), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "Kanzlerin"]})

# --- the Federal Chancellor's press release as distributed by Public ---

MERZ_P1 = ('Der Maschinen- und Anlagenbau sei das "Rückgrat unserer Volkswirtschaft", betonte Bundeskanzler Friedrich Merz '
           'beim 15. Maschinenbaugipfel. Sowohl die großen Unternehmen in Industriegebieten als auch die "Hidden Champions" '
           'im ländlichen Raum seien mitverantwortlich für Deutschlands Erfolgsgeschichte.')
MERZ_P4 = ('Damit Deutschland weiterhin wettbewerbsfähig bleibt, brauche es enge Kooperation unter den -Mitgliedsstaaten. '
           'Bundeskanzler Merz wolle einen Beitrag dazu leisten, "dass dieses großartige Land in der Europäischen Union '
           'wieder Gewicht und Stimme hat". Außenpolitik und Sicherheitspolitik stünden genauso in einem inneren Verhältnis '
           'zueinander wie Europapolitik und Wirtschaftspolitik, denn "wenn es Europa gut geht, geht es Deutschland gut", so '
           'Merz.')

add(id="ho47-public-merz-maschinenbaugipfel",
    title="Deutschland soll Land der produzierenden Industrie bleiben",
    url="https://pubt.io/view/B07CEB020FD958FCF062E3B35329D610A2BF6691",
    retrieved="same address (press release of the Federal Chancellor of 16 September 2025 on the 15th Maschinenbaugipfel, "
              "as distributed by Public, which names the 'German Federal Chancellor' as its publisher; Public's header "
              "lines 'German Federal Chancellor' and '09/16/2025 | Press release | Distributed by Public on 09/16/2025 "
              "07:03' dropped as distribution furniture (rules 31, 100); the subheading kept as its own line; the pointer "
              "'Lesen Sie hier die Mitschrift der Rede des Bundeskanzlers:' and the transcript of the speech after it, cut "
              "off in the stored copy, dropped (rules 15, 280); the slip 'unter den -Mitgliedsstaaten' (a lost 'EU') kept "
              "as published (rule 20))",
    license=BREG_PUBLIC_RELEASE,
    paras=[MERZ_P1,
           "Die Bundesregierung habe seit Beginn ihrer Amtszeit im Mai die Industrie enorm entlastet: So seien die "
           "Bürokratiekosten für Unternehmen deutlich gesenkt und Abschreibungen für Investitionen steuerlich erheblich "
           "erleichtert worden. Zudem habe das Abschaffen der Gasumlage, die Senkung der Netzentgelte sowie der "
           "Stromsteuer für 600.000 produzierende Unternehmen in Deutschland die Energiekosten deutlich reduziert.",
           "Wirtschafts- und Europapolitik zusammen denken",
           MERZ_P4,
           "Der Deutsche Maschinenbaugipfel findet dieses Jahr zum 15. Mal statt und ist das wichtigste Branchentreffen "
           "für den Maschinen- und Anlagenbau. Dieser zählt zu Deutschlands größtem industriellem Arbeitgeber mit rund 1 "
           "Million Beschäftigten."],
    quotes=[('"Rückgrat unserer Volkswirtschaft"', MERZ),
            ('"Hidden Champions"', None),
            (cut(MERZ_P4, '"dass dieses', 'und Stimme hat"'), MERZ),
            ('"wenn es Europa gut geht, geht es Deutschland gut"', MERZ)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Bundeskanzler Merz", "Merz", "Bundeskanzler"]})

# --- Austrian Parliament: Parlamentskorrespondenz on OTS ---

EG_P2 = ('Wien (PK) - In einer Schweigeminute gedachte heute der Bundesrat der Opfer des Attentats in der Wiener Innenstadt '
         'am Beginn seiner Sitzung. In einer Ansprache brachte Bundesratspräsidentin Andrea Eder-Gitschthaler ihr tiefes '
         'Mitgefühl für die Hinterbliebenen der Opfer zum Ausdruck. "Wir alle sind geschockt von diesem feigen Attentat und '
         'davon, dass der Terror nun auch nach Österreich gekommen ist. Wir werden aber nicht nachgeben, wir werden unsere '
         'Ängste beherrschen, unseren Zorn hintanhalten und unsere Verunsicherung wird der Gewissheit weichen, dass wir im '
         'gemeinsamen Zusammenhalt dem Terror die Stirn bieten werden. Unsere Werte stehen nicht zur Diskussion. Wir werden '
         'unsere freie Gesellschaft mit allen Kräften verteidigen", so die Bundesratspräsidentin.')

add(id="ho47-pk-ots-2020-11-bundesrat-gedenken",
    title="Eder-Gitschthaler: Unser Herz schlägt weiter für Demokratie, Toleranz und Zusammenhalt",
    url="https://www.ots.at/presseaussendung/OTS_20201105_OTS0140/"
        "eder-gitschthaler-unser-herz-schlaegt-weiter-fuer-demokratie-toleranz-und-zusammenhalt",
    retrieved="same address (release of the Parlamentskorrespondenz of 5 November 2020 on OTS, dateline 'Wien (PK)'; the "
              "crawl line 'date 2020-11' dropped; the subtitle kept as its own line (rule 18); the paragraph "
              "'\"Dieser Angriff auf unsere Grundwerte …\", rief Eder-Gitschthaler … auf. Corona sei die eine große H', cut "
              "off in the stored copy, dropped with its quotation (rule 15))",
    license=PK,
    paras=["Bundesrat gedenkt der Opfer des Attentats in der Wiener Innenstadt",
           EG_P2,
           "Ihr besonderer Dank gelte den Einsatzkräften von Polizei, Rettung, Bundesheer und Feuerwehr und allen anderen, "
           "die im Einsatz für die Gemeinschaft ihren Mut unter Beweis gestellt haben. Mitbürgerinnen und Mitbürgern, die "
           "jene Menschen, die die Innenstadt nicht verlassen konnten, bei sich aufgenommen haben oder sich um jene "
           "gekümmert haben, die in diese schrecklichen Ereignisse hineingezogen wurden.",
           "Denn genau das sei es, was Österreich auszeichne. Beherzte und tapfere Menschen, die im Einsatz für unsere "
           "Gemeinschaft Engagement, Mut und ein Herz für das Gemeinsame zeigen. Diese Menschen hätten dazu beigetragen, "
           "unsere Demokratie und die Grundwerte des friedlichen Zusammenlebens in Österreich zu verteidigen."],
    quotes=[(cut(EG_P2, '"Wir alle sind', 'verteidigen"'), "Andrea Eder-Gitschthaler")],
    aliases={"Andrea Eder-Gitschthaler": ["Andrea Eder-Gitschthaler", "Bundesratspräsidentin Andrea Eder-Gitschthaler",
                                          "Eder-Gitschthaler", "Bundesratspräsidentin"]})
