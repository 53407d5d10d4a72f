# Held-out English news texts (tests/data/heldout607-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army
# Reserve, the Army (DVIDS), the Air National Guard, the Air Force, the National Guard Bureau, the Virginia National
# Guard and the Navy: an Army Reserve story on a bridge-company sergeant building a tank target in Romania (usar.army.mil
# 1286887, 2017), a DVIDS story on Operation River Assault 2013 at Fort Chaffee (dvidshub.net 110752), a 162nd Wing
# story on a joint live-fire exercise of Tucson's firefighters (162wing.ang.af.mil 866190), a 48th Fighter Wing story
# on live-fire training on a mock-up F-15 (usafe.af.mil 749304), a McConnell Air Force Base story on an aircraft
# live-fire exercise (mcconnell.af.mil 226684), two nationalguard.mil stories on the Youth ChalleNGe programme (the
# Louisiana graduation of the 100,000th graduate, 590172, 2011; the 2009 ChalleNGe Champions Gala, 573974), a Virginia
# National Guard story on the graduation of Commonwealth ChalleNGe Class 56 (va.ng.mil 2967874, 2022) and a Navy
# NewsStand story of 2003 on Seabees of NMCB 133 repairing a village school in Iraq (globalsecurity.org copy). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`).
# Site lines (the .mil banner lines, 'Home : News : Article View', 'NEWS | date', 'IN THE NEWS', 'News Search', 'News',
# '• Published' / '• By ...' / unit lines, DVIDS login lines, photo caption and byline lines, the Navy NewsStand story
# number, release date and 'From ...' lines, globalsecurity.org's banner), the empty lines between paragraphs, a line
# holding only a space, the indentation of the DVIDS lines and spaces at the end of a line are dropped; a headline is
# kept once as the first line where the stored copy has one (none is added where it has none); datelines are kept as
# stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H2310-H2314 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout607-en.jsonl

