# Held-out English news pages (tests/data/heldout137-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): two National Park Service news releases (December 2014 on the National Defense Authorization Act's new parks,
# nps.gov; September 2017 on National Public Lands Day, nps.gov), a Department of the Interior release of August 2007 on
# the first National Park Centennial projects (doi.gov), a 113th Wing story of April 2011 on the Air National Guard's
# command chief (113wg.ang.af.mil), a Wisconsin National Guard Public Affairs release of October 2015 sent by e-mail
# bulletin (content.govdelivery.com) and two verbatim reposts of military public-affairs stories on a military news blog
# (military-online.blogspot.com: the Wisconsin National Guard story of December 2011 on Airmen honoured for service, and
# a 931st Air Refueling Group story of March 2014, from a daily archive page). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph or list item is dropped (noted in `retrieved`). Site lines, contact and telephone lines, e-mail-bulletin lines,
# 'Published' metadata bullets, photo captions and a hard-wrapped duplicate of the DOI release's lead are dropped; list
# bullets are kept as stored at the start of their line, leading and trailing blanks of a line are dropped; wording,
# spelling ('helps builds', 'Airman to tell their story'), spacing inside paragraphs and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H1055-H1059 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDB = "public domain (US government work, 17 U.S.C. § 105; verbatim repost on a military news blog)"
PDS = "public domain (National Guard public-affairs work, treated as a US government work, 17 U.S.C. § 105; see H1055)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout137-en.jsonl

