# Held-out English news texts (tests/data/heldout319-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of press releases and statements of US federal agencies (public domain, 17 U.S.C. § 105):
# two FEMA releases (community relations teams after Hurricane Isaac, September 2012, fema.gov; the closing of three
# West Virginia disaster recovery centers, July 2003, UNT End of Term archive copy of fema.gov), two NASA releases (the
# statements of Bill Nelson and Steve Jurczyk on Nelson's Senate confirmation, April 2021, in the PR Newswire
# distribution reprinted on finanzen.ch; Administrator Bill Nelson's statement on the death of Thomas Stafford, release
# 24-042 of March 2024, in a copy of the NASA HQ News mail on mabsj2.blogspot.com) and two Small Business
# Administration releases (Administrator Kelly Loeffler on the SBA's 72nd anniversary, July 2025, GlobeNewswire
# distribution; Administrator Jovita Carranza's statement on the CARES Act, March 2020, PR Newswire distribution). The
# wire services here only distribute the agencies' own releases ('SOURCE U.S. Small Business Administration'); none is
# reporting of AP, Reuters, AFP or a newspaper. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, date and release-number
# lines, photo captions and credits, metadata lines and the empty lines between paragraphs are dropped; a headline is
# kept once as the first line where the stored copy has one (none is added where it has none); trailing spaces at the
# end of a line are removed; wording and quotation marks (straight or curly as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1800-H1802 in ANNOTATION.md on top of the rules above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout319-en.jsonl

