# Held-out English news texts (tests/data/heldout89-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US Navy, Marine Corps and Coast Guard news stories, all works of the US government in the
# public domain (17 U.S.C. § 105): a Navy Newsstand story on the frigates USS Gary and USS Vandegrift coming home to
# Yokosuka (2003, copy on globalsecurity.org), two Navy News Service stories reposted on blogs (USS Port Royal and USS
# Hopper back at Pearl Harbor, 2008, mt-milcom.blogspot.com; the submarine USS Seawolf after sea trials, 2012,
# military-online.blogspot.com), a Marine Corps Base Quantico story on quantico.marines.mil (Veterans Day at Quantico
# National Cemetery, 2013), a Combat Center story on 29palms.marines.mil (field day at Landers Elementary School, 2012),
# three Marine Corps stories on dvidshub.net (the 'Rhinos' at Landers Elementary, 2014; a flag planting at a San Diego
# charter school, 2012; second-graders touring Cherry Point aircraft, 2014) and a Marine Corps story on dvidshub.net (the
# Sergeant Major of the Marine Corps' wreath laying at Arlington, 2019), a Coast Guard press release on news.uscg.mil (a
# man overboard off Santa Cruz Island, 2024) and two Coast Guard releases reposted verbatim on coastguardnews.com (two
# boaters off Clearwater, 2020; five boaters off Pensacola, 2021). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). Site lines, blog date lines, bylines, unit lines of the byline, DVIDS 'Date', 'Posted'
# and 'News ID' lines, photo captions, contact lines and the '-USCG-' end mark are dropped; leading spaces of a stored
# line are trimmed; wording, spelling ('Withstanders', 'Sand Diego'), inner spacing and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H580-H585 in ANNOTATION.md on top of H1-H545).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout89-en.jsonl

