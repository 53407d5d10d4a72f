# Hundred-and-sixty-eighth held-out German real-news set (tests/data/heldout168-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1270). None
# of these pages is in any tests/data/*.jsonl (checked by URL and page address against every address named in the modules,
# SOURCES.md files and jsonl files of tests/data and of the other helpers' worktrees, and by the speakers' names and a
# distinctive 8-word phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-sixty-eighth held-out set" of SOURCES.md: news items of the Council of Europe
# (Europarat) on its portal coe.int/de, 2017-2023 — two chairs of the Committee of Ministers speaking to the Parliamentary
# Assembly (Ioannis Kasoulidis of Cyprus, 2017; Marija Pejčinović Burić of Croatia, 2018), the President of the European
# Court of Human Rights Síofra O’Leary at the Court's annual press conference (2023), the Council of Europe Development
# Bank and its Governor Carlo Monticelli (2023) and the Pompidou Group's revised statute (2021) (licence COE: excerpts of
# under 500 words with the Council of Europe credited). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped. Unmarked middle paragraphs
# of a multi-paragraph statement are not annotated (rule 46); none of the kept texts has one.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


KASOULIDIS = "Ioannis Kasoulidis"
BURIC = "Marija Pejčinović Burić"
OLEARY = "Síofra O’Leary"
MONTICELLI = "Carlo Monticelli"
RUSZ = "Harry Alex Rusz"
GOULAO = "João Goulão"

# --- 2017: the Cypriot chair of the Committee of Ministers before the Assembly; five quotes of one speaker ---

KA_P1 = ('„Angesichts der zahlreichen Probleme, vor denen Europa heute steht, ist es wichtig, dass das Ministerkomitee und '
         'die Parlamentarische Versammlung ebenso wie der Generalsekretär ihre Zusammenarbeit fortsetzen“, erklärte Ioannis '
         'Kasoulidis, Außenminister Zyperns und Vorsitzender des Ministerkomitees, in einer Rede vor der Versammlung. „Mein '
         'Land wird auch nach Ende seines Vorsitzes einen Beitrag zu dieser Zusammenarbeit leisten“, betonte er.')
KA_P2 = ('Von den Fragen, die Anlass zur Sorge geben, nannte Kasoulidis besonders die Bedrohung durch den Terrorismus, „der '
         'weiterhin zahlreiche Opfer in Europa und darüber hinaus fordert“. „Wir müssen den Kampf fortsetzen und dabei die '
         'Instrumente, die unseren Mitgliedsstaaten zur Verfügung stehen, bestmöglich nützen, unter anderem die Instrumente '
         'des Europarates“, unterstrich er und verwies insbesondere auf das Zusatzprotokoll zum Übereinkommen zur Verhütung '
         'des Terrorismus, das am 1. Juli in Kraft tritt, und auf die revidierten Leitlinien zum Schutz der Opfer von '
         'Terrorakten, die dem Ministerkomitee am 19. Mai in Nikosia zur Verabschiedung vorgelegt werden sollen.')
KA_P3 = ("Eine weitere große Aufgabe, die Europa derzeit zu lösen hat, ist Kasoulidis' Ansicht nach die Migrationskrise. "
         '„Das Ministerkomitee wird die Lage der Migranten und Flüchtlinge weiterhin genau prüfen“, sagte er. In seiner Rede '
         'kündigte Kasoulidis zudem an, dass die 47 Außenminister voraussichtlich im nächsten Monat in Zypern einen '
         'Aktionsplan verabschieden, dessen Ziel es ist, speziell auf Flüchtlings- und Migrantenkinder abgestimmte Verfahren '
         'bereitzustellen und sie dadurch besser zu schützen.')

