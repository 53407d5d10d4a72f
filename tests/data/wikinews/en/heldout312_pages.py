# Held-out English news texts (tests/data/heldout312-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Army Reserve, National Guard, Air Force and Coast Guard news stories (public
# domain, 17 U.S.C. § 105): two army.mil stories (1st Heavy Brigade Combat Team medics at Fort Stewart; First Army
# Division East's combat lifesaver training), a nationalguard.mil story of an Idaho National Guard medical course with a
# long instructor-student dialogue (2015), an acc.af.mil story of 366th Fighter Wing Airmen deploying to Southwest Asia,
# a DVIDS story of 1st Air Cavalry Brigade medics' trauma training (2013), a Coast Guard District 17 blog story of a
# rescue by the Cutter Long Island (2013), a usar.army.mil story of a Role III hospital's training (2023) and a jbsa.mil
# story of Army Medical Center of Excellence instructors with JROTC cadets (2023). None is credited to AP, Reuters, AFP
# or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the
# cut paragraph is dropped (noted in `retrieved`). Site lines, byline and date lines, photo captions, the DVIDS labels
# and the empty lines between paragraphs are dropped; a headline is kept once as the first line where the stored copy
# has one (none is added where it has none); wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1775-H1778 in ANNOTATION.md on top of
# H1-H1774).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout312-en.jsonl

