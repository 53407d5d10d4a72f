# Held-out English news pages (tests/data/heldout188-en.jsonl), none of them used in an earlier set. U.S. Fish and
# Wildlife Service news pages of the Southeast Region (fws.gov; US government works in the public domain, 17 U.S.C.
# § 105), taken from stored web pages (the `pages` search corpus): a regional news release of 2004 on the Regional
# Director's Conservation Awards, the region's front page of September 2014 (its lead item, on the red wolf comment
# period) and the region's news listing of July 2018 (teasers on the Endangered Species Act proposal and on the Puerto
# Rican coquí llanero). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph or item is dropped (noted in `retrieved`). Site
# lines, contact lines, image captions and alt texts and 'Read the full release...' link lines are dropped; wording,
# spacing inside paragraphs and quotation marks are as stored (trailing spaces at paragraph ends are dropped). Annotated
# by reading the pages, before whosaid was run on them (rules H1255-H1258 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (U.S. Fish and Wildlife Service, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout188-en.jsonl

Built by `build.py` from `heldout188_pages.py`. These texts are U.S. Fish and Wildlife Service news pages of the
Southeast Region (fws.gov; public domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages`
search corpus), none of them used in a set above: a regional news release of July 14, 2004 on the 2003 Regional
Director's Conservation Awards (Sam D. Hamilton), the region's front page of September 2014, whose lead item extends the
comment period on the red wolf recovery program (Leopoldo Miranda), and the region's news listing of July 2018 (teasers on
the proposed Endangered Species Act reforms and on the draft recovery plan for the coquí llanero). None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site lines, contact lines, captions, alt texts and link lines were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text, including the other helpers' worktrees). The
annotation (rules H1255–H1258 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="fws-en-2004-07-14-regional-directors-conservation-awards",
    source="https://www.fws.gov/southeast/news/2004/r04-061.html",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service Southeast Region news release; the logo and header lines and the contact line 'Elsie Davis, 404/679-7107' dropped; the award paragraph 'E.I. du Pont de Nemours and Company, Inc., DuPont Land Legacy Program: ... donated', cut in the stored copy, and the rest of the list dropped; curly marks as stored, the nested ‘Thank you’ stays inside Hamilton's span (H9))",
    text='''U.S. Fish and Wildlife Service Honors 2003 Regional Director’s Conservation Award Winners
July 14, 2004
The Southeast Region of the U.S. Fish and Wildlife Service today presented Regional Director’s Conservation Awards for 2003 to 13 of the Service’s partners in natural resource and wildlife conservation. Efforts as varied as land grants, hands-on youth practicums, festivals, and stream and ecosystem restoration were recognized by Service Regional Director Sam D. Hamilton. The awards were presented in Atlanta, Georgia.
“We honor these partners here today for their generous support and efforts,” said Hamilton. “The award is a big ‘Thank you’ for all they have done to help conserve our natural resources for the people of the Southeast.”
Receiving Conservation Awards were the following:
Antonio Rivera-Guzmán, DVM, Avian and Small Animal Veterinary Hospital: Dr. Rivera-Guzmán donates 200 to 300 hours of off-site consultation and more than 100 hours of on-site work every year for the Puerto Rican parrot recovery program in Puerto Rico.
Audubon Society of the Everglades: The Society was instrumental in starting the first of many annual Everglades Day festivals at the Arthur R. Marshall Loxahatchee National Wildlife Refuge in Palm Beach County, Florida. The Society also helped develop visitor service facilities at the refuge, including the Native-American-designed and constructed Chickee Hut.
Bob Johnson, Curator of Amphibians and Reptiles at the Toronto Zoo: Mr. Johnson has developed and implemented conservation efforts for the Puerto Rico crested toad, a federally-listed, threatened species. His leadership has resulted in the release of more than 100,000 captive tadpoles and froglets originating from 20 zoos and aquariums.''',
    quotes=[
        Q('“We honor these partners', 'and efforts,”', "Sam D. Hamilton"),
        Q('“The award is a big', 'the Southeast.”', "Sam D. Hamilton"),
    ],
    aliases={"Sam D. Hamilton": ["Service Regional Director Sam D. Hamilton", "Hamilton"]},
),
dict(
    id="fws-en-2014-09-12-red-wolf-comment-period-extended",
    source="http://www.fws.gov/southeast/index.html",
    license=PD, retrieved=PAGES + " (front page of the U.S. Fish and Wildlife Service Southeast Region as stored in September 2014; the lines 'Southeast Region', 'Conserving the Nature of America', 'Select a state to find refuges, hatcheries and offices' and the state-map line dropped, the caption 'A red wolf at Point Defiance Zoo and Aquarium. Photo: Seth Bynum.' and the link line 'Read the full release...' dropped; only the lead item is kept: the next item (Georgia rockcress, September 11, 2014), whose second paragraph is cut in the stored copy, dropped; the e-mail address missing after 'e-mail:' is missing in the stored copy; straight marks as stored; trailing spaces dropped)",
    text='''Fish and Wildlife Service Extends Comment Period Two Weeks for Red Wolf Recovery Program Evaluation
September 12, 2014
The U.S. Fish and Wildlife Service is extending by two weeks the comment period to receive information about the Red Wolf Recovery Program and its non-essential, experimental population of red wolves in Eastern North Carolina.  The deadline to receive comments will be Friday, September 26.
Interested individuals may continue to submit comments, concerns, or information to the following e-mail:  The Service is receiving messages submitted though the system is delaying their delivery leading in some cases to 'undeliverable' messages.
"As a result of the high interest in this work, the email server for this address is struggling to keep up," said Leopoldo Miranda, the Service's Assistant Regional Director for Ecological Services in Atlanta.  "We are pleased with the interest in this process and the level of feedback we are receiving."''',
    quotes=[
        Q("'undeliverable'", None, None),
        Q('"As a result of the high', 'keep up,"', "Leopoldo Miranda"),
        Q('"We are pleased', 'are receiving."', "Leopoldo Miranda"),
    ],
    aliases={"Leopoldo Miranda": ["Miranda"]},
),
dict(
    id="fws-en-2018-07-southeast-news-listing",
    source="https://www.fws.gov/southeast/news/",
    license=PD, retrieved=PAGES + " (news listing of the U.S. Fish and Wildlife Service Southeast Region as stored in July 2018; the lines 'skip to content' and 'Subscribe to an RSS feed', the image alt texts ('A bright green parrot ...', 'A tiny yellow/orange frog ...', 'A light brown fish ...') and the photo captions (Puerto Rican parrots, coquí llanero) dropped; the third item (yellowcheek darter), whose teaser is cut in the stored copy, dropped with its headline; the teasers keep their run-together 'minute readContinuing' and their inline 'Read the full story...' as stored; the ESA teaser's quotation is cut off by the site and has no closing mark)",
    text='''U.S. Fish and Wildlife Service and NOAA Fisheries seek public input on proposed reforms to improve and modernize implementation of the Endangered Species Act
July 19, 2018 | 5 minute readContinuing efforts to improve how the Endangered Species Act (ESA) is implemented, the U.S. Fish and Wildlife Service and National Oceanic Atmospheric Administration (NOAA) Fisheries today proposed revisions to certain regulations to ensure clarity and consistency. The changes incorporate public input, best science and best practices to improve reliability, regulatory efficiency and environmental stewardship. “The Trump Administration is dedicated to being a good neighbor and being a better partner with the communities in which we operate. Read the full story...
Draft recovery plan for endangered Puerto Rican frog available
July 6, 2018 | 2 minute read“Kee, kee,” a male coquí llanero softly sings from dusk to dawn in a Puerto Rican wetland. Hearing its high-pitched call is rare because the tiny frog is only found in one freshwater wetland in the municipality of Toa Baja, Puerto Rico. The U.S. Fish and Wildlife Service has prepared a draft recovery plan outlining actions to save this dime-sized frog, which has been federally listed as endangered since October 2012. Read the full story...''',
    quotes=[
        Q('“The Trump Administration', 'in which we operate.', None),
        Q('“Kee, kee,”', None, None),
    ],
    unclosed=("“The Trump Administration is dedicated to being a good neighbor and being a better partner with the communities in which we operate.",),
),
]