add(id="ho168-coe-2017-kasoulidis-ministerkomitee-versammlung",
    title=None,
    url="https://coe.int/de/web/portal/-/ioannis-kasoulides-the-committee-of-ministers-and-the-assembly-must-continue-to-"
        "concert-their-efforts?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D29",
    retrieved="same address (news item of spring 2017 on the speech of the chair of the Committee of Ministers to the "
              "Parliamentary Assembly; no headline in the stored copy, so no title; the fifth paragraph ('Des Weiteren "
              "erwähnte Kasoulidis eine Reihe politischer Fragen, … Bezug nehmend auf die Lage in der Türkei unterstrich er "
              "erneut, dass der Einhaltung der Grundsä'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[KA_P1, KA_P2, KA_P3],
    quotes=[(cut(KA_P1, '„Angesichts', 'fortsetzen“'), KASOULIDIS),
            (cut(KA_P1, '„Mein', 'leisten“'), KASOULIDIS),
            (cut(KA_P2, '„der weiterhin', 'fordert“'), KASOULIDIS),
            (cut(KA_P2, '„Wir müssen', 'Europarates“'), KASOULIDIS),
            (cut(KA_P3, '„Das Ministerkomitee', 'prüfen“'), KASOULIDIS)],
    aliases={KASOULIDIS: ["Ioannis Kasoulidis", "Kasoulidis", "Außenminister Zyperns",
                          "Vorsitzender des Ministerkomitees"]})

# --- 2018: the Croatian chair of the Committee of Ministers before the Assembly; two conference titles (rule 1273) ---

PB_P1 = ('„Das Ministerkomitee ist entschlossen, einen konstruktiven Dialog und eine enge Zusammenarbeit mit der '
         'Versammlung fortzuführen. Mit vereinten Kräften können wir den aktuellen Problemen begegnen und die '
         'Menschenrechte, die Demokratie und die Rechtsstaatlichkeit in Europa schützen“, so Marija Pejčinović Burić, '
         'Vizeministerpräsidentin und Ministerin für äußere und europäische Angelegenheiten Kroatiens und Vorsitzende des '
         'Ministerkomitees des Europarates, in ihrer heutigen Rede vor der Parlamentarischen Versammlung.')
PB_P2 = ('Pejčinović Burić betonte, dass es entscheidend sei, die wichtigen Rollen der Schlüsselinstitutionen des '
         'Europarates zu respektieren. „Wir müssen uns unbedingt über die spezifischen Rollen, Rechte und Vorrechte der '
         'beiden satzungsgemäßen Organe unserer Organisation im Klaren sein“, erklärte sie.')
PB_P3 = ('Die Vorsitzende des Ministerkomitees erwähnte zudem eine Reihe politischer Fragen sowie im Rahmen des kroatischen '
         'Vorsitzes organisierte Veranstaltungen. Sie kündigte insbesondere an, dass am 15. und 16. Oktober in Šibenik eine '
         'Konferenz auf hoher Ebene zum Thema „Transparenz und Rechenschaftspflicht stärken, um Integrität zu gewährleisten: '
         'Vereint gegen Korruption“ veranstaltet wird. Am 6. November wird in Dubrovnik eine parlamentarische Konferenz über '
         'die „Stärkung der ‚demokratischen Sicherheit’ im Mittelmeerraum: Gemeinsame Aufgaben, geteilte Verantwortung“ '
         'stattfinden, teilte Pejčinović Burić mit.')