Built by `build.py` from `heldout312_pages.py`. Like heldout268-en, heldout296-en, heldout302-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time Army, Army Reserve, National Guard, Air Force and Coast
Guard stories, most of them on medical training: an army.mil story of the 1st Heavy Brigade Combat Team's medics
validating their skills 'under fire' at Fort Stewart (article 73008), a nationalguard.mil story of an advanced medical
course of the Idaho National Guard at Gowen Field (article 577153, Jan. 22, 2015) whose text is mostly a dialogue
between an instructor and a student medic, an acc.af.mil story of 366th Fighter Wing Airmen deploying to Southwest
Asia (article 202733), a DVIDS story of 1st Air Cavalry Brigade medics in trauma training at Fort Hood (story 106428,
May 2013), a Coast Guard District 17 blog story on alaska.coastguard.dodlive.mil of the Cutter Long Island towing the
disabled pleasure craft Mystery Lady (November 2013), a usar.army.mil story of the 807th Medical Command on training in
a deployed Role III hospital (article 3267507, Jan. 13, 2023), a jbsa.mil story of Army Medical Center of Excellence
instructors with JROTC cadets at Camp Bullis (article 3467154, July 21, 2023) and an army.mil story of First Army
Division East's combat lifesaver training (article 77910). None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph
is dropped, also where it holds a quotation (what was dropped is noted per page). The '.mil website' notice lines,
'Home : News' and 'NEWS | date' lines, byline and unit lines, photo captions, the DVIDS labels and the empty lines
between paragraphs were dropped; wording (typos included) and quotation marks (straight, curly and single) are as
stored. Pages read but left out: DVIDS 165685 (already in heldout41-en), shaw.af.mil 1998663 (already in heldout47-en
and held by another helper's worktree), af.mil 132419 and usafe.af.mil 256138 (held by another helper's worktree,
heldout304), a Coast Guard 'Shipmate of the Week' post on the CG6022 aircrew (its only quotation is cut in the stored
copy) and a 2014 blog copy of a 366th Fighter Wing story (Richard Dickens, already in heldout135-en). None of the pages
used is in any set above (checked by URL and article or story number (73008, 577153, 202733, 106428, 3267507, 3467154,
77910), by title and by the names of their speakers and phrases, such as Maggie Tucker, Wombat, Gordon Smith, Justus
Boyd, trauma junkies, Sara Trent, Vangundy, David Belz, Caplinger, Jason Kuzik, Mystery Lady, Nicola Scott, chalk
talks, Jamelle Garner, Christopher Forbes and cookie cutter training, with grep over tests/data of the main tree and of
every other helper's worktree: no hit). The annotation (rules H1775–H1778 in `ANNOTATION.md` on top of H1–H1774) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="armymil-73008-1-3-bstb-medics-practice-saving-lives-under-fire",
    source="https://www.army.mil/article/73008/13_bstb_medic_practice_saving_lives_under_fire",
    license=PD, retrieved=PAGES + " (army.mil story of the 1st Heavy Brigade Combat Team, 3rd Infantry Division, Fort Stewart, undated in the stored copy; the stored copy has no headline and opens with the dateline paragraph, no title added (H1778); the empty lines between paragraphs dropped; the paragraph '\"It', cut in the stored copy after its first word, dropped; the single marks of 'enemy gunfire', 'blood' and 'under fire' and the comma closing Lyker's cue ('1/3 BSTB, \"They') as stored)",
    text='''FORT STEWART, Ga. - Two Soldiers rushed to cover from 'enemy gunfire' as a firefight broke out.
Moving behind an ancient piece of machinery they called out to where a Soldier lay on the ground, covered in 'blood'. Receiving nothing but groans of pain, the two Soldiers laid down suppressive fire as they moved up, checking the surroundings for any sign of threat as one kneeled to check the mock casualty's vitals. Within moments of the two medics determined the problem and after administering initial first aid, dragged the Soldier carefully to a safe location to be evacuated.
Although it's not a skill anyone wants to use, the medics of Headquarters and Headquarters Company, 1st Brigade 3rd Special Troops Battalion, 1st Heavy Brigade Combat Team know they need to be trained and prepared for anything.
"Today we're doing our skill validations for training," said Sgt. 1st Class Maggie Tucker, HHC, 1/3 BSTB. "We've already performed Tables 1-7 and this is Table 8. This validation tests them on treating a casualty in a hostile environment. They will treat casualties 'under fire', return fire as needed then move the casualty out of that environment to be packaged for evacuation. We have to maintain this skill in order to save Soldiers in combat and our medics are excelling at all of the tasks they have been evaluated on."
The training had multiple scenarios, forcing the medics to treat different types of casualties while under fire.
"We have different scenarios with different types of patients that they could come across in real life," said Sgt. Kate "Wombat" Lyker, HHC, 1/3 BSTB, "They are going to be running through each portion of it: from care under fire to working on the casualty in the aid station so they are not focused on just one part of the training."
For the Soldiers, it was a good refresher on the skills they were taught and tested on in Advanced Individual Training. However, as war constantly evolves, so do the techniques required for medics to do their best.''',
    quotes=[
        Q("'enemy gunfire'", None, None),
        Q("'blood'", None, None),
        Q('"Today we\'re doing', 'validations for training,"', "Maggie Tucker"),
        Q('"We\'ve already performed', 'been evaluated on."', "Maggie Tucker"),
        Q('"We have different scenarios', 'in real life,"', "Lyker"),
        Q('"Wombat"', None, None),
        Q('"They are going to be running', 'part of the training."', "Lyker"),
    ],
    aliases={"Maggie Tucker": ["Maggie Tucker", "Sgt. 1st Class Maggie Tucker"],
             "Lyker": ["Lyker", 'Kate "Wombat" Lyker', 'Sgt. Kate "Wombat" Lyker']},
),
dict(
    id="ngmil-577153-idaho-national-guard-advanced-medical-training-trauma-junkies",
    source="https://www.nationalguard.mil/News/Article-View/Article/577153/idaho-national-guard-hosts-advanced-medical-training-for-trauma-junkies",
    license=PD, retrieved=PAGES + " (National Guard Bureau story of Jan. 22, 2015; the '.mil website' notice lines, 'Home : News : Article View', 'NEWS | Jan. 22, 2015', the byline 'By Sgt. 1st Class Michel Sauret U.S. Army' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'Eventually the scenario ended. ... They had made some mist', cut in the stored copy, dropped; 'Tent to 12' as stored; the one-line turns of the dialogue are paragraphs of the text (H1775))",
    text='''Idaho National Guard hosts advanced medical training for trauma junkies
GOWEN FIELD, Idaho - Four Army medics swooped on a medical dummy. The scenario: Treat a casualty with two gunshot wounds to the chest.
The medics moved quickly, passing medical supplies, inspecting the body and patching up wounds as their training had dictated. They were doing too well. So the course instructor hovered over them, injecting an extra layer of pressure with incessant questioning.
"Why is no one bagging him?" asked Staff Sgt. Gordon Smith, senior medic for the 321st Engineer Battalion, referring to a bag valve mask used to pump air into the dummy's lungs.
"I'm bagging him right now, sergeant," answered Pfc. Justus Boyd, with the bag in hand.
"You weren't before! He's gone almost two minutes without breathing! At what rate are you bagging him?"
Boyd gave a garbled answer.
"How fast are you bagging him?" Smith repeated in his ear.
"I'm bagging him, uh ..."
"Tell me! Tell me the rate! What is the rate? What is the rate you're bagging him?"
"Ten to 12."
"Tent to 12, what? Per minute?"
"Yeah."
"So how many is that a second?"
"That is ..." He hesitated.
"That is what? That is what? That is what? That is what? That is what?"
"One every 10 seconds," Boyd said finally.
"Are you sure about that?"
"Yes, sergeant."
"No! You are not sure about that. That is absolutely wrong!"''',
    quotes=[
        Q('"Why is no one bagging him?"', None, "Gordon Smith"),
        Q('"I\'m bagging him right now, sergeant,"', None, "Justus Boyd"),
        Q('"You weren\'t before!', 'are you bagging him?"', "Gordon Smith"),
        Q('"How fast are you bagging him?"', None, "Gordon Smith"),
        Q('"I\'m bagging him, uh ..."', None, "Justus Boyd"),
        Q('"Tell me!', 'you\'re bagging him?"', "Gordon Smith"),
        Q('"Ten to 12."', None, "Justus Boyd"),
        Q('"Tent to 12, what? Per minute?"', None, "Gordon Smith"),
        Q('"Yeah."', None, "Justus Boyd"),
        Q('"So how many is that a second?"', None, "Gordon Smith"),
        Q('"That is ..."', None, "Justus Boyd"),
        Q('"That is what? That is what?', 'That is what?"', "Gordon Smith"),
        Q('"One every 10 seconds,"', None, "Justus Boyd"),
        Q('"Are you sure about that?"', None, "Gordon Smith"),
        Q('"Yes, sergeant."', None, "Justus Boyd"),
        Q('"No! You are not sure', 'absolutely wrong!"', "Gordon Smith"),
    ],
    aliases={"Gordon Smith": ["Gordon Smith", "Smith", "Staff Sgt. Gordon Smith", "senior medic for the 321st Engineer Battalion", "the course instructor"],
             "Justus Boyd": ["Justus Boyd", "Boyd", "Pfc. Justus Boyd"]},
),
dict(
    id="accafmil-202733-more-gunfighters-deploy-to-southwest-asia",
    source="https://www.acc.af.mil/News/Article-Display/Article/202733/more-gunfighters-deploy-to-southwest-asia",
    license=PD, retrieved=PAGES + " (366th Fighter Wing story on acc.af.mil, undated in the stored copy (deployment on Jan. 8, Global War on Terror); the lines '• Published', '• By 1st Lt. Erin Tindell' and '• 366th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the stored copy ends with the story's last paragraph, the text is complete)",
    text='''More Gunfighters deploy to Southwest Asia
Nearly 250 Airmen here hugged loved ones goodbye and boarded a plane Jan. 8 to deploy to southwest Asia in support of the Global War on Terror.
The Airmen - including aircraft maintainers, pilots and weapon systems officers - will likely deploy for four months to various installations in the area. The wing will also deploy F-15E Strike Eagles to provide air to ground support in the region.
While the thought of being away from family and friends for a while could be nerve-racking to some, some Airmen stood ready and willing to go.
"I'm ready to go because this is what we train for," said Staff Sgt. Sara Trent, 391st Aircraft Maintenance Unit maintainer. "It'll be very fast-paced, but we're prepared to press with whatever tasks we need to accomplish."
Despite the large group of Airmen leaving the base, the mission on base will still remain the same, said Lt. Col. Stephen Vangundy, an F-15E pilot with the 391st Fighter Squadron.
"We're an air expeditionary wing and always stand ready to deploy," the colonel said. "The Gunfighters back home will keep things running until we return."
According to Lt. Col. David Belz, 366th Aircraft Maintenance Squadron commander, the Airmen are among the best and brightest the country has to offer.
"We're looking forward to them getting on the road and getting done with their mission," said Colonel Belz.
Another group of 50 Airmen from the 366th Equipment Maintenance Squadron hit the road Jan. 7 for deployment also. By March, nearly 1,100 Gunfighters will be deployed around the world supporting the fight against terrorism.''',
    quotes=[
        Q('"I\'m ready to go', 'what we train for,"', "Sara Trent"),
        Q('"It\'ll be very fast-paced', 'need to accomplish."', "Sara Trent"),
        Q('"We\'re an air expeditionary wing', 'ready to deploy,"', "Stephen Vangundy"),
        Q('"The Gunfighters back home', 'until we return."', "Stephen Vangundy"),
        Q('"We\'re looking forward', 'with their mission,"', "David Belz"),
    ],
    aliases={"Sara Trent": ["Sara Trent", "Staff Sgt. Sara Trent", "391st Aircraft Maintenance Unit maintainer"],
             "Stephen Vangundy": ["Stephen Vangundy", "Lt. Col. Stephen Vangundy", "an F-15E pilot with the 391st Fighter Squadron", "the colonel"],
             "David Belz": ["David Belz", "Lt. Col. David Belz", "Colonel Belz", "366th Aircraft Maintenance Squadron commander"]},
),
dict(
    id="dvids-106428-1st-acb-medics-undergo-trauma-training",
    source="https://www.dvidshub.net/news/106428/1st-acb-medics-undergo-trauma-training",
    license=PD, retrieved=PAGES + " (DVIDS story 106428 by Sgt. Christopher Calvert, 1st Air Cavalry Brigade, May 2013 (training April 29 to May 3, 2013 per the photo caption); the lines 'News Icon', the label 'News: ' before the headline, 'Story by Sgt. Christopher CalvertSmall RSS Icon', the photo title '1st ACB medics undergo trauma training Staff Sgt. Christopher Calvert', the photo caption paragraph 'U.S. Army Sgt. Jose Guzman, ... (U.S. Army photo by Sgt. Christopher Calvert/Released)' and the empty lines between paragraphs dropped (H1778); headline kept once; the paragraph '“In garrison you can potentially lose some of your skills and speed in executing them,” she explained. “I', cut in the stored copy, dropped with Caplinger's complete first sentence)",
    text='''1st ACB medics undergo trauma training
FORT HOOD, Texas – Medic! The word screamed alone brings chilling thoughts to many soldiers; however, for medics with the “Warrior” Brigade, a very intense and in-your-face training was held to ensure its combat medics are ready to preserve life at a moment’s notice.
Healthcare specialists with the 1st Air Cavalry Brigade “Warrior,” 1st Cavalry Division, were pushed to the limit, April 29 to May 3, during medical trauma training at the Medical Simulation Training Center, here.
During the intense training, 14 Warriors had their skills validated by instructors from Company B, 187th Medical Battalion, 32nd Medical Brigade from Fort Sam Houston, Texas, who were very demanding, said Sgt. Kathleen Caplinger, a healthcare specialist with Headquarters and Headquarters Company, 1st ACB and College Station, Texas, native.
“During this training we’ve been getting down and dirty,” Caplinger said. “Our skills are being verified during realistic combat situations to ensure we treat properly while providing basic care to casualties at the point of injury.”
The training not only taught soldiers new tactics, techniques and procedures, but it also functioned as a refresher by allowing troops the opportunity to get hands on with simulated casualties while being put under intense, realistic pressure to prevent the loss of life, Caplinger said.''',
    quotes=[
        Q('“Warrior”', None, None),
        Q('“Warrior,”', None, None),
        Q('“During this training', 'down and dirty,”', "Kathleen Caplinger"),
        Q('“Our skills are being verified', 'point of injury.”', "Kathleen Caplinger"),
    ],
    aliases={"Kathleen Caplinger": ["Kathleen Caplinger", "Caplinger", "Sgt. Kathleen Caplinger", "a healthcare specialist with Headquarters and Headquarters Company, 1st ACB and College Station, Texas, native"]},
),
dict(
    id="uscg-d17-2013-rescue-of-two-mariners-proves-proficiency-pays-off",
    source="https://alaska.coastguard.dodlive.mil/2013/11/rescue-of-two-mariners-proves-proficiency-pays-off/",
    license=PD, retrieved=PAGES + " (Coast Guard District 17 (Alaska) blog story of November 2013 (rescue on Oct. 24, 2013); the photo caption paragraph 'A mariner aboard the 37-foot pleasure craft Mystery Lady hauls in a line ... Coast Guard photo by Coast Guard Cutter Long Island.', printed twice, and the empty lines between paragraphs dropped (H1778); headline kept once; trailing spaces at paragraph ends removed; the next photo caption 'An MH-60 Jayhawk helicopter crew hovers near ... Oct. 24, 20', cut in the stored copy, dropped; 'sounded to search and rescue alarm' and the two spaces before Kuzik's second quotation as stored)",
    text='''Rescue of two mariners proves proficiency pays off
Towing disabled and adrift vessels is a routine procedure for Coast Guard boat crews, but even this seemingly simple task can prove to be as perilous as it is common in the Coast Guard’s ongoing mission to rescue lives at sea.
The crew of the Coast Guard Cutter Long Island was returning from a patrol and close to their homeport of Valdez, Oct. 24, when word came from the Sector Anchorage command center that the 37-foot pleasure craft Mystery Lady was disabled one mile off shore from Seward with two men aboard. The vessel had lost propulsion and heavy winds were pushing it dangerously close to a nearby rocky mountainside. With no time to lose, the Long Island’s crew sounded to search and rescue alarm and raced to the scene.
“We had just completed a towing exercise with the Valdez Small Boat Station a few days prior,” said Petty Officer 1st Class Jason Kuzik, who oversees the deck department aboard the Long Island.  “We conducted a few evolutions until the crew felt comfortable and, boy, if heck-fire did it pay off.”''',
    quotes=[
        Q('“We had just completed', 'a few days prior,”', "Jason Kuzik"),
        Q('“We conducted a few evolutions', 'did it pay off.”', "Jason Kuzik"),
    ],
    aliases={"Jason Kuzik": ["Jason Kuzik", "Petty Officer 1st Class Jason Kuzik"]},
),
dict(
    id="usar-3267507-medical-training-made-a-priority-during-deployment",
    source="https://www.usar.army.mil/News/News-Display/Article/3267507/medical-training-made-a-priority-during-deployment/",
    license=PD, retrieved=PAGES + " (Army Reserve story of Jan. 13, 2023, 807th Medical Command (Deployment Support); the '.mil website' notice lines, 'NEWS | Jan. 13, 2023', the byline 'By Capt. Brandon Janson 807th Medical Command (Deployment Support)' and the empty lines between paragraphs dropped; headline kept once; trailing spaces at paragraph ends removed; the paragraph 'The Role III Hospital Center has extended training outside of the Task Force, ... Additio', cut in the stored copy, dropped; the single marks of 'chalk talks,' as stored)",
    text='''Medical training made a priority during deployment
Working in a Role III hospital center overseas, the bulk of the work consists of routine medical care for Soldiers, Coalition Forces, and contractors, addressing a multitude of symptoms, including headaches, muscle pain, cold-like symptoms, upset stomachs, etc. On a busy day, the EMT can see 11 or more patients, and on other days the hospital might not see any patients at all. However, when a complex patient comes through the door, just a single trauma, all sections of the hospital are activated simultaneously and must be on their A-game to provide lifesaving medical care.
To do this, training is made a high priority, offering multiple training opportunities for every level in the hospital. Currently, the Role III conducts weekly training events, what has commonly become known as 'chalk talks,' rotating skills stations, live case study reviews, as well as re-certification courses such as BLS (Basic Life Support) ACLS (Advanced Cardiac Life Support) and PALS (Pediatric Advanced Life Support).
"Education is always important in the medical profession," said Maj. Nicola Scott, who regularly assists a number of the training events hosted by JTF Med 374. "Processes are always changing due to evidence-based research, and training is a good refresher."''',
    quotes=[
        Q("'chalk talks,'", None, None),
        Q('"Education is always important', 'medical profession,"', "Nicola Scott"),
        Q('"Processes are always changing', 'a good refresher."', "Nicola Scott"),
    ],
    aliases={"Nicola Scott": ["Nicola Scott", "Maj. Nicola Scott"]},
),
dict(
    id="jbsa-3467154-medcoe-instructors-drill-sergeants-give-cadets-a-glimpse",
    source="https://www.jbsa.mil/News/News/Article/3467154/medcoe-instructors-drill-sergeants-give-cadets-a-glimpse-of-army-life/",
    license=PD, retrieved=PAGES + " (Joint Base San Antonio story of July 21, 2023, U.S. Army Medical Center of Excellence; the '.mil website' notice lines, 'Home : News : News', 'NEWS | July 21, 2023', the byline 'By Erin Perez U.S. Army Medical Center of Excellence' and the empty lines between paragraphs dropped; headline kept once; the subheading 'Modified ACFT' and the paragraph under it ('Cadets were taken through a stretching and warm-up routine, ... march in'), cut in the stored copy, dropped; no comma before 'explained' in Garner's cue, as stored (H1777))",
    text='''MEDCoE instructors, drill sergeants give cadets a glimpse of Army life
Instructors, drill sergeants and newly graduated combat medics recently spent the day with 200 Junior Reserve Officer Training Corps cadets from San Antonio’s North East Independent School District at Joint Base San Antonio-Camp Bullis.
On the last day of their week-long JROTC Cadet Leadership Challenge, NEISD cadets participated in four different training events set up by the U.S. Army Medical Center of Excellence drill sergeants and instructors who work in the field training environment at JBSA-Camp Bullis. Under the supervision of their JROTC instructors, students rotated between a modified Army Combat Fitness session, an aid station, prolonged field care training and a litter obstacle course.
“Events like this are so important; in fact, the entire JCLC is important for cadets that are moving into leadership roles in the next school year,” Maj. Jamelle Garner, senior Army instructor at Theodore Roosevelt High School explained. “It builds their confidence and gives them an opportunity to assume leadership roles, so when they go into the school year, they are able to effectively run their individual, independent JROTC battalions.”''',
    quotes=[
        Q('“Events like this are so important', 'next school year,”', "Jamelle Garner"),
        Q('“It builds their confidence', 'JROTC battalions.”', "Jamelle Garner"),
    ],
    aliases={"Jamelle Garner": ["Jamelle Garner", "Maj. Jamelle Garner", "senior Army instructor at Theodore Roosevelt High School"]},
),
dict(
    id="armymil-77910-first-army-division-east-keeps-combat-lifesavers-up-to-speed",
    source="https://www.army.mil/article/77910/First_Army_Division_East_Keeps_Combat_Lifesavers_up_to_speed/",
    license=PD, retrieved=PAGES + " (First Army Division East story on army.mil, undated in the stored copy; the stored copy has no headline and opens with the first paragraph, no title added (H1778); the empty lines between paragraphs dropped; the paragraph 'In the classroom portion of the course, Soldiers learn ... different techniques to evacuate ', cut in the stored copy, dropped; 'Camp Shelby Joint ForcesnTraining Center' and 'the 158th Inf Bde, oversee' as stored)",
    text='''If you've ever seen a war movie, you've witnessed this familiar call from a wounded Soldier or Marine: "Medic!" But who are these brave warriors who risk their own safety to care for their wounded comrades-in-arms? And who ensures those medics and combat lifesavers receive the training they need to confidently and competently care for injured Soldiers?
Ensuring mobilized Reserve Component Soldiers receive realistic, mandatory medical training prior to their deployment requires First Army training support brigades to coordinate closely not only with the Army's Medical Command but also to stay current on current theater conditions.
Combat lifesavers are non-medical Soldiers who provide life-saving measures as a secondary duty if their primary or combat missions allow. The Combat Lifesaver is a bridge between the self-aid/buddy-aid or first-aid training given to all Soldiers during basic training and the advanced medical training given to the combat medic.
First Army Division East's medical training for mobilized Soldiers has evolved to support the changing threats of Overseas Contingency Operations in Iraq and Afghanistan as well as other theaters of operations including Kosovo and the Horn of Africa.
"We do not have cookie cutter training," explained 158th Infantry Brigade Commander Col. Christopher Forbes. The 158th Inf. Bde., is First Army Division East's training support brigade at Camp Shelby Joint ForcesnTraining Center, Miss. "We went out of the way to get the right training." Trainer/mentors assigned to the 158th Inf Bde, oversee all deployment training for Reserve Component Soldiers mobilized there.''',
    quotes=[
        Q('"Medic!"', None, None),
        Q('"We do not have cookie cutter training,"', None, "Christopher Forbes"),
        Q('"We went out of the way to get the right training."', None, "Christopher Forbes"),
    ],
    aliases={"Christopher Forbes": ["Christopher Forbes", "Col. Christopher Forbes", "158th Infantry Brigade Commander Col. Christopher Forbes"]},
),
]
