# Held-out English news texts (tests/data/heldout695-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Army Reserve, the Space Force (DVIDS), the National Guard, the Coast Guard and the Defense Logistics Agency: an army.mil
# story on the Thanksgiving meal of the Joint Base Myer-Henderson Hall dining facility (army.mil 70276), a DVIDS story on
# Space Base Delta 1 volunteers at a robotics competition in Colorado Springs (dvidshub.net 490573), a National Guard
# Bureau site story on the Colorado Guard rescuing motorists in winter storm Ulmer (nationalguard.mil 1784851, March 14,
# 2019), an American Forces Press Service story of the National Guard Bureau on the Guard's response to the East Coast
# winter storm of February 2014 (globalsecurity.org copy), a 4th Sustainment Brigade story on Fort Hood Soldiers saving a
# honey bee hive (hood.army.mil, October 2009), an Army Reserve story on the 88th Regional Support Command's Earth Day
# bee display (usar.army.mil 1158256, April 20, 2017), a Coast Guard release on the award of a Station Neah Bay boat crew
# (coastguardnews.com copy) and a DLA story on a beekeeping support group (dla.mil 2378378, Oct. 13, 2020). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`).
# Site lines (the .mil banner lines, 'Home : News : Article View', 'NEWS | date' / 'News | date', bylines and unit lines,
# globalsecurity.org's banner and section lines, a link line of the Coast Guard copy, photo captions stored twice), the
# empty lines between paragraphs, an empty line inside a sentence, a space at the start of a paragraph and spaces at the
# end of a line are dropped; a headline is kept once as the first line where the stored copy has one (none is added where
# it has none); datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored)
# are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2420-H2424 in ANNOTATION.md on
# top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout695-en.jsonl

