# Held-out English news texts (tests/data/heldout250-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Army National Guard and Air Force news stories (public domain, 17 U.S.C.
# § 105): a DVIDS story of the Idaho Army National Guard (116th Brigade Engineer Battalion back from Fort Hood), two
# army.mil field-training stories (2-4th Field Artillery at Fort Sill, 2013; basic combat trainees at Fort Benning,
# 2016), two army.mil ribbon-cutting stories (Warrior Transition Battalion Complex at Fort Drum; IMCOM headquarters at
# Fort Sam Houston, 2011), a 446th Airlift Wing story (maintenance deployments, 2008), a Holloman AFB story (the
# deployment and distribution flight) and a Tyndall AFB story (chief master sergeant recognition ceremony, 2011). None
# is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, 'Published' and
# byline lines, photo captions and photo-credit lines are dropped; a headline is kept once as the first line where the
# stored copy has one; trailing spaces at paragraph ends are removed; wording (typos included), spacing inside
# paragraphs and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1555-H1558 in ANNOTATION.md on top of H1-H1554).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout250-en.jsonl

Built by `build.py` from `heldout250_pages.py`. Like heldout242-en, heldout247-en and other military sets above, these
texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105),
none of them used in a set above, this time Army, Army National Guard and Air Force stories on training, deployments,
ceremonies and ribbon cuttings: a DVIDS story of the Idaho Army National Guard's 116th Brigade Engineer Battalion
(opposing force at Fort Hood), two army.mil stories of field training (2nd Battalion, 4th Field Artillery at Fort Sill,
November 2013; basic combat trainees at Fort Benning, January 2016), two army.mil ribbon-cutting stories (the Warrior
Transition Battalion Complex at Fort Drum; the Installation Management Command headquarters at Fort Sam Houston, August
2011), a 446th Airlift Wing story (maintenance deployments, 2008), a Holloman AFB story (the 49th Logistics Readiness
Squadron's deployment and distribution flight) and a Tyndall AFB story (chief master sergeant recognition ceremony,
February 2011). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, 'Published' and
byline lines, photo captions and photo-credit lines were dropped; wording (typos included) and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by title and by the names of their speakers with
grep over tests/data of the main tree and of every other helper's worktree). The annotation (rules H1555–H1558 in
`ANNOTATION.md` on top of H1–H1554) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-116th-brigade-engineer-battalion-returns-from-texas-exercise",
    source="https://dvidshub.net/news/238712/116th-brigade-engineer-battalion-returns-texas-exercise",
    license=PD, retrieved=PAGES + " (the stored copy has no headline or DVIDS page header and opens with the first paragraph; the paragraph 'Task Force Dagger was comprised of units from six states ...', cut in the stored copy, dropped; the misspelling 'Alacron' in the attribution kept as stored (H1556))",
    text='''Soldiers of the 116th Brigade Engineer Battalion, headquartered in Twin Falls, returned home today after spending the past three weeks at Fort Hood, Texas, conducting annual training. The training involved more than 80 Soldiers from the Magic Valley.
The battalion provided command and control to Task Force Dagger during the 278th Armored Brigade Combat Team’s eXportable Combat Training Capability rotation. The task force provided Opposing Forces that allowed the Tennessee Army National Guard unit to train against a capable near-peer force.
“We played the game as much as possible to get our new guys experience and to give the 278th ABCT experience so they know what to expect if they get deployed,” said Cpl. Rene Alarcon, a Twin Falls resident assigned to Headquarters and Headquarters Company, 116th Brigade Engineer Battalion. “You have to have a different perspective to play OPFOR,” Alacron said. “You have to see the battle from the enemy’s perspective.”
Task Force Dagger was made up of more than 500 Soldiers, including approximately 350 from the Idaho Army National Guard’s 116th Cavalry Brigade Combat Team.
“This was an unprecedented opportunity for the 116th Brigade Engineer Battalion to exercise command and control over an armored task force,” said Lt. Col. Dennis Stitt, 116th Brigade Engineer Battalion commander.
XCTC is a field training exercise designed to certify platoon proficiency for National Guard units. The task force conducted approximately 180 training and mass casualty lanes in support of the exercise, which involved more than 4,100 Soldiers.''',
    quotes=[
        Q('“We played the game', 'if they get deployed,”', "Rene Alarcon"),
        Q('“You have to have a different', 'to play OPFOR,”', "Rene Alarcon"),
        Q('“You have to see the battle', 'enemy’s perspective.”', "Rene Alarcon"),
        Q('“This was an unprecedented', 'armored task force,”', "Dennis Stitt"),
    ],
    aliases={"Rene Alarcon": ["Cpl. Rene Alarcon", "Alacron"],
             "Dennis Stitt": ["Lt. Col. Dennis Stitt", "116th Brigade Engineer Battalion commander"]},
),
dict(
    id="armymil-2013-11-2-4th-field-artillery-soldiers-train-afield",
    source="https://www.army.mil/article/115002/2_4th_Field_Artillery_Soldiers_train_afield/",
    license=PD, retrieved=PAGES + " (the byline line 'By 2nd Lt. Erica KaneNovember 14, 2013', the photo caption 'Field training exercise' and the line '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; the dateline stays inside the first paragraph as stored; the paragraph 'The chemical warfare lane cent...', cut in the stored copy, dropped)",
    text='''2-4th Field Artillery Soldiers train afield
FORT SILL, Okla. (Nov. 14, 2013) -- The "Deep Attack" Soldiers of 2nd Battalion, 4th Field Artillery, spent three days training afield Oct. 28-30, 2013, to focus on their force protection skills and warrior tasks.
Force protection is a very important aspect of the military life because it covers so many areas of responsibility. While the first thought is usually of a Soldier in a guard post, force protection is also taking care of entry control points, towers and improving Soldiers' foxholes in any way possible.
The field training exercise consisted of five situational training exercises: reacting to an IED, chemical warfare operations, unexploded ordnance lanes, evacuating and treating a casualty, and establishing a platoon fighting position.
"We want to get these Soldiers to learn in this exercise how to executive mission command and identify problem areas which will sharpen their training in future operations," said Maj. Keith Williams, battalion operations officer.
Each of these training lanes focused on critical tasks at the platoon level, increasing the platoon members' trust and understanding of each other which is vital for victory on the battlefield.
During the react to an IED scenario, Soldiers learned about the risks of how to perform when the situation goes berserk following an explosion and steps to take to reduce the chaos. Training for the worst possible consequences helps Soldiers develop muscle memory of what to do should they encounter an actual threatening event.
"Force protection is a critical task that all Soldiers must be proficient in," said 1st Lt. Frederick Bryant. "My lane focused on reacting to an IED that also included an ambush. The Soldiers needed to build cohesion to link up with another unit to assist them, just as we would in a real-world scenario."''',
    quotes=[
        Q('"Deep Attack"', None, None),
        Q('"We want to get these Soldiers', 'in future operations,"', "Keith Williams"),
        Q('"Force protection is a critical', 'proficient in,"', "Frederick Bryant"),
        Q('"My lane focused', 'real-world scenario."', "Frederick Bryant"),
    ],
    aliases={"Keith Williams": ["Maj. Keith Williams", "battalion operations officer"],
             "Frederick Bryant": ["1st Lt. Frederick Bryant"]},
),
dict(
    id="armymil-2016-01-reason-for-repetition-comes-together-in-fte",
    source="https://www.army.mil/article/160861/reason_for_repetition_comes_together_in_field_training_exercise",
    license=PD, retrieved=PAGES + " (the byline line 'By Noelle WieheJanuary 12, 2016', the photo caption 'usa image' and the line '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; the dateline stays inside the first paragraph as stored; the paragraph 'Before executing the mission with a drill sergeant, ... at rehearsals as th...', cut in the stored copy, dropped)",
    text='''Reason for repetition comes together in field training exercise
FORT BENNING, Ga., (Jan. 13, 2016) --Amidst training in the pine woods on Fort Benning, something occurred to Spc. Stephen Calderone, a basic combat trainee from Cleveland, Ohio - all of the physical training and the repetitious drills he and his peers have been doing tie into what they do on the battlefield.
Calderone's realization falls in line with why the Army changed basic training. Sgt. 1st Class Ryan McCaffrey, a drill sergeant leader at the U.S. Army Drill Sergeant Academy at Fort Jackson, South Carolina, told the Army News Service that with the new changes, drill sergeants can explain why Soldiers do push-ups or why they do the different exercise and condition drills and tie those into the warrior tasks and battle drills.
"I think once a person understands why you are supposed to do a task, they take more ownership of it, and they are more willing to execute it properly," McCaffrey said.
It all came together Jan. 7 when Calderone put those movements into action at the company's third and final field training exercise.
"It's the closest thing we could get to actually being in the field (in combat)," Calderone said. "They are all parts of what we actually do; it actually gives us hands-on experience."
In the field training exercise, Soldiers of D Company, 2nd Battalion, 47th Infantry Regiment, maneuvered as squads through the woodline to ambush an enemy, locate a cache site and evacuate a casualty.
The Soldiers applied knowledge and recalled tactics they've learned throughout their weeks of training to successfully conduct the mission at their third and final field training exercise of basic combat training.''',
    quotes=[
        Q('"I think once a person', 'execute it properly,"', "Ryan McCaffrey"),
        Q('"It\'s the closest thing', '(in combat),"', "Stephen Calderone"),
        Q('"They are all parts', 'hands-on experience."', "Stephen Calderone"),
    ],
    aliases={"Ryan McCaffrey": ["Sgt. 1st Class Ryan McCaffrey", "McCaffrey", "a drill sergeant leader at the U.S. Army Drill Sergeant Academy"],
             "Stephen Calderone": ["Spc. Stephen Calderone", "Calderone", "a basic combat trainee from Cleveland, Ohio"]},
),
dict(
    id="446aw-2008-maintenance-deployments-continue-into-next-year",
    source="https://www.446aw.afrc.af.mil/News/Article/173184/maintenance-deployments-continue-into-next-year",
    license=PD, retrieved=PAGES + " (the site line 'News', the 'Published' line and the byline 'By Tech. Sgt. Jake Chappelle / 446th Airlift Wing Public Affairs' dropped; trailing spaces at paragraph ends removed; the paragraph '\"The jobs that I perf...', cut in the stored copy, dropped)",
    text='''Maintenance deployments continue into next year
The 446th Maintenance Group deployed more than 30 Airmen this year to support Operations Iraqi Freedom and Enduring Freedom.
The upcoming new year looks to be just as busy with deployments. The Reserve maintenance group will also be filling 13 positions for the Air Expeditionary Force starting in January 2009, said Senior Master Sgt. Kim Johnson, 446th MXG unit deployment manager.
Tech. Sgt. Elliott Standish, an integrated flight control system technician with the 446th Aircraft Maintenance Squadron, and Tech. Sgt. Thomas Raynor, also an IFCS technician with 446th AMXS, are two Reservists who have been deployed this year.
Sergeant Raynor was assigned to the 447th Expeditionary Operation Support Squadron at Baghdad International Airport, Iraq from April to September.
"The overall mission at Baghdad International Airport is diverse," said Sergeant Raynor. "The unit I was assigned to was the transient alert and maintenance section, controlling and servicing as many as 150-plus fixed wing and rotary flights per day; passengers, cargo, special ops, detainee, and distinguished visitors. All were in support of OIF."
Because of the high ops tempo in theater, some of the deployed personnel are given more than one task.
"I worked in the command post as a maintenance operations center controller," said Sergeant Raynor. "I tracked all military and support flights and coordinated all maintenance and servicing activities. I also worked as the only integrated avionics associate for C-17 Globemasters, which meant that I had to go to the flightline for assistance when avionic issues were present."
Sergeant Standish was greeted with a similar challenge. Sergeant Standish was deployed with the 5th Expeditionary Aircraft Maintenance Squadron in Ali Al Salem Air Base, Kuwait, from May to September.''',
    quotes=[
        Q('"The overall mission', 'is diverse,"', "Thomas Raynor"),
        Q('"The unit I was assigned', 'support of OIF."', "Thomas Raynor"),
        Q('"I worked in the command post', 'center controller,"', "Thomas Raynor"),
        Q('"I tracked all military', 'issues were present."', "Thomas Raynor"),
    ],
    aliases={"Thomas Raynor": ["Tech. Sgt. Thomas Raynor", "Sergeant Raynor"]},
),
dict(
    id="holloman-preparing-our-warfighters",
    source="https://www.holloman.af.mil/News/Display/Article/2059449/preparing-our-warfighters/",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline 'By Airman 1st Class Quion Lowe / 49th Wing Public Affairs' dropped; the double space inside Hernandez's second quotation kept as stored; the paragraph '“I think the most challenging part is keeping track of all the moving parts,” said Herna...', cut in the stored copy, dropped)",
    text='''Preparing our warfighters
“I will support and defend the Constitution of the United States against all enemies, foreign and domestic.”
All Airmen must abide by this statement when they join to serve the United States. Staying ready to answer the call is not only an honor, but a requirement.
The 49th Logistics Readiness Squadron Deployment and Distribution Flight plays a huge role in making sure Airmen here are ready to deploy when they are called upon.
“We are responsible for when the day comes, the number of Airmen that are tasked are ready to go,” said 2nd Lt. Arturo Hernandez, 49th LRS Deployment and Distribution deployment officer. “Just getting people out the door, getting Airmen out to support the downrange mission is our main function.”
In order to effectively get Airmen downrange, Hernandez has to work closely with wing leadership, squadron commanders and unit deployment managers all over base.
Whether they are contesting that the base cannot sustain losing the directed number of Airmen, or they just need to coordinate getting their members to their respective deployed locations, Hernandez and the deployment and distribution flight are crucial for getting Airmen ready to deploy.
“I’ve got to earn their trust,” said Hernandez, referring to wing leadership, squadron commanders and UDM’s. “We’ve all got to really be on the ball, and luckily we have a great team of Airmen and now a non-commissioned officer that kill it every day.  But we’re going to make mistakes, and that’s okay as long as we learn and don’t repeat them.”
While the deployment and distribution flight is counted on to guide Airmen on base to fulfill their orders downrange, the taskings and requirements for personnel is updated every day, and keeping track of it can be a challenge.''',
    quotes=[
        Q('“I will support and defend', 'foreign and domestic.”', None),
        Q('“We are responsible', 'ready to go,”', "Arturo Hernandez"),
        Q('“Just getting people', 'our main function.”', "Arturo Hernandez"),
        Q('“I’ve got to earn their trust,”', None, "Arturo Hernandez"),
        Q('“We’ve all got to really', 'don’t repeat them.”', "Arturo Hernandez"),
    ],
    aliases={"Arturo Hernandez": ["2nd Lt. Arturo Hernandez", "Hernandez", "49th LRS Deployment and Distribution deployment officer"]},
),
dict(
    id="tyndall-2011-chief-master-sergeant-recognition-ceremony",
    source="https://www.tyndall.af.mil/News/Article-Display/Article/315617/chief-master-sergeant-recognition-ceremony-inducts-new-chiefs-and-chief-selects",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline 'By Staff Sgt. Kirsten Wicker / 325th Fighter Wing Public Affairs' dropped; a trailing space at a paragraph end removed; the words 'the in the' kept as stored; the paragraph 'The following six individuals were recognized: Chief Master Sgt. (Sel.) Paul Figueroa, ...', cut in the stored copy, dropped)",
    text='''Chief master sergeant recognition ceremony inducts new chiefs and chief-selects
Nearly 120 Airmen, family, and friends attended the Tyndall Chief's Group 2011 Chief Master Sergeant Recognition Ceremony Feb. 26 at Horizons Community Center.
The ceremony is an annual event that recognizes the base's newest chief master sergeants and chief master sergeant-selects. Chief master sergeant is the highest enlisted rank the in the senior noncommissioned officer tier in the Air Force.
"This is a momentous occasion that you'll never forget," said Retired Chief Master Sgt. of the Air Force Gerald R. Murray and this year's featured speaker. "I'm so glad that we come together to recognize these individuals to the highest enlisted rank - it is the culminating rank."
Chief Murray was the 14th chief master sergeant appointed to the highest noncommissioned officer position in the Air Force, Chief Master Sergeant of the Air Force. He was appointed to the position July 1, 2002 and retired from the Air Force October 1, 2006. He served 29 years and has held many assignments throughout the United States and the world.
"The rank of chief is unlike any other rank you've held," he said. "This is a journey in time like none other."
The evening began with a toast, then dinner was served by Horizons club staff. Chief Murray shared his thoughts with new chiefs and chief-selects, after which they were formally recognized and charged in a ceremony.
"Do this right, bear the rank of chief rightly, and it will have its rewards," Chief Murray said. "It will take more knowledge and more effort than before in your career ... Our outstanding Airmen are going to look to you to lead them."''',
    quotes=[
        Q('"This is a momentous occasion', 'never forget,"', "Gerald R. Murray"),
        Q('"I\'m so glad', 'the culminating rank."', "Gerald R. Murray"),
        Q('"The rank of chief is unlike', 'you\'ve held,"', "Gerald R. Murray"),
        Q('"This is a journey', 'like none other."', "Gerald R. Murray"),
        Q('"Do this right', 'have its rewards,"', "Gerald R. Murray"),
        Q('"It will take more knowledge', 'to lead them."', "Gerald R. Murray"),
    ],
    aliases={"Gerald R. Murray": ["Retired Chief Master Sgt. of the Air Force Gerald R. Murray", "Chief Murray", "this year's featured speaker"]},
),
dict(
    id="armymil-officials-mark-warrior-transition-battalion-complex-opening-fort-drum",
    source="https://www.army.mil/article/80463/Officials_mark_Warrior_Transition_Battalion_Complex_opening_at_Fort_Drum",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens, after an empty line, with the dateline paragraph; the paragraph 'Following remar...', cut in the stored copy, dropped; the typo 'John. R. Boule' and the mixed '...' and '…' ellipses kept as stored)",
    text='''FORT DRUM, N.Y. -- Army and elected officials conducted a ribbon-cutting ceremony May 14 at the Warrior Transition Battalion Complex across from Guthrie Clinic to mark the culmination of a four-year construction project overseen by the New York District, U.S. Army Corps of Engineers; Fort Drum Directorate of Public Works; and U.S. Army Medical Department Activity Logistics / Facilities Division.
With more than 100 guests attending, the ceremony's sequence of events included a welcome, invocation, and remarks from guest speakers Col. John. R. Boule III, NYUSACE commander; Maj. Gen. Mark A. Milley, Fort Drum and 10th Mountain Division (L), commander; and Congressman Bill Owens, 23rd District New York.
"We know the importance of the welcome homes to Soldiers by the community after serving their country," Boule said. "The U.S. Army Corps of Engineers prides itself in 'Building Strong' in the community we serve. We are proud of our agency doing its part for warriors in transition ... that we are helping to open the door for wounded Soldiers to work through the healing process."
Milley addressed the group next.
"One of the things that will improve will be the care of the Soldiers and their … ease of access to a variety of systems that will be available in essentially one spot," he said. "We've gone from a capability that was dispersed and not super well-coordinated ... to now it's coordinated; it's all on one campus."
"Leadership is fundamental, and we've got to constantly be vigilant that we have good leaders in positions that are looking after the welfare of our Soldiers," Milley added. "It's not done because a bunch of brick and mortar is thrown up."
Owens followed.
"This to me represents how we measure ourselves as Americans," he said. "We can support the mission, and more importantly, take care of the injured that come here and need our assistance. … It's very important that we stay on top of the execution of plans and programs of this facility."''',
    quotes=[
        Q('"We know the importance', 'serving their country,"', "John. R. Boule III"),
        Q('"The U.S. Army Corps of Engineers prides', 'the healing process."', "John. R. Boule III"),
        Q('"One of the things', 'essentially one spot,"', "Mark A. Milley"),
        Q('"We\'ve gone from a capability', 'all on one campus."', "Mark A. Milley"),
        Q('"Leadership is fundamental', 'of our Soldiers,"', "Mark A. Milley"),
        Q('"It\'s not done because', 'is thrown up."', "Mark A. Milley"),
        Q('"This to me represents', 'ourselves as Americans,"', "Bill Owens"),
        Q('"We can support the mission', 'of this facility."', "Bill Owens"),
    ],
    aliases={"John. R. Boule III": ["Col. John. R. Boule III", "Boule", "NYUSACE commander"],
             "Mark A. Milley": ["Maj. Gen. Mark A. Milley", "Milley"],
             "Bill Owens": ["Congressman Bill Owens", "Owens"]},
),
dict(
    id="armymil-2011-08-ribbon-cutting-opens-imcom-on-fort-sam",
    source="https://www.army.mil/article/63962/ribbon_cutting_opens_installation_management_command_on_fort_sam",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens with the dateline paragraph; the paragraph 'The newly constructed headquarters building ... This achievement required planning by the client...', cut in the stored copy, dropped)",
    text='''FORT SAM HOUSTON, Texas, Aug. 25, 2011 -- Lt. Gen. Rick Lynch and five representatives of the Soldiers, civilians and family members served by the U.S. Army Installation Management Command, officially opened the command's new headquarters campus Aug.19, 2011.
The ceremony officially completed IMCOM's Base Realignment and Closure-mandated move from Arlington and Crystal City, Va., and Aberdeen Proving Ground, Md., to historic Fort Sam Houston, an Army stronghold since 1876.
Lynch, IMCOM commanding general and assistant chief of staff for Installation Management, cut the ribbon alongside IMCOM Command Sgt. Maj. Neil Ciotola, IMCOM headquarters 2011 Stalwart Award winner Wanda Stover, IMCOM Noncommissioned Officer of the Year Sgt. Jeremy Blake, Fort Sam Houston Army Community Services Volunteer of the Year Nikki Longoria and Fort Sam Houston Youth Volunteer of the Year Imani Trice-Gayden.
"I'd like to thank the magnificent workforce here at IMCOM," Lynch told the crowd of about 700 gathered beneath blue skies on an 84-degree morning as a Texas breeze blew through the six-building complex. "We're going to dedicate a building, but the building is nothing without the people. For the remarkable Soldiers and Civilians who work at IMCOM headquarters, thank you for what you do every day because you're making a difference."
"I tell people you've got a choice in life, you can read history or you can make history, and indeed you're making history on a daily basis," he said.''',
    quotes=[
        Q('"I\'d like to thank', 'here at IMCOM,"', "Rick Lynch"),
        Q('"We\'re going to dedicate', 'making a difference."', "Rick Lynch"),
        Q('"I tell people', 'on a daily basis,"', "Rick Lynch"),
    ],
    aliases={"Rick Lynch": ["Lt. Gen. Rick Lynch", "Lynch", "IMCOM commanding general and assistant chief of staff for Installation Management"]},
),
]
