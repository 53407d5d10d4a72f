# Held-out English news pages (tests/data/heldout122-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal news, works of the US government in the public domain (17 U.S.C. § 105): four news
# items of the U.S. Fish and Wildlife Service on fws.gov (the 'story' pages of March 2001 on the National Wildlife Refuge
# System awards and of September 2001 on Secretary Norton's $16 million in endangered-species grants; the press releases
# of May 20, 2016 on $5.5 million in State Wildlife Grants and of May 17, 2019 on the Pacific Southwest Region's 2018
# Recovery Champions), a Fish and Wildlife Service release on nearly $32 million in cooperative endangered-species grants
# to 20 states in a copy on owaa.org (Outdoor Writers Association of America), and three U.S. Coast Guard 17th District
# (Alaska) news releases: one as sent by the Coast Guard's govdelivery bulletin service (two mariners rescued near Cape
# Chiniak), one in a copy on coastguardnews.com (14 people rescued in 7 days, September 21, 2012) and one in a copy on
# alaska-native-news.com (three people hoisted near Cape Resurrection, July 2019). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site lines and menus, the repeated headline of the fws.gov 'story' pages,
# the 'Conserving the Nature of America', 'Press Release' and 'News Release' lines, contact lines, image labels, credit
# lines and section headings are dropped; trailing spaces after a paragraph are dropped (H912); wording, spelling ('worlds
# largest', 'Refuge Systems Centennial'), double hyphens and quotation marks are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H910-H914 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout122-en.jsonl

