# Held-out English news texts (tests/data/heldout639-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Air Force, NORAD and U.S. Northern Command, the Army Corps of Engineers, the VA, the Marine Corps and the Coast
# Guard (DVIDS): an army.mil story on 1st Armored Division Soldiers returning from Iraq to Wiesbaden (army.mil 48630,
# Nov. 2010), a Creech Air Force Base story on military working dog handlers (the military-online.blogspot.com repost,
# Aug. 2014), a NORAD and USNORTHCOM story on the Care and Share Harvest of Love Food Drive (norad.mil 578110), an
# army.mil story of the Corps of Engineers Buffalo District on its employees' deployments (army.mil 215915), a VA news
# release on the National Salute to Veteran Patients week (news.va.gov 113232, 2022), two Marine Corps stories on
# Special Olympics events (Quantico, quantico.marines.mil 518028, 2013; Wayne County, N.C., 2ndmardiv.marines.mil
# 515136, 2007) and a DVIDS story on the Thanksgiving meal at Coast Guard Station Annapolis (dvidshub.net 183097).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters:
# only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted
# in `retrieved`). Site lines (the blog copy's byline lines, the Marine page's date-and-byline line, the DVIDS login,
# logo, photo title and caption lines), the empty lines between paragraphs and the four-space indentation of the DVIDS
# lines are dropped, and the hard line wraps of the blog copy are joined with a space; a headline is kept once as the
# first line where the stored copy has one (none is added where it has none); datelines are kept as stored; wording,
# typos, double spaces, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H2350-H2354 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout639-en.jsonl