Built by `build.py` from `heldout137_pages.py`. Like heldout31-en, heldout41-en, heldout133-en and heldout135-en, these
texts are US federal news texts taken from stored web pages (the `pages` search corpus), none of them used in a set above:
two National Park Service news releases (December 19, 2014: Director Jonathan B. Jarvis on the parks created by the National
Defense Authorization Act; September 29, 2017: Acting Director Michael T. Reynolds on National Public Lands Day), the
Department of the Interior release of August 23, 2007 on the first National Park Centennial projects (Secretary Dirk
Kempthorne at Yosemite, doi.gov), the 113th Wing story of April 2011 on Command Chief Master Sgt. Christopher Muncy's town
hall (113wg.ang.af.mil), the Wisconsin National Guard release of October 2, 2015 on the 128th Air Refueling Wing's sendoff
(e-mail bulletin, content.govdelivery.com), and two stories reposted verbatim on a military news blog
(military-online.blogspot.com): the Wisconsin National Guard story of December 2011 on Airmen honoured for service (Gov.
Scott Walker, Brig. Gen. John McCoy) and the 931st Air Refueling Group story of March 2014 on a flag presented to the
sister of a Silver Star recipient (daily archive page; only that story is kept). All are treated as US government works
in the public domain (17 U.S.C. § 105; for the two Wisconsin National Guard texts see the doubt noted in `ANNOTATION.md`,
H1055); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, contact lines, e-mail
bulletin lines, metadata bullets and a hard-wrapped duplicate lead were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap
with every existing text, including the other helpers' worktrees). The annotation (rules H1055–H1059 in `ANNOTATION.md`)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-nps-2014-12-19-ndaa-expands-national-park-system",
    source="https://www.nps.gov/aboutus/news/release.htm?id=1663",
    license=PD, retrieved=PAGES + " (NPS press release of December 19, 2014; the site lines 'National Park Service Press Release', 'For Immediate Release:' and the contact line dropped; the first list item is complete and kept with its bullet, the second, cut in the stored copy, and the rest of the list dropped; 'helps builds' and the curly marks as stored)",
    text='''December 19, 2014
Defense Authorization Act Expands National Park System
WASHINGTON – National Park Service Director Jonathan B. Jarvis welcomed a package of provisions included in the National Defense Authorization Act (NDAA) of 2015 and signed into law by President Obama today.
“This expansion of the national park system helps builds momentum as we prepare for the centennial of the National Park Service in 2016,” Jarvis said. “This will enable us to tell more of our nation’s richly diverse stories and give people opportunities to find their park.”
The National Park Service supported the new parks in testimony before Congress and most were the subject of studies that showed the sites met criteria for inclusion in the national park system.
The NDAA also authorizes the U.S. Mint to strike commemorative coins honoring the 2016 National Park Service Centennial. The NDAA provides an extension of heritage area authorities and extends until 2021 and expands American Battlefield Protection Program grants to include American Revolutionary War and War of 1812 battlefields. It also allows the addition of new lands to eight existing parks; designates two new wild and scenic rivers and authorizes the study of about a dozen potential new parks and new wild and scenic rivers.
The bill establishes or authorizes seven new parks in eight different states:
• Blackstone River Valley National Historical Park will be comprised of specific historic sites and resources within the John H. Chaffee Blackstone River Valley National Heritage Corridor which stretches from Pawtucket, Rhode Island, to Worcester, Massachusetts. The park will protect and interpret resources associated with the development of textile mills and other industries in the valley.''',
    quotes=[
        Q('“This expansion of the national park system', 'in 2016,”', "Jonathan B. Jarvis"),
        Q('“This will enable us', 'find their park.”', "Jonathan B. Jarvis"),
    ],
    aliases={"Jonathan B. Jarvis": ["National Park Service Director Jonathan B. Jarvis", "Jarvis"]},
),
dict(
    id="gov-en-doi-2007-08-23-kempthorne-centennial-projects-ready-to-go",
    source="https://doi.gov/news/archive/07_News_Releases/070823.html",
    license=PD, retrieved=PAGES + " (Department of the Interior / National Park Service release of August 23, 2007; the office, address, telephone, 'NPS Centennial', 'Centennial Initiative Press Release', 'FOR IMMEDIATE RELEASE' and contact lines dropped; the lead sentence under the headline is stored twice, first hard-wrapped (an image or teaser block) and then as one line: only the one-line copy is kept (H1056); the paragraph 'Kempthorne, who made the a...', cut in the stored copy, dropped; the straight opening and curly closing mark of the lead quotation as stored)",
    text='''Today's date: August 23, 2007
First National Park Centennial Projects ‘Ready to Go;’ Adding Sparkle to America’s ‘Crown Jewels’
Secretary Kempthorne made the announcement with National Park Service Director Mary Bomar at Yosemite National Park, and said, "These proposals, and the ones to follow over the next 9 years, represent the cornerstones of a new century for the National Park Service and a new era of partnership with the American people.”
(Yosemite National Park, Calif.) – Build park trails, save sea turtles, “go green” energy, guide students to become stewards and recruit citizens to discover landscapes, history, culture and science – those are just a few of the more than 200 centennial proposals Secretary of the Interior Dirk Kempthorne unveiled today to be undertaken in national parks as part of the National Park Centennial Initiative.
“These are America’s proposals to help America’s parks,” Secretary of the Interior Dirk Kempthorne said of proposals the National Park Service has certified as eligible for federal matching money under the National Park Centennial Initiative and are ready to go in 2008. “Today we are ready to breathe life into vision and ideas.”''',
    quotes=[
        Q('‘Ready to Go;’', None, None),
        Q('‘Crown Jewels’', None, None),
        Q('"These proposals, and the ones', 'American people.”', "Dirk Kempthorne"),
        Q('“go green”', None, None),
        Q('“These are America’s proposals to help America’s parks,”', None, "Dirk Kempthorne"),
        Q('“Today we are ready', 'vision and ideas.”', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Secretary of the Interior Dirk Kempthorne", "Secretary Kempthorne"]},
),
dict(
    id="gov-en-nps-2017-09-29-national-public-lands-day",
    source="https://www.nps.gov/orgs/1207/09-29-2017-npld.htm",
    license=PD, retrieved=PAGES + " (NPS news release of September 29, 2017; the site line 'News Release' and the contact line dropped, the date line kept; the stored page has no headline; the list item 'Choose from five different work projects ...', cut in the stored copy, dropped; the item 'Spruce up ...' has no final period as stored; the ʻokina of '‘aina' typed as ‘ and the apostrophe of 'Hawai’i' as stored (H1057))",
    text='''News Release Date: September 29, 2017
National parks throughout the country will celebrate National Public Lands Day on Saturday, September 30. All national parks will waive entrance fees and many will sponsor volunteer work events.
“From local playgrounds to national parks, public lands provide places to learn, play, exercise, and relax,” said Acting National Park Service Director Michael T. Reynolds. “Everyone is invited to come together on National Public Lands Day to nurture and enjoy these important places.”
National Public Lands Day is the country’s largest one-day commemoration of shared spaces. There is something for everyone. Visit a national park for free. Attend a special event. Or lend a hand to improve the land.
More than 200,000 people are expected to participate in volunteer events at more than 2,600 sites throughout the country. In national parks, volunteers will construct fences, build trails, restore native habitats, and refurbish historic buildings, among other projects. Volunteers on National Public Lands Day who participate in a service project will receive vouchers for free entrance to a national park for future use.
Following are just a few examples of work projects taking place in national parks on Saturday. Visit NPS.gov for more information.
Pick up litter and scrape gum off historic buildings as part of “Operation: Gum Drop Removal” in Cabrillo National Monument in California.
Pull invasive species and replace them with native plants at Hamilton Grange National Memorial in New York – the home of Alexander Hamilton.
Help preserve the ‘aina (land) in Hawai’i Volcanoes National Park in Hawaii by cutting invasive Himalayan ginger along park trails.
Spruce up the Malus Beauregard house and the Chalmette boat landing in Jean Lafitte National Historical Park & Preserve in Louisiana''',
    quotes=[
        Q('“From local playgrounds', 'and relax,”', "Michael T. Reynolds"),
        Q('“Everyone is invited', 'important places.”', "Michael T. Reynolds"),
        Q('“Operation: Gum Drop Removal”', None, None),
    ],
    aliases={"Michael T. Reynolds": ["Acting National Park Service Director Michael T. Reynolds"]},
),
dict(
    id="gov-en-113wg-2011-04-command-chief-muncy-tell-their-story",
    source="https://www.113wg.ang.af.mil/News/Article-Display/Article/448002/air-national-guard-command-chief-urges-airman-to-tell-their-story/",
    license=PD, retrieved=PAGES + " (113th Wing Public Affairs story of April 2011; the metadata bullets '• Published', '• By Tech. Sgt Gareth Buckland', '• 113WG Public Affairs' dropped; the paragraph 'After the town hall meeting the Command Chief had the opportunity ...', cut in the stored copy, dropped; the missing period after 'asked the group' and the straight and curly marks as stored)",
    text='''Air National Guard Command Chief Urges Airman to “Tell Their Story”
The Air National Guard's highest ranking enlisted person emphasized the contributions of National Guard Airmen in shaping the foundation of the United States during his visit to the 113th Wing, District of Columbia Air National Guard, April 17, 2011.
Command Chief Master Sgt. Christopher Muncy, Air National Guard Command Chief was invited to talk with enlisted members in an informal town hall meeting during which he encouraged Airman to tell their story and the importance of telling their story.
"Are you telling your story?" Command Chief Muncy asked the group "Are you telling them who you are as an Air Guardsman, because that is the only way they are going to know who you are."
Command Chief Muncy said as budgets throughout the Air Force continue to shrink, educating the total force about the importance of the Air Guard's role continues to shrink proportionately.
As one example, he cited the Air Guard-specific instruction at the Air Force Senior NCO Academy. During the 18-week instruction, only one hour is devoted to telling the Air National Guard story. The Air Force recently proposed cutting the hour-long session out of their NCOA completely, he said.
He believes this de-emphasis on the importance of Air Guard missions continue to perpetuate misconceptions about the Air National Guard.
Command Chief Muncy said, "In D.C., how are Congressional members going to know that this is the money we need, this is the equipment we need, how do they know ... by you telling your story."
"We have an identity crisis people need to know who we are. It is a budget fight and it is escalating, and is now trickling down to defense," he added.''',
    quotes=[
        Q('“Tell Their Story”', None, None),
        Q('"Are you telling your story?"', None, "Christopher Muncy"),
        Q('"Are you telling them who you are', 'know who you are."', "Christopher Muncy"),
        Q('"In D.C., how are Congressional members', 'telling your story."', "Christopher Muncy"),
        Q('"We have an identity crisis', 'down to defense,"', "Christopher Muncy"),
    ],
    aliases={"Christopher Muncy": ["Command Chief Master Sgt. Christopher Muncy", "Command Chief Muncy"]},
),
dict(
    id="gov-en-wing-2015-10-wisconsin-128th-arw-middle-east-sendoff",
    source="http://content.govdelivery.com/accounts/WIDMA/bulletins/11d2f99",
    license=PDS, retrieved=PAGES + " (Wisconsin National Guard Public Affairs release of October 2, 2015, as sent by e-mail bulletin; the lines 'Having trouble viewing this email? View it as a Web page.', 'News:', '10/02/2015 09:33 AM CDT' and the contact line dropped, the date line kept; the paragraph '\"The oaths we have taken remind us ...\" Wahl said. ...', cut in the stored copy, dropped, so Lt. Col. Andy Wahl has no quotation here)",
    text='''Wisconsin Air Guard members prepare to support Middle East mission
October 2, 2015
MILWAUKEE - Gov. Scott Walker, Maj. Gen. Don Dunbar, Wisconsin adjutant general, U.S. Sen. Ron Johnson and senior Wisconsin National Guard leaders joined community members and families at a Sept. 29 sendoff ceremony for members of the Wisconsin Air National Guard's 128th Air Refueling Wing, who will begin deploying to the Middle East to support Operations Inherent Resolve and Operation Freedom's Sentinel.
Col. Dan Yenchesky, commander of the Milwaukee-based unit, explained that five KC-135 refuelers and more than 140 Airmen would deploy in a series of rotations beginning Sept. 29 and over several weeks to support the Air Force's largest combat squadron.
"The five KC-135s from the 128th will be just a fraction of the fleet of coalition and U.S. tankers that it takes to run an air campaign day after day, night after night for operations in support of Iraq, Syria, Afghanistan, the Persian Gulf and Yemen," Yenchesky said. "This is a historic time. Our nation is relying on the Air National Guard, and the tanker community in particular, more than at any time in our history. And our Air National Guard continues to deliver."
Yenchesky told Lt. Col. Andy Wahl, who will command the deploying group of Airmen and refuelers, that there is no higher honor or responsibility than to go into combat operations with Airmen under his command.
"We have full confidence you will make us proud," Yenchesky said.
Wahl told the audience that military service is a higher calling.''',
    quotes=[
        Q('"The five KC-135s', 'Persian Gulf and Yemen,"', "Dan Yenchesky"),
        Q('"This is a historic time.', 'continues to deliver."', "Dan Yenchesky"),
        Q('"We have full confidence you will make us proud,"', None, "Dan Yenchesky"),
    ],
    aliases={"Dan Yenchesky": ["Col. Dan Yenchesky", "Yenchesky"]},
),
dict(
    id="gov-en-wing-2011-12-wisconsin-air-guard-airmen-honored",
    source="https://military-online.blogspot.com/2011/12/wisconsin-air-national-guard-airmen.html",
    license=PDB, retrieved=PAGES + " (Wisconsin National Guard Public Affairs story 'Wisconsin Air National Guard Airmen honored for service' of December 2011, reposted verbatim on a blog of US military news; two stored copies of this URL: the one used begins with the first paragraph (no blog date, headline or byline) and runs further than the other, which has the headline and the byline 'Wisconsin National Guard Public Affairs Office'; the paragraph '\"There was a time when our country thought ...\" Dunbar said. \"Not today - we are p...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Senior Wisconsin National Guard leaders recognized Airmen for deployments and meritorious service at Volk Field Combat Readiness Training Center Dec. 3 and the 128th Air Refueling Wing in Milwaukee Dec. 4.
"Every Air National Guard family member has proudly served and supported the Air National Guard mission," master of ceremonies 1st Lt. Orman House said at the Volk Field ceremony Dec. 3. "We hope that every spouse or significant other, child and extended family member knows the important role they have in what we do."
Gov. Scott Walker, commander-in-chief of the Wisconsin National Guard, thanked the Airmen at Volk Field for their service and sacrifice.
"We take it for granted that, come Christmastime we'll have our families together, and many of you won't always be together with family," he said. "We appreciate that sacrifice.
"You are the best and brightest we have to offer in this state," Walker continued. "Not just when you're deployed, but for what you do every day. Thank you for what you're doing to be willing, prepared and qualified to accept that call when it comes. If we didn't have the National Guard, we would not be the country we are today."
Brig. Gen. John McCoy, commander of the Wisconsin Air National Guard, observed that the term "hometown hero" may call to mind sports legends.
"I like to talk about our heroes, and really America's true heroes," McCoy said. "They don't have numbers on the front and back of their uniforms. We truly are the Citizen Soldiers, Citizen Airmen, citizen military that this country depends on."
Maj. Gen. Don Dunbar, adjutant general of Wisconsin, told Airmen at Volk Field that Congress recently recommended that the chief of the National Guard be given a seat on the Joint Chiefs of Staff, and that it was the performance of the Soldiers and Airmen of the National Guard who prompted that action.''',
    quotes=[
        Q('"Every Air National Guard family member', 'National Guard mission,"', "Orman House"),
        Q('"We hope that every spouse', 'in what we do."', "Orman House"),
        Q('"We take it for granted', 'together with family,"', "Scott Walker"),
        Q('"We appreciate that sacrifice.', None, "Scott Walker"),
        Q('"You are the best and brightest', 'in this state,"', "Scott Walker"),
        Q('"Not just when you\'re deployed', 'we are today."', "Scott Walker"),
        Q('"hometown hero"', None, None),
        Q('"I like to talk about our heroes', 'true heroes,"', "John McCoy"),
        Q('"They don\'t have numbers', 'country depends on."', "John McCoy"),
    ],
    aliases={"Orman House": ["1st Lt. Orman House"], "Scott Walker": ["Gov. Scott Walker", "Walker"],
             "John McCoy": ["Brig. Gen. John McCoy", "McCoy"]},
),
dict(
    id="gov-en-931arg-2014-03-flag-for-silver-star-recipients-sister",
    source="http://military-online.blogspot.com/2014_03_12_archive.html",
    license=PDB, retrieved=PAGES + " (931st Air Refueling Group Public Affairs story of March 11, 2014, reposted verbatim on a blog of US military news; daily archive page: the blog date line 'Wednesday, March 12, 2014' dropped, headline and byline lines kept; the paragraph '\"In his last few years some of the stories started to come out,\" s...', cut in the stored copy, dropped; the double blanks after 'World War II.' and after 'said' as stored)",
    text='''931st Commander presents flag to family of Wichita Silver Star recipient
by Master Sgt. Brannen Parrish
931st Air Refueling Group Public Affairs
3/11/2014 - MCCONNELL AIR FORCE BASE, Kan. -- The 931st Air Refueling Group commander presented a flag to the sister of a deceased World War II Silver Star recipient at the Joseph H. Herndon II Veterans of Foreign Wars and American Legion post in Derby, March 10.
The flag was flown over McConnell last winter and presented to Ginny Webb of Wichita. Webb was 16 when her brother, Ravon Thomas, was drafted into the Army. Thomas, who was attending Friends University, dutifully left to fight in World War II.  Thomas passed away last August.
Thomas was cited for bravery during Operation Dragoon. His squad leader was tasked with throwing a satchel charge into a German pillbox along the Siegfried Line but was unable to complete the mission due to injury. Thomas volunteered to throw the charge into the pillbox.
The explosion destroyed the fortification, killing three German soldiers and preventing the deaths of hundreds of Allied soldiers on their march east to Germany.
"Ginny, we're all here for you today," said  Col. Mark S. Larson, before he presented the flag. "We're here to honor your brother's memory and to honor the sacrifices you and your family made."
Thomas spoke rarely of his service in World War II. A soldier in the 45th Infantry Division, he witnessed the depths to which humans can sink when they liberated the concentration camp at Dachau.
"He talked about liberating Dachau once, and I could see how deeply it affected him and I could understand why it was probably better for him not to talk about it," said Webb.
But there were other things about Thomas' service his family never knew until the last couple of years of his life. After he passed away last August they discovered he was a recipient of the Silver Star.''',
    quotes=[
        Q('"Ginny, we\'re all here for you today,"', None, "Mark S. Larson"),
        Q('"We\'re here to honor', 'your family made."', "Mark S. Larson"),
        Q('"He talked about liberating Dachau', 'talk about it,"', "Ginny Webb"),
    ],
    aliases={"Mark S. Larson": ["Col. Mark S. Larson"], "Ginny Webb": ["Webb"]},
),
]
