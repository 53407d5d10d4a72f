# Held-out English news texts (tests/data/heldout240-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US government news releases and stories (public domain, 17 U.S.C. § 105): three Bureau
# of Land Management news releases in their copies on paperzz.com (Prineville District, 2012: the Oregon Military
# Department's National Public Lands Day cleanup; Vale District, 2009: National Public Lands Day at the National Historic
# Oregon Trail Interpretive Center; Burns District, 2009: the Radar Hill clean-up), a BLM New Mexico press release on
# blm.gov (a public-lands clean-up near Santa Fe), two US Army Corps of Engineers Louisville District stories on
# lrl.usace.army.mil (the district's day at the ballpark, 2021; the Barren River Lake junior ranger program, 2020) and a
# US Army Corps of Engineers Los Angeles District story in its repost on dredgewire.com (planning of a barrier at the
# Mojave River Dam, 2022). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs (or, in a copy stored as one run, complete sentences) are kept and a
# cut paragraph is dropped (noted in `retrieved`). Letterheads, release numbers and contact lines, 'Organization / BLM
# Office / Media Contact' lines, the lrl.usace.army.mil decommissioning notice, 'Published'/'Updated' lines, photo
# captions, the dredgewire 'It's on us. Share your news here.' line and 'About the BLM' boilerplate are dropped; a
# headline is kept once as the first line; wording, spelling ('laying around', '541473-6218', '(541) 495- 2429'),
# spacing inside paragraphs and quotation marks (straight or curly as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H1485-H1487 in ANNOTATION.md on top of H1-H1484).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDP = "public domain (US government work, 17 U.S.C. § 105; copy of a BLM news release on paperzz.com)"
PDR = "public domain (US government work, 17 U.S.C. § 105; repost of a USACE Los Angeles District story on dredgewire.com)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout240-en.jsonl

Built by `build.py` from `heldout240_pages.py`. These texts are stored web pages (the `pages` search corpus) of US
government news releases and stories (public domain, 17 U.S.C. § 105), none of them used in a set above: three Bureau of
Land Management news releases in their copies on paperzz.com (Prineville District, September 27, 2012: 'Prineville BLM
Partners with Oregon Military Department to Celebrate National Public Lands Day'; Vale District, September 2009:
National Public Lands Day at the National Historic Oregon Trail Interpretive Center; Burns District, September 17, 2009:
the Radar Hill clean-up), a BLM New Mexico press release on blm.gov ('Volunteers sought for public lands clean up
event'), two US Army Corps of Engineers Louisville District stories on lrl.usace.army.mil ('District closes fiscal year
with day at the ballpark', September 28, 2021; 'Natural Resources specialist runs Junior Ranger Program for kids around
the U.S.', November 30, 2020) and a US Army Corps of Engineers Los Angeles District story in its repost on dredgewire.com
(initial planning of a security and restoration barrier at the Mojave River Dam, March 2022). None is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
(complete sentences in the copies stored as one run) are kept (what was dropped is noted per page). Letterheads, contact
and release-number lines, site notices, captions and boilerplate were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by distinctive
phrases). The annotation (rules H1485–H1487 in `ANNOTATION.md` on top of H1–H1484) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="blm-2012-09-27-prineville-blm-partners-with-oregon-military-department-npld",
    source="https://paperzz.com/doc/7428469/redmond--ore.---as-part-of-an-on-going-tradition--members...",
    license=PDP, retrieved=PAGES + " (paperzz.com copy of the Prineville District BLM news release of September 27, 2012, stored as one run of text (H1485); the letterhead '3050 NE Third Street - Prineville, Oregon 97754 - www.blm.gov/or/districts/prineville BUREAU OF LAND MANAGEMENT', 'For release: September 27, 2012 Contact: Lisa Clark (541) 416-6700' dropped; the headline kept as the first line; the body kept as one paragraph up to '... the lands used by our communities.”'; the sentence 'National Public Lands Day not only provides the OMD ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Prineville BLM Partners with Oregon Military Department to Celebrate National Public Lands Day
