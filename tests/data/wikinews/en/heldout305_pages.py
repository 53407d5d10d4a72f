# Held-out English news texts (tests/data/heldout305-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases, blog items and newsletter items of US federal departments and agencies
# (public domain, 17 U.S.C. § 105): two Commerce Department blog category pages of 2009-2010 on commerce.gov (Under
# Secretary Rebecca Blank on personal income data and Secretary Gary Locke on Earth Day in New Jersey; a NIST
# fellowship program with its deputy director Patrick Gallagher), a commerce.gov blog page with an MBDA item (deputy
# director Alejandra Y. Castillo's award, 2013), a Forest Service release of December 2017 (Chief Tony Tooke, copied on
# forestpolicypub.com), a Fish and Wildlife Service Refuge Update item of March/April 2011 (the short-tailed albatross
# chick on Midway Atoll), the FWS Pacific Region highlights page (Director Aurelia Skipwith; Gary Rodriguez) and an
# Interior Department release on four new conservation units (Secretary Ken Salazar, doi.gov). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and a cut paragraph or blog item is dropped with everything after it (noted in `retrieved`). Site lines,
# archive banners, category labels, photo alt texts and captions, photo credits, bylines, 'Last edited' lines and
# contact lines are dropped; headlines are kept as lines where the stored copy has them; wording and quotation marks
# (straight or curly, the stray closing mark after Blank's cue) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1760-H1764 in ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout305-en.jsonl

