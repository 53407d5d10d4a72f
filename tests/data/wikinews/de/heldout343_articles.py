# Three-hundred-and-forty-third held-out German real-news set (tests/data/heldout343-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1980-1981). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number or address,
# speaker and distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file
# of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-forty-third held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz under licence PK: one release on the OTS press-release service (Bundesrat, December 2002) and one
# release as reposted by the press portal brandaktuell.at (Tag der offenen Tür, October 2018). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK on OTS, 17.12.2002: Bundesratspräsident Ludwig Bieringer looks back on his term ---

BIERINGER = "Ludwig Bieringer"

add(id="ho343-pk-2002-12-17-bieringer-lahme-ente",
    title="DER BUNDESRAT HAT EINEN STARKEN ZAHN WENN ER SEINE RECHTE WAHRNIMMT Bundesratspräsident Bieringer: Die "
          "Länderkammer ist keine lahme Ente",
    url="https://www.ots.at/presseaussendung/OTS_20021217_OTS0187/der-bundesrat-hat-einen-starken-zahn-wenn-er-seine-"
        "rechte-wahrnimmt-bundesratspraesident-bieringer-die-laenderkammer-ist-keine-lahme-ente",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 17.12.2002, "
              "dateline 'Wien (PK)'; the stored copy gives headline and subtitle on one line, kept as the one title line "
              "(rule 18); the hard line breaks inside the paragraphs ('vor' / 'der Jahreswende', 'in' / 'der wegen', "
              "'brachte' / 'seine', 'wegen' / 'der Wahlen', 'alles' / 'Gute', 'der' / 'Bundesratspräsident') joined with "
              "one space; the straight marks kept as published (rule 20); the paragraph 'Schließlich richtete Präsident "
              "Bieringer Dankesworte …', cut off after 'verabschie', dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) - In seiner voraussichtlich letzten Plenarsitzung vor der Jahreswende hielt der Präsident des "
           "Bundesrates Ludwig Bieringer eine Rückschau auf seine halbjährige Amtsperiode, in der wegen der vorverlegten "
           "Neuwahl des Nationalrats nur wenige Sitzungen abgehalten wurden. Der Bundesratspräsident brachte seine "
           "Befriedigung über den fair verlaufenen Wahlkampf zum Ausdruck. Bedauern äußerte er hingegen darüber, dass der "
           "Workshop, den der Bundesrat gemeinsam mit dem Institut für Föderalismusforschung für den 23. Oktober geplant "
           "hatte, wegen der Wahlen nicht stattfinden konnte. Das Thema der Tagung hätte lauten sollen: \"Der Bundesrat "
           "und die Wahrnehmung der Länderinteressen\", wobei zu zeigen gewesen wäre, dass der Bundesrat \"keine lahme "
           "Ente\" sei, wenn er seine Rechte wahrnehme, sondern einen \"starken Zahn\" haben könnte. Die Bitte des "
           "scheidenden Bundesratspräsidenten Bieringer an seinen Nachfolger, den steirischen Bundesrat Herwig Hösele - "
           "dem Bieringer alles Gute für dessen Amtsführung wünschte - lautete daher, den geplanten Workshop im Frühjahr "
           "2003 nachzuholen.",
           "In seinen weiteren Ausführungen berichtete der Bundesratspräsident von seiner Reisetätigkeit, bei der er "
           "Bundespräsident Thomas Klestil vertrat: Mitte November bei der 300-Jahr-Feier der Universität Breslau und "
           "anlässlich der Einweihung der Deutschen Universität Budapest. Zum Jahreswechsel werde er Österreich in "
           "Brasilia bei der Amtseinführung des neuen brasilianischen Staatspräsidenten repräsentieren."],
    # the title the workshop was to have is null (rule 24); the marked words of what it was to show, in the reported
    # speech of the president whose regret the paragraph reports and whom the headline credits, are his (rule 1980)
    quotes=[("\"Der Bundesrat und die Wahrnehmung der Länderinteressen\"", None),
            ("\"keine lahme Ente\"", BIERINGER),
            ("\"starken Zahn\"", BIERINGER)],
    aliases={BIERINGER: ["Ludwig Bieringer", "Bieringer", "Bundesratspräsident Bieringer",
                         "Präsident des Bundesrates Ludwig Bieringer", "Bundesratspräsident",
                         "Bundesratspräsidenten Bieringer"]})