Built by `build.py` from `heldout122_pages.py`. Like heldout31-en, heldout120-en and heldout121-en, these texts are US
federal news pages taken from stored web pages (the `pages` search corpus), none of them used in a set above: five items
of the U.S. Fish and Wildlife Service, four on fws.gov (two 'story' pages: March 2001, employees and partners honoured
with the National Wildlife Refuge Association's awards; September 2001, Interior Secretary Gale Norton's $16 million in
grants to states for endangered species; two press releases: May 20, 2016, $5.5 million in State Wildlife Grants; May
17, 2019, the Pacific Southwest Region's 2018 Recovery Champions) and one in a copy on owaa.org (nearly $32 million in
cooperative endangered-species grants to 20 states), and three U.S. Coast Guard 17th District (Alaska) releases: two
mariners rescued near Cape Chiniak (the Coast Guard's own govdelivery bulletin), 14 people rescued in 7 days (September
21, 2012, in a copy on coastguardnews.com) and three people hoisted near Cape Resurrection (July 2019, in a copy on
alaska-native-news.com). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site lines and menus, repeated headlines, 'Press Release'/'News Release'
and contact lines, image labels, credit lines and section headings were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by distinctive
phrases against every existing text, including the other helpers' worktrees). The annotation (rules H910–H914 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-fws-2001-03-refuge-system-awards",
    source="https://www.fws.gov/story/2001-03/employees-partners-lauded-contributions-national-wildlife-refuge-system",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service 'story' page of March 2001; the headline, which the stored page repeats on its second line, kept once; the section heading 'Paul Kroegel Award for Refuge Manager of the Year' and the paragraph under it, 'Al Trout received ... Trout has been the manager of Ut', cut in the stored copy, dropped; 'worlds largest' and 'Refuge Systems Centennial' (no apostrophes) and the double hyphen in 'century--and beyond' are as stored)",
    text='''EMPLOYEES, PARTNERS LAUDED FOR CONTRIBUTIONS TO NATIONAL WILDLIFE REFUGE SYSTEM
Employees and volunteers working for the National Wildlife Refuge System were honored for their exceptional contributions to wildlife conservation last weekend in Washington, D.C., with awards from the National Wildlife Refuge Association and the National Fish and Wildlife Foundation.
The refuge system, which celebrated its 98th birthday on March 14, is the worlds largest system of lands and waters dedicated to wildlife conservation.
Three individuals and a community partnership group received awards at a March 17 ceremony during the North American Wildlife and Natural Resources Conference in Washington, D.C. The National Wildlife Refuge Association annually sponsors awards for the Refuge Manager of the Year, Employee of the Year and Volunteer of the Year, and the National Fish and Wildlife Foundation joins the Refuge Association in sponsoring the Friends Group of the Year Award.
These awards are widely considered the most prestigious honors in the National Wildlife Refuge System.
"All too often the outstanding work of the men and women, employees, and volunteers of the National Wildlife Refuge System is overlooked or taken for granted," said Refuge Association board member Bill Ashe. "They make the system function, and function well. In a small way, the awards embody and symbolize the significant accomplishments of all refuge workers."
"As we move toward the National Wildlife Refuge Systems Centennial in 2003, we continue to recognize our employees and volunteers whose efforts will carry the system into its second century--and beyond," said acting Service Director Marshall Jones. "These winners represent just a few of these dedicated people."''',
    quotes=[
        Q('"All too often', 'taken for granted,"', "Bill Ashe"),
        Q('"They make the system', 'all refuge workers."', "Bill Ashe"),
        Q('"As we move toward', 'and beyond,"', "Marshall Jones"),
        Q('"These winners represent', 'dedicated people."', "Marshall Jones"),
    ],
    aliases={"Bill Ashe": ["Refuge Association board member Bill Ashe"],
             "Marshall Jones": ["acting Service Director Marshall Jones"]},
),
dict(
    id="gov-en-fws-2001-09-16-million-endangered-species-grants",
    source="https://www.fws.gov/story/2001-09/us-fish-and-wildlife-service-awards-16-million-grants-states-endangered-species",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service 'story' page of September 2001; the headline, which the stored page repeats on its second line, kept once; the paragraph 'The grants will benefit dozens of threatened and endangered species, ... and the Preble', cut in the stored copy, dropped)",
    text='''U.S. FISH AND WILDLIFE SERVICE AWARDS $16 MILLION IN GRANTS TO STATES FOR ENDANGERED SPECIES CONSERVATION
Interior Secretary Gale Norton today awarded more than $16 million in grants to 25 states to promote the conservation of threatened and endangered species.
"These grants are very much in line with my philosophy that states should be given more resources and greater flexibility to protect habitat and conserve threatened and endangered species," said Secretary Norton. "States will use these grants to strengthen and build vital and cost-effective conservation partnerships with local communities and willing private landowners - partnerships that are essential to helping species prosper and recover."
The grants will benefit threatened and endangered species in every region of the country, helping local partnerships acquire and protect crucial habitat and supporting the development of Habitat Conservation Plans that allow private landowners to use and develop their land while conserving listed species.''',
    quotes=[
        Q('"These grants are very much', 'endangered species,"', "Gale Norton"),
        Q('"States will use these grants', 'prosper and recover."', "Gale Norton"),
    ],
    aliases={"Gale Norton": ["Interior Secretary Gale Norton", "Secretary Norton"]},
),
dict(
    id="gov-en-fws-2016-05-20-state-wildlife-grants",
    source="https://www.fws.gov/news/ShowNews.cfm?ref=service-announces-more-than-%245.5-million-in-grants-to-help-protect-&_ID=35672",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service press release of May 20, 2016; the lines 'Conserving the Nature of America', 'Press Release', the date line and the contact lines ('Division of Public Affairs', 'External Affairs', 'Telephone: 703-358-2220') dropped; the four trailing spaces after Ashe's paragraph dropped (H912); the paragraph 'This year’s grantees include the Texas Parks and Wildlife Department ... including the monarch but', cut in the stored copy, dropped)",
    text='''Service Announces More Than $5.5 Million in Grants to Help Protect Imperiled Species
Native wildlife such as the monarch butterfly and eastern hellbender will benefit from $5.5 million in grants awarded through the Service’s competitive State Wildlife Grants (SWG) program. The funds help conserve and protect Species of Greatest Conservation Need (SGCN), and this year will be distributed to 11 state fish and wildlife agencies and one regional fish and wildlife association.
“Projects financed by the State Wildlife Grants program help safeguard some of our nation’s most at-risk species,” said Service Director Dan Ashe. “By strategically funding work that supports large-scale conservation efforts, we can help protect our nation’s native wildlife and wild places while potentially preventing the listing of certain species under the Endangered Species Act.”
Priority is given to large-scale cooperative conservation projects that implement strategies and actions to conserve species listed in approved State Wildlife Action Plans. All 56 states and territorial wildlife agencies have such plans, which proactively protect SGCN. The funding will be matched by nearly $3 million in non-federal funds provided by states and their partners for projects that help protect species and the ecosystems on which they depend.
“We appreciate the role state agencies and other partners play in protecting these imperiled wildlife species and their habitats,” said Paul Rauch, the Service’s Acting Assistant Director for the Wildlife and Sport Fish Restoration program. “These partnerships are critical to conserving imperiled species.”''',
    quotes=[
        Q('“Projects financed by', 'at-risk species,”', "Dan Ashe"),
        Q('“By strategically funding', 'Endangered Species Act.”', "Dan Ashe"),
        Q('“We appreciate the role', 'their habitats,”', "Paul Rauch"),
        Q('“These partnerships are critical', 'imperiled species.”', "Paul Rauch"),
    ],
    aliases={"Dan Ashe": ["Service Director Dan Ashe"]},
),
dict(
    id="gov-en-fws-2019-05-17-recovery-champions-pacific-southwest",
    source="https://www.fws.gov/news/ShowNews.cfm?ref=endangered-species-day:-congratulations-to-the-2018-recovery-champions-&_ID=36415&Source=iframe",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service press release of May 17, 2019; the lines 'Conserving the Nature of America', 'Press Release', the date line and the contact lines ('Contact(s):', 'Pam Bierce, ...') dropped; the dateline 'Sacramento, Calif.' runs into the first sentence without a dash, as stored; the office heading 'Klamath Falls Fish and Wildlife Office' and its list of names kept as paragraphs; the paragraph 'Klamath Falls Fish and Wildlife Office staff – with support from Gone Fishing, LLC. – ... Four additional rearing ponds', cut in the stored copy, dropped)",
    text='''Endangered Species Day: Congratulations to the 2018 Recovery Champions
Sacramento, Calif. As people around the country celebrate Endangered Species Day, the U.S. Fish and Wildlife Service is recognizing today the contributions and achievements of our Recovery Champions. Every year, the Service recognizes and honors staff and partners whose work is advancing the recovery of endangered and threatened species of plants and animals in the United States.
“Recovery Champions are helping listed species get to the point at which they are secure in the wild and no longer need Endangered Species Act protection,” said Paul Souza, Director of the Service’s Pacific Southwest Region. “These groups are changing the world, doing amazing work to bring dozens of species back from the brink of extinction and improving habitat that benefits many other species and local communities.”
Congratulations to the Pacific Southwest Region’s 2018 Recovery Champions!
Klamath Falls Fish and Wildlife Office
Josh Rasmussen, Evan Childress, Dan Blake, Laurie Sada, Julie Day, Joel Ophoff, Kirk Groves, Mike Senn, Ron Barnes (Gone Fishing, LLC), Tracey Liskey (Gone Fishing, LLC)''',
    quotes=[
        Q('“Recovery Champions are helping', 'Endangered Species Act protection,”', "Paul Souza"),
        Q('“These groups are changing', 'local communities.”', "Paul Souza"),
    ],
    aliases={},
),
dict(
    id="gov-en-fws-cooperative-endangered-species-grants-20-states",
    source="https://owaa.org/u-s-fish-and-wildlife-service-boosts-state-endangered-species-conservation-efforts/",
    license=PDC, retrieved=PAGES + " (U.S. Fish and Wildlife Service news release on nearly $32 million in Cooperative Endangered Species Conservation Fund grants to 20 states, with Secretary Jewell and Director Ashe, i.e. 2013-2016, reproduced on owaa.org under the headline kept first; the paragraph 'The grant funding is provided through programs established to help advance creative partnerships for t', cut in the stored copy, dropped)",
    text='''U.S. Fish and Wildlife Service boosts state endangered species conservation efforts
The U.S. Fish and Wildlife Service Tuesday announced nearly $32 million in grants to 20 states to help advance their collaborative efforts to conserve America’s rarest species. The cooperative grants will provide vital support to efforts by partnering state wildlife agencies and conservation organizations to improve the health of the land and water that supports these species and scores of communities across the nation.
Issued through the Cooperative Endangered Species Conservation Fund (authorized by Section 6 of the Endangered Species Act), these competitive grants enable states to work with private landowners, conservation groups and other government agencies to initiate conservation planning efforts and acquire and protect habitat that benefits threatened and endangered fish, wildlife and plants.
“Our nation’s most effective conservation efforts are partnerships in which federal, state and local governments work hand-in-hand with private landowners and other stakeholders,” said Secretary of the Interior Sally Jewell. “The cooperative grants announced today will make it possible to build these voluntary partnerships to conserve the vital habitat of diverse threatened and endangered species. In addition, many of these partnerships provide direct benefits to people, such as improving water quality and supporting jobs and economic growth.”
“Private landowners play a vital role in conserving our most imperiled species, but they need our help,” said U.S. Fish and Wildlife Service Director Dan Ashe. “These grants provide a lifeline to species on the brink by fostering partnerships between federal, state and local governments, private organizations, and individuals, empowering them to develop creative solutions that drive critical conservation and recovery efforts.”''',
    quotes=[
        Q('“Our nation’s most effective', 'other stakeholders,”', "Sally Jewell"),
        Q('“The cooperative grants announced', 'economic growth.”', "Sally Jewell"),
        Q('“Private landowners play', 'need our help,”', "Dan Ashe"),
        Q('“These grants provide a lifeline', 'recovery efforts.”', "Dan Ashe"),
    ],
    aliases={"Sally Jewell": ["Secretary of the Interior Sally Jewell"],
             "Dan Ashe": ["U.S. Fish and Wildlife Service Director Dan Ashe"]},
),
dict(
    id="gov-en-uscg-d17-cape-chiniak-alitak-rescue",
    source="https://content.govdelivery.com/accounts/USDHSCG/bulletins/356d0ac",
    license=PD, retrieved=PAGES + " (U.S. Coast Guard 17th District news release as sent through the Coast Guard's govdelivery bulletin service; the headline kept first; the lines 'united states coast guard', 'News Release', 'U.S. Coast Guard 17th District Alaska', the contact lines and '17th District online newsroom' dropped; the trailing spaces after two paragraphs dropped (H912))",
    text='''Coast Guard rescues 2 from vessel taking on water near Cape Chiniak, Alaska
KODIAK, Alaska — The Coast Guard rescued two mariners Sunday after their vessel began taking on water in the vicinity of Cape Chiniak.
A Coast Guard MH-60 Jayhawk helicopter aircrew hoisted both survivors at 9:11 a.m. and transported them in stable condition to awaiting emergency medical services at Air Station Kodiak. They were then transferred to Providence Kodiak Island Medical Center for further medical assessment.
Watchstanders at the Coast Guard Sector Anchorage command center received notification at 8:00 a.m. Sunday that the 64-foot commercial fishing vessel Alitak was taking on water with two people aboard. Watchstanders instructed the vessel to activate their emergency position-indicating radio beacon (EPIRB) and coordinated the launch of the Jayhawk helicopter aircrew from Air Station Kodiak.
The aircrew arrived on scene at 8:50 a.m. and located the distressed vessel 200 yards from shore. Both mariners were wearing immersion suits and went in the water before being recovered by a rescue swimmer.
"This case highlights the importance of safety equipment," said Petty Officer 2nd Class Samantha Smith, a watchstander at the Sector Anchorage command center. "This could have had a much darker outcome if these two had not donned immersion suits and activated the vessel's EPIRB."
Watchstanders issued an urgent marine information broadcast notifying vessels in the area of the adrift vessel.
No imagery is available for this case.''',
    quotes=[
        Q('"This case highlights', 'safety equipment,"', "Samantha Smith"),
        Q('"This could have had', 'EPIRB."', "Samantha Smith"),
    ],
    aliases={"Samantha Smith": ["Petty Officer 2nd Class Samantha Smith"]},
),
dict(
    id="gov-en-uscg-d17-2012-09-21-fourteen-rescued-in-seven-days",
    source="https://coastguardnews.com/coast-guard-rescues-14-people-in-7-days/2012/09/21/",
    license=PDC, retrieved=PAGES + " (U.S. Coast Guard 17th District news release of September 21, 2012, reproduced on coastguardnews.com, a private site that reposts Coast Guard releases; the headline kept first; the image label 'Coast Guard Alaska News', run into the dateline in the stored copy ('Coast Guard Alaska NewsANCHORAGE'), dropped (H914); the paragraph 'Coast Guard Sector Anchorage watchstanders received a mayday call from the crew of the 110-foot fishing vessel Moonlight Maid which was taking on water', cut in the stored copy, dropped)",
    text='''Coast Guard rescues 14 people in 7 days in Alaska
ANCHORAGE, Alaska – The Coast Guard rescued four boaters and their dog near Sitka Friday marking the busiest search and rescue week this summer for the Coast Guard 17th District.
“This has been a busy week across the state with our crews rescuing 14 people and a beloved pet,” said Rear Adm. Thomas Ostebo, Commander, Coast Guard 17th District. “I am extremely proud of the men and women who have chosen to serve here. Their dedication to duty helps ensure that all mariners in Alaska can depend upon the Coast Guard to quickly respond when emergencies occur.”
Coast Guard Sector Juneau watchstanders received notification at 1:05 a.m. Friday that four people had not returned to Sitka as planned from a work trip to Klag Bay. The watchstanders immediately began radio call efforts, and directed the launch of a MH-60 Jayhawk helicopter crew from Coast Guard Air Station Sitka. Due to poor weather conditions, the helicopter launched at first light to search for the boaters.
Within minutes the helicopter crew located the four boaters on a beach in Klag Bay. “When the boaters heard the helicopter they used two flares to signal their location,” said Lt. Christopher Enoksen, the Coast Guard helicopter aircraft commander. “They also let their friends know where they were working and when they were supposed to return. A float plan is critical, especially in this dangerous environment.” The helicopter crew landed on the beach and safely escorted the four survivors and their dog onto the helicopter. All were returned to Sitka with no injuries reported.
As this case was beginning, another case across the Gulf of Alaska was successfully coming to an end. Four fishermen were rescued from a life raft more than 30 miles south of Resurrection Bay.''',
    quotes=[
        Q('“This has been a busy week', 'a beloved pet,”', "Thomas Ostebo"),
        Q('“I am extremely proud', 'emergencies occur.”', "Thomas Ostebo"),
        Q('“When the boaters heard', 'their location,”', "Christopher Enoksen"),
        Q('“They also let their friends', 'dangerous environment.”', "Christopher Enoksen"),
    ],
    aliases={"Thomas Ostebo": ["Rear Adm. Thomas Ostebo"],
             "Christopher Enoksen": ["Lt. Christopher Enoksen"]},
),
dict(
    id="gov-en-uscg-d17-2019-07-cape-resurrection-hoist",
    source="https://alaska-native-news.com/coast-guard-hoists-three-people-stranded-on-beach-near-cape-resurrection/43368/",
    license=PDC, retrieved=PAGES + " (U.S. Coast Guard 17th District news release of July 2019, reproduced on alaska-native-news.com with the credit line 'Source: USCG'; the stored part has no headline (it is in the URL only) and begins with the dateline paragraph; the date line and the site's menu ('- Home', '- Headlines', ... '- Contact Us') before it and the credit line 'Source: USCG' after the last paragraph dropped (H914))",
    text='''JUNEAU, Alaska — A Coast Guard aircrew hoisted three people stranded on a beach near Cape Resurrection, Friday.
The Coast Guard Air Station Kodiak MH-60 Jayhawk helicopter crew, forward deployed to Cordova, transported all three people to waiting emergency medical service personnel at the Seward Airport.
Coast Guard Sector Anchorage watchstanders received a call at 11:47 a.m. over VHF channel 16 from the operator of the pleasure craft Kasskade. The boat’s operator reported that a 19-foot skiff with four people aboard had overturned. They were able to retrieve one person, the captain of the skiff, but due to 6-foot swells the other three remained stranded on the beach, wet and cold.
The aircrew launched in response. They arrived on scene at 2:04 p.m. and by 2:50 p.m. safely transferred all three people to Seward.
“All three survivors listened to the directions from our rescue swimmer and made the hoisting evolution quick and safe,” said Lt. Meg Peters, right seat pilot during the hoist. “This case turned out positive because the survivors recognized their situation, stayed in place and listened to the directions of the crew.”
The captain of the skiff traveled to Seward aboard the Kasskade.''',
    quotes=[
        Q('“All three survivors', 'quick and safe,”', "Meg Peters"),
        Q('“This case turned out', 'of the crew.”', "Meg Peters"),
    ],
    aliases={"Meg Peters": ["Lt. Meg Peters"]},
),
]