Built by `build.py` from `heldout305_pages.py`. Like heldout175-en, heldout200-en, heldout251-en, heldout259-en,
heldout277-en and heldout289-en, these texts are stored web pages (the `pages` search corpus) of news releases, blog
items and newsletter items of US federal departments and agencies other than the military (public domain, 17 U.S.C.
§ 105), none of them used in a set above: the Commerce Department blog category page 'Recovery' on the 2010-2014
archive of commerce.gov (Under Secretary for Economic Affairs Rebecca Blank on the March 2010 personal income data;
Secretary Gary Locke at a Recovery Act restoration project in Lincoln Park, New Jersey, on Earth Day 2010), page 5 of
the same category on commerce.gov (Vice President Biden and Secretary Locke on the National Innovation Marketplace;
NIST's $20 million Recovery Act fellowship program with NIST Deputy Director Patrick Gallagher, 2009), page 5 of the
commerce.gov blog category 'Secretary of Commerce Penny Pritzker' (an MBDA item on Alejandra Y. Castillo's Public
Service Leadership award, October 2013, and the first paragraph of an item on Secretary Pritzker in New York City), a
Forest Service release of December 20, 2017 on the agency's year (Chief Tony Tooke, printed in full on the blog
forestpolicypub.com), the 'Around the Refuge System' page of the Fish and Wildlife Service's Refuge Update of
March/April 2011 on fws.gov (the first short-tailed albatross chick hatched outside Japan, Midway Atoll), the FWS
Pacific Region highlights page on fws.gov (Director Aurelia Skipwith on the Guam refuge agreement with the Navy; Gary
Rodriguez of the Oregon Coast National Wildlife Refuge Complex) and an Interior Department release on four new
conservation units celebrated on Capitol Hill (Secretary Ken Salazar, doi.gov). None is credited to AP, Reuters, AFP or
another third party; the copy on forestpolicypub.com is the agency's own text, not reporting of that site. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and a cut paragraph or blog item is
dropped with everything after it (what was dropped is noted per page). Site lines, archive banners, blog category
labels, photo alt texts and captions, photo credits, bylines, 'Last edited' lines, contact and social-media lines were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL
against the `source` of every document in tests/data of the main checkout and of every other helper's worktree, and by
the names of the quoted people and distinctive phrases - 'Rebecca Blank', 'Personal Income and Outlays', 'Earth Day at
Recovery Act', 'Lincoln Park', 'NIST Seeks Proposals', 'fellowship program will create jobs', 'Alejandra Y. Castillo',
'very honored to receive this award', 'Hispanic Heritage Foundation', 'Tony Tooke', 'Our accomplishments this year',
'Daniel Clark', 'as excited as new parents', 'short-tailed albatross', 'Aurelia Skipwith', 'Racing the Tide',
'Nestucca', 'Hill Ceremony', 'Healthy lands, water, and wildlife mean', 'Flint Hills Legacy', 'Tulare Basin' - with grep
over those folders: no hit; 'Castillo' and 'Patrick Gallagher' occur only for other people or in a different text,
heldout38-en). Candidates found in earlier sets were left out (the NPS State of the Park release in heldout41-en, the
USGS Asian carp release in heldout79-en, the USGS swamp eel and US Topo releases in heldout217-en, Secretary Locke's
Holt town hall release in heldout151-en, the Forest Service Tidwell statement in heldout72-en, the USDA Forest Service
blog tag page in heldout49-en, the Pelican Island planks release in heldout47-en), and so were pages whose stored part
keeps a single quotation (the 2018 Justice Department release on interim U.S. Attorneys, the 2021 SBA statement on the
GAO report). The annotation (rules H1760–H1764 in `ANNOTATION.md`) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="commerce-blog-recovery-2010-blank-and-locke-earth-day",
    source="https://2010-2014.commerce.gov/blog/category/73.html",
    license=PD, retrieved=PAGES + " (Commerce Department blog category page 'Recovery', May 2010, on the 2010-2014 archive of commerce.gov; the banner lines 'THIS IS AN ARCHIVED SITE' and 'This site contains information from January 2009-December 2014. Click HERE to go the CURRENT commerce.gov website.', the label 'Blog Category: Recovery' and the photo alt lines 'Blank portrait.' and 'Photo of globe.' dropped; the two complete blog items kept, each headline as a line (H1762); the third item ('NOAA Awards $73.6 Million Recovery Act Contract ...'), cut in the stored copy, dropped with its headline; the link labels '(More) (Release—PDF)' and '(Release) (Remarks)' kept inside the paragraphs as stored; the stray closing mark after 'Rebecca Blank.' (H1760), the curly marks and the straight apostrophe of 'America's' as stored)",
    text='''Statement from Under Secretary Blank on March 2010 Personal Income and Outlays
Washington (May 3)—The U.S. Commerce Department’s Bureau of Economic Analysis released personal income and outlays data for March 2010. Personal income increased 0.3 percent in March, and real disposable personal income rose 0.2 percent. Real personal consumption expenditures increased 0.5 percent in March. “Today’s personal income data, particularly the growth in employee compensation, indicates that the recovery is taking hold across America,” said U.S. Commerce Department Under Secretary for Economic Affairs Rebecca Blank.” (More) (Release—PDF)
Secretary Locke Celebrates Earth Day at Recovery Act Restoration Project in New Jersey
U.S. Commerce Secretary Gary Locke today celebrated Earth Day at an American Recovery and Reinvestment Act (ARRA) restoration project that is putting people back to work transforming a local dump into 35 acres of wetland and creating a new public trail in Lincoln Park. “The jobs that are being created here in New Jersey are a critical and growing part of the green economy,” Locke said. “Not only are coastal restoration projects like this one directly employing people, they are preserving the coastlines that are absolutely essential to America's economy.” (Release) (Remarks)''',
    quotes=[
        Q('“Today’s personal income data', 'across America,”', "Rebecca Blank"),
        Q('“The jobs that are being created', 'green economy,”', "Gary Locke"),
        Q('“Not only are coastal', 'America\'s economy.”', "Gary Locke"),
    ],
    aliases={"Rebecca Blank": ["Rebecca Blank", "Under Secretary Blank", "U.S. Commerce Department Under Secretary for Economic Affairs Rebecca Blank"],
             "Gary Locke": ["Gary Locke", "Locke", "Secretary Locke", "U.S. Commerce Secretary Gary Locke"]},
),
dict(
    id="commerce-blog-recovery-2009-nist-fellowship-program",
    source="http://www.commerce.gov/blog/category/73?page=5",
    license=PD, retrieved=PAGES + " (page 5 of the Commerce Department blog category 'Recovery' on commerce.gov, items of June 2009; the line 'Commerce.gov is getting a facelift soon. See the new design.', the label 'Blog Category: Recovery', the photo alt and credit lines 'Ohio Gov. Strickland, Vice President Biden, Secretary Locke seated at table. Click for larger image.', 'White House Photo' and 'NIST seal. Click to go to NIST home page.' dropped; the two complete blog items kept, each headline as a line (H1762); the third item ('Secretary Locke Statement on May 2009 Retail Trade Numbers', with 'Photo of Secretary Locke.' and 'File Photo'), cut in the stored copy, dropped with its headline; the link labels '(More) (White House Press Release) (Middle Class Task Force Web Site)' and '(More)' kept as stored; straight marks as stored)",
    text='''Vice President Biden, Secretary Locke Announce Expansion of Manufacturing Initiative in Ohio
Vice President Joe Biden and U.S. Commerce Secretary Gary Locke announced the expansion of the National Innovation Marketplace program, an initiative that will help revitalize supply chains and equip manufacturers to use emerging technology and find new market opportunities. Locke joined Biden, Ohio Governor Ted Strickland, and Auto Recovery Director Ed Montgomery at the vice president’s fifth meeting of the White House Task Force on Middle Class Families, reinforcing the administration’s commitment to innovation in American manufacturing. (More) (White House Press Release) (Middle Class Task Force Web Site)
NIST Seeks Proposals for $20 Million Recovery Act Program
The Commerce Department's National Institute of Standards and Technology (NIST) has announced that it is establishing a financial assistance program to help selected institutions develop and implement a NIST measurement science and engineering fellowship program. The new program is funded under the American Reinvestment and Recovery Act of 2009. "Measurement science and engineering research is critical to fostering innovation," NIST Deputy Director Patrick Gallagher said. "This fellowship program will create jobs and promote long-term investments in the nation's science infrastructure, which is important for future economic prosperity." (More)''',
    quotes=[
        Q('"Measurement science', 'fostering innovation,"', "Patrick Gallagher"),
        Q('"This fellowship program', 'economic prosperity."', "Patrick Gallagher"),
    ],
    aliases={"Patrick Gallagher": ["Patrick Gallagher", "NIST Deputy Director Patrick Gallagher"]},
),
dict(
    id="commerce-blog-2013-mbda-castillo-hispanic-business-award",
    source="http://www.commerce.gov/blog/category/2438?page=5",
    license=PD, retrieved=PAGES + " (page 5 of the commerce.gov blog category 'Secretary of Commerce Penny Pritzker', items of October 2013; the line 'Commerce.gov is getting a facelift soon. See the new design.', 'Syndicate content', the label 'Blog Category: Secretary of Commerce Penny Pritzker', the photo alt line 'Photo of Castillo with event organizers', the byline 'Cross-posted from MBDA.gov blog by Alberto Betancourt, Press Secretary' and the photo caption 'Secretary Pritzker and her Chief of Staff, Bruce Andrews, Meet with Mayor Bloomberg in his City Hall Office' dropped; headlines kept as lines (H1762); the link label 'MBDA blog' at the end of the Castillo item kept as stored; of the second item only the headline and the complete first paragraph are kept, its second paragraph ('The Secretary’s first stop was to a give remarks at the Association for Better New York, ... and the Commerce De'), cut in the stored copy, dropped; curly marks as stored)",
    text='''MBDA Deputy Director Receives Hispanic Business Community Award
The Hispanic Heritage Foundation held their first Hispanic Business Community Awards celebration Oct. 23 at the Capital One Bank headquarters in McLean, Va. The awards recognized the impact of Latino business leaders on the Greater Washington, DC community.
Alejandra Y. Castillo, MBDA National Deputy Director, was one of five awardees honored at the event. Castillo received the Public Service Leadership award.
“I’m very honored to receive this award,” she said. “I have a rewarding job where every day I come to work and have the unique privilege of honoring my father. He emigrated from the Dominican Republic and started his own business. That’s what inspires me to help minority-owned companies grow their own business.”
U.S. Secretary of Commerce Penny Pritzker also congratulated Castillo on the recognition. MBDA blog
Secretary Pritzker meets with business leaders in New York City
Today, U.S. Secretary of Commerce Penny Pritzker traveled to New York City for a series of events and meetings with business leaders from a variety of sectors. The trip also included a meeting with New York City Michael Bloomberg in his City Hall “bullpen.”''',
    quotes=[
        Q('“I’m very honored', 'this award,”', "Alejandra Y. Castillo"),
        Q('“I have a rewarding job', 'their own business.”', "Alejandra Y. Castillo"),
        Q('“bullpen.”', None, None),
    ],
    aliases={"Alejandra Y. Castillo": ["Alejandra Y. Castillo", "Castillo", "MBDA National Deputy Director", "MBDA Deputy Director"]},
),
dict(
    id="usfs-2017-12-20-forest-service-reflects-on-year-of-progress",
    source="https://forestpolicypub.com/2017/12/21/usfs-press-release-a-year-of-progress/",
    license=PDC, retrieved=PAGES + " (USDA Forest Service news release of December 20, 2017, printed in full on the blog forestpolicypub.com under the blog title 'USFS Press Release: A Year of Progress'; the blog title, the lines 'For Immediate Release', 'Contact: (202) 205-1005' and 'Twitter: @forestservice' dropped (H1764); the release headline kept as the first line; the paragraph 'Here are a few highlights of Forest Service accomplishments during 2017, ...:' and the list of highlights under its subheadings ('Improved the Conditions of America’s Forests', 'Worked toward a Fix to Fire Funding', 'Implemented the National Cohesive W', cut in the stored copy), which hold no quotation, dropped; curly marks as stored)",
    text='''Forest Service, U.S. Department of Agriculture reflects on year of progress
WASHINGTON, Dec 20, 2017 — The Forest Service, an agency of the U.S. Department of Agriculture, today highlighted some of the agency’s accomplishments during 2017 to improve the productivity, uses, and sustainability of national forests and grasslands.
“Our accomplishments this year demonstrate the Forest Service’s strong commitment to improving the economic health of rural communities; ensuring lands and watersheds are sustainable, healthy and productive; and mitigating wildfire risk,” said Forest Service Chief Tony Tooke. “As the Forest Service moves into 2018, our priorities will continue to tie directly to Agriculture Secretary Sonny Perdue’s strategic vision for the Department.”''',
    quotes=[
        Q('“Our accomplishments this year', 'mitigating wildfire risk,”', "Tony Tooke"),
        Q('“As the Forest Service moves', 'for the Department.”', "Tony Tooke"),
    ],
    aliases={"Tony Tooke": ["Tony Tooke", "Forest Service Chief Tony Tooke"]},
),
dict(
    id="fws-refuge-update-2011-midway-short-tailed-albatross-chick",
    source="https://www.fws.gov/refuges/RefugeUpdate/MarchApril_2011/aroundrefuge.html",
    license=PD, retrieved=PAGES + " ('Around the Refuge System' page of the Fish and Wildlife Service newsletter Refuge Update, March/April 2011; the site line 'National Wildlife Refuge System', the photo alt line 'photo of Hatchineha Ranch' and the photo caption 'This tract of land, Hatchineha Ranch, ... Credit: Eric Blackmore/The Nature Conservancy' dropped; the page title and the item heading 'Midway Atoll' kept as lines; the next item, 'Secretary of the Interior Ken Salazar announced in January that the U.S. Fish and Wildlife Service is working with ... to develop a new national w', cut in the stored copy, dropped; the en dashes of 'short–tailed' and the curly marks as stored)",
    text='''Around the Refuge System
Midway Atoll
In January, for the first time in recorded history, a short–tailed albatross hatched outside of the islands surrounding Japan. The hatching occurred on Eastern Island at Midway Atoll National Wildlife Refuge, part of Papahanaumokuakea Marine National Monument. “We are all as excited as new parents,” said acting refuge manager Daniel Clark. “The chick hatched in the middle of a major storm, but the parent is doing an excellent job of protecting it, so we are guardedly optimistic about its chances for survival.” Establishing a new nesting colony is one of several important steps needed to continue the endangered bird’s recovery because volcanic activity regularly threatens the short–tailed albatross’ main nesting grounds on Torishima Island. The species’ recovery also depends on reducing the threats of contaminants, especially oil contamination at sea and plastic ingestion; reducing bycatch of these seabirds in commercial fisheries; and addressing invasive species conflicts at nesting colonies. Harvest of short–tailed albatrosses for their feathers caused a world population of more than five million birds to plummet to 10 individuals remaining at Torishima in 1950. Since then, conservation efforts have helped increase the population to approximately 2,400 birds, which forage widely across the temperate and subarctic North Pacific and can be seen in the Gulf of Alaska, along the Aleutian Islands and in the Bering Sea.''',
    quotes=[
        Q('“We are all as excited', 'new parents,”', "Daniel Clark"),
        Q('“The chick hatched', 'chances for survival.”', "Daniel Clark"),
    ],
    aliases={"Daniel Clark": ["Daniel Clark", "acting refuge manager Daniel Clark"]},
),
dict(
    id="fws-pacific-region-highlights-guam-refuge-and-racing-the-tide",
    source="https://www.fws.gov/pacific/",
    license=PD, retrieved=PAGES + " (Fish and Wildlife Service Pacific Region home page, highlights of about 2020 (Director Aurelia Skipwith); the page title 'Pacific Region Highlights' kept as the first line; the photo caption 'Guam's Ritidian Point Beach', the labels 'News Release' and 'Story Map' and the photo credit 'Brent Lawrence / USFWS' printed at the end of the Rodriguez pull-quote line dropped (H1761); the teaser headline 'FWS heavy equipment operators tackle challenging project in the dark on night' kept as a line, as stored; the next highlight (photo caption 'Wapato Lake NWR', 'Wapato Lake National Wildlife Refuge is adding two bridges, ... USFWS', headline 'Wapato Lake NWR Proposes to Open for Public Access, Waterfowl Hunting in Fall' and its paragraph, cut in the stored copy) dropped; straight marks and the double hyphen before Rodriguez's name as stored)",
    text='''Pacific Region Highlights
"We are pleased to have been able to work closely with the Navy and USGS to help advance our national security in a practical and meaningful way," said FWS Director, Aurelia Skipwith.
Service, USGS enter agreement with Navy to protect Guam NWR
USFWS and USGS have reached an agreement with the Navy outlining how to address impacts to the refuge and the associated brown-tree snake operations from the implementation of a Surface Danger Zone over Guam National Wildlife Refuge.
FWS heavy equipment operators tackle challenging project in the dark on night
"Some folks were skeptical if we could do it. From our standpoint, it was not a problem. It was going to happen, and that is what we did." -- Gary Rodriguez, Facilities Operations Specialist at Oregon Coast National Wildlife Refuge Complex
Racing the Tide: FWS heavy equipment operators tackle challenging project
The tide was slowly draining out of Nestucca Bay, and it was still hours before the sun would peek above the horizon. The only light was from headlights of the machinery that was already rumbling along in the cool night air, moving dirt at an incredible pace. A crew of heavy equipment operators were racing the tide on the Upton Slough section of Nestucca Bay National Wildlife Refuge on the Oregon Coast.''',
    quotes=[
        Q('"We are pleased', 'practical and meaningful way,"', "Aurelia Skipwith"),
        Q('"Some folks were skeptical', 'that is what we did."', "Gary Rodriguez"),
    ],
    aliases={"Aurelia Skipwith": ["Aurelia Skipwith", "FWS Director"],
             "Gary Rodriguez": ["Gary Rodriguez", "Facilities Operations Specialist at Oregon Coast National Wildlife Refuge Complex"]},
),
dict(
    id="doi-salazar-four-conservation-units-hill-ceremony",
    source="https://www.doi.gov/news/pressreleases/Secretary-Salazar-Celebrates-Establishment-of-Four-Conservation-Units-at-Hill-Ceremony",
    license=PD, retrieved=PAGES + " (Department of the Interior press release of about 2012 (555 refuges and units, planks to be installed at Pelican Island the next day); headline and subheading kept as the first two lines; the line 'Last edited 09/05/2019' dropped; the paragraph 'Secretary Salazar was joined by senators from all four states ... Senator Bill Nelson (Fla.) a', cut in the stored copy, dropped; the double hyphen of the dateline, the curly marks and the straight apostrophes ('Nation's', 'Service's', 'country's', 'nation's') as stored)",
    text='''Secretary Salazar Celebrates Establishment of Four Conservation Units at Hill Ceremony
Unveils commemorative planks for each new conservation unit that will be installed in walkway tomorrow at Nation's first National Wildlife Refuge
WASHINGTON DC -- Secretary of the Interior Ken Salazar today joined a bipartisan group of Senators on Capitol Hill to celebrate recent additions to the National Wildlife Refuge (NWR) System. The Flint Hills Legacy Conservation Area of Kansas, the Dakota Grassland Conservation Area of South Dakota and North Dakota, the Cherry Valley National Wildlife Refuge of Pennsylvania, and the Tulare Basin Wildlife Management Area of California make up the four latest units to join the U.S. Fish and Wildlife Service's conservation system.
“Healthy lands, water, and wildlife mean a healthy economy,” said Secretary Salazar. “I am proud to stand here today with these Senators to add to our nation's great legacy of conservation. From sustaining our country's ranching heritage to protecting important migratory corridors for birds, these four new units make important additions to our National Wildlife Refuge System.”
During the ceremony, Secretary Salazar presented commemorative planks inlaid with the names of the new units to senators from the four states in which the conservation areas are located. Tomorrow Secretary Salazar will install the four planks in a walkway at Pelican Island National Wildlife Refuge in Vero Beach, Florida. Commemorative planks for each of the nation's 555 national wildlife refuges, wildlife management areas and conservation areas form a boardwalk at Pelican Island, the first-ever national wildlife refuge, established in 1903 by President Theodore Roosevelt.''',
    quotes=[
        Q('“Healthy lands, water', 'a healthy economy,”', "Ken Salazar"),
        Q('“I am proud to stand', 'Wildlife Refuge System.”', "Ken Salazar"),
    ],
    aliases={"Ken Salazar": ["Ken Salazar", "Secretary Salazar", "Secretary of the Interior Ken Salazar"]},
),
]