Redmond, Ore. – As part of an on-going tradition, members of the Oregon Military Department (OMD) Army National Guard and the Biak Training Center will conduct a variety of National Public Lands Day (NPLD) activities on or near lands the military leases for training from the Prineville District BLM. “Although the OMD works year-round to maintain and improve the 43,000 acres of land they lease,” said Captain James Rejzek, Biak Training Center Manager, “National Public Lands Day provides an opportunity to organize a large cleanup event on lands we share with the local community.” Although small projects will occur over the next several weeks, the OMD anticipates having their main public lands day event on October 26, to meet scheduling needs. Oregon Army National Guard members will work with youth from the Oregon Youth Challenge Program and the Boy Scouts to pick up trash and other materials that have been dumped along the canals east of the Redmond Airport and at the Redmond Caves site west of the airport. “Unfortunately, the easy access to these areas makes them targets for illegal tire and trash dumping, partying, and transient camping,” said Molly Brown, Prineville BLM Field Manager. “The presence of the Oregon Military Department in this area is a real benefit to the BLM, and their willingness to take on cleanups, as well as restoration projects, in these sites, is a valuable aspect of our partnership, and one that helps maintain and improve the lands used by our communities.”''',
    quotes=[
        Q('“Although the OMD works', 'land they lease,”', "James Rejzek"),
        Q('“National Public Lands Day provides', 'local community.”', "James Rejzek"),
        Q('“Unfortunately, the easy access', 'transient camping,”', "Molly Brown"),
        Q('“The presence of the Oregon Military', 'by our communities.”', "Molly Brown"),
    ],
),
dict(
    id="blm-2009-09-vale-district-npld-national-historic-oregon-trail-interpretive-center",
    source="https://paperzz.com/doc/7427132/this-saturday--september-26th-the-bureau-of-land-manageme...",
    license=PDP, retrieved=PAGES + " (paperzz.com copy of the Vale District BLM news release OR-030-2009-025 on National Public Lands Day, September 26, 2009, stored as one run of text (H1485); 'News Release For Immediate Release News Contact: Mark Wilkening, (541) 473-6218 OR-030-2009-025 September 27, 2007' (the release's own date line, with its year as printed) dropped; the headline 'National Public Lands Day September 26, 2009 Volunteers Needed This Saturday At: The National Historic Oregon Trail Interpretive Center' kept as the first line; the body kept as one paragraph up to '... www.blm.gov/or/districts/vale.'; the closing '-' dropped; curly marks as stored)",
    text='''National Public Lands Day September 26, 2009 Volunteers Needed This Saturday At: The National Historic Oregon Trail Interpretive Center
BAKER CITY, OREGON-This Saturday, September 26th the Bureau of Land Management (BLM) would like to invite the public to participate in a National Public Lands Day event at the National Historic Oregon Trail Interpretive Center (NHOTIC) from 08:00 a.m. to 2:00 p.m. National Public Lands Day is an annual event for individuals, families and groups of all ages to volunteer to help care for America’s public lands. “One of the highlights of this event is the participation of volunteers,” Sarah LeCompte National Historic Oregon Trail Interpretive Center Manager, said. “The quality and amount of work that gets done by volunteers on this day is remarkable. Volunteers can and do make a difference on our public lands.” BLM staff have identified several work projects, from easy; low to moderate physical exertion and skills that can be easily taught to and done in an hour to the more difficult; requiring strength and ability to work with hand tools and wheelbarrows taking from one hour to several hours. Volunteers will gather at the NHOTIC wagon encampment site near the parking lot at 8:00 a.m. A BLM staff member will register you for the event. Volunteers will be able to choose their task, pick up any tools, safety equipment and materials for their projects and receive a safety briefing. Snacks and water will be provided throughout the day. The dedicated partner group, The Trail Tenders, will provide lunch at noon for all volunteers. In addition, on Saturday fees will be waived for admission into NHOTIC For further information about this planned event contact Mark Wilkening at the Vale District at 541473-6218 or Sarah LeCompte at NHOTIC at 541-523-1825 or visit the Vale District website at www.blm.gov/or/districts/vale.''',
    quotes=[
        Q('“One of the highlights', 'participation of volunteers,”', "Sarah LeCompte"),
        Q('“The quality and amount', 'on our public lands.”', "Sarah LeCompte"),
    ],
),
dict(
    id="blm-2009-09-17-burns-district-volunteers-needed-radar-hill-clean-up",
    source="https://paperzz.com/doc/7430551/anyone-interested-in-supporting-healthy-public-lands-in-h...",
    license=PDP, retrieved=PAGES + " (paperzz.com copy of the Burns District BLM news release OR-020-09-40 of September 17, 2009, stored as one run of text (H1485); 'Contact: Tara Martinak (541) 573-4400 Release No. OR-020-09-40 September 17, 2009' dropped; the headline 'VOLUNTEERS NEEDED FOR RADAR HILL CLEAN-UP, SEPTEMBER 26' kept as the first line; the body kept as one paragraph up to '... Brett Page at (541) 573-4534.'; the 'About the BLM:' boilerplate, cut in the stored copy, dropped; curly and straight marks as stored)",
    text='''VOLUNTEERS NEEDED FOR RADAR HILL CLEAN-UP, SEPTEMBER 26
