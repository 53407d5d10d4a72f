# Held-out English news texts (tests/data/heldout287-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Marine Corps and Coast Guard news stories (public domain, 17 U.S.C. § 105): a
# 1st Marine Logistics Group story (Combat Logistics Battalion 4's largest patrol in Helmand, 2012), a 2nd Marine
# Aircraft Wing story (MWSS-274 field exercise at Camp Davis), an MCAS Futenma story (MASS-2 at Exercise Coral Thunder),
# a DVIDS story of 2nd Combat Engineer Battalion building a live-fire range at Camp Lejeune (2017), a marines.mil story
# of 2nd LAR gunnery training (2016), a DVIDS story of the 2026 Marine Corps Marksmanship Competition-East and a Coast
# Guard 1st District news release (GovDelivery bulletin) on the Sector Boston change of command. None is credited to
# AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, 'Photo Information' lines,
# photo captions and credits, byline/date lines, the DVIDS page header and footer, the release's contact lines and
# trailing spaces are dropped; a headline is kept once as the first line where the stored copy has one (none is
# added where it has none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1715-H1719 in ANNOTATION.md on top of H1-H1714).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout287-en.jsonl

Built by `build.py` from `heldout287_pages.py`. Like heldout258-en, heldout268-en and the other military sets above,
these texts are stored web pages (the `pages` search corpus) of US sea-service news stories (public domain, 17 U.S.C.
§ 105), none of them used in a set above: a 1st Marine Logistics Group story ('Logistics Marines hit their stride,
complete largest patrol so far', March 2012, 1stmlg.marines.mil), a 2nd Marine Aircraft Wing story on MWSS-274's field
exercise at Camp Davis (2ndmaw.marines.mil), an MCAS Futenma story on MASS-2 at Exercise Coral Thunder
(mcasfutenma.marines.mil), a DVIDS story of 2nd Combat Engineer Battalion building a fire-and-maneuver range at Camp
Lejeune (story 243496, August 2017), a marines.mil story on 2nd LAR's gunnery qualification (March 2016), a DVIDS story
on the FY2026 Marine Corps Marksmanship Competition-East (story 559698) and a 1st Coast Guard District news release on
the Sector Boston change of command (a GovDelivery bulletin of the Coast Guard's account USDHSCG). None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped (what was dropped is noted per page). Site lines, 'Photo
Information' lines, photo captions and credits, byline and date lines, the DVIDS header and 'NEWS INFO' footer, the
release's contact lines, repeated headline and editors' note, and trailing spaces were dropped; wording and quotation
marks are as stored. Other candidates found in the search were left out: 1stmardiv.marines.mil 540334 (already in
heldout127-en), the Coast Guard Cutter Escanaba release (uscgnews.com 2909634, already in heldout206-en), 1stmlg
stories 543647, 543576 and 543060 (their stored copies are cut so that fewer than two complete quotations remain, or
the only second quotation has no opening mark). None of these pages is used in any set above (checked by URL and
article or story number, by the names of their speakers such as Martinezbido, Charlsie Brooks, Gregory Rives, Bryan J.
Keyes, Schnayerson, Christopher Huey, Lock Shields, Noah Mohr, Sean Carroll, Claudia Gelzer and Eric Doucette, and by
phrases such as 'Coral Thunder', 'MWSS-274' and the bulletin id '1fcb385', grepped in tests/data of the main checkout
and of every other helper's worktree, with no hit). The annotation (rules H1715–H1719 in `ANNOTATION.md` on top of
H1–H1714) was committed before whosaid was first run on these texts, so the first score is a blind one.

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="1stmlg-2012-03-logistics-marines-hit-their-stride",
    source="https://www.1stmlg.marines.mil/News/Unit-News-Temp/Article/543614/logistics-marines-hit-their-stride-complete-largest-patrol-so-far/",
    license=PD, retrieved=PAGES + " (1st Marine Logistics Group story of 20 March 2012; the 'Photo Information' line, the photo caption, the 'Photo by Cpl. Mark W. Stroud' line and the date/byline line '20 Mar 2012 | Cpl. Mark W. Stroud 1st Marine Logistics Group' dropped; headline kept once; empty lines between paragraphs dropped; the paragraph 'Once they had arrived at a delivery site', cut in the stored copy, dropped)",
    text='''Logistics Marines hit their stride, complete largest patrol so far
Alpha Company, Combat Logistics Battalion 4, 1st Marine Logistics Group (Forward), completed their largest combat logistics patrol to date in Helmand province, March 11–14.
Even with more tactical vehicles and more supplies than any of their previous patrols, CLB-4 completed their mission ahead of schedule.
“The Marines are getting the hang of operations out here and are becoming [more proficient],” said Staff Sgt. Luis Martinezbido, platoon sergeant, 2nd Platoon, Alpha Co., CLB-4. “We set ourselves a goal to complete the convoy ahead of schedule and the Marines worked together and went the extra mile to get that done.”
The convoy delivered supplies to forward operating bases and combat outposts manned by Regimental Combat Team 6 in support of counter-insurgency operations. After completing the delivery, the Marines backhauled surplus equipment for repair and retrograde, said 2nd Lt. Charlsie Brooks, platoon commander, 2nd Plt., Alpha Co., CLB-4.
The number of moving parts in the convoy increased the chances of something going wrong and created new challenges for the Marines.
“This mission was the largest that [CLB-4] has done so far … so that alone was a challenge,” said Brooks. “The patrol required a lot of detailed planning from [non-commissioned officers] on up to establish a good security posture and deliver supplies needed to support RCT-6 safely and successfully.”''',
    quotes=[
        Q('“The Marines are getting', '[more proficient],”', "Luis Martinezbido"),
        Q('“We set ourselves a goal', 'get that done.”', "Luis Martinezbido"),
        Q('“This mission was the largest', 'a challenge,”', "Charlsie Brooks"),
        Q('“The patrol required', 'safely and successfully.”', "Charlsie Brooks"),
    ],
    aliases={"Luis Martinezbido": ["Luis Martinezbido", "Staff Sgt. Luis Martinezbido", "platoon sergeant, 2nd Platoon, Alpha Co., CLB-4"],
             "Charlsie Brooks": ["Charlsie Brooks", "Brooks", "2nd Lt. Charlsie Brooks", "platoon commander, 2nd Plt., Alpha Co., CLB-4"]},
),
dict(
    id="2ndmaw-mwss-274-field-exercise-camp-davis",
    source="https://www.2ndmaw.marines.mil/News/Article-View/Article/958047/mwss-274-maintain-readiness-by-conducting-field-exercise/",
    license=PD, retrieved=PAGES + " (2nd Marine Aircraft Wing story, undated in the stored copy; the stored copy has no headline and opens with the dateline 'MARINE CORPS OUTLYING FIELD CAMP DAVIS --' on a line of its own, kept as stored as the first line; no title added; the paragraph beginning '“Coming out here in the unpredictable weather', cut in the stored copy, dropped; Rives's first quotation opens with a straight mark and closes with a curly one, as stored (H1718))",
    text='''MARINE CORPS OUTLYING FIELD CAMP DAVIS --
Marines endured rain, heat and fatigue during a field exercise aboard Marine Corps Outlying Field Camp Davis, N.C., Sept. 22. More than 250 Marines assigned to Marine Wing Support Squadron 274, Marine Aircraft Group 29, 2nd Marine Aircraft Wing participated in the training exercise.
Marines were tasked to complete different simulated missions that included the construction of an expeditionary airfield, interior security for the air site, an attack on the facility, after attack repairs and aircraft salvage.
"The great thing about this exercise is getting the Marines out here as one entity,” explained 1st Lt. Gregory Rives, the Headquarters and Service Company company commander with the squadron. “Marines get to see the role their job plays in the overall mission of the squadron. Rather than isolating the Marines by their individual sections, training exercises such as these give them a real feel for how they would all work as one force while on a real mission.”
MWSS-274’s mission is to provide Aviation Ground Support to enable MAG-29, a composite MAG or other designated Aviation Combat Elements, and all supporting or attached elements of the Marine Air Control Group to conduct expeditionary operations.
“The MWSS is crucial for expeditionary aviation,” said Rives. “The capabilities that the squadron provides are unique to the Marine Corps. It gives the MAW the ability to launch and recover an aircraft from an expeditionary environment vice an already established air base or a naval carrier.”
The Marine Corps has MWSSs assigned to every MAW across the globe. MWSS Marines are trained to deploy to any part of the world and provide ground support ranging from operating and repairing air bases and air sites to developing forward arming and refueling points.''',
    quotes=[
        Q('"The great thing', 'as one entity,”', "Gregory Rives"),
        Q('“Marines get to see', 'on a real mission.”', "Gregory Rives"),
        Q('“The MWSS is crucial', 'aviation,”', "Gregory Rives"),
        Q('“The capabilities that', 'a naval carrier.”', "Gregory Rives"),
    ],
    aliases={"Gregory Rives": ["Gregory Rives", "Rives", "1st Lt. Gregory Rives", "the Headquarters and Service Company company commander with the squadron"]},
),
dict(
    id="futenma-mass-2-coral-thunder-rifleman-skills",
    source="https://www.mcasfutenma.marines.mil/News/News-Article-Display/Article/538366/mass-2-marines-mastered-sky-take-to-ground",
    license=PD, retrieved=PAGES + " (MCAS Futenma story; the stored copy has no headline and opens with the dateline paragraph, kept as stored; no title added; the paragraph beginning '“We have to maintain these skillsets', cut in the stored copy, dropped)",
    text='''KADENA AIR BASE, OKINAWA, Japan -- Marines with Marine Air Support Squadron 2, Marine Air Control Group 18, refreshed basic rifleman proficiencies June 24 during Exercise Coral Thunder at Kadena Air Base.
“The goal of the training was to achieve the Marine Corps’ common skills standards, which cover all the skills that a Marine rifleman should maintain at all times,” said 1st Lt. Bryan J. Keyes, an operations officer with MASS-2, MACG-18, 1st Marine Aircraft Wing, III Marine Expeditionary Force. “We conduct this training annually to refresh the Marines on those skills.”
The Marines were separated into nine different squads and those squads rotated through nine different stations throughout the day.
“Each station focused on a different skill, such as detaining enemy prisoners of war, vehicle checkpoints and the basics of patrolling,” said Sgt. Christopher G. Durden, an engineer equipment electrical systems technician with the squadron.
Revisiting these basic rifleman proficiencies help the Marines maintain a combat edge should they deploy in support of a regional crisis or contingency, according to Lance Cpl. Shane A. Rogers, an aviation communication systems technician with the squadron.
“Since we are in garrison most of the time, we don’t use most of these skills, like patrolling,” said Rogers, an Enumclaw, Washington, native. “It is good to get a refresher every now and then, so when we do get deployed we can be ready at a moment’s notice and be proficient in whatever we may be called upon to do.”
The training established a common theme that every Marine is a rifleman and every Marine officer is a provisional rifle platoon commander.''',
    quotes=[
        Q('“The goal of the training', 'at all times,”', "Bryan J. Keyes"),
        Q('“We conduct this training', 'those skills.”', "Bryan J. Keyes"),
        Q('“Each station focused', 'basics of patrolling,”', "Christopher G. Durden"),
        Q('“Since we are in garrison', 'like patrolling,”', "Shane A. Rogers"),
        Q('“It is good to get', 'called upon to do.”', "Shane A. Rogers"),
    ],
    aliases={"Bryan J. Keyes": ["Bryan J. Keyes", "1st Lt. Bryan J. Keyes", "an operations officer with MASS-2, MACG-18, 1st Marine Aircraft Wing, III Marine Expeditionary Force"],
             "Christopher G. Durden": ["Christopher G. Durden", "Sgt. Christopher G. Durden", "an engineer equipment electrical systems technician with the squadron"],
             "Shane A. Rogers": ["Shane A. Rogers", "Rogers", "Lance Cpl. Shane A. Rogers", "an aviation communication systems technician with the squadron"]},
),
dict(
    id="dvids-243496-marines-build-new-live-fire-range",
    source="https://www.dvidshub.net/news/243496/down-and-dirty-marines-build-new-live-fire-range",
    license=PD, retrieved=PAGES + " (DVIDS story 243496, II Marine Expeditionary Force courtesy story of 1 August 2017; the stored header (date line, headline repeated, 'CAMP LEJEUNE, NC, UNITED STATES', '08.01.2017', 'Courtesy Story', 'II Marine Expeditionary Force') and the 'NEWS INFO' footer dropped; headline kept once; the DVIDS indentation dropped; the stored copy is complete; the story never gives Bridger's rank or first name (H1716))",
    text='''Down and dirty: Marines build new live-fire range
Marines with 2nd Combat Engineer Battalion, 2nd Marine Division continued construction on a fire-and-maneuver range at Camp Lejeune, North Carolina, Aug. 1, 2017.
The new range is designed for Marines to hone necessary skills needed for upcoming deployments and training exercises.
“This range has been repurposed a couple of times,” said Cpl. Micah Schnayerson, a construction shop clerk for 2nd CEB. “In the 1970s it was a bazooka range, a little after that it was a grenade range, and then a tank range.”
With the range no longer supporting tanks, 2nd Marine Division decided to repurpose the range allowing infantry units and engineers to practice their combat skills instead of having them travel to other duty stations across the United States to complete training.
“The overall value of this project is substantial,” said Bridger. “Instead of having Marines travel all the way across the country to Marine Air Ground Combat Center Twentynine Palms, we’ll have something right here on Camp Lejeune.”
Bridger went on to say that the project is vital to the mission success of the Marine Corps.
“It’s going to be great to watch Marines set up and adjust their defenses from assault positions,” said Bridger. “The possibilities are endless out here.”
Construction of the range is scheduled to be complete by the end of August and be ready for use by early November.''',
    quotes=[
        Q('“This range has been repurposed', 'a couple of times,”', "Micah Schnayerson"),
        Q('“In the 1970s', 'a tank range.”', "Micah Schnayerson"),
        Q('“The overall value', 'substantial,”', "Bridger"),
        Q('“Instead of having Marines', 'on Camp Lejeune.”', "Bridger"),
        Q('“It’s going to be great', 'assault positions,”', "Bridger"),
        Q('“The possibilities are endless out here.”', None, "Bridger"),
    ],
    aliases={"Micah Schnayerson": ["Micah Schnayerson", "Cpl. Micah Schnayerson", "a construction shop clerk for 2nd CEB"],
             "Bridger": ["Bridger"]},
),
dict(
    id="marines-mil-2016-03-2nd-lar-gunnery-training",
    source="https://www.marines.mil/News/News-Display/Article/701982/take-aim-2nd-lar-conducts-gunnery-training/",
    license=PD, retrieved=PAGES + " (marines.mil story of March 2016; the stored copy has no headline and opens with the dateline paragraph, kept as stored; no title added; the closing line 'More Media' dropped; the stored copy is otherwise complete; the nickname in marks inside Dumais's name is null (H1717))",
    text='''MARINE CORPS BASE CAMP LEJEUNE, North Carolina -- Marines with 2nd Light Armored Reconnaissance Battalion conducted annual gunnery qualification training at Marine Corps Base Camp Lejeune, North Carolina, March 18-22, 2016.
The Marines of 2nd LAR conduct their qualifications with the M242 Bushmaster 25 mm chain-driven auto-cannon and the M240B 7.62 mm machine gun to maintain their proficiency and confidence employing the weapons systems.
“The reason that we do these qualifications is to ensure that the Marines are ready for whatever the commander may ask of us,” said Sgt. Christopher Huey, a recent graduate of the Master Gunner course and one of the Master Gunners supervising the course. “We need to make sure that no matter if it is a deployment or an exercise, that we here at 2nd LAR perform at our best.”
During the live fire, crews are expected to engage various targets ranging as far as 1,600 meters to include vehicle targets, moving targets and troop targets. Each crew of Marines is graded on maneuvers and accuracy.
The unit is preparing for their upcoming integrated training exercise in 29 Palms in May; they are busy training to the full extent and have hopes to complete the ITX on a successful note.
“I tell my Marines to stay motivated because this is our way of life,” said Master Sgt. Kevin “Lock Shields” Dumais, the company operations chief for Bravo Company. “We train like we fight, and at the end of the day we will be better for it.”''',
    quotes=[
        Q('“The reason that we do', 'may ask of us,”', "Christopher Huey"),
        Q('“We need to make sure', 'perform at our best.”', "Christopher Huey"),
        Q('“I tell my Marines', 'our way of life,”', "Dumais"),
        Q('“Lock Shields”', None, None),
        Q('“We train like we fight', 'better for it.”', "Dumais"),
    ],
    aliases={"Christopher Huey": ["Christopher Huey", "Sgt. Christopher Huey", "a recent graduate of the Master Gunner course and one of the Master Gunners supervising the course"],
             "Dumais": ["Dumais", "Kevin “Lock Shields” Dumais", "Master Sgt. Kevin “Lock Shields” Dumais", "the company operations chief for Bravo Company"]},
),
dict(
    id="dvids-559698-marksmanship-competition-east-2026",
    source="https://www.dvidshub.net/news/559698/marine-corps-marksmanship-competition-east-sharpens-lethality-east-coast-marines",
    license=PD, retrieved=PAGES + " (DVIDS story 559698 of March 2026; the stored copy has no headline or header lines and opens with the body; the date line ' date 2026-03-02' that precedes it is a crawl field and is dropped; no title added; the paragraph beginning 'Throughout the event, Marines competed', cut in the stored copy, dropped)",
    text='''137 Marines from 30 units east of the Mississippi River gathered at the Stone Bay Rifle Range on Marine Corps Base (MCB) Camp Lejeune to test their precision, speed and combat marksmanship during the Fiscal Year 2026 Marine Corps Marksmanship Competition-East. The regional competition, part of the Competition in Arms Program (CIAP), began Monday, Feb. 23, and concluded with an awards ceremony Friday, March 6.
For the past 115 years, the primary objective of the CIAP has been to stimulate interest and desire for self-improvement in marksmanship and to enhance proficiency within the Marine Corps in the use of individual small arms by refining precision and combat marksmanship skills through advanced marksmanship training and competition. The MCMC provides an opportunity for teams and individual Marines to refine the skills that make a Marine lethal on the battlefield.
“As Marines know, combat is not a one-way street,” said Staff Sgt. Noah Mohr, competitor for the Marine Corps Installations-East shooting team. “Being able to perform whenever that moment comes is definitely a requirement for anyone who may or may not find themselves in that situation.”
The Marine Corps Marksmanship Competition is an annual event that is open to individual Marines and Marine Corps units.
“This is open to any Marine, not just shooting teams,” Capt. Sean Carroll, officer in charge of the Marine Corps Recruit Depot (MCRD) Parris Island shooting team, said. “It’s a great opportunity to hone your skills, no matter your MOS [Military Occupational Specialty]... Marksmanship is not just something that’s left to the infantry in the Marine Corps.”''',
    quotes=[
        Q('“As Marines know', 'one-way street,”', "Noah Mohr"),
        Q('“Being able to perform', 'in that situation.”', "Noah Mohr"),
        Q('“This is open to any Marine', 'shooting teams,”', "Sean Carroll"),
        Q('“It’s a great opportunity', 'in the Marine Corps.”', "Sean Carroll"),
    ],
    aliases={"Noah Mohr": ["Noah Mohr", "Staff Sgt. Noah Mohr", "competitor for the Marine Corps Installations-East shooting team"],
             "Sean Carroll": ["Sean Carroll", "Capt. Sean Carroll", "officer in charge of the Marine Corps Recruit Depot (MCRD) Parris Island shooting team"]},
),
dict(
    id="uscg-d1-sector-boston-change-of-command",
    source="https://content.govdelivery.com/accounts/USDHSCG/bulletins/1fcb385",
    license=PD, retrieved=PAGES + " (U.S. Coast Guard 1st District news release sent as a GovDelivery bulletin of the Coast Guard's account USDHSCG, undated in the stored copy (Gelzer retiring after 27 years from 1991, i.e. 2018); the lines 'united states coast guard', 'News Release', the district and contact lines, the 'online newsroom' line, the repeated headline and the editors' note on images dropped; headline kept once; trailing spaces at paragraph ends removed; empty lines between paragraphs dropped; the paragraph 'The change of command ceremony is a formal ritual', cut in the stored copy, dropped; Gelzer's quotations open with a curly mark and close with straight ones, as stored (H1718))",
    text='''Coast Guard Sector Boston holds change of command ceremony
BOSTON — Coast Guard Capt. Eric Doucette relieved Capt. Claudia Gelzer as the commander of Coast Guard Sector Boston during a change of command ceremony Friday at Faneuil Hall in Boston.
Gelzer assumed the duties as sector commander of Boston in 2015 where she oversaw the execution of every Coast Guard mission from the New Hampshire and Massachusetts border to Plymouth to include 227 miles of coastline and 200 nautical miles offshore.
“The extraordinary people of Massachusetts and members of Sector Boston proudly defined my tour," said Gelzer. "The port partners in Massachusetts and Boston are second to none, they like the Coast Guard, show their importance and bring hope during times of despair."
Gelzer, a native of Rye, New York, joined the Coast Guard in 1991 and will be retiring after 27 years of service.
Doucette, a native of Medfield, joined the Coast Guard in 1989. He was previously assigned at the White House serving two administrations as the Vice President’s Special Advisor for Counterterrorism, Homeland Security and African Affairs.
Rear Adm. Andrew Tiongson, Commander, First Coast Guard District, presided over the ceremony.
Doucette will now lead a sector comprised of nearly 350 active duty and civilian personnel, 120 Reservists and 1,000 Auxiliary members. The sector’s sub-units include four small boat stations, a 110-foot and 87-foot patrol boat, a 65-foot icebreaking tug and one aids to navigation team.''',
    quotes=[
        Q('“The extraordinary people', 'defined my tour,"', "Claudia Gelzer"),
        Q('"The port partners', 'times of despair."', "Claudia Gelzer"),
    ],
    aliases={"Claudia Gelzer": ["Claudia Gelzer", "Gelzer", "Capt. Claudia Gelzer"]},
),
]