Built by `build.py` from `heldout607_pages.py`. Like heldout583-en, heldout566-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): an Army Reserve story by Capt. Colin Cutler, 712th
Horizontal Engineering Company, 'Building bridges and moving dirt' (usar.army.mil 1286887, Aug. 23, 2017); a DVIDS story
by Spc. Justin Snyder, 354th Mobile Public Affairs Detachment, 'Operation River Assault a success' (dvidshub.net 110752,
dateline July 24, 2013); a 162nd Wing (Arizona Air National Guard) story by 2nd Lt. Lacey Roberts, 162nd Wing Public
Affairs, '162nd Wing firefighters complete joint live fire training' (162wing.ang.af.mil 866190; no date in the stored
copy); a 48th Fighter Wing story by Airman 1st Class Dana J. Butler, 48th Fighter Wing Public Affairs, 'We did start the
fire' (usafe.af.mil 749304; no year in the stored copy); a McConnell Air Force Base story by Airman 1st Class Jessica
Lockoski, 22nd Air Refueling Wing Public Affairs, 'All fired up: Base firefighters smother flames during training
exercise' (mcconnell.af.mil 226684; no year in the stored copy); two National Guard Bureau site stories, 'Louisiana hosts
milestone National Guard Youth ChalleNGe Program graduation' by Sgt. Robin C. Carpenter, Louisiana National Guard
(nationalguard.mil 590172, Jan. 24, 2011), and 'Stars alight Guard's 4th annual Youth ChalleNGe night' by Master Sgt.
Mike R. Smith, National Guard Bureau (nationalguard.mil 573974, Feb. 26, 2009); a Virginia National Guard story by A.J.
Coyne, Virginia National Guard Public Affairs, 'Class 56 graduates from Commonwealth ChalleNGe Youth Academy' (va.ng.mil
2967874, March 16, 2022; left for other sets in heldout566-en); and a Navy NewsStand story by Photographer's Mate 2nd
Class Jacob A. Johnson, Naval Mobile Construction Battalion 133 Public Affairs, 'NMCB 133 Rebuilds Village School' (story
NNS030610-46, released 6/11/2003), in the verbatim copy of globalsecurity.org (licence constant PDC, as the
globalsecurity.org copies of earlier sets). Reuse terms relied on: US government works are not subject to copyright in
the US (17 U.S.C. § 105); the .mil and DVIDS pages are the services' own stories, and the globalsecurity.org page
reproduces a Navy NewsStand story under its story number, marked as a copy on a non-government site. Licence caveats:
every story names its writer, a service member or a public affairs employee of the publishing unit (the Virginia
National Guard writer A.J. Coyne is taken as the Guard's public affairs staff, as the byline's unit says); the
globalsecurity.org copy may differ from the navy.mil original in details the stored copy cannot show; the stories quote
a civilian official inside the public-domain texts (U.S. Sen. Mary L. Landrieu) and unnamed cadets. None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per page: the Army Reserve
story's 'Warner is excited for the experience ... “This is probably the best training enviro'; the DVIDS story's
'Standing in the background, Lt. Col. Keith Krajewski, 389th En'; the 162nd Wing story's 'Donnelly will retire from';
the McConnell story's 'Not to be mistaken for extra terrestrials, four firefighters geared with high-tech silver
proximi'; the Louisiana story's 'Walston addressed her classmates, remembering their journey from “misguided
adolescents” to “disciplined you'; the gala story's 'Television celebrities Kerri Turner (JAG)'; the Class 56 story's
'To graduate from the Academy, ... These components are designed to educate and pro'; the Navy story's '"The drive in
the morning is the worst part," said Degraw. "We had to throw t'. The 48th Fighter Wing copy ends on a complete
paragraph, which is kept. The site lines (the .mil banner lines 'An official website of the United States government',
'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...'; 'IN THE NEWS', 'Home :
News : Article View', 'News Search', 'News', the 'NEWS | date' lines, the '• Published' / '• By ...' / unit lines and
the byline lines; the DVIDS login lines '(e.g. yourname@email.com)', 'Forgot Password?', 'Or login with Facebook', its
photo caption line 'Photo By Spc. Justin Snyder | U.S. Army combat engineers ... read more read more' and 'Story by ...'
/ '354th Mobile Public Affairs Detachment'; globalsecurity.org's 'UNITED24 - Make a charitable donation in support of
Ukraine!' and the story lines 'Navy Newsstand', 'Story Number: NNS030610-46', 'Release Date: 6/11/2003 9:36:00 PM',
'From U.S. 2nd Fleet Public Affairs' and 'By Photographer's Mate 2nd Class Jacob A. Johnson, ...'), the empty lines
between paragraphs, the 48th Fighter Wing copy's line holding only a space, the four-space indentation of the DVIDS
lines and the spaces at the end of lines were dropped; headlines are kept once as the first line (the DVIDS copy prints
its headline twice, H1246), datelines are kept as stored; wording and typos ('faster then we expected', 'into the
river' without a full stop, 'Tucson international', 'ChalleNGE staff members', 'mach plane', 'turn out', 'No, way'),
dashes, the ellipsis in 'starting your life…it’s' and quotation marks (straight or curly as stored, including the
closing mark typed as an opening one in 'in a combat zone. “') are as stored. Pages read but left out: stories already
in earlier sets (army.mil 17474, rucker.army.mil's NCOA story, nationalguard.mil 572966, 573315 and 599911, the va.gov
1206 Veterans Day release, jbcharleston.jb.mil 1717792, lejeune.marines.mil 513146, marforres 558125, the DVIDS Miramar
Toys for Tots story 81141, the NMCB 1 kindergarten story, army.mil 43223, usar.army.mil 1585474, the Southeast Louisiana
VA Veterans Day story), pages whose stored part keeps fewer than two complete quotations (the Missouri Air National
Guard flood story 1867885, the Kadena working-dog retirement repost, army.mil 9414, the Marine Forces Reserve Toys for
Tots story), lists, newsletters and aggregator pages (mycg.uscg.mil 'Frontline Focus' items, seapowermagazine.org
release pages, usace.army.mil news lists, coastguardnews.com announcements), copies on newspaper and private sites where
a government page was at hand or the source was unclear (the paraglideonline.net copy of the River Assault story, the
alaska-native-news.com copy of an Air Guard story, micronesia.com's Seabee Magazine copy, military-online.blogspot.com
reposts stored with hard line breaks, a Coast Guard unit story on a blog whose operator the stored copy does not name,
americasveterans.org's copy of a VA release, forum and usapatriotism.org copies), and pages of newspapers, broadcasters
and magazines found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (1286887, 110752, 866190, 749304, 226684, 590172, 573974, 2967874, mil-030611-nns04), by
title and slug and by the names of their speakers and phrases, such as Andrew Warner, Acrow, Hoang Tran, Heck of a job
guys, Leslie Tyree, Keith Donnelly, Tucson International Airport, Scott Stroble, mock-up F-15, Edward Sanchez, Team
McConnell, Camp Minden, Craig McKinley, Dale Earnhardt, Mark Chicoine, Walt Mercer, Commonwealth ChalleNGe, Ernest Davis,
Elijah Degraw and Jassan, with grep over tests/data of the main tree and of every other helper's worktree
(heldout593-608): no hit, except other texts that name Resolute Castle and Cincu (heldout283-en), Timothy P. Williams
(heldout33-en), Mary L. Landrieu (heldout113-en) and Tori Walston (the gala story of 2011 in heldout566-en), none of them
one of these texts). The annotation (rules H2310–H2314 in `ANNOTATION.md` on top of the earlier rules) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usar-h607-2017-08-23-building-bridges-moving-dirt",
    source="http://www.usar.army.mil/News/News-Display/Article/1286887/building-bridges-and-moving-dirt/",
    license=PD, retrieved=PAGES + " (Army Reserve story of Aug. 23, 2017 by Capt. Colin Cutler, 712th Horizontal Engineering Company, on Staff Sgt. Andrew Warner of the 361st Bridge Company building a moving armored target for a tank range in Cincu, Romania, during Resolute Castle 17; the .mil banner lines, the blank lines of the page, 'IN THE NEWS', 'NEWS | Aug. 23, 2017' and the byline line dropped; headline kept as the first line; the last paragraph, 'Warner is excited for the experience his soldiers are gaining in Resolute Castle 17, ... “This is probably the best training enviro', cut in the stored copy, dropped; `says` as the cue of the opening quotation, a partial quotation closed by an opening-shaped mark after a full stop and a space, a colon after the writer's clause and a quotation after a fronted phrase of the writer with no cue (H2311); curly marks as stored)",
    text='''Building bridges and moving dirt
“It’s a lot of dealing with dirt,” says Staff Sgt. Andrew Warner. From the 361st Bridge Company in Warner-Robbins, GA, but attached to the 712th Horizontal Engineering Company for Resolute Castle 17, Warner is the non-commissioned officer in charge of constructing a moving armored target for a tank live-fire range in Cincu, Romania.
Before joining the Reserves, Warner spent 4 years with active duty engineering units. While assigned to the 814th Multi-Role Bridge Company out of Ft. Polk, LA, he deployed to Afghanistan, where he helped build “one of the first Acrow bridges in a combat zone. “
On the civilian side, Warner is an agronomist at the University of Georgia Cooperative Extension, where he specializes in soils. As a row crop agent, he said, “Part of the mission of land-grant universities is to provide education to the people. I help farmers, or in general, if you have a problem with your row-crops or lawn or trees, you can call me.”
He’s put his background in soil science to good use here, too: “On a site like this, you have to understand what kind of soil you’re dealing with.” With up to a foot of organic matter on top before reaching the stable clay beneath, “You have to treat it the right way for it to do what you want.”''',
    quotes=[
        Q('“It’s a lot of dealing with dirt,”', None, "Andrew Warner"),
        Q('“one of the first Acrow bridges', 'combat zone. “', "Andrew Warner"),
        Q('“Part of the mission of land-grant', 'you can call me.”', "Andrew Warner"),
        Q('“On a site like this,', 'you’re dealing with.”', "Andrew Warner"),
        Q('“You have to treat it the right way', 'what you want.”', "Andrew Warner"),
    ],
    aliases={"Andrew Warner": ["Andrew Warner", "Staff Sgt. Andrew Warner", "Warner"]},
),
dict(
    id="dvids-h607-2013-07-operation-river-assault-success",
    source="https://www.dvidshub.net/news/110752/operation-river-assault-success",
    license=PD, retrieved=PAGES + " (DVIDS story by Spc. Justin Snyder, 354th Mobile Public Affairs Detachment, on Army Reserve engineers building an Improved Ribbon Bridge across the Arkansas River at Fort Chaffee during Operation River Assault, dateline July 24, 2013; the login lines '(e.g. yourname@email.com)', 'Forgot Password?' and 'Or login with Facebook', the photo caption line 'Photo By Spc. Justin Snyder | U.S. Army combat engineers with the 671st Engineer Company (Multi-Role Bridge), await...... read more read more' and the byline lines dropped; the headline, printed twice, kept once as the first line (H1246); the four-space indentation of the stored lines dropped; the last paragraph, 'Standing in the background, Lt. Col. Keith Krajewski, 389th En', cut in the stored copy, dropped, so Krajewski is not in the text (the fuller paraglideonline.net copy of the story was not used, H2314); a cue ending on the abbreviation 'Ore.' before the second piece (H2314); 'dropping large Army green bridge sections into the river' without a full stop, 'faster then we expected', the en dash and curly marks as stored)",
    text='''Operation River Assault a success
FORT CHAFFEE, Ark. – Staring out into darkness, Spc. Hoang Tran could hardly wait to get started. Wet from an early morning storm, a little bit cold and with mud caking his Army combat boots, he eagerly directed each Heavy Expanded Mobility Tactical Truck toward the shoreline in the early morning hours of July 24, 2013.
Just as fast as the Arkansas sun started to rise through the clouds, soldiers all around him enthusiastically began moving vehicles, preparing Army engineer boats and dropping large Army green bridge sections into the river
“This is what I came here to do,” said Tran, 671st Engineer Company (Multi-Role Bridge). “A little rain won’t do anything but motivate us to get the mission accomplished even faster.”
What began as only an idea and a goal became a reality as engineers from the 459th Engineer Company (MRB), 671st Engineer Company (MRB), and 74th Engineer Company (MRB) came together with the assistance of medics, military police, dive specialists and support personnel, to construct an Improved Ribbon Bridge across the river.
Each of the engineer units took care of unloading a quarter of the bridging section, with the final section coming from Boeing CH-47 Chinook helicopters.
When the last of 44 bridge sections hit the water, soldiers high-fived and praised each other enthusiastically as if they had just won a sporting event.
“Heck of a job guys!” said Tran, a native of Portland, Ore. “We were on a tight schedule, but we got it done faster then we expected.”''',
    quotes=[
        Q('“This is what I came here to do,”', None, "Hoang Tran"),
        Q('“A little rain won’t do anything', 'even faster.”', "Hoang Tran"),
        Q('“Heck of a job guys!”', None, "Hoang Tran"),
        Q('“We were on a tight schedule,', 'faster then we expected.”', "Hoang Tran"),
    ],
    aliases={"Hoang Tran": ["Hoang Tran", "Spc. Hoang Tran", "Tran"]},
),
dict(
    id="af-162wing-h607-joint-live-fire-training",
    source="https://www.162wing.ang.af.mil/News/Article/866190/162nd-wing-firefighters-complete-joint-live-fire-training/",
    license=PD, retrieved=PAGES + " (162nd Wing (Arizona Air National Guard) story by 2nd Lt. Lacey Roberts, 162nd Wing Public Affairs, on a joint aircraft live-fire exercise of the wing's, Davis-Monthan's and Tucson International Airport's firefighters on Dec. 8 (no year in the stored copy); the lines 'News Search', 'News', '• Published', '• By 2nd Lt. Lacey Roberts' and '• 162nd Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Donnelly will retire from', cut in the stored copy, dropped; a quotation opened and never closed before its cue in the same sentence, listed in `unclosed` (H2310); the space at the end of the 'surging flames.' paragraph dropped; 'Tucson international' and straight marks as stored)",
    text='''162nd Wing firefighters complete joint live fire training
Firefighters with the Arizona Air National Guard's 162nd Wing located at Tucson International Airport participated in a joint live fire training with firefighters from Davis-Monthan Air Force Base and the Tucson International Airport on Dec. 8 at D-M AFB.
This aircraft fire exercise provides personnel the opportunity to work with partner agencies to extinguish a fire charged by jet fuel.
"The goal of the training is to keep us familiar with the characteristics of burning fuel and techniques for controlling aircraft fires to enhance rescue of aircrew and passengers, said Chief Master Sgt. Leslie Tyree from the 162nd fire department.
When an aircraft incident is reported at Tucson international, both the 162nd and airport fire departments respond whether the aircraft is military or civilian.
Tyree says he works to ensure the wing fire department has various opportunities for joint training throughout the year, so they are equipped to assist not only TIA and DM, but also Tucson and Rural Metro fire departments.
During the exercise the 162nd and TIA personnel extinguished a total of five fires lit by a team of three firefighters appropriately outfitted with protective equipment.
Successful completion of this exercise is an annual requirement for the wing, but for one firefighter it was bittersweet.
For the final burn of the day firefighter Keith Donnelly hit the lights and cranked the siren as he drove his fire truck to the base of the surging flames.
During his more than 25 years with the 162nd he said he has extinguished more fires than he can count, but that he will never forget working with this group of firefighters to extinguish his last.
"It was a great feeling to extinguish the final burn of my career," said Donnelly. "The 162nd has been a great place to serve and work."''',
    quotes=[
        Q('"The goal of the training', 'aircrew and passengers,', "Leslie Tyree"),
        Q('"It was a great feeling', 'of my career,"', "Keith Donnelly"),
        Q('"The 162nd has been a great place', 'serve and work."', "Keith Donnelly"),
    ],
    unclosed=('"The goal of the training is to keep us familiar with the characteristics of burning fuel and techniques for controlling aircraft fires to enhance rescue of aircrew and passengers,',),
    aliases={"Leslie Tyree": ["Leslie Tyree", "Chief Master Sgt. Leslie Tyree", "Tyree"],
             "Keith Donnelly": ["Keith Donnelly", "firefighter Keith Donnelly", "Donnelly"]},
),
dict(
    id="af-usafe-h607-48th-ces-we-did-start-the-fire",
    source="https://www.usafe.af.mil/News/Article-Display/Article/749304/we-did-start-the-fire",
    license=PD, retrieved=PAGES + " (48th Fighter Wing story by Airman 1st Class Dana J. Butler, 48th Fighter Wing Public Affairs, on the 48th Civil Engineer Squadron Fire Department's live-fire training on a mock-up F-15, Aug. 19-23 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Dana J. Butler' and '• 48th Fighter Wing Public Affairs' dropped; headline kept as the first line; the line holding only a space between a cued paragraph and the cue-less paragraph after it dropped, and the two paragraphs kept apart (H2314); the stored copy ends on a complete paragraph, which is kept; straight marks as stored)",
    text='''We did start the fire
The 48th Civil Engineer Squadron Fire Department conducted live-fire training on a mock-up F-15 Aug. 19-23.
"Live-fire training on our aircraft trainer is required twice a year to keep up our firefighter certifications," said Tech. Sgt. Scott Stroble, 48th CES Fire Department NCO in charge of training.
Live-fire training ensures firefighters are able to perform required core tasks in the event of an aircraft fire to protect lives and government assets.
"Having the live-fire adds a bit of realism to what we do in the Air Force," said Stroble. "Whenever we get the chance to fight live fires it enhances our training and makes the experience of being a firefighter that much better."
According to Stroble, this training is important for firefighters of all ranks.
"It's very important for new Airmen to learn what fire can do and how it reacts," said Stroble.
"It's also important for the crew chiefs and the seasoned guys to make sure that we stay on top of our game all the time and keep our training at 100 percent."
The contained propane fire is managed by switches that allow full control over the flames, according to Stroble.
"This training is extremely realistic," said Stroble. "We use liquid propane to control the burns at different spots on the aircraft and if there is an incident or someone gets hurt we can push a button and the fire will be out in a matter of seconds. It's definitely as realistic as we can possibly get while being safe at the same time."''',
    quotes=[
        Q('"Live-fire training on our aircraft trainer', 'firefighter certifications,"', "Scott Stroble"),
        Q('"Having the live-fire adds', 'in the Air Force,"', "Scott Stroble"),
        Q('"Whenever we get the chance', 'that much better."', "Scott Stroble"),
        Q('"It\'s very important for new Airmen', 'how it reacts,"', "Scott Stroble"),
        Q('"It\'s also important for the crew chiefs', 'at 100 percent."', "Scott Stroble"),
        Q('"This training is extremely realistic,"', None, "Scott Stroble"),
        Q('"We use liquid propane', 'at the same time."', "Scott Stroble"),
    ],
    aliases={"Scott Stroble": ["Scott Stroble", "Tech. Sgt. Scott Stroble", "48th CES Fire Department NCO in charge of training", "Stroble"]},
),
dict(
    id="af-mcconnell-h607-all-fired-up-live-fire-exercise",
    source="https://www.mcconnell.af.mil/News/Features/Display/Article/226684/all-fired-up-base-firefighters-smother-flames-during-training-exercise/",
    license=PD, retrieved=PAGES + " (McConnell Air Force Base story by Airman 1st Class Jessica Lockoski, 22nd Air Refueling Wing Public Affairs, on an aircraft live-fire training exercise of the base fire department with the Air National Guard on June 11 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Jessica Lockoski' and '• 22nd Air Refueling Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Not to be mistaken for extra terrestrials, four firefighters geared with high-tech silver proximi', cut in the stored copy, dropped; `said Chief X the director ...` with no comma before the role, `he said` in the next paragraph and a second piece never closed, ending at its paragraph end (H2310); the spaces at the end of the lines dropped; 'mach plane' and straight marks as stored)",
    text='''All fired up: Base firefighters smother flames during training exercise
Team McConnell's Airmen, brave enough to take the heat of a raging fire, had an opportunity last week to fire it up when they held an aircraft live-fire training exercise June 11.
This exercise was extra special because the Air National Guard had the opportunity to participate with them.
The fire department is only required to conduct them twice per year, but these fire exercises are done quarterly at McConnell to keep the firefighters here well trained and on their toes.
They wait their turns to fight in groups against a burning simulator that is designed to resemble an aircraft vessel. The propane-fueled, mach plane is ignited to simulate crash scenarios and fuel explosions.
In real situations, firefighters can be physically and mentally tested. Their goal is to gain improvement and proficiency working as a cohesive team, to solve potential problems with quick response through radio communication and other skills covered in daily safety briefs and video training at the station.
"They do not have the hands-on application to fight fires on a steady basis, which is why we have a lot of classroom instruction," said Chief Edward Sanchez the director of training at the fire station.
"The safety of the firefighters is essential," he said. "They can run the risk of possible injury from steam and falling debris, and it is paramount that Airmen are briefed thoroughly before the exercise.
Live-fire training can reduce the number of injuries and deaths of firefighters when they combat real emergency situations. With more hands-on training, fighting fires with different case-scenarios available to the department can reduce property loss and mission interruption resulting from a fire.''',
    quotes=[
        Q('"They do not have the hands-on', 'classroom instruction,"', "Edward Sanchez"),
        Q('"The safety of the firefighters is essential,"', None, "Edward Sanchez"),
        Q('"They can run the risk', 'before the exercise.', "Edward Sanchez"),
    ],
    aliases={"Edward Sanchez": ["Edward Sanchez", "Chief Edward Sanchez", "the director of training at the fire station"]},
),
dict(
    id="ng-h607-2011-01-24-louisiana-youth-challenge-100000th",
    source="https://www.nationalguard.mil/News/Article-View/Article/590172/louisiana-hosts-milestone-national-guard-youth-challenge-program-graduation",
    license=PD, retrieved=PAGES + " (National Guard Bureau site story of Jan. 24, 2011 by Sgt. Robin C. Carpenter, Louisiana National Guard, on the graduation of the Camp Minden Youth ChalleNGe Program's class with the programme's 100,000th graduate in Shreveport; the .mil banner lines, 'Home : News : Article View', 'NEWS | Jan. 24, 2011' and the byline line dropped; headline kept as the first line; the last paragraph, 'Walston addressed her classmates, remembering their journey from “misguided adolescents” to “disciplined you', cut in the stored copy, dropped with its partial quotations, so the cadet is named but no speaker (H2312); `X told the young graduates` after the quotation, a reported sentence ending `McKinley said.` and a cue-less continuation paragraph after `said Landrieu.` (H2312); curly and straight marks as stored)",
    text='''Louisiana hosts milestone National Guard Youth ChalleNGe Program graduation
SHREVEPORT, La. - A Louisiana ceremony celebrated the National Guard Youth ChalleNGe Program’s 100,000th graduate on Jan. 22.
It was a special day for families at the Shreveport Municipal Auditorium here as 197 cadets from across the state graduated from the Louisiana National Guard’s Camp Minden Youth ChalleNGe Program.
“YCP is an investment in the future of America,” Air Force Gen. Craig R. McKinley, the chief of the National Guard Bureau, told the young graduates.
Louisiana was chosen to mark the 100,000 milestone because it has one of the nation’s strongest Youth ChalleNGe programs and is the only state with three campuses.
In 18 years, the National Guard Youth ChalleNGe Program has grown to be one of the largest mentoring programs in the nation, second only to Big Brothers Big Sisters, McKinley said.
U.S. Sen. Mary L. Landrieu, also a guest speaker at the ceremony, said Youth ChalleNGe was created to help meet the needs of our society’s youth. The Guard took that need and turned it into opportunity.
"There was a gap in filling the needs of our young people, and the National Guard stepped in to help," said Landrieu.
"That's what the Guard does; they see a need and they stand in the gap when no one else will."
Cadet Tori R. Walston was named Cadet of the Cycle and will serve as ambassador of the 100,000 Youth ChalleNGe graduates at a March gala in Washington, D.C.''',
    quotes=[
        Q('“YCP is an investment in the future of America,”', None, "Craig R. McKinley"),
        Q('"There was a gap in filling', 'stepped in to help,"', "Mary L. Landrieu"),
        Q('"That\'s what the Guard does;', 'no one else will."', "Mary L. Landrieu"),
    ],
    aliases={"Craig R. McKinley": ["Craig R. McKinley", "Air Force Gen. Craig R. McKinley", "the chief of the National Guard Bureau", "McKinley"],
             "Mary L. Landrieu": ["Mary L. Landrieu", "U.S. Sen. Mary L. Landrieu", "Landrieu"]},
),
dict(
    id="ng-h607-2009-02-26-stars-alight-youth-challenge-gala",
    source="https://www.nationalguard.mil/News/Article-View/Article/573974/stars-alight-guards-4th-annual-youth-challenge-night",
    license=PD, retrieved=PAGES + " (National Guard Bureau story of Feb. 26, 2009 by Master Sgt. Mike R. Smith on the National Guard's Fourth Annual ChalleNGe Champions Gala in Washington; the .mil banner lines, 'Home : News : Article View', 'NEWS | Feb. 26, 2009' and the byline line dropped; headline kept as the first line; the last paragraph, 'Television celebrities Kerri Turner (JAG)', cut in the stored copy, dropped; two unnamed cadets quoted in one paragraph (`said the teen`, `said another`) and a reported sentence ending `said its officials.` (H2312); the single line break before 'Its in-residence camp' kept as a paragraph break; 'turn out', 'No, way' and straight marks as stored)",
    text='''Stars alight Guard's 4th annual Youth ChalleNGe night
WASHINGTON - The teen wore a military-style, grey uniform similar to the garb of dozens of other teens around him.
They crowded the lower lobby of the J.W. Marriott Hotel last night, obviously overwhelmed by the attention they were getting.
"There's Dale Earnhardt," said the teen. "No, way," said another, his eyes scanning the crowd.
Yes, there was an amazing turn out of celebrities, elected officials and military leadership gathered for the National Guard's Fourth Annual ChalleNGe Champions Gala.
Still, almost everyone said the real stars were the more than 100 Youth ChalleNGe cadets, who shared their stories and dined with them.
These cadets represented more than 84,000 young people who climbed out of a pit of trouble to graduate from Youth ChalleNGe through counseling and training on being productive, employed and law-abiding citizens. The National Guard started it in 1993.
"Tonight's business is about thanking those young people and their sacrifice to get their lives turned around and back in shape," said Gen. Craig McKinley, chief of the National Guard Bureau. "We congratulate the cadets who are here and all those who are at home."
Youth ChalleNGe focuses on the more than 1.2 million kids who drop out of high school every year, putting them at risk for drug use, gang violence and abusive relationships, said its officials.
Its in-residence camp and long-term, community mentorship thereafter helps youth find the structure and knowledge needed to realize their potentials.''',
    quotes=[
        Q('"There\'s Dale Earnhardt,"', None, None),
        Q('"No, way,"', None, None),
        Q('"Tonight\'s business is about thanking', 'back in shape,"', "Craig McKinley"),
        Q('"We congratulate the cadets', 'who are at home."', "Craig McKinley"),
    ],
    aliases={"Craig McKinley": ["Craig McKinley", "Gen. Craig McKinley", "chief of the National Guard Bureau"]},
),
dict(
    id="vang-h607-2022-03-16-commonwealth-challenge-class-56",
    source="https://va.ng.mil/News/Article/2967874/class-56-graduates-from-commonwealth-challenge-youth-academy",
    license=PD, retrieved=PAGES + " (Virginia National Guard story of March 16, 2022 by A.J. Coyne, Virginia National Guard Public Affairs, on the graduation of Class 56 of the Virginia Commonwealth ChalleNGe Youth Academy on March 5, 2022; the .mil banner lines, 'NEWS | March 16, 2022' and the byline line dropped; headline kept as the first line; the last paragraph, 'To graduate from the Academy, the cadets must successfully complete eight core components ... These components are designed to educate and pro', cut in the stored copy, dropped; three officials presented in one sentence and quotations cued by two of their surnames, one with `told them` (H2313); the space at the end of the first paragraph dropped; 'ChalleNGE staff members', the ellipsis in 'starting your life…it’s' and curly marks as stored)",
    text='''Class 56 graduates from Commonwealth ChalleNGe Youth Academy
The Virginia Commonwealth ChalleNGe Youth Academy conducted a graduation ceremony for the cadets of Class 56 March 5, 2022, at the State Military Reservation in Virginia Beach, Virginia. Maj. Gen. Timothy P. Williams, the Adjutant General of Virginia, and retired Brig. Gen. Walt Mercer, the Department of Military Affairs Chief Operations Officer, joined retired Navy Capt. Mark Chicoine, the Commonwealth ChalleNGe director, and ChalleNGE staff members in congratulating the 44 cadets on their graduation.
“Your accomplishments are truly incredible,” Williams said. “The fact that you’re here today, that you’re graduating, going back home, back to your families, back to your education, back to a career, starting your life…it’s an exciting time.”
“You’ve all become leaders so lead by example,” Chicoine told them. “Respect others. Do the right thing when no one is looking. And give your best effort every day.”
Commonwealth ChalleNGe is the Virginia component of the National Guard Youth ChalleNGe Program, a 17-and-a-half-month program designed to promote academics, attention to detail, time management, and leadership while promoting self-esteem, confidence and pride.''',
    quotes=[
        Q('“Your accomplishments are truly incredible,”', None, "Timothy P. Williams"),
        Q('“The fact that you’re here today,', 'an exciting time.”', "Timothy P. Williams"),
        Q('“You’ve all become leaders so lead by example,”', None, "Mark Chicoine"),
        Q('“Respect others.', 'effort every day.”', "Mark Chicoine"),
    ],
    aliases={"Timothy P. Williams": ["Timothy P. Williams", "Maj. Gen. Timothy P. Williams", "the Adjutant General of Virginia", "Williams"],
             "Mark Chicoine": ["Mark Chicoine", "retired Navy Capt. Mark Chicoine", "the Commonwealth ChalleNGe director", "Chicoine"]},
),
dict(
    id="navy-h607-2003-06-11-nmcb-133-rebuilds-village-school",
    source="https://www.globalsecurity.org/military/library/news/2003/06/mil-030611-nns04.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS030610-46, released 6/11/2003, by Photographer's Mate 2nd Class Jacob A. Johnson, Naval Mobile Construction Battalion 133 Public Affairs, from U.S. 2nd Fleet Public Affairs, on Seabees of NMCB 133 repairing the school of Jassan, Iraq, in the verbatim copy of globalsecurity.org; the site's banner 'UNITED24 - Make a charitable donation in support of Ukraine!' and the story lines 'Navy Newsstand', 'Story Number: NNS030610-46', 'Release Date: 6/11/2003 9:36:00 PM', 'From U.S. 2nd Fleet Public Affairs' and the byline line dropped; headline kept as the first line; the last paragraph, '\"The drive in the morning is the worst part,\" said Degraw. \"We had to throw t', cut in the stored copy, dropped with its complete first quotation (H2121); a role before the rank and name set off by commas and home towns after the names (H2313); straight marks as stored)",
    text='''NMCB 133 Rebuilds Village School
IRAQ (NNS) -- Twenty Seabees from Naval Mobile Construction Battalion (NMCB) 133 were sent to a village nine miles away from the Iranian border to repair a half-century old school.
Eleven years ago, Saddam Hussein attempted to eliminate the Shiite Muslims from Jassan, Iraq, a remnant of biblical Mesopotamia. After the teachers were murdered, the school was closed and never re-opened out of fear, leaving the children without a place to learn. In nine days, these 20 Seabees have almost fully repaired the school and restored the community's hope.
"We're remodeling a six classroom schoolhouse for 123 students and 14 teachers," said project supervisor, Builder 1st Class Ernest Davis, of Richmond, Va. "This is probably the best place in Iraq and the best job we've had since we've been in Iraq."
The project requires resurfacing 7,000 square feet of plaster and stucco walls and ceilings. The Bees will level 1,800 square feet of concrete floor. After the concrete plaster and stucco are finished, the Seabees will repaint the school its original colors of white, burgundy and green. The Seabees aren't the only ones working on the project; they're getting a little help from the locals.
"The locals are nice," said Construction Electrician Constructionman Elijah Degraw, from Tallahassee, Fla. "They're happy we're here and happy to help out."
Aside from the villagers, help is a little far off. The nearest camp is about 30 minutes from the schoolhouse; the nearest Seabee camp is nearly an hour and a half away. The remote location makes getting supplies to the village a little difficult.''',
    quotes=[
        Q('"We\'re remodeling a six classroom', '14 teachers,"', "Ernest Davis"),
        Q('"This is probably the best place', 'been in Iraq."', "Ernest Davis"),
        Q('"The locals are nice,"', None, "Elijah Degraw"),
        Q('"They\'re happy we\'re here', 'help out."', "Elijah Degraw"),
    ],
    aliases={"Ernest Davis": ["Ernest Davis", "project supervisor, Builder 1st Class Ernest Davis"],
             "Elijah Degraw": ["Elijah Degraw", "Construction Electrician Constructionman Elijah Degraw"]},
),
]
