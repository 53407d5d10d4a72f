# Held-out English Wikinews texts (tests/data/heldout73-en.jsonl), none of them used in an earlier set. English Wikinews
# pages of 2007-2008 (CC BY 2.5) taken from stored web pages (the `pages` search corpus): the en.wikinews.org article on
# Space Shuttle Atlantis and the Columbus module (February 6, 2008) and the en.m.wikinews.org article on the closure of
# Ali Nesin's mathematical summer school in Turkey (August 15, 2007). None is credited to AP, Reuters, AFP or another
# third party (Wikinews cites agencies as sources, which is its own reporting). Only complete paragraphs are kept. Site
# lines ('From Wikinews, the free news source you can write!', 'Page version status' boxes), image captions, 'Sources'
# lists and archive notices are dropped; wording, spelling, missing spaces left by links ('The United StatesSpace
# ShuttleAtlantis'), spacing inside paragraphs and quotation marks (straight and curly mixed) are as stored. Annotated
# by reading the texts, before whosaid was run on them (rules H420-H422 in ANNOTATION.md on top of H1-H415).
WN = "CC BY 2.5 (Wikinews)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout73-en.jsonl

Built by `build.py` from `heldout73_pages.py`. Like heldout21-en, heldout28-en, heldout46-en, heldout58-en and
heldout63-en, these texts are English Wikinews pages (CC BY 2.5) taken from stored web pages (the `pages` search corpus),
none of them used in a set above: the en.wikinews.org article on Space Shuttle Atlantis and the European Columbus module
ready for launch (February 6, 2008) and the en.m.wikinews.org article on the closure of Ali Nesin's mathematical summer
school in Turkey (August 15, 2007). None is credited to AP, Reuters, AFP or another third party. Only complete
paragraphs are kept (what was dropped is noted per page). Site lines, page-status boxes, captions, source lists and
archive notices were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text). The annotation (rules
H420–H422 in `ANNOTATION.md` on top of H1–H415) was committed before whosaid was first run on these texts, so the first
score is a blind one.

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2008-02-06-space-shuttle-atlantis-set-for-launch-with-columbus-module",
    source="https://en.wikinews.org/wiki/Space_shuttle_Atlantis_set_for_launch_with_Columbus_module",
    license=WN, retrieved=PAGES + " (the stored page has no headline line; 'From Wikinews, the free news source you can write!' and the 'Page version status' box above the date line and the archive notice after the last paragraph dropped; the missing spaces in 'The United StatesSpace ShuttleAtlantis' and the mixed straight and curly marks are as stored)",
    text='''Wednesday, February 6, 2008
The United StatesSpace ShuttleAtlantis and the European space station module Columbus are ready for launch from the Kennedy Space Center in Florida, although NASA and ESA have said that there is only a “40 percent chance of acceptable conditions at launch times.”
The launch director of Atlantis said that “the scope of the mission is first of course to bring the Columbus laboratory to space, to install it on the international space station, make all the connections, and of course activate the module, power it and bring the cooling and do all the activation."
The ESA Program manager for the International Space Station said that he thought the “the European team are looking forward to the launch on Thursday." Leroy Cain, the American manager of the mission said that he believed "the team is in great shape and we're ready to move forward,"
NASA said that “the five mission specialists for the flight are also spending full days with checklists and practicing their flight tasks.” He also said that the astronauts “have simulators at their disposal that let them rehearse the complex duties required in orbit.” The flight is due to be launched at 19:45 UTC (14:45 local time) tomorrow.''',
    quotes=[
        Q('“40 percent chance', 'launch times.”', "NASA"),
        Q('“the scope of the mission', 'the activation."', "NASA"),
        Q('“the European team', 'on Thursday."', "ESA"),
        Q('"the team is in great shape', 'move forward,"', "Leroy Cain"),
        Q('“the five mission specialists', 'flight tasks.”', "NASA"),
        Q('“have simulators', 'in orbit.”', "NASA"),
    ],
    aliases={},
),
dict(
    id="wn-en-2007-08-15-mathematical-summer-school-in-turkey-closed",
    source="https://en.m.wikinews.org/wiki/Mathematical_summer_school_in_Turkey_closed_for_%22teaching_without_a_permit%22",
    license=WN, retrieved=PAGES + " (the 'Sources' list at the end dropped; the two list items quoting the Criminal Code and the Constitution are kept as stored lines with their leading '- ')",
    text='''Mathematical summer school in Turkey closed for "teaching without a permit"
Wednesday, August 15, 2007
A mathematical summer school in Turkey run by mathematics professor Ali Nesin has been closed by the authorities apparently for "teaching without a permit" and "founding an illegal institution". The attention of the international scientific community was attracted to this action on the blog of a mathematics professor at Manchester. Alexandre Borovik's "Mathematics under the microscope" blog had previously written in glowing terms about the summer camp at which he also taught. The story was broken with a photo of a "Blackboard under arrest" and carried a photograph of a board covered with advanced mathematics surrounded by police tape. Borovik arrange a petition to the Turkish government signed by numerous mathematicians and scientists around the world, and reported in the Turkish media.
On 10th August 2007 police removed the seals from the doors of the School and it was reopened. But earlier, on 7th August, Professor Nesin was summoned to the prosecutor's office for interrogation on the charge was "education without permission". The prosecutor told Professor Nesin's lawyer that he will open a trial against him in few days under Article TCK 263 of Turkish Criminal Code:
- Persons who open or run illegal educational institutions can be jailed from 3 months to 1 year.
Professor Nesin still faces prosecution however he plans to challenge the ruling on the basis of the 27th article of the Turkish Constitution which guarantees the freedom to teach and learn arts and sciences:
- Article 27 Freedom of Science and Arts
- (1) Everyone has the right to study and teach freely, explain, and disseminate science and arts and to carry out research in these fields.''',
    quotes=[
        Q('"teaching without a permit"', None, None),
        Q('"teaching without a permit"', None, None, 1),
        Q('"founding an illegal institution"', None, None),
        Q('"Mathematics under the microscope"', None, None),
        Q('"Blackboard under arrest"', None, None),
        Q('"education without permission"', None, None),
    ],
    aliases={},
),
]
