# Held-out English news texts (tests/data/heldout258-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Navy and Marine Corps news stories (public domain, 17 U.S.C. § 105): a Camp
# Lejeune story (SNCO Academy Marines judging Cape Fear High School's Navy JROTC drill meets, 2009), a DVIDS printable
# page of USS Harry S. Truman (Community Service Day, 2012), a Quantico story (the Sergeant Major of the Marine Corps
# Picnic, 2014), a 24th MEU story (Bravo Company, 1st Battalion, 2nd Marines in a battalion field exercise), a DVIDS
# story of USS Wasp (sailors helping Habitat for Humanity, 2010) and an MCAS Yuma story (Marines and sailors at an
# elementary school track meet, 2007). None is credited to AP, Reuters, AFP or another third party. Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in
# `retrieved`). Site lines, 'Photo Information' lines, photo captions and credits, byline/date lines, the DVIDS page
# header and the DVIDS indentation are dropped; a headline is kept once as the first line where the stored copy has one;
# trailing spaces at paragraph ends are removed; wording (typos included), spacing inside paragraphs and quotation
# marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H1605-H1608 in ANNOTATION.md on top of H1-H1604).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout258-en.jsonl

Built by `build.py` from `heldout258_pages.py`. Like heldout234-en, heldout242-en and other military sets above, these
texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105),
none of them used in a set above, this time US Navy and Marine Corps stories on community work, a reunion picnic and a
field exercise: a Marine Corps Base Camp Lejeune story (Staff NCO Academy Marines judging Cape Fear High School's Navy
JROTC drill competitions, July 2009), a DVIDS printable page of USS Harry S. Truman (the carrier's Community Service
Day, March 2012), a Marine Corps Base Quantico story (the Sergeant Major of the Marine Corps Picnic, August 2014), a 24th
Marine Expeditionary Unit story (Bravo Company, 1st Battalion, 2nd Marines in a battalion field exercise at Camp
Lejeune), a DVIDS story of USS Wasp (sailors helping Habitat for Humanity, October 2010) and a Marine Corps Air Station
Yuma story (Marines and sailors running an elementary school track meet, April 2007). None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Site lines, 'Photo Information' lines, photo captions and credits, byline and
date lines, the DVIDS page header and indentation were dropped; wording (typos included) and quotation marks are as
stored. Two Coast Guard pages that were read (a DVIDS rescue story near Aguijan Island and a MyCG 'Frontline Focus'
page) were left out because their complete paragraphs hold only one quotation each (build.py needs two per document).
None of these pages is used in any set above (checked by URL and story number, by title and by the names of their
speakers with grep over tests/data of the main tree and of every other helper's worktree). The annotation (rules
H1605–H1608 in `ANNOTATION.md` on top of H1–H1604) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="lejeune-2009-07-marines-donate-time-helping-high-school-students",
    source="http://www.lejeune.marines.mil/News/Article/Article/512209/marines-donate-time-helping-high-school-students/",
    license=PD, retrieved=PAGES + " (the site line 'Marines', the line 'Photo Information', the photo caption 'The Naval Junior Reserve Officers Training Corps with Cape Fear High School presented ... ::n::', the credit 'Photo by Lance Cpl. Randall Little' and the byline line '20 Jul 2009 | Cpl. Jessica L. Martinez Marine Corps Base Camp Lejeune' dropped; headline kept once; the paragraph 'The high school has two main competitions requiring judges: the Annual Blue and Gold Drill and Aca...', cut in the stored copy, dropped)",
    text='''Marines donate time helping high school students
Marines are known to lead the way on the battlefield or home front. They set the example and the standard, never asking for recognition or praise in return for the job they do.
Living up to that expectation, Marines with the Staff Non Commissioned Officers Academy were recognized for their service to Cape Fear High School, July 14.
The Naval Junior Reserve Officers Training Corps with the high school presented the SNCOA with a letter of commendation signed by the high school’s principal as well as a plaque for their ‘exceptional loyalty and performance of duty over the years.’
For several years, Marines with the academy have been donating their time to help students with the Navy JROTC during their drill competitions. The Marines served as judges for these events.
“It’s hard to get judges for the events,” said Marissa George, a senior and the cadet commanding officer of Cape Fear High School’s Navy JROTC. “I love it and think its amazing they come out. Marines are the best judges. They take their time to come out to our school and be our judges. Without them we wouldn’t have enough judges and our drill competitions wouldn’t be possible. I’m very thankful for them.”''',
    quotes=[
        Q('‘exceptional loyalty', 'over the years.’', None),
        Q('“It’s hard to get judges', 'for the events,”', "Marissa George"),
        Q('“I love it and think', 'thankful for them.”', "Marissa George"),
    ],
    aliases={"Marissa George": ["a senior and the cadet commanding officer of Cape Fear High School’s Navy JROTC"]},
),
dict(
    id="dvids-2012-03-truman-sailors-committed-to-community-service",
    source="http://www.dvidshub.net/news/printable/85201",
    license=PD, retrieved=PAGES + " (DVIDS printable page of the news story 'Truman sailors committed to community service', March 13, 2012; headline kept once; the unit line 'USS Harry S Truman', 'Courtesy Story', the Date, Posted and News ID lines, the repeated headline and the byline 'By Mass Communication Specialist 2nd Class Leona Mynes' dropped; the dateline stays inside the first paragraph as stored; the last paragraph 'Sailors conducted community service at Norfolk Botanical Garden, ... Virginia Beach Parks and Recreation and I.C.', cut in the stored copy, dropped)",
    text='''Truman sailors committed to community service
HAMPTON ROADS, Va. — Sailors assigned to the aircraft carrier USS Harry S. Truman (CVN 75) completed their second Community Service Day, March 13.
More than 800 sailors participated in a Community Service Day, which involved twelve community service projects in the Hampton Roads community.
For organizations like the Norfolk Botanical Garden, a nonprofit horticulture museum, sailor volunteer service is critical.
"Because of the physical capability and age of sailors, they do a lot of physically intensive projects," said Tom Houser, a senior gardener at Norfolk Botanical Garden. "Without their help, the projects would take much longer to get done."
Sailors removed weed overgrowth and organic debris from the children's park and surrounding trails, said Houser.
Two-thirds of Norfolk Botanical Garden's operation relies on community donations and volunteer service, said Brian O'Neil, Norfolk Botanical Garden's director of horticulture.
"It is always a huge help for a group of sailors to come out and take care of the larger projects," said O'Neil. "It really helps us when sailors give back to the communities. I think the private sector can take inspiration from that."
"It's so exciting that the Truman gives us the opportunity to serve the Hampton Roads community," said Operations Specialist Seaman Kelly O'Donnell, assigned to Truman's operations department. "Community service gives you a real feeling of accomplishment at the end of the day."''',
    quotes=[
        Q('"Because of the physical', 'intensive projects,"', "Tom Houser"),
        Q('"Without their help', 'to get done."', "Tom Houser"),
        Q('"It is always a huge help', 'larger projects,"', "Brian O'Neil"),
        Q('"It really helps us', 'inspiration from that."', "Brian O'Neil"),
        Q('"It\'s so exciting', 'Hampton Roads community,"', "Kelly O'Donnell"),
        Q('"Community service gives', 'end of the day."', "Kelly O'Donnell"),
    ],
    aliases={"Tom Houser": ["Houser", "a senior gardener at Norfolk Botanical Garden"],
             "Brian O'Neil": ["O'Neil", "Norfolk Botanical Garden's director of horticulture"],
             "Kelly O'Donnell": ["Operations Specialist Seaman Kelly O'Donnell"]},
),
dict(
    id="quantico-2014-08-smmc-picnic-brings-veteran-sergeants-majors",
    source="https://www.quantico.marines.mil/News/Article/518462/smmc-picnic-brings-veteran-sergeants-majors-to-quantico",
    license=PD, retrieved=PAGES + " (the site lines 'Marines', 'News', 'Base Logo', 'Official U.S. Marine Corps Website', 'Crossroads of the Marine Corps', the line 'Photo Information', the photo caption 'U.S. Marine Corps Sgt. Maj. Michael Barrett, sergeant major of the Marine Corps, hosts the annual ... retired E-9 Marines.' (which spells the name 'Michael'), the credit 'Photo by John Hollis' and the byline line '22 Aug 2014 | John Hollis Marine Corps Base Quantico' dropped; headline kept once; trailing spaces at three paragraph ends removed; the spelling 'Micheal' of the body kept (H1607); the paragraph 'The retired Marines and their families ap...', cut in the stored copy, dropped)",
    text='''SMMC picnic brings veteran sergeants majors to Quantico
Quantico Marines welcomed back some of their own during Saturday’s 35th Annual Sergeant Major of the Marine Corps Picnic at Weapons Range 3.
Sgt. Maj. Micheal P. Barrett, the sergeant major of the Marine Corps, braved horrendous interstate traffic to warmly greet the more than 250 retired E-9 Marines and their families who came from all over to renew old acquaintances, greet some of the many young Marines following in their footsteps and try out some of the current weapons.
"They’ve taken off the cloth," Barrett said, "but they all are still so faithful and 100 percent Marine."
It took the Marine Corps’ highest-ranking enlisted man more than three hours to navigate the 29 miles between Quantico and the Pentagon, but not even that inconvenience could stop him from visiting with the gathered group of former warriors who had given so many years of service to the Marine Corps and America as a whole.
Chief among them was retired Sgt. Maj. John Corley, a 90-year-old World War II veteran who had served at Guadalcanal, Tarawa and Iwo Jima. Corley, who enlisted in September 1941 to start a 25-year career in the Corps, lamented the fact that many of those with whom he served are no longer with us, but said he welcomed the opportunity to spend time with fellow Marines, both young and old.
Corley, who lives in Norfolk, attended his first Sergeant Major of the Marine Corps Picnic in 2012.
"It’s a lot of fun," he said.''',
    quotes=[
        Q('"They’ve taken off the cloth,"', None, "Micheal P. Barrett"),
        Q('"but they all are still', '100 percent Marine."', "Micheal P. Barrett"),
        Q('"It’s a lot of fun,"', None, "John Corley"),
    ],
    aliases={"Micheal P. Barrett": ["Sgt. Maj. Micheal P. Barrett", "Barrett", "the sergeant major of the Marine Corps",
                                    "the Marine Corps’ highest-ranking enlisted man"],
             "John Corley": ["retired Sgt. Maj. John Corley", "Corley"]},
),
dict(
    id="24thmeu-brilliance-in-the-basics-prepares-marines-for-follow-on-exercises",
    source="https://www.24thmeu.marines.mil/News/Article/Article/511067/brilliance-in-the-basics-prepares-marines-for-follow-on-exercises-deployment/",
    license=PD, retrieved=PAGES + " (the stored copy has no headline or site lines and opens with the dateline paragraph, which stays as stored; the paragraph 'Lt. Col. David Sosa, the commanding officer of the battalion, highlighted ... “First and foremost, it gets them used to working w...', cut in the stored copy, dropped)",
    text='''MARINE CORPS BASE CAMP LEJEUNE, N.C. -- A platoon of infantry Marines patrolled down a dusty trail, secured a base of operations and waited hours before receiving orders to conduct another patrol.
Another platoon of Marines hid in the brush and ambushed the patrolling Marines. After being ambushed, the platoons switched roles and repeated the process.
Basic drills like this were performed throughout the day Aug. 11, as the Marines of Bravo Company, 1st Battalion, 2nd Marine Regiment, 2nd Marine Division trained during a larger, battalion-level exercise to prepare for their upcoming deployment with the 24th Marine Expeditionary Unit.
“With any unit you have to have brilliance in the basics,” said Capt. Jeremy Wilkinson, the operations officer for the battalion. “This is really getting down to the ‘nitty, gritty’ of teaching the Marines attacking, patrolling, offensive and defensive operations.”
The company primarily serves as the battalion’s vertical assault element, meaning they insert and extract from areas by helicopter. As a result of this fact, the Marines could spend a great deal of time on the ground without the aid of vehicles during actual operations.
“The helo-borne assault capability is a means of insertion, but when we get on the ground, tactics are still tactics,” said Capt. Patrick Reddick, the company’s commanding officer.
The company’s platoons spent the day patrolling and conducting offensive training. The Marines also practiced the procedures involved with inserting and extracting from helicopters.
The battalion-level field exercise, or FEX, was conducted to help integrate various units scheduled to attach with the 24th MEU in September. Once attached to the MEU the battalion will form into the Battalion Landing Team.''',
    quotes=[
        Q('“With any unit', 'brilliance in the basics,”', "Jeremy Wilkinson"),
        Q('“This is really getting down', 'defensive operations.”', "Jeremy Wilkinson"),
        Q('“The helo-borne assault', 'still tactics,”', "Patrick Reddick"),
    ],
    aliases={"Jeremy Wilkinson": ["Capt. Jeremy Wilkinson", "the operations officer for the battalion"],
             "Patrick Reddick": ["Capt. Patrick Reddick", "the company’s commanding officer"]},
),
dict(
    id="dvids-2010-10-wasp-sailors-aid-habitat-for-humanity",
    source="https://www.dvidshub.net/news/59237/wasp-sailors-aid-habitat-humanity",
    license=PD, retrieved=PAGES + " (DVIDS news story 'Wasp Sailors Aid Habitat for Humanity', Oct. 26, 2010; headline kept once; the maintenance and login lines, the logo line, the repeated headline, the photo caption 'Photo By Petty Officer 2nd Class Christopher Koons | USS Wasp sailors and other volunteers ... read more read more', the location/date/byline/unit header and the four-space indentation dropped; the dateline stays inside the first paragraph as stored; the paragraph 'According to Rosenhouse, the Wa...', cut in the stored copy, dropped)",
    text='''Wasp Sailors Aid Habitat for Humanity
NORFOLK, Va. – A group of 10 sailors from USS Wasp devoted their time Oct. 26 to aiding the less fortunate in the Norfolk/Virginia Beach area by helping the local chapter of Habitat for Humanity build two houses for needy families.
“One of the families moving in has a disabled child, and the other has a total of five children, and both are in difficult financial straits,” said Joe Rosenhouse, the construction manager for Habitat for Humanity’s South Hampton Roads chapter. “Our mission is to build houses for families that cannot afford the down payment on their homes. We don’t give these houses away, we sell them at cost. The future inhabitants put in 250 to 400 hours of ‘sweat equity’ themselves helping to build these houses. We try to stay in the $75,000 range for each house.”
The Wasp sailors, who were part of the ship’s Volunteer Service Program, aided the regular Habitat for Humanity workers in constructing the interior of the two houses, located on Red Mill Blvd. in Virginia Beach. This greatly helped in the process of getting these homes up and running, said Rosenhouse.
“While the electricity, heating, air conditioning, plumbing, and foundations of our houses are done by contractors, everything else is built by volunteers,” he said. “We try to get these homes completed on a 12 to 16 week timetable.”''',
    quotes=[
        Q('“One of the families', 'financial straits,”', "Joe Rosenhouse"),
        Q('“Our mission is to build', 'for each house.”', "Joe Rosenhouse"),
        Q('“While the electricity', 'built by volunteers,”', "Joe Rosenhouse"),
        Q('“We try to get these homes', 'week timetable.”', "Joe Rosenhouse"),
    ],
    aliases={"Joe Rosenhouse": ["Rosenhouse", "the construction manager for Habitat for Humanity’s South Hampton Roads chapter"]},
),
dict(
    id="mcasyuma-2007-04-marines-sailors-volunteer-at-local-school",
    source="https://www.mcasyuma.marines.mil/News/News-Articles/Article/549855/marines-sailors-volunteer-at-local-school/",
    license=PD, retrieved=PAGES + " (the '.mil website' notice lines, the site lines 'Marines', 'News Articles', 'Latest MCAS Yuma News Articles', 'Unit News Search', 'Unit News', the line 'Photo Information', the photo caption 'Sgt. Shane M Waite, ... role models in the community.', the credit 'Photo by Lance Cpl. Michael R. Whitnel' and the byline line '27 Apr 2007 | Lance Cpl. Michael R. Whitnel Marine Corps Air Station Yuma' dropped; headline kept once; the empty lines between paragraphs dropped; the spelling 'preformed' kept as stored; the paragraph '“I love being here, I love...', cut in the stored copy right after its opening words, dropped, so that the only speaker's quotation is lost and the text keeps only null quotes (H1608))",
    text='''Marines, Sailors Volunteer at local school
Service members of Marine Corps Air Station Yuma helped host a track and field event Friday at H.L. Suverkrup Elementary School.
Entering the school, the Marines and sailors brightened their eyes and attitudes, bringing ‘esprit de corps’ and a friendly energy.
A ceremony kicked off the event at 9 a.m. The school choir preformed the song “Soldier” from the “We Were Soldiers” sound track, which they dedicated to the service members who volunteered.
Then the school presented the American Flag and the Arizona State Flag and thanked the service members for their service to the country and the community of Yuma.
The track meet included a 50-yard dash, relays, long jump, shot-put and a tug of war event. The Marines and sailors ran the event with the supervision of the teachers.
The one-on-one interaction the service members gave the children was just what the school had hoped for when they invited them to help, said Mary J. Zach, teacher and monthly volunteer in the catholic choir on the station.''',
    quotes=[
        Q('‘esprit de corps’', None, None),
        Q('“Soldier”', None, None),
        Q('“We Were Soldiers”', None, None),
    ],
    aliases={},
),
]
