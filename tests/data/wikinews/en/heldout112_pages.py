# Held-out English news pages (tests/data/heldout112-en.jsonl), none of them used in an earlier set. These texts are
# stored web pages (the `pages` search corpus) of US military base and unit news on ceremonies, training and community
# events: two Marine Corps Air Ground Combat Center Twentynine Palms stories (May 2014, 3rd Battalion, 4th Marines
# volunteering in San Diego; May 2017, the Memorial Day service at the Twentynine Palms cemetery), the 2006 story on the
# Combat Center's memorial for fallen Marines and sailors (hqmc.marines.mil), I MEF's 2018 story on community outreach
# (marines.mil), Marine Corps Logistics Base Barstow's 2020 DVIDS story on base beautification volunteers, the Army.mil
# story on Fort Carson's 2012 community covenant signing in Westcliffe, three DVIDS stories (Navy Recruiting District New
# York's educator orientation visit, the 2017 TRADOC Best Warrior Competition, the 926th Security Forces Squadron's 2020
# assumption of command), NSA Hampton Roads' 2025 DVIDS story on Servicing Our Schools Day and Norfolk Naval Shipyard's
# 2020 story on its Sailors helping STARBASE Victory (navsea.navy.mil). All are US government works in the public domain
# (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Site lines,
# photo captions (also those with quotations), bylines, date and dateline metadata lines and repeated page titles are
# dropped; the indentation of the DVIDS copies is removed; wording, spelling ('a first-time things', 'Cap. Stephen Lee',
# 'harms way'), spacing inside paragraphs and quotation marks (straight, curly and mismatched) are as stored. Annotated by
# reading the pages, before whosaid was run on them (rules H810-H813 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout112-en.jsonl