Built by `build.py` from `heldout695_pages.py`. Like heldout687-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): an army.mil story on the Thanksgiving meal of the Joint
Base Myer-Henderson Hall dining facility, with Spc. Raymond Piron, the dining facility project manager Thomas Yusaitis
and Joanne Pearson (army.mil 70276, slug 'Turkey_served_at_the_DFAC'; no headline, byline or date in the stored copy);
a DVIDS story on Space Base Delta 1 volunteers at the AFCEA Pikes Peak VEX V5 Robotics Competition Signature Event, with
Amanda Huber of Pikes Peak Robotics (dvidshub.net 490573; no headline, byline or date in the stored copy); a National
Guard Bureau site story by the Colorado National Guard, 'Colo. Guard rescues scores of motorists during winter storm'
(nationalguard.mil 1784851, March 14, 2019), with Brig. Gen. Gregory White; an American Forces Press Service story by
Steve Marshall, National Guard Bureau, 'As Storm Moves Northeast, National Guard Responds' (Feb. 14, 2014), with the
Augusta resident Paige McDaniels, in the verbatim copy of globalsecurity.org (licence constant PDC, as the
globalsecurity.org copies of earlier sets); a 4th Sustainment Brigade story by Capt. Ariana Roscoe, BTB Unit Public
Affairs Representative, 'Wranglers Help Save Honey Bee Hive', with the Fort Hood entomologist Anne Hamilton
(hood.army.mil, 13sce/files/news/Stories/2009/10oct/bee.html; October 2009 from the page address); an Army Reserve story
by Zachary Mott, 88th Regional Support Command, '88th RSC Focuses on Bees to Celebrate Earth Day Across its 19-State
Region' (usar.army.mil 1158256, April 20, 2017), with Melani Tescher; a Coast Guard release from Seattle on the award of
the Station Neah Bay boat crew that rescued three fishermen near Strawberry Rock, with the rescued captain John Waring,
in the copy of coastguardnews.com (slug 'coast-guard-station-neah-bay-boatcrew-awarded-for-rescue-of-3-in-makah-bay-wash';
licence constant PDC, as the coastguardnews.com copies of earlier sets; no headline, byline or date in the stored copy);
and a Defense Logistics Agency story by Tim Hoyle, DLA Disposition Services, 'New group shares benefits of bees'
(dla.mil 2378378, Oct. 13, 2020), with Family Program Manager Lisa Grenon (DLA stories as in heldout206-en and
heldout467-en). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105);
the army.mil, hood.army.mil, usar.army.mil, nationalguard.mil, dla.mil and DVIDS pages are the services' and the
agency's own stories, and the globalsecurity.org and coastguardnews.com pages reproduce an American Forces Press Service
story and a Coast Guard release, marked as copies on a non-government site. Licence caveats: the army.mil, DVIDS and
coastguardnews.com copies show no byline in the stored text and are taken as the Army's, the Space Force's and the Coast
Guard's own stories by the sites that publish them (army.mil, DVIDS) and, for the coastguardnews.com copy, by its
wording (a Coast Guard award ceremony told from the service's side, its officers named by rank and function, as the
coastguardnews.com releases of heldout687-en); the copies on non-government sites may differ from the originals in
details the stored copies cannot show; the stories quote private people (a retiree's daughter, an Augusta resident, the
captain of a capsized fishing boat) and a non-profit's coordinator inside the public-domain texts. None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per page: the
army.mil story's 'Even those who never experienced the dining facility'; the DVIDS story's '"By investing time in STEM
initiatives, ... and space operations," said U.S. Space Force Master S'; the globalsecurity.org copy's 'Army Staff Sgt.
Timothy Bellinger, a Cumming resident, ... on the icy streets of h'; the Fort Hood story's 'Hamilto'; the Army Reserve
story's '“Some of the bees are becoming endangered or threatened because of pesticides,” Tescher said. “Our display is
... and some of the endangered species we’re looking for and tryi'; the DLA story's 'Defense Logistics Agen' after its
photo caption. The nationalguard.mil copy ends on a complete paragraph before the site's 'Related Articles' list, and the
coastguardnews.com copy ends on its link line, both kept to their last complete paragraph. The site lines (the .mil
banner lines 'An official website of the United States government', 'Here's how you know', 'A .mil website belongs to
...', 'A lock (lock ) or https:// means ...'; 'Home : News : Article View', 'NEWS | March 14, 2019', 'NEWS | April 20,
2017', 'News | Oct. 13, 2020' and the byline lines 'By Colorado National Guard', 'By Zachary Mott 88th Regional Support
Command', 'By Tim Hoyle DLA Disposition Services'; the Fort Hood byline lines 'Capt. Ariana Roscoe', 'BTB Unit Public
Affairs Representative', '4th Sustainment Brigade'; globalsecurity.org's 'UNITED24 - Make a charitable donation in
support of Ukraine!', its section lines 'Homeland Security' and 'American Forces Press Service' and the byline lines 'By
Steve Marshall' and 'National Guard Bureau'; the nationalguard.mil lines holding only a space and its 'Related Articles'
list; the coastguardnews.com link line 'To read the original story of the rescue, click here.'; the DLA photo caption
'Defense Logistics Agency employee and beekeeper Adam Beam begins to inspect on of his hives.', stored twice), the empty
lines between paragraphs, the empty line inside the Fort Hood sentence 'Saving the honeybees ... on post / have become
...', joined with a single space (H214, H2423), the space at the start of the Fort Hood paragraph 'The volunteer
beekeepers ...' and the spaces at the end of lines were dropped; headlines are kept once as the first line where the
stored copy has one, datelines are kept as stored; wording and typos ('JBM-HH and and joint base', 'U.S. Air Force. Brig.
Gen.', 'a eight-foot wide bee hive', 'Natural Recourses Division', '88th RSCs', 'in imperiled', 'that lead rescuers',
'inspect on of his hives' (dropped caption), 'the kinds of equipment and tools need'), dashes and quotation marks
(straight or curly as stored, including the mixed pair of the Colorado quotation and the closing-shaped mark that opens
the second piece of the DLA quotation) are as stored. Pages read but left out: stories already in earlier sets (the
Army Reserve exercise story usar.army.mil 3470495, the Fort Lee Thanksgiving stories army.mil 14553 and 70127, the
Habitat for Humanity stories of Davis-Monthan, Seymour Johnson, Tyndall, Eielson, Ellsworth and Buckley, the STARCOM
Cripple Creek story 2964695, the DVIDS Space Delta 6 story 479139, the 155th Air Refueling Wing winter storm story
437977, the Navy NewsStand homecoming story of USS Gary and USS Vandegrift), pages whose stored part keeps fewer than
two complete quotations (the army.mil Maryland Guard snow rescue story 34130, a Coast Guard govdelivery release on five
rescued mariners whose stored part keeps only captions and a cut quotation, an army.mil Guard holiday callout story
32340, a tobyhanna.army.mil apiary story), audio scripts in capitals (DVIDS Soldiers Radio News), copies and reposts on
private sites, blogs and newspapers where the source or the licence was unclear (militaryspot.com's copy of an Army
Thanksgiving story, a wordpress blog of The Old Guard, military-online.blogspot.com reposts stored with hard line
breaks, openeyesopinion.com, fishermensnews.com, times-standard.com), and pages of newspapers, broadcasters and
magazines found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (70276, 490573, 1784851, sec-140214-afps01, 13sce/files/news/Stories/2009/10oct/bee,
1158256, coast-guard-station-neah-bay, 2378378), by title and slug and by the names of their speakers and phrases, such
as Raymond Piron, Thomas Yusaitis, Joanne Pearson, Necati Akpinar, Amanda Huber, Pikes Peak Robotics, Pikes Peak VEX,
Broadmoor, Gregory White, storm Ulmer, Paige McDaniels, Timothy Bellinger, Augusta resident, Anne Hamilton, Ariana
Roscoe, Kalmar, Colony Collapse, Melani Tescher, 88th RSC Focuses, Neah Bay, Strawberry Rock, John Waring, Matthew
Staton, lingcod, Lisa Grenon, Adam Ingrao, All in Bee and Tim Hoyle, with grep over tests/data of the main tree and of
every other helper's worktree (heldout689-696): no hit). The annotation (rules H2420–H2424 in `ANNOTATION.md` on top of
the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-h695-jbmhh-thanksgiving-dfac",
    source="https://www.army.mil/article/70276/Turkey_served_at_the_DFAC/",
    license=PD, retrieved=PAGES + " (army.mil story on the Thanksgiving meal of the Joint Base Myer-Henderson Hall dining facility, with Spc. Raymond Piron of The Old Guard, the dining facility project manager Thomas Yusaitis and Joanne Pearson, daughter of a Navy retiree (no year in the stored copy; late 2011 by the page id, not used); the stored copy opens on the first paragraph and has no headline, no byline and no date, none added (H1818); the last paragraph, 'Even those who never experienced the dining facility', cut in the stored copy, dropped; a bracketed insertion inside a quotation, a manager's reported speech without marks before a quotation cued by another man's surname, and a cue followed by a relative clause naming the speaker's father before her second piece (H2421); 'JBM-HH and and joint base', 'Family' with a capital and straight marks as stored)",
    text='''Being in the military doesn't always allow servicemembers to return home for Thanksgiving. In honor of those who have nowhere to go or can't make it home for the holidays, the Joint Base Myer-Henderson Hall dining facility offered a special meal from 11 a.m. to 3 p.m. on the holiday.
"It's nice because there are a lot of guys that can't go home, or have anywhere to go. They can come here with their buddies and have a decent meal," said Spc. Raymond Piron, Delta Co. (The Old Guard).
Guest servers included Maj. Gen. Michael S. Linnington, commander of Joint Force Headquarters-National Capital Region and Military District of Washington, Col. Carl R. Coffman, commander of JBM-HH and and joint base Command Sgt. Maj. Necati Akpinar.
"It's a good feeling when the command comes in and recognizes not only the troops, showing them thanks, but also all the [dining facility] staff members who work hard and sacrifice their Thanksgiving day to come into work," said Marine Corps retiree Thomas Yusaitis, dining facility project manager.
What takes two months for the dining facility to prepare for, only took a week to thaw, cook, plate and serve.
Rodney Taylor the JBM-HH installation food program manager explained that the workers came in shifts starting the night prior to Thanksgiving to prepare the meal. He explained that 500 is an average daily count for the dining facility, but due to the nature of the meal, greater preparation is required.
"A lot of that is the civilians and retirees that come in," said Yusaitis.
Upon entering the dining facility, guests followed the line around starting with shrimp cocktail and moving on to the main course meats and sauces. The vegetables, desserts and drinks were available on self-serve islands in the middle of the food serving area.
"We've been coming here for years with my Family. It's tradition now," said Joanne Pearson whose dad, Patrick Pearson is a Navy retiree. "We love it."''',
    quotes=[
        Q('"It\'s nice because there are a lot of guys', 'have a decent meal,"', "Raymond Piron"),
        Q('"It\'s a good feeling when the command', 'to come into work,"', "Thomas Yusaitis"),
        Q('"A lot of that is the civilians', 'that come in,"', "Thomas Yusaitis"),
        Q('"We\'ve been coming here for years', 'It\'s tradition now,"', "Joanne Pearson"),
        Q('"We love it."', None, "Joanne Pearson"),
    ],
    aliases={"Raymond Piron": ["Raymond Piron", "Spc. Raymond Piron"],
             "Thomas Yusaitis": ["Thomas Yusaitis", "Marine Corps retiree Thomas Yusaitis", "dining facility project manager", "Yusaitis"],
             "Joanne Pearson": ["Joanne Pearson"]},
),
dict(
    id="dvids-h695-space-base-delta-1-robotics-competition",
    source="https://dvidshub.net/news/490573/space-base-delta-1-volunteers-inspire-future-stem-leaders-afcea-robotics-competition",
    license=PD, retrieved=PAGES + " (DVIDS story on Space Base Delta 1 volunteers at the AFCEA Pikes Peak VEX V5 Robotics Competition Signature Event at The Broadmoor Hotel in Colorado Springs, with Amanda Huber, Pikes Peak Robotics event and volunteer coordinator; the stored copy opens on the dateline paragraph and has no headline, no byline and no date, none added (H1818); the last paragraph, '\"By investing time in STEM initiatives, Space Base Delta 1 personnel contribute to ... and space operations,\" said U.S. Space Force Master S', cut in the stored copy inside its cue, dropped with its complete quotation (H2121), so its speaker is not in the text; the coordinator of a non-profit named in her role is the speaker, not the non-profit (H17, H2424); the dateline 'PETERSON SPACE FORCE BASE, Colo. – ', the em dashes without spaces and straight marks with curly apostrophes as stored)",
    text='''PETERSON SPACE FORCE BASE, Colo. – At the AFCEA Pikes Peak VEX V5 Robotics Competition Signature Event, Space Base Delta 1 volunteers inspired young minds by bridging military expertise with hands-on science, technology, engineering and mathematics mentorship.
The competition ran in conjunction with the Cyber Symposium, both held at The Broadmoor Hotel in Colorado Springs. Student teams from across the region gathered to design, build and test innovative robots through a series of engineering challenges.
Organized in part by Pikes Peak Robotics—a nonprofit dedicated to making robotics accessible to students—the event provided a platform for participants to showcase their technical creativity and problem-solving skills. Through a partnership with the U.S. Space Force, service members from various career fields volunteered as technical judges, scorekeepers and student mentors. The service members enhanced the competition experience and demonstrated the military’s commitment to nurturing future STEM innovators.
"We very much appreciate our Space Force volunteers—we’ve had over 100 of them this season between our league events and here," said Amanda Huber, Pikes Peak Robotics event and volunteer coordinator. "They have been so good at every single event, especially when working with the kids."
U.S. Space Force involvement in competitions like these extends beyond volunteer numbers. Their active participation aligns with the service’s broader mission to cultivate a skilled workforce for future challenges. By engaging with students, Space Force personnel serve as role models, motivating students toward STEM career paths and highlighting the diverse opportunities available within the military.''',
    quotes=[
        Q('"We very much appreciate our Space Force volunteers', 'our league events and here,"', "Amanda Huber"),
        Q('"They have been so good at every single event', 'working with the kids."', "Amanda Huber"),
    ],
    aliases={"Amanda Huber": ["Amanda Huber", "Pikes Peak Robotics event and volunteer coordinator"]},
),
dict(
    id="ng-h695-2019-03-14-colorado-guard-winter-storm-motorists",
    source="https://www.nationalguard.mil/News/Article-View/Article/1784851/colo-guard-rescues-scores-of-motorists-during-winter-storm",
    license=PD, retrieved=PAGES + " (National Guard Bureau site story of March 14, 2019 by the Colorado National Guard on Guard crews rescuing more than 90 people during winter storm Ulmer, with U.S. Air Force Brig. Gen. Gregory White; the .mil banner lines, 'Home : News : Article View', 'NEWS | March 14, 2019' and the byline line 'By Colorado National Guard' dropped; headline kept as the first line; the two lines holding only a space and the site's 'Related Articles' list after the last paragraph dropped, the text ending on its last complete paragraph; a quotation opened by a straight and closed by a curly mark, a stray full stop inside the rank phrase of the cue, and `the CONG said in a Twitter post` without marks (H2422); the dateline 'CENTENNIAL, Colo. – ' as stored)",
    text='''Colo. Guard rescues scores of motorists during winter storm
CENTENNIAL, Colo. – Colorado National Guard Soldiers and Airmen rescued more than 90 people Thursday and took them to shelters established for winter storm Ulmer, which was blasting the central U.S. with high winds and snow. Guard crews checked on 250 vehicles and also rescued two dogs, the CONG said in a Twitter post.
Earlier, Colorado Gov. Jared Polis activated the CONG to help the Colorado Division of Homeland Security and Emergency Management save stranded motorists in Colorado during the storm.
About 50 Colorado National Guard Soldiers and Airmen responded from multiple units along the Front Range, including three small-unit support vehicle (SUSV) teams.
"The Colorado National Guard is ready to help our neighbors in need,” U.S. Air Force. Brig. Gen. Gregory White said. “SUSVs have about 1.8 pounds per square inch of ground contact throughout the whole vehicle, making them extremely maneuverable on top of snow and a major asset during a blizzard.”
The SUSV is a fully tracked, articulated vehicle designed to operate off-road in a variety of conditions and environments. These specialized vehicles, used only by the National Guard in Colorado, are most often used to evacuate people trapped in winter storms. The vehicles are a federally funded resource used solely for domestic response.''',
    quotes=[
        Q('"The Colorado National Guard is ready', 'neighbors in need,”', "Gregory White"),
        Q('“SUSVs have about 1.8 pounds', 'during a blizzard.”', "Gregory White"),
    ],
    aliases={"Gregory White": ["Gregory White", "U.S. Air Force. Brig. Gen. Gregory White", "Brig. Gen. Gregory White"]},
),
dict(
    id="afps-h695-2014-02-14-storm-moves-northeast-guard-responds",
    source="https://www.globalsecurity.org/security/library/news/2014/02/sec-140214-afps01.htm",
    license=PDC, retrieved=PAGES + " (American Forces Press Service story by Steve Marshall, National Guard Bureau, of Feb. 14, 2014 on nearly 3,000 Guard members helping people recover from the East Coast winter storm, with the Augusta resident Paige McDaniels, in the verbatim copy of globalsecurity.org; the site's banner 'UNITED24 - Make a charitable donation in support of Ukraine!', the section lines 'Homeland Security' and 'American Forces Press Service' and the byline lines 'By Steve Marshall' and 'National Guard Bureau' dropped; headline kept as the first line; the last paragraph, 'Army Staff Sgt. Timothy Bellinger, a Cumming resident, had been with the 560th BFSB for just two months when he and Army Spc. Derek Owens found themselves in a Humvee on the icy streets of h', cut in the stored copy, dropped; an inverted cue whose name is followed by a long clause on the Guard members who carried her and her grandchildren, and then the second piece (H2424); the dateline 'ARLINGTON, Va., Feb. 14, 2014 – ', the em dash and straight marks as stored)",
    text='''As Storm Moves Northeast, National Guard Responds
ARLINGTON, Va., Feb. 14, 2014 – Nearly three thousand National Guardsmen across nine states and the District of Columbia have spent much of this week helping people along the East Coast recover from a brutal winter storm that dumped heavy snow across much of the region and has been blamed for at least 21 deaths.
About 2,850 soldiers and airmen were on duty in the District of Columbia and in Connecticut, Georgia, Maryland, North Carolina, New York, Pennsylvania, South Carolina, Virginia and West Virginia.
Duties included assisting stranded motorists, pulling semi-trailers out of ditches with heavy-duty wreckers, transporting law enforcement and firefighting personnel — and just being there in case local authorities needed a boost.
In hard-hit Georgia, the ice storm left many residents of Augusta without power and heat. Several vehicles were stuck in ditches throughout the city, and Guardsmen used their tactical vehicles to pull the cars out. A couple who live near the Augusta armory was provided shelter, warmth and a hot meal by an 878th Engineer Battalion soldier who only recently had returned from Afghanistan.
"I just want to tell the Georgia Guard thank you," said Augusta resident Paige McDaniels after members of the 165th Air Support Squadron transported her and her three grandchildren to a local church that provided shelter. "The Guard did an awesome job. I appreciate it."
Army National Guard members of the Cumming, Ga.-based 560th Battlefield Surveillance Brigade were in their second day of icy patrols during the storm when two of them completed a special mission.''',
    quotes=[
        Q('"I just want to tell the Georgia Guard thank you,"', None, "Paige McDaniels"),
        Q('"The Guard did an awesome job.', 'I appreciate it."', "Paige McDaniels"),
    ],
    aliases={"Paige McDaniels": ["Paige McDaniels", "Augusta resident Paige McDaniels"]},
),
dict(
    id="army-hood-h695-2009-10-wranglers-save-honey-bee-hive",
    source="http://www.hood.army.mil/13sce/files/news/Stories/2009/10oct/bee.html",
    license=PD, retrieved=PAGES + " (4th Sustainment Brigade story by Capt. Ariana Roscoe, BTB Unit Public Affairs Representative, on four Soldiers of the Brigade Troops Battalion given a team award on Oct. 23 for helping to save a honey bee hive found under a storage container at Fort Hood (October 2009 from the page address), with the Fort Hood entomologist Anne Hamilton; headline kept as the first line; the byline lines 'Capt. Ariana Roscoe', 'BTB Unit Public Affairs Representative' and '4th Sustainment Brigade' dropped; the space at the start of the paragraph 'The volunteer beekeepers and DPW Entomologist donned bee suits, ...' dropped; the sentence 'Saving the honeybees that occasionally build their hives underneath storage containers on post' / 'have become an important undertaking ...', broken by an empty line in the stored copy, joined into one paragraph with a single space (H214, H2423); the last paragraph, 'Hamilto', cut in the stored copy, dropped; an award's name in single marks and a speaker presented as the nominator of the award, then cued by her surname (H2423); 'a eight-foot wide bee hive', 'Natural Recourses Division', the dateline 'FORT HOOD, Texas — ' and curly marks as stored)",
    text='''Wranglers Help Save Honey Bee Hive
FORT HOOD, Texas — Four Soldiers assigned to the Brigade Troops Battalion, 4th Sustainment Brigade were given the ‘Outstanding Commitment to a Job’ Team award on Oct. 23 for assisting in the safe extraction of a eight-foot wide bee hive underneath a storage container at the Department of Public Works recycle yard containing thousands of live honeybees that had produced more than 40 lbs of fresh honey.
The Soldiers were nominated for the award by Anne Hamilton, an entomologist for the national resources department within the Fort Hood Department of Public Works.
“Honeybees are on the decline in most areas of the country,” said Hamilton. “But here on Fort Hood we have a unique environment for bees, though they clash with missions, if they are in a public place we have to either kill them or remove them. Sometimes removal, unfortunately, is not possible.”
Luckily in this case, removal was possible.
The removal process took the Soldiers and the volunteer beekeepers three hours, with Soldiers first lifting the conex with the attached bee hive using a Kalmar Rough Terrain vehicle designed to lift large containers and gently stacked it on top of two other conexes so the bottom of the conex and bee hive was exposed for safe removal.
The volunteer beekeepers and DPW Entomologist donned bee suits, removed the honey-loaded bee comb and then gently swept all of the bees into a commercial hive box.
Saving the honeybees that occasionally build their hives underneath storage containers on post have become an important undertaking to personnel at the Natural Recourses Division in DPW, particularly because honeybee populations across the United States are declining, as much as 70 percent in some areas, because of what biologists have termed Colony Collapse Disorder, in which the worker bees abandon their colonies for unknown reasons.''',
    quotes=[
        Q('‘Outstanding Commitment to a Job’', None, None),
        Q('“Honeybees are on the decline', 'areas of the country,”', "Anne Hamilton"),
        Q('“But here on Fort Hood', 'is not possible.”', "Anne Hamilton"),
    ],
    aliases={"Anne Hamilton": ["Anne Hamilton", "Hamilton"]},
),
dict(
    id="usar-h695-2017-04-20-88th-rsc-bees-earth-day",
    source="https://www.usar.army.mil/News/News-Display/Article/1158256/88th-rsc-focuses-on-bees-to-celebrate-earth-day-across-its-19-state-region/",
    license=PD, retrieved=PAGES + " (Army Reserve story of April 20, 2017 by Zachary Mott, 88th Regional Support Command, on the bee display of the command's Directorate of Public Works' Environmental Division for Earth Day, with Melani Tescher, chief of the Environmental Division; the .mil banner lines, the blank lines of the page, 'NEWS | April 20, 2017' and the byline line 'By Zachary Mott 88th Regional Support Command' dropped; headline kept as the first line; the last paragraph, '“Some of the bees are becoming endangered or threatened because of pesticides,” Tescher said. “Our display is all about informing people ... some of the endangered species we’re looking for and tryi', cut in the stored copy, dropped with its complete first piece (H2121); a role of comma-separated units after the name (H117, H2424); '88th RSCs', 'in imperiled' and curly marks as stored)",
    text='''88th RSC Focuses on Bees to Celebrate Earth Day Across its 19-State Region
With an area of operations that covers more than one third of the United States, there is a lot of literal and figurative ground for the 88th Regional Support Command to cover.
When planning events for Earth Day, the 88th RSCs Directorate of Public Works’ Environmental Division found something that impacts each of the 19 states within the RSC footprint: bees.
“Without something as simple as bees, we wouldn’t have food,” said Melani Tescher, chief, Environmental Division, DPW, 88th RSC. “They are a key component to our survival. With the pollination, they pollinate the trees so we have our fruit, the crops so that way we have our grains, strawberries or whatever it is you choose to have.”
There is a display set up at the 88th RSC headquarters that highlights the usefulness of bees and what it takes to become a beekeeper on your own.
According to a 2015 report from the United Nations-backed Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services (IPBES), there has been a 37% decline in the worldwide bee population.
A similar study by the Center for Biological Diversity found that nearly one in four native bee species in imperiled and at increasing risk of extinction.''',
    quotes=[
        Q('“Without something as simple as bees', 'wouldn’t have food,”', "Melani Tescher"),
        Q('“They are a key component to our survival.', 'choose to have.”', "Melani Tescher"),
    ],
    aliases={"Melani Tescher": ["Melani Tescher", "chief, Environmental Division, DPW, 88th RSC"]},
),
dict(
    id="uscg-h695-station-neah-bay-boatcrew-awarded",
    source="https://coastguardnews.com/coast-guard-station-neah-bay-boatcrew-awarded-for-rescue-of-3-in-makah-bay-wash/",
    license=PDC, retrieved=PAGES + " (Coast Guard release from Seattle on the award of the Commandant's Letter of Commendation Ribbon to three boat crew members of Station Neah Bay for rescuing three fishermen whose boat capsized near Strawberry Rock in Makah Bay on April 18, with the rescued captain John Waring, in the copy of coastguardnews.com (no year, byline or credit line in the stored copy; taken as the Coast Guard's release by its wording, H2424); the stored copy opens on the dateline paragraph and has no headline, none added (H1818); the link line 'To read the original story of the rescue, click here.' after the last paragraph dropped (H2424), the text ending on its last complete paragraph; a speaker presented by his role and reported speech, then cued by his surname (H2424); 'that lead rescuers', the dateline 'SEATTLE — ' and curly marks as stored)",
    text='''SEATTLE — A Coast Guard boat crew was recognized during a ceremony at Coast Guard Station Neah Bay Friday for rescuing three fishermen after their vessel capsized near Strawberry Rock in Makah Bay in April.
Petty Officer 1st Class Matthew Staton, Petty Officer 3rd Class Josh Shubin and Petty Officer 3rd Class Corey Castillo, boat crew members at Station Neah Bay, were awarded the Commandant’s Letter of Commendation Ribbon for saving three fishermen from the water and treating them for symptoms of hypothermia in the April 18 case.
Capt. Joe Raymond, commander, Coast Guard Sector Puget Sound, and Master Chief Petty Officer Richard Evans, command master chief, Sector Puget Sound, presented the award, citing the 47-foot Motor Life Boat crew members for outstanding performance of duty during the rescue.
Two of the three survivors also attended the ceremony to meet the crew for the first time since the rescue and express their appreciation. Their 21-foot vessel was reportedly capsized after two rogue waves, one estimated to be 25 feet tall, hit them while they were lingcod fishing near Strawberry Rock.
John Waring, the vessel’s captain, reported he had about six seconds to make the distress radio call that lead rescuers to the boat’s location.
“My VHF radio is always keyed to channel 16,” Waring said. “I knew I had to make the call or it would be over. Without good radio discipline or the situational awareness to provide our location that quickly, we wouldn’t have had a chance.”
The men were reportedly in the 52-degree water for 70 minutes when the boat crew from Coast Guard Station Neah Bay arrived on scene. All men were reportedly suffering from signs of hypothermia when they were transferred to emergency medical responders waiting at the station.''',
    quotes=[
        Q('“My VHF radio is always keyed to channel 16,”', None, "John Waring"),
        Q('“I knew I had to make the call', 'have had a chance.”', "John Waring"),
    ],
    aliases={"John Waring": ["John Waring", "the vessel’s captain", "Waring"]},
),
dict(
    id="dla-h695-2020-10-13-new-group-shares-benefits-of-bees",
    source="http://www.dla.mil/About-DLA/News/News-Article-View/Article/2378378/new-group-shares-benefits-of-bees/",
    license=PD, retrieved=PAGES + " (Defense Logistics Agency story of Oct. 13, 2020 by Tim Hoyle, DLA Disposition Services, on the first session of the All in Bee Club Support Group on Oct. 7, with Family Program Manager Lisa Grenon; the .mil banner lines, 'News | Oct. 13, 2020' and the byline line 'By Tim Hoyle DLA Disposition Services' dropped; headline kept as the first line; the photo caption 'Defense Logistics Agency employee and beekeeper Adam Beam begins to inspect on of his hives.', stored twice, and the cut line after it, 'Defense Logistics Agen', dropped, the text ending on the complete paragraph before the caption; a second piece opened by a closing-shaped mark after the cue's full stop, and a man named inside the speaker's first piece (H2420); 'the kinds of equipment and tools need' and curly marks as stored)",
    text='''New group shares benefits of bees
A small group of bee enthusiasts swarmed together online and by phone Oct. 7 to kick off the first session of the All in Bee Club Support Group.
Family Program Manager Lisa Grenon arranged the gathering and helped moderate the session. Grenon arranged a similar event for the Battle Creek MWR program last year to share information on the Heroes to Hives program that helps veterans and their families learn about beekeeping.
“After hearing Dr. Adam Ingrao speak and his passion and the necessity for honeybees, I wanted to do my part to bring this to DLA,” Grenon said.” I felt it was so important to have DLA employees and veterans who work in the building have the camaraderie along with military and first responders to learn about bees, hang out together, build community and be able to talk about their life experiences.”
Grenon said beekeeping can also be therapeutic to help someone struggling with trauma, injuries, addiction, depression or anxiety. She said working with bees can be a modality to promote healing and a form of mindfulness.
Defense Logistics Agency employees Adam Beam and David Potter shared their enjoyment with beekeeping and their growing expertise with the group. Their comments included some of the history of beekeeping, the kinds of equipment and tools need to start an apiary and tips on what to consider when choosing those items.''',
    quotes=[
        Q('“After hearing Dr. Adam Ingrao speak', 'bring this to DLA,”', "Lisa Grenon"),
        Q('” I felt it was so important', 'their life experiences.”', "Lisa Grenon"),
    ],
    aliases={"Lisa Grenon": ["Lisa Grenon", "Family Program Manager Lisa Grenon", "Grenon"]},
),
]
