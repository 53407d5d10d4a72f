# Held-out English news texts (tests/data/heldout296-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force and Space Force news stories (public domain, 17 U.S.C. § 105): three
# crew-chief features (Joint Base Langley-Eustis, Misawa, Joint Base Elmendorf-Richardson), a Space Force story on a
# Space Operations Command visit to Space Delta 4 (spaceforce.mil), an af.mil story on deployed security forces training,
# two security forces exercise stories (109th Airlift Wing, ang.af.mil; 94th Airlift Wing, Dobbins) and a DVIDS story
# of the 14th Security Forces Squadron at Columbus Air Force Base. None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines, 'Published'/'By' byline lines, 'Home : News ...' and 'NEWS | date' lines,
# the DVIDS ' date ...' crawl field and the empty lines between paragraphs are dropped; a headline is kept once as the
# first line where the stored copy has one; trailing spaces at paragraph ends are removed; wording (typos included) and
# quotation marks (straight, curly and mixed as stored) are as stored. Annotated by reading the texts, before whosaid
# was run on them (rules H1730-H1733 in ANNOTATION.md on top of H1-H1729).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout296-en.jsonl

Built by `build.py` from `heldout296_pages.py`. Like heldout268-en, heldout276-en and other military sets above, these
texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105),
none of them used in a set above, this time Air Force and Space Force stories only: three crew-chief features (1st
Fighter Wing, Joint Base Langley-Eustis, October 2008, jble.af.mil; 35th Fighter Wing, Misawa Air Base, misawa.af.mil;
703rd Aircraft Maintenance Squadron, Joint Base Elmendorf-Richardson, jber.jb.mil), a spaceforce.mil story on the
visit of the Space Operations Command leaders to Space Delta 4 at Buckley Space Force Base, an af.mil story of the
386th Expeditionary Security Forces Squadron training in urban terrain, two security forces exercise stories (109th
Airlift Wing, New York Air National Guard, ang.af.mil; 94th Airlift Wing, Dobbins Air Reserve Base, dobbins.afrc.af.mil,
September 2022) and a DVIDS story of the 14th Security Forces Squadron's field training exercise at Columbus Air Force
Base (April 2025). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a quotation
(what was dropped is noted per page). The '.mil website' notice lines, 'Home : News : ...' and 'NEWS | date' lines,
'Published' and 'By ...' byline and unit lines, the DVIDS crawl field ' date 2025-04-21' and the empty lines between
paragraphs were dropped; wording (typos included) and quotation marks (straight, curly and mixed) are as stored.
Pages read but left out: an Ellsworth story on humanitarian relief (already in heldout206-en), a Tinker story on crew
chiefs (caption lines run into the text), a JBSA-Randolph security forces story, copies of Air Force stories on
blogs and on dla.mil (the jber.jb.mil original is used) and a nationalguard.mil story (not of this family). None of
these pages is used in any set above (checked by URL and article or story number (260913, 403564, 1589840, 3827784,
130875, 2976548, 3169593, 496344), by title and by the names of their speakers, such as Jordan Tompkins, Waskosky,
Matthew Kennedy, Caleb Lloyd, Bentivegna, Kendal Hudson, Kris Green, William Brady, Timothy Wright, Doug Crisp and
Maxwell Laguna, with grep over tests/data of the main tree and of every other helper's worktree: no hit). The
annotation (rules H1730–H1733 in `ANNOTATION.md` on top of H1–H1729) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="jble-pride-plus-hard-work-equals-mission-accomplishment",
    source="http://www.jble.af.mil/News/Features/Display/Article/260913/pride-plus-hard-work-equals-mission-accomplishment/",
    license=PD, retrieved=PAGES + " (1st Fighter Wing story of Oct. 28, 2008; the '.mil website' notice lines, 'Home : News : Features : Display', 'NEWS | Oct. 28, 2008', the byline 'By Airman 1st Class Jarrod Chavana 1st Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; trailing spaces at paragraph ends removed; the paragraph 'Crew chiefs work one of three shifts; day shift, swing shift and night shift--also ', cut in the stored copy, dropped; the single marks of 'first-class, first-time' as stored)",
    text='''Pride plus hard work equals mission accomplishment
On the forward fuselage of the F-15C Eagle and the nose gear door on the F-22A Raptor are enlisted members' names, painted with pride, symbolizing dedication and hard work of crew chiefs.
These names mark that of the dedicated crew chief and assistant crew chief who have devoted their military training to keeping this aircraft and others like it mission ready, no matter the environment or condition.
Before a pilot ever steps to the aircraft, a crew chief can be seen on the flight line working tirelessly, ensuring Langley's mission is fulfilled. Langley's mission is to deliver airpower; train, equip and deploy Airmen; deploy, fight and win - anywhere, any time and to deliver 'first-class, first-time' support to team Langley.
"We are the life line of the aircraft," said Airman 1st Class Jordan Tompkins, 71st Aircraft Maintenance Unit crew chief. "If there is no one out there inspecting, maintaining or servicing the aircraft it will not leave the ground."
Crew chiefs service hydraulics, monitor refueling and take care of anything that needs to be done. If a problem is found they work hand in hand with back shops, such as the sheet metal shop, aerospace ground equipment and non-destructive inspection.
"We are the first to see what needs to be fixed and then figure out what the next step should be for servicing the aircraft," said Airman Tompkins. "If we can't fix it, we will find out who can."''',
    quotes=[
        Q("'first-class, first-time'", None, None),
        Q('"We are the life line', 'of the aircraft,"', "Jordan Tompkins"),
        Q('"If there is no one', 'leave the ground."', "Jordan Tompkins"),
        Q('"We are the first', 'servicing the aircraft,"', "Jordan Tompkins"),
        Q('"If we can\'t fix it', 'who can."', "Jordan Tompkins"),
    ],
    aliases={"Jordan Tompkins": ["Airman 1st Class Jordan Tompkins", "Airman Tompkins", "71st Aircraft Maintenance Unit crew chief"]},
),
dict(
    id="misawa-crew-chiefs-first-on-last-off",
    source="https://www.misawa.af.mil/News/Article-Display/Article/403564/crew-chiefs-first-on-last-off",
    license=PD, retrieved=PAGES + " (35th Fighter Wing story, undated in the stored copy; the lines '• Published', '• By Staff Sgt Phillip Butterfield' and '• 35th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the editor's note 'Editors Note: Third in a series of six about the 14th Aircraft Maintenance Unit' kept as the first paragraph (H1682); trailing spaces at paragraph ends removed; the stored copy ends with the closing mark of Bedtke's paragraph, which is complete and kept; 'preformed' and 'to include, tire' as stored)",
    text='''Crew chiefs: first on, last off
Editors Note: Third in a series of six about the 14th Aircraft Maintenance Unit
When dealing with aircraft maintenance, having great communication between the production supervisors and the expeditors is important, but the first maintainers to lay hands on the aircraft are the crew chiefs.
The 64 crew chiefs assigned to the 14th Aircraft Maintenance Unit actually ensure that the rubber meets the road, by changing tires, maintaining the landing gear and a host of other maintenance activities and inspections, ensuring the aircraft are war ready.
"Pilots can't fly the jets unless jets are ready to go," said Tech. Sgt. Edward Waskosky, 14th AMU assistant aircraft section chief. "Crew chiefs directly contribute to this by accomplishing inspections and maintenance."
Crew chiefs perform a wide array of tasks to include, tire and brake changes, landing gear and hydraulic systems repairs and inspections. They also perform scheduled maintenance on components that require changes due to wear.
Crew chiefs are also responsible for reviewing aircraft forms for errors, and if the forms are wrong they are returned to the shop that preformed the maintenance for corrections, said Staff Sgt. Melody Bedtke, 14th AMU crew chief.
Even if the aircraft does not need repairs, crew chiefs perform multiple inspections before, during and after the flight to ensure the aircraft is fully-mission capable.
"We're on the aircraft from the beginning of the day until the end of the day," said Sergeant Bedtke. "We have our names stenciled on the canopy, and that is a huge source of pride and ownership that we as crew chiefs get to enjoy."''',
    quotes=[
        Q('"Pilots can\'t fly', 'ready to go,"', "Edward Waskosky"),
        Q('"Crew chiefs directly', 'inspections and maintenance."', "Edward Waskosky"),
        Q('"We\'re on the aircraft', 'end of the day,"', "Melody Bedtke"),
        Q('"We have our names', 'get to enjoy."', "Melody Bedtke"),
    ],
    aliases={"Edward Waskosky": ["Tech. Sgt. Edward Waskosky", "14th AMU assistant aircraft section chief"],
             "Melody Bedtke": ["Staff Sgt. Melody Bedtke", "Sergeant Bedtke", "14th AMU crew chief"]},
),
dict(
    id="jber-703rd-amxs-crew-chiefs-maintain-more-than-aircraft",
    source="https://www.jber.jb.mil/News/News-Articles/Article/1589840/703rd-amxs-crew-chiefs-maintain-more-than-aircraft/",
    license=PD, retrieved=PAGES + " (Joint Base Elmendorf-Richardson story, undated in the stored copy (its dla.mil copy, article 1591368, is dated Aug. 1, 2018 and not used); the lines '• Published', '• By Airman 1st Class Crystal A. Jenkins' and '• JBER Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'Often the E-3 Sentry, C-17 Globemast', cut in the stored copy, dropped; the straight opening mark of '\"It's a unique challenge' closed by a curly mark as stored (H1731))",
    text='''703rd AMXS Crew Chiefs maintain more than aircraft
Currently, the U.S. Air Force fields more than 35 types of aircraft, with an equally exceptional number of dedicated and precision-based crew chiefs to maintain them.
Focused on the need for high standards, the 703rd Aircraft Maintenance Squadron supports Joint Base Elmendorf-Richardson’s worldwide contingency and maintenance operations for the 3rd Wing, 11th Air Force, and the North American Aerospace Defense Command, or NORAD.
Crew chiefs assigned to the 703rd AMXS, which is responsible for the maintenance of three types of aircraft, are divided into either the 962nd or 517th aircraft maintenance units.
“Crew chiefs’ responsibilities start with the entirety of the aircraft they are in charge of,” said U.S. Air Force Staff Sgt. Matthew Kennedy, a 962nd AMU crew chief. “They service and repair everything coming back from daily inspections, which can include things like oil, hydraulics, and fueling the jet. In addition to those repairs, we also attend to airframes and time-inspection items such as engines, tires and brakes. If the job seems endless, it is.”
One type of aircraft maintained by the 962nd AMU is the E-3 Sentry. As an airborne warning and control system or AWACS aircraft, it performs an essential mission, distinguishing between friendly and enemy activity. It also provides airborne command and control in addition to conducting all-altitude, all-weather surveillance. AWACS missions often last more than 10 hours, which is a significant feat for a jet that has been in commission for more than 35 years.
"It's a unique challenge to work on a plane in high demand,” Kennedy said. “Due to the long hours these planes are in flight, we are very detailed with the multiple types of inspections we conduct to make sure this thing continues to fly and fulfill its mission.”''',
    quotes=[
        Q('“Crew chiefs’ responsibilities', 'in charge of,”', "Matthew Kennedy"),
        Q('“They service and repair', 'endless, it is.”', "Matthew Kennedy"),
        Q('"It\'s a unique challenge', 'in high demand,”', "Matthew Kennedy"),
        Q('“Due to the long hours', 'fulfill its mission.”', "Matthew Kennedy"),
    ],
    aliases={"Matthew Kennedy": ["U.S. Air Force Staff Sgt. Matthew Kennedy", "Kennedy", "a 962nd AMU crew chief"]},
),
dict(
    id="spaceforce-spoc-commander-cmssf-visit-space-delta-4",
    source="https://www.spaceforce.mil/News/Article-Display/Article/3827784/spoc-commander-cmssf-visit-space-delta-4/",
    license=PD, retrieved=PAGES + " (Space Base Delta 2 story on spaceforce.mil of July 2024 (visit on July 3; article number of mid-2024); the lines '• Published', '• By Airman 1st Class Joshua Hollis' and '• Space Base Delta 2 Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'A leadership lunch provided an opportunity for Miller ... answered questions about space operations an', cut in the stored copy, dropped)",
    text='''SpOC commander, CMSSF visit Space Delta 4
Lt. Gen. David N. Miller, Jr., commander of Space Operations Command, Chief Master Sgt. of the Space Force John Bentivegna and Chief Master Sgt. Caleb Lloyd, SpOC senior enlisted leader, visited Buckley Space Force Base July 3, to engage with Space Delta 4 personnel and gain a comprehensive understanding of their mission operations.
The visit began with an office call at DEL 4 headquarters, where Miller received an overview of DEL 4’s operational landscape. He also toured the 3rd Satellite Communications Squadron antenna site, learning about their crucial role in space communications.
“I am very proud of the work Delta 4 Guardians have done to equip and train the force in preparation for the Space Force Generation display of forces execution this October,” Miller said. “How can we operate together in war, if we never plan, and operate together before the first generation?”
Miller’s visit continued with a briefing at the 71st Intelligence, Surveillance, and Reconnaissance Squadron, which emphasized their contributions to space-based situational awareness.
The leadership team also visited the Overhead Persistent Infrared Battlespace Awareness Center, where they observed how data from space-based sensors is processed and utilized to enhance operational readiness within the non-commissioned officer corps.
“We need to be pushing to ensure that we take a deliberate discipline initiative, and the NCO feels empowered from command leadership teams to move out on objectives,” Lloyd said. “The NCOs know the mission best. I saw that in full force today here at Buckley.”''',
    quotes=[
        Q('“I am very proud', 'this October,”', "David N. Miller, Jr."),
        Q('“How can we operate', 'first generation?”', "David N. Miller, Jr."),
        Q('“We need to be pushing', 'on objectives,”', "Caleb Lloyd"),
        Q('“The NCOs know', 'here at Buckley.”', "Caleb Lloyd"),
    ],
    aliases={"David N. Miller, Jr.": ["Lt. Gen. David N. Miller, Jr.", "Miller", "commander of Space Operations Command"],
             "Caleb Lloyd": ["Chief Master Sgt. Caleb Lloyd", "Lloyd", "SpOC senior enlisted leader"]},
),
dict(
    id="af-mil-mission-of-security-forces-constantly-evolving",
    source="https://www.af.mil/News/Article-Display/Article/130875/mission-of-security-forces-constantly-evolving",
    license=PD, retrieved=PAGES + " (af.mil story by Army Spc. Michael R. Noggle, 3rd U.S. Army Public Affairs Office (a US Army public affairs work published by the Air Force), undated in the stored copy; the lines '• Published', '• By Army Spc. Michael R. Noggle' and '• 3rd U.S. Army Public Affairs Office' and the empty lines between paragraphs dropped; headline kept once; trailing spaces at paragraph ends removed; the paragraph '“When people think of Air Force, they don’t think of guys on the ground ... “When people see ', Staff Sgt. David Brown's quotation cut in the stored copy, dropped with the rest of the page; 'Tech Sgt.' without period and the mixed curly and straight marks of Green's second paragraph as stored (H1731))",
    text='''Mission of security forces constantly evolving
Through the eyes of Staff Sgt. David Brown, the mission of the security forces has changed since the beginning of the war in Iraq. After all, this is his eighth deployment since Operation Iraqi Freedom started.
As a sign of things to come, Airmen from the 386th Expeditionary Security Forces Squadron were kicking down doors while going through military operations in urban terrain, or MOUT, training May 19.
“We’re trying to be more than gate guards,” said Airman 1st Class Kendal Hudson, who is deployed from Royal Air Force Mildenhall, England. “We’re going out and clearing buildings, helping the Army with the convoys, and patrolling cities.”
The security forces unit, based at an installation in Southwest Asia, conducts security patrols on the runways and handles base law enforcement. However, these troops find time to train on other aspects of their profession.
“It's unique training that troops don’t get at their home station,” said Master Sgt. John Ward, training NCO in charge, who is a member of the Idaho Air National Guard.
“We have guys coming from guarding missiles, doing camp security or patrolling,” said Tech Sgt. Kris Green, a squad leader deployed from McGuire Air Force Base, N.J.
“This training allows guys to get on the same page and get everyone on the same tactics," Sergeant Green said. "We don’t train with the same guy we go to war with and that’s what we’re doing now.”
However, this is nothing new to Sergeant Brown. Serving his eighth deployment of four months or longer, he has seen the transition in the Air Force security forces mission.''',
    quotes=[
        Q('“We’re trying to be', 'gate guards,”', "Kendal Hudson"),
        Q('“We’re going out', 'patrolling cities.”', "Kendal Hudson"),
        Q('“It\'s unique training', 'home station,”', "John Ward"),
        Q('“We have guys coming', 'or patrolling,”', "Kris Green"),
        Q('“This training allows', 'same tactics,"', "Kris Green"),
        Q('"We don’t train', 'doing now.”', "Kris Green"),
    ],
    aliases={"Kendal Hudson": ["Airman 1st Class Kendal Hudson"],
             "John Ward": ["Master Sgt. John Ward", "training NCO in charge"],
             "Kris Green": ["Tech Sgt. Kris Green", "Sergeant Green", "a squad leader deployed from McGuire Air Force Base, N.J."]},
),
dict(
    id="ang-109th-airlift-wing-security-forces-conduct-training-exercise",
    source="https://www.ang.af.mil/Media/Article-Display/Article/2976548/109th-airlift-wing-security-forces-conduct-training-exercise/",
    license=PD, retrieved=PAGES + " (Air National Guard story of March 2022 (training on March 5; article number of early 2022); the '.mil website' notice lines, the lines '• Published', '• By Airman 1st Class Jocelyn Tuller,' and '• 109th Air Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'Airmen ', cut in the stored copy after its first word, dropped; the dateline stays inside the first paragraph as stored)",
    text='''109th Airlift Wing security forces conduct training exercise
SCOTIA, N.Y. – Security forces from the 109th Airlift Wing trained March 5 on how and when to use force, facilitated by instructors who controlled the scenarios and ensured safety was the top priority.
The purpose was to put the security forces in a situation where they had to use each level on the “use of force continuum.” That continuum guides law enforcement and civilians on how much force to use against a resisting subject.
“We do these exercises because it is important for defenders to have hands-on experience dealing with each level of force,” said Tech. Sgt. William Brady, a swing shift flight chief. “Actually, shooting a Taser at someone is a lot different than learning in a classroom.”
During the exercise, groups of two Guard members would enter a building. In each scenario, security forces members played the “bad guy.”
In the first scenario, the aggressor wore a red, padded suit for his protection and the weapon used was a baton.
“The suit is padded and easy to maneuver in for protection,” Brady said.
The second scenario included two service members wearing full-body Taser suits, which are harder to move in but protect the person from feeling the Taser. The training Taser cannot penetrate the material of the suit.
In the third and final scenario, two members had weapons, including a reported gun, and the security forces members had airsoft guns to simulate deadly force.
All participants wore face protection, eye protection and head protection for safety.''',
    quotes=[
        Q('“use of force continuum.”', None, None),
        Q('“We do these exercises', 'each level of force,”', "William Brady"),
        Q('“Actually, shooting a Taser', 'in a classroom.”', "William Brady"),
        Q('“bad guy.”', None, None),
        Q('“The suit is padded', 'for protection,”', "William Brady"),
    ],
    aliases={"William Brady": ["Tech. Sgt. William Brady", "Brady", "a swing shift flight chief"]},
),
dict(
    id="dobbins-suited-and-booted",
    source="https://www.dobbins.afrc.af.mil/News/Article-Display/Article/3169593/suited-and-booted/",
    license=PD, retrieved=PAGES + " (94th Airlift Wing story of September 2022 (exercise Sept. 19-24, 2022); the lines '• Published', '• By SrA Gage Daniel' and '• 94th Airlift Wing' and the empty lines between paragraphs dropped; headline kept once; trailing spaces at paragraph ends removed; the paragraph '“The injects are a good thing to have,” said Tech. Sgt. Doug Crisp, ... It’s like working out, as you perform more r', cut in the stored copy, dropped with the rest of the page; 'oversees' as stored)",
    text='''Suited and Booted
Exercise. Exercise. Exercise.
Airmen from the 94th Security Forces Squadron at Dobbins Air Reserve Base grew familiar with those words reverberating through the outdoor loudspeakers during a base-wide exercise last week.
“When I hear those three words, the first thing that comes to my mind is a big ‘what if,’” said Staff Sgt. Timothy Wright, 94th SFS, security forces Airman. “It makes you wonder how much they’re going to try to stress you. Sometimes things start at a zero and work up to a 100, or they start at 100 and you have to de-escalate things to a zero yourself or as a team.”
As a part of an exercise this week to evaluate the 94th Airlift Wing’s capability to deploy, the 94th SFS and Airmen from other squadrons participated in a week-long exercise containing four phases at Dobbins ARB, Ga., from Sept. 19-24, 2022.
The four phases of this exercise were: generation, which is setting up, deployment, which is moving to a location other than home-station, and that’s usually oversees, sustainment, which would be sustaining operations in the deployed environment, and redeployment, and that’s deploying back home, said TSgt. Brandon Duke, 94th Airlift Wing, Wing Inspection Team program manager.
A successful exercise requires all squadrons to operate cohesively and move in unison to keep the whole wing running efficiently. A particular area of importance to the overall health and wellbeing of any military installation is security. One way SFS was able to repeatedly train on readiness capabilities was with the use of “injects,” which were random events that related to obstacles one may face in the real-world.''',
    quotes=[
        Q('“When I hear those three words', '‘what if,’”', "Timothy Wright"),
        Q('“It makes you wonder', 'or as a team.”', "Timothy Wright"),
        Q('“injects,”', None, None),
    ],
    aliases={"Timothy Wright": ["Staff Sgt. Timothy Wright", "94th SFS, security forces Airman"]},
),
dict(
    id="dvids-14th-sfs-puts-agile-combat-employment-into-action",
    source="https://www.dvidshub.net/news/496344/14th-sfs-puts-agile-combat-employment-into-action",
    license=PD, retrieved=PAGES + " (DVIDS story 496344 of April 2025, 14th Flying Training Wing; the stored copy has no headline or header lines and opens with the dateline paragraph; the crawl field ' date 2025-04-21' that precedes it and the empty lines between paragraphs dropped; no title added; the paragraph 'Mckenna explained that the immersive training environment provided val', cut in the stored copy, dropped; 'COLUMBUS AIR FORCE BASE. Miss.' and the left curly mark closing Mckenna's first quotation ('threat,“') as stored (H1731))",
    text='''COLUMBUS AIR FORCE BASE. Miss. -- The 14th Flying Training Wing, 14th Security Forces Squadron executed a 72-hour field training deployment exercise, pushing the limits of readiness and innovation in direct response to the demands of the evolving global security environment.
Held in an austere environment designed to mirror real-world conditions, the exercise tested the Defenders’ ability in a deployment setting to establish a base defense operating center and sustained continuous defense in a contested setting. The training emphasized mobility, communications, reconnaissance, and mission sustainment with limited resources and manpower, core capabilities essential for modern conflict environments.
“As a security forces enterprise our mission set is changing,” said Capt. Maxwell Laguna, 14th Security Forces Squadron operations officer. “We need to be able to meet the emerging threats that are coming our way, and it won’t be with the same tactics and procedures we used during the Global War on Terrorism.”
Throughout the 72 hours, Defenders were required to operate in small six-to-eight-member teams on rotating shifts to secure different objectives and perform base defense tasks. Security Forces Airmen and K-9 military working dogs engaged simulated enemy combatants, planned and executed raids and assaults, located ambush points and navigated tactical ruck marches aligning with the Air Force’s Agile Combat Employment (ACE) concept.
“Giving Airmen more time behind their weapon system is important for a war with a near-peer threat,“ said Staff Sgt. Dylan Mckenna, 14th Security Forces Squadron noncommissioned officer in charge, “We are going to be tasked to be a ground support element securing airfields downrange, so projecting our combat air power starts with us.”''',
    quotes=[
        Q('“As a security forces', 'set is changing,”', "Maxwell Laguna"),
        Q('“We need to be able', 'War on Terrorism.”', "Maxwell Laguna"),
        Q('“Giving Airmen more time', 'near-peer threat,“', "Dylan Mckenna"),
        Q('“We are going to be tasked', 'starts with us.”', "Dylan Mckenna"),
    ],
    aliases={"Maxwell Laguna": ["Capt. Maxwell Laguna", "14th Security Forces Squadron operations officer"],
             "Dylan Mckenna": ["Staff Sgt. Dylan Mckenna", "14th Security Forces Squadron noncommissioned officer in charge"]},
),
]