Built by `build.py` from `heldout89_pages.py`. Like heldout25-en, heldout29-en, heldout33-en, heldout38-en, heldout68-en,
heldout76-en and heldout85-en, these texts are stored web pages (the `pages` search corpus) of US military outlets, this
time of the Navy, the Marine Corps and the Coast Guard, none of them used in a set above: a Navy Newsstand story (the
frigates USS Gary and USS Vandegrift home at Yokosuka, 2003; copy on globalsecurity.org), two Navy News Service stories
reposted on blogs (USS Port Royal and USS Hopper home at Pearl Harbor, 2008, mt-milcom.blogspot.com; USS Seawolf back
from sea trials, 2012, military-online.blogspot.com), a Marine Corps Base Quantico story on quantico.marines.mil (Veterans
Day at Quantico National Cemetery, 2013), a Combat Center story on 29palms.marines.mil (field day at Landers Elementary
School, 2012), four Marine Corps stories on dvidshub.net (Marine Wing Support Squadron 374 at Landers Elementary, 2014; a
flag planting at Literacy First Charter School, San Diego, 2012; Brinson Memorial Elementary second-graders at Cherry
Point, 2014; the Sergeant Major of the Marine Corps' wreath laying at Arlington National Cemetery, 2019), a Coast Guard
press release on news.uscg.mil (a man overboard off Santa Cruz Island, 2024) and two Coast Guard releases reposted
verbatim on coastguardnews.com (two boaters off Clearwater, 2020; five boaters off Pensacola, 2021). All are US government
works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site
lines, bylines, DVIDS date and ID lines, photo captions and contact lines were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text). The annotation (rules H580–H585 in `ANNOTATION.md` on top of H1–H545) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="navy-newsstand-2003-07-double-return-marks-end-of-deployment",
    source="https://www.globalsecurity.org/military/library/news/2003/07/mil-030728-c7f01.htm",
    license=PDC, retrieved=PAGES + " (Navy Newsstand story reproduced on globalsecurity.org; the lines 'Navy Newsstand', 'Release Date: 7/28/2003' and the byline 'By Journalist Seaman Patrick Dille, 7th Fleet public affairs' dropped; the headline kept as the first line; the stored copy is cut inside the paragraph after 'Sailors said there were high and low points during the deployment.', which is dropped)",
    text='''Double return marks end of six-month deployment
YOKOSUKA NAVAL BASE, Japan -- It was six months in the making, but it was worth the wait for many.
USS Gary (FFG 51), along with USS Vandegrift (FFG 48), returned here July 26, following a six-month deployment in support of operations Iraqi Freedom and Enduring Freedom in the Arabian Gulf.
As Gary pulled in, Sandra Hobbs stood near the pier with her six-year-old daughter Alyssa.
Alyssa's eyes strained to pick her father out from among those manning the ship's rails.
Sandra's one-year-old son, Connor, sat in a stroller just behind her, holding a small American flag.
The family had been waiting since early morning to see Petty Officer 1st Class Greg Hobbs, a damage controlman aboard the guided missile frigate.
"I think the hour wait is longer than the six month deployment," said Sandra, smiling.
"It's always so hard for my mom," added Alyssa. "She always has to cry."
Yokosuka's Morale, Welfare and Recreation department put up tents outside the pier's gates. A band played Shania Twain covers while workers busily arranged trays of hot bean burritos, soft blueberry bagels and fresh fruit salad. A crowd of anxious spouses, children, and family friends gathered.
Felicia Cambridge and her two children made their way through the gates and down the pier. They were among a small group of family and friends who got to meet their Sailors first. Felicia's husband, Chief Boatswain's Mate Ricky Cambridge, won a raffle for the first kiss. Felicia waited near the front of the group with Ricky Jr., 7 and Brittany, 14.
"My heart is beating," she giggled.
Once they were in each other's arms, they made good on the raffle ticket's promise.
"I've been looking forward to it for three or four months," he said.
Sailors said there were high and low points during the deployment.''',
    quotes=[
        Q('"I think the hour wait', 'six month deployment,"', "Sandra Hobbs"),
        Q('"It\'s always so hard for my mom,"', None, "Alyssa"),
        Q('"She always has to cry."', None, "Alyssa"),
        Q('"My heart is beating,"', None, "Felicia Cambridge"),
        Q('"I\'ve been looking forward', 'four months,"', "Ricky Cambridge"),
    ],
    aliases={"Sandra Hobbs": ["Sandra"], "Felicia Cambridge": ["Felicia"],
             "Ricky Cambridge": ["Chief Boatswain's Mate Ricky Cambridge"]},
),
dict(
    id="nns-2008-05-port-royal-hopper-return-to-pearl-harbor",
    source="https://mt-milcom.blogspot.com/2008/05/hopper-port-royal-return-to-pearl.html?m=0",
    license=PDC, retrieved=PAGES + " (Navy News Service story reposted on the blog mt-milcom.blogspot.com; the stored copy has no headline and begins with the byline 'By Mass Communication Specialist 2nd Class Michael A. Lantron, Commander, Navy Region Hawaii Public Affairs', dropped, and the caption 'USS Port Royal CG-73. US Navy File Photo', dropped; the text begins with the dateline paragraph; the paragraph 'Both ships departed NAVSTA Pearl Harbor Nov. 12, 2007 ...' is cut in the stored copy and dropped)",
    text='''PEARL HARBOR (NNS) -- Sailors of USS Port Royal (CG 73) and USS Hopper (DDG 70) returned to their homeport of Naval Station (NAVSTA) Pearl Harbor May 2 following a six-month deployment to the Western Pacific as part of the Tarawa Expeditionary Strike Group (ESG) in support of the war on terrorism.
"It's fantastic to be home with the family and be able to take some time to relax," said Navy Counselor 1st Class (SW/AW/NAC) Rex Farmley, assigned to Port Royal. "The deployment was amazing, the ship did a lot of wonderful things and it was very well-executed."
As the two ships approached the pier, Hopper was greeted with hula dancers and Port Royal listened to the sounds of the Army 25th Infantry Division Band. Family and friends of the two crews lined the pier waving 'welcome home' signs and cheering the Sailors.
"It's been a long six months, but it's a great feeling to know they're finally home," said the wife of a Port Royal Sailor.
After the ships moored and the brows were in place, the two ships each held "first kiss" ceremonies and Sailors rushed to greet their loved ones waiting on the pier.
"This deployment has proven that our ship is capable of successfully completing any mission it's tasked with," said Cmdr. Jeffrey James, commanding officer of Hopper. "Our crew has risen to the challenge of every task and performed superbly throughout our underway time. Now we are all eager to return to our Ohana and enjoy the beauty of the Hawaiian Islands."''',
    quotes=[
        Q('"It\'s fantastic to be home', 'time to relax,"', "Rex Farmley"),
        Q('"The deployment was amazing', 'very well-executed."', "Rex Farmley"),
        Q("'welcome home'", None, None),
        Q('"It\'s been a long six months', 'finally home,"', None),
        Q('"first kiss"', None, None),
        Q('"This deployment has proven', "it's tasked with,\"", "Jeffrey James"),
        Q('"Our crew has risen', 'Hawaiian Islands."', "Jeffrey James"),
    ],
    aliases={"Rex Farmley": ["Navy Counselor 1st Class (SW/AW/NAC) Rex Farmley"],
             "Jeffrey James": ["Cmdr. Jeffrey James"]},
),
dict(
    id="nns-2012-04-seawolf-completes-sea-trials",
    source="http://military-online.blogspot.com/2012_04_08_archive.html",
    license=PDC, retrieved=PAGES + " (Navy News Service story reposted on the blog military-online.blogspot.com, archive page of the week of April 8, 2012; the blog's date line 'Sunday, April 08, 2012' and the byline 'From Commander, Submarine Development Squadron 5 Public Affairs' dropped; the headline kept as the first line; the paragraph '\"This crew is confident in their abilities ...' is cut in the stored copy and dropped)",
    text='''Seawolf Completes Sea Trials after Maintenance Period at PSNS
BREMERTON, Wash. (NNS) -- The attack submarine USS Seawolf (SSN 21) returned to its homeport of Naval Base Kitsap April 3, after successful sea trials, capping a major maintenance period which lasted more than two years.
"Seawolf has worked hard to return to the fleet, and we are glad to be back at the tip of the spear," said Cmdr. Dan Packer, Seawolf's commanding officer.
For the past 31 months, Seawolf has been at Puget Sound Naval Shipyard and Intermediate Maintenance Facility (PSNS & IMF), where it underwent a $280 million maintenance package as part of a Depot Modernization Period.
PSNS & IMF has handled all intermediate and depot-level maintenance for Seawolf-class submarines since 2008.
"The Seawolf Depot Modernization Period was very challenging for the shipyard, as this was a first-time major availability for this unique submarine," said Greg Wolfe, Seawolf's project superintendent. "An incredibly talented shipyard management team and seamless teamwork with the ship guaranteed our success through the maintenance period."
While underway for sea trials, Seawolf was put through her paces, testing all systems and verifying that the boat had been restored to full combat capability.
"The talent and professionalism this crew demonstrated in getting our ship underway is a testament to the hard work, training, and dedication of all hands during our maintenance period," Packer said.
Seawolf's next challenge includes a series of training and certification periods for improving the crew's warfighting readiness.''',
    quotes=[
        Q('"Seawolf has worked hard', 'tip of the spear,"', "Dan Packer"),
        Q('"The Seawolf Depot Modernization', 'unique submarine,"', "Greg Wolfe"),
        Q('"An incredibly talented', 'maintenance period."', "Greg Wolfe"),
        Q('"The talent and professionalism', 'maintenance period,"', "Dan Packer"),
    ],
    aliases={"Dan Packer": ["Cmdr. Dan Packer", "Packer"]},
),
dict(
    id="quantico-marines-2013-11-veterans-day-at-quantico-national-cemetery",
    source="https://www.quantico.marines.mil/News/Article/518143/base-officials-public-veterans-gather-to-mark-veterans-day/",
    license=PD, retrieved=PAGES + " (Marine Corps Base Quantico news page on quantico.marines.mil; the site lines ('Marines', 'News', 'Base Logo', 'Official U.S. Marine Corps Website', 'Crossroads of the Marine Corps', 'Photo Information'), the photo caption with its credit and the line '11 Nov 2013 | Mike DiCicco Marine Corps Base Quantico' dropped; the headline kept as the first line; the paragraph 'But Comer said Veterans Day is to honor ...' is cut in the stored copy and dropped)",
    text='''Base officials, public, veterans gather to mark Veterans Day
“It’s up to us that every veteran feels that his or her service to this country is appreciated,” John “Jake” Comer, past national commander of the American Legion, told the hundreds gathered at Quantico National Cemetery. While there are countless ways to show appreciation, he added, the simplest is just to say thank you.
Comer, keynote speaker at the Potomac Region Veterans Council’s Veterans Day ceremony on Nov. 11, said veterans need the support of the country they fight for, noting that more service members are being lost to suicide than to enemy forces.
He recalled the hostility that awaited Vietnam War veterans when they returned from their service.
“We swore that would never happen again, and, thank God, it hasn’t,” he said, comparing that reception with the crowds that now greet returning service members with gratitude.
In May, Comer said, the country lost one of its greatest veterans with the death of Army Technical Sgt. Vernon McGarity, who received the Medal of Honor for his heroic actions during the Battle of the Bulge in World War II. However, he said, “The valor and dedication that defined the warriors of previous generations continue today.”
After the bombing of the Boston Marathon in his home town this spring, Comer said, two veterans who were amputees visited the wounded in hospitals, many of whom lost limbs, and gave them hope for their futures.''',
    quotes=[
        Q('“It’s up to us', 'is appreciated,”', "Comer"),
        Q('“Jake”', None, None),
        Q('“We swore', 'it hasn’t,”', "Comer"),
        Q('“The valor and dedication', 'continue today.”', "Comer"),
    ],
    aliases={"Comer": ["John “Jake” Comer"]},
),
dict(
    id="29palms-marines-2012-06-elementary-field-day-builds-community-bonds",
    source="https://www.29palms.marines.mil/Articles/Article/499170/elementary-field-day-builds-community-bonds/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center news page on 29palms.marines.mil; the site lines ('Combat Center News', 'Twentynine Palms Logo', 'Twentynine Palms, California', 'Marine Air Ground Task Force Training Command and Marine Corps Air Ground Combat Center') and the line '18 Jun 2012 | LCpl. Ali Azimi Marine Corps Air Ground Combat Center Twentynine Palms' dropped; the headline kept as the first line; the double space in 'Although  a day' as stored; the paragraph 'Many of the stations incorporated ...' is cut in the stored copy and dropped)",
    text='''Elementary field day builds community bonds
Marines with 3rd Battalion, 11th Marine Regiment, and Mojave Viper Support Detachment, visited the students of Landers Elementary School to run a summer circuit course on the school’s playground for the kids Monday.
“This shows what we do,” said Cpl. Joshua J. Bosley, motor vehicle transport operator, Mojave Viper Support Detachment. “We support our country, but also help out our schools and volunteer.”
Although  a day playing with kids seemed like an easy day, Marines faced a challenge they had never encountered before — trying to control an entire school of children.
All 155 students, kindergarten to 6th grade, emptied out onto the playground, excited to meet the Marines. There was a lot of screaming and jumping around. The kids were two days away from summer vacation and now they had Marines at their school. But even with their excitement bursting out, whenever the Marines began talking, the kids paid attention.
“They’re a great influence for the kids,” Tracey Madden, administrative assistant, Landers Elementary School. “The Marines are a really great role model for them to look up to, they don’t have a lot of that out here.”
Eight stations were setup in the playground with Marines manning each station. The kids were divided evenly between the stations where a challenge awaited them and after an alarm was sounded they would move onto the next station in the circuit.''',
    quotes=[
        Q('“This shows what we do,”', None, "Joshua J. Bosley"),
        Q('“We support our country', 'volunteer.”', "Joshua J. Bosley"),
        Q('“They’re a great influence', 'for the kids,”', "Tracey Madden"),
        Q('“The Marines are a really great', 'out here.”', "Tracey Madden"),
    ],
    aliases={"Joshua J. Bosley": ["Cpl. Joshua J. Bosley"]},
),
dict(
    id="dvids-2014-06-rhinos-visit-landers-elementary",
    source="https://www.dvidshub.net/news/printable/132221",
    license=PD, retrieved=PAGES + " (printable DVIDS news page; the first title line kept as the headline; the lines 'Marine Corps Air Ground Combat Center', 'Story by Cpl. Lauren Kurkimilis', 'Date: 06.03.2014', 'Posted: 06.05.2014 17:05', 'News ID: 132221' and the repeated title ''Rhinos' visit Landers Elementary School' dropped; the paragraph '\u201cNext Wednesday is the last day of school ...' is cut in the stored copy and dropped)",
    text='''\'Rhinos' visit Landers Elementary
TWENTYNINE PALMS, Calif. - A swarm of children buzzed about the fenced-in dirt and concrete play area, spilling a sea of vibrant color onto the desert. The boys and girls collected in color-coordinated clans, resembling co-ed tribes of Peter Pan’s lost boys. The sounds of laughter and joy steadily built in a crescendo of school year’s end celebration, and peppered into this kaleidoscope of fun and games were spots of olive drab green and desert tan.
Combat Center Marines with Marine Wing Support Squadron 374 volunteered in an Adopt-a-School event at Landers Elementary School, Tuesday. The Marines served as leaders for each group of children and navigated the students through nearly a dozen fun-filled stations.
“I think it’s wonderful to have the Marines out here today,” said Vicky Chambless, physical education teacher, Landers Elementary School. “The kids really look forward to seeing them and they really look up to them. It’s good to have their presence here to help out.”
The day began with the lower and upper grades having separate field days. The nine field day stations consisted of activities, which used skills the children worked on throughout the year from Frisbee golf and beach volleyball to obstacle courses and pool noodle javelin throws.
“We get to hang out with the Marines, play outside all day and do lots of stations and different activities outside of the class,” said Austin Simms, 10. “That’s why it’s so much fun.”
The students weren’t only celebrating getting out of their classrooms for the day, but also the quickly approaching last day of school.''',
    quotes=[
        Q("'Rhinos'", None, None),
        Q('“I think it’s wonderful', 'out here today,”', "Vicky Chambless"),
        Q('“The kids really look forward', 'help out.”', "Vicky Chambless"),
        Q('“We get to hang out', 'outside of the class,”', "Austin Simms"),
        Q('“That’s why it’s so much fun.”', None, "Austin Simms"),
    ],
),
dict(
    id="dvids-2012-11-honoring-past-by-those-present-flag-planting",
    source="https://www.dvidshub.net/news/printable/97802",
    license=PD, retrieved=PAGES + " (printable DVIDS news page; the first title line kept as the headline; the lines 'Marine Corps Air Station Miramar', 'Story by Lance Cpl. Christopher Johns', 'Date: 11.09.2012', 'Posted: 11.14.2012 18:20', 'News ID: 97802' and the repeated title dropped; the paragraph '\u201cI want these kids to take away ...' is cut in the stored copy and dropped)",
    text='''Honoring past by those present and those to come
SAN DIEGO – Children attending the Literacy First Charter School invited more than 30 Marines from Headquarters and Headquarters Squadron and 3rd Marine Aircraft Wing aboard Marine Corps Air Station Miramar, Calif., to attend a flag planting ceremony, Nov. 9.
“The kids [were] very excited,” said Chris Castberg, a U.S. History teacher with the charter school. “Some of them have military [service members] in their families and others just know what a huge honor it is to honor who serve for us.”
Marines and students planted flags in memory of veterans who have fought for America’s freedom throughout the years.
“Each individual flag represents a student, and their appreciation for those who have served and are serving,” said Mr. Jerry Keough, the principal with the charter school. “The flags are aligned to represent the service members and how they march in formation – in an ordered and steadfast manner.”
Before the ceremony, children had time to sit down and question Marines about their service in the Marine Corps.
“We explain our experiences to the kids and a little bit of our day-to-day operations as far as our jobs go,” said Cpl. Alexander Geving, a bulk fuel specialist with H&HS and a Cambridge, Minn., native. “It’s important to answer these questions because these kids [could be] our future Marines, soldiers, sailors and airmen. If we give them the information they want to know now, they can make educated decisions about their futures.”
Not only did these Marines sit down and discuss topics about the Marine Corps, they also answered questions on a personal level, hoping to better the children as citizens of the United States and as well rounded individuals.''',
    quotes=[
        Q('“The kids [were] very excited,”', None, "Chris Castberg"),
        Q('“Some of them have military', 'serve for us.”', "Chris Castberg"),
        Q('“Each individual flag', 'are serving,”', "Jerry Keough"),
        Q('“The flags are aligned', 'steadfast manner.”', "Jerry Keough"),
        Q('“We explain our experiences', 'our jobs go,”', "Alexander Geving"),
        Q('“It’s important to answer', 'their futures.”', "Alexander Geving"),
    ],
    aliases={"Jerry Keough": ["Mr. Jerry Keough"], "Alexander Geving": ["Cpl. Alexander Geving"]},
),
dict(
    id="dvids-2014-02-second-graders-tour-cherry-point-aircraft",
    source="https://dvidshub.net/news/121585/second-graders-tour-2nd-maw-cherry-point-aircraft",
    license=PD, retrieved=PAGES + " (DVIDS news page; the site lines (maintenance notice, e-mail and password boxes, 'Defense Visual Information Distribution Service Logo'), the repeated headline, the photo caption, the place and date lines 'MARINE CORPS AIR STATION CHERRY POINT, NORTH CAROLINA, UNITED STATES', '02.27.2014' and the byline lines 'Story by Lance Cpl. Grace L. Waladkewics', 'II Marine Expeditionary Force' dropped; leading spaces of the stored lines trimmed; the paragraph 'On the flight line, the students saw ...' is cut in the stored copy and dropped)",
    text='''Second-graders tour 2nd MAW, Cherry Point aircraft
MARINE CORPS AIR STATION CHERRY POINT, N.C. - Students from Havelock’s Brinson Memorial Elementary School came aboard Marine Corps Air Station Cherry Point for a field trip Feb. 27, getting up close with several aircraft and meeting Marines stationed here.
Lt. Col. Walter Butler, commanding officer of Marine Aerial Refueler Transport Squadron 252, visited Brinson Memorial the day prior to teach the second-graders about Marine Corps aviation and the importance of teamwork. During Butler’s visit to the school, the students watched “100 Years of Marine Corps Aviation,” and saw a slide show of the various aircraft they would see during their field trip.
Marine volunteers with VMGR-252, and several other Cherry Point-based squadrons, greeted the students when they arrived on the flight line. Butler quizzed the students on different aircraft and handed out coins for correct answers.
The Marines hoped to share with the students some of the keys to the squadrons’ successes, according to Butler.
“I drew a picture for the students by explaining the Marine Corps as a big team,” said Butler. “I explained that one player on a baseball team can’t pitch, hit and catch all at the same time. The whole team has to work together to make the play and get the job done.”''',
    quotes=[
        Q('“100 Years of Marine Corps Aviation,”', None, None),
        Q('“I drew a picture', 'a big team,”', "Walter Butler"),
        Q('“I explained that one player', 'get the job done.”', "Walter Butler"),
    ],
    aliases={"Walter Butler": ["Lt. Col. Walter Butler", "Butler"]},
),
dict(
    id="uscg-2024-08-good-samaritan-rescue-man-overboard-channel-islands",
    source="https://news.uscg.mil/Press-Releases/Article/3860857/coast-guard-good-samaritan-rescue-man-overboard-near-channel-islands-calif",
    license=PD, retrieved=PAGES + " (Coast Guard press release on news.uscg.mil; the stored copy has no headline and begins with the dateline paragraph; the contact line 'For further information, contact Petty Officer 3rd Class Richard Uranga ...' and the end mark '-USCG-' dropped; 'Withstanders' as stored)",
    text='''SAN PEDRO, Calif. — The Coast Guard and a good Samaritan rescued a man overboard approximately six miles northeast of Santa Cruz Island, California, Saturday.
Watchstanders at Coast Guard Sector Los Angeles/Long Beach command center received a call from a 49-foot boat at approximately 3:45 p.m. reporting a 66-year-old man fell overboard with no lifejacket.
Watchstanders diverted Coast Guard Station Channel Islands 45-foot Response Boat-Medium boat crews and Coast Guard Auxiliary air support. Withstanders also coordinated the launches of the crew of the Coast Guard Cutter Blackfin and a Coast Guard Air Station San Diego MH-60 Jayhawk helicopter air crew. Towboat US, and a good Samaritan aircraft also assisted in the search.
At approximately 4:33 p.m. a good Samaritan vessel, "Perception" located and recovered the man. Towboat US met with the Perception, confirmed the identity of the man, and Station Channel Islands RB-M boat crews embarked the man and transferred him back to the 49-foot vessel.
"This incident highlights the importance of wearing a life jacket at all times when underway, especially in rough seas," said Petty Officer 2nd Class Logan Venero, a boatswain's mate assigned to Station Channel Islands. "In the unfortunate event of a man overboard, it is important to remain calm, mark the position on the GPS and throw a life ring or other flotation aid towards the person in the water. It is also important to remain where the person fell off and drift with the prevailing winds and currents."
No medical concerns were reported.''',
    quotes=[
        Q('"Perception"', None, None),
        Q('"This incident highlights', 'rough seas,"', "Logan Venero"),
        Q('"In the unfortunate event', 'winds and currents."', "Logan Venero"),
    ],
    aliases={"Logan Venero": ["Petty Officer 2nd Class Logan Venero"]},
),
dict(
    id="dvids-2019-11-wreath-laying-honors-marine-corps-veterans",
    source="https://dvidshub.net/news/351129/wreath-laying-ceremony-honors-marine-corps-veterans-honor-courage-commitment",
    license=PD, retrieved=PAGES + " (DVIDS news page; the stored copy has no headline and begins with the first body paragraph; the mixed marks of the Black quotation (straight opening, curly closing, curly opening, straight closing) as stored; the paragraph 'Puckett, Murray and Rodriguez are am...' is cut in the stored copy and dropped)",
    text='''Ahead of Veterans Day, Sergeant Major of the Marine Corps Troy E. Black recognized the service of Marine Corps veterans during a private ceremony at Arlington National Cemetery, Nov. 8.
This year, the annual wreath laying honored the sixth Sergeant Major of the Marine Corps, Sgt. Maj. Clinton A. Puckett; the first woman to retire from the Marine Corps, Master Sgt. Catherine Grace Murray; and Sgt. Ronald Ariel Rodriguez who died while supporting combat operations in Helmand province, Afghanistan.
"It was humbling to place wreaths on the graves of Sergeant Major Puckett, Master Sergeant Murray and Sergeant Rodriguez,” said Black. “These Marines – though serving in different times, under different conditions, and facing different enemies – rest together in Arlington National Cemetery united by their service and sacrifice to the Corps. Semper Fidelis Marines."
Puckett served as the Marine Corps’ sergeant major from Feb. 1, 1973, until he retired from active duty May 31, 1975. A veteran of World War II, the Korean War and the Vietnam War, Puckett received the Navy Cross for extraordinary heroism for his actions in Korea. He was the last Sergeant Major of the Marine Corps to have served in WWII. At the age of 76, he died Sept. 3, 2002.
Like Puckett, Master Sgt. Murray also left her mark on the Corp’s history. Enlisting in the Marine Corps’ Reserve in 1943, Murray was the first woman to retire from the Marine Corps in 1972. During her career, the WWII veteran was stationed in London, Hawaii and Quantico, Virginia. Murray passed away Dec. 20, 2017, at age 100.
In his eight years of service, Rodriguez deployed twice to Iraq and earned more than a dozen personal service awards, including the Purple Heart. The Falls Church, Virginia, resident was assigned to 1st Battalion, 11th Marine Regiment, 1st Marine Division, I Marine Expeditionary Force, Camp Pendleton, California. Rodriguez died Aug. 23, 2010, at age 26 in Afghanistan.''',
    quotes=[
        Q('"It was humbling', 'Sergeant Rodriguez,”', "Troy E. Black"),
        Q('“These Marines –', 'Semper Fidelis Marines."', "Troy E. Black"),
    ],
    aliases={"Troy E. Black": ["Black"]},
),
dict(
    id="uscg-2020-03-rescues-2-from-overturned-vessel-off-clearwater",
    source="https://coastguardnews.com/coast-guard-rescues-2-from-overturned-vessel-off-clearwater-florida/2020/03/21/",
    license=PDC, retrieved=PAGES + " (7th Coast Guard District news release reposted verbatim on coastguardnews.com; the stored copy has no headline and begins with the dateline paragraph; curly marks as stored)",
    text='''ST. PETERSBURG, Fla. — The Coast Guard rescued two boaters from an overturned 24-foot vessel 14 miles off Clearwater, Saturday.
A Coast Guard Station Sand Key 45-foot Response Boat-Medium boat crew recovered a man and woman from the sinking vessel and took them to Clearwater City Marina without any medical injuries or concerns.
Coast Guard Sector St. Petersburg watchstanders were notified by a personal location beacon that had been activated by one of the boaters. They were located by a Coast Guard Air Station Clearwater HC-130 Hercules aircrew. An MH-60 Jayhawk helicopter aircrew was also on scene. The vessel will be recovered by commercial salvage.
“Having a personal location beacon made a big difference in this case,” said Senior Chief Petty Officer Angel Ramos, the command duty officer at Sector St. Petersburg. “Cell phones don’t always work offshore and these devices allow us to begin a search from a last known position.”''',
    quotes=[
        Q('“Having a personal location beacon', 'in this case,”', "Angel Ramos"),
        Q('“Cell phones don’t always work', 'last known position.”', "Angel Ramos"),
    ],
    aliases={"Angel Ramos": ["Senior Chief Petty Officer Angel Ramos"]},
),
dict(
    id="uscg-2021-07-rescues-5-boaters-off-pensacola",
    source="https://coastguardnews.com/coast-guard-rescues-5-boaters-44-miles-off-the-coast-of-pensacola-florida/2021/07/17/",
    license=PDC, retrieved=PAGES + " (8th Coast Guard District news release reposted verbatim on coastguardnews.com; the stored copy has no headline and begins with the dateline paragraph; the period before the closing mark and the missing punctuation before the second opening mark of the Miller quotation as stored)",
    text='''NEW ORLEANS – The Coast Guard rescued five boaters Friday approximately 44 miles off the coast of Pensacola, Florida.
Coast Guard Sector Mobile watchstanders received a report at 2:08 p.m. of a disabled 38-foot vessel taking on water with five people onboard preparing to abandon ship.
A Coast Guard Station Pensacola boat crew arrived on-scene and safely recovered all five boaters. The boaters required no further medical attention and were transferred to their awaiting families at Station Pensacola.
“Let this be a reminder to all boaters the importance of having a radio on your boat.” said Lt. Cmdr. Chris Miller, search and rescue mission coordinator “The boater’s radio onboard was influential in their rescue. They were able to hail us on emergency channel 16 and inform us of their location.”''',
    quotes=[
        Q('“Let this be a reminder', 'radio on your boat.”', "Chris Miller"),
        Q('“The boater’s radio onboard', 'of their location.”', "Chris Miller"),
    ],
    aliases={"Chris Miller": ["Lt. Cmdr. Chris Miller"]},
),
]
