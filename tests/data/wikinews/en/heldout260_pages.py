# Held-out English Wikinews text (tests/data/heldout260-en.jsonl), not used in an earlier set. One English Wikinews
# article of November 28, 2009 on a ferry disaster in Bangladesh, with a police chief quoted (CC BY 2.5), taken from a
# stored web page (the `pages` search corpus): the en.wikinews.org page 'Ferry capsizes in Bangladesh, at least five
# dead and 50 missing'. It is not credited to AP, Reuters, AFP or another third party (Wikinews names an agency as the
# addressee of a quotation, which is its own reporting). Site lines ('From Wikinews, the free news source you can
# write!', 'Jump to navigation Jump to search') and a photo caption are dropped; the headline is kept once as the first
# line and the date line as the second; wording and quotation marks are as stored (straight marks; the comma before
# 'Rescue teams' inside the closing mark). Annotated by reading the text, before whosaid was run on it (rules
# H1625-H1626 in ANNOTATION.md on top of the rules of the sets above).
WN = "CC BY 2.5 (Wikinews)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout260-en.jsonl

Built by `build.py` from `heldout260_pages.py`. Like heldout21-en, heldout28-en, heldout42-en, heldout46-en, heldout58-en,
heldout63-en and heldout248-en, this text is an English Wikinews article (CC BY 2.5) taken from a stored web page (the
`pages` search corpus), not used in a set above, this time on a transport disaster in South Asia with a police chief
quoted: the capsizing of the overcrowded ferry MV Coco-4 at Bhola Island, Bangladesh (November 28, 2009,
en.wikinews.org). It is not credited to AP, Reuters, AFP or another third party. Only complete paragraphs are kept.
Site lines and a photo caption were dropped; wording and quotation marks are as stored. The page is not used in any set
above (checked by URL, by title, by the name of its speaker and by distinctive phrases ('MV Coco-4', 'Nazirpur river
station', 'Zakir Hossain') with grep over tests/data of /work/main and of every other helper's worktree: no hit). The
set has a single document because many searches of the `pages` corpus for English Wikinews stories from Asia, Africa
and Latin America on science, crime, disasters, transport and elections turned up few pages that are new and usable:
two new pages ('Suicide bomber kills 30 in northwest Pakistan', 2009; 'Wreckage of plane thought to be missing Air
France flight found in Atlantic', 2009) hold one quotation each, below the two that `build.py` requires per document; a
Chilean students' story (2012) has all its quotations in a paragraph that is cut in every stored copy; the 2010 Yushu
earthquake brief is already in heldout42-en; a 2005 plane crash story in Equatorial Guinea is public domain
(pre-September 2005 Wikinews), a licence this family's sets do not use. The annotation (rules H1625–H1626 in
`ANNOTATION.md`) was committed before whosaid was first run on this text, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2009-11-28-ferry-capsizes-in-bangladesh-at-least-five-dead-and-50-missing",
    source="https://en.wikinews.org/wiki/Ferry_capsizes_in_Bangladesh,_at_least_five_dead_and_50_missing",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to navigation Jump to search' lines and the photo caption 'File photo of a boat on water near Bhola. / Image: Tarif.' dropped; the stored part ends with the paragraph on the water authority officer, which is kept; the straight marks, 'kilometres' and the comma inside the closing mark before 'Rescue teams' as stored)",
    text='''Ferry capsizes in Bangladesh, at least five dead and 50 missing
Saturday, November 28, 2009
A ferry has sunk in Bangladesh earlier today, killing at least five people, according to authorities. About fifty more people were missing after the incident.
Police said that the accident occurred as the vessel, called the MV Coco-4, came near a river station at Bhola Island, located 300 kilometres from the Bangladesh capital of Dhaka. The ferry was reportedly overcrowded, and the boat tipped to one side as all its passengers moved to disembark.
"It was overcrowded with over 1,000 passengers. It tilted and part of it sank due to crowd pressure as it arrived near the Nazirpur river station," said a local police chief, Zakir Hossain, to the Agence France-Presse news agency. He also added that "many passengers have managed to land safely. But we believe some others who were staying in the cabins were trapped under water. We are trying to rescue them," Rescue teams and divers are reportedly searching underwater for bodies.
Ferry accidents are not infrequent in the country; incidents have usually been due to overcrowding, or the use of old vessels. "At festival time it is really difficult to stop passengers and relevant ferry operators from flouting rules," said an officer for the Bangladesh water authority.''',
    quotes=[
        Q('"It was overcrowded', 'river station,"', "Zakir Hossain"),
        Q('"many passengers have managed', 'to rescue them,"', "Zakir Hossain"),
        Q('"At festival time', 'flouting rules,"', None),
    ],
    aliases={"Zakir Hossain": ["a local police chief, Zakir Hossain", "local police chief"]},
),
]