Built by `build.py` from `heldout112_pages.py`. Like heldout105-en and the earlier US-government sets, these texts are
stored web pages (the `pages` search corpus), this time US military base and unit news on ceremonies, training and
community events, none of them used in a set above: two Marine Corps Air Ground Combat Center Twentynine Palms stories
(May 2014, 3rd Battalion, 4th Marines volunteering at a San Diego shelter; May 2017, the Memorial Day service at the
Twentynine Palms cemetery), the Combat Center's November 2006 memorial for fallen Marines and sailors
(hqmc.marines.mil), I Marine Expeditionary Force's February 2018 story on community outreach (marines.mil), Marine
Corps Logistics Base Barstow's September 2020 DVIDS story on base beautification volunteers, the Army.mil story on Fort
Carson's 2012 Army Community Covenant signing with Westcliffe and Silver Cliff, three DVIDS stories (Navy Recruiting
District New York's educator orientation visit to San Diego, the July 2017 TRADOC Best Warrior Competition, the July
2020 assumption of command of the 926th Security Forces Squadron at Nellis Air Force Base), Naval Support Activity
Hampton Roads' August 2025 DVIDS story on Servicing Our Schools Day in Chesapeake and Norfolk Naval Shipyard's 2020
story on its Sailors helping STARBASE Victory (navsea.navy.mil). All are US government works in the public domain
(17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, photo captions,
bylines and metadata lines were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared
8-word sequence). The annotation (rules H810–H813 in `ANNOTATION.md` on top of the earlier rules) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usmc-29palms-2014-05-25-darkside-marines-support-community",
    source="https://www.29palms.marines.mil/Articles/Article/499728/darkside-marines-support-community/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center Twentynine Palms story of May 25, 2014; the site lines, the photo caption with its quotation of Jewell and the byline line '25 May 2014 | Lance Cpl. Paul S. Martinez ...' dropped; the paragraph 'The group arrived at the St. Vincen...', cut in the stored copy, dropped)",
    text='''‘Darkside’ Marines support community
Every Marine a rifleman. These words have no truer meaning to the Marines of 3rd Battalion, 4th Marines, 7th Marine Regiment, which is currently known as the most deployed Marine Corps battalion throughout Operation Enduring Freedom. These Marines underwent a different mission in the early hours on May 25, 2014, one that afforded them the opportunity to serve the community in between their periods of serving the nation.
Marines and sailors with 3/4 traveled to San Diego to volunteer at a shelter and participate in a military recognition ceremony in a San Diego Padres baseball game at Petco Park, May 25, 2014.
“We wanted to do something for our single Marines for some time,” said Navy Lt. Travis Jewell, Chaplain, 3/4. “We’re getting ready to case the colors soon and we thought about a combination of community relations and fun.”
According to Jewell, the battalion was familiar with reaching out to the community, but this time around, the Marines and sailors would be setting foot in a new location and earning a seat at a baseball game for their morning of work.
“We’ve done community relations, such as adopt-a-school and school visits since coming back from deployment, but [the shelter and game] were a first-time things for 3/4,” Jewell said.''',
    quotes=[
        Q('‘Darkside’', None, None),
        Q('“We wanted to do something', 'for some time,”', "Travis Jewell"),
        Q('“We’re getting ready', 'relations and fun.”', "Travis Jewell"),
        Q('“We’ve done community relations', 'things for 3/4,”', "Travis Jewell"),
    ],
    aliases={"Travis Jewell": ["Navy Lt. Travis Jewell", "Jewell"]},
),
dict(
    id="usmc-29palms-2017-05-29-combat-center-honors-fallen-heroes",
    source="https://www.29palms.marines.mil/Articles/Article/1200939/combat-center-joins-community-in-honoring-fallen-heroes/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center Twentynine Palms story of May 29, 2017; the site lines, the photo caption and the byline line '29 May 2017 | Courtesy Story ...' dropped; the paragraph 'Mari...', cut in the stored copy, dropped)",
    text='''Combat Center joins community in honoring fallen heroes
For nearly 150 years, since the end of the Civil War, Americans have honored their fallen heroes. In 1971, Congress passed into law that Memorial Day would be recognized as a federal holiday on the last Monday of every May. The Combat Center participated in a service was held at the Twentynine Palms Cemetery, May 29, to honor those who paid the ultimate sacrifice in defense of the United States.
Members of the local community, relatives of service members, veterans of past conflicts, and several active-duty Marines from the base attended the ceremony.
For the event, Combat Center Commanding General Brig. Gen. William F. Mullen III served as the guest speaker and the invocation and benediction was delivered by U.S. Navy Cap. Stephen Lee, director, Combat Center Religious Ministries.
Mullen began his address with a reminder of why we recognize the holiday. “Remember that each and every one of those who fell was also a person with a story, a family, and a life that was cut too short,” Mullen said. “Over the past 31 years, I have seen young Americans killed in action, many of whom I knew personally. Memorial Day is no longer just a holiday for me, it has not been that way for many years. I know the names, faces, stories and sometimes families of those who made the ultimate sacrifice.”''',
    quotes=[
        Q('“Remember that each and every one', 'cut too short,”', "William F. Mullen III"),
        Q('“Over the past 31 years', 'the ultimate sacrifice.”', "William F. Mullen III"),
    ],
    aliases={"William F. Mullen III": ["Brig. Gen. William F. Mullen III", "Mullen"]},
),
dict(
    id="usmc-hqmc-2006-11-01-fallen-marines-sailors-honored",
    source="https://www.hqmc.marines.mil/News/News-Article-Display/Article/552424/fallen-marines-sailors-honored-by-combat-center-community/",
    license=PD, retrieved=PAGES + " (Marine Corps story of November 1, 2006 on the Combat Center's memorial; the photo caption and the byline line '1 Nov 2006 | Lance Cpl. Nicole A. LaVine' dropped; the paragraph 'Chaplain Diana Lantz, ... Lantz was one of the chaplain...', cut in the stored copy, dropped)",
    text='''Fallen Marines, sailors honored by Combat Center, community
A memorial service was held at the Catholic Chapel Nov. 1 in honor of fallen Combat Center heroes who died in support of Operation Iraqi Freedom.
The annual memorial, which takes place during November every year, honored 119 fallen Marines and sailors from Combat Center units. Each fallen brother’s name was read aloud by one of the eight chaplains attached to Combat Center units, followed by the ringing of a bell. There were at least 50 Marines and sailors at the memorial who specifically acted as representatives of the 50 deployed units.
A Catholic fraternal society called the Knights of Columbus also attended the memorial. The K of C society, which has more than 1.7 million members, is well known for its charitable assistance, war relief and educational and social welfare efforts. The men of the K of C, dressed in their fine uniforms and standing tall near the back of the chapel, paid their respects by occasionally lifting their feather-covered hats in sync.
The memorial was combined with the Catholic celebration of the Feast of All Saints. Father Thomas P. Hall, the organizer of the memorial service, said he wanted to have the memorial on the same day as the Feast of All Saints, because that meant more people would attend the service. The more people who attended, he said, meant more people to pray for the fallen troops. Hall referred to the fallen service members as saints of our modern age.
"Saints," he said, "are not these divine, perfect beings. Saints are just people in general."''',
    quotes=[
        Q('"Saints,"', None, "Thomas P. Hall"),
        Q('"are not these divine', 'people in general."', "Thomas P. Hall"),
    ],
    aliases={"Thomas P. Hall": ["Father Thomas P. Hall", "Hall"]},
),
dict(
    id="usmc-imef-2018-02-02-marines-strengthen-community-ties",
    source="http://www.marines.mil/News/News-Display/Article/1435697/i-mef-marines-strengthen-community-ties/",
    license=PD, retrieved=PAGES + " (I Marine Expeditionary Force story of February 2, 2018; the photo caption and the byline line '2 Feb 2018 | Lance Cpl. Cutler Brice The Official United States Marine Corps Public Website' dropped; the trailing space of the fourth body paragraph removed; the paragraph 'Marines hold themselves to a higher standard, ...', cut in the stored copy, dropped)",
    text='''I MEF Marines strengthen community ties
Honor, courage and commitment are the values that define every Marine. They are bound by these values that guide their moral compass on and off the battlefield. When Marines are not deployed, they can sometimes be found in their neighborhoods representing these distinguishing values through community outreach events.
In 2017, I Marine Expeditionary Force Marines and Sailors supported more than 140 community events by providing color guards, educational static and mobile displays, military working dog demonstrations, vocalists and guest speakers. Some were as large as the San Diego County Credit Union Holiday Bowl and Parade or the 58th annual City of Torrance Armed Forces Day Parade, events that hosted more than 100,000 spectators.
“It’s always an exciting experience to see little kids’ faces light up when they see military vehicles roll down the street,” said 1st Lt. Eric Davis, platoon commander, Company B, 1st Light Armored Reconnaissance Battalion, after participating in the SDCCU Holiday Bowl Parade.
These community events provide Marines with an opportunity to interact with community members on a one-on-one basis.
“It’s about connection,” said Frank Pulley, a member of the Marine Corps Association and Foundation. “The more Marines that connect with the community, it provides a positive representation of the command and display of Marine Corps’ core values.”''',
    quotes=[
        Q('“It’s always an exciting experience', 'down the street,”', "Eric Davis"),
        Q('“It’s about connection,”', None, "Frank Pulley"),
        Q('“The more Marines that connect', 'core values.”', "Frank Pulley"),
    ],
    aliases={"Eric Davis": ["1st Lt. Eric Davis"]},
),
dict(
    id="dvids-mclb-barstow-2020-09-10-base-beautification-volunteers",
    source="https://www.dvidshub.net/news/381905/marines-and-civilians-volunteer-tackle-base-beautification-goals",
    license=PD, retrieved=PAGES + " (Marine Corps Logistics Base Barstow story by Laurie Pearson, September 10, 2020, on DVIDS; the site lines, the repeated title, the photo caption and the dateline, date, byline and unit lines dropped, the indentation removed; the paragraph 'As is typical of the Marines, ...', cut in the stored copy, dropped)",
    text='''Marines and civilians volunteer to tackle base beautification goals
Marines, civilians and their families take pride in base beautification aboard Marine Corps Logistics Base Barstow, California.
Orchestrated by Sgt. Major Edward Kretschmer, base sergeant major, volunteers of five to a dozen individuals come together every other Saturday to engage in projects such as painting, removing tumbleweeds, and trash clean-up.
“One of the goals is to encourage Marines and civilians to take pride in the base,” Sgt. Major Kretschmer said. “We want to remind people that this is a Marine Corps installation. Anyone who comes on the base should see that the Marines here care about where they live and work.”
The projects, thus far, have included painting curbs, church steps and cleaning up in front of various buildings, to include building 15, where the command staff work and represent the base.
“We’ve removed tumbleweeds around the base, painted the wall near the front gate, split firewood, painted poles, moved the thrift store, picked up trash, deep-watered trees, pulled weeds, and painted the beer garden,” Kretschmer said.''',
    quotes=[
        Q('“One of the goals', 'pride in the base,”', "Edward Kretschmer"),
        Q('“We want to remind people', 'live and work.”', "Edward Kretschmer"),
        Q('“We’ve removed tumbleweeds', 'the beer garden,”', "Edward Kretschmer"),
    ],
    aliases={"Edward Kretschmer": ["Sgt. Major Edward Kretschmer", "Sgt. Major Kretschmer", "Kretschmer"]},
),
dict(
    id="army-2012-fort-carson-westcliffe-community-covenant",
    source="https://www.army.mil/article/87613/Leaders_partner_with_Fort_Carson",
    license=PD, retrieved=PAGES + " (Army.mil story 'Leaders partner with Fort Carson', 2012; the stored part has no headline and begins with the dateline; the paragraph 'The covenant is designed to develop and foster ...', cut in the stored copy, dropped)",
    text='''FORT CARSON, Colo. -- Leaders of the communities of Westcliffe and Silver Cliff hosted Fort Carson leaders Tuesday to sign a partnership committed to recognizing the strength of Soldiers and Families and the support of the public.
Held at the Custer County High School gymnasium, the Army Community Covenant signing highlights and recognizes the numerous ties and bonds Fort Carson has with the Westcliffe and Silver Cliff communities.
"The community covenant was created by the Secretary of the Army to display support of the community to come together making a commitment to show their dedication to our military and their Families," said Terrance McWilliams, a former Fort Carson command sergeant major and current military director for the El Pomar Foundation, during his introduction remarks.
"The strength of the community comes from the support of employers, educators, civic and business leaders and its citizens," McWilliams said.
"This is another historic day for the Army and the Westcliffe community that dates back to October of 1959, which was the time of the big snowstorm that left about 10,000 cattle stranded without food. Soldiers came to help, battling waist-deep snow to save the cattle and would gladly help again if needed, just as they did a couple months ago with the Waldo Canyon Fire," said Maj. Gen. Joseph Anderson, commanding general, 4th Infantry Division and Fort Carson.
The Westcliffe community, along with Dave Roever at Eagles Summit Ranch, hosted an event called "Outdoor Buddies," that pays tribute to wounded warriors and their Families. Soldiers from the 10th Combat Support Hospital, a partner unit, participate in Custer County events each year and recently participated in the Memorial Day parade, Anderson said.''',
    quotes=[
        Q('"The community covenant', 'their Families,"', "Terrance McWilliams"),
        Q('"The strength of the community', 'its citizens,"', "Terrance McWilliams"),
        Q('"This is another historic day', 'Waldo Canyon Fire,"', "Joseph Anderson"),
        Q('"Outdoor Buddies,"', None, None),
    ],
    aliases={"Terrance McWilliams": ["McWilliams"], "Joseph Anderson": ["Maj. Gen. Joseph Anderson", "Anderson"]},
),
dict(
    id="dvids-nrd-new-york-educators-glimpse-navy-life",
    source="https://dvidshub.net/news/283422/new-york-and-new-jersey-educators-get-first-hand-glimpse-navy-life",
    license=PD, retrieved=PAGES + " (DVIDS story 'New York and New Jersey educators get first-hand glimpse of Navy life' on Navy Recruiting District New York's Education Orientation Visit; the stored part has no headline; the closing mark after 'can provide.' is an opening curly mark, as stored; the paragraph '”It’s an opportunity to show off our Navy ...', cut in the stored copy, dropped)",
    text='''Navy Recruiting District New York selected six educators from different schools and paid for them to fly to San Diego to get a first-hand look at how the Navy and its Sailors operate.
Through the Education Orientation Visit Feb. 13-16, seven Navy commands were visited with the goal of showing the educators the various facets of the Navy and the many career paths available to their students.
“The EOV program is an important component of Navy recruiting; it provides educators and other key influencers who have minimal knowledge and exposure to Navy service an opportunity to see first-hand what life is like for Sailors in the Fleet,” said Cmdr. Christian Gaskill, the commanding officer of Navy Recruiting District New York. “I think the entire experience gives educators a better understanding and appreciation of the opportunities and benefits Navy service can provide.“
After a detailed presentation on Basic Underwater Demolition/SEAL (BUD/S) training, the team was given a tour of the training compound and handled some of the weapons SEALs use in combat operations. They then boarded the guided-missile cruiser USS Lake Erie (CG 70) and were briefed on all the different types of jobs Sailors have and how they come together to make the ship operational.
“The SEAL training and on board the USS Lake Erie gave us a better perspective on what Sailors all go through before deploying overseas in harms way,” said Lorraine Aylmer, from North Rockland High School.
The group got a personal tour of the San Diego Bay aboard a Maritime Prepositioning Force Utility Boat with Sailors from Assault Craft Unit 1, ate chow in the galley of Naval Amphibious Base Coronado and visited the Navy Medical Center during the trip where they heard from presenters on their backgrounds, career paths and future aspirations.''',
    quotes=[
        Q('“The EOV program', 'in the Fleet,”', "Christian Gaskill"),
        Q('“I think the entire experience', 'can provide.“', "Christian Gaskill"),
        Q('“The SEAL training', 'in harms way,”', "Lorraine Aylmer"),
    ],
    aliases={"Christian Gaskill": ["Cmdr. Christian Gaskill"]},
),
dict(
    id="dvids-2017-07-21-tradoc-best-warriors-named",
    source="https://www.dvidshub.net/news/242068/mccarthy-record-named-tradoc-best-warriors",
    license=PD, retrieved=PAGES + " (DVIDS story 'McCarthy, Record named TRADOC best warriors', July 21, 2017; the stored part has no headline and begins with the date line and the photo caption, both dropped, then with the paragraph 'The BWC doesn’t just test Soldiers ...'; the indentation removed; the paragraph '“The mystery event caught...', cut in the stored copy, dropped)",
    text='''The BWC doesn’t just test Soldiers on “10-level skills, battle drill and basic knowledge,” said Record, a rigger with the U.S. Army Airborne School at Fort Benning, Georgia. “It tests Soldiers in all the skills they should know.”
Some people believe “TRADOC Soldiers aren’t as hooah as other Soldiers,” said Command Sgt. Maj. David Davenport, TRADOC’s senior enlisted leader, prior to announcing the winners. “I guarantee if you talk to the men and women on that field and they would tell you they are just as hooah as anyone in the Army.”
One way to do that was to be fit, disciplined and well-trained. The three outcomes were tested rigorously over the week.
Competitors faced medical testing Monday; an Army Physical Fitness Test, combatives and appeared before a board Tuesday; Victory Tower, weapons qualification and a live-fire exercise Wednesday; the Fit to Win 2 obstacle course and situational training exercises Thursday; and culminated with the Friday morning ruck march.
Hot, humid temperatures and a surprise event threw the competitors for a loop. High temperatures caused distractions while wearing body armor during STX lanes testing, while some events had to be paused as nightly thunderstorms rolled in.
Competitors faced a task not many, especially junior enlisted Soldiers, would see every day – writing an operations order and planning a platoon training event in under two hours.''',
    quotes=[
        Q('“10-level skills', 'basic knowledge,”', "Record"),
        Q('“It tests Soldiers', 'should know.”', "Record"),
        Q('“TRADOC Soldiers aren’t', 'other Soldiers,”', "David Davenport"),
        Q('“I guarantee', 'anyone in the Army.”', "David Davenport"),
    ],
    aliases={"David Davenport": ["Command Sgt. Maj. David Davenport"]},
),
dict(
    id="dvids-2020-07-27-926th-sfs-welcomes-new-commander",
    source="https://www.dvidshub.net/news/374657/926th-sfs-welcomes-new-commander",
    license=PD, retrieved=PAGES + " (DVIDS story '926th SFS welcomes new commander', July 27, 2020; the stored part has no headline and begins with the date line and the photo caption, both dropped; the indentation and the blank lines between paragraphs removed; the stored copy ends after the fourth paragraph)",
    text='''NELLIS AIR FORCE BASE, Nev. — Lt. Col. Michael Kirk assumed command of the 926th Security Forces Squadron, during a modest Assumption of Command ceremony, June 24, 2020, at Nellis Air Force Base, Nevada.
Col. Sean Carpenter, 926th Wing commander, presided over the ceremony, which was modified due to COVID-19 social distancing restrictions.
The AoC ceremony is an official and formal ceremony deeply rooted in military tradition. It is a visible means of handing the reins of command to the new commander. As the squadron flag is given, it represents the responsibility and authority being transferred.
“I am looking forward to leading people, to working with my Airmen and seeing them get ready for our mission,” said Kirk. “I’m looking forward to having them take ownership of the squadron and to want to say ‘I’m a member of the 926th Security Forces Squadron’.”''',
    quotes=[
        Q('“I am looking forward', 'for our mission,”', "Michael Kirk"),
        Q('“I’m looking forward', 'Squadron’.”', "Michael Kirk"),
    ],
    aliases={"Michael Kirk": ["Lt. Col. Michael Kirk", "Kirk"]},
),
dict(
    id="dvids-2025-08-27-nsa-hampton-roads-servicing-our-schools-day",
    source="https://www.dvidshub.net/news/546745/sailors-volunteer-throughout-chesapeake-support-servicing-our-schools-day",
    license=PD, retrieved=PAGES + " (DVIDS story of Naval Support Activity Hampton Roads, August 27, 2025; the stored part has no headline and begins with the date line and the photo caption, both dropped; the blank lines between paragraphs removed; the paragraph 'In addition to Greenbrier Elementary, ... B.M. Williams Elementa...', cut in the stored copy, dropped)",
    text='''CHESAPEAKE, Va. – More than 180 Sailors from Naval Support Activity (NSA) Hampton Roads and tenant commands volunteered at 39 Chesapeake Public Schools on August 27, 2025, assisting teachers and staff in preparing for the first day of school.
Now in its ninth year, “Servicing Our Schools Day” is a partnership between the Navy and Chesapeake Public Schools designed to provide hands-on support before the start of the academic year.
Sailors assisted with moving furniture, distributing textbooks, issuing laptops, setting up classrooms, and completing other tasks identified by school administrators and teachers.
NSA Hampton Roads Commanding Officer Captain Matthew Olson and Command Master Chief (CMC) William Palmer joined volunteers at Greenbrier Elementary School, where they also met with Chesapeake Public Schools district leadership.
“The Navy is proud to serve—at sea, on land, and in our schools. Servicing Our Schools is more than a day of volunteering; it’s a demonstration of our commitment to building stronger communities, one classroom at a time,” said Captain Matthew Olson.''',
    quotes=[
        Q('“Servicing Our Schools Day”', None, None),
        Q('“The Navy is proud to serve', 'at a time,”', "Matthew Olson"),
    ],
    aliases={"Matthew Olson": ["Captain Matthew Olson"]},
),
dict(
    id="navsea-2020-nnsy-sailors-support-starbase",
    source="https://www.navsea.navy.mil/Media/News/Article-View/Article/2433210/from-the-classroom-to-the-home-norfolk-naval-shipyards-sailors-support-starbase/",
    license=PD, retrieved=PAGES + " (Norfolk Naval Shipyard story 'From the classroom to the home: Norfolk Naval Shipyard's Sailors support STARBASE', 2020, on navsea.navy.mil; the stored part has no headline and begins with the dateline on a line of its own, kept; the paragraph 'With virtual lessons to prepare, ...', cut in the stored copy, dropped)",
    text='''NORFOLK NAVAL SHIPYARD, Portsmouth, Va. –
In 2002, Executive Director Bill Hayden, the founder of Science and Technology Academies Reinforcing Basic Aviation and Space Exploration (STARBASE) Victory at Victory Elementary School in Portsmouth, VA coordinated with Norfolk Naval Shipyard’s (NNSY) then Shipyard Commander Capt. Mark Hugel to help jump start the nonprofit school program to life. A dozen NNSY Sailors were engaged to STARBASE’s first facility to clean up, paint and assemble desks and chairs. This program would go on to provide further Science, Technology, Environment, and Math (STEM) education to the potential future employees of America’s Shipyard. Thus when COVID-19 struck this year and forced students to attend school from home, NNSY came to help STARBASE teachers make project packages so Portsmouth students could better continue their education.
“We conduct the class from here in the school, but we have to mail them the packages first so the kids can do it at home,” said Hayden. “Most of the items in the kits are probably in their home, but the children may not know where they are, and the parents may or may not be there to help.” After they get the packages, the students follow their teachers via video conference. “We have the children follow along through an application called Schoology, which is a learning management system—something I didn’t even know how to say three weeks ago,” STARBASE teacher Bill Lee chuckled. “The first virtual classroom I ever saw was the first one that I taught.”''',
    quotes=[
        Q('“We conduct the class', 'do it at home,”', "Bill Hayden"),
        Q('“Most of the items', 'there to help.”', "Bill Hayden"),
        Q('“We have the children', 'three weeks ago,”', "Bill Lee"),
        Q('“The first virtual classroom', 'that I taught.”', "Bill Lee"),
    ],
    aliases={"Bill Hayden": ["Executive Director Bill Hayden", "Hayden"], "Bill Lee": ["STARBASE teacher Bill Lee"]},
),
]