# --- PK reposted by brandaktuell.at, 26.10.2018: Tag der offenen Tür im Parlament ---

add(id="ho343-pk-2018-10-26-tag-der-offenen-tuer-epstein",
    title="",
    url="https://brandaktuell.at/amp/2018/10/26/karriere/tag-der-offenen-tuer-im-parlament-ungebrochenes-interesse-"
        "derbuergerinnen-und-buerger",
    retrieved="same address (the Parlamentskorrespondenz's report of the open day of 26.10.2018, dateline 'Wien (PK)', "
              "as reposted by the press portal brandaktuell.at (rule 31); the stored copy begins with the body and shows "
              "no headline, so there is no title line (rules 18, 32); the subheading 'Nationalfonds präsentiert sich "
              "erstmals im Palais Epstein' kept as its own line; the subheading 'Premiere für neues Nationalrats- und "
              "Bundesratspräsidium' and the paragraph after it ('„Der Nationalfeiertag erinnert uns …'), cut off after "
              "'Es ist das gese', dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) – Von Demokratiemüdigkeit ist nichts zu bemerken, zeigten sich Nationalratspräsident Wolfgang "
           "Sobotka, Bundesratspräsidentin Inge Posch-Gruska, Zweite Nationalratspräsidentin Doris Bures und Dritte "
           "Nationalratspräsidentin Anneliese Kitzmüller angesichts des großen Besucherandrangs am Tag der offenen Tür im "
           "Parlament erfreut. Viele Bürgerinnen und Bürger ließen es sich nicht entgehen, auch die Büroräumlichkeiten "
           "des Nationalratspräsidenten und der Bundesratspräsidentin zu besichtigen und hinter die Kulissen der "
           "Parlamentsspitze zu blicken. Dabei wurde auch die Gelegenheit wahrgenommen, Fotos mit den PolitikerInnen zu "
           "machen.",
           "Nationalfonds präsentiert sich erstmals im Palais Epstein",
           "Angesichts des Gedenkjahres informierte erstmals der Nationalfonds der Republik Österreich für Opfer des "
           "Nationalsozialismus im Palais Epstein über dessen umfangreiches Aufgabengebiet und stieß damit auf großes "
           "Interesse. Viele Besucherinnen und Besucher merkten positiv an, dass sich der Fonds am Nationalfeiertag in "
           "einem Gebäude präsentiert, dessen ursprüngliche Besitzer aus einer jüdischen Familie stammen.",
           "Die meisten Fragen an die Mitarbeiterinnen und Mitarbeiter des Fonds betrafen die Kunstrestitution sowie das "
           "Findbuch, das die Suche nach Personen und Unternehmen in österreichischen Archivbeständen zu "
           "NS-Vermögensentziehungen und österreichischen Restitutions- und Entschädigungsmaßnahmen ermöglicht. "
           "Interessiert zeigten sich viele auch an der Dokumentation der Lebensgeschichten.",
           "Ebenfalls im Epstein informierte die Parlamentsbibliothek, das „Gedächtnis des Hohen Hauses“, über ihr "
           "Angebot und ihre umfangreichen Bestände. Sie ist mit mehr als 365.000 Büchern die größte "
           "politikwissenschaftliche Bibliothek Österreichs."],
    # an epithet in apposition to the library is null, though the library itself is the subject of the verb of
    # informing (rule 1981)
    quotes=[("„Gedächtnis des Hohen Hauses“", None)],
    aliases={})
