# Held-out English news texts (tests/data/heldout276-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105): a National Guard Bureau
# story (an Indiana Army Guard battalion in the Vigilant Guard exercise at Muscatatuck), three Air Force stories on
# military working dog teams (Wright-Patterson's 95th Air Base Wing, Davis-Monthan twice), two Air Force stories on
# explosive ordnance disposal flights (Incirlik, Spangdahlem) and two Army stories on Thanksgiving in the dining
# facilities (Fort Sill, 2014; Fort Lee, 2011). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped
# (noted in `retrieved`). Site lines, 'Published'/'By' byline lines, photo captions and credits and the empty lines
# between paragraphs are dropped; a headline is kept once as the first line where the stored copy has one; trailing
# spaces at paragraph ends are removed; wording (typos included), spacing inside paragraphs and quotation marks
# (straight as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1710-H1713 in ANNOTATION.md on top of H1-H1679).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout276-en.jsonl

Built by `build.py` from `heldout276_pages.py`. Like heldout234-en, heldout242-en, heldout258-en and other military sets
above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17
U.S.C. § 105), none of them used in a set above, this time National Guard, Air Force and Army feature stories: a
National Guard Bureau story (Soldiers of the Indiana Army Guard's 2nd Battalion, 293rd Infantry in the Vigilant Guard
exercise at Butlerville, Ind.), three Air Force stories on military working dog teams (95th Air Base Wing, published
on afmc.af.mil; two 355th Fighter Wing stories of Davis-Monthan Air Force Base, one of the 'Critically Manned'
series), two Air Force stories on explosive ordnance disposal flights (39th Air Base Wing, Incirlik; 52nd Fighter
Wing, Spangdahlem) and two army.mil stories on Thanksgiving meals in the dining facilities (Fort Sill, December 2014;
Fort Lee, December 2011). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped (what was dropped is noted
per page). Site lines, 'Published' and 'By ...' byline lines, photo captions and credits and the empty lines between
paragraphs were dropped; wording (typos included) and quotation marks are as stored. Pages read but left out: an
EOD story of Dobbins Air Reserve Base and a MacDill dog-team story (stored as one run-together paragraph, so that the
cut at the end could not be dropped as a paragraph) and stories whose complete paragraphs hold only one quotation
(an AETC K-9 trials story, an Ellsworth EOD story, a National Guard XCTC story). None of these pages is used in any set
above (checked by URL and article number, by title and by the names of their speakers, such as Jerry Hadley, Kevin
Hoeppner, Jon Camplin, Bryan Klein, Sean Mckenna, William Eaton, Ryan Tennyson, Derrick Smullen and Jason Withrow, with
grep over tests/data of the main tree and of every other helper's worktree: no hit). The annotation (rules
H1710–H1713 in `ANNOTATION.md` on top of H1–H1679) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nationalguard-hands-that-held-weapons-now-hold-hope",
    source="https://www.nationalguard.mil/News/Article-View/Article/573937/hands-that-held-weapons-now-hold-hope",
    license=PD, retrieved=PAGES + " (the stored copy has no headline, site lines or byline and opens with the dateline paragraph, which stays as stored; no title added; the last paragraph '\"This is a lot like (Hurricane) Katrina,\" he said. \"', cut in the stored copy after the opening mark of its second piece, dropped; 'a numbers of missions', 'Spc. Timothy Black a gun-truck driver' (no comma) and 'approach if from a different side' as stored)",
    text='''BUTLERVILLE, Ind. - As the Vigilant Guard exercise continues to test National Guard members from around the country, Soldiers from the Indiana Army Guard's 2nd Battalion, 293rd Infantry from Fort Wayne hit the ground running as a reaction force. But in the wake of a simulated 10-kiloton nuclear detonation, the call to fight has been amended to a call for relief.
The Vigilant Guard exercise is a combined training project among the National Guard and local, state, and federal emergency agencies. That being the case, many local authorities need as much help as they can get maintaining the security, order and safety of the civilian population.
"We're prepared to support the civil services in any way as part of our state mission," said Lt. Col. Jerry Hadley, the battalion's commander. "During this time, our job is to provide any form of incident response within our capabilities."
And respond they have. So far, members of the battalion have conducted a numbers of missions at the Indiana National Guard's Muscatatuck Urban Training Center during Vigilant Guard. Some of them include establishing traffic control points, securing the town's power plant and providing limited medical help to victims of the detonation. And with civilian actors there every step of the way, Vigilant Guard guarantees realistic training.
"The actors played into it really well," said Staff Sgt. Kevin Hoeppner, a squad leader in B Company. "It helps because it tells you what you need to be prepared for. Now we know how to act in a real life situation."
"We've never had training like this before," said Spc. Timothy Black a gun-truck driver for D Company. "Most of our previous training has been for duty against hostile forces. Now, it's Americans helping Americans. It's not weapons-oriented anymore, and you have to approach if from a different side."
Hoeppner said that Vigilant Guard reminded him of a real world mission the unit conducted not long ago.''',
    quotes=[
        Q('"We\'re prepared to support', 'our state mission,"', "Jerry Hadley"),
        Q('"During this time', 'within our capabilities."', "Jerry Hadley"),
        Q('"The actors played', 'really well,"', "Kevin Hoeppner"),
        Q('"It helps because', 'real life situation."', "Kevin Hoeppner"),
        Q('"We\'ve never had training', 'like this before,"', "Timothy Black"),
        Q('"Most of our previous', 'from a different side."', "Timothy Black"),
    ],
    aliases={"Jerry Hadley": ["Lt. Col. Jerry Hadley", "the battalion's commander"],
             "Kevin Hoeppner": ["Staff Sgt. Kevin Hoeppner", "Hoeppner", "a squad leader in B Company"],
             "Timothy Black": ["Spc. Timothy Black", "a gun-truck driver for D Company"]},
),
dict(
    id="afmc-training-deployment-strengthen-dog-handler-team",
    source="https://www.afmc.af.mil/News/Features/Display/Article/155950/training-deployment-strengthen-dog-handler-team/",
    license=PD, retrieved=PAGES + " (the '.mil website' notice lines, the lines '• Published', '• By Senior Airman Julius Delos Reyes' and '• 95th Air Base Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the subheading 'Bond at first sight' kept as a line; trailing spaces at paragraph ends removed; the paragraph '\"If you have a brand new handler who just graduated from K-9 school, ... a dog that has been doing it fo', cut in the stored copy, dropped; 'Gas' dark fur', 'Gas' yang' and 'ying' as stored)",
    text='''Training, deployment strengthen dog-handler team
The sound of rustling leaves weaved through the voice of a master giving commands to his dog. Though the voice was nearly overcome by the sound, the dog's ears were still attuned to his master's every word.
"Sit," said Senior Airman Jacob Allen, 95th Security Forces Squadron Military Working Dog handler.
Gas sat.
"Good boy," Airman Allen said in a gibberish-sounding, high-pitched and almost indecipherable manner. This he did while petting Gas' dark fur as a distinct way of praising his military working dog.
The next command had Airman Allen leaving Gas 50 feet away with no command other than, "Stay!" What seemed to be an easy task is actually difficult because it tests the dog's concentration and obedience.
"It is a hard feat because the dog's comfort zone is near his handler," said Master Sgt. Jon Camplin, 95th SFS Military Working Dog Kennel master.
But they need to test the bond between handler and dog because it is crucial for training and eventually, deployment.
Bond at first sight
Pairing handlers with their dogs constitutes teaming them according to their contrasting or similar personalities and experience. As the youngest and the newest Airman in the MWD unit, Airman Allen is the ying to Gas' yang.''',
    quotes=[
        Q('"Sit,"', None, "Jacob Allen"),
        Q('"Good boy,"', None, "Jacob Allen"),
        Q('"Stay!"', None, "Jacob Allen"),
        Q('"It is a hard feat', 'near his handler,"', "Jon Camplin"),
    ],
    aliases={"Jacob Allen": ["Senior Airman Jacob Allen", "Airman Allen", "95th Security Forces Squadron Military Working Dog handler"],
             "Jon Camplin": ["Master Sgt. Jon Camplin", "95th SFS Military Working Dog Kennel master"]},
),
dict(
    id="davis-monthan-the-bond-between-dog-handler",
    source="https://www.dm.af.mil/Media/Features/Display/Article/314938/the-bond-between-dog-handler/",
    license=PD, retrieved=PAGES + " (the lines '• Published', '• By Airman 1st Class Michael Washburn' and '• 355th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph '\"Until the kennel maste', cut in the stored copy, dropped)",
    text='''The bond between dog, handler
Airmen complete the mission every day. Planes are refueled, meals are prepared and computers are fixed. Without the proper tools, these everyday accomplishments would probably not happen. The tools of the trade are usually inanimate objects such as fuel trucks, spatulas and screwdrivers, but for military dog handlers, their tools have life, feelings and personality.
A handler and their dog share a special bond. The handler has one dog and one dog only.
"Benny is my dog," said Staff Sgt. Bryan Klein, 355th Security Forces Squadron military working dog handler. "One dog is assigned per handler as long as they're at this duty station. If we have a permanent change of station, we'll go to a different kennel and pick up a different dog."
The career of a working dog begins at a young age. Much like how trainees learn the basics through basic training, working dogs receive limited training initially.
"We get the dogs at a year and a half to two years of age," Klein said. "At that age, they're able to process what they're learning. They learn the basics at dog training school and when we get them, they have a very basic, elementary-like education. It's up to us as handlers to fine-tune them into what they become."
From then on, the relationship can begin and blossom. It's a slow process at first, the handler and dog have to get comfortable with each other first before the handler will begin to teach the dog commands.
"The dog trusting me and me having trust in the dog is of the utmost importance," Klein said. "Without that level of trust, we're no good. For the first three weeks with Benny, all I did was take him for walks and talk to him so he could get used to my voice."
After that, the dog was like his partner. Just like Starsky and Hutch or Riggs and Murtaugh, there's the crime fighting team of Klein and Benny.''',
    quotes=[
        Q('"Benny is my dog,"', None, "Bryan Klein"),
        Q('"One dog is assigned', 'a different dog."', "Bryan Klein"),
        Q('"We get the dogs', 'years of age,"', "Bryan Klein"),
        Q('"At that age', 'what they become."', "Bryan Klein"),
        Q('"The dog trusting me', 'the utmost importance,"', "Bryan Klein"),
        Q('"Without that level', 'used to my voice."', "Bryan Klein"),
    ],
    aliases={"Bryan Klein": ["Staff Sgt. Bryan Klein", "Klein", "355th Security Forces Squadron military working dog handler"]},
),
dict(
    id="davis-monthan-critically-manned-military-working-dog-handler",
    source="https://www.dm.af.mil/Media/Features/Display/Article/667001/critically-manned-military-working-dog-handler/",
    license=PD, retrieved=PAGES + " (the lines '• Published', '• By Airman 1st Class Josh Slavin' and '• 355th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the editor's note in parentheses kept as the first paragraph (H1682); the paragraph 'Once accepted for the job, Airmen may only be handlers ... the majority will go back to their previous', cut in the stored copy, dropped; 'Mckenna' as stored)",
    text='''Critically Manned: military working dog handler
(Editor's Note: This feature is part of the "Critically Manned" series. These stories feature career fields that are critically manned at Davis-Monthan Air Force Base.)
Military working dog handlers make up a small niche in the security forces career field. The handlers strictly work with K9s to provide security to military installations. Some of the main duties for the MWDs, as well as the handlers are detection and patrol.
"We try to be out and as visible as possible," said Staff Sgt. Sean Mckenna, 355th Security Forces Squadron military working dog handler. "One of our biggest assets is psychological deterrence."
The MWDs go through training just like their handlers, where they learn how to locate narcotics and explosives as well as learning how to subdue possible enemies. As for the handlers, they go through a three-month technical school where they learn how to train and take care of their dogs.
D-M's handlers have a little bit of a challenge being stationed in Tucson. The heat means the trainers must be even more attentive to the dogs, so they don't suffer from dehydration or any other heat-related illnesses. However, Mckenna sees the climate as an advantage.
"I believe it is in our benefit to work and live in this heat," Mckenna said. "It requires less of an adjustment down range for us than it would for a team from North Dakota."
Being a MWD handler is one of the more unique jobs in the Air Force, because of the unusual work requirements. To become a handler an Airman must be a security forces defender, more than halfway through their enlistment and be at least a senior airman.''',
    quotes=[
        Q('"Critically Manned"', None, None),
        Q('"We try to be out', 'as possible,"', "Sean Mckenna"),
        Q('"One of our biggest', 'psychological deterrence."', "Sean Mckenna"),
        Q('"I believe it is', 'in this heat,"', "Sean Mckenna"),
        Q('"It requires less', 'from North Dakota."', "Sean Mckenna"),
    ],
    aliases={"Sean Mckenna": ["Staff Sgt. Sean Mckenna", "Mckenna", "355th Security Forces Squadron military working dog handler"]},
),
dict(
    id="incirlik-constant-training-keeps-eod-ready-to-fight",
    source="https://www.incirlik.af.mil/News/Article-Display/Article/302516/constant-training-keeps-eod-ready-to-fight",
    license=PD, retrieved=PAGES + " (the lines '• Published', '• By Senior Airman Jason Burton' and '• 39th Air Base Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph '\"This course is designed to weed out tho', cut in the stored copy, dropped; the single marks of 'ok they are done ... onto this one.' inside Eaton's quotation as stored)",
    text='''Constant training keeps EOD ready to fight
Oct. 7 will be the six-year mark of Operation Enduring Freedom, a significant event in the Global War on Terror.
During this war on terror, one of the terrorists' most successful weapons against American and coalition military forces has been the Improvised Explosive Device.
That's where Explosive Ordnance Disposal comes in. The mission of EOD is to remove the hazard caused by any explosive ordnance or any other dangerous material, such as chemical, biological, radiological or nuclear devices that present a hazard to personnel.
Insurgents are always looking for new ways to harm military personnel, but new ways don't always mean new technology.
"Insurgents have realized that high-tech weapons can be defeated," said Senior Master Sgt. William Eaton, 39th Civil Engineer Squadron EOD flight chief. "Even with more sophisticated weapons, scientists in the United States can come up with countermeasures and find ways to use technology to defeat technology."
Sergeant Eaton said that low-tech weapons like IEDs present a significant challenge and we are constantly looking for effective countermeasures against them.
"We have to be prepared for both high-tech devices and low-tech ones like IEDs," Sergeant Eaton said. "When dealing with IEDs, we have never said, 'ok they are done building that kind of IED, they are moving onto this one.' We always have to keep an open mind and think on our feet. A bomb builder is only limited by their imagination, so we have to keep our imagination open as well."
Due to always having to stay on their toes, the EOD career field stays sharp by accepting the best candidates and requiring continuous training.
When an Airman enters the EOD career field from basic training, they go through a seven-day course designed to sort out the good candidates from the not so good.''',
    quotes=[
        Q('"Insurgents have realized', 'can be defeated,"', "William Eaton"),
        Q('"Even with more sophisticated', 'to defeat technology."', "William Eaton"),
        Q('"We have to be prepared', 'ones like IEDs,"', "William Eaton"),
        Q('"When dealing with IEDs', 'open as well."', "William Eaton"),
    ],
    aliases={"William Eaton": ["Senior Master Sgt. William Eaton", "Sergeant Eaton", "39th Civil Engineer Squadron EOD flight chief"]},
),
dict(
    id="spangdahlem-technicians-undergo-explosive-training",
    source="https://www.spangdahlem.af.mil/News/Features/Display/Article/730697/technicians-undergo-explosive-training/",
    license=PD, retrieved=PAGES + " (the lines '• Published', '• By Senior Airman Gustavo Castillo' and '• 52nd Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'Although an EOD Airman endures a rigorous training schedule to accomplish', cut in the stored copy, dropped; 'Tech Sgt.' without period as stored)",
    text='''Technicians undergo explosive training
Threats to the United States come in many forms and degrees. They are real, and they happen every day.
One flight in the 52nd Civil Engineer Squadron trains to eliminate those threats to the best of their abilities: the Explosive Ordnance Disposal flight. The flight works to mitigate any risk of damage or injury to American and friendly assets.
EOD Airmen neutralize hazards of conventional unexploded ordnance, nuclear, biological, chemical and associated materials of mass destruction, in order to reduce or eliminate the threat to people, operations or material.
"We provide an emergency service a lot like medical or fire does," said Tech Sgt. Ryan Tennyson, 52nd CES EOD technician from Norwich, Conn. "When there is an emergency there are only certain people you can call. Our specialty is narrow; you need someone who does have the training and the ability to do it."
Often attached to an infantry unit down-range, or a home-station squadron, the dangerous aspects of an EOD technician's job require a large amount of time and effort for training to ensure mission success.
"We accomplish this mission by maintaining a constant state of readiness through regular training," said Staff Sgt. Brook Hamilton, 52nd CES EOD technician from Phoenix. "Each month is dedicated to training on a different mission set. We have to maintain maximum proficiency with our skill sets or it could cost us our lives."
Working with advanced technology ranging from bomb suits to robots, the EOD flight trains to perfection because in their line of work, there is no room for failure. Just one small slip could cause catastrophic damage to themselves or the people they protect.
These technicians are the only Airmen trained to combat these explosive threats to lives, equipment and property.''',
    quotes=[
        Q('"We provide an emergency', 'fire does,"', "Ryan Tennyson"),
        Q('"When there is an emergency', 'ability to do it."', "Ryan Tennyson"),
        Q('"We accomplish this mission', 'regular training,"', "Brook Hamilton"),
        Q('"Each month is dedicated', 'cost us our lives."', "Brook Hamilton"),
    ],
    aliases={"Ryan Tennyson": ["Tech Sgt. Ryan Tennyson", "52nd CES EOD technician from Norwich, Conn."],
             "Brook Hamilton": ["Staff Sgt. Brook Hamilton", "52nd CES EOD technician from Phoenix"]},
),
dict(
    id="army-2014-12-fort-sill-celebrates-thanksgiving-dining-facilities",
    source="https://www.army.mil/article/139384/Fort_Sill_celebrates_Thanksgiving_at_its_four_dining_facilities/",
    license=PD, retrieved=PAGES + " (the byline line 'By Jeff Crawley, Fort Sill CannoneerDecember 4, 2014', the five photo caption lines ('Swish!', '1 / 5 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL', 'Turkey stuffing', 'First sergeant, first-class service', 'BCT meal', 'Just desserts' and their caption lines) and the empty lines between paragraphs dropped; headline kept once; the dateline stays inside the first paragraph as stored; the paragraph 'For the festivities, the DFACs featured themed culinary displays inc', cut in the stored copy, dropped)",
    text='''Fort Sill celebrates Thanksgiving at its four dining facilities
FORT SILL, Okla. (Dec. 4, 2014) -- Fort Sill's four dining facilities served formal Thanksgiving meals to the Lawton-Fort Sill community Nov. 27, from 11:30 a.m. to 2:30 p.m.
Between 6,000 and 7,000 Soldiers, family members, retirees and civilians dined at Green Hall, Garcia Hall, Bamford and Blockhouse dining facilities (DFAC).
"Thanksgiving is the Super Bowl for food service, so we started planning for this six months ago," said Sgt. 1st Class Derrick Smullen, Garcia DFAC manager. "Everyday, we feed Soldiers, but on Thanksgiving we get to feed the entire community, including the great Soldiers who paved the way for us. It gives us a great sense of pride."
The menu featured 8,500 pounds of turkey, 7,000 pounds of ham, said Jonathan Williams, Installation Food Program manager. Also featured were Cornish hen, roast beef, fried shrimp and shrimp cocktail, corn-on-the-cob, macaroni and cheese, vegetables, home-made rolls and corn bread, and traditional Thanksgiving desserts, such as pumpkin pie.
The cost for civilian diners was $7.70, and they could go back for seconds, Smullen said. "You're not going to find another meal like this in Lawton, for $7.70," he said.
For all meals, the DFACs post calorie cards showing the caloric content of foods, but "calories don't count today you can live your dreams," Smullen said.''',
    quotes=[
        Q('"Thanksgiving is the Super Bowl', 'six months ago,"', "Derrick Smullen"),
        Q('"Everyday, we feed Soldiers', 'sense of pride."', "Derrick Smullen"),
        Q('"You\'re not going to find', 'for $7.70,"', "Derrick Smullen"),
        Q('"calories don\'t count', 'live your dreams,"', "Derrick Smullen"),
    ],
    aliases={"Derrick Smullen": ["Sgt. 1st Class Derrick Smullen", "Smullen", "Garcia DFAC manager"]},
),
dict(
    id="army-2011-12-fort-lee-a-taste-of-home-thanksgiving",
    source="https://www.army.mil/article-amp/70127/a_taste_of_home_food_service_personnel_bring_thanksgiving_to_troops",
    license=PD, retrieved=PAGES + " (army.mil AMP copy, stored without headline or byline; no title added; the photo caption 'Maj. Hector Vazquez, executive officer, 266th Quartermaster Battalion, ... during the Thanksgiv...', cut in the stored copy, dropped; the dateline stays inside the first paragraph as stored; the paragraph 'That tradition was', cut in the stored copy, dropped; the spaced ellipses and 'took precedent over' as stored)",
    text='''FORT LEE, Va. (Dec. 1, 2011) -The dining room was a showcase of sparkling white tablecloths and cornucopia and decorative tallow displays. That distinct smell of oven-roasted turkey permeated the air and the aura of goodwill could be felt everywhere.
For even the nonobservant, a few steps into the 49th Quartermaster Group Consolidated Dining Facility on Thanksgiving Day foretold the tale of a very special occasion ... a tradition that evokes the comforts of home, faith in the family unit and care for fellow military members ... a feast that would make any master of the home-cooked meal proud.
No one knows what this holiday tradition entails better than military food service personnel. They are the military ambassadors of goodwill and cheer on this special occasion. For them, Thanksgiving is all about service and taking care of those who serve.
"This gives us the chance to provide a family atmosphere for military members not fortunate enough to be home with their families," said Spc. Jason Withrow, who was spending his third holiday in an Army dining facility, or DFAC. "This is a place where there are people you can fall back on."
The traditions of military Thanksgiving dinners were borne out of necessity. In earlier times when travel options were limited and the continuation of training took precedent over time off, most service members remained on duty during the holidays.
With times of war and overseas duty as exceptions, most military members today are afforded the opportunity to travel home for the holiday and gladly oblige. Still, some are required to work, and some choose to remain at installations for various reasons. Those who do are the objects of a longstanding and rich military tradition.''',
    quotes=[
        Q('"This gives us the chance', 'with their families,"', "Jason Withrow"),
        Q('"This is a place where', 'fall back on."', "Jason Withrow"),
    ],
    aliases={"Jason Withrow": ["Spc. Jason Withrow"]},
),
]