HINES, Oregon – Anyone interested in supporting healthy public lands in Harney County is encouraged to come out and volunteer on National Public Lands Day (NPLD) – Saturday, September 26. For the second year in a row, the Burns District Bureau of Land Management (BLM) is partnering with the Harney County High Desert Wheelers to celebrate NPLD at the Radar Hill Off-Highway Vehicle (OHV) play area. Dan Haak of the High Desert Wheelers said, “Last year we had 17 volunteers and we removed over 3,000 pounds of debris. We’re hoping for even more people and more success this year.” Volunteers should meet at the Radar Hill OHV staging area at 9:00 a.m. on Saturday, September 26. Projects for the day include trash removal, building rock cribs, posting boundary signs and learning about OHV safety and local riding opportunities. Refreshments and a fun work day are provided! Those who participate in National Public Lands Day are rewarded with t-shirts and coupons for free entry into their favorite federal public land areas that have entrance fees. The coupon is good for a "fee-free" day at any site managed by Bureau of Land Management, National Park Service, U.S. Army Corps of Engineers, U.S. Fish and Wildlife Service, or USDA Forest Service. The coupon is usable for one year-- from September 26, 2009 to September 25, 2010. National Public Lands Day is the nation’s largest hands-on volunteer effort to enhance the public lands. In 2008, 120,000 volunteers built trails and bridges, removed trash and planted over 1.6 million trees at sites throughout the country. For more information about the Radar Hill OHV play area project, contact Dan Haak at (541) 495- 2429 or Brett Page at (541) 573-4534.''',
    quotes=[
        Q('“Last year we had 17 volunteers', 'success this year.”', "Dan Haak"),
        Q('"fee-free"', None, None),
    ],
),
dict(
    id="blm-nm-volunteers-sought-for-public-lands-clean-up-event-santa-fe",
    source="https://www.blm.gov/press-release/volunteers-sought-public-lands-clean-event",
    license=PD, retrieved=PAGES + " (BLM press release 'Volunteers sought for public lands clean up event'; headline kept; the lines 'Organization', 'Bureau of Land Management', 'BLM Office:', 'Las Cruces District Office', 'Media Contact:', 'Cathy Garber' and the closing boilerplate paragraph 'The BLM manages more than 245 million acres ...' dropped; trailing spaces at line ends dropped; the double space in 'Santa Fe County,  is' kept; curly marks as stored)",
    text='''Volunteers sought for public lands clean up event
