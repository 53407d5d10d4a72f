# Held-out English news texts (tests/data/heldout333-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force, Air Force Reserve and Marine Corps news stories (public domain, 17 U.S.C.
# § 105): an Air Force's Personnel Center story (squadron commander course goes virtual, 2020), two stories of the 908th
# Airlift Wing at Maxwell AFB (an Operational Readiness Exercise at Gulfport; the AMC IG inspection result), a 931st Air
# Refueling Wing story (Regional Squadron Commander Symposium, 2022), an Air Force District of Washington story
# (Squadron Commanders Course, 2018), an Air University story of the 908th Operations Support Squadron (Ready Airman
# Training, 2024), a Marine Corps Air Station Iwakuni story (change of command) and a 3rd Marine Aircraft Wing story
# (sergeant-led colors ceremony at Miramar, 2014). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted
# in `retrieved`). Site lines, '• Published' / '• By ...' byline lines, photo blocks and the empty lines between
# paragraphs are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it
# has none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1825-H1829 in ANNOTATION.md on top of H1-H1824).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout333-en.jsonl

Built by `build.py` from `heldout333_pages.py`. Like heldout268-en, heldout302-en and the other military sets above,
these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. §
105), none of them used in a set above, this time Air Force, Air Force Reserve and Marine Corps stories: an Air Force's
Personnel Center story on afpc.af.mil (article 2206350, the Squadron Commander and Superintendent Course goes virtual,
May 2020), an Air University story of the 908th Airlift Wing (airuniversity.af.edu article 421057, 'ORE closes with
valuable lessons learned'), a 908th Airlift Wing story (908aw.afrc.af.mil article 173560, 'AMC IG declares 908
deployment ready'), a 931st Air Refueling Wing story (931arw.afrc.af.mil article 3076520, Regional Squadron Commander
Symposium, June 2022), an Air Force District of Washington story (afdw.af.mil article 1526168, Squadron Commanders
Course, May 2018), an Air University story of the 908th Operations Support Squadron (airuniversity.af.edu article
3918275, Ready Airman Training, Sept. 2024), a Marine Corps Air Station Iwakuni story (mcasiwakuni.marines.mil article
506121, change of command) and a 3rd Marine Aircraft Wing story (3rdmaw.marines.mil article 549063, sergeant-led colors
ceremony at MCAS Miramar, March 2014). None is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it
holds a quotation (what was dropped is noted per page). The '.mil website' notice lines, the 'Redirecting...' line, the
'• Published' and '• By ...' byline lines, the photo information blocks and the empty lines between paragraphs were
dropped; wording and quotation marks (straight and curly, mixed where the copy mixes them) are as stored. Pages read
but left out: 113wg.ang.af.mil 447992 (already in heldout85-en), nationalguard.mil 611419 (already in heldout33-en),
army.mil 41598 (already in heldout68-en and heldout283-en), buckley.spaceforce.mil 3467282 (already in heldout268-en),
dvidshub.net 556732 (its stored copy keeps only two quotations of one speaker), eglin.af.mil story 123289002 (its stored
copy keeps only one complete quotation paragraph) and copies of military stories on newspaper, broadcaster or blog sites (yellowhammernews.com,
soldiersystems.net, militaryphotographer.blogspot.com; not the public-domain originals). None of the pages used is in
any set above (checked by URL and article number (2206350, 421057, 173560, 3076520, 1526168, 3918275, 506121, 549063),
by title and by the names of their speakers and phrases, such as Josh Hawkins, Cody Gravitt, briefer cadre, Catchings,
Blue Thunder, Almind, Woody, Brett Clark, Langefeld, Squadron Commanders Course, James A. Jacobson, Command is as cool,
Jesse Liethen, Lehmkuhl, Dan Ryley, perfect procession, McNichol-Bernal and NCO led and organized, with grep over
tests/data of the main tree and of every other helper's worktree: no hit; the O'Halloran of heldout158-en is a HUD
contact, another person). The annotation (rules H1825–H1829 in `ANNOTATION.md` on top of H1–H1824) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="afpc-2020-squadron-commander-superintendent-course-goes-virtual",
    source="http://www.afpc.af.mil/News/Article-Display/Article/2206350/squadron-commander-superintendent-course-goes-virtual/",
    license=PD, retrieved=PAGES + " (Air Force's Personnel Center Public Affairs story of May 2020 (course May 18-21; undated in the stored copy); the lines '• Published', '• By Toni Whaley', '• Air Force’s Personnel Center Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph '“The support we received from the briefer cadre and AFPC leadership was phenomenal,” said Lt. Col. Cody Gravitt, AFPC co-course director', cut in the stored copy, dropped (H1828); Toth's bracketed words as stored (H1827))",
    text='''Squadron Commander, Superintendent Course goes virtual
The Air Force’s Personnel Center Squadron Commander and Superintendent Course has gone virtual.
As the Defense Department continues to define its new norm due to COVID-19 precautions, AFPC hosted the virtual course May 18-21. The AFPC course directors acknowledged a group of new squadron commanders and superintendents were coming on board this summer, regardless, and would need the sought-after training.
“After the April in-residence class was canceled due to COVID-19, Cody and I started brainstorming that Friday afternoon on what needed to occur to keep this vital program going,” said Lt. Col. Josh Hawkins, AFPC co-course director. “We developed the concept for the 20B-virtual program, presented it to General Toth for approval on May 4, and executed 14 days later becoming the first central course to go fully virtual.”
“From the quick adjustments to the innovative processes implemented, the team did a great job across the board putting this course together,” said Maj. Gen. Andrew Toth, AFPC commander. “Is this the future? That is yet to be determined, but we will conduct another virtual class this summer. We know that getting this information up front, within your first six months of command and not learning it on the fly like I did [as a squadron commander], is how we ensure our leaders are equipped to take care of our Airmen, their families, and the mission.”
The team collaborated with various AFPC subject matter experts across the Talent Management spectrum, developed rules of engagement for the multi-day video-teleconference class hosts, and equipped 46 AFPC “briefer cadre” teammates with interactive training to prepare their briefs for virtual delivery.''',
    quotes=[
        Q('“After the April', 'program going,”', "Josh Hawkins"),
        Q('“We developed the concept', 'fully virtual.”', "Josh Hawkins"),
        Q('“From the quick adjustments', 'course together,”', "Andrew Toth"),
        Q('“Is this the future?', 'and the mission.”', "Andrew Toth"),
        Q('“briefer cadre”', None, None),
    ],
    aliases={"Josh Hawkins": ["Josh Hawkins", "Lt. Col. Josh Hawkins", "AFPC co-course director"],
             "Andrew Toth": ["Andrew Toth", "Maj. Gen. Andrew Toth", "AFPC commander", "General Toth"]},
),
dict(
    id="airuniversity-908aw-ore-closes-with-valuable-lessons-learned",
    source="https://airuniversity.af.edu/News/Display/Article/421057/ore-closes-with-valuable-lessons-learned",
    license=PD, retrieved=PAGES + " (908th Airlift Wing Public Affairs story, undated in the stored copy (exercise from Sept. 14); the line 'Redirecting...', the lines '• Published', '• By Tech. Sgt. Christian J. Michael', '• 908th Airlift Wing Public Affairs' and the empty lines between paragraphs dropped (H1828); headline kept once; the paragraph 'Colonel Catchings said the biggest lesson the unit took away from the ORE was how to integrate ... and other intra-unit coo', cut in the stored copy, dropped; straight marks and 'Pittsburg ARS' as stored)",
    text='''ORE closes with valuable lessons learned
The 908th Airlift Wing returned to Maxwell Saturday after a week-long Operational Readiness Exercise at the Gulfport Combat Readiness Training Center, Gulfport, Miss. While there, the wing learned much in its preparation for the December Operational Readiness Inspection.
For the exercise, six of the Air Force Reserve unit's C-130 aircraft along with 350 members flew to Gulfport for the combined exercise. Reservists from the 94th Airlift Wing, Dobbins ARB, Ga.; the 911th Airlift Wing, Pittsburg ARS, Pa.; and the 920th Rescue Wing, Patrick AFB, Fla.; also participated in the exercise.
"We showed a lot of improvement over the [Operational Readiness Training Program] 4," said Lt. Col. Steve Catchings, 908th AW operational readiness "warlord," referring to the previous installment of the 22nd Air Force exercise preparation programs leading up to the ORI. "Some areas and functionals did well; others now know the road they need to take to get better."
The wing departed for Gulfport early in the morning Sept. 14 and quickly set up shop. As night shift, they were the first force on ground after the advance forces had landed and began operations immediately, pulling a long, 18-hour shift their first day. While the week was demanding for everyone in the unit, it was necessary to prepare for what will come in December, Colonel Catchings said.
"There's no replacement for this kind of experience," said Colonel Catchings. "There were a lot of firsts. This is the first time we've done a full, no-kidding deployment out to Gulfport. It's invaluable training that the Maxwell exercise area, Blue Thunder, just can't provide."''',
    quotes=[
        Q('"We showed a lot', 'Program] 4,"', "Steve Catchings"),
        Q('"warlord,"', None, None),
        Q('"Some areas and functionals', 'to get better."', "Steve Catchings"),
        Q('"There\'s no replacement', 'of experience,"', "Steve Catchings"),
        Q('"There were a lot of firsts.', 'just can\'t provide."', "Steve Catchings"),
    ],
    aliases={"Steve Catchings": ["Steve Catchings", "Lt. Col. Steve Catchings", "Colonel Catchings"]},
),
dict(
    id="908aw-amc-ig-declares-908-deployment-ready",
    source="https://www.908aw.afrc.af.mil/News/Article-Display/Article/173560/amc-ig-declares-908-deployment-ready/",
    license=PD, retrieved=PAGES + " (908th Airlift Wing story by Gene H. Hughes, undated in the stored copy (inspection Dec. 4-11); the lines '• Published', '• By Gene H. Hughes', '• 908th Airlift Wing' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'The first night of the \"war', cut in the stored copy, dropped; Almind's quotation with its lost second opening mark and Clark's unclosed paragraph as stored (H1825, H1827))",
    text='''AMC IG declares 908 deployment ready
The 908th Airlift Wing justified the months of rigorous training and long hours of hard work by earning a "satisfactory" rating for its recent Operational Readiness Inspection. The Inspector General team from Air Mobility Command declared the Maxwell wing fully operational and ready to deploy in support of real-world American military missions.
The wing secured its rating in the graded categories of positioning the force, employing the force, mission support and ability to survive and operate during the Dec. 4-11 inspection held at the Combat Readiness Training Center in Gulfport, Miss.
"These guys are ready to go to war," said Col. John "Woody" Almind, AMC IG team leader. They're ready to deploy to any conventional theater that might be susceptible to chemical attacks or conventional missiles, and protect our freedoms."
During the past several months, the wing has prepared extensively for the ORI with its September Operational Readiness Exercise and subsequent Unit Training Assemblies. The hard work and extra effort sharpened the Airmen's skills and paid off during the inspection, which also included Reservists from the 94th Airlift Wing, Dobbins ARB, Ga.; the 911th Airlift Wing, Pittsburgh ARS, Pa.; and the 920th Rescue Wing, Patrick AFB, Fla.
"It's truly an honor and a privilege to command this tremendous organization," said Col. Brett Clark, 908th Airlift Wing commander. "This has become even more evident given the time limitations our Reservists had to overcome with only two drill weekends to resolve issues identified during the ORE.
"These inspection results validate what we already knew - the 908th remains ready ... always."
Inspectors evaluated the Maxwell wing's response to scenarios such as missile attacks, chemical agent contamination, security breaches and mass casualties, all while maintaining a high operations tempo.''',
    quotes=[
        Q('"satisfactory"', None, None),
        Q('"These guys are ready', 'protect our freedoms."', "Almind"),
        Q('"It\'s truly an honor', 'tremendous organization,"', "Brett Clark"),
        Q('"This has become even more evident', 'during the ORE.', "Brett Clark"),
        Q('"These inspection results', 'ready ... always."', "Brett Clark"),
    ],
    aliases={"Almind": ["Almind", "Col. John \"Woody\" Almind", "AMC IG team leader"],
             "Brett Clark": ["Brett Clark", "Col. Brett Clark", "908th Airlift Wing commander"]},
),
dict(
    id="931arw-2022-squadron-commander-symposium-kicks-off-in-kansas",
    source="http://www.931arw.afrc.af.mil/News/ArticleDisplay/tabid/8279/Article/3076520/squadron-commander-symposium-kicks-off-in-kansas.aspx",
    license=PD, retrieved=PAGES + " (931st Air Refueling Wing story of June 2022 (undated in the stored copy; 'In early June', FY22); the lines '• Published', '• By Maj Andrea Morris', '• 931 arw' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'On the second day of the symposium, all members of the course participated in a training scenario ... refueling of multip', cut in the stored copy, dropped; the double spaces after 'Branch.' and 'my unit.' as stored)",
    text='''Squadron Commander Symposium Kicks Off in Kansas
In early June, the 931st Air Refueling Wing at McConnell Air Force Base, Kansas, hosted the first of three Regional Squadron Commander Symposiums in Fourth Air Force. This course is the first in-person training for unit-level leaders in over 10 years due to recent budget constraints. Maj. Gen. Jeffrey Pennington, Fourth Air Force Commander, was in attendance for the entire two-day event, emphasizing the importance of readiness and relaying Gen. Charles Brown Jr., Chief of Staff of the Air Force’s, action order of accelerate change or lose.
The symposium kicked off with opening comments from Gen. Pennington, followed by a briefing on Diversity and Inclusion from Mr. G. Lee Floyd, Air Force Reserve Command’s Chief of Diversity and Inclusion Branch.  There were also briefings from AFRC representatives for Finance, personnel updates, Judge Advocate issues, as well as classified briefings on pacing threats and current intelligence.
According to Gen. Pennington, this course includes “Classified briefs that increase the sense of urgency and awareness of our leaders at the unit level about why and how to shift their focus to be ready for the future fight.”
Major Bjorn Langefeld, 445 MXS Commander was one of the commanders participating in the two-day course. “I really appreciated getting a brief from AFRC A1 and FM to understand how our unit fits into the AFRC manning plan as well as the budget,” Langefeld said. “One hour with the AFRC comptroller gave me a much clearer picture of O&M as well as RPA funding that I could take back and communicate to my unit.  The information not only helps us execute the rest of FY22, but also gave us a good roadmap on how to plan FY23 spending.”''',
    quotes=[
        Q('“Classified briefs', 'the future fight.”', "Jeffrey Pennington"),
        Q('“I really appreciated', 'as the budget,”', "Bjorn Langefeld"),
        Q('“One hour with the AFRC', 'FY23 spending.”', "Bjorn Langefeld"),
    ],
    aliases={"Jeffrey Pennington": ["Jeffrey Pennington", "Maj. Gen. Jeffrey Pennington", "Gen. Pennington", "Fourth Air Force Commander"],
             "Bjorn Langefeld": ["Bjorn Langefeld", "Major Bjorn Langefeld", "Langefeld", "445 MXS Commander"]},
),
dict(
    id="afdw-2018-immersive-afdw-squadron-commanders-course-wraps",
    source="https://www.afdw.af.mil/News/Article-Display/Article/1526168/immersive-afdw-squadron-commanders-course-wraps/",
    license=PD, retrieved=PAGES + " (Air Force District of Washington Command Information story of May 2018; the lines '• Published', '• By Master Sgt. Amaani Lyle', '• Air Force District of Washington Command Information' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'Appearing at the Smart Conference Center here May 15, National Footba', cut in the stored copy, dropped; the ellipsis character inside Jacobson's quotation as stored)",
    text='''Immersive AFDW Squadron Commanders Course wraps
As part of service-wide efforts to revitalize squadrons and help emerging leaders prime their Airmen for success in rapidly changing warfighter environments, the Air Force District of Washington hosted the 2018 Squadron Commanders Course at the Gen. Jacob E. Smart Conference Center here May 14-18.
The immersive, hands-on course presented to 16 field grade officers and several of their spouses command and leadership principles through guest speakers, site visits, media training workshops, and mentor guidance.
“Command is as cool as it gets,” AFDW Commander Maj. Gen. James A. Jacobson said to the officers, who will soon take the reins at squadrons here, throughout the National Capital Region, and at Air Force bases and elements around the globe. “You’re at that tactical level of leadership where you will literally be able to know every Airman that you’re responsible for … and every Airman has a story.”
Jacobson asserted that he and current Air Force senior leaders grew up in a different era, and suggested technology, increased operation tempos, and a smaller force have increased the complexity of challenges facing newer commanders, calling for adaptive and innovative leadership styles.
“You will lead in an Air Force environment that forces you to command differently,” Jacobson said. “You have to create a culture that allows Airmen to take charge and move out, and you’re training them to make decisions based on your leadership style and intent.”
As such, Jacobson and AFDW Vice Commander Col. Kevin Eastland, the course’s dedicated mentor, tapped into non-military perspectives and leveraged the command’s relationships with sports organizations to illustrate leadership and management best practices for the officers.''',
    quotes=[
        Q('“Command is as cool as it gets,”', None, "James A. Jacobson"),
        Q('“You’re at that tactical level', 'has a story.”', "James A. Jacobson"),
        Q('“You will lead in an Air Force', 'command differently,”', "James A. Jacobson"),
        Q('“You have to create a culture', 'style and intent.”', "James A. Jacobson"),
    ],
    aliases={"James A. Jacobson": ["James A. Jacobson", "Maj. Gen. James A. Jacobson", "AFDW Commander Maj. Gen. James A. Jacobson", "Jacobson"]},
),
dict(
    id="airuniversity-2024-908th-oss-wraps-up-ready-airman-training",
    source="https://airuniversity.af.edu/News/Display/Article/3918275/908th-oss-wraps-up-ready-airman-training",
    license=PD, retrieved=PAGES + " (908th Flying Training Wing story of Sept. 2024; the stored copy has no headline and opens with the dateline paragraph, no title added (H1828); the paragraph '\"I intentionally didn't assign roles,” said Lt. Col. Jeffrey Lehmkuhl, 908th OSS commander. “During both the planning and execution phases, ... The goal was to promote a multi', cut in the stored copy, dropped with Lehmkuhl's complete first sentences (H1828); Liethen's straight opening and curly closing marks and 'and and' as stored (H1827))",
    text='''MAXWELL AIR FORCE BASE, Ala. -- The 908th Operations Support Squadron wrapped up three unit training assemblies’ worth of Ready Airman Training with a comprehensive exercise Sept. 7, 2024, at Maxwell Air Force Base, Alabama.
The purpose of the exercise was to demonstrate the squadron’s commitment to developing Airman warrior ethos and generating lethal readiness.
"The idea for the exercise came from a meeting with the commander, where he wanted us to incorporate Ready Airman Training. I brainstormed a few concepts and we ultimately decided on a base defense exercise,” said Tech. Sgt. Jesse Liethen, a survival, evasion, resistance and escape specialist with the 908th OSS. “From there, we designed it to align with the Chief of Air Force Reserve’s tasking order, the 908th Flying Training Wing's mission, vision, and priorities and every aspect of RAT.”
The training exercise followed a phased approach: crawl, walk, run. They planned, practiced, executed, and evaluated.
During the July UTA, they crawled.
Squadron members completed an array of computer-based trainings covering the laws of war, integrated base defense, active threat response, weapons handling and tactics, basic, tactical and cross-cultural communication, chemical, biological, radiological, nuclear and explosive ordnance hazards, comprehensive airman fitness, information and influence of environment awareness, tactical combat casualty care and and survival, evasion, resistance and escape tactics.
According to the exercise’s planners, it's essential to anticipate real-world threats and train appropriately. Gaining insight into what they might face in a deployed environment builds confidence, giving Airmen an edge if and when they ever find themselves in those conditions.''',
    quotes=[
        Q('"The idea for the exercise', 'base defense exercise,”', "Jesse Liethen"),
        Q('“From there, we designed', 'every aspect of RAT.”', "Jesse Liethen"),
    ],
    aliases={"Jesse Liethen": ["Jesse Liethen", "Tech. Sgt. Jesse Liethen", "a survival, evasion, resistance and escape specialist with the 908th OSS"]},
),
dict(
    id="mcasiwakuni-guidon-command-changes-hands",
    source="https://www.mcasiwakuni.marines.mil/Iwakuni-News/News-Stories/News-Article-Display/Article/506121/guidon-command-changes-hands",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Iwakuni story, undated in the stored copy; the stored copy has no headline and opens with the dateline paragraph, no title added (H1828); the paragraph '“I really can’t overs', cut in the stored copy, dropped; Ryley's parenthesis and the dash inside his quotation as stored (H1827))",
    text='''MARINE CORPS AIR STATION IWAKUNI, Japan -- The setting sun cast its pink glow across the Iwakuni skyline as 140 Marines and sailors marched in perfect procession along the decorated flight line. The snap and pop of rifles echoed in unison as the troops executed precision drill movements before taking their places in what spectators witnessed as one of the oldest and proudest of Marine Corps traditions.
Col. Michael A. Dyer relinquished his command as station commanding officer to Col. Michael A. O’Halloran during a change of command ceremony on the flight line here Wednesday.
“I observed the majority of the ceremony and I thought it was flawless,” said Gunnery Sgt. Dan Ryley, Headquarters and Headquarters Squadron squadron gunnery sergeant and Orlando, Fla., native.
Ryley spent nearly three weeks preparing the ceremony’s formation of H&HS Marines and sailors, and feels their professionalism was not lost on attendees or command.
“I know it made an outstanding impression on (Col. O’Halloran),” Ryley said. “It definitely showed him what type of unit and what type of air station he was coming to – an air station that is dedicated to accomplishing the mission at hand.”
O’Halloran, a native of State College, Pa., began his career in Marine Corps aviation flying AH-1 helicopters at Camp Pendleton in 1986. In a seven-year period he would complete four overseas deployments to include service in Operations Desert Shield and Desert Storm.
Since 2001, O’Halloran has assumed duties as Deputy Commander, Marine Corps Base Hawaii, commanding officer of Marine Corps Air Facility Kaneohe Bay, and Deputy and Assistant Chief of Staff for Operations for the 1st Marine Aircraft Wing in Okinawa. During this time he also deployed to the Middle East in support of Operations Enduring and Iraqi Freedom.
During the ceremony, O’Halloran expressed to attendees his pleasure in having the opportunity to lead an air station of Iwakuni’s caliber.''',
    quotes=[
        Q('“I observed the majority', 'it was flawless,”', "Dan Ryley"),
        Q('“I know it made', '(Col. O’Halloran),”', "Dan Ryley"),
        Q('“It definitely showed him', 'the mission at hand.”', "Dan Ryley"),
    ],
    aliases={"Dan Ryley": ["Dan Ryley", "Gunnery Sgt. Dan Ryley", "Ryley", "Headquarters and Headquarters Squadron squadron gunnery sergeant"]},
),
dict(
    id="3rdmaw-2014-3rd-maw-sergeant-leads-ceremony-to-honor-supporters",
    source="https://www.3rdmaw.marines.mil/Media-Room/Stories/News-Article-Display/Article/549063/3rd-maw-sergeant-leads-ceremony-to-honor-supporters/",
    license=PD, retrieved=PAGES + " (3rd Marine Aircraft Wing story of March 12, 2014; the 'Photo Information' block (caption 'The 3rd Marine Aircraft Wing Band plays “You’ve Got a Friend in Me” during a colors ceremony ...' and 'Photo by Cpl. Melissa Eschenbrenner'), the line '12 Mar 2014 | Cpl. Melissa Eschenbrenner 3rd Marine Aircraft Wing' and the empty lines between paragraphs dropped (H1828); headline kept once; the paragraph '“Through Maj. Gen. Busby’s Committed and Engaged Leadership pro', cut in the stored copy, dropped)",
    text='''3rd MAW sergeant leads ceremony to honor supporters
Third Marine Aircraft Wing hosted an evening colors ceremony aboard Marine Corps Air Station Miramar, Calif., March 12.
The ceremony was held to commemorate the many supporters of 3rd MAW and MCAS Miramar in the community. Many representatives of supporting organizations attended the ceremony.
As part of the Committed and Engaged Leadership initiative, Maj. Gen. Steven Busby, commanding general of 3rd MAW, identifies a sergeant to take the role of reviewing officer for colors ceremonies and to demonstrate the abilities of the “VIP” of 3rd MAW, the noncommissioned officer.
The CEL initiative is a program designed to empower noncommissioned officers by encouraging them to stay committed to the Corps and engaged with each other.
Busby appoints a sergeant to assume the role of reviewing officer, which is usually granted to a senior officer. The reviewing officer commands the formation during the ceremony and also coordinates the entire event.
Sgt. Benjamin McNichol-Bernal, reviewing officer, and a musician with the 3rd Marine Aircraft Wing Band, stood before Marines and Sailors to lead the ceremony.
“Tonight we celebrated the friends of MCAS Miramar and the 3rd Marine Aircraft Wing,” said McNichol-Bernal. “Our friends are all of the organizations that support what we do here and give back to the Marines.”
The ceremony was entirely NCO led and organized, and that is something to be proud of, added McNichol-Bernal.''',
    quotes=[
        Q('“VIP”', None, None),
        Q('“Tonight we celebrated', 'Marine Aircraft Wing,”', "Benjamin McNichol-Bernal"),
        Q('“Our friends are all', 'to the Marines.”', "Benjamin McNichol-Bernal"),
    ],
    aliases={"Benjamin McNichol-Bernal": ["Benjamin McNichol-Bernal", "Sgt. Benjamin McNichol-Bernal", "McNichol-Bernal", "reviewing officer"]},
),
]
