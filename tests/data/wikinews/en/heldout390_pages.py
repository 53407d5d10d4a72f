# Held-out English news texts (tests/data/heldout390-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of US federal agencies other than the military (public domain, 17 U.S.C.
# § 105): a U.S. Fish and Wildlife Service release of September 11, 2001 on the wayward bald eagle flown back to the
# Southeast (fws.gov), a Department of the Interior release of January 19, 2007 on the National Coastal Wetlands grants
# (doi.gov), an FWS release of October 19, 2012 on the Interior Department's 2012 Partners in Conservation Awards
# (fws.gov), an FWS release of October 2, 1998 on coastal wetland grants for 1999 (copy on docslib.org), an FWS
# Mountain-Prairie Region release of November 19, 2012 on the Bear River Watershed easement meetings (fws.gov), an FWS
# Pacific Region release of January 3, 2012 on the 2012 coastal wetlands grants (fws.gov) and an FWS story of December
# 2003 on the 2004 coastal wetlands grants (fws.gov). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped.
# Mastheads, contact lines, release dates, photo captions and lost link targets are dropped (noted in `retrieved`);
# datelines are kept in the text as stored; wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1985-H1989 in ANNOTATION.md on top of
# H1-H1984).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PD_COPY = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout390-en.jsonl

Built by `build.py` from `heldout390_pages.py`. Like heldout175-en, heldout251-en, heldout277-en, heldout289-en,
heldout339-en and heldout371-en, these texts are stored web pages (the `pages` search corpus) of news releases of US
federal departments and agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set
above: a U.S. Fish and Wildlife Service release of September 11, 2001 on the wayward bald eagle flown from Tufts to
Georgia, with Northeast Regional Director Mamie A. Parker and Tufts clinic director Mark Pokras (fws.gov), a Department
of the Interior release of January 19, 2007 on the National Coastal Wetlands Conservation grants, with Deputy Secretary
Lynn Scarlett (doi.gov), an FWS release of October 19, 2012 on the Interior Department's 2012 Partners in Conservation
Awards, with Deputy Secretary David J. Hayes (fws.gov), an FWS release of October 2, 1998 on coastal wetland grants for
1999, with Director Jamie Rappaport Clark (text copy on docslib.org), an FWS Mountain-Prairie Region release of November
19, 2012 on open houses for the Bear River Watershed Conservation Area, with Acting Regional Director Noreen Walsh
(fws.gov), an FWS Pacific Region release of January 3, 2012 on the 2012 coastal wetlands grants, with Interior Secretary
Ken Salazar (fws.gov), and an FWS story of December 2003 on the 2004 coastal wetlands grants, with Interior Secretary
Gale Norton (fws.gov). None is credited to AP, Reuters, AFP or another third party; the docslib.org copy is the
agency's own release text, not reporting of that site. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and a cut paragraph is dropped (what was dropped is noted per page). Mastheads ('Conserving
the Nature of America', 'News Release', 'Office of External Affairs', the DOI news header), release dates, contact and
telephone lines, the office address, photo captions and the open-house list after the cut were dropped; datelines
('WASHINGTON—', 'LAKEWOOD, Colo. –') are kept as stored; the docslib copy runs the headline into the body and the
headline was put on its own line; wording and quotation marks are as stored. None of these pages is used in any set
above or in another helper's worktree (checked by URL and page id (B5A2328C, 070119, 0C507F26, 5043651,
11192012_BearRiver, 2144374932, 2003-12/cooperative-coastal), by headline and by speakers and distinctive phrases such as
'Wayward Eagle', 'Mark Pokras', 'Our goal is to return this majestic bird', 'This grant program helps protect, restore',
'The Partners in Conservation Awards offer', 'David J. Hayes', 'nature's purifiers', 'We are seeking common ground',
'Noreen Walsh', 'Coastal wetlands serve as some of nature' and 'If conservation is going to succeed in the 21st',
grepped in tests/data of the main checkout and of every other helper's worktree; no hits). Candidates found in earlier
sets were left out (the FWS–Sand County Foundation agreement in heldout251-en, the 2002 Migratory Bird Conservation
Commission release, the GLIN copy of the 2006 bald eagle release, EPA releases with Michael Regan, Radhika Fox and Pete
Lopez), and so were pages whose stored part keeps a single quotation or whose quotation marks are lost in the copy (the
Iraq Community Action Program page with '?' for every mark, the GLIN copy of the 2002 coastal grants release, Spaceport
News pages on ufdc.ufl.edu) and a trade-magazine copy of the 2008 coastal grants release. The annotation (rules
H1985–H1989 in `ANNOTATION.md` on top of H1–H1984) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="fws-2001-09-11-wayward-eagle-en-route-southeast",
    source="https://www.fws.gov/news/ShowNews.cfm?newsId=B5A2328C-4071-4624-A73332C4C1EE6654",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service news release of September 11, 2001; the lines 'Conserving the Nature of America', 'News Release', the date and 'Division of Public Affairs' / 'External Affairs' / 'Telephone: 703-358-2220' and the empty lines dropped; the headline kept as the first line; the paragraph 'Experienced raptor handlers Rob Sinkler and Steve Hoddy ...', cut in the stored copy in 'how to spot and capture its own', dropped (H1988); straight marks, curly apostrophe in 'Medicine’s', as stored)",
    text='''Wayward Eagle En Route Back to Southeast
A bald eagle that had numerous close encounters with beachgoers in New York and New Hampshire is winging its way south today on an airplane bound for Georgia where raptor trainers will determine if it can survive on its own in the wild, according to Dr. Mamie A. Parker, Northeast regional director for the U.S. Fish and Wildlife Service.
"Our goal is to return this majestic bird to fly in the wild," Parker said.
Since its capture August 22, in Salisbury, Mass., the young eagle has been undergoing a health evaluation at Tufts University School of Veterinary Medicine’s Wildlife Clinic.
"The eagle seems to be in good health," according to Dr. Mark Pokras, Wildlife Clinic director at Tufts. "X-rays and laboratory tests were normal, the bird is eating well, and there were no apparent injuries. Physically, this is a healthy bird. However, from what we have observed, we are concerned that behaviorally the bird may not be appropriate for release. It will be useful to have other experts evaluate the bird in a non-hospital setting."
The eagle was found injured in North Carolina, where it was subsequently treated and released into the wild in July by a raptor rehabilitator, according to Parker, before it made its way north. On beaches in New York and New Hampshire, the bird chased after footballs and food and scratched some people while local, state and federal wildlife biologists tried for several days to capture it.''',
    quotes=[
        Q('"Our goal is to return', 'in the wild,"', "Mamie A. Parker"),
        Q('"The eagle seems to be', 'good health,"', "Mark Pokras"),
        Q('"X-rays and laboratory', 'non-hospital setting."', "Mark Pokras"),
    ],
    aliases={"Mamie A. Parker": ["Mamie A. Parker", "Dr. Mamie A. Parker", "Parker", "Northeast regional director for the U.S. Fish and Wildlife Service"],
             "Mark Pokras": ["Mark Pokras", "Dr. Mark Pokras", "Wildlife Clinic director at Tufts"]},
),
dict(
    id="doi-2007-01-19-scarlett-coastal-wetlands-grants-14-states",
    source="https://www.doi.gov/news/archive/07_News_Releases/070119.html",
    license=PD, retrieved=PAGES + " (U.S. Department of the Interior, Office of the Secretary, news release of January 19, 2007; the lines 'U.S. Department of the InteriorDOI News Header', 'Office of the Secretary', 'FOR IMMEDIATE RELEASE', the date and the contact lines (Joan Moody, Ken Burton) dropped; the headline kept as the first line; the dateline 'WASHINGTON—' kept as stored; the paragraph with FWS Director H. Dale Hall's quotation ('\"One of this program’s many strengths ...'), cut in the stored copy in 'Not only w', dropped (H1988); 'Wisconsin.. A complete' and 'on-the- ground' as stored; Scarlett's first span straight, her second curly, as stored)",
    text='''Deputy Secretary Scarlett Announces Fish and Wildlife Service Grants to Conserve Coastal Wetlands in 14 States
WASHINGTON—Deputy Secretary of the Interior Lynn Scarlett today announced $18.8 million in U.S. Fish and Wildlife Service grants to 14 states in a media teleconference. These grants under the National Coastal Wetlands Grant Program will help conserve, restore and protect coastal wetlands.
States receiving funds from the National Coastal Wetlands Conservation Grant Program include Alaska, California, Hawaii, Illinois, Maine, Maryland, Massachusetts, Michigan, North Carolina, South Carolina, Texas, Virginia, Washington and Wisconsin.. A complete state-by-state list of projects follows.
The grants provide funding for 25 projects and will be supplemented with more than $54 million from partners including state and local governments, private landowners and conservation groups. The grants are used to acquire, restore or enhance coastal wetlands for long-term conservation benefits to wildlife and habitat.
"This grant program helps protect, restore and enhance estuaries, coastal wetlands, and other coastal habitat through partnerships that are the hallmark of cooperative conservation," Scarlett said. “They help us achieve the on-the- ground conservation along our coasts envisioned in the President's Ocean Action Plan.”
FWS Director H. Dale Hall held a simultaneous press conference at the Field Museum in Chicago with Lt. Governor Pat Quinn of Illinois to highlight a grant to the Illinois Department of Natural Resources.''',
    quotes=[
        Q('"This grant program helps', 'cooperative conservation,"', "Lynn Scarlett"),
        Q('“They help us achieve', 'Ocean Action Plan.”', "Lynn Scarlett"),
    ],
    aliases={"Lynn Scarlett": ["Lynn Scarlett", "Deputy Secretary of the Interior Lynn Scarlett", "Deputy Secretary Scarlett", "Scarlett"]},
),
dict(
    id="fws-2012-10-19-partners-in-conservation-awards",
    source="https://www.fws.gov/news/ShowNews.cfm?ID=0C507F26-F18C-A3BE-15ECF483C8EF6E31",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service press release of October 19, 2012; the lines 'Conserving the Nature of America', 'Press Release', the date and 'Division of Public Affairs' / 'External Affairs' / 'Telephone: 703-358-2220' and the empty lines dropped; the headline kept as the first line; the paragraph 'Fish and Wildlife Service Director Dan Ashe emphasized that partnership-driven conservation ...', cut in the stored copy in 'climate change dis', dropped (H1988); 'Washington, D.C. . “These' as stored; curly marks as stored)",
    text='''U.S. Fish and Wildlife Service Conservation Partnerships Honored with Interior Department’s 2012 “Partners in Conservation” Awards
Deputy Secretary of the Interior David J. Hayes today presented the Department’s 2012 “Partners in Conservation” Awards to 17 organizations that have achieved exemplary conservation results through public-private cooperation and community engagements. Honorees include four partnerships nominated by the Fish and Wildlife Service and several others in which the Service plays a key supporting role.
The Service and other Department of the Interior bureaus are increasingly focused on developing and supporting conservation partnerships to address threats to fish, wildlife and plants at a broader scale. By working with state and federal agencies, tribes, local governments, conservation organizations, private industry and landowners, the Service seeks to leverage its resources and direct them toward on-the-ground conservation initiatives that restore and protect native species and habitat.
Together, award recipients represent hundreds of individuals and organizations from across the United States. “The Partners in Conservation Awards offer wonderful examples of how America’s greatest conservation legacies are created when communities from a wide range of backgrounds work together,” said Hayes, who announced the winners during today’s award ceremony in Washington, D.C. . “These awards recognize dedicated citizens from across our nation who collaborate to conserve and restore America’s Great Outdoors, to encourage youth involvement in conservation and to forge solutions to complex natural resource challenges.”''',
    quotes=[
        Q('“Partners in Conservation”', None, None, 0),
        Q('“Partners in Conservation”', None, None, 1),
        Q('“The Partners in Conservation Awards offer', 'work together,”', "David J. Hayes"),
        Q('“These awards recognize', 'resource challenges.”', "David J. Hayes"),
    ],
    aliases={"David J. Hayes": ["David J. Hayes", "Deputy Secretary of the Interior David J. Hayes", "Hayes"]},
),
dict(
    id="fws-1998-10-02-coastal-wetland-grants-1999",
    source="https://docslib.org/doc/5043651/simplification-of-the-strata",
    license=PD_COPY, retrieved=PAGES + " (U.S. Fish and Wildlife Service news release of October 2, 1998, text copy on docslib.org (filed there under the title 'Simplification of the Strata'); the date and contact line 'October 2, 1998 Rachel F. Levin 202-208-5631' and the obfuscated e-mail '[email protected]' dropped; the headline in capitals, run into the body in the copy, put on its own first line (H1988); the body stored as one paragraph and kept so; 'S9.4 MILLION' as stored; straight marks, nested single marks, as stored)",
    text='''U.S. FISH AND WILDLIFE SERVICE AWARDS S9.4 MILLION FOR WETLAND RESTORATION PROJECTS IN 1999
The U.S. Fish and Wildlife Service has awarded more than $9 million in wetlands conservation grants to 18 projects aimed at conserving some of the Nation's most valuable resources: coastal wetlands. Service Director Jamie Rappaport Clark announced the grants, all of which match funds provided by the coastal states, private partners or both. For fiscal year 1999, the Service awarded a total of $9,400,000 in grants to projects in 10 coastal states: Alabama, California, Florida, Maine, Massachusetts, New Jersey, North Carolina, Pennsylvania, Texas, and Washington. The projects, supplemented by more than $10 million in state funds and more than $2 million in monies from other partners, will benefit a host of wetland-dependent species such as waterfowl, shorebirds, fish, sea grasses, and endangered species such as manatees and sea turtles. The projects also will benefit humans by conserving and enhancing wetlands that act as natural water filters. "Wetlands serve as 'nature's purifiers,' helping to maintain high water quality and contributing to sustaining groundwater supplies while providing critical habitat for hundreds of species including more than one-third of the Nation's endangered species," said Clark. "It is especially appropriate that we recognize these projects today since tomorrow, October 3, has been designated 'National Estuaries Day' in an effort to raise awareness about critical coastal estuaries that are an important piece of the Nation's network of coastal wetlands," she added.''',
    quotes=[
        Q('"Wetlands serve as', "Nation's endangered species,\"", "Jamie Rappaport Clark"),
        Q('"It is especially appropriate', 'of coastal wetlands,"', "Jamie Rappaport Clark"),
    ],
    aliases={"Jamie Rappaport Clark": ["Jamie Rappaport Clark", "Service Director Jamie Rappaport Clark", "Clark"]},
),
dict(
    id="fws-r6-2012-11-19-bear-river-watershed-easement-meetings",
    source="https://www.fws.gov/mountain-prairie/pressrel/2012/11192012_BearRiver_CA.html",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service, Mountain-Prairie Region, news release of November 19, 2012; the lines 'Office of External Affairs', 'Mountain-Prairie Region', the office address, 'For Immediate Release', the date, the contact lines (Amy Thornburg, Marla Trollan), the photo caption 'Mountains and Marshes in the Bear River Watershed © Hal Reeder', printed twice, and the empty lines dropped; the headline kept as the first line; the dateline 'LAKEWOOD, Colo. –' kept as stored; the paragraph on the open houses ends in 'on the Service webpage at or by email at', the link targets lost in the copy, and is kept as stored (H1988); 'All meetings will be held from 5:30 to 7:30 p.m. as follows:' and the list of meetings after it, which the stored copy breaks off, dropped; Walsh's first span straight, her second curly, as stored)",
    text='''U.S. Fish & Wildlife Service to Conduct Public Meetings for Proposed Conservation Easement Program in Bear River Watershed
LAKEWOOD, Colo. – The U.S. Fish and Wildlife Service (Service) will host a series of open houses to provide information and receive public comment on the Service’s draft land protection plan and environmental assessment for the Bear River Watershed Conservation Area project. The proposed project would establish a new conservation easement program, and would allow the Service to purchase easements from willing sellers in the Bear River watershed whose lands provide important habitat for fish and wildlife resources.
"We are seeking common ground to achieve voluntary easements through a community-based conservation effort," said Noreen Walsh, Mountain-Prairie Acting Regional Director. “We want to listen to and hear from the communities in the watershed at every opportunity during the planning process.”
Service staff will share information, answer questions and take public comments about the easement program at open house meetings Dec. 4- Dec. 11, 2012. Comments can also be provided on the comment form found on the Service webpage at or by email at''',
    quotes=[
        Q('"We are seeking common ground', 'conservation effort,"', "Noreen Walsh"),
        Q('“We want to listen', 'planning process.”', "Noreen Walsh"),
    ],
    aliases={"Noreen Walsh": ["Noreen Walsh", "Mountain-Prairie Acting Regional Director"]},
),
dict(
    id="fws-r1-2012-01-03-salazar-coastal-wetlands-grants",
    source="https://www.fws.gov/pacific/news/news.cfm?id=2144374932",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service, Pacific Region, news release of January 3, 2012; the lines 'News Release', the date, 'Media Contacts:' and the contact lines (Adam Fetcher, Valerie Fellows) and the empty lines dropped; the headline and the subheading 'Nearly $8 Million to projects in the Pacific Region' kept as two lines; the paragraph 'The grants support President Obama's America's Great Outdoors initiative ...', cut in the stored copy in 'most promisin', dropped (H1988); straight marks as stored)",
    text='''Secretary Salazar Announces More than $20 Million in Grants to Conserve Coastal Wetlands
Nearly $8 Million to projects in the Pacific Region
Interior Secretary Ken Salazar announced $20.5 million in grants to support 24 projects in 13 states to conserve and restore coastal wetlands and their fish and wildlife habitat. The grants, awarded under the 2012 National Coastal Wetlands Conservation Grant Program, will be matched by nearly $21 million in partner contributions from state and local governments, private landowners and conservation groups.
"Coastal wetlands serve as some of nature's most productive fish and wildlife habitat while providing storm protection, improved water quality, and abundant recreational opportunities for local communities," Salazar said. "I am pleased that with these grants we are able to help our state partners implement some of their high-priority projects that support both conservation and recreation along their coasts."
The grants will be used to acquire, restore or enhance coastal wetlands and adjacent uplands to provide long-term conservation benefits to fish, wildlife and their habitat. States receiving funds include Alaska, California, Delaware, Florida, Georgia, Hawaii, Maine, Maryland, Massachusetts, New Jersey, Texas, Virginia and Washington.
The National Coastal Wetlands Conservation Grant Program is administered by the U.S. Fish and Wildlife Service and funded under provisions of the 1990 Coastal Wetlands Planning, Protection and Restoration Act. Funding is provided by Sport Fish Restoration Act revenue - money generated from an excise tax on fishing equipment, motorboat and small engine fuels.''',
    quotes=[
        Q('"Coastal wetlands serve', 'local communities,"', "Ken Salazar"),
        Q('"I am pleased that', 'along their coasts."', "Ken Salazar"),
    ],
    aliases={"Ken Salazar": ["Ken Salazar", "Interior Secretary Ken Salazar", "Secretary Salazar", "Salazar"]},
),
dict(
    id="fws-2003-12-coastal-wetlands-17-million-boost",
    source="https://www.fws.gov/story/2003-12/cooperative-coastal-wetlands-conservation-efforts-get-17-million-boost",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service story of December 2003 ('Cooperative Coastal Wetlands Conservation Efforts Get $17 Million Boost' in the URL); the stored copy starts with the first paragraph, without headline, and no title was added; the paragraph 'To date, the Service has awarded more than $139 million ...', cut in the stored copy in 'since the wetlands grant pr', dropped (H1988); Norton's second span is never closed by the story and ends its paragraph (H1985); 'nations', 'Administrations' and 'this years' without apostrophes as stored; straight marks as stored)",
    text='''Interior Secretary Gale Norton announced today that the U.S. Fish and Wildlife Service will award nearly $17 million in grants to ten states to conserve, restore and protect coastal wetlands. States awarded grants for fiscal year 2004 under the National Coastal Wetlands Conservation Grant Program are Alabama, Alaska, Connecticut, Florida, Massachusetts, New Jersey, South Carolina, Texas, Virginia and Washington.
The grants, which provide funding for 20 projects, will be awarded through the National Coastal Wetlands Conservation Grant program and will be supplemented by more than $42 million from state and private partners. The Service makes yearly matching grants to coastal states and U.S. territories for projects involving the acquisition, restoration or enhancement of coastal wetlands. Projects are administered for long-term conservation benefits to wildlife and habitat.
"If conservation is going to succeed in the 21st century, it must be a partnership between the American people and the government," said Interior Secretary Gale Norton. "The National Coastal Wetlands Conservation Grant program has a proven track record of working with states, communities and private landowners to ensure our nations natural resources are passed on to future generations. This is the focus of the Administrations environmental policy.
Partners in this years Coastal Wetlands Conservation Grants projects include state natural resources agencies, Native American tribes and trusts, county and local governments, private landowners, and conservation groups such as Rocky Mountain Elk Foundation, Ducks Unlimited and The Nature Conservancy.''',
    quotes=[
        Q('"If conservation is going', 'and the government,"', "Gale Norton"),
        Q('"The National Coastal Wetlands Conservation Grant program has', 'environmental policy.', "Gale Norton"),
    ],
    aliases={"Gale Norton": ["Gale Norton", "Interior Secretary Gale Norton"]},
),
]