add(id="ho168-coe-2018-pejcinovic-buric-ministerkomitee-versammlung",
    title=None,
    url="https://coe.int/de/web/portal/-/-pursuing-a-constructive-dialogue-between-the-committee-of-ministers-and-the-"
        "assembly-?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D34",
    retrieved="same address (news item of 2018 on the speech of the Croatian chair of the Committee of Ministers to the "
              "Parliamentary Assembly; no headline in the stored copy, so no title; complete in the stored copy)",
    license=COE,
    paras=[PB_P1, PB_P2, PB_P3],
    quotes=[(cut(PB_P1, '„Das Ministerkomitee', 'schützen“'), BURIC),
            (cut(PB_P2, '„Wir müssen', 'Klaren sein“'), BURIC),
            (cut(PB_P3, '„Transparenz', 'Korruption“'), None),
            (cut(PB_P3, '„Stärkung', 'Verantwortung“'), None)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Vorsitzende des Ministerkomitees"]})

# --- 2023: the President of the Court at its annual press conference; a heading quote and a fragment (rule 1271) ---

OL_TITLE = 'EGMR-Präsidentin: Gipfel in Reykjavik sollte „Reden über Werte in materielle Unterstützung verwandeln“'
OL_P1 = ('Die Präsidentin des Europäischen Gerichtshofs für Menschenrechte, Síofra O’Leary, hat die Mitgliedsstaaten des '
         'Europarates dazu aufgerufen, das geplante Gipfeltreffen der Staats- und Regierungschefs in Reykjavik zum Anlass '
         'zu nehmen, um dem Gerichtshof mehr Ressourcen zur Verfügung zu stellen. Im Rahmen der Jahrespressekonferenz des '
         'Gerichtshofs in Straßburg unterstrich O’Leary, dass derzeit rund 74.650 Beschwerden beim Gerichtshof anhängig '
         'seien, darunter rund 23.850 vorrangige Beschwerden.')
OL_P2 = ('Einige Gehälter würden derzeit durch freiwillige finanzielle Beträge von Mitgliedsstaaten bestritten, erklärte '
         'O’Leary. Dies sei kein nachhaltiger Weg zur Finanzierung eines Systems, dass sich als „absolut zentral für '
         'Frieden, Stabilität und unsere Lebensweise“ erwiesen habe. Laut dem Jahresbericht 2022 des Gerichtshofs wurden im '
         'vergangenen Jahr Entscheidungen zu 39.600 Beschwerden erlassen. Insgesamt veröffentlichte der Gerichtshof 1.163 '
         'Urteile, von denen 1.059 zumindest einen Verstoß gegen die Europäische Menschenrechtskonvention feststellten.')
OL_P3 = ('74 % der am Ende des Vorjahrs beim Gerichtshof anhängigen Fälle betrafen lediglich fünf Staaten: Türkei (rund '
         '20.100 Beschwerden), Russische Föderation (16.750), Ukraine (10.400), Rumänien (4.800) und Italien (3.550).')
OL_P4 = ('Rund 10.200 der anhängigen Beschwerden betrafen Konflikte zwischen zwei Staaten. Ebenso befasse sich der '
         'Gerichtshof mit einer erheblichen Zahl komplexer zwischenstaatlicher Fälle, so die Präsidentin.')

add(id="ho168-coe-2023-01-27-oleary-jahrespressekonferenz",
    title=OL_TITLE,
    url="https://coe.int/de/web/portal/-/presidenta-del-tedh-la-cumbre-de-reykjavik-deber%C3%ADa-%C2%ABtraducir-el-"
        "discurso-de-valores-en-ayuda-material%C2%BB?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start"
        "%3D42",
    retrieved="same address (news item of 27 January 2023 on the Court's annual press conference; the link word 'Zurück' "
              "before the heading and the repeated heading dropped (rule 93); the link list 'Pressemitteilung [EN]', 'Rede "
              "der Präsidentin des Gerichtshofs, Síofra O’Leary [FR]', 'Video der Pressekonferenz', 'Jahresbericht 2022 "
              "[EN]', 'Statistikanalyse 2022 [EN]' and the footer line 'Europäischer Gerichtshof für Menschenrechte (EGMR) "
              "Straßburg 27. Janu…' dropped (rule 19))",
    license=COE,
    paras=[OL_P1, OL_P2, OL_P3, OL_P4],
    quotes=[(cut(OL_TITLE, '„Reden', 'verwandeln“'), OLEARY),
            (cut(OL_P2, '„absolut', 'Lebensweise“'), OLEARY)],
    aliases={OLEARY: ["Síofra O’Leary", "O’Leary", "EGMR-Präsidentin",
                      "Präsidentin des Europäischen Gerichtshofs für Menschenrechte", "Präsidentin"]})

# --- 2023: the Development Bank's Governing Board; one quote of the Governor ---

CEB_P1 = ('Der Vorstand der Entwicklungsbank des Europarates (CEB) hat heute den neuen Strategischen Rahmen für 2023–2027 '
          'und eine historische Kapitalerhöhung genehmigt.')
CEB_P2 = ('„Die historische Entscheidung unserer Mitgliedsstaaten, die Kapitalbasis der CEB zu stärken, ist ein '
          'eindeutiges Vertrauensvotum im Hinblick auf ihre besondere Rolle in der internationalen Finanzarchitektur und ein '
          'Beleg für die starke Unterstützung der Anteilseigner“, erklärte Gouverneur Carlo Monticelli zum Abschluss der '
          'Sitzung.')
CEB_P3 = ('Durch aufeinanderfolgende globale Krisen, die durch die COVID-19-Pandemie und Russlands Angriff auf die Ukraine '
          'ausgelöst wurden, ist das soziale Gefüge auseinandergebrochen, von dem der Wohlstand, das Wohlergehen und das '
          'Vertrauen aller europäischen Länder abhängen. Diese Krisen machen die einzigartige Mission der CEB, die in der '
          'Förderung des sozialen Zusammenhalts durch die Finanzierung sozialer Investitionen zugunsten gefährdeter '
          'Personen besteht, umso dringlicher.')
CEB_P4 = ('Vor diesem Hintergrund ebnet der neue, auf fünf Jahre angelegte Strategische Rahmen der CEB den Weg, um '
          'Maßnahmen in der Ukraine zu initiieren, die Unterstützung von Migrierenden und ihren Aufnahmegesellschaften '
          'fortzusetzen sowie andere soziale Herausforderungen in ganz Europa zu bewältigen.')
CEB_P5 = ('Um die Operationen der Bank zu unterstützen und zu konsolidieren, genehmigte der Vorstand zudem eine umfassende '
          'Kapitalerhöhung um einen Höchstbetrag von € 4,25 Milliarden. Zum ersten Mal in der Geschichte der CEB wird die '
          'Erhöhung des eingezahlten Kapitals, die sich auf € 1,20 Milliarden beläuft, durch Bareinlagen der '
          'Mitgliedsstaaten finanziert. Nachdem der Prozess abgeschlossen ist, steigt das gezeichnete Kapital von € 5,48 '
          'Milliarden auf bis zu € 9,73 Milliarden, während sich das eingezahlte Kapital von € 0,61 Milliarden auf bis zu '
          '€ 1,81 Milliarden erhöht. Die Bezugsfrist zur Kapitalerhöhung läuft bis 31. Dezember 2023.')

add(id="ho168-coe-2023-ceb-strategischer-rahmen-kapitalerhoehung",
    title=None,
    url="https://coe.int/de/web/portal/-/governing-board-approves-the-ceb-s-2023-2027-strategic-framework-and-an-historic-"
        "capital-increase?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D9",
    retrieved="same address (news item of 2023 on the Governing Board of the Council of Europe Development Bank; no "
              "headline in the stored copy, so no title; the link line 'Strategischen Rahmen für 2023–2027 "
              "herunterladen[EN]' dropped (rule 19); the last paragraph ('Die 19'), cut off in the stored copy, dropped "
              "(rule 15))",
    license=COE,
    paras=[CEB_P1, CEB_P2, CEB_P3, CEB_P4, CEB_P5],
    quotes=[(cut(CEB_P2, '„Die historische', 'Anteilseigner“'), MONTICELLI)],
    aliases={MONTICELLI: ["Carlo Monticelli", "Gouverneur Carlo Monticelli"]})

# --- 2021: the Pompidou Group's revised statute; a name in marks, two dass-fragments and a cue-less quote (1270, 1272) ---

PG_P1 = ('Nach der Verabschiedung der revidierten Satzung durch das Ministerkomitee des Europarates verfügt die '
         'Europaratsplattform zur Zusammenarbeit in der Drogenpolitik (die „Pompidou-Gruppe“) über eine erneuerte '
         'Grundlage zur Gestaltung ihrer Zukunft als wichtiger internationaler Referenzpunkt für Menschenrechte in der '
         'Drogenpolitik. Im Namen des ungarischen Vorsitzes im Ministerkomitee begrüßte Botschafter Harry Alex Rusz die '
         'Verabschiedung der Satzung und betonte, dass „dieser Beschluss der gegenwärtigen und zukünftigen Tätigkeit der '
         'Pompidou-Gruppe 50 Jahre nach ihrer Gründung einen starken politischen Impuls verleiht“.')
PG_P2 = ('Um den Aufgaben in der Drogenpolitik zu begegnen, gilt es laut der Generalsekretärin des Europarates, Marija '
         'Pejčinović Burić, einen Ansatz zu fördern, der auf den Werten des Europarates beruht. „Durch die Verabschiedung '
         'der revidierten Satzung der Pompidou-Gruppe hat das Ministerkomitee der Gruppe den geeigneten politischen und '
         'rechtlichen Rahmen gegeben, um der Stimme des Europarates Gehör zu verschaffen und seine Tätigkeit in diesem '
         'Bereich voranzutreiben.“')
PG_P3 = ('Portugal, das derzeit den Vorsitz der Pompidou-Gruppe ebenso innehat wie den EU-Vorsitz, veröffentlichte eine '
         'Erklärung, in der das Land die neuen Möglichkeiten würdigt, die diese wegweisende Reform bietet. João Goulão, der '
         'portugiesische Präsident der Pompidou-Gruppe, stellte fest, dass die revidierte Satzung „die Zusammenarbeit '
         'zwischen der Pompidou-Gruppe und der Europäischen Union stärken wird, wozu auch die Möglichkeit gehört, dass '
         'letztere ein Mitglied der Gruppe wird“. Die Anbahnung neuer Partner- und Mitgliedschaften, aber auch die Arbeit '
         'als offene Plattform, die wichtige Partner innerhalb und außerhalb des Europarates zusammenbringt, darunter '
         'zivilgesellschaftliche Organisationen, um die Zukunft der Drogenpolitik zu gestalten, zählen zu den Hauptzielen '
         'des erneuerten politischen und rechtlichen Rahmens der Pompidou-Gruppe.')

add(id="ho168-coe-2021-pompidou-gruppe-revidierte-satzung",
    title=None,
    url="https://coe.int/de/web/portal/-/pompidou-group-50th-anniversary-committee-of-ministers-adopts-revised-statute?"
        "p_l_back_url=%2Fit%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D19",
    retrieved="same address (news item of 2021 on the Committee of Ministers' adoption of the Pompidou Group's revised "
              "statute; no headline in the stored copy, so no title; the link line 'Erklärung des portu…', cut off in the "
              "stored copy, dropped (rules 15, 19))",
    license=COE,
    paras=[PG_P1, PG_P2, PG_P3],
    quotes=[(cut(PG_P1, '„Pompidou', 'Gruppe“'), None),
            (cut(PG_P1, '„dieser Beschluss', 'verleiht“'), RUSZ),
            (cut(PG_P2, '„Durch die', 'voranzutreiben.“'), BURIC),
            (cut(PG_P3, '„die Zusammenarbeit', 'Gruppe wird“'), GOULAO)],
    aliases={RUSZ: ["Harry Alex Rusz", "Botschafter Harry Alex Rusz"],
             BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates"],
             GOULAO: ["João Goulão", "portugiesische Präsident der Pompidou-Gruppe"]})
