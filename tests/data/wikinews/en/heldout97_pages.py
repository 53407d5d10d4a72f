# Held-out English news texts (tests/data/heldout97-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US military services (public domain, 17 U.S.C. § 105): four Army stories on army.mil (Best
# Warrior competitions, 2008 and 2016; reserve medics at Fort Hood; Madigan's 'Capstone' exercise), a National Guard
# story on nationalguard.mil (Louisiana Guardsmen in Florida after Hurricane Milton, 2024), a Space Force base's archived
# Air Force story (vandenberg.spaceforce.mil), five Air Force stories on the wings' own sites or DVIDS (shaw.af.mil,
# moody.af.mil, afgsc.af.mil, travis.af.mil, dvidshub.net) and a Joint Base Langley-Eustis story on McDonald Army Health
# Center (jble.af.mil). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site
# headers, 'Here's how you know' boxes, breadcrumb and 'NEWS | date' lines, 'Article Display', 'Published' and byline
# lines, a CSS block, photo captions and footers are dropped; headlines and datelines are kept where the stored copy has
# them (none is added, H131); wording, spelling ('reoccurring', 'that's won't', 'Fort A.P Hill'), spacing inside paragraphs
# and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them (rules H660-H665 in
# ANNOTATION.md on top of H1-H604).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout97-en.jsonl

