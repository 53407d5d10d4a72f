# Held-out English news texts (tests/data/heldout430-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105): an Air Forces Central story
# of the Secretary of the Air Force and the Chief of Staff visiting the 332nd Air Expeditionary Wing (2017), an Ellsworth
# story of the base's Active Airman's Council, a 944th Fighter Wing story of Field Training Exercise Desert Anvil (2024),
# two army.mil stories (Fort Huachuca's Best Warrior competition, 2011; Army Reserve Soldiers of the 807th Medical
# Detachment Support Command aboard USNS Mercy, 2010), two Air Force features on base honor guards (Keesler, Fairchild),
# a Davis-Monthan story of the explosive ordnance disposal flight and a Joint Base Charleston story of the Navy
# Operational Support Center Charleston (2015). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted
# in `retrieved`). Site and notice lines, 'Published', byline, date and 'NEWS |' lines, photo captions with their
# 'Show Caption' and 'Photo Credit' furniture and the empty lines between paragraphs are dropped, as are spaces at the
# end of a paragraph; a headline is kept once as the first line; datelines at the start of a paragraph are kept as
# stored; wording, typos and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2045-H2049 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout430-en.jsonl

Built by `build.py` from `heldout430_pages.py`. Like heldout417-en, heldout414-en, heldout404-en and the other
military sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public
domain, 17 U.S.C. § 105), none of them used in a set above: an Air Forces Central story (afcent.af.mil article 1286767,
'AF leadership visits historic wing, glimpses 332nd AEW future', Aug. 2017), an Ellsworth Air Force Base feature
(ellsworth.af.mil article 217568, 'Active Airman's Council gives Airmen opportunity to take charge'), a 944th Fighter
Wing story on the Dobbins site (dobbins.afrc.af.mil article 3777263, 'Ready Now: A New Era of Reserve Citizen Airmen
Training', April 2024), two army.mil stories (article 52510, 'Soldiers, NCOs compete to be "Best Warrior"', Fort
Huachuca, Feb. 25, 2011; article 45874, 'Army teams with Navy for Pacific humanitarian ops', Army News Service, Sept.
29, 2010), two Air Force features on base honor guards (keesler.af.mil article 362807, 'Precision, professionalism,
pride: Rendering military honors is honor guard's duty'; fairchild.af.mil article 241845, 'Honor Guard: To honor with
dignity'), a Davis-Monthan Air Force Base feature (dm.af.mil article 314881, 'EOD Airmen have a blast at work') and a
Joint Base Charleston story (jbcharleston.jb.mil article 859247, 'SC Navy Reserves centered at JB Charleston', Dec. 4,
2015). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a quotation (what
was dropped is noted per page). Site and notice lines, 'Published' lines, byline, date and 'NEWS |' lines, photo
captions with their 'Show Caption', 'Photo Credit' and 'VIEW ORIGINAL' furniture, spaces at the end of a paragraph and
the empty lines between paragraphs were dropped; datelines at the start of a paragraph are kept as stored; wording,
typos ('Explosive ordinance', 'safety disarm', 'on-and off-base') and quotation marks (straight and curly as
stored) are as stored. Pages read but left out because they are already in a set above or in another helper's
worktree: nationalguard.mil 621802 (heldout76-en), shaw.af.mil 1297460 (heldout97-en), dvidshub.net 559698 and 243496
(heldout287-en), awg.army.mil 1809271 (heldout283-en), 1stmardiv.marines.mil 540334 (heldout127-en), jbsa.mil 599048
(its speaker Elias Zavala in heldout23-en), nationalguard.mil 573315 and 572966 (heldout33-en); left out for other
reasons: usar.army.mil 1858214 and 2ndmardiv.marines.mil 516003 (one complete quotation each before the cut),
doncio.navy.mil CHIPS article 6088 (its only quotation in the cut paragraph), dvidshub.net 302537 (one complete
quotation), army.mil 8027 (its closing marks lost in mojibake), army.mil 49388 (one complete quotation) and 226239 (not
needed, the set was complete); pages of newspapers, TV stations, magazines, blogs and mirror sites found by the same searches
(dailypress.com, usapatriotism.org, sofrep.com, stripes.com, theadvertiser.com, s-j.ca, marinewives.com,
globalsecurity.org, usmilitary.com, jacksonville.com, airandspaceforces.com, aerotechnews.com, northwestnavigator.com,
military-online.blogspot.com, terrorism-online.blogspot.com, delawareonline.com) were not used. None of the pages used
is in any set above or in another helper's worktree (checked by URL and article number (1286767, 217568, 3777263, 52510,
45874, 362807, 241845, 314881, 859247), by title and slug (visits historic wing, Active Airman's Council, A New Era of
Reserve Citizen, compete to be "Best Warrior", Pacific humanitarian, Precision, professionalism, pride, To honor with
dignity, have a blast at work, SC Navy Reserves), by the names of the writers and speakers and by phrases, such as
Goldfein, Heather Wilson, Austin Payne, Adrianna Colburn, Ashley J. Woolridge, Dakota's Club, Reginald Trujillo,
Desert Anvil, Florence Military Reservation, bare base location, Amy Sunseri, Angel Morales, Mark Barbary, Soldier of
the Quarter honors, Jessica Tozer, William Fletcher, Uma Ravishankar, nurture the ill, Kimberly Moore, Monita McCowan,
67 counties and parishes, Taylor Curry, Shane Little, Abraham Garduza, Tiffany Arrington, 21-Airmen honor guard, Dustin
Prowell, jammed 30mm, Energetic tools, Thomas T. Charlton, Stephen Jones, Jacob Johnson and NOSC Charleston, with grep
over tests/data of the main tree and of every other helper's worktree: no hit; the writers Damon Kasberg and Tyler J.
Bolken and the 807th medical command also occur in heldout268-en, heldout404-en and heldout312-en, with other
stories). The annotation (rules H2045–H2049 in `ANNOTATION.md` on top of the earlier rules) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="afcent-1286767-af-leadership-332nd-aew",
    source="http://www.afcent.af.mil/Units/332nd-Air-Expeditionary-Wing/News/Article/1286767/af-leadership-visits-historic-wing-glimpses-332nd-aew-future/",
    license=PD, retrieved=PAGES + " (Air Forces Central story 1286767 by the 332nd Air Expeditionary Wing Public Affairs on the visit of Secretary of the Air Force Heather Wilson and Gen. David L. Goldfein, Aug. 21, 2017; the '.mil website' notice lines, the '• Published' line and the byline lines '• By Senior Airman Damon Kasberg' and '• 332nd Air Expeditionary Wing Public Affairs' and the empty lines (some holding a single space) dropped; headline kept once; the paragraph '“You’re not only impacting the base, what you’re doing is supporting the entire mission,” Wilson said. “Thank you for taking this time away from your family. RED HORSE Airmen are always out front and they should be proud of their accom', cut in the stored copy, dropped with Wilson's quotations; curly marks and apostrophes as stored)",
    text='''AF leadership visits historic wing, glimpses 332nd AEW future
Secretary of the Air Force Heather Wilson and Air Force Chief of Staff Gen. David L. Goldfein visited the 332nd Air Expeditionary Wing, August 21, 2017.
This is Wilson’s first tour of the Air Force Central Command area of responsibility as Secretary of the Air Force. The visit provided an up-close look at the mission of the 332nd AEW and how it generates, executes, and sustains combat air and space power and combat search and rescue forces across the Levant.
“We have Airmen throughout the world accomplishing remarkable missions every day,” Goldfein said. “It’s important to take the time to meet these service members who put everything else on hold to combat the threats we face.”
During their brief time with the 332nd AEW, Wilson and Goldfein learned about its heritage and how the wing still carries the proud name of the Tuskegee Airmen as they bring the fight to ISIS throughout the region.
“I wasn’t aware of all the pieces of this wing,” Wilson said. “It was good to learn about where it’s been and the impact it makes now.”
Not only did they see the impact of current operations, they also got a glimpse at the wing’s future plans as it continues to grow and ultimately bring stability to the region.''',
    quotes=[
        Q('“We have Airmen throughout', 'missions every day,”', "David L. Goldfein"),
        Q('“It’s important to take the time', 'threats we face.”', "David L. Goldfein"),
        Q('“I wasn’t aware of all the pieces of this wing,”', None, "Heather Wilson"),
        Q('“It was good to learn', 'it makes now.”', "Heather Wilson"),
    ],
    aliases={
        "David L. Goldfein": ["David L. Goldfein", "Air Force Chief of Staff Gen. David L. Goldfein", "Goldfein"],
        "Heather Wilson": ["Heather Wilson", "Secretary of the Air Force Heather Wilson", "Wilson", "Secretary of the Air Force"],
    },
),
dict(
    id="ellsworth-217568-active-airmans-council",
    source="https://www.ellsworth.af.mil/News/Features/Display/Article/217568/active-airmans-council-gives-airmen-opportunity-to-take-charge/",
    license=PD, retrieved=PAGES + " (Ellsworth Air Force Base feature 217568 by the 28th Bomb Wing Public Affairs on the base's Active Airman's Council; the '• Published' line and the byline lines '• By Airman Ashley J. Woolridge' and '• 28th Bomb Wing Public Affairs' and the empty lines dropped; headline kept once; the paragraph 'Volunteering is an important component of military service, and the AAC helps to ensure ... Airmen can not only make a difference in the lives of others but they', cut in the stored copy, dropped; straight marks as stored)",
    text='''Active Airman's Council gives Airmen opportunity to take charge
Understanding the vital role played by those in the junior airman tier - airmen basic through senior airmen - the base's Active Airman's Council provides them opportunities to have their voices heard and help shape the Air Force.
The AAC ensures that the approximately 1,541 Ellsworth Airmen that fall into the junior Airmen category have the ability to develop their leadership skills and participate in a professional organization geared toward their specific needs.
"The AAC is here to increase quality of life, provide volunteer opportunities and help Airmen with their professional development," said Airman 1st Class Austin Payne, 28th Force Support Squadron fitness specialist, and AAC vice president. "We are the voice for junior Airmen."
Payne is part of the AAC executive committee, which facilitates meetings the second Friday of every month at the Dakota's Club to discuss ideas and plans for fundraisers and other activities, and also coordinates any events sponsored by the council.
"The meetings are pretty much an open forum," Payne said. "Airmen generate the ideas, and we take it from there. We're there to listen, not to influence anyone's decision."
Airman 1st Class Adrianna Colburn, 432nd Attack Squadron aviation resource management technician, said being on the council gives Airmen an opportunity to be proactive about things that affect their work and lives.
"Airmen should get involved because it allows them to participate in a professional group that can influence decisions that are important to them," Colburn said.''',
    quotes=[
        Q('"The AAC is here to increase', 'professional development,"', "Austin Payne"),
        Q('"We are the voice for junior Airmen."', None, "Austin Payne"),
        Q('"The meetings are pretty much an open forum,"', None, "Austin Payne"),
        Q('"Airmen generate the ideas', "anyone's decision.\"", "Austin Payne"),
        Q('"Airmen should get involved', 'important to them,"', "Adrianna Colburn"),
    ],
    aliases={
        "Austin Payne": ["Austin Payne", "Airman 1st Class Austin Payne", "Payne", "28th Force Support Squadron fitness specialist", "AAC vice president"],
        "Adrianna Colburn": ["Adrianna Colburn", "Airman 1st Class Adrianna Colburn", "Colburn", "432nd Attack Squadron aviation resource management technician"],
    },
),
dict(
    id="dobbins-3777263-desert-anvil-944th-fw",
    source="https://www.dobbins.afrc.af.mil/News/Article-Display/Article/3777263/ready-now-a-new-era-of-reserve-citizen-airmen-training/",
    license=PD, retrieved=PAGES + " (944th Fighter Wing story 3777263 on the Dobbins Air Reserve Base site on Field Training Exercise Desert Anvil at Florence Military Reservation, Ariz., April 5-6, 2024; the '• Published' line and the byline lines '• By Tech. Sgt. Tyler J. Bolken' and '• 944th Fighter Wing' and the empty lines dropped; headline kept once; the paragraph 'Planning for this initiative began in January of this year and signifies a strategi', cut in the stored copy, dropped; curly marks and apostrophes as stored)",
    text='''Ready Now: A New Era of Reserve Citizen Airmen Training
In the sprawling expanse of military training, where preparation meets purpose, a new era of readiness is being written. Reserve Citizen Airmen, traditionally seen hovering over computer-based training, are now gearing up, rifles in hand, en route to an unfamiliar, remote location. Their mission: to transcend the boundaries of their usual roles and embrace the unpredictability of combat through a rigorous training regimen designed to mirror the complexities of modern warfare.
This iteration of training for more than 75 Reserve Citizen Airmen of the 944th Fighter Wing, along with 10 Airmen from the 56th Fighter Wing, was Field Training Exercise Desert Anvil, the first of its kind conducted by the 944th Mission Support Group and the 944th Aeromedical Staging Squadron at Florence Military Reservation in Florence, Ariz., Apr. 5-6, 2024.
The intent of this training was not a matter of choice but a necessity, driven by the evolving landscape of global threats and the realization that the battlefield does not discriminate by job specialty.
“I tasked my planning team to build a field training exercise where our agile combat support and our medical Airmen formed into a Combat Service Support Team or CSST to deploy to a bare base location,” explained Col. Reginald Trujillo Jr., 944th MSG Commander, and a native of Albuquerque, N.M. “Once there, they were to secure and defend the site as we prepped to support and enable a follow-on mission from four A-10s and 120 maintenance personnel.”
The Airmen deployed armed and ready to engage armed opposing forces as a key scenario of the training.
“The first time you hear a weapon go off in your direction shouldn’t be in the real world,” said Trujillo. “We want our Airmen to get those reps in now.”''',
    quotes=[
        Q('“I tasked my planning team', 'bare base location,”', "Reginald Trujillo Jr."),
        Q('“Once there, they were to secure', 'maintenance personnel.”', "Reginald Trujillo Jr."),
        Q('“The first time you hear a weapon', 'in the real world,”', "Reginald Trujillo Jr."),
        Q('“We want our Airmen to get those reps in now.”', None, "Reginald Trujillo Jr."),
    ],
    aliases={
        "Reginald Trujillo Jr.": ["Reginald Trujillo Jr.", "Col. Reginald Trujillo Jr.", "Trujillo", "944th MSG Commander"],
    },
),
dict(
    id="army-52510-fort-huachuca-best-warrior",
    source="http://www.army.mil/article/52510/Soldiers__NCOs_compete_to_be__quot_Best_Warrior_quot_/",
    license=PD, retrieved=PAGES + " (army.mil story 52510 of Fort Huachuca, Ariz., Feb. 25, 2011, on the installation's Soldier and NCO of the Year competition; headline kept once; the byline-and-date line 'By Amy SunseriFebruary 25, 2011' and the four photo captions ('Title', '1 / 4 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL', the caption of Staff Sgt. Jeremy Morris at the land navigation event, etc.) dropped; the dateline 'FORT HUACHUCA, Ariz. -- ' kept as stored; the paragraph 'They compete in events such as a physical fitness test, ... 12-mile road march, M16A2 zero', cut in the stored copy, dropped; straight marks and the doubled 'added' as stored)",
    text='''Soldiers, NCOs compete to be "Best Warrior"
FORT HUACHUCA, Ariz. -- Eleven Soldiers and non-commissioned officers recently competed for the title, "Best Warrior." U.S. Army Garrison, Fort Huachuca hosted the Soldier and NCO of the Year Competition Feb. 13-16, in order to select the "Best Warrior" to serve as the Installation's NCO and Soldier of the Year.
The competition was open to those on Fort Huachuca ranked E1-E7 (private through sergeant first class). All Army active duty, National Guard and Reserve-component Soldiers were eligible to compete. Most of the Soldiers and NCOs competing were selected for the contest by their chain of command.
"They're the top Soldiers from their units," said Master Sgt. Angel Morales, Headquarters and Headquarters Company, USAG. Most of the Soldiers and NCOs who competed won Soldier of the Month, and/or Soldier of the Quarter honors since the last board was held.
"They already achieved that distinction and are recognized in their units," added Command Sgt. Maj. Mark Barbary, USAG command sergeant major added. The overall buildup of the competition determines the "Best Warrior."
The Soldiers and NCOs are put to the test on physical, endurance and psychological tasks.''',
    quotes=[
        Q('"Best Warrior"', None, None, 0),
        Q('"Best Warrior."', None, None, 0),
        Q('"Best Warrior"', None, None, 1),
        Q('"They\'re the top Soldiers from their units,"', None, "Angel Morales"),
        Q('"They already achieved', 'in their units,"', "Mark Barbary"),
        Q('"Best Warrior."', None, None, 1),
    ],
    aliases={
        "Angel Morales": ["Angel Morales", "Master Sgt. Angel Morales"],
        "Mark Barbary": ["Mark Barbary", "Command Sgt. Maj. Mark Barbary", "USAG command sergeant major"],
    },
),
dict(
    id="army-45874-807th-mdsc-pacific-partnership",
    source="https://www.army.mil/-news/2010/09/29/45874-army-teams-with-navy-for-pacific-humanitarian-ops/",
    license=PD, retrieved=PAGES + " (army.mil story 45874 of the Army News Service, Sept. 29, 2010, on Army Reserve Soldiers of the 807th Medical Detachment Support Command returning from the USNS Mercy's Pacific Partnership mission; headline kept once; the byline-and-date line 'By Jessica TozerSeptember 29, 2010' and the three photo captions ('1 / 3 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL', 'Floating hospital', etc.) dropped; the dateline 'WASHINGTON (Army News Service, Sept. 29, 2010) -- ' kept as stored; the paragraph 'The trip to Vietnam came at a sensitive time ... a negative perception of the U.S. military. Ravishankar sai', cut in the stored copy, dropped; straight marks as stored)",
    text='''Army teams with Navy for Pacific humanitarian ops
WASHINGTON (Army News Service, Sept. 29, 2010) -- Reserve Soldiers have disembarked from the USNS Mercy after volunteering their skills in support of joint operations with the Navy to conduct disaster relief, civic assistance endeavors and other humanitarian missions.
The 807th Medical Detachment Support Command spent three months touring parts of Singapore, Vietnam and Cambodia on a mission to bring medicine, dental services, eye exams and glasses and even veterinary care for domestic and farm animals.
This was the first time the medical command had participated in Pacific Partnership missions. It was a unique opportunity for Soldiers to see the world through the eyes of a Sailor and get a taste of life at sea.
"The Navy has been very receptive to our Soldiers, quickly integrating our Soldiers into their sections and assuming responsibility for them," said Master Sgt. William Fletcher, a plans and operations Soldier for the 807th MDSC. "This mission has allowed the soldiers to execute their military occupational specialty in real world missions."
For Soldiers like 1st Lt. Uma Ravishankar, who serves as a nurse, this is a unique mission that she feels honored to be a part of.
"I like being able to nurture the ill, make them feel good, and improve their quality of life," she said, adding that this mission has helped her appreciate the things that she has.''',
    quotes=[
        Q('"The Navy has been very receptive', 'responsibility for them,"', "William Fletcher"),
        Q('"This mission has allowed', 'real world missions."', "William Fletcher"),
        Q('"I like being able to nurture', 'quality of life,"', "Uma Ravishankar"),
    ],
    aliases={
        "William Fletcher": ["William Fletcher", "Master Sgt. William Fletcher", "a plans and operations Soldier for the 807th MDSC"],
        "Uma Ravishankar": ["Uma Ravishankar", "1st Lt. Uma Ravishankar"],
    },
),
dict(
    id="keesler-362807-honor-guard-military-honors",
    source="https://www.keesler.af.mil/About-Us/News/Article-Display/Article/362807/precision-professionalism-pride-rendering-military-honors-is-honor-guards-duty",
    license=PD, retrieved=PAGES + " (Keesler Air Force Base feature 362807 by the 81st Training Wing Public Affairs on the Keesler Honor Guard; the '• Published' line and the byline lines '• By Senior Airman Kimberly Moore' and '• 81st Training Wing Public Affairs' and the empty lines dropped; the space stored at the end of every paragraph removed; headline kept once; the paragraph '\"Historically, we perform more than 700 functions annually,\" Sergeant Mc Cowan sai', cut in the stored copy, dropped with McCowan's quotation; straight marks in the body, curly apostrophe in the headline as stored)",
    text='''Precision, professionalism, pride: Rendering military honors is honor guard’s duty
Many military functions begin with the presentation of the colors but who are the men and women donning no name carrying out flags, rifles and traditions? They are members of Keesler's Honor Guard.
"The Keesler Air Force Base Honor Guard is an elite team comprised of members from the 81st Training Wing and tenant units," said Master Sgt. Monita McCowan, noncommissioned officer in charge.
"Our mission is to represent the nation, the Air Force, Keesler Air Force Base, and the local community when rendering Military Funeral Honors at funerals of active duty, retired and veteran members of the Armed Forces who served this nation honorably."
As stated on the Air Force Honor Guard Web site, "Military funeral ceremonies are based on customs and traditions that developed through the years. Some elements of the funeral ceremony are based on old expedients used long ago on the battlefield. The ceremony demonstrates our nation's recognition of the debt it owes the services and sacrifices of members of the armed forces."
"Though military funeral honors are our first priority," Sergeant McCowan explained, "we also receive special requests for both on-and off-base functions. These functions include visits from various dignitaries, changes of command, retirements and community events such as parades."
Each base has an off-base area of responsibility that it covers.
"Keesler's area of responsibility extends north to the Jackson, Miss., city limits, east to the Alabama state border, and west to the Texas state border. This area encompasses 67 counties and parishes and more than 69,000 square miles," Sergeant McCowan explained.
Honors are paid throughout this AOR, so these functions can add up quickly.''',
    quotes=[
        Q('"The Keesler Air Force Base Honor Guard is an elite team', 'tenant units,"', "Monita McCowan"),
        Q('"Our mission is to represent', 'this nation honorably."', "Monita McCowan"),
        Q('"Military funeral ceremonies', 'of the armed forces."', "Air Force Honor Guard"),
        Q('"Though military funeral honors are our first priority,"', None, "Monita McCowan"),
        Q('"we also receive special requests', 'such as parades."', "Monita McCowan"),
        Q('"Keesler\'s area of responsibility', '69,000 square miles,"', "Monita McCowan"),
    ],
    aliases={
        "Monita McCowan": ["Monita McCowan", "Master Sgt. Monita McCowan", "Sergeant McCowan", "noncommissioned officer in charge"],
        "Air Force Honor Guard": ["Air Force Honor Guard", "Air Force Honor Guard Web site"],
    },
),
dict(
    id="fairchild-241845-honor-guard-honor-with-dignity",
    source="https://www.fairchild.af.mil/News/Features/Display/Article/241845/honor-guard-to-honor-with-dignity/",
    license=PD, retrieved=PAGES + " (Fairchild Air Force Base feature 241845 by the 92nd Air Refueling Wing Public Affairs on the base honor guard; the '• Published' line and the byline lines '• By Senior Airman Taylor Curry' and '• 92nd Air Refueling Wing Public Affairs' and the empty lines dropped; headline kept once; the last stored paragraph, a lone opening mark '\"' where the copy is cut, dropped; straight marks as stored)",
    text='''Honor Guard: To honor with dignity
Throughout Air Force history, Air Force ceremonial guardsmen have honored the lives of military veterans with these words to their next-of-kin:
"On behalf of the President of the United States, the Department of the Air Force, and a grateful nation, we offer our nation's flag for the faithful and honorable service of your loved one."
Fairchild's 21-Airmen honor guard is called to support more than 300 funerals a year and 150 other ceremonies across Eastern Washington, Northern Idaho and Northwestern Oregon.
"One of the first ceremonies I performed was a funeral," said Senior Airman Shane Little, honor guard member. "I remember feeling nervous at first but in the end it was a humbling experience that gave me a greater outlook on life and a bigger appreciation for those who served in the military."
Prior to becoming a ceremonial guardsman, Airmen must go through an intense 12-day training program before they become an official member. They are taught every movement and command needed for ceremonies. The flight spends the next 4 months honoring veterans and performing at ceremonies and they perfect their technique by practicing the remainder of each duty day. At the end of their rotation they train Fairchild's next honor guard flight.
"Going through the training course made me pay a lot more attention to detail," said Airman 1st Class Abraham Garduza, honor guard member. "I pushed myself to learn everything I could in the amount of time I had because the instructors weren't going to be here to help us forever."
At the new flight's graduation, a mock funeral for an active-duty member is performed. After the demonstration, they are presented with the honor guard ceremonial badge, or a "cookie." This signifies they are an official member of the base honor guard, said Staff Sgt. Tiffany Arrington, Fairchild honor guard NCO-in charge.''',
    quotes=[
        Q('"On behalf of the President', 'your loved one."', None),
        Q('"One of the first ceremonies I performed was a funeral,"', None, "Shane Little"),
        Q('"I remember feeling nervous', 'in the military."', "Shane Little"),
        Q('"Going through the training course', 'attention to detail,"', "Abraham Garduza"),
        Q('"I pushed myself', 'help us forever."', "Abraham Garduza"),
        Q('"cookie."', None, None),
    ],
    aliases={
        "Shane Little": ["Shane Little", "Senior Airman Shane Little"],
        "Abraham Garduza": ["Abraham Garduza", "Airman 1st Class Abraham Garduza"],
    },
),
dict(
    id="dm-314881-eod-airmen-blast-at-work",
    source="http://www.dm.af.mil/News/Features/Display/tabid/6201/Article/314881/eod-airmen-have-a-blast-at-work.aspx",
    license=PD, retrieved=PAGES + " (Davis-Monthan Air Force Base feature 314881 on the 355th Civil Engineer Squadron's explosive ordnance disposal flight and its monthly explosives training of Aug. 29; the stored copy has no byline lines; headline kept once; the dateline 'DAVIS-MONTHAN AIR FORCE BASE, Ariz. -- ' kept as stored; the paragraph '\"The toughest part is the unknown of what you're goi', cut in the stored copy, dropped with its quotation; straight marks as stored, also the quotation that the copy leaves open before the next opening mark ('classroom training \"We do this'); 'Explosive ordinance', 'safety disarm' and 'come across and improvised' as stored)",
    text='''EOD Airmen have a blast at work
DAVIS-MONTHAN AIR FORCE BASE, Ariz. -- The 355th Civil Engineer Squadron explosive ordnance disposal conducted monthly explosives training on D-M Aug. 29.
The EOD Airmen conducted this exercise for both overseas operations and for when hazardous material on base needs to be destroyed.
"We were destroying jammed 30mm projectiles from an aircraft," said Master Sgt. Dustin Prowell, 355th CES EOD flight chief. "There was a gun malfunction and because the ammunition was damaged, we had to dispose of the rounds with C-4 plastic explosive."
If not out on the range training with explosive, the EOD Airmen spend most of their time in the classroom.
"Mondays we catch up on whatever needs to be done and look at what the week has for us," Prowell said. "Tuesday we start with a morning meeting and then move on to classroom training "We do this on Thursday as well. On average we conduct 30 classes a month. Wednesdays are practical training days consisting of going out to aircraft and rendering them safe and learning what to do when you come across and improvised explosive device. Fridays are wrapping up whatever needs to be done."
Most Airmen in the shop are either on a temporary deployment or deployed, but the shop is required to keep six people on base in case of any type of emergency. They have a total of 14 people in their office: 13 male Airmen and one female Airman.
Anytime there is a bomb threat on base, their standard procedure is to use a robot or energetic tools to disarm or get rid of the explosive. Energetic tools are water jets used to safely disarm explosives.
"Energetic tools that propel water with a shotgun shell," Prowell said. "It's what we use regularly to disrupt an explosive. By pinpointing strategic place on the bomb, we can use the water pressure to safety disarm it."
Explosive ordinance disposal Airmen have many different challenges to face when deployed overseas.''',
    quotes=[
        Q('"We were destroying jammed 30mm', 'from an aircraft,"', "Dustin Prowell"),
        Q('"There was a gun malfunction', 'plastic explosive."', "Dustin Prowell"),
        Q('"Mondays we catch up', 'the week has for us,"', "Dustin Prowell"),
        Q('"Tuesday we start with a morning meeting', 'classroom training', "Dustin Prowell"),
        Q('"We do this on Thursday', 'needs to be done."', "Dustin Prowell"),
        Q('"Energetic tools that propel water with a shotgun shell,"', None, "Dustin Prowell"),
        Q('"It\'s what we use regularly', 'safety disarm it."', "Dustin Prowell"),
    ],
    aliases={
        "Dustin Prowell": ["Dustin Prowell", "Master Sgt. Dustin Prowell", "Prowell", "355th CES EOD flight chief"],
    },
    unclosed=('"Tuesday we start with a morning meeting and then move on to classroom training',),
),
dict(
    id="jbcharleston-859247-navy-reserves-nosc",
    source="https://www.jbcharleston.jb.mil/News/Article/859247/sc-navy-reserves-centered-at-jb-charleston/",
    license=PD, retrieved=PAGES + " (Joint Base Charleston story 859247 by the 628th Air Base Wing Public Affairs on Navy Operational Support Center Charleston and the Navy Reserve's centennial, Dec. 4, 2015; the site line 'News Search', the date line 'NEWS | Dec. 4, 2015', the byline 'By Airman 1st Class Thomas T. Charlton 628th Air Base Wing/Public Affairs' and the empty lines dropped; headline kept once; the paragraph 'The NOSC's 14 member staff handles the reservist's travel vouchers, ... When reservists are preparin', cut in the stored copy, dropped; straight marks, the double space inside Jones's quotation and the comma before Johnson's second quotation as stored)",
    text='''SC Navy Reserves centered at JB Charleston
The Navy Reserves has been around for 100 years. Starting on March 3, 1915, they have been an important asset to the United States military since. The Reserve Officer Training program was established in 1926 which is a college-based program for training graduates to become commissioned officers in the United States armed forces. Locally, the Navy Operational Support Center ensures all 330 of Joint Base Charleston's Navy Reservists are mission ready.
Commander Stephen Jones, NOSC Charleston's commanding officer, said, "The NOSC is the administrative service center for Navy Reserve Sailors.  They are solely responsible for keeping the assigned Sailors mobilization ready so they can support mission requirements around the world in a moment's notice."
Having only 13 active duty sailors and only one civilian staff member, it makes taking care of all 330 Sailors a bit challenging, but it isn't anything they can't handle.
"The staff consists of full time support employees and active duty Sailors that drive the day to day administration tasks for the Navy Reservists who are attached to the NOSC," said HM2 Jacob Johnson, NOSC Charleston training department representative, "All the Sailors assigned to NOSC Charleston support an active duty command within the fleet. Each Sailor is directly assigned to a specific ship or command. For example, a hospital corpsman who drills at NOSC Charleston is attached to the reserve unit at NOSC Charleston. However, the reserve unit is actually attached to Naval Hospital Jacksonville, FL. This is also where they will complete their required two weeks of training a year and usually will deploy in support of said unit."''',
    quotes=[
        Q('"The NOSC is the administrative service center', "in a moment's notice.\"", "Stephen Jones"),
        Q('"The staff consists of full time support', 'attached to the NOSC,"', "Jacob Johnson"),
        Q('"All the Sailors assigned', 'of said unit."', "Jacob Johnson"),
    ],
    aliases={
        "Stephen Jones": ["Stephen Jones", "Commander Stephen Jones", "NOSC Charleston's commanding officer"],
        "Jacob Johnson": ["Jacob Johnson", "HM2 Jacob Johnson", "NOSC Charleston training department representative"],
    },
),
]