Santa Fe, N.M. – The Bureau of Land Management New Mexico, in partnership with Santa Fe County,  is seeking volunteers for an upcoming public lands clean up event in the Santa Fe, N.M. area. The event will be held on April 13, from 8 a.m.-3 p.m. in the Camel Tracks Shooting Range area near County Road 56.
“We’ll be cleaning up debris from shooting activities, as well as household trash that has been illegally dumped in the area,” says Justin Dean, BLM Law Enforcement officer and organizer of the event.
The clean up is open to the public and families are encouraged to participate. “This is a great opportunity to get outdoors and make a difference for public land resources you use and value,” says Dean.
Participants should wear work boots and long sleeved shirts, and bring water, sunscreen, gloves, and rakes. BLM will provide trash bags. Reservations are not required. For more information, contact Justin Dean at 505-412-7392.''',
    quotes=[
        Q('“We’ll be cleaning up', 'dumped in the area,”', "Justin Dean"),
        Q('“This is a great opportunity', 'use and value,”', "Justin Dean"),
    ],
    aliases={"Justin Dean": ["Dean"]},
),
dict(
    id="usace-lrl-2021-09-28-district-closes-fiscal-year-with-day-at-the-ballpark",
    source="https://www.lrl.usace.army.mil/Media/News-Stories/Article/2850580/district-closes-fiscal-year-with-day-at-the-ballpark/",
    license=PD, retrieved=PAGES + " (US Army Corps of Engineers Louisville District story 'District closes fiscal year with day at the ballpark'; the 'HotInfo' notice on the decommissioning of lrl.usace.army.mil, 'USACE - Louisville District', 'Published Sept. 28, 2021' and 'Updated: Sept. 28, 2021' dropped; headline kept; each stored line is a paragraph (H1485), trailing spaces dropped; the paragraph beginning '“Being at the Bats game gave members of the pu', cut in the stored copy, dropped; curly and straight marks as stored)",
    text='''District closes fiscal year with day at the ballpark
U.S. Army Corps of Engineers, Louisville District employees gathered at Louisville Slugger Field Sept. 26, 2021 to recognize and celebrate the hard work by district employees over the past year.
The cloudless sky provided perfect weather for event attendees as employees and their families watched one of America’s favorite pastimes at Louisville Slugger Field.
Louisville District Commander Col. Eric Crispino, threw out the first pitch of the game. Even though the Bats lost the game to the Toledo Mud Hens (9-4), the event was successful in more ways than one.
Park rangers Cole Upton and Kaitlin Cook from Green River Lake, and Jacob Kramer from Buckhorn Lake, staffed a water safety booth where they shared the water safety message with hundreds of fans as part of the event. Upton, who served as the Bobber the Water Safety Dog mascot, handed out water safety giveaways and countless high-fives to young fans.
“Being at the Bats game was a huge success. Hundreds of contacts were made answering questions of what the Corps of Engineers does and why we do it, giving kids a chance to interact with a beloved mascot, and to help spread the message of water safety into their daily lives,” said Upton.
Cook agreed with her fellow ranger co-worker that the day was a resounding success for guests and families.
"It was a great day. We, as rangers, had a lot of fun working the event. The kids had a blast interacting with Bobber,” said Cook.
Attending these events is important for several reasons, according to the rangers.''',
    quotes=[
        Q('“Being at the Bats game', 'their daily lives,”', "Cole Upton"),
        Q('"It was a great day.', 'interacting with Bobber,”', "Kaitlin Cook"),
    ],
    aliases={"Cole Upton": ["Upton"], "Kaitlin Cook": ["Cook"]},
),
dict(
    id="usace-lrl-2020-11-30-natural-resources-specialist-runs-junior-ranger-program",
    source="https://www.lrl.usace.army.mil/Media/News-Stories/Article/2443962/natural-resources-specialist-runs-junior-ranger-program-for-kids-around-the-us/",
    license=PD, retrieved=PAGES + " (US Army Corps of Engineers Louisville District story 'Natural Resources specialist runs Junior Ranger Program for kids around the U.S.'; the 'HotInfo' notice on the decommissioning of lrl.usace.army.mil and 'Published Nov. 30, 2020' dropped; headline kept; trailing spaces dropped; the paragraph beginning '“Alicia’s program has reached children all across the country,” said Alan Ramey', cut in the stored copy, dropped; curly marks as stored)",
    text='''Natural Resources specialist runs Junior Ranger Program for kids around the U.S.
