# Held-out English news pages (tests/data/heldout127-en.jsonl), none of them used in an earlier set. These texts are
# stored web pages (the `pages` search corpus) of US military news quoting officers, enlisted members and civilians: the
# 1st Marine Division story on 2nd Battalion, 2nd Marines' range in Iraq (August 2004, 1stmardiv.marines.mil), the
# af.mil story on maintainers at Red Flag-Alaska, the 173rd Fighter Wing's 2021 story on its support Airmen at Eglin
# (173fw.ang.af.mil), the Navy NewsStand story on USS Peleliu's Deck Department (April 2013, navy.mil print page), two
# copies on globalsecurity.org of Defense Department news (American Forces Press Service, August 2012: USS John C.
# Stennis' early deployment; Navy NewsStand, May 2006: USS Port Royal's midpoint of deployment), the Army.mil story on
# US Army Central's 2017 volunteer recognition ceremony, the Army.mil story on Fort Huachuca's Adopt-A-School program
# (2015), the af.mil story on Barksdale's B-52 maintainers (2005) and the Army.mil story on US Army Alaska's school
# partnership signing (2012). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or
# another third party (globalsecurity.org only reproduces the government texts). The stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Site lines,
# photo captions, bylines, story-number, date and release lines and repeated page titles are dropped; wording, spelling
# ('awhile', 'intensions', 'Solider', 'are hard at work', 'Lt. Gen Michael'), spacing inside paragraphs (the double
# spaces of the 1st Marine Division page) and quotation marks (straight and curly) are as stored. Annotated by reading
# the pages, before whosaid was run on them (rules H960-H963 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout127-en.jsonl