Built by `build.py` from `heldout97_pages.py`. Like heldout56-en, these texts are stored web pages (the `pages` search
corpus) of US military services (public domain, 17 U.S.C. § 105), none of them used in a set above: four Army stories on
army.mil (the 2008 Department of the Army Best Warrior Competition at Fort Lee; Sgt. Maj. of the Army Daniel A. Dailey at
the 2016 Best Warrior competition; reserve medical units training at Fort Hood; Madigan Army Medical Center's 'Capstone'
field exercise), a National Guard Bureau site story (Louisiana Guardsmen in Florida after Hurricane Milton, 2024), an
archived Air Force story on vandenberg.spaceforce.mil (Airmen renovating the base library), Air Force stories on
shaw.af.mil (Habitat for Humanity), moody.af.mil (a Valentine's Day banquet), afgsc.af.mil (Ellsworth Airmen volunteering
in Rapid City), travis.af.mil (the Volunteer Excellence Awards) and dvidshub.net (a Martin Luther King Jr. Day of Service),
and a Joint Base Langley-Eustis story on a McDonald Army Health Center field training exercise (jble.af.mil). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Site headers, breadcrumb, date and byline lines, a CSS block,
captions and footers were dropped; wording and quotation marks are as stored. None of these texts is used in any set
above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word
sequence). The annotation (rules H660–H665 in `ANNOTATION.md` on top of H1–H604) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-shaw-airmen-community-volunteerism-habitat",
    source="http://www.shaw.af.mil/News/Article-Display/article/1297460/airmen-build-community-relationships-through-volunteerism/",
    license=PD, retrieved=PAGES + " (20th Fighter Wing story on shaw.af.mil; the 'Article Display', 'Published' and byline lines dropped; the paragraph 'For some Airmen, the benefits of volunteering exceed just the physical aspects, ... directly be a pa', cut in the stored copy, dropped)",
    text='''Airmen build community relationships through volunteerism
The strength of an Air Force base is built on many things – airmanship, resiliency, family and sense of community are just a few. These building blocks can act as a foundation Airmen use to maintain mission readiness and persevere in the face of adversity.
In the first of many reoccurring community outreach events planned for the 20th Fighter Wing, Team Shaw Airmen recently helped local families through the Sumter County, South Carolina, Habitat for Humanity organization, building not only a house but helping to strengthen community bonds.
“Volunteering as individuals or as a group,” said Chaplain (Capt.) James Finley, 20th Fighter Wing Chaplain Corps chaplain, “is a great outlet for our Airmen to be involved with the community and interact with peers and community members in a different setting.”
The new wing volunteering initiative is an opportunity for any Airman, regardless of rank or work center, to act as a representative of the 20th FW, and aims to create a sense of pride and ownership among 20th FW Airmen for the communities they live in.
“As service members,” said Finley, “we move frequently and have to uproot ties where we’ve made a home. Volunteering in local communities helps create new community ties and a sense of ‘home’ wherever we may be stationed.”
On a regular basis, private organizations and units across the installation coordinate volunteer efforts to benefit both on- and off-base entities.
Volunteering with an organization like Habitat for Humanity is a way for people to gain new skills, show a desire to learn, or showcase their expertise in a skill that is perhaps outside of an Airman’s Air Force career skillset.''',
    quotes=[
        Q('“Volunteering as individuals or as a group,”', None, "James Finley"),
        Q('“is a great outlet', 'different setting.”', "James Finley"),
        Q('“As service members,”', None, "James Finley"),
        Q('“we move frequently', 'may be stationed.”', "James Finley"),
    ],
    aliases={"James Finley": ["Chaplain (Capt.) James Finley", "Finley"]},
),
dict(
    id="af-moody-airmen-give-back-valentines-banquet",
    source="https://www.moody.af.mil/News/Article-Display/Article/668439/airmen-give-back-serve-community",
    license=PD, retrieved=PAGES + " (23d Wing story on moody.af.mil; the 'Published' and byline lines dropped; the paragraph '\"It is extremely import', cut in the stored copy, dropped)",
    text='''Airmen give back, serve community
Moody's Air Force Sergeants Association partnered with a local church to host the Third Annual Valentine's Day Banquet Feb. 12, in Valdosta, Ga.
More than 45 Airmen volunteered to assist in providing dinner, entertainment, giveaways and fellowship for homeless and low-income families in the local area.
"This kind of [event] holds a special place in my heart," said U.S. Air Force Master Sgt. Sandra Medina, AFSA communications trustee. "I grew up in a less fortunate area. I know how it feels to not have everything that you need to survive. The biggest thing about events like this is that being in the military we are extremely fortunate and we have a lot to offer. Giving back to those who don't have is one of our duties."
The event allowed Airmen to step out into the local community and be a part of something that is a benefit to others as well as themselves.
"It's kind of easy to get stuck in a sense of entitlement sometimes," said Master Sgt. Jacqueline Haro, AFSA Chapter 460 president. "I know a lot of Airmen are upset because they don't have Wi-Fi in their dorms, [but they] have a room with heat and air, money to go buy food and all kinds of things that all of these people just don't have."
Haro stated that each year the volunteers enjoy being a part of this event because it grants approximately 300 people a fun-filled evening that they otherwise wouldn't get to participate in.
"When my younger Airmen or younger NCOs come and help out at an event like this it kind of puts things into perspective," said Haro. "[They begin to think] 'maybe I should take a step back and be really thankful for the things that I do have, because others aren't this lucky.'"
It is not often that people in the local communities have a chance to view the military from a different perspective but this banquet allotted them the opportunity.''',
    quotes=[
        Q('"This kind of [event]', 'in my heart,"', "Sandra Medina"),
        Q('"I grew up in a less fortunate area.', 'one of our duties."', "Sandra Medina"),
        Q('"It\'s kind of easy', 'entitlement sometimes,"', "Jacqueline Haro"),
        Q('"I know a lot of Airmen', 'just don\'t have."', "Jacqueline Haro"),
        Q('"When my younger Airmen', 'into perspective,"', "Jacqueline Haro"),
        Q('"[They begin to think]', 'this lucky.\'"', "Jacqueline Haro"),
    ],
    aliases={"Sandra Medina": ["U.S. Air Force Master Sgt. Sandra Medina"],
             "Jacqueline Haro": ["Master Sgt. Jacqueline Haro", "Haro"]},
),
dict(
    id="army-dailey-best-warrior-more-than-trophies-2016",
    source="https://www.army.mil/article/176029/theres_more_to_best_warrior_than_winning_trophies_says_sergeant_major_of_the_army",
    license=PD, retrieved=PAGES + " (Army News Service story on army.mil; the stored copy begins with the dateline, without headline (H131); the paragraph 'The competition involves a multitude of tasks, ... \"We add to those tasks ... We want them to go abo', cut in the stored copy, dropped; 'that's won't' and 'Fort A.P Hill' as stored)",
    text='''FORT A.P. HILL, Va. (Army News Service) -- The Best Warrior competition is about much more than trophies and bragging rights, said Sgt. Maj. of the Army Daniel A. Dailey.
The competition serves at least two basic purposes, he said, speaking during the competition at Fort A.P Hill Wednesday, Sept. 28.
First, the competition builds esprit de corps within the Army. Dailey believes that, when the names of the NCO and the Soldier of the Year are announced at the Association of the United States Army on Monday, Oct. 3, it is sure to resonate with other Soldiers.
Not everyone can be Soldier or NCO of the Year, but others will see their examples and strive to emulate them, he noted. And, that's won't be easy.
"These Soldiers and NCOs have been working hard at this for months and months and months," he said.
Second, even those who don't win trophies will return to their Soldiers and units with the realization that they can train in a different way.
"[They] can teach the ability to think on the move, and creatively think how to find solutions, because you never know what kind of situation you're going to be in," Dailey said.
To make it to the Best Warrior competition, Soldiers must be astute professionals who are prepared to lead Soldiers in a combat environment, according to Sgt. 1st Class Jerod Burghardt, leadership development troop NCO of the Asymmetric Warfare Group, or AWG.
Burghardt said he and his cadre devised some out-of-the-box training methods for the competition to challenge the Soldiers both physically and mentally.
"We put them in an ambiguous environment that causes difficulties," he said. "Because they don't know what they're doing today. They don't know what they're doing in an hour. They don't know what they're doing tomorrow."''',
    quotes=[
        Q('"These Soldiers and NCOs', 'months and months,"', "Daniel A. Dailey"),
        Q('"[They] can teach', 'going to be in,"', "Daniel A. Dailey"),
        Q('"We put them in', 'causes difficulties,"', "Jerod Burghardt"),
        Q('"Because they don\'t know', 'doing tomorrow."', "Jerod Burghardt"),
    ],
    aliases={"Daniel A. Dailey": ["Sgt. Maj. of the Army Daniel A. Dailey", "Dailey"],
             "Jerod Burghardt": ["Sgt. 1st Class Jerod Burghardt", "Burghardt"]},
),
dict(
    id="army-best-warrior-to-challenge-soldiers-2008",
    source="https://www.army.mil/article/12626/__039_Best_Warrior__039__to_challenge_Soldiers/",
    license=PD, retrieved=PAGES + " (story on army.mil; the stored copy begins with the dateline, without headline (H131); the paragraph '\"Everyone who arrives at Fort Lee is capable of winning it all,\" he said. \"There'', cut in the stored copy, dropped; Aubain's first paragraph of quotation has no closing mark, as stored (H661))",
    text='''Fort Lee, Va. (Sept. 23, 2008) -- In Iraq and Afghanistan, and indeed all over the world, U.S. Army Soldiers are employing skills that help deter potential threats and allow commanders to execute successful strategies on the battlefield.
Those skills, and a select group of Soldiers who have sought to perfect them, will take center stage during the 2008 Department of the Army Noncommissioned Officer and Soldier of the Year Best Warrior Competition at Fort Lee Sept. 28 - Oct. 3.
Twenty-four Soldiers - many who are veterans of the operations in Iraq and Afghanistan - will represent 12 different commands from throughout the Army in the competition. They will engage in a week long battle that will test not only their skills in multiple training events, but their wit, stamina and determination.
"There are no losers in this competition; they're all winners," said Command Sgt. Maj. Anthony T. Aubain, Combined Arms Support Command and Fort Lee command sergeant major and event coordinator. "These Soldiers are the best that we have in the military. It feels good to know that these guys and gals were the top performers in their units and that they were sent here to represent their units.
"When we walk with them, it's like walking with heroes."
As in years past, the "heroes" have endured and earned titles at numerous lower-level competitions in order to compete at the DA level. They include a female Soldier, a Special Forces Green Beret and several airborne-qualified contestants. They are of different races and ethnicities, hail from small towns and big cities and represent a diverse range of Army military occupational specialties.
Staff Sgt. Eric Przybylski, a finance specialist representing the National Capital Region and competing for the second time, said he is cognizant that he is competing with the very best the Army has to offer but said no Soldier is better suited to claim the title.''',
    quotes=[
        Q('"There are no losers', 'all winners,"', "Anthony T. Aubain"),
        Q('"These Soldiers are the best', 'represent their units.', "Anthony T. Aubain"),
        Q('"When we walk with them', 'with heroes."', "Anthony T. Aubain"),
        Q('"heroes"', None, None),
    ],
    aliases={"Anthony T. Aubain": ["Command Sgt. Maj. Anthony T. Aubain"]},
),
dict(
    id="army-reserve-guard-medics-train-fort-hood",
    source="https://www.army.mil/article/11203/reserve_guard_medics_train_at_fort_hood",
    license=PD, retrieved=PAGES + " (First Army story on army.mil; the stored copy begins with the first paragraph, without headline (H131); the paragraph 'Being medical uni', cut in the stored copy, dropped)",
    text='''Rocket and improvised explosive device attacks, dust-covered ambulances full of injured Soldiers and civilians screeching to a halt, bloody, noisy operating rooms and round-the-clock operations were all part of the most comprehensive medical post-mobilization training ever conducted by First Army.
When the last patient was bandaged and the last scalpel was sterilized and stored, the 345th Combat Support Hospital, the 312th Medical Logistics Company and the 441st Ground Ambulance Company were validated and ready to deploy to save lives and mitigate the suffering of friend and foe alike.
"This training is really high-speed," said Sgt. Marcus Haynes, a health-care specialist with the 345th. "It's really in-depth. We're being asked real questions by real patients and we're being forced to think outside the box."
High-speed training is nothing new to First Army, which conducts training, readiness oversight and mobilization of Army Guard and Reserve forces. But this ground-breaking exercise is part of a collective training validation system to train Reserve medical units to a single standard at a single location.
Col. Edward A. Lindeke, First Army command surgeon, said that location is Fort Hood, Texas.
"We (the Army) needed a place - a single place - where we could easily bring in deploying medical personnel from locations throughout the United States and train to a single standard," Lindeke said. "And, we needed easy access to subject-matter experts, like-type units, a burn unit, a Level III trauma center and the ability to train on the same equipment they will use when they deploy. We needed to train them like they're going to operate."
"Texas was the logical choice because of MEDCOM's and the Army Medical Department Center and School's proximity to Fort Hood," Lindeke said, "and the San Antonio International Airport provides easy, year-round access. The Carl R. Darnall Army Medical Center provided the quality training support that was needed."''',
    quotes=[
        Q('"This training is really high-speed,"', None, "Marcus Haynes"),
        Q('"It\'s really in-depth.', 'outside the box."', "Marcus Haynes"),
        Q('"We (the Army) needed a place', 'single standard,"', "Edward A. Lindeke"),
        Q('"And, we needed easy access', 'going to operate."', "Edward A. Lindeke"),
        Q('"Texas was the logical choice', 'to Fort Hood,"', "Edward A. Lindeke"),
        Q('"and the San Antonio', 'that was needed."', "Edward A. Lindeke"),
    ],
    aliases={"Marcus Haynes": ["Sgt. Marcus Haynes"],
             "Edward A. Lindeke": ["Col. Edward A. Lindeke", "Lindeke"]},
),
dict(
    id="army-madigan-residents-operational-medicine-capstone",
    source="https://www.army.mil/article/205540/residents_get_ready_for_operational_medicine",
    license=PD, retrieved=PAGES + " (Madigan Army Medical Center story on army.mil; the stored copy begins with the dateline, without headline (H131); the paragraph 'A substantial develo', cut in the stored copy, dropped)",
    text='''JOINT BASE LEWIS-MCCHORD, WASH. -- Many Army doctors may spend a fair amount of their careers practicing medicine in a large MTF (military treatment facility). But, what they must always be ready for is rendering life-saving care in the most austere of environments -- of caring for the Soldier down range. For all the care they give in garrison, the Soldier on the battlefield is their ultimate priority.
"You may be an excellent provider or physician within your MTF, but when you go into operational medicine, that's a whole different area of practice," said Lt. Col. Thomas Bryant, Interservice Physician Assistant Program Phase II coordinator and deputy director of operational medicine at Madigan Army Medical Center.
Over the last eight years, Madigan's Graduate Medical Education and the Andersen Simulation Center (Sim Center) have been staging and expanding a culminating event, known simply as "Capstone", that ends with a field training exercise (FTX). This year's event, which spanned April 23 through 27, provided graduating residents at Madigan a chance to understand what operational medicine performed in a tactical setting is like.
This year's FTX involved units across Joint Base Lewis-McChord to include the 1st Special Forces Group (1SFG), 62nd Medical Brigade (62nd MED BDE), 7th Infantry Division, the 66th Theater Aviation Command (TAC) with the Washington Army National Guard (WAANG), and the U.S. Air Force's 446th Aeromedical Evacuation Squadron.
"The entire experience was extremely humbling and eye-opening. I've been in the Army for nearly 18 years now, and I've never really experienced that specific aspect of it. Trying to do the job the medics do -- it's not an easy job. It just gave me even more appreciation for what the medics do to get that patient to me so I can cut them open and fix them," said Capt. (Dr.) George Black, a surgical resident following a week of professional, simulation and field training that culminated in the FTX.''',
    quotes=[
        Q('"You may be an excellent provider', 'area of practice,"', "Thomas Bryant"),
        Q('"Capstone"', None, None),
        Q('"The entire experience', 'fix them,"', "George Black"),
    ],
    aliases={"Thomas Bryant": ["Lt. Col. Thomas Bryant"],
             "George Black": ["Capt. (Dr.) George Black"]},
),
dict(
    id="af-ellsworth-supports-local-community",
    source="https://www.afgsc.af.mil/News/Article-Display/Article/3525841/ellsworth-supports-local-community/",
    license=PD, retrieved=PAGES + " (Air Force Global Strike Command story on afgsc.af.mil; the stored copy begins with the dateline, without headline (H131); the paragraph 'After the day’s activities concluded, ... Staff Sgt. Pierre Johnson-Alexander, conventional maintenance inspector with the', cut in the stored copy, dropped)",
    text='''ELLSWORTH AIR FORCE BASE, S.D. -- Airmen serving at Ellsworth Air Force Base spread throughout Rapid City, South Dakota, early morning on Sept. 7 to give back to the community and assist a wide variety of projects alongside a local non-profit organization.
These volunteers from various squadrons to include the 28th Maintenance Squadron, 28th Munitions squadron and the 28th Civil Engineer Squadron visited local equestrian ranches, residential homes and the Central States’ Fairgrounds to lend a helping hand and tackle different tasks.
Tech. Sgt. Zachary Helms, conventional maintenance production supervisor with the 28th Munitions Squadron, helped clean up a local horse ranch that offers therapeutic horse-riding lessons for individuals who may be suffering from trauma, autism or post-traumatic stress.
“Everything we’re doing today is literally to give back to the community that supports us so much, and that we’re so happy to be able to do it,” said Helms. “Serving others is what our job entails and what we embody.”
Helms saw first-hand as a slew of Airmen readily volunteered to help out their local community without hesitation.
Staff Sgt. Joe Satterwhite, non-commissioned officer in charge of host aviation resource management with the 28th Operations Support Squadron volunteered with his team to lend aid to a local farm and horse ranch in Rapid City and he echoes Helms’ sentiment.
“Volunteering is not only a good use of one’s time, but also part of what it means to serve in the Air Force,” said Satterwhite. “Just help out anyway we can, that’s a big part of being an Airman.”
Satterwhite says it is important for Airmen to be well-rounded. Airmen need not only to be experts in their craft but also be good citizens.''',
    quotes=[
        Q('“Everything we’re doing today', 'able to do it,”', "Zachary Helms"),
        Q('“Serving others', 'what we embody.”', "Zachary Helms"),
        Q('“Volunteering is not only', 'the Air Force,”', "Joe Satterwhite"),
        Q('“Just help out anyway', 'being an Airman.”', "Joe Satterwhite"),
    ],
    aliases={"Zachary Helms": ["Tech. Sgt. Zachary Helms", "Helms"],
             "Joe Satterwhite": ["Staff Sgt. Joe Satterwhite", "Satterwhite"]},
),
dict(
    id="af-vandenberg-airmen-volunteer-library",
    source="https://www.vandenberg.spaceforce.mil/News/Article-Display/Article/340082/vandenberg-airmen-recognize-importance-of-volunteerism",
    license=PD, retrieved=PAGES + " (archived Air Force story on vandenberg.spaceforce.mil; the CSS block '.da_story_info span { color: #333333; }' before the headline dropped (H665); the paragraph '\"The Airmen's overall morale is improved ...,\" said Staff Sgt. Ryan Cushing, ... the good things they c', cut in the stored copy, dropped)",
    text='''Vandenberg Airmen recognize importance of volunteerism
VANDENBERG AIR FORCE BASE, Calif. -- Airmen from the 381st Training Support Squadron, 532nd Training Squadron and 533rd TRS, have volunteered more than 80 hours over the past two weeks toward the renovation of the Vandenberg Library.
The library's renovation projects, which began Oct. 12, are on schedule for a completion date of Oct. 26.
"The renovations may not have met deadlines without the help of the Airmen," said Tech. Sgt. Richard Walters, a 381st TRSS military training leader.
Some of the Airmen worked eight-hour days assisting with the library's restoration. The Airmen helped by moving shelves and books, which made it possible for the base contractors to lay the new carpet down.
Volunteering at the library is not out of the ordinary for the Airmen of Vandenberg's training squadrons. Led by motivated MTLs, the Airmen have developed a positive base-wide reputation for acts of volunteerism and community involvement.
"Every week we assemble a list to let our Airmen know what kinds of volunteer opportunities are available to them," Sergeant Walters said. "And in return, the amount of support we get from the Airmen is great!"
The Airmen have recently volunteered in numerous activities in the community including graffiti removal and the construction of a safe area for children to play at the Youth Men's Christian Association, Lompoc, Calif. They have also participated in Vandenberg's "A Run to Remember," during their physical training sessions.
Volunteering in the community has increased the camaraderie among the Airmen.''',
    quotes=[
        Q('"The renovations may not', 'help of the Airmen,"', "Richard Walters"),
        Q('"Every week we assemble', 'available to them,"', "Richard Walters"),
        Q('"And in return', 'Airmen is great!"', "Richard Walters"),
        Q('"A Run to Remember,"', None, None),
    ],
    aliases={"Richard Walters": ["Tech. Sgt. Richard Walters", "Sergeant Walters"]},
),
dict(
    id="dvids-travis-airmen-mlk-day-of-service",
    source="https://dvidshub.net/news/307972/travis-airmen-give-back-day-not-day-off",
    license=PD, retrieved=PAGES + " (60th Air Mobility Wing story on dvidshub.net; the stored copy begins with the first paragraph, without headline (H131); the paragraph '\"Without the local community, ...,\" said Tech. Sgt. Nathaniel Hyder, ... \"The people, that's why we exist as an Air Force. It's', cut in the stored copy, dropped; straight and curly marks mixed as stored)",
    text='''Over 250 community members to include 29 Airmen from the First Term Airman Course at Travis Air Force Base volunteered to help renovate Anna Kyle Elementary School during a Martin Luther King Jr. Day of Service in Fairfield, Jan. 21.
In recognition of Dr. King's legacy of service to all, Congress designated the federal holiday as the first and only national day of service in 1994. As a national day of service, known as a "day on, not a day off."
For FTAC Airmen, who are new to the base and the operational Air Force, the day was a chance to experience the positive relationship between the base and the local community for the first time.
"I think it's essential that we continue to build positive relationships with the community and maintain a good rapport," said Airman Richard Torres, FTAC student and member of the 60th Civil Engineering Squadron. “I'm just excited to be part of it and for future opportunities to volunteer for events like this and hopefully make a positive impact on the community while I'm here.”
The FTAC Airmen volunteer efforts left a positive impression on the community and the non-profit organization Rebuilding Together Solano County who organized the volunteer effort.
"The importance of Travis AFB and its commitment to the Solano County community has been a large part in helping RTSC as well as other non-profit organizations achieve their mission of helping those in need," said Elizabeth Hoffman, RTSC executive director. "In addition, Travis AFB personnel are exposed to local residents and communities through their volunteer work."
Having a solid relationship with Solano County neighbors helps Travis maintain its status as America's premier power projection platform.''',
    quotes=[
        Q('"day on, not a day off."', None, None),
        Q('"I think it\'s essential', 'good rapport,"', "Richard Torres"),
        Q('“I\'m just excited', 'while I\'m here.”', "Richard Torres"),
        Q('"The importance of Travis AFB', 'those in need,"', "Elizabeth Hoffman"),
        Q('"In addition, Travis AFB', 'volunteer work."', "Elizabeth Hoffman"),
    ],
    aliases={"Richard Torres": ["Airman Richard Torres"]},
),
dict(
    id="jble-mcdonald-army-health-center-ftx",
    source="https://www.jble.af.mil/News/Article-Display/Article/4308705/mcdonald-army-health-center-demonstrates-readiness-through-comprehensive-traini",
    license=PD, retrieved=PAGES + " (Joint Base Langley-Eustis story on jble.af.mil; the stored copy begins with the dateline line, kept as its own line as stored, without headline (H131); the paragraph 'The exercise provided an opportunity to work with mission partners ... maximize readiness while e', cut in the stored copy, dropped)",
    text='''JOINT BASE LANGLEY-EUSTIS, Va. –
McDonald Army Health Center (MCAHC) recently conducted a field training exercise (FTX) designed to strengthen readiness for both military and civilian personnel. The exercise temporarily shifted all Soldiers from the medical treatment facility to intensive training on warrior tasks and battlefield medical and dental skills.
While the shift was significant, the exercise highlighted the resilience and adaptability of the entire MCAHC team and identified areas for continued improvement.
“The FTX focused on ensuring Soldiers are prepared to respond should they be called to action. However, the exercise went beyond simply honing combat skills—it also tested the ability of the health center to maintain patient care delivery with a significantly altered staffing model,” said Lt. Col. Michael F. Brown III, MCAHC commanding officer.
“This training was integral to ensuring the readiness of the entire McDonald Army Health Center,” Brown added. “Our Soldiers trained on warrior tasks and combat medicine skills, but this event also exercised the readiness of our civilians. They are the backbone of our health center, and it’s no surprise that they stepped up and ensured mission success.”
“Civilian staff played a critical role in sustaining operations, covering leadership responsibilities such as timecards, daily status reports and administrative tasks,” said Margie Bailey, group practice manager for primary care.
The exercise also revealed opportunities to enhance flexibility. Andrew Weber, group practice manager for specialty care, said “cross-training medical support assistants to work across clinics would help close coverage gaps and allow staff to shift more seamlessly when active-duty Soldiers are deployed.”''',
    quotes=[
        Q('“The FTX focused', 'staffing model,”', "Michael F. Brown III"),
        Q('“This training was integral', 'Health Center,”', "Michael F. Brown III"),
        Q('“Our Soldiers trained', 'mission success.”', "Michael F. Brown III"),
        Q('“Civilian staff played', 'administrative tasks,”', "Margie Bailey"),
        Q('“cross-training medical', 'are deployed.”', "Andrew Weber"),
    ],
    aliases={"Michael F. Brown III": ["Lt. Col. Michael F. Brown III", "Brown"]},
),
dict(
    id="ng-louisiana-guardsmen-florida-milton-2024",
    source="https://www.nationalguard.mil/News/Article-View/Article/3950970/hundreds-of-louisiana-guardsmen-joined-florida-storm-response",
    license=PD, retrieved=PAGES + " (Louisiana National Guard story on nationalguard.mil; the site header, 'Here's how you know' box, breadcrumb, 'NEWS | Oct. 30, 2024' and byline lines dropped; the paragraph '“The 7th Special Forces Group (Airborne) provided us', cut in the stored copy, dropped)",
    text='''Hundreds of Louisiana Guardsmen Joined Florida Storm Response
BOGALUSA, La. – More than 500 Louisiana National Guard members deployed to Florida to join forces with over 20 states through the Emergency Management Assistance Compact and respond to Hurricane Milton, which made landfall in the state Oct. 9.
The LANG initially deployed two UH-60 Black Hawk helicopters with eight Guardsmen from Army Aviation Support Facility #2 in Pineville, Louisiana, Oct. 8 to stage near Tallahassee ahead of the storm. These assets were positioned for rapid aerial search and rescue operations. The aviation crews logged over 15 flight hours along the coast, completing operations Oct. 11.
“As Soldiers from Louisiana, we understand the immense challenges of hurricane response and are always eager to support our neighbors,” said Capt. David Carroll, a LANG aviator. “Deploying our UH-60 Black Hawks to assist in Florida’s recovery efforts not only allowed us to help but also demonstrated our unit’s rapid readiness for state and federal missions.”
Following the two aviation teams, the LANG activated approximately 500 from the 225th Engineer Brigade. On Oct. 10, the engineers loaded vehicles, dump trucks, front-end loaders and high-mobility engineer excavators and drove 660 miles to Tampa International Airport. Along the route, they stayed at Camp Bull Simons, home of the 7th Special Forces Group (Airborne), before proceeding to Camp Blanding, where they received briefings from the Florida National Guard ahead of their mission.''',
    quotes=[
        Q('“As Soldiers from Louisiana', 'our neighbors,”', "David Carroll"),
        Q('“Deploying our UH-60', 'federal missions.”', "David Carroll"),
    ],
    aliases={"David Carroll": ["Capt. David Carroll"]},
),
dict(
    id="af-travis-cheers-to-volunteers",
    source="https://www.travis.af.mil/News/Display/Article/767918/cheers-to-volunteers",
    license=PD, retrieved=PAGES + " (60th Air Mobility Wing story on travis.af.mil; the 'Published' and byline lines dropped; the double spaces between sentences in Bogdan's paragraph kept as stored; the stored copy ends after Bogdan's paragraph)",
    text='''Cheers to Volunteers
The Airman and Family Readiness Center at Travis Air Force Base, Calif., is scheduled to host the Volunteer Excellence Awards at 1 p.m. April 27 at the Delta Breeze Club.
In an all-volunteer military, service before self is a way of life. Many Airmen, past and present, and local civilians go one step further to give back to the base and the community by volunteering in their free time.
The Air Force VEA was established to recognize federal civilians, family members, military retirees and federal retirees who perform outstanding volunteer community service of a sustained, direct and consequential nature.
"We want to recognize all of our volunteers for the hard work and dedication to Travis," said Nakisha Rodriguez, 60th Force Support Squadron base volunteer coordinator. "The VEA recipients are awarded for significant acts of volunteerism and must have donated at least 100 hours of certified and recorded service in the last year."
The event will include refreshments, cupcakes and guest speakers from the base and the local community. All volunteers, retired and civilian, are invited.
"The success of many of our key services on the installation and around the community are driven by the hard work of volunteers," said Master Sgt. Joseph Bogdan, 60th FSS A&FRC superintendent.  "These services include the Red Cross, the Travis Heritage Center, the Retirement Activities Office, Airmen Against Drunk Driving and Rebuilding Together Solano County, to name a few.  These organizations and the services they provide would not be possible without a volunteer force."''',
    quotes=[
        Q('"We want to recognize', 'dedication to Travis,"', "Nakisha Rodriguez"),
        Q('"The VEA recipients', 'the last year."', "Nakisha Rodriguez"),
        Q('"The success of many', 'work of volunteers,"', "Joseph Bogdan"),
        Q('"These services include', 'a volunteer force."', "Joseph Bogdan"),
    ],
    aliases={"Joseph Bogdan": ["Master Sgt. Joseph Bogdan"]},
),
]
