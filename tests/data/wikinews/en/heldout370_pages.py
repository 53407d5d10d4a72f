# Held-out English news texts (tests/data/heldout370-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Army Reserve, Coast Guard and Navy news stories (public domain, 17 U.S.C.
# § 105): two army.mil stories of Operation River Assault at Fort Chaffee, Ark. (2010, 2015), two Army Reserve stories
# on usar.army.mil (bridge training at Fort Drum, 2022; River Assault 2018), three Coast Guard public affairs stories on
# buoy tenders (cutters William Tate and Fir) in copies on coastguardnews.com, and a Navy Public Affairs Support Element
# West story on Seabees of CBMU 303 in a copy on militarypress.com. None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines, date and byline lines and the empty lines between paragraphs are dropped;
# a headline is kept once as the first line where the stored copy has one (none is added where it has none); wording
# and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H1940-H1943 in ANNOTATION.md on top of H1-H1939).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout370-en.jsonl

Built by `build.py` from `heldout370_pages.py`. Like heldout333-en, heldout302-en and the other military sets above,
these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. §
105), none of them used in a set above, this time Army, Army Reserve, Coast Guard and Navy stories: two army.mil stories
of Operation River Assault at Fort Chaffee, Ark. (article 43223, 'Double TEC at Operation River Assault 2010', July
2010; article 153490, Army Reserve and active Army engineers bridge the gap, Aug. 2015), two Army Reserve stories on
usar.army.mil (article 3118680, engineers building a bridge, berms and trail at Fort Drum, Aug. 2022; article 1585474,
'River Assault 2018 brings services together', July 2018), three Coast Guard public affairs stories on buoy tenders,
in copies on coastguardnews.com (Fifth District, cutter William Tate on the Delaware River, two stories; cutter Fir,
Tongue Point, Ore., 2009), and a story of Navy Public Affairs Support Element West on the Seabees of Construction
Battalion Maintenance Unit 303 in a copy on militarypress.com. None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph
is dropped, also where it holds a quotation (what was dropped is noted per page). The '.mil website' notice lines,
date lines, 'By ...' byline lines and the empty lines between paragraphs were dropped; wording and quotation marks
(straight and curly as stored) are as stored. Pages read but left out because they are already in a set above:
navy.mil stories 108492 (heldout76-en) and 73732 (heldout76-en), dvidshub.net 440094 (heldout50-en), 1stmardiv
540334 (heldout127-en), 29palms 498996 (heldout346-en), nationalguard.mil 573315, 572966 (heldout33-en) and 611419,
army.mil 24524 and the Fort Stewart 'Dogface Soldiers vie to be best' story (heldout25-en), dvidshub.net 243496
(heldout287-en) and the roundthechuckbox.blogspot.com copy of the chief petty officers' galley story (heldout355-en);
newspaper and broadcaster pages found by the same searches (heraldnet.com, theolympian.com, couriernews.com,
dailypress.com, stripes.com, kcbd.com, military.com, paraglideonline.net) were not used. None of the pages used is in any set above
or in another helper's worktree (checked by URL, article number and slug (43223, 153490, 3118680, 1585474,
maintaining-americas-waterways, buoy-tending-dirtiest, buoy-bound, project-funding-builds-better-seabees), by title
and by the names of their speakers and phrases, such as Pierre Dubois, Hibbeln, Corey Williams, Brierton, Nikolas
Johnson, Jacob Whisler, super raft, Ted Copeland, Kyle Dyer, River Assault, train as you fight, Milton Casey, Megan
Cull, Jonathan M. Wall, Crystalynn, Molly Waters, eerie whistle and Edward Pygott, with grep over tests/data of the
main tree and of every other helper's worktree: no hit). The annotation (rules H1940–H1943 in `ANNOTATION.md` on top
of H1–H1939) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-2010-07-double-tec-operation-river-assault",
    source="https://www.army.mil/article/43223/double_tec_at_operation_river_assault_2010",
    license=PD, retrieved=PAGES + " (army.mil story 43223 of July 2010 (the bridge was built July 21, 2010), Army Reserve 412th Theater Engineer Command; the stored copy has no headline and opens with the dateline paragraph 'FORT CHAFFEE, Arkansas -- ...', kept as stored, no title added (H1818); the empty lines between paragraphs dropped; the paragraph 'The Arkansas River tested the engineers, and earlier that week United States Army Reserve Command ran an informal test of its own. Lt. Gen. Jack C. Stultz, the USARC commander, visit', cut in the stored copy, dropped; Williams's quotation with the straight-marked \"build\" inside straight marks as stored (H1940))",
    text='''FORT CHAFFEE, Arkansas -- As the sun rose over Fort Chaffee Ark., the morning of July 21, 2010, Army Reserve engineers from the 671st and 341st Engineer Companies began assembling an Improved Ribbon Bridge across the Arkansas River as part of Operation River Assault.
Boats dashed in all directions across the river to retrieve bridge sections that dropped from CH-47 Chinook helicopters above, and trucks positioned on the river banks.
"You have to control all the work boats and make sure they are all in the right order and make sure the safety boat does its drills as well," said Sgt. Pierre Dubois of the 671st Engineer Company.
The Soldiers assembled the 320 meter temporary bridge in approximately 90 minutes; 30 minutes ahead of schedule.
"The Arkansas River offers the bridging units a realistic training opportunity," said Sgt. 1st Class William Richards, the 412th Theater Engineer Command's training non-commissioned officer. "Not only do they have to deal with the distance of the crossing, but the river flow as well."
Once completed, the company commanders known as "Bridge Masters" inspected the structure for completeness and safety. The bridge was then cleared for traffic, and Brig. Gen. Jimmy Fowler, the 412th's deputy commander, led a convoy of 27 tactical vehicles across the span.
"My younger soldiers learned so much I have no doubt in my mind, after this exercise, that these guys can now operate any of this equipment perfectly," said Sgt. Jacob Hibbeln of the 671st Engineer Company.
"I was with the "build" crew and they showed me how the bridge works, which latches to throw, and how to put it together properly," said Pfc. Corey Williams, a 671st Engineer Company Soldier taking part in his first Extended Combat Training. "I'm enjoying it, except I don't really like the heat."''',
    quotes=[
        Q('"You have to control', 'drills as well,"', "Pierre Dubois"),
        Q('"The Arkansas River offers', 'training opportunity,"', "William Richards"),
        Q('"Not only do they', 'river flow as well."', "William Richards"),
        Q('"Bridge Masters"', None, None),
        Q('"My younger soldiers', 'equipment perfectly,"', "Jacob Hibbeln"),
        Q('"I was with the', 'it together properly,"', "Corey Williams"),
        Q('"I\'m enjoying it', 'like the heat."', "Corey Williams"),
    ],
    aliases={
        "Pierre Dubois": ["Pierre Dubois", "Sgt. Pierre Dubois"],
        "William Richards": ["William Richards", "Sgt. 1st Class William Richards", "the 412th Theater Engineer Command's training non-commissioned officer"],
        "Jacob Hibbeln": ["Jacob Hibbeln", "Sgt. Jacob Hibbeln"],
        "Corey Williams": ["Corey Williams", "Pfc. Corey Williams", "a 671st Engineer Company Soldier"],
    },
),
dict(
    id="army-2015-08-army-reserve-active-army-engineers-bridge-the-gap",
    source="https://www.army.mil/article/153490/army_reserve_active_army_engineers_bridge_the_gap_on_training",
    license=PD, retrieved=PAGES + " (army.mil story 153490 of Aug. 7, 2015 (dateline 'FORT CHAFFEE, Ark. (Aug. 7, 2015) --'); the stored copy has no headline and opens with the dateline paragraph, no title added (H1818); the body is stored as one paragraph with the paragraphs run together without spaces ('Aug. 4.\"The partnership', 'Florida.Brierton', 'deployments.\"These', 'Soldiers.\"This', 'Oklahoma.Coordination', 'units.\"We', 'bridges.\"The units') and kept so (H1067, H1943); the stored copy breaks off in '\"This gives us the ability to see what the reserve is and observe their techniques. Our training cycles are differe', so the text ends on the sentence before that quotation (H1105, H1943); the bracketed '[over]' as stored)",
    text='''FORT CHAFFEE, Ark. (Aug. 7, 2015) -- U.S. Army Reserve and active Army engineer units cooperated in constructing a movable bridge across the Arkansas River to create a path for units to cross during Operation River Assault, a training exercise that culminated, Aug. 4."The partnership is an advantage. After a persistent conflict [over] the past 14 years, this exercise helps tie together many of the experiences of these units," said Lt. Col. Jon Brierton, of Pittsburgh, Pennsylvania, battalion commander, 841st Engineer Battalion located in Miami, Florida.Brierton refers to the proficiency units have earned by these units' deployments."These units' training here continue that partnership. We don't know where the next contingency is going to be, but this builds the relationship between the forces," said Brierton. "There is all kinds of cool and sexy training here to benefit the active duty and reserve Soldiers."This event gave the Army Reserve and active units an opportunity to share knowledge and familiarize with each other."The cross training here allows the reserves to see how the active unit works. We showed we can work together, and this is a proof in the pudding moment," said 1st Lt. Nikolas Johnson, commander, 401st Engineer Company (Multi-Role Bridge Company), Oklahoma City, Oklahoma.Coordination for this exercise took place over the past year, bringing together a multitude of units, mostly from the Army Reserve. The bridging event was a partnership of three Army Reserve and one active duty bridging units."We are bridging companies, and we do our job. It's no different. It's just training with other units and we build bridges," said Johnson. "Separately, we may have different ways of operating back home, but here on the water we're taking care of business and building bridges."The units did not find many differences as much as they did similarities.''',
    quotes=[
        Q('"The partnership is', 'of these units,"', "Jon Brierton"),
        Q('"These units\' training', 'between the forces,"', "Jon Brierton"),
        Q('"There is all kinds', 'reserve Soldiers."', "Jon Brierton"),
        Q('"The cross training', 'pudding moment,"', "Nikolas Johnson"),
        Q('"We are bridging', 'we build bridges,"', "Nikolas Johnson"),
        Q('"Separately, we may', 'building bridges."', "Nikolas Johnson"),
    ],
    aliases={
        "Jon Brierton": ["Jon Brierton", "Lt. Col. Jon Brierton", "Brierton", "battalion commander, 841st Engineer Battalion"],
        "Nikolas Johnson": ["Nikolas Johnson", "1st Lt. Nikolas Johnson", "Johnson", "commander, 401st Engineer Company (Multi-Role Bridge Company)"],
    },
),
dict(
    id="usar-2022-08-army-reserve-engineers-bridge-berms-trail-fort-drum",
    source="https://www.usar.army.mil/News/News-Display/Article/3118680/army-reserve-engineers-building-bridge-berms-and-trail-during-annual-training-a/",
    license=PD, retrieved=PAGES + " (Army Reserve story 3118680 of Aug. 5, 2022 by Fort Drum Garrison Public Affairs; the '.mil website' notice lines ('An official website of the United States government', 'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...'), the empty lines, the lines 'NEWS | Aug. 5, 2022' and 'By Michael Strasser FORT DRUM, N.Y.' dropped; headline kept once; the paragraph '“Each bay piece is approximately 22 feet wi', cut in the stored copy, dropped with its quotation; curly marks as stored)",
    text='''Army Reserve engineers building bridge, berms and trail during annual training at Fort Drum
For many North Country residents, a day on the Black River may involve rafting, canoeing or fishing. But Army Reserve engineers have a different agenda on the water this month – building a bridge.
Soldiers with the West Virginia-based 463rd Engineer Battalion arrived at Fort Drum on July 31 for their annual two-week training. Part of the training plan involves two companies that are conducting bridge and rafting operations to transport Soldiers, vehicles and equipment across the Black River.
The bridge crew members from the 459th Engineer Company were on the river Aug. 3 using MK II bridge erection boats to push interlocking bay sections together to create floating rafts. Then the Soldiers take them apart, reset and rebuild several times to improve their proficiency.
“There are two types of crossings that we do,” said Staff Sgt. Jacob Whisler, platoon sergeant and bridge site noncommissioned officer in charge. “One is a full enclosure, which is a bridge that spans across a body of water. The other is rafting, where you build a smaller piece, load it up and then ferry it back and forth.”
The crews are practicing different configurations of rafting operations, culminating in a final exercise where both bridge companies will construct either a fully enclosed floating bridge or a “super raft,” which is eight connecting pieces. For the area they are operating in, a full enclosure would require 22 sections to safely cross the Black River.''',
    quotes=[
        Q('“There are two types', 'that we do,”', "Jacob Whisler"),
        Q('“One is a full enclosure', 'back and forth.”', "Jacob Whisler"),
        Q('“super raft,”', None, None),
    ],
    aliases={"Jacob Whisler": ["Jacob Whisler", "Staff Sgt. Jacob Whisler", "platoon sergeant and bridge site noncommissioned officer in charge"]},
),
dict(
    id="usar-2018-07-river-assault-2018-brings-services-together",
    source="https://www.usar.army.mil/News/News-Display/Article/1585474/river-assault-2018-brings-services-together/",
    license=PD, retrieved=PAGES + " (Army Reserve story 1585474 of July 26, 2018 by the 211th Mobile Public Affairs Detachment; the '.mil website' notice lines, the empty lines, the lines 'NEWS | July 26, 2018' and 'By 1st Sgt. Daniel Griego 211th Mobile Public Affairs Detachment' dropped; headline kept once; the paragraph '“My team’s role is to provide the initial slip improvement ...,” said Staff Sgt. Kyle Dyer, the training NCO for the 739th Multi Role Bridge Company. “There’s four units total ... full enclosure. It’s', cut in the stored copy, dropped with its quotations (H1943); curly marks as stored)",
    text='''River Assault 2018 brings services together
The U.S. Army prides itself on its ability to “train as you fight.” On the 21st century battlefield, this means facing new challenges head-on by employing all available resources. For the Army Reserve, succeeding on its road to awesome means supporting and being supported by its brothers and sisters in arms, from the other Army components to the Marine Corps and other branches. Here at Fort Chaffee, Arkansas, for River Assault 2018, the Army Reserve Soldiers of the 420th Engineer Brigade find camaraderie with all of the above.
“The future of our services are joint,” said Command Sgt. Major Ted Copeland, the Command Sergeant Major of the Army Reserve. “Any one service can’t do it by themselves so we have to be together and do it. Working together now, especially at the unit level, not up at the staff level, is perfect.”
From July 15th through the 28th, these Reserve engineers were joined by counterparts from the regular Army, the National Guard, and the U.S. Marine Corps Reserve for two weeks of high-intensity training in the sweltering heat of an Arkansas summer. Their mission: complete a real-time wet gap crossing by building a bridge across the Arkansas River.''',
    quotes=[
        Q('“train as you fight.”', None, None),
        Q('“The future of our', 'are joint,”', "Ted Copeland"),
        Q('“Any one service', 'is perfect.”', "Ted Copeland"),
    ],
    aliases={"Ted Copeland": ["Ted Copeland", "Command Sgt. Major Ted Copeland", "the Command Sergeant Major of the Army Reserve"]},
),
dict(
    id="uscg-d5-maintaining-americas-waterways-cutter-william-tate",
    source="https://coastguardnews.com/maintaining-americas-waterways-all-in-a-days-work/",
    license=PDC, retrieved=PAGES + " (Coast Guard Fifth District public affairs story on the buoy tender William Tate, undated in the stored copy, in a copy on coastguardnews.com; headline kept once; the byline line 'by Petty Officer 2nd Class Christopher D. McLaughlin, D5 Public Affairs' and the empty lines dropped; the paragraph 'The ship slows with a grumbling hum as it nears a buoy. ... The command, “prepare to set the buoy,” is given ... A steel cable from the crane is then', cut in the stored copy, dropped with its quoted command; 'rock ‘n’ roll' and curly marks as stored)",
    text='''Maintaining America’s waterways, all in a day’s work
It’s early morning and the air is hot and steamy as the sun burns brightly, high in the cloudless sky. The 24 crewmen aboard the 175-foot Coast Guard buoy tender know today’s going to be a hot one on the river. An array of sunscreen products lay together on a nook outside the buoy deck near a cooler of ice and cold beverages. Sailors wearing hardhats, tinted safety glasses, life jackets and gloves begin milling about, preparing the deck for the day’s work. One worker turns on a radio blasting rock ‘n’ roll music through the silence of the morning. It’s almost time to haul the first of the behemoth steel buoys from the clutches of the river.
The crew of the Coast Guard Cutter William Tate sails between New Jersey and Pennsylvania along the Delaware River, not far from their home port of Philadelphia. Crewmen gather in a circle on the buoy deck and are given a rundown of the day’s work and a safety reminder. Safety is paramount for this type of work, for hauling an 8,000 pound buoy attached to a crane hook aboard the deck of a ship is a serious matter.
“It’s probably one of the most dangerous things we do in the Coast Guard,” said Petty Officer 2nd Class Milton Casey, a crewmember aboard the Coast Guard Cutter William Tate. “We do a lot of risk assessment. The qualification process to work on deck is long and tough.”''',
    quotes=[
        Q('“It’s probably one', 'in the Coast Guard,”', "Milton Casey"),
        Q('“We do a lot of risk', 'long and tough.”', "Milton Casey"),
    ],
    aliases={"Milton Casey": ["Milton Casey", "Petty Officer 2nd Class Milton Casey", "a crewmember aboard the Coast Guard Cutter William Tate"]},
),
dict(
    id="uscg-buoy-tending-dirtiest-job-cutter-william-tate",
    source="https://coastguardnews.com/buoy-tending-dirtiest-job-in-the-coast-guard/",
    license=PDC, retrieved=PAGES + " (Coast Guard public affairs story on the buoy tender William Tate (Philadelphia), undated in the stored copy, in a copy on coastguardnews.com; headline kept once; the byline line 'by Petty Officer 3rd Class Crystalynn A. Kneen)' (with its unpaired bracket) and the empty lines dropped; the paragraph 'The dangers of the job are known but are well maintained. When the buoy is raised on the deck, the crew has approximately one safety officer not counting everyone on the bridge looking out for th', cut in the stored copy, dropped; 'William Tate‘s' with a left single mark as apostrophe (H1942), 'insure' and 'manor' as stored)",
    text='''Buoy tending, dirtiest job in the Coast Guard
The day began around 6 a.m. The sun hadn’t yet begun to rise and the sky had a purple tint forming just above the horizon. Bags in hand, the sleepy-eyed crew make their way on to what will be their home for the next five days.
It is not a secret what they do on their 175-foot home made of steel. Two buoys larger than the size of two small cars rest on the deck. The crew does not ask for glory or recognition. When they are asked about their unknown or unseen tasks, they smile, look away and reply, “It’s my job. It is what it is.”
The crew of the Philadelphia based Coast Guard Cutter William Tate‘s task is to insure the safety of the Delaware River and surrounding areas by maintaining the buoys for the flow of commerce, safety and navigation for the public and cargo ships.
“We are responsible for maintaining approximately 263 buoys,” said Lt. Megan Cull, commanding officer of the Tate. “We go out, do our job and go home.”
The process to maintain 263 buoys is both difficult and challenging. The weight brought on deck can range anywhere from 3,000 to 18,000 pounds. The crewmembers work as a team to inspect the chain, the cement anchor and the buoy to make sure it will last until the next evaluation in two years. With this much weight the crew has to be very careful. They lookout for each other and maintain all safety procedures necessary to get the job done in a safe and consistent manor.
“Safety is paramount,” said Chief Petty Officer Jonathan M. Wall, a supervisor aboard the Tate. “When you are moving around that much weight, everyone has to be aware of their surroundings. The chain could break or a wire cable could fail. You have to have your wits.”''',
    quotes=[
        Q('“It’s my job. It is what it is.”', None, None),
        Q('“We are responsible', '263 buoys,”', "Megan Cull"),
        Q('“We go out, do our job', 'go home.”', "Megan Cull"),
        Q('“Safety is paramount,”', None, "Jonathan M. Wall"),
        Q('“When you are moving', 'have your wits.”', "Jonathan M. Wall"),
    ],
    aliases={
        "Megan Cull": ["Megan Cull", "Lt. Megan Cull", "commanding officer of the Tate"],
        "Jonathan M. Wall": ["Jonathan M. Wall", "Chief Petty Officer Jonathan M. Wall", "a supervisor aboard the Tate"],
    },
),
dict(
    id="uscg-2009-buoy-bound-cutter-fir",
    source="https://coastguardnews.com/buoy-bound/2009/11/05/",
    license=PDC, retrieved=PAGES + " (Coast Guard public affairs story on the buoy tender Fir (Tongue Point, Ore.) of November 2009, in a copy on coastguardnews.com; headline kept once; the byline line 'by Petty Officer Third Class Tara Molle' and the empty lines dropped; the paragraph '“There are 150 buoys in', cut in the stored copy, dropped with its quotation; the capitalised 'Bellows' and 'Yells' after the shouted commands and the single curly marks around the crane's motto as stored (H1941, H1942))",
    text='''Buoy bound
An eerie whistle floats across the foggy Pacific like a lone survivor calling for help at sea. A black hulled vessel slowly approaches the source, a bobbing and whistling buoy. Figures in hardhats, stained coveralls and life jackets scurry about the deck prepping the red and white, 18,500 pound mass of steel and electronics. They hook line and chain to its base yelling commands across deck.
“Head’s up! Buoy’s coming in!” Bellows one crewmember.
“Head’s up! Buoy’s coming in aye, aye!” Yells the rest of the crew in unison.
A large crane with words ‘No bar too rough, too tough, too far,’ emblazoned on the side begins to pull the buoy up onto the deck. It takes an immense amount of patience, timing, skill and most importantly a keen eye on safety. One wrong move and a crew member could be seriously hurt or killed. This daunting task may frighten some, but all the members work together in a tight cohesive team.
For the crew of the Coast Guard Cutter Fir, homeported in Tongue Point, Ore., this dirty and dangerous work is just another day at the office.
The Fir is a 225-ft., black hulled buoy tender that is part of the Juniper Class Coast Guard Cutters. Launched on Aug. 18, 2003 and commissioned on Nov. 8, 2003, it is outfitted to handle oil spill recovery, fisheries law enforcement, boating safety, oil spill response, search and rescue, homeland security and some ice breaking operations.
“She is the ultimate multi-mission platform,” said Lt. Molly Waters, the executive officer on board Fir. “We are literally capable of taking care of almost all of the Coast Guard’s missions.”
Waters speaks with the confidence, pride and a knowledge of one that has been part of a buoy tender crew for years, although she has only been aboard since July 13, 2009.
The Fir has quite a range of mission requirements, however its primary mission revolves around aids to navigation.''',
    quotes=[
        Q('“Head’s up! Buoy’s coming in!”', None, None),
        Q('“Head’s up! Buoy’s coming in aye, aye!”', None, None),
        Q('‘No bar too rough, too tough, too far,’', None, None),
        Q('“She is the ultimate', 'platform,”', "Molly Waters"),
        Q('“We are literally', 'Guard’s missions.”', "Molly Waters"),
    ],
    aliases={"Molly Waters": ["Molly Waters", "Lt. Molly Waters", "Waters", "the executive officer on board Fir"]},
),
dict(
    id="navy-pase-west-project-funding-builds-better-seabees",
    source="https://www.militarypress.com/project-funding-builds-better-seabees/",
    license=PDC, retrieved=PAGES + " (Navy Public Affairs Support Element West story on Construction Battalion Maintenance Unit 303 in San Diego, undated in the stored copy, in a copy on militarypress.com; the stored copy has no headline and opens with the byline line 'By Mass Communication Specialist 3rd Class Joe Bishop, Navy Public Affairs Support Element West', which was dropped, no title added (H1818); the empty lines dropped; the paragraph '“If you’re the commander of an installation there will be a call for work ...”, said Pygott. “We look at them ... So this was a', cut in the stored copy, dropped with its quotations; the full stop before the closing mark in 'doing good things.” said' and the bracketed insertion as stored (H1940))",
    text='''The Seabees are a “can do” people. They can fight, they can build, and they can do it anywhere. But if there is one thing a Seabee needs more than anything, it is work. Without getting their hands dirty, Seabees cannot train. Only through practice can Seabees learn to work together and hone their individual skills. Seabees are made for work, and the more work they get, the better they become.
“We want to let Fleet Navy know that we’re still here and doing good things.” said Builder 1st Class Edward Pygott, operations manager, assigned to Construction Battalion Maintenance Unit (CBMU) 303. “So admirals in a funding committee, someday, will say ‘Seabees? What’s the impact of that? I know what the impact is because ten years ago they did CNIC [Commander, Navy Installations Command] projects.’”
CBMU 303 is currently working on two CNIC projects in San Diego. One is the construction of a restroom and changing facility at Heritage Park on the Coronado beach adjacent to the Navy Lodge.
The facility is a 630-square-foot octagon concrete masonry unit restroom with shower and changing areas for men and women. The project complies with the American Disabilities Act, which accommodates visitors with disabilities. The other project is a security wall behind the Navy Exchange near Naval Base San Diego. Surplus merchandise can now be safely stored behind the building. These projects hone a wide range of the collective skillset of CBMU 303.''',
    quotes=[
        Q('“can do”', None, None),
        Q('“We want to let Fleet Navy', 'doing good things.”', "Edward Pygott"),
        Q('“So admirals in a funding', 'projects.’”', "Edward Pygott"),
    ],
    aliases={"Edward Pygott": ["Edward Pygott", "Builder 1st Class Edward Pygott", "operations manager"]},
),
]