Built by `build.py` from `heldout319_pages.py`. Like heldout175-en, heldout251-en, heldout259-en, heldout277-en and
heldout289-en, these texts are stored web pages (the `pages` search corpus) of press releases and statements of US
federal agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set above: a FEMA
release on Community Relations teams going door to door after Hurricane Isaac (Baton Rouge, September 18, 2012,
fema.gov), a FEMA release on the closing of three West Virginia Disaster Recovery Centers (release 1474-72, July 28,
2003, in the UNT End of Term web archive copy of fema.gov, newsrelease id=3869), a NASA release with the statements of
Sen. Bill Nelson and acting Administrator Steve Jurczyk on Nelson's Senate confirmation (April 29, 2021, the PR
Newswire distribution as reprinted on finanzen.ch), NASA release 24-042 with Administrator Bill Nelson's statement on
the death of Thomas Stafford (March 18, 2024, in a blog copy of the NASA HQ News mail on mabsj2.blogspot.com), an SBA
release on the agency's 72nd anniversary with Administrator Kelly Loeffler (July 30, 2025, GlobeNewswire distribution
on globenewswire.com) and SBA release 20-28 with Administrator Jovita Carranza's statement on the CARES Act (March 28,
2020, PR Newswire distribution on prnewswire.com). None is credited to AP, Reuters, AFP or another third party; the wire
services and the copying sites only distribute the agencies' own texts ('SOURCE U.S. Small Business Administration'),
they are not reporting of those sites. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and a cut paragraph is dropped with everything after it, also where it holds quotations (what was
dropped is noted per page). Site lines, date and release-number lines, photo captions and credits, metadata lines and
the empty lines between paragraphs were dropped; wording and quotation marks (straight and curly) are as stored. None
of these pages is used in any set above (checked by URL against the `source` of every document in tests/data of the
main checkout and of every other helper's worktree, and by the names of the quoted people and distinctive phrases -
'Strengthen Connection', 'vital link that helps us', 'Louis Botta', 'Roving-Mcdowell', 'newsrelease.fema?id=3869',
'Jurczyk', 'Onward and upward', 'Gemini 9', 'daredevil', 'Thomas Stafford', 'Kelly Loeffler', 'Over the course of 72
years', 'engines of their communities', 'President Trump acted swiftly' - with grep over those folders: no hit).
Candidates found in earlier sets were left out: the FEMA New York recovery-centers release of Justo Hernández
(newsrelease id=5032, heldout29-en), the NASA release of Mark Kelly's statement (heldout83-en), the SBA statements of
Maria Contreras-Sweet (heldout94-en), the Peace Corps releases on National Service Week (heldout68-en) and on a
congressional delegation (heldout94-en), the USDA release naming Matt Lohr NRCS chief (heldout62-en), the FEMA Hurricane
Ike listing with Mike Hall (heldout27-en), the NPS family-fun release (heldout121-en) and usda.gov blog tag pages
(heldout37-en, heldout49-en); a USDA local-foods release copied on deeprootsmag.org was left out because its only
quotation is in the cut paragraph. The annotation (rules H1800–H1802 in `ANNOTATION.md`) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="fema-2012-isaac-community-relations-connection-with-survivors",
    source="http://www.fema.gov/news-release/2012/09/18/fema-working-strengthen-connection-survivors",
    license=PD, retrieved=PAGES + " (FEMA release of September 18, 2012; the lines 'Main Content', 'Release date: ', 'September 18, 2012', 'Release Number: ' and the empty lines between paragraphs dropped (H1801); headline kept once; the paragraph 'The Community Relations teams also may be able to dispel rumors ... The specialists help to identify survivors who require', cut in the stored copy, dropped)",
    text='''FEMA Working to Strengthen Connection with Survivors
BATON ROUGE, La. – Teams from the Federal Emergency Management Agency (FEMA) are going door to door in communities affected by Hurricane Isaac, seeking out survivors to help connect them with recovery services.
Armed with fliers in English, Spanish, French, Vietnamese and Braille, some 250 Community Relations specialists are providing survivors with valuable information about registering with FEMA and getting local, state and federal assistance.
The effort is part of FEMA’s stepped-up approach to reach survivors in their homes and communities as quickly and effectively as possible after a disaster declaration. Community Relations specialists also have met survivors at Disaster Recovery Centers, at points of distribution, at shelters and through community- and faith-based groups.
“FEMA’s Community Relations teams meet with survivors wherever possible to let them know how FEMA can help them and to listen to their concerns,” said Federal Coordinating Officer Mike Hall. “This creates a vital link that helps us help people.”
The specialists also learn of survivors’ immediate needs and help direct local, state and federal resources to address problems. One Community Relations team is credited with helping prevent a tragedy in Lafourche Parish. When team members visited an elderly woman who wore an oxygen-fed breathing mask, they smelled gas in her home. They calmly asked her to leave the home with them and called local emergency services.
When firefighters arrived, the gas odor was so strong they could not enter the home. Because the woman had breathing assistance, she had not noticed the leak, but emergency officials said a single spark could have caused an explosion.''',
    quotes=[
        Q('“FEMA’s Community Relations teams', 'their concerns,”', "Mike Hall"),
        Q('“This creates a vital link', 'help people.”', "Mike Hall"),
    ],
    aliases={"Mike Hall": ["Mike Hall", "Federal Coordinating Officer Mike Hall"]},
),
dict(
    id="fema-2003-wv-recovery-centers-to-close-kanawha-monongalia-mcdowell",
    source="https://webarchive.library.unt.edu/eot2008/20081024210533/http://www.fema.gov/news/newsrelease.fema?id=3869",
    license=PD, retrieved=PAGES + " (UNT End of Term archive copy of the FEMA page, release 1474-72 of July 28, 2003; the lines 'Release Date: July 28, 2003', 'Release Number: 1474-72', '» More Information on West Virginia Severe Storms, Flooding and Landslides' and the cut line 'Last Modified: Monday, ' dropped, the headline's trailing spaces trimmed (H1801); the release announces 'The following centers' but the stored copy has no list of them (nothing dropped there); 'Roving-Mcdowell' as stored)",
    text='''Recovery Centers To Close In Kanawha, Monongalia And Roving-Mcdowell Counties
Charleston, WV -- Federal and state officials announced the closing this week of three Disaster Recovery Centers (DRCs). The following centers will close at 7 p.m. on the dates announced.
As of close of business Sunday, July 27, 2003, the centers had helped more than 221 residents with face-to-face answers to their questions about recovering from the severe storms, flooding and landslides. Anyone who still has questions or who would like to check on the status of his or her application in person should do so by 7 p.m. on the closing date.
"The recovery centers are a great resource for people to get their questions answered, but it is not necessary to visit a center," said Federal Coordinating Officer Louis Botta. "We always try to give people a chance to get face-to-face help; but, once the need has been met in a county, we like to move the center elsewhere to give other West Virginians the same opportunity."
Anyone who still has questions after the centers close may visit other DRCs in the state or may call the Federal Emergency Management Agency (FEMA) Helpline at 1-800-621-3362 or TTY 1-800-462-7585. Helpline representatives will be able to give the same information provided by officials at the recovery centers or will be able to assist callers in finding the nearest DRC.
On March 1, 2003, FEMA became part of the U.S. Department of Homeland Security. FEMA's continuing mission within the new department is to lead the effort to prepare the nation for all hazards and effectively manage federal response and recovery efforts following any national incident. FEMA also initiates proactive mitigation activities, trains first responders, and manages Citizen Corps, the National Flood Insurance Program and the U.S. Fire Administration.''',
    quotes=[
        Q('"The recovery centers are', 'visit a center,"', "Louis Botta"),
        Q('"We always try to give', 'same opportunity."', "Louis Botta"),
    ],
    aliases={"Louis Botta": ["Louis Botta", "Federal Coordinating Officer Louis Botta"]},
),
dict(
    id="nasa-2021-statements-on-bill-nelson-senate-confirmation",
    source="https://www.finanzen.ch/nachrichten/aktien/statements-on-bill-nelsons-senate-confirmation-as-nasa-administrator-1030367429",
    license=PDC, retrieved=PAGES + " (NASA release 'Statements on Bill Nelson's Senate Confirmation as NASA Administrator' of April 29, 2021 in the PR Newswire distribution reprinted on finanzen.ch; the metadata line ' date 2021-04-30' dropped; the stored copy has no headline and opens with the dateline paragraph, no title added, the wire dateline 'WASHINGTON, April 29, 2021 /PRNewswire/ -- ' kept as part of the first paragraph (H1801); the release is complete; straight quotation marks and apostrophes as stored)",
    text='''WASHINGTON, April 29, 2021 /PRNewswire/ -- The following are statements from Sen. Bill Nelson and acting NASA Administrator Steve Jurczyk on Thursday's U.S. Senate confirmation of Nelson as the 14th administrator of the National Aeronautics and Space Administration:
"I am honored by the President's nomination and the Senate vote," Nelson said. "I will try to merit that trust. Onward and upward!"
"I'm happy to welcome Bill to the NASA family," said Jurczyk. "It's been an amazing year for NASA and our commercial and international partners, and I look forward to working with Bill and the Biden-Harris Administration to build on the incredible momentum we've built so far. It has been an honor to serve as acting administrator, but it's the NASA workforce that makes the agency one-of-a-kind. Thank you for all you do to advance NASA's critical missions."''',
    quotes=[
        Q('"I am honored by', 'Senate vote,"', "Bill Nelson"),
        Q('"I will try to merit', 'Onward and upward!"', "Bill Nelson"),
        Q('"I\'m happy to welcome', 'NASA family,"', "Steve Jurczyk"),
        Q('"It\'s been an amazing year', 'critical missions."', "Steve Jurczyk"),
    ],
    aliases={"Bill Nelson": ["Bill Nelson", "Sen. Bill Nelson", "Nelson"],
             "Steve Jurczyk": ["Steve Jurczyk", "Jurczyk", "acting NASA Administrator Steve Jurczyk"]},
),
dict(
    id="nasa-2024-administrator-pays-tribute-to-thomas-stafford",
    source="http://mabsj2.blogspot.com/",
    license=PDC, retrieved=PAGES + " (NASA release 24-042 of March 18, 2024, in a blog copy of the NASA HQ News mail on mabsj2.blogspot.com; the blog date line 'Monday, March 18, 2024', the mail subject line '[NASA HQ News] NASA Administrator Pays Tribute to Space Pioneer Thomas Stafford' (the headline with a list label; the headline is kept once, from the next line, trailing space trimmed), 'MAR 18, 2024', 'RELEASE 24-042', the photo caption '(1966) — Portrait of astronaut Thomas P. Stafford, wearing his spacesuit.', 'Credits: NASA', a line holding a single space and the empty lines between paragraphs dropped (H1801); trailing spaces at paragraph ends removed; the statement's fourth paragraph '“Tom’s dedication', cut in the stored copy, dropped; the three kept paragraphs of the statement open with “ and have no closing mark, as stored (H1800))",
    text='''NASA Administrator Pays Tribute to Space Pioneer Thomas Stafford
The following is a statement from NASA Administrator Bill Nelson on Monday’s passing of Thomas Stafford, a lifelong space exploration advocate, former NASA astronaut, and U.S. Air Force general:
“Today, General Tom Stafford went to the eternal heavens, which he so courageously explored as a Gemini and Apollo astronaut as well as a peacemaker in the Apollo-Soyuz mission. Those of us privileged to know him are very sad but grateful we knew a giant.
“Tom was critical to the earliest successes of our nation’s space program and was instrumental in developing space as a model for international cooperation. He also helped us learn from our tragedies and grow and reach for the next generation of achievement. He was intimately involved with the space program, sharing his thoughts and suggestions on NASA missions until the end of his life.
“Tom was a gentleman and a daredevil. He flew our first rendezvous in space on Gemini 6, and piloted Gemini 9’s path to Earth with pencil and paper when the spacecraft’s guidance computer failed in orbit. He commanded Apollo 10, the first flight of the lunar module to the Moon, a critical test flight that resulted in the successful landing on the Moon during the Apollo 11 mission. Tom also flew more than 100 different types of aircraft throughout his career as he pushed the edge of the envelope of our achievement in air and space. He was an extraordinary peacemaker who commanded NASA’s first rendezvous of an international spacecraft on the Apollo-Soyuz mission. His counterpart, General Alexei Leonov, became a best friend over the years. Tom gave Alexei’s eulogy in 2019 at the Russian state funeral.''',
    quotes=[
        Q('“Today, General Tom Stafford', 'we knew a giant.', "Bill Nelson"),
        Q('“Tom was critical', 'the end of his life.', "Bill Nelson"),
        Q('“Tom was a gentleman', 'Russian state funeral.', "Bill Nelson"),
    ],
    aliases={"Bill Nelson": ["Bill Nelson", "NASA Administrator Bill Nelson"]},
),
dict(
    id="sba-2025-celebrates-72-years-of-service",
    source="https://www.globenewswire.com/news-release/2025/07/30/3124260/0/en/SBA-Celebrates-72-Years-of-Service-to-America-s-Small-Businesses.html",
    license=PDC, retrieved=PAGES + " (SBA release of July 30, 2025, GlobeNewswire distribution; the metadata line ' date 2025-07-30' and the empty lines between paragraphs dropped; the stored copy has no headline and opens with the dateline paragraph, no title added, the wire dateline 'WASHINGTON, July 30, 2025 (GLOBE NEWSWIRE) -- ' kept as part of the first paragraph (H1801); the paragraph 'Also this year, the SBA has launched a series of targeted initiatives to support small businesses, including the Made in America Manufacturing ', cut in the stored copy, dropped)",
    text='''WASHINGTON, July 30, 2025 (GLOBE NEWSWIRE) -- Today, the U.S. Small Business Administration celebrates its 72nd anniversary – and over seven decades of empowering entrepreneurs, supporting disaster recovery, and championing economic growth in every corner of our nation.
“Over the course of 72 years, the SBA has grown to become the government’s largest guarantor of business loans – responsible for delivering the capital, business counselling, and federal contracting opportunities that have grown thousands of small businesses and created millions of jobs,” said SBA Administrator Kelly Loeffler. “We’re proud to support the American Dream and the engine of our economy – and even more excited about what’s to come for Main Street with President Trump’s America First agenda. With record loan volumes, strict oversight, and targeted initiatives to strengthen America’s 34 million small businesses, we’re modernizing the SBA to deliver results for job creators and taxpayers alike.”
Since its founding in 1953, the SBA has helped millions of Americans start and grow small businesses, which today represent 99% of all businesses in the United States. Now, under the leadership of Administrator Kelly Loeffler, the agency is focused on restoring accountability, cutting fraud and waste, eliminating partisan bias, and restoring the agency to its core mission of driving economic opportunity and growth.
Since January 20, 2025, the SBA has delivered record results, including approving nearly 45,000 7(a) and 504 loans for over $23 billion, an 11% increase in loans year over year. The agency has also approved more than 2,600 manufacturing loans for $1.9 billion, and nearly 24,000 disaster loans for $3.7 billion.''',
    quotes=[
        Q('“Over the course of 72 years', 'millions of jobs,”', "Kelly Loeffler"),
        Q('“We’re proud to support', 'taxpayers alike.”', "Kelly Loeffler"),
    ],
    aliases={"Kelly Loeffler": ["Kelly Loeffler", "SBA Administrator Kelly Loeffler", "Administrator Kelly Loeffler"]},
),
dict(
    id="sba-2020-cares-act-statement-jovita-carranza",
    source="https://www.prnewswire.com:443/news-releases/cares-act-statement-from-sba-administrator-jovita-carranza-301031296.html",
    license=PDC, retrieved=PAGES + " (SBA release 20-28 of March 28, 2020, PR Newswire distribution; the metadata line ' date 2020-03-28', the lines 'Release Number: 20-28' and 'SOURCE U.S. Small Business Administration' and the empty lines between paragraphs dropped; the stored copy has no headline and opens with the dateline paragraph, no title added, the wire dateline 'WASHINGTON, March 28, 2020 /PRNewswire/ -- ' kept as part of the first paragraph (H1801); the release is complete; the statement's first paragraph opens with a straight mark and has no closing mark, as stored (H1800))",
    text='''WASHINGTON, March 28, 2020 /PRNewswire/ -- Upon President Trump signing the Coronavirus Aid, Relief, and Economic Security (CARES) Act into law, SBA Administrator Jovita Carranza issued the following statement:
"President Trump acted swiftly and in a bipartisan manner to support our nation's 30 million small businesses, which employ nearly half of the nation's workforce. Under the CARES Act, the President took historic action, making available hundreds of billions of dollars in an expedited manner to provide immediate financial relief for small business owners across the country.
"Our small businesses are the economic engines of their communities, and the SBA is ready to provide them with the support they need to remain open and keep their workers employed. With our whole-of-government approach led by the President, we are providing small businesses with the resources they need to get them through this unprecedented time."''',
    quotes=[
        Q('"President Trump acted swiftly', 'across the country.', "Jovita Carranza"),
        Q('"Our small businesses are', 'unprecedented time."', "Jovita Carranza"),
    ],
    aliases={"Jovita Carranza": ["Jovita Carranza", "SBA Administrator Jovita Carranza"]},
),
]