The U.S. Army Corps of Engineers Louisville District has a Junior Park Ranger Program, open to all ages, where children can complete a junior park ranger knowledge packet and earn a junior ranger certificate, official USACE junior ranger patch and a bag of surprises.
A 15-year USACE employee, Alicia Cannon, Louisville District’s Barren River Lake Natural Resource specialist, developed the program in 2015.
“I think the whole thing started because I found some old “Junior Ranger” patches laying around,” Cannon said. “I knew we used to do some programs that hadn’t been done for quite some time, so I just figured out a way we could put those to use.”
Cannon developed a packet with questions based on facts from the district’s website. She also included information about visiting USACE’s National Operations Center for Water Safety website, commonly known as bobber.info, where participants can print off free coloring and activity sheets that educate the public about water safety.
“They can mail or email the completed packet back to me, and then I send them a letter, certificate, patch and some of our water safety giveaways (pencils, stickers, bracelets, etc.),” Cannon said.
Cannon’s junior ranger program has attracted participants from all over the U.S. to include submissions from Kentucky, California, Texas, Missouri, Ohio, Georgia, Michigan, Maryland, Nebraska and Utah.''',
    quotes=[
        Q('“I think the whole thing started', 'patches laying around,”', "Alicia Cannon"),
        Q('“I knew we used to do', 'put those to use.”', "Alicia Cannon"),
        Q('“They can mail or email', 'bracelets, etc.),”', "Alicia Cannon"),
    ],
    aliases={"Alicia Cannon": ["Cannon"]},
),
dict(
    id="usace-spl-2022-03-mojave-river-dam-security-restoration-barrier-planning",
    source="https://dredgewire.com/corps-park-rangers-engineers-begin-initial-planning-for-security-restoration-barrier-at-mojave-river-dam",
    license=PDR, retrieved=PAGES + " (repost on dredgewire.com of the US Army Corps of Engineers Los Angeles District story on the Mojave River Dam barrier (H1486); the site line 'It's on us. Share your news here.', the photo caption 'LA District Biologist Jon Rishi and LA District Park Rangers ...' and 'Posted on March 7, 2022' dropped; headline kept; the paragraph beginning 'During the site visit, the team', cut in the stored copy, dropped; curly marks as stored)",
    text='''Corps’ park rangers, engineers begin initial planning for security, restoration barrier at Mojave River Dam
SAN BERNARDINO COUNTY, California – Set against the backdrop of the San Bernardino Mountains, the Mojave River Dam and its surrounding area is known for many things – its beautiful landscape filled with Joshua trees, desert flora and fauna, and the national scenic Pacific Crest Trail, an area frequented by hikers and equestrian riders.
It also has become an area recreated illegally by off-road vehicle enthusiasts, an activity prohibited in and around the dam because the area is designated as a critical habitat for endangered species.
Park rangers and engineers with the U.S. Army Corps of Engineers Los Angeles District traveled to the dam March 2 to begin the initial planning stages of installing a security and restoration barrier on the south side of the dam to protect endangered species and their habitats.
“The area is designated a critical habitat for the arroyo toad, but there are a couple of other critical habitat species that we know could live in that type of habitat,” said LA District Park Ranger Henry Csaposs. “It’s an oasis, basically. It’s the only place in the desert for miles around that you can find water, and that means there’s all sorts of unique plants, animals and wildlife that come out here. And it’s really an important spot for humans, too. It’s part of the Pacific Crest Trail, which is a national scenic trail and a really valuable resource.”
Other known species that call the area home include the Southwestern Willow Flycatcher and the least Bell’s vireo, among many others.''',
    quotes=[
        Q('“The area is designated', 'that type of habitat,”', "Henry Csaposs"),
        Q('“It’s an oasis, basically.', 'really valuable resource.”', "Henry Csaposs"),
    ],
),
]