Built by `build.py` from `heldout639_pages.py`. Like heldout623-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): an army.mil story, 'Wait is over: First wave of 1st
Armored Division Soldiers return home to Wiesbaden from Iraq' (army.mil 48630, by its address; Nov. 24, 2010 by its
text; no headline, writer or date line in the stored copy); an Air Force story by Airman 1st Class Christian Clausen,
432nd Wing/432nd Air Expeditionary Wing, on military working dog handlers at Creech Air Force Base, dated 8/1/2014, in
the verbatim repost of the blog military-online.blogspot.com (slug 'let-me-tell-you-bout-my-best-friend'; licence
constant PDC, as the military-online copies of heldout487-en and heldout509-en); a NORAD and U.S. Northern Command
story on the Care and Share Harvest of Love Food Drive in Colorado Springs (norad.mil 578110, slug
'norad-usnorthcom-brings-food-drive-home'; no headline, writer or year in the stored copy); an army.mil story of the
U.S. Army Corps of Engineers Buffalo District on its employees' deployments (army.mil 215915, slug
'us_army_corps_of_engineers_buffalo_district_employees_deploy_around_the_world'; no headline, writer or date in the
stored copy; deployments of October 2018); a VA news release on the National Salute to Veteran Patients week, Feb.
13-19 (news.va.gov/?p=113232; 2022 by its text; no headline in the stored copy); a Marine Corps Base Quantico story on
the base's Special Olympics track meet of Sept. 7, 2013 (quantico.marines.mil 518028, slug
'more-than-65-medals-awarded-at-track-meet'; no headline or writer in the stored copy); a 2nd Marine Division story by
Lance Cpl. Bryce C.K. Muhlenberg, '2nd AABn helps at Wayne County Special Olympics' (2ndmardiv.marines.mil 515136, 19
Apr 2007); and a DVIDS story, 'Thanksgiving with Coast Guard Station Annapolis' (dvidshub.net 183097; no writer, date
or year in the stored copy). Reuse terms relied on: US government works are not subject to copyright in the US (17
U.S.C. § 105); the .mil, DVIDS and news.va.gov pages are the services', commands' and department's own stories and
releases, and the blog page reproduces an Air Force story under its writer's byline, marked as a copy on a
non-government site. Licence caveats: the Wiesbaden, NORAD, Buffalo District, VA, Quantico and Coast Guard texts name no
writer in the stored copy and are taken as the publishing command's, district's or department's own work by their
sites (the DVIDS page's photo credit 'Photo By Petty Officer 2nd Class Jasmine Mieszala' stands in a dropped caption
line); the blog copy may differ from the Air Force original in details the stored copy cannot show, and it breaks off
before any closing credit (none in the kept text); the stories quote private people inside the public-domain texts (a
soldier's wife, a food bank's communications director, a VA volunteer, a Special Olympics coordinator, an unnamed
woman) and the Secretary of Veterans Affairs. None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also
where it holds a complete quotation, noted per page: the Wiesbaden story's 'The S'; the blog copy's 'Every minute of a
handler's day is spoken for, starting around'; the NORAD story's '“One of the really great things about (service
members) involvement ... or a large amoun'; the Buffalo District story's '"My most notable memory from deploying was
while assessing a female Veteran's roof for damage," he said. "The Veteran had taken her mom in after the storm,'; the
VA release's 'To learn more about volunteer opportunities or to j'; the Quantico story's 'As Breanna finished event';
the Wayne County story's 'Marines like Donehoo assisted ... and cheering them on as t'; the Coast Guard story's 'Though
there is already plenty of food to go around, t'. The site lines (the blog copy's byline lines 'by Airman 1st Class
Christian Clausen' and '432nd Wing/432nd Air Expeditionary Wing'; the Marine page's line '19 Apr 2007 | Lance Cpl. Bryce
C.K. Muhlenberg'; the DVIDS lines 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est.
February 15th', '(e.g. yourname@email.com)', 'Forgot Password?' and 'Defense Visual Information Distribution Service
Logo', its photo title 'FS2 John Abell carves a ham' and its caption line 'Photo By ... read more read more'), the empty
lines between paragraphs and the four-space indentation of the DVIDS lines were dropped, and the blog copy's hard line
wraps inside paragraphs were joined with a space (H214, H1035); headlines are kept as the first line where the stored
copy has one (the Wayne County and Coast Guard stories; the others have none and get none, H1818), the Buffalo District
story's name line 'Brennon Claus:' is kept as a line, datelines are kept as stored (the blog copy's '8/1/2014 - CREECH
AIR FORCE BASE, Nev. -- For a Military ...' with its date); wording and typos ('iand', 'has been paired', 'Breanna' and
'Brianna', 'special Olympics athlete', 'the kid’s', 'said McClure' for McClung, the question mark of 'are they already
here'' stored as an apostrophe), double spaces between sentences, dashes, bracketed insertions and quotation marks
(straight or curly as stored) are as stored. Pages read but left out: stories already in earlier sets (the Habitat for
Humanity stories of Davis-Monthan, Seymour Johnson, Ellsworth, Eielson and Tyndall, heldout346-en; the Harbordale
Elementary visit of USS Dallas, heldout51-en; the Minnesota Guard Red River story, the nationalguard.mil copy of the
Army News Service story in heldout532-en; the Davis-Monthan and Wright-Patterson dog handler stories, heldout276-en; the
Lincoln science fair and George Washington field day stories, heldout234-en; the Reagan COMREL story, heldout50-en; the
924th Fighter Group food bank story, heldout539-en; the Great Lakes ice rescue training story, heldout545-en; the JBSA
Best Warrior story, heldout23-en; the USS Memphis homecoming, heldout56-en; the Bismarck-Mandan and Louisiana flood
stories, heldout105-en; the Guard flood story of June 2010, heldout68-en), pages whose stored part keeps fewer than two
complete quotations or only one speaker's words before the cut (a Fargo sandbagging story, two Corps of Engineers
park-ranger stories, a Cal Guard space operators' food bank story, Best Warrior stories on army.mil and DVIDS, a Kadena
Special Olympics jog-a-thon story whose second speaker's paragraph is cut, a VA centenarian story and its copy on a
press-release wire), copies on private sites where a fuller copy or a government page was at hand (the aerotechnews.com
copy of the Creech story, which stops before its third speaker; an armed-force.com copy of a Blue Roof story; a forum
copy of a Marine Corps News Special Olympics story), several government stories with two or three quotations each left
for later sets, and pages of newspapers, broadcasters and blogs found by the same searches. None of the pages used is in
any set above or in another helper's worktree (checked by URL and page id (48630, let-me-tell-you-bout, 578110, 215915,
113232, 518028, 515136, 183097), by title and slug and by the names of their speakers and phrases, such as Wiesbaden
Fitness Center, Chris Webb, he knows daddy, Joseph Nault, Rosanne Caballero, Christopher Michaud, Harvest of Love, Jose
Hernandez, Mark Bronson, Heather Martin, Brennon Claus, Buffalo District, John Schuler, Compassionate Contact Corps,
Monique O'Neil, Patrick McClung, Amanda Rivera, Walderman, Donehoo, Wieduwilt and Scabis, with grep over tests/data of
the main tree and of every other helper's worktree (heldout633-640): no hit). The annotation (rules H2350–H2354 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-h639-2010-11-24-wiesbaden-1st-ad-soldiers-return",
    source="https://www.army.mil/article/48630/Wait_is_over__First_wave_of_1st_Armored_Division_Soldiers_return_home_to_Wiesbaden_from_Iraq/",
    license=PD, retrieved=PAGES + " (army.mil story on the first 100 or so 1st Armored Division Soldiers returning from Iraq to the Wiesbaden Fitness Center on Nov. 24 (2010 by its text: they had left in late December 2009); no headline, byline or date line in the stored copy, which opens with the dateline, and none added (H1818); the last paragraph, 'The S', cut in the stored copy, dropped; an unnamed woman's question whose question mark is stored as an apostrophe before the closing mark, words she `was told` by nobody named, and a soldier's wife known by her first name only, with a cue-less quotation after `Joanna smiled at him.` (H2351); straight marks and the hyphen in 'Christopher - I could' as stored)",
    text='''WIESBADEN, Germany - At 6 p.m. families walking into the Wiesbaden Fitness Center Nov. 24 got a fright. A large tour bus sat outside the gym on Wiesbaden Army Airfield.
"Oh my, are they already here'" asked one concerned woman, as she quickly shuffled her two children into the gym.
"That's the bus for the U.S. Army Europe Band," she was told after rushing in.
The family soon blended with countless other families and friends of the 100 or so 1st Armored Division Soldiers returning from Iraq; families who busied themselves feasting on snacks and drinks provided by the USO. Still others visited with each other while their children ran back and forth across the gym floor playing games. Homemade signs lined the perimeter of the gym.
Forty minutes later a voice boomed in the gym announcing that the bus carrying their Soldiers was 30 minutes out; Soldiers who had left the comforts of their home in Wiesbaden Army Airfield in late December 2009.
One of those was Capt. Chris Webb. When he left his wife, Joanna, and son, Christopher, the boy was 8 months old. Now, little Christopher stood in the bleachers next to his mother and played with various items she laid in front of him.
"He knows daddy on the webcam and he often looks at the pictures, so he knows daddy," Joanna said. "But he doesn't understand what's going on today."
Christopher picked up his mom's cell phone, pushed some buttons and held the phone up to his ear. Joanna smiled at him. "He talks to daddy, too."
Joanna said there was a big difference between Chris' first deployment and this second one.
"We didn't have Christopher back then and I stayed busy working and getting involved in things. I was so preoccupied with my life, I didn't think about it much," Joanna said. "This time was tougher because I stayed at home with Christopher - I could have used an extra set of eyes. So when I found out he was coming home early, I was shocked. I'm just so thankful that he's going to be home for the holidays."''',
    quotes=[
        Q('"Oh my, are they already here\'"', None, None),
        Q('"That\'s the bus for the U.S. Army Europe Band,"', None, None),
        Q('"He knows daddy on the webcam', 'he knows daddy,"', "Joanna"),
        Q('"But he doesn\'t understand', 'going on today."', "Joanna"),
        Q('"He talks to daddy, too."', None, "Joanna"),
        Q('"We didn\'t have Christopher back then', 'about it much,"', "Joanna"),
        Q('"This time was tougher', 'home for the holidays."', "Joanna"),
    ],
    aliases={"Joanna": ["Joanna"]},
),
dict(
    id="af-creech-h639-2014-08-01-dog-handler-bond",
    source="https://military-online.blogspot.com/2014/08/let-me-tell-you-bout-my-best-friend.html?m=1",
    license=PDC, retrieved=PAGES + " (Air Force story by Airman 1st Class Christian Clausen, 432nd Wing/432nd Air Expeditionary Wing, on the bond between military working dog handlers of the 799th Security Forces Squadron and their dogs at Creech Air Force Base, Nev., dated 8/1/2014, reposted on the blog military-online.blogspot.com; the byline lines 'by Airman 1st Class Christian Clausen' and '432nd Wing/432nd Air Expeditionary Wing' dropped; the stored copy has no headline line (slug 'let-me-tell-you-bout-my-best-friend') and gets none (H1818); the date and dateline '8/1/2014 - CREECH AIR FORCE BASE, Nev. -- ' kept as stored; the hard line wraps inside paragraphs joined with a space (H214, H1035); the last paragraph, 'Every minute of a handler's day is spoken for, starting around', cut in the stored copy, dropped; a cue of name and role without a verb and bracketed insertions inside the quotations (H2352); 'iand', 'has been paired' and straight marks as stored)",
    text='''8/1/2014 - CREECH AIR FORCE BASE, Nev. -- For a Military Working Dog handler it may take weeks or even months to build a bond with their dog, but once they do that bond will last forever. This is a bond that will survive through the good and bad times, as well as the challenges and struggles of life. To build this bond it takes pure dedication, a desire and passion to do the job, and a lot of time spent with the K-9.
That bond begins to build after dog and handler has been paired together, iand it never stops growing. While each handler achieves the bond differently and each dog responds differently, the first steps to building that relationship are accomplished through simple activities such as grooming, playing, petting, taking walks, feeding, talking to, and training the dog.
"My old kennel master basically told me to grab a ruck and don't come back," said Staff Sgt. Joseph Nault, 799th Security Forces Squadron MWD trainer. "[Dak and I] rucked the whole base. After that it was a bond forever because I started pulling him around instead of him pulling me."
For some teams it takes a lot longer to build that relationship.
"It took three to six months to develop the type of bond I wanted with Kiara," Staff Sgt. Rosanne Caballero, 799th SFS MWD trainer. "I spent a lot of time with her, got to know her, and she was with me everywhere I went while on duty."
Even when the bond has been established, it never stops growing and only gets stronger over time. The handlers spend all but one hour a day with their partner and each day is something new. There is always more training and learning to be done no matter what skill level a pair is at.
"You can never stop learning, K-9 [as a job] is ongoing," said Staff Sgt. Christopher Michaud, 799th SFS MWD kennel master. "It's constantly evolving and has come a long way [since the beginning]."''',
    quotes=[
        Q('"My old kennel master', 'don\'t come back,"', "Joseph Nault"),
        Q('"[Dak and I] rucked', 'him pulling me."', "Joseph Nault"),
        Q('"It took three to six months', 'with Kiara,"', "Rosanne Caballero"),
        Q('"I spent a lot of time with her', 'while on duty."', "Rosanne Caballero"),
        Q('"You can never stop learning', 'is ongoing,"', "Christopher Michaud"),
        Q('"It\'s constantly evolving', '[since the beginning]."', "Christopher Michaud"),
    ],
    aliases={"Joseph Nault": ["Joseph Nault", "Staff Sgt. Joseph Nault", "799th Security Forces Squadron MWD trainer"],
             "Rosanne Caballero": ["Rosanne Caballero", "Staff Sgt. Rosanne Caballero", "799th SFS MWD trainer"],
             "Christopher Michaud": ["Christopher Michaud", "Staff Sgt. Christopher Michaud", "799th SFS MWD kennel master"]},
),
dict(
    id="norad-h639-care-and-share-food-drive",
    source="https://www.norad.mil/Newsroom/Article/578110/norad-usnorthcom-brings-food-drive-home",
    license=PD, retrieved=PAGES + " (NORAD and U.S. Northern Command story on service members of NORAD, USNORTHCOM and Peterson Air Force Base collecting and sorting donations for the Care and Share Harvest of Love Food Drive in Colorado Springs, Nov. 13 to Nov. 20 (no year, writer or headline in the stored copy, which opens with the first paragraph; none added, H1818); the last paragraph, '“One of the really great things about (service members) involvement ... or a large amoun', cut in the stored copy, dropped with its unclosed quotation (H2121); a reported `According to X, ...` sentence followed by a quotation of X that opens with `According to (Care and Share Food Bank), ...` and is cued `he said`, and a speaker first reported without marks and then quoted by surname (H2353); curly marks and 'lbs.' as stored)",
    text='''Servicemembers from NORAD and U.S. Northern Command teamed up with Peterson Air Force Base and local Colorado Springs schools to collect food donations for the Care and Share Harvest of Love Food Drive, just in time for the holidays.
According to Master Sgt. Jose Hernandez, who coordinated volunteer efforts for NORAD and U.S. Northern Command, this is the first time the commands have been this heavily involved.
“According to (Care and Share Food Bank), there are about 25,000 people in Colorado Springs and El Paso County who benefit from this food drive,” he said.
Volunteers assisted by picking up donations from local schools participating in the drive, sorting those donations and repacking them into boxes to be given to families in need.
More than 400 military volunteers helped collect food from donation points throughout the city, said Master Sgt. Mark Bronson, of the 21st Medical Support Squadron, who oversaw the volunteer efforts of service members from Peterson Air Force Base, NORAD, U.S. Northern Command and the Cheyenne Mountain Directorate.
“It was awesome,” said Bronson. “We brought in about 125,000 pounds and processed at least 100,000 of that.”
Bronson said that within minutes of the arrival of each shift at the food bank, service members had formed an assembly line to process the food and were hard at work.
“There is no way that Care and Share would have the capacity to pick up donations from all the schools without help from the military,” said Heather Martin, communications and marketing director of the Care and Share Food Bank.
Martin said that service members actually processed more than 150,000 lbs. of food donations between Nov. 13 and Nov. 20.''',
    quotes=[
        Q('“According to (Care and Share Food Bank)', 'this food drive,”', "Jose Hernandez"),
        Q('“It was awesome,”', None, "Mark Bronson"),
        Q('“We brought in about 125,000 pounds', '100,000 of that.”', "Mark Bronson"),
        Q('“There is no way that Care and Share', 'from the military,”', "Heather Martin"),
    ],
    aliases={"Jose Hernandez": ["Jose Hernandez", "Master Sgt. Jose Hernandez"],
             "Mark Bronson": ["Mark Bronson", "Master Sgt. Mark Bronson", "Bronson"],
             "Heather Martin": ["Heather Martin", "communications and marketing director of the Care and Share Food Bank", "Martin"]},
),
dict(
    id="usace-buffalo-h639-district-employees-deploy",
    source="https://www.army.mil/article/215915/us_army_corps_of_engineers_buffalo_district_employees_deploy_around_the_world",
    license=PD, retrieved=PAGES + " (army.mil story of the U.S. Army Corps of Engineers Buffalo District on its employees' deployments of the past six months, opening with Brennon Claus, Financial Management Specialist, on the Blue Roof program after Hurricane Michael, Oct. 17 to 31, 2018 (no headline, writer or date in the stored copy, which opens with the first paragraph; none added, H1818); the name line 'Brennon Claus:' above his section kept as a line; the empty lines between paragraphs dropped; the last paragraph, '\"My most notable memory from deploying was while assessing a female Veteran's roof for damage,\" he said. \"The Veteran had taken her mom in after the storm,', cut in the stored copy, dropped with its complete first quotation (H2121); a name label line with a colon above the section and two two-piece quotation paragraphs cued by the surname (H2354); straight marks as stored)",
    text='''Each year, the U.S. Army Corps of Engineers deploys thousands of people to provide technical engineering expertise and promote capacity development at home and abroad as part of the federal government's unified national response to disasters and emergencies. The Corps of Engineers also delivers critical engineering support to the joint force in Afghanistan, Iraq, and other global operations through our military and civilian workforce, as shown by over 12,000 civilians who have voluntarily deployed supporting the nation's efforts in the Middle East.
Over the past six months, the U.S. Army Corps of Engineers Buffalo District has deployed over 25 people across the globe. Here are some of their stories.
Brennon Claus:
Brennon Claus, Buffalo District Financial Management Specialist, deployed from Oct. 17 to 31, 2018 in support of Hurricane Michael recovery efforts as a Temporary Roofing Quality Assurance Specialist in the Panama City area of Florida. This was his first deployment for disaster relief.
"I was part of the Blue Roof program assisting eligible homeowners with temporary roof repairs," said Claus. "The Federal Emergency Management Agency tasked the Corps of Engineers with providing temporary coverings made of blue plastic sheeting to help reduce further damage to property until permanent repairs are made. I inspected houses to see if they were suitable for a temporary roof."
Claus deployed with several members of the Buffalo District and met Army Corps of Engineers personnel from across the country in many fields of expertise.
"Everyone shared their perspective and knowledge with me. I really appreciated that as a new member," said Claus. "It's clear we're all working toward the same goal, and the Corps of Engineers does a great job adapting each day to help the people devastated by Hurricane Michael."''',
    quotes=[
        Q('"I was part of the Blue Roof program', 'temporary roof repairs,"', "Brennon Claus"),
        Q('"The Federal Emergency Management Agency tasked', 'for a temporary roof."', "Brennon Claus"),
        Q('"Everyone shared their perspective', 'as a new member,"', "Brennon Claus"),
        Q('"It\'s clear we\'re all working', 'by Hurricane Michael."', "Brennon Claus"),
    ],
    aliases={"Brennon Claus": ["Brennon Claus", "Buffalo District Financial Management Specialist", "Claus"]},
),
dict(
    id="va-h639-2022-national-salute-veteran-patients",
    source="https://news.va.gov/?p=113232",
    license=PD, retrieved=PAGES + " (VA news release on the National Salute to Veteran Patients week, Feb. 13-19 (2022 by its text: the figures of 2021 and the pandemic), with VA Secretary Denis McDonough and the Army veteran and VA volunteer John Schuler (no headline in the stored copy, which opens with the dateline 'WASHINGTON —'; none added, H1818); the last paragraph, 'To learn more about volunteer opportunities or to j', cut in the stored copy, dropped; a cue with the role and a comma before the name and a bracketed insertion inside a quotation (H2354); curly marks, 'Valentine’s Day' and 'In addition to donations VA provides' as stored)",
    text='''WASHINGTON — The Department of Veterans Affairs emboldens communities to reach out to hospitalized Veterans at VA medical centers across the nation, Feb. 13-19, during National Salute to Veteran Patients week.
Since 1978, VA has used Valentine’s Day to provide a weeklong commemoration for Veteran patients by encouraging individuals to seek opportunities to volunteer at their local VA facilities, visit with inpatients, and distribute gifts and cards to hospitalized Veterans.
“As we take a moment to salute our Veteran patients, VA recognizes the efforts of volunteers and community members who help support our mission and we encourage all Americans to reach out to VA to explore more ways to give back,” said VA Secretary Denis McDonough. “For more than 75 years, volunteers have helped us keep America’s promise to Veterans by providing supplemental services and support when and where Veterans need them most.”
“The National Salute honors Vets and lifts our spirits. We love volunteering to give Veterans valentines and remind them that they are not forgotten,” said U.S. Army Veteran and VA volunteer, John Schuler. “As a Veteran, I love receiving cards from the kids and items from Voluntary Service [because] it makes me feel loved. The National Salute is a tradition we love at VA Central California in Fresno. Vets, if no one has told you they love you today, I do.”
In 2021, schools, community groups, and youth organizations nationwide sent more than 174,000 valentines to VA medical centers, which were distributed to Veteran patients at facilities across the country. Additionally, nearly 1,200 volunteers and more than 1,000 community organizations contributed to events and activities recognizing hospitalized Veterans.
In addition to donations VA provides volunteers with virtual and remote assignments such as the Compassionate Contact Corps which allow them to safely support Veterans during the pandemic.''',
    quotes=[
        Q('“As we take a moment to salute', 'ways to give back,”', "Denis McDonough"),
        Q('“For more than 75 years', 'need them most.”', "Denis McDonough"),
        Q('“The National Salute honors Vets', 'they are not forgotten,”', "John Schuler"),
        Q('“As a Veteran, I love receiving cards', 'today, I do.”', "John Schuler"),
    ],
    aliases={"Denis McDonough": ["Denis McDonough", "VA Secretary Denis McDonough"],
             "John Schuler": ["John Schuler", "U.S. Army Veteran and VA volunteer"]},
),
dict(
    id="usmc-quantico-h639-2013-09-07-special-olympics-track-meet",
    source="https://www.quantico.marines.mil/News/Article/518028/more-than-65-medals-awarded-at-track-meet/",
    license=PD, retrieved=PAGES + " (Marine Corps Base Quantico story on the base's first Special Olympics event in years at Butler Stadium, Sept. 7, 2013, with the event coordinator Monique O’Neil, Master Sgt. Patrick McClung and Lance Cpl. Amanda Rivera (no headline or byline in the stored copy, which opens with the dateline 'MARINE CORPS BASE QUANTICO, Va. --'; none added, H1818); the last paragraph, 'As Breanna finished event', cut in the stored copy, dropped; words a child is described as if to say, and a cue that misspells an earlier-named speaker's surname (H2350); 'Breanna' and 'Brianna', 'special Olympics athlete', 'the kid’s', the curly apostrophe of 'O’Neil' and curly marks as stored)",
    text='''MARINE CORPS BASE QUANTICO, Va. -- Breanna, 10, looked excitedly toward her escort, Lance Cpl. Amanda Rivera, as if to say, “when can we begin” at Butler Stadium aboard Marine Corps Base Quantico on Sept. 7, 2013.
Breanna, a special Olympics athlete, was waiting for the start of the first Special Olympics event the base has sponsored in a number of years.
“We had Special Olympics baseball 12 years ago, but nothing since then,” said Monique O’Neil, event coordinator. “We are so excited to have more than 65 athletes here with us today.”
The day, comprised of eight different events, was open to all special needs members of the community.
“To see the actual turnout today, and the work that Monique O’Neil has done has been absolutely amazing,” said Master Sgt. Patrick McClung, father of three participating athletes. “I would encourage other families to come out because these events are very family oriented. There’s no monotony and everyone is here for the kids.”
According to O’Neil, many entities, including several Special Olympics regions, the Office of the Secretary of Defense, Marine Corps Community Services, the Quantico Fire Department, the Naval Health Clinic, the Quantico Middle/High School Reserve Officers’ Training Corps, along with several other base units, were present to assist with the event that included more than 150 volunteers.
“It’s a good cause,” said Lance Cpl. Amanda Rivera, Special Olympics volunteer. “These kids need encouragement and motivation. I hope Brianna has lots of fun. I hope she comes back next year, meets new friends and enjoys herself. I feel more than happy.”
O’Neil said there are plans for a similar event in the future.
Some may measure the success of an event like this in different ways, but Breanna, her father Master Sgt. McClung, and her escort, Rivera, seem to measure it the same way.
“Success is measured by the kid’s excitement and happiness,” said McClure.''',
    quotes=[
        Q('“when can we begin”', None, None),
        Q('“We had Special Olympics baseball', 'nothing since then,”', "Monique O’Neil"),
        Q('“We are so excited', 'with us today.”', "Monique O’Neil"),
        Q('“To see the actual turnout today', 'absolutely amazing,”', "Patrick McClung"),
        Q('“I would encourage other families', 'here for the kids.”', "Patrick McClung"),
        Q('“It’s a good cause,”', None, "Amanda Rivera"),
        Q('“These kids need encouragement', 'more than happy.”', "Amanda Rivera"),
        Q('“Success is measured', 'and happiness,”', "Patrick McClung"),
    ],
    aliases={"Monique O’Neil": ["Monique O’Neil", "event coordinator", "O’Neil"],
             "Patrick McClung": ["Patrick McClung", "Master Sgt. Patrick McClung", "father of three participating athletes", "Master Sgt. McClung", "McClure"],
             "Amanda Rivera": ["Amanda Rivera", "Lance Cpl. Amanda Rivera", "Special Olympics volunteer"]},
),
dict(
    id="usmc-2ndmardiv-h639-2007-04-19-wayne-county-special-olympics",
    source="https://www.2ndmardiv.marines.mil/News/Article/Article/515136/2nd-aabn-helps-at-wayne-county-special-olympics/",
    license=PD, retrieved=PAGES + " (2nd Marine Division story by Lance Cpl. Bryce C.K. Muhlenberg on Marines of 2nd Assault Amphibian Battalion helping at the Special Olympics of Wayne County, N.C., April 19, 2007; headline kept as the first line; the date-and-byline line '19 Apr 2007 | Lance Cpl. Bryce C.K. Muhlenberg' and the empty lines between paragraphs dropped; the last paragraph, 'Marines like Donehoo assisted ... and cheering them on as t', cut in the stored copy, dropped; a cue-less continuation paragraph after a quotation cued `said X, who ...`, and a speaker reported without marks before his quotation (H2354); double spaces between sentences and curly marks as stored)",
    text='''2nd AABn helps at Wayne County Special Olympics
Approximately 105 athletes and about 130 Marine and civilian volunteers participated in the annual Special Olympics of Wayne County, N.C., at the Dillard Middle School track April 19.
The Special Olympics offer year-round sports training and competition for more than 1 million children and adults with mental and physical disabilities around the nation.
Marine volunteers with 2nd Assault Amphibian Battalion, 2nd Marine Division, came to lend their support during the day’s activities.
Athletes participating in events came from more than eight different Wayne County schools, according to Rick R. Walderman, Wayne County Special Olympics coordinator.
“Events like the Special Olympics let athletes with mental and physical disabilities have a good time competing and get the community involved,” said Walderman, who has been helping with the program for more than four years.
“It also gets rid of the negative stigma that people with special needs are outcasts, and we appreciate that the Marines have come out to support us.”
Walderman was impressed by the help the Marines provided and by how quickly they responded to his request for support.
“You can never have enough volunteers,” said Walderman.  “We hope the Marines have a good time helping out.”
The Marines did have a good time with the athletes, said Cpl. Keegan A. Donehoo, an assault amphibious vehicle crewman.
“This is my first time participating in something like this,” said Donehoo, a Houston native.  “And I’m really having a lot of fun.  I would like to do something like this in the future.”
The athletes participated in track and field events, such as the long jump, softball throw, wheelchair race, and walk and run event.''',
    quotes=[
        Q('“Events like the Special Olympics', 'the community involved,”', "Rick R. Walderman"),
        Q('“It also gets rid of the negative stigma', 'to support us.”', "Rick R. Walderman"),
        Q('“You can never have enough volunteers,”', None, "Rick R. Walderman"),
        Q('“We hope the Marines', 'helping out.”', "Rick R. Walderman"),
        Q('“This is my first time participating', 'like this,”', "Keegan A. Donehoo"),
        Q('“And I’m really having a lot of fun.', 'in the future.”', "Keegan A. Donehoo"),
    ],
    aliases={"Rick R. Walderman": ["Rick R. Walderman", "Wayne County Special Olympics coordinator", "Walderman"],
             "Keegan A. Donehoo": ["Keegan A. Donehoo", "Cpl. Keegan A. Donehoo", "an assault amphibious vehicle crewman", "Donehoo"]},
),
dict(
    id="dvids-uscg-h639-thanksgiving-station-annapolis",
    source="https://www.dvidshub.net/news/183097/thanksgiving-with-coast-guard-station-annapolis",
    license=PD, retrieved=PAGES + " (DVIDS story on the Thanksgiving Day meal of the duty crew at Coast Guard Station Annapolis, Md., with the boatswain's mate Jacob Wieduwilt and the food service specialist Jonathan Scabis (no writer, date or year in the stored copy; the photo credit 'Photo By Petty Officer 2nd Class Jasmine Mieszala' stands in a dropped caption line); the DVIDS lines ('Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo'), the photo title 'FS2 John Abell carves a ham', the caption line 'Photo By ... read more read more', the empty lines and the four-space indentation dropped; headline kept as the first line; the last paragraph, 'Though there is already plenty of food to go around, t', cut in the stored copy, dropped; two two-piece quotation paragraphs with ranks and roles after the names (H2354); curly marks as stored)",
    text='''Thanksgiving with Coast Guard Station Annapolis
ANNAPOLIS, Md. - The autumn air was crisp. Laughter grew louder as the sound of shuffling feet approached. The aromas of turkey and stuffing filled the air. It was Thanksgiving Day, it was lunchtime and the crew was hungry.
Thanksgiving is a holiday usually spent with family, but there will always be Coast Guard crews on duty, unable to take time off. For food service specialists, this means helping to create a sense of morale and an atmosphere of celebration. What better way to create morale than to serve everyone’s favorite, home-cooked Thanksgiving meal?
“Being away from family during the holidays is overwhelming in a way,” said Petty Officer 3rd Class Jacob Wieduwilt, a boatswain’s mate at Coast Guard Station Annapolis, Maryland. “I’m originally from St. Louis and sometimes it’s hard to get back home. It really makes you feel left out.”
For the duty crew, the Thanksgiving meal is a way to come together and spend time with their second family when they aren’t able to spend time with their real family at home.
“We all come together,” said Petty Officer 3rd Class Jonathan Scabis, a food service specialist at Station Annapolis. “We push all the tables together to make it one big table. We are one big family, but now we’re eating like one big family, too. It’s really cool.”
Scabis said he begins cooking early in the morning to make sure he has plenty of time to complete the turkey and all of the side dishes.''',
    quotes=[
        Q('“Being away from family', 'in a way,”', "Jacob Wieduwilt"),
        Q('“I’m originally from St. Louis', 'feel left out.”', "Jacob Wieduwilt"),
        Q('“We all come together,”', None, "Jonathan Scabis"),
        Q('“We push all the tables together', 'really cool.”', "Jonathan Scabis"),
    ],
    aliases={"Jacob Wieduwilt": ["Jacob Wieduwilt", "Petty Officer 3rd Class Jacob Wieduwilt", "a boatswain’s mate at Coast Guard Station Annapolis, Maryland"],
             "Jonathan Scabis": ["Jonathan Scabis", "Petty Officer 3rd Class Jonathan Scabis", "a food service specialist at Station Annapolis", "Scabis"]},
),
]