Built by `build.py` from `heldout127_pages.py`. Like heldout105-en, heldout109-en and heldout112-en, these texts are
stored web pages (the `pages` search corpus) of US military news, none of them used in a set above, this time quoting
officers, enlisted members and civilians of the Marine Corps, Air Force, Air National Guard, Navy and Army: the 1st
Marine Division story on 2nd Battalion, 2nd Marine Regiment's range in Iraq (August 2004), the af.mil story on the
Iowa Air National Guard's maintainers at Red Flag-Alaska, the 173rd Fighter Wing's story on its support Airmen at Eglin
Air Force Base (May 2021), the Navy NewsStand story on USS Peleliu's Deck Department (April 2013), two copies on
globalsecurity.org of Defense Department news (American Forces Press Service, August 2012, on USS John C. Stennis'
early deployment; Navy NewsStand, May 2006, on USS Port Royal's midpoint of deployment), the Army.mil story on U.S. Army
Central's April 2017 Volunteer Recognition Ceremony, the Army.mil story on Fort Huachuca's Adopt-A-School/Adopt-A-Center
program (2015), the af.mil story on the 2nd Aircraft Maintenance Squadron's B-52 specialists at Barksdale (December 2005)
and the Army.mil story on U.S. Army Alaska's School Partnership Program signing in Fairbanks (September 2012). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Site lines, photo captions, bylines and metadata lines were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by 8-word overlap with every existing text, including the other helpers' worktrees: no shared 8-word
sequence). The annotation (rules H960–H963 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usmc-1stmardiv-2004-08-23-lejeune-marines-hone-marksmanship-iraq",
    source="https://www.1stmardiv.marines.mil/News/News-Article-Display/Article/540334/lejeune-marines-hone-marksmanship-skills-in-iraq/",
    license=PD, retrieved=PAGES + " (1st Marine Division story of August 23, 2004; the site line 'Featured News' and the byline line '23 Aug 2004 | Cpl. Shawn C. Rhodes' dropped; the double spaces between sentences kept as stored; the paragraph '\"I wish we could do more movements ...\" sa...', cut in the stored copy, dropped)",
    text='''Lejeune Marines hone marksmanship skills in Iraq
When Marines hear volleys of rifle fire at the west side of the camp here they don't get anxious - they feel more confident.
Marines here from the Camp Lejeune-based 2nd Battalion, 2nd Marine Regiment are making sure they can shoot straight when it counts by doing just that - shooting.
"There are a lot of good reasons to use the range in a combat environment," said Chief Warrant Officer 2 Stanley L. Foster, the battalion gunner.  "It's not just to improve on precision and tactics, but also to rotate out their ammunition."
Corrosion can be a sharpshooter's nightmare when the moment counts, causing jams, according to Foster.
"Ammo can get dirty and dust which will affect it.  Some Marines don't shoot for awhile and that round they keep at the top of the magazine can wear out," said Foster, 41, of New York City.
Another reason Marines need to visit the range is to keep their weapons sighted in.  Marines have a tendency to believe if they see it through their scope, they can automatically hit it, according to Foster. That bad habit is put to rest through practice.
"We have them practice movements while they're firing," Foster said.  "These are the same things they would do if under fire.  They do it until it becomes second nature."
The Marines agreed that the range has great benefits.
"Doing these live fire drills helps keep us up on the fundamentals and gives us practice as a team," said Cpl. Craig D. Shafer, 24, of Bremerton, Wash., and a rifleman with the unit.  "It's not just about handling weapons. It's building trust with your fellow Marines."
Marines practice what squad movements they can on the small range.  It serves as a good starting point for their training and also suits the size of the base but Marines wish it could be larger.''',
    quotes=[
        Q('"There are a lot of good reasons', 'combat environment,"', "Stanley L. Foster"),
        Q('"It\'s not just to improve', 'their ammunition."', "Stanley L. Foster"),
        Q('"Ammo can get dirty', 'can wear out,"', "Stanley L. Foster"),
        Q('"We have them practice', 'they\'re firing,"', "Stanley L. Foster"),
        Q('"These are the same things', 'second nature."', "Stanley L. Foster"),
        Q('"Doing these live fire drills', 'as a team,"', "Craig D. Shafer"),
        Q('"It\'s not just about handling', 'fellow Marines."', "Craig D. Shafer"),
    ],
    aliases={"Stanley L. Foster": ["Chief Warrant Officer 2 Stanley L. Foster", "Foster"],
             "Craig D. Shafer": ["Cpl. Craig D. Shafer"]},
),
dict(
    id="af-mil-red-flag-alaska-maintainers-make-it-happen",
    source="https://www.af.mil/News/Article-Display/Article/120544/maintainers-make-it-happen-during-red-flag-alaska",
    license=PD, retrieved=PAGES + " (af.mil story by Senior Airman Christopher Boitz, 354th Fighter Wing Public Affairs; the 'Published' and byline lines dropped; the paragraph '\"Even though we come from different places, ...\" Sergeant Geor...', cut in the stored copy, dropped)",
    text='''Maintainers make it happen during Red Flag-Alaska
During Red Flag-Alaska, thousands of feet above the rugged Alaskan terrain, pilots push their aircraft to the limits, performing dog fights and defensive maneuvers against aggressors, honing their skills for combat missions. However, pilots aren't the only ones who are contributing to mission success.
During the Pacific Air Forces commander-directed field training exercise, there are men and women on the ground who ensure those aircraft are safe and ready to go into combat and engage enemy targets.
"Maintainers are an integral part of the mission here," said Staff Sgt. James George, an F-16 Fighting Falcon crew chief assigned to the Iowa Air National Guard's 132nd Aircraft Maintenance Squadron in Des Moines. "The pilots can't do their job, unless we do ours."
In this exercise that provides training in a simulated combat environment, there are F-16s from the 18th Aggressor Squadron here, who play the enemy in the training scenarios, and aircraft from other bases and countries who play the friendly forces.
Before any of the aircraft fly, good guys or bad, maintainers have to do their part. Inspections are carried out on all aircraft; making sure aircraft are capable of participating in the event.
"We inspect the electronics, the canopy for pressurization and hydraulics," said Senior Airman Justin Bauer, an aircraft electrician assigned to the 132nd AMXS. "Every time a jet's out of commission that's valuable training time that's being lost. That lost time could affect a real-world mission down the road. We help keep them airborne."
Throughout Red Flag-Alaska, maintainers work side-by-side to accomplish the mission. But accomplishing the mission isn't the only thing these maintainers have in common.''',
    quotes=[
        Q('"Maintainers are an integral part', 'mission here,"', "James George"),
        Q('"The pilots can\'t do their job', 'we do ours."', "James George"),
        Q('"We inspect the electronics', 'and hydraulics,"', "Justin Bauer"),
        Q('"Every time a jet\'s out of commission', 'keep them airborne."', "Justin Bauer"),
    ],
    aliases={"James George": ["Staff Sgt. James George"],
             "Justin Bauer": ["Senior Airman Justin Bauer"]},
),
dict(
    id="ang-173fw-2021-it-takes-more-than-a-maintainer",
    source="https://www.173fw.ang.af.mil/News/Article-Display/Article/2643728/it-takes-more-than-a-maintainer-to-keep-the-machines-running/",
    license=PD, retrieved=PAGES + " (173rd Fighter Wing story by Senior Airman Adam Smith, 2021; the 'Published' and byline lines dropped; the stored part ends with the paragraph 'According to Welch, ... “You don’t see that everywhere.”', kept as a complete paragraph)",
    text='''It Takes More than a Maintainer to Keep the Machines Running
Many Airmen of the U.S. Air Force are familiar with the common question: “Are you a pilot?” It’s a simple query served by many members of the public who simply aren’t familiar with the inner workings of America’s Air Defense.
Only a small fraction wear wings within the military, however, and it may surprise some to hear that many don’t even directly interact with aircraft at all. The reality is that the aircrew, maintainers, and the broader USAF are utterly dependent on the Airmen who devote their service to making sure that equipment is available, parts are delivered, and salaries paid.
When the 173rd Fighter Wing travelled to Eglin Air Force Base, Fla., May 1-15, 2021, they brought a handful of Airmen whose jobs were to handle everything not related to flying.
For Master Sergeant Jennifer Whitlock, Air Transportation NCO, this meant setting up the cargo planes to deliver the Airmen and equipment, coordinating trucks to drive across the nation with large shipping containers, and make sure nothing was lost along the way.
Encountering difficulties such as cancelled flights and delayed shipments were not uncommon for Whitlock.
“We ended up bringing a military truck to offset one of the [commercial] trucks that didn’t show up,” said Whitlock, complimenting the team of Airmen who worked on the back end to make arrangements last minute to get everything where it needed to go.
Lt. Col Kevin Welch, TDY Project Officer, said “One of the best things is they’re such professionals, and they just show up and do their job.”
According to Welch, one of the primary strengths of the Kingsley Family is their ability to get the job done without dependence on external input. “You don’t see that everywhere.”''',
    quotes=[
        Q('“Are you a pilot?”', None, None),
        Q('“We ended up bringing', 'didn’t show up,”', "Jennifer Whitlock"),
        Q('“One of the best things', 'do their job.”', "Kevin Welch"),
        Q('“You don’t see that everywhere.”', None, "Kevin Welch"),
    ],
    aliases={"Jennifer Whitlock": ["Master Sergeant Jennifer Whitlock", "Whitlock"],
             "Kevin Welch": ["Lt. Col Kevin Welch", "Welch"]},
),
dict(
    id="navy-nns130414-03-peleliu-deck-department-fills-vital-roles",
    source="http://www.navy.mil/search/print.asp?story_id=73371&VIRIN=&imagetype=1&page=0",
    license=PD, retrieved=PAGES + " (Navy NewsStand print page of April 14, 2013; the 'Story Number: NNS130414-03', date and byline lines dropped; the paragraph 'Deck department's workforce is comprised of 80 service members, ... the profession mos...', cut in the stored copy, dropped with its quoted \"strike\")",
    text='''Peleliu Deck Department Fills Vital Roles
INDIAN OCEAN (NNS) -- From the forecastle to the well deck of the amphibious assault ship USS Peleliu (LHA 5), the growl of needle guns and sanders can be heard as enlisted Sailors prep, paint, prep, and paint again.
The Sailors behind those machines are part of Deck Department.
Often covered in a layer of rust chips and haze gray paint flecks, they are some of the most seaworthy sailors aboard are hard at work.
Deck Department sailors are primarily responsible for Peleliu's hull preservation as well as conducting safe evolutions involving seamanship, a marlinspike, anchoring, and the well deck.
The upkeep and presentation of Peleliu contributes to mission readiness and power projection.
"When people come on board, it's important that we provide a good impression," said Senior Chief Boatswain's Mate Rosa Velasquez. "They'll take a look at our ship and our quarterdeck gear and what they see is a reflection of us as professionals."
The Deck Department takes pride in preservation and works constantly at renewing publicly viewable areas, such as the forecastle's ceremonial display or the sides of the ship.
"A lot of people don't get a chance to see what Deck does," said Boatswain's Mate 2nd Class Steven Bryant. "They don't see us out there grinding, chipping, and painting. All they see is the finished product which is us having immaculate spaces. And it's all my junior guys doing it."''',
    quotes=[
        Q('"When people come on board', 'good impression,"', "Rosa Velasquez"),
        Q('"They\'ll take a look', 'as professionals."', "Rosa Velasquez"),
        Q('"A lot of people don\'t get a chance', 'what Deck does,"', "Steven Bryant"),
        Q('"They don\'t see us out there', 'guys doing it."', "Steven Bryant"),
    ],
    aliases={"Rosa Velasquez": ["Senior Chief Boatswain's Mate Rosa Velasquez"],
             "Steven Bryant": ["Boatswain's Mate 2nd Class Steven Bryant"]},
),
dict(
    id="afps-2012-08-24-stennis-sailors-early-deployment-tough",
    source="https://www.globalsecurity.org/military/library/news/2012/08/mil-120824-afps03.htm",
    license=PDC, retrieved=PAGES + " (American Forces Press Service story by Karen Parrish, August 24, 2012, on globalsecurity.org; the site's job-network line, the 'American Forces Press Service' lines and the byline dropped; the odd dash '-–' kept as stored; the paragraph '“I know we are needed there. I know there’s a carrier presence t...', cut in the stored copy, dropped)",
    text='''Sailors: Early Deployment Tough, but ‘We’re Needed’
NAVAL BASE KITSAP, Wash., Aug. 24, 2012 – In July, the crew of the aircraft carrier USS John C. Stennis learned their ship would deploy four months earlier than planned, and to a different part of the world than expected. Less than two months later, they report they’re ready to go.
Defense Secretary Leon E. Panetta visited the ship this week to thank the sailors for their service and their extraordinary effort in preparing the ship. During his visit, some of the crew discussed with American Forces Press Service what their summer has involved.
Petty Officer 1st Class Alex Armour has spent 10 years in the Navy, with two on the Stennis. Armour took part in the ship’s last deployment, seven months in the Middle East, which ended in early March.
“We went from place to place [for] port visits,” he said, “but we spent the majority of our time in the [Persian] Gulf.”
Word of the next deployment -– back to the Middle East -- came in July, he said, while the ship was underway for training. Many of the sailors were anticipating the deployment that had been previously announced, which would have taken the Stennis carrier strike group to the Pacific later in the year, Armour added.
“A lot of people had made plans; they weren’t planning on being out to sea [again] so quickly,” he said. “The turn-around was really quick for us. … We had to qualify the carrier and the strike group once again; just all this stuff got crunched into a four-month period. And that, I know, weighed a lot of stress [on] the personnel on board, as well as the chain of command.”
Armour said he understands why the Stennis carrier strike group is headed out to the Gulf region again.''',
    quotes=[
        Q('‘We’re Needed’', None, None),
        Q('“We went from place to place', 'port visits,”', "Alex Armour"),
        Q('“but we spent the majority', '[Persian] Gulf.”', "Alex Armour"),
        Q('“A lot of people had made plans', 'so quickly,”', "Alex Armour"),
        Q('“The turn-around was really quick', 'chain of command.”', "Alex Armour"),
    ],
    aliases={"Alex Armour": ["Petty Officer 1st Class Alex Armour", "Armour"]},
),
dict(
    id="nns060526-26-uss-port-royal-celebrates-midpoint-of-deployment",
    source="https://www.globalsecurity.org/military/library/news/2006/05/mil-060526-nns07.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS060526-26 by Journalist 2nd Class Cassandra Thompson, May 26, 2006, on globalsecurity.org; the site's donation line, 'Military', 'Navy NewsStand', story-number, release-date and byline lines dropped; the paragraph 'Port Royal has conducted MS...', cut in the stored copy, dropped)",
    text='''USS Port Royal Celebrates Midpoint of Deployment
NORTH PERSIAN GULF (NNS) -- While conducting maritime security operations (MSO), USS Port Royal (CG 73) crew members celebrated the midpoint of deployment, May 17, with a week packed with morale-boosting activities.
Despite long watches and infrequent port calls, the crew of the Aegis-class guided-missile cruiser has consistently come up with innovative ways to boost spirits and keep entertained.
“We have a Morale, Welfare and Recreation (MWR) team that goes out to each division and asks them what they want to do,” explained Yeoman 3rd Class Javier Solis, the ship's MWR coordinator and a native of Aurora, Colo. “Once we get all of our ideas together, we submit them to the captain. He'll look at it and figure out what we can do.”
Departmental input was responsible for the fifth installment of “Port Royal Idol,” May 14. The program, broadcast internally though all the ship's televisions, gave shipmates the opportunity to fill the roles of Randy, Simon and Paula Abdul from the popular television series “American Idol.” More than two dozen Port Royal Sailors performed that day for a very receptive audience.
Additionally, on May 17, department-driven teams competed against each other in Port Royal's version of the game show, “Family Feud,” and members of the first class petty officers' association hosted an ice cream social to show their appreciation for the hard work and dedication of their shipmates.
Steel Beach picnics and the monthly Port Royal Press, which gives department heads the opportunity to publicly commend their most dedicated Sailors, also play a part in maintaining crew morale.''',
    quotes=[
        Q('“We have a Morale, Welfare', 'want to do,”', "Javier Solis"),
        Q('“Once we get all of our ideas', 'what we can do.”', "Javier Solis"),
        Q('“Port Royal Idol,”', None, None),
        Q('“American Idol.”', None, None),
        Q('“Family Feud,”', None, None),
    ],
    aliases={"Javier Solis": ["Yeoman 3rd Class Javier Solis"]},
),
dict(
    id="army-2017-04-11-us-army-central-recognizes-volunteers",
    source="https://www.army.mil/article/185897/us_army_central_recognizes_volunteers",
    license=PD, retrieved=PAGES + " (Army.mil story by Staff Sgt. Christal Crawford, April 11, 2017; the byline-and-date line, the repeated title and the photo caption with its 'VIEW ORIGINAL' link dropped; the paragraph '\"We describe a true volunteer as any person ...', cut in the stored copy, dropped)",
    text='''US Army Central recognizes volunteers
U.S. Army Central honored volunteers from across the command during its annual Volunteer Recognition Ceremony, April 6 at Patton Hall.
The ceremony included volunteers from locations in the United States as well as those overseas who participated via teleconference.
"You're a special group," said Lt. Gen Michael X. Garrett, the commanding general of USARCENT. "Thank you for the support you give to our families and what you do for our community to make our units better and make life better for all of us."
Volunteers support the command and its mission in many ways.
"Our volunteers support our military mission by providing support, outreach and information to our family members, Soldiers, and DA civilians," said Maj. Kemau A. Whittington, the event's master of ceremony. "(They also have been) advocating, referring and developing relationships between members of our USARCENT family and our community."
Twenty-two volunteers were recognized for their dedication, integrity, selfless and outstanding volunteer service. The volunteers were recognized for their efforts in increasing USARCENT participation in various communities by providing mentoring and tutoring to students at local elementary, middle and high schools both in the United States and abroad, as well as their roles as coaches and volunteers in the other youth organizations.''',
    quotes=[
        Q('"You\'re a special group,"', None, "Michael X. Garrett"),
        Q('"Thank you for the support', 'for all of us."', "Michael X. Garrett"),
        Q('"Our volunteers support', 'DA civilians,"', "Kemau A. Whittington"),
        Q('"(They also have been)', 'our community."', "Kemau A. Whittington"),
    ],
    aliases={"Michael X. Garrett": ["Lt. Gen Michael X. Garrett"],
             "Kemau A. Whittington": ["Maj. Kemau A. Whittington"]},
),
dict(
    id="army-2015-fort-huachuca-adopt-a-school-program-underway",
    source="https://www.army.mil/article/145812/fort_huachuca_adopt_a_schooladopt_a_center_program_underway",
    license=PD, retrieved=PAGES + " (Army.mil story on Fort Huachuca's Adopt-A-School/Adopt-A-Center program, 2015; the stored part has no headline and begins with the dateline; the paragraph '\"The moment a Solider walks into their classroom, ...', cut in the stored copy, dropped)",
    text='''Fort Huachuca, Arizona - Soldiers and students are working together this year at local schools.
Each Fort Huachuca Accommodation School, Child, Youth and School Service Child Care Facility, and Buena High School have a unit assigned as their sponsor through the Adopt-A-School/Adopt-A-Center Program. These relationships were built and grown throughout the 2014 -- 2015 School Year.
With key support from previous U.S. Army Garrison Command Sgt. Maj. James Ramsey, the School Liaison Officer, Erin Schnitger, was able to solidify and create a contingent, and prospering program.
"It has been wonderful to see each unit uniquely develop their program based on the size of their units, availability of Soldiers and staff, and the age group of the entity that they support" said Schnitger. "The neat thing about this program is it has the capacity to constantly develop and grow, based on the needs of the community".
The Adopt-A-School/Adopt-A-Center program is more than a volunteer program. The intensions behind the program are four-fold.
First is rebuilding a positive connection to the uniform, Schnitger said.
"Mom or Dad gets up in the morning, and the Army is seen as the reason they have to leave so early. The Army is what takes them away for a two-week training, a six-month deployment, or a yearlong tour. Thus, throughout the course of their lives, Military children start to see the uniform as a physical embodiment of mom or dad leaving, being unavailable or busy" said Schnitger.''',
    quotes=[
        Q('"It has been wonderful', 'that they support"', "Erin Schnitger"),
        Q('"The neat thing about this program', 'of the community"', "Erin Schnitger"),
        Q('"Mom or Dad gets up', 'unavailable or busy"', "Erin Schnitger"),
    ],
    aliases={"Erin Schnitger": ["Schnitger"]},
),
dict(
    id="af-mil-2005-12-barksdale-maintainers-keep-buffs-flying",
    source="https://www.af.mil/News/Article-Display/Article/132539/barksdale-maintainers-keep-buffs-flying",
    license=PD, retrieved=PAGES + " (af.mil story by Stephanie Bemrose, 2nd Bomb Wing Public Affairs, December 2005; the 'Published' and byline lines dropped; the paragraph 'Airmen turn over information -- on what needs repair, ... so they can cont...', cut in the stored copy, dropped)",
    text='''Barksdale maintainers keep ‘Buffs’ flying
Some people have compared the specialists at the 2nd Aircraft Maintenance Squadron to gears in a watch. The watch can’t tick without the gears -- just as aircraft can’t fly without the Airmen.
Within the squadron, specialists in each of the three aircraft maintenance units work behind the scenes to make sure all the B-52 Stratofortress’ aircraft systems work.
The Airmen learn one or more aircraft systems to make sure each is ready for every sortie.
“Each specialty is out there supporting the launch to ensure there are no mission breakers and that the aircraft are repaired in a timely manner prior to departing,” said Master Sgt. Tony Santiago. He is the assistant specialist section chief with the 96th Aircraft Maintenance Unit.
“The hallmark to our success is that we are able to repair and generate aircraft on time,” he said. The sergeant said Airmen work hard to beat the 12-hour fix-rate standard.
When aircrew members find a broken system during a pre-flight inspection, specialists knowledgeable with the system troubleshoot and correct the problem.
Their day begins at the sortie support section. There, they check out their tools and equipment.
Then, after roll call, supervisors assign them maintenance projects. These can include recovering, repairing or troubleshooting aircraft. Then it’s off to the flightline to begin work.
At the end of a task, each tool box and piece of equipment is inventoried to make sure maintainers do not leave items on aircraft -- to be ingested by an engine, short out an electrical system or jam flight controls. Any of these problems compromise aircraft airworthiness and aircrew safety.''',
    quotes=[
        Q('‘Buffs’', None, None),
        Q('“Each specialty is out there', 'prior to departing,”', "Tony Santiago"),
        Q('“The hallmark to our success', 'aircraft on time,”', "Tony Santiago"),
    ],
    aliases={"Tony Santiago": ["Master Sgt. Tony Santiago"]},
),
dict(
    id="army-2012-09-19-us-army-alaska-renews-school-partnership",
    source="http://www.army.mil/article/87572/U_S__Army_Alaska_renews_school_partnership",
    license=PD, retrieved=PAGES + " (Army.mil story of September 19, 2012; the stored part has no headline and begins with the dateline; the paragraph '\"Our goal for this partnership is to establish a long-lasting relationship ...', cut in the stored copy, dropped)",
    text='''FORT WAINWRIGHT, Alaska (Sept. 19, 2012) -- U.S. Army Alaska renewed its commitment to a strong relationship with the local Fairbanks community during the third annual School Partnership Program's Memorandum of Agreement signing at the Fairbanks North Star Borough School District building, Sept. 10.
"This small ceremony represents the Army's commitment to taking an active and visible role in improving the education of our children and supporting our local schools," said U.S. Army Alaska Commander Maj. Gen. Michael X. Garrett. "The Military in Alaska is very fortunate to have a strong bond with our civilian community. We are grateful for the unwavering support we receive from area businesses, government agencies, and local residents. We are extremely pleased to be able to enter this partnership for a third straight year."
The program partners local schools with Fort Wainwright units and provides Soldiers the opportunity to volunteer their time in a variety of activities.
Some of those activities include: JROTC programs, dental health classes, wounded warrior luncheons, and field trips on the military installation. The Soldiers also get the opportunity to work with the students in a more traditional sense.
The Soldiers help with math, science, and with the winter months rapidly approaching they will assist with outdoor education and survival classes.
Garrett said he hopes U.S. Army Alaska Soldiers can use their past experiences to help to help educate the students.''',
    quotes=[
        Q('"This small ceremony represents', 'our local schools,"', "Michael X. Garrett"),
        Q('"The Military in Alaska', 'third straight year."', "Michael X. Garrett"),
    ],
    aliases={"Michael X. Garrett": ["Maj. Gen. Michael X. Garrett", "Garrett"]},
),
]
