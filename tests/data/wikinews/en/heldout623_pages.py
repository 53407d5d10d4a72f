# Held-out English news texts (tests/data/heldout623-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Air National Guard (DVIDS), the Marine Corps, the Space Force, the Army (DVIDS, army.mil) and the VA: a Barksdale
# Air Force Base story on the First Sergeants Council's Thanksgiving meal (barksdale.af.mil 635109), a DVIDS story on the
# 181st Intelligence Wing's Thanksgiving meal (dvidshub.net 486336, 2024), an 11th Marine Expeditionary Unit story on
# Marines visiting a summer camp for children with HIV or AIDS (11thmeu.marines.mil 533582), a II Marine Expeditionary
# Force story on Marines at an elementary school field meet (iimef.marines.mil 529287, 2009), a Space Force story on
# the first 16 Guardians of its honor guard (spaceforce.mil 3511389, 2023), a DVIDS story on Joint Base Lewis-McChord's
# Easter Egg Dash (dvidshub.net 89187, printable page, 2012), an army.mil story on a Fort Bragg squadron's Easter egg
# hunt (army.mil 36738, 2010), a DVIDS story on the 19th Space Defense Squadron's Space Force birthday (copy on
# 101veterans.com, 2024) and a VA health news feature on VA volunteers (va.gov, April 2015). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines
# ('• Published' / '• By ...' / unit lines, the DVIDS printable page's unit, byline, date, posting and news-id lines,
# the Marine pages' photo blocks and date-and-byline lines, army.mil's byline and photo lines, the VA page's site line
# 'Veterans Health Administration'), the corpus date line ' date 2024-11-25' of one stored copy and the empty lines
# between paragraphs are dropped; a headline is kept once as the first line where the stored copy has one (none is
# added where it has none); datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly
# as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2330-H2334 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout623-en.jsonl

Built by `build.py` from `heldout623_pages.py`. Like heldout607-en, heldout615-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a Barksdale Air Force Base story by Staff Sgt. Amber
Corcoran, 2nd Bomb Wing Public Affairs, 'An Air Force family Thanksgiving' (barksdale.af.mil 635109; Nov. 28, no year
in the stored copy); a DVIDS story of Nov. 25, 2024, '181st Intelligence Wing Services hosts Thanksgiving meal for
Airmen' (dvidshub.net 486336; no writer and no headline in the stored copy); an 11th Marine Expeditionary Unit story on
five Marines and a corpsman visiting Camp Kindle West in Orange, Calif. (11thmeu.marines.mil 533582, slug
'to-summer-camp-for-aids-children-marines-bring-encouragement'; July 21, no year, no writer and no headline in the
stored copy); a II Marine Expeditionary Force story by Gunnery Sgt. Bryce Piper, 'Off the ship, into the playground:
Marines assist field meet at local elementary school' (iimef.marines.mil 529287, 2 Jun 2009); a Space Force story of
Secretary of the Air Force Public Affairs, 'USSF enlists 16 new Guardians for future Space Force Honor Guard'
(spaceforce.mil 3511389; Aug. 30, 2023 by its text); a DVIDS story by Sgt. Jacqueline Fennell, 28th Public Affairs
Detachment, 'JBLM Easter Egg Dash' (the printable page dvidshub.net/news/printable/89187, dated 04.08.2012); an
army.mil story by Pfc. Jared Gehmann, 3rd BCT, 82nd Abn. Div. PAO, 'Fort Bragg paratroopers, Families celebrate Easter
early' (army.mil 36738, April 1, 2010); a DVIDS story on the 19th Space Defense Squadron, '19th SDS Guardians Mark Five
Years of Space Warfighting Excellence', in the copy of the veterans' news aggregator 101veterans.com (licence constant
PDC, as the globalsecurity.org copies of earlier sets; Dec. 17, 2024 by its text); and a VA health news feature,
'Dedicated Volunteers Serve Veterans for Decades' (va.gov/HEALTH/NewsFeatures/2015/April, no writer in the stored
copy). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil,
DVIDS and va.gov pages are the services' and the department's own stories, and the 101veterans.com page reproduces a
DVIDS story under DVIDS's name, marked as a copy on a non-government site. Licence caveats: the DVIDS Thanksgiving story,
the 11th MEU story and the VA feature name no writer in the stored copy and are taken as the publishing unit's or
department's own work by their sites; the 101veterans.com copy names neither writer nor unit in the kept text, is taken
as the DVIDS story by its title line 'DVIDS – News – ...', may differ from the dvidshub.net original in details the
stored copy cannot show, and breaks off before any closing credit, so a credit line cannot be ruled out (none in the
kept text); the stories quote private people inside the public-domain texts (a Physical Education teacher, a VFW
chairman, an unnamed veteran) and a civilian official of the Department of the Air Force (Katharine Kelley). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per
page: the Barksdale story's '"I'm very thankful to have thi'; the 181st story's '“It’s a b'; the field meet story's
'"Being out here and running around and being active," said 2ndLt Nicholas M. Thompson, platoon commander of 2nd
Platoon, E Co.,'; the honor guard story's 'The Space Force Honor Guard will begin rendering military honors ... Change
of Respon'; the Easter Egg Dash story's '“I really looked forward to bringing my son to the Easter Egg Dash,” said
Melissa Thomas, whose husba'; the Fort Bragg story's '"The VFW was the major contributor to making this day happen,
without their donation none of this would have been possi'; the 19th SDS copy's 'Almanzar noted that citizens are
still learning about critical'; the VA feature's '“The best way to find yourself is to los'. The 11th MEU copy ends on
a complete paragraph, which is kept. The site lines (the '• Published' / '• By ...' / unit lines of the Air Force and
Space Force pages; the DVIDS printable page's '28th Public Affairs Detachment', 'Story by Sgt. Jacqueline Fennell',
'Date: 04.08.2012', 'Posted: 05.30.2012 15:56' and 'News ID: 89187', with the headline printed twice, kept once, H1246;
the II MEF page's 'Photo Information' block with its photo caption and credit line 'Photo by Cpl Jesse J. Johnson' and
its line '2 Jun 2009 | Gunnery Sgt. Bryce Piper'; army.mil's byline line 'By Pfc. Jared Gehmann/3rd BCT, 82nd Abn.
Div. PAOApril 1, 2010' and its photo lines, the headline repeated as photo title and '(Photo Credit: U.S. Army) VIEW
ORIGINAL'; the VA page's 'Veterans Health Administration'), the corpus date line ' date 2024-11-25' in front of the
181st story's first paragraph and the empty lines between paragraphs were dropped; headlines are kept once as the
first line where the stored copy has one (the 181st and 11th MEU copies have none and get none, H1818; the 101veterans
title line keeps its prefix 'DVIDS – News – ' as stored, H2325), the VA subheading 'A Volunteer for Over 50 Years' is
kept as a line, datelines are kept as stored; wording and typos ('help set up', 'Terre Haute, Ind on Nov 16', 'help
guide', 'Marines encouragement', 'their children .', 'soldier’s morale.” said', 'might have not signed up', 'Alan
Shepherd’s', 'extended birthday greeting', 'some day'), dashes and quotation marks (straight or curly as stored,
including the closing mark whose opening mark is lost in '... interact with the (children),” said Cpl. Michael Wu')
are as stored. Pages read but left out: stories already in earlier sets (the Habitat for Humanity stories of Davis-
Monthan, Tyndall, Eielson and Ellsworth, heldout346-en; the Bismarck-Mandan flood story, heldout105-en; Army News
Service flood stories 41598 and 18896, heldout68-en and heldout532-en; the Tulsa District rangers story 62212,
heldout283-en; DVIDS 132221 and 29palms 499170, heldout89-en; marines.mil 1435697, heldout112-en; the Hermit's Peak
fire story 3047146, heldout33-en; hqmc 551728, left out by heldout502-en), pages whose stored part keeps fewer than two
complete quotations (the Kirtland Space Force induction story, an lrd.usace.army.mil park-ranger story, a Hunter Army
Airfield egg-hunt story, a DVIDS Thanksgiving story quoting only an unnamed flight chief, the Cal Guard wildfire
stories, nationalguard.mil 613065, a DVIDS Marysville levee photo page), copies on private sites where the source was
unclear or a government page was at hand (a military-online.blogspot.com repost with hard line breaks, a blog's copy of
a Schriever story, openeyesopinion.com's Ellsworth story, copernical.com's Space Force awards story, s-j.ca's Louisiana
Guard story, wheelchairgames.org pages), a stored page of one run of text (sheppard.af.mil 369210), and pages of
newspapers, broadcasters and magazines found by the same searches. None of the pages used is in any set above or in
another helper's worktree (checked by URL and page id (635109, 486336, 533582, 529287, 3511389, 89187, 36738,
101veterans, Dedicated-Volunteers-Serve-Veterans), by title and slug and by the names of their speakers and phrases,
such as David Bedner, Saray Moniz, Chapel 2 Annex, William Crady, Robert Ogega, Devon Cooksey, Benny Roybal, Michael
Wu, Camp Kindle, Ryan P. West, Kathy Hines, White Oak Elementary, Katharine Kelley, Abifarin Scott, Ceremonial Honor
Guard, William May, Monique Miranda, Easter Egg Dash, Brian Flood, Jim Clark, Hope Mills, Austin Terry, Jose Almanzar,
Kay Arnold and sitting on a couch, with grep over tests/data of the main tree and of every other helper's worktree
(heldout617-624): no hit, except other texts that name Hulman Field and the 181st Intelligence Wing (a 2008 flood
story, heldout242-en) and the Edith Nourse Rogers Memorial Veterans Hospital (heldout558-en), none of them one of these
texts). The annotation (rules H2330–H2334 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-barksdale-h623-air-force-family-thanksgiving",
    source="https://www.barksdale.af.mil/News/Article/635109/an-air-force-family-thanksgiving",
    license=PD, retrieved=PAGES + " (Barksdale Air Force Base story by Staff Sgt. Amber Corcoran, 2nd Bomb Wing Public Affairs, on the Thanksgiving meal of the First Sergeants Council at the Chapel 2 Annex on Nov. 28 (no year in the stored copy); the lines '• Published', '• By Staff Sgt. Amber Corcoran' and '• 2nd Bomb Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '\"I'm very thankful to have thi', cut in the stored copy, dropped; three two-piece quotation paragraphs, one cued by the surname only (H2332); 'help set up' and straight marks as stored)",
    text='''An Air Force family Thanksgiving
With smells of home cooked food and the sounds of laughter and conversation, Airmen enjoyed a Thanksgiving meal together at the Chapel 2 Annex, Nov. 28.
The Thanksgiving meal was put together by the First Sergeants Council with the help of Barksdale's leadership and private organizations.
"I tapped all the resources we had, including the private orgs, and held a meeting to develop a game plan," said Master Sgt. David Bedner, First Sergeants Council president. "Each organization was responsible for bringing desserts, side dishes and utensils and the commanders and chiefs were responsible for the turkeys and hams. Everyone pulled their own weight and there ended up being more than enough food for our Airmen."
More than 30 volunteers help set up the luncheon and along with base leadership, served the food to the Airmen.
"I remember as a young Airman in the dorms I would go to the Dining Facility for holiday meals, but since our DFAC is closed, the Airmen who were unable to go home or be with family wouldn't have had a Thanksgiving meal to enjoy," said Tech. Sgt. Saray Moniz, 2nd Medical Support Squadron. "It's sweet to see the commanders and first sergeants serving a big meal, taking time away from their families to show the Airmen they're important and that they do have a support system."
Prior to the start of the Thanksgiving luncheon, to-go boxes were put together for the Airmen who were still working.
"We sent runners to hand deliver the boxes sent to the shift workers and security forces Airmen including the Airmen working at the Fire Department, lodging and command post," Bedner said. "All the ones who can't get out, we're making sure they get a meal as well."
The Airmen who were able to attend the luncheon though were overwhelmed by the amount of food cooked just for them by their leadership and coworkers.''',
    quotes=[
        Q('"I tapped all the resources', 'a game plan,"', "David Bedner"),
        Q('"Each organization was responsible', 'for our Airmen."', "David Bedner"),
        Q('"I remember as a young Airman', 'meal to enjoy,"', "Saray Moniz"),
        Q('"It\'s sweet to see', 'a support system."', "Saray Moniz"),
        Q('"We sent runners', 'and command post,"', "David Bedner"),
        Q('"All the ones who can\'t get out', 'a meal as well."', "David Bedner"),
    ],
    aliases={"David Bedner": ["David Bedner", "Master Sgt. David Bedner", "First Sergeants Council president", "Bedner"],
             "Saray Moniz": ["Saray Moniz", "Tech. Sgt. Saray Moniz"]},
),
dict(
    id="dvids-h623-2024-11-25-181st-iw-thanksgiving-meal",
    source="https://www.dvidshub.net/news/486336/181st-intelligence-wing-services-hosts-thanksgiving-meal-airmen",
    license=PD, retrieved=PAGES + " (DVIDS story of Nov. 25, 2024 on the Thanksgiving meal of the 181st Intelligence Wing's Services Flight at Hulman Field Air National Guard Base, Terre Haute, Ind., on Nov 16, 2024 (no writer in the stored copy); the stored copy opens with the first paragraph after the corpus date line ' date 2024-11-25', which is no page text and is dropped; no headline in the stored copy, none added (H1818); the last paragraph, '“It’s a b', cut in the stored copy, dropped; ranks spelt out before the names, a reported `According to X, ...` before the quoted paragraph cued by the surname, and the wing's nickname `Racers` as subject of a reported sentence (H2332); 'Terre Haute, Ind on Nov 16', 'help guide', the em dash and curly marks as stored)",
    text='''The 181st Intelligence Wing's Services Flight hosted a special Thanksgiving-themed meal, providing a family-style feast for the service men and women at Hulman Field Air National Guard Base in Terre Haute, Ind on Nov 16, 2024.
The services flight hosts the meal each November over drill weekend.
“In November, we try to organize a Thanksgiving meal with classic dishes like mashed potatoes, yams, and turkey — the iconic foods of the season,” said Master Sergeant William Crady, a base services specialist with the 181st Services Flight. “It helps reduce stress and boosts morale.”
Service members from across the base gathered for lunch, reconnecting with old colleagues and building new bonds.
Racers say the annual feast provides an opportunity for Airmen across the base to reconnect.
“The 181st is a big family,” said Technical Sergeant Robert Ogega, a team lead in the services flight. “This meal is like a shared tradition, allowing us to celebrate Thanksgiving, reflect on what we’re thankful for, and appreciate the community here.”
The all-hands requirement for the meal, being larger and more varied than usual, provided invaluable hands-on and situational training for new Airmen.
Ogega, drawing from his experience, help guide junior members to work together as a team.
Effective communication and coordination were key to the successful event.
According to Staff Sergeant Devon Cooksey, the dining facilities manager, the meal went off without a hitch.
The kitchen operated smoothly and efficiently, and the meal provided training opportunities for junior Airmen to learn new skills.
“We don’t typically slice meat for every meal,” said Cooksey. “This time, we were able to use the meat slicer and train the Airmen on how to operate it.”
Providing quality meals is vital to keeping Racers energized and ready for their duties.''',
    quotes=[
        Q('“In November, we try', 'foods of the season,”', "William Crady"),
        Q('“It helps reduce stress and boosts morale.”', None, "William Crady"),
        Q('“The 181st is a big family,”', None, "Robert Ogega"),
        Q('“This meal is like a shared tradition', 'the community here.”', "Robert Ogega"),
        Q('“We don’t typically slice meat for every meal,”', None, "Devon Cooksey"),
        Q('“This time, we were able', 'how to operate it.”', "Devon Cooksey"),
    ],
    aliases={"William Crady": ["William Crady", "Master Sergeant William Crady", "a base services specialist with the 181st Services Flight"],
             "Robert Ogega": ["Robert Ogega", "Technical Sergeant Robert Ogega", "a team lead in the services flight", "Ogega"],
             "Devon Cooksey": ["Devon Cooksey", "Staff Sergeant Devon Cooksey", "the dining facilities manager", "Cooksey"]},
),
dict(
    id="usmc-11thmeu-h623-summer-camp-marines-bring-encouragement",
    source="https://www.11thmeu.marines.mil/News/News-Article-Display/Article/533582/to-summer-camp-for-aids-children-marines-bring-encouragement/",
    license=PD, retrieved=PAGES + " (11th Marine Expeditionary Unit story on five Marines and a Navy corpsman visiting Camp Kindle West, a summer camp for children infected or affected by HIV or AIDS, in Orange, Calif., on July 21 (no year and no writer in the stored copy); the stored copy opens with the dateline and has no headline, none added (H1818); it ends on a complete paragraph, which is kept; a paragraph whose first quotation lost its opening mark (no span for that fragment, H289), a child's words in single marks nested in a Marine's quotation, two cabin names in marks and an age after the name (H2330); the en dash, '7 and 8 year olds', 'some day' and curly marks as stored)",
    text='''ORANGE, Calif. -- Five Marines and one Navy hospital corpsman with the 11th Marine Expeditionary Unit paid a surprise visit July 21 to a summer camp for children infected or affected by HIV or AIDS.
Arriving in two Humvees and a 7-ton truck, the service members parked outside the Camp Kindle West cafeteria, out of which a group of cautious 7 and 8 year olds peered at the visitors.
The Marines, based out of Camp Pendleton, Calif., greeted the children, and the children, after exploring the vehicles and equipment, quickly loosened up.
“It’s exciting to show the children the things that we do and the equipment that we use,” said Sgt. Benny Roybal, 26.
The Marines made fast friends in the children, who arrived in groups of about 15 to try on body armor, climb into the vehicles and occasionally honk a horn.
“It was great seeing how the children reacted knowing that all the gear works and protects us,” Roybal said. “The children were also comforted knowing the troops are safe wearing it.”
The visit gave the children positive people to talk to one-on-one, said Sarah Sterns, Camp Kindle staff director.
The Marines ate lunch with the campers, who mingled around the Marines and asked questions.
This was a great opportunity to come out and interact with the (children),” said Cpl. Michael Wu, 23. “It’s a good feeling knowing I was able to influence them.”
To some children, the Marines became role models – mascots even, considering one group of boys changed their cabin name from “Pirates” to “Marines.”
“I love dealing with the kids,” said Wu. “One thing I heard today was ‘I want to be a Marine some day.’ I was able to encourage them.”''',
    quotes=[
        Q('“It’s exciting to show the children', 'equipment that we use,”', "Benny Roybal"),
        Q('“It was great seeing', 'and protects us,”', "Benny Roybal"),
        Q('“The children were also comforted', 'safe wearing it.”', "Benny Roybal"),
        Q('“It’s a good feeling', 'to influence them.”', "Michael Wu"),
        Q('“Pirates”', None, None),
        Q('“Marines.”', None, None),
        Q('“I love dealing with the kids,”', None, "Michael Wu"),
        Q('“One thing I heard today', 'to encourage them.”', "Michael Wu"),
    ],
    aliases={"Benny Roybal": ["Benny Roybal", "Sgt. Benny Roybal", "Roybal"],
             "Michael Wu": ["Michael Wu", "Cpl. Michael Wu", "Wu"]},
),
dict(
    id="usmc-iimef-h623-2009-06-02-marines-assist-field-meet",
    source="https://www.iimef.marines.mil/News/News-Article/Article/529287/off-the-ship-into-the-playground-marines-assist-field-meet-at-local-elementary/",
    license=PD, retrieved=PAGES + " (II Marine Expeditionary Force story of 2 Jun 2009 by Gunnery Sgt. Bryce Piper on Marines of 2nd Battalion, 6th Marine Regiment at a field meet of White Oak Elementary School in Cape Carteret, N.C.; the block 'Photo Information', its photo caption ('Cpl. Michael Clawson of 2nd Battalion, ... (Official USMC photo by Cpl. Jesse J. Johnson) (Released)'), the credit line 'Photo by Cpl Jesse J. Johnson' and the date and byline line '2 Jun 2009 | Gunnery Sgt. Bryce Piper' dropped; headline kept as the first line; the last paragraph, '\"Being out here and running around and being active,\" said 2ndLt Nicholas M. Thompson, platoon commander of 2nd Platoon, E Co.,', cut in the stored copy, dropped with its complete quotation (H2121); `joked` as the inverted cue of the opening quotation and a bracketing insertion in round brackets inside a quotation (H2334); 'Marines encouragement' and straight marks as stored)",
    text='''Off the ship, into the playground: Marines assist field meet at local elementary school
"They don't want to admit it, but some Marines are having more fun than the kids!" joked Staff Sgt. Ryan P. West as children and Marines laughed and played games all around him.
West, platoon sergeant with 2nd Platoon, E Co., 2nd Battalion, 6th Marine Regiment, 2nd Marine Division, and approximately 50 fellow Marines from 2/6 spent the day conducting a field meet with children and faculty at White Oak Elementary School in Cape Carteret, NC. West and the Marines of 2/6 returned late March from a seven-month deployment to the Persian Gulf with the 26th Marine Expeditionary Unit.
White Oak Elementary students participated in various physical education stations throughout the field meet. Marines assisted in the setup, execution and supervision of events as well as interacted with the children, sometimes competing with kids through the events.
"It's very important that the Marines are out here interacting with the children," said Kathy Hines, Physical Education teacher at White Oak Elementary. "Some children have parents in the military, others have no contact and no clue about it. It's a good community service for the school."
"The children need to know (the Marines) do things other than in the field or on base or Iraq or Afghanistan," said Hines.
Marines encouragement of physical activity was a key aspect to their participation in the field meet.''',
    quotes=[
        Q('"They don\'t want to admit it', 'than the kids!"', "Ryan P. West"),
        Q('"It\'s very important that the Marines', 'with the children,"', "Kathy Hines"),
        Q('"Some children have parents', 'for the school."', "Kathy Hines"),
        Q('"The children need to know', 'Iraq or Afghanistan,"', "Kathy Hines"),
    ],
    aliases={"Ryan P. West": ["Ryan P. West", "Staff Sgt. Ryan P. West", "West"],
             "Kathy Hines": ["Kathy Hines", "Physical Education teacher at White Oak Elementary", "Hines"]},
),
dict(
    id="ussf-h623-2023-08-ussf-enlists-16-guardians-honor-guard",
    source="https://www.spaceforce.mil/News/Article-Display/Article/3511389/ussf-enlists-16-new-guardians-for-future-space-force-honor-guard/",
    license=PD, retrieved=PAGES + " (Space Force news story of Secretary of the Air Force Public Affairs on the enlistment of 16 Guardians for the Space Force's Ceremonial Honor Guard on Aug. 30 (no year in the stored copy; 2023 by its `almost four years now`); the lines '• Published' and '• Secretary of the Air Force Public Affairs' dropped; headline kept as the first line; the last paragraph, 'The Space Force Honor Guard will begin rendering military honors ... Change of Respon', cut in the stored copy, dropped; a role after the name set off by a comma inside it, `Chief, Space Force Enlisted Force Development` (H2334); the en dash and curly marks as stored)",
    text='''USSF enlists 16 new Guardians for future Space Force Honor Guard
The U.S. Space Force enlisted 16 new Guardians on Aug. 30 to stand up the Space Force's Ceremonial Honor Guard program; each member was intentionally boarded and selected to serve as the program's initial cadre.
“Teamwork, professionalism, excellence – honor guard members represent all these qualities,” said Katharine Kelley, Deputy Chief of Space Operations for Human Capital. “We are proud to stand up a service-specific guard who will soon render military honors for our Nation’s veterans and fulfill joint requirements.”
While it is a Department of Defense requirement that each service have the capability to render military honors, an honor guard also serves as a showcase of military service to the American public.
“The Space Force has been laying the foundation of its history and heritage for almost four years now. The honor guard is an important piece to representing who we are and what we do for our nation,” Kelley said.
The future stand-up of the Space Force Honor Guard is also a big step toward creating positions for enlisted Guardians to professionally develop outside of their career field.
“The honor guard program, alongside other special duties, will allow our Guardians to take a step away from their career field to gain a fresh perspective,” said Chief Master Sgt. Abifarin Scott, Chief, Space Force Enlisted Force Development. “Our enlisted Guardians must be well-rounded to be better leaders and space operators.”
After completing a 12-to-24-month rotation with the honor guard, this initial cadre will bring lessons learned and experiences with them into the operational Space Force and train into a new career field.''',
    quotes=[
        Q('“Teamwork, professionalism, excellence', 'all these qualities,”', "Katharine Kelley"),
        Q('“We are proud to stand up', 'fulfill joint requirements.”', "Katharine Kelley"),
        Q('“The Space Force has been laying', 'for our nation,”', "Katharine Kelley"),
        Q('“The honor guard program, alongside', 'a fresh perspective,”', "Abifarin Scott"),
        Q('“Our enlisted Guardians must be', 'space operators.”', "Abifarin Scott"),
    ],
    aliases={"Katharine Kelley": ["Katharine Kelley", "Deputy Chief of Space Operations for Human Capital", "Kelley"],
             "Abifarin Scott": ["Abifarin Scott", "Chief Master Sgt. Abifarin Scott", "Chief, Space Force Enlisted Force Development"]},
),
dict(
    id="dvids-h623-2012-04-08-jblm-easter-egg-dash",
    source="http://www.dvidshub.net/news/printable/89187",
    license=PD, retrieved=PAGES + " (printable DVIDS page of a story by Sgt. Jacqueline Fennell, 28th Public Affairs Detachment, on the Easter Egg Dash at Joint Base Lewis-McChord's Memorial Stadium, dated 04.08.2012, posted 05.30.2012; the lines '28th Public Affairs Detachment', 'Story by Sgt. Jacqueline Fennell', 'Date: 04.08.2012', 'Posted: 05.30.2012 15:56' and 'News ID: 89187' dropped; the headline, printed twice, kept once as the first line (H1246); the last paragraph, '“I really looked forward to bringing my son to the Easter Egg Dash,” said Melissa Thomas, whose husba', cut in the stored copy, dropped with its complete quotation (H2121); a first piece closed by a full stop before its cue and a role after the name that holds a programme's name (H2333); the space before the full stop in 'their children .', 'soldier’s morale', 'might have not signed up' and curly marks as stored)",
    text='''JBLM Easter Egg Dash
JOINT BASE LEWIS-McCHORD, Wash. — Strong spirited military children, dressed in bright Easter clothes, demonstrated their physical fitness by dashing from the 20-yard line in an attempt to gather as many eggs as their little hands could carry to the finish line.
Waiting for them at the end of the field, was a tent where they could cash in their eggs for bags of candy and toys.
It didn’t matter to those who couldn’t walk or stand, the little ones found satisfaction in absorbing the warm sun and enjoying the excitement around them.
Although this was not your traditional egg hunt at Memorial Stadium April 8, smiles still lit the faces with every egg gathered during the Easter Egg Dash while local community members watched parents enjoy a day with their children .
“We feel that kids are a big part of the military and are a boost to soldier’s morale.” said Sgt. William May, a petroleum supply sergeant assigned to the 606 Forward Support Company, 17th Fires Brigade, and this year’s president of the JBLM Better Opportunity for Single Soldiers program. “Making them happy makes our service members happy.”
Children enjoyed the time spent with their families running for Easter eggs, candy and toys, which were donated by local sponsors.
“They might have not signed up for it, but they definitely have to do a service for their country,” said Spc. Monique Miranda, the installation BOSS team representative assigned to Joint Base Garrison, Headquarters and Headquarters Company. “It’s great to see them interacting with each other and having a good time.”
Military children often have to deal with deployments, being away from their moms and dads, or both for extended periods of time.''',
    quotes=[
        Q('“We feel that kids are a big part', 'soldier’s morale.”', "William May"),
        Q('“Making them happy makes our service members happy.”', None, "William May"),
        Q('“They might have not signed up', 'for their country,”', "Monique Miranda"),
        Q('“It’s great to see them interacting', 'a good time.”', "Monique Miranda"),
    ],
    aliases={"William May": ["William May", "Sgt. William May"],
             "Monique Miranda": ["Monique Miranda", "Spc. Monique Miranda"]},
),
dict(
    id="army-h623-2010-04-01-fort-bragg-easter-early",
    source="https://www.army.mil/article/36738/Fort_Bragg_paratroopers__Families_celebrate_Easter_early/",
    license=PD, retrieved=PAGES + " (army.mil story of April 1, 2010 by Pfc. Jared Gehmann, 3rd BCT, 82nd Abn. Div. PAO, on the Easter egg hunt of 5th Squadron, 73rd Cavalry Regiment at Pope Air Force Base on March 20; the byline line 'By Pfc. Jared Gehmann/3rd BCT, 82nd Abn. Div. PAOApril 1, 2010', the photo lines (the headline repeated as the photo title and '(Photo Credit: U.S. Army) VIEW ORIGINAL') dropped; headline kept once as the first line; the last paragraph, '\"The VFW was the major contributor to making this day happen, without their donation none of this would have been possi', cut in the stored copy, dropped; a cue-less quotation paragraph after the sentence presenting a veterans' group's chairman, with `we` for his group (H2333); 'Great ideas cost money however', 'Towards' and straight marks as stored)",
    text='''Fort Bragg paratroopers, Families celebrate Easter early
FORT BRAGG, N.C. - Paratroopers enjoyed a sunny afternoon with their Families during an Easter egg hunt at Pope Air Force Base, March 20.
The purpose of the event was to build cohesiveness between the Families of the paratroopers of 5th Squadron, 73rd Cavalry Regiment, 3rd Brigade Combat Team, 82nd Airborne Division and provided the children with an opportunity to spend time with their parents while having fun.
The Easter egg hunt comes shortly after Lt. Col. Brian Flood, a native of Sister Bay, Wis., took command of the unit.
"This event was the FRG's (Family readiness group) idea. We took command about six weeks ago and thought that it would be a great idea to have a Family event where Families from the unit could come together and bond, especially around Easter," said Flood.
Great ideas cost money however and the squadron needed a way to fund their event so they went to Jim Clark of Hope Mills, N.C., a retired Army veteran who serves as the chairman for the group Veterans of Foreign Wars, here.
"We give out several company and battalion level grants every year, when the FRG contacts us we go out to the unit and talk to them about the different programs available to them and if they qualify, we give them the grant."
With the grant, 5th Sqdn., 73rd Cav. Regt. command group and the FRG were able to provide lunch, dessert, an inflatable bouncer and slide for the children to play in, raffle ticket prizes, the Easter eggs filled with candy and even gift bags for all the Families who attended.
Towards the end of the day the children and even some of the adults had an opportunity to have their picture taken with the Easter Bunny.''',
    quotes=[
        Q('"This event was the FRG\'s', 'especially around Easter,"', "Brian Flood"),
        Q('"We give out several company', 'give them the grant."', "Jim Clark"),
    ],
    aliases={"Brian Flood": ["Brian Flood", "Lt. Col. Brian Flood", "Flood"],
             "Jim Clark": ["Jim Clark"]},
),
dict(
    id="dvids-h623-19th-sds-guardians-mark-five-years",
    source="https://101veterans.com/dvids-news-19th-sds-guardians-mark-five-years-of-space-warfighting-excellence",
    license=PDC, retrieved=PAGES + " (copy on the veterans' news aggregator 101veterans.com of a DVIDS story on the 19th Space Defense Squadron's fifth Space Force birthday celebration at Dahlgren on Dec. 17 (2024 by its text; no writer and no credit line in the kept text; taken as the DVIDS story by its title line `DVIDS – News – ...`, H2334); the title line kept as stored as the first line, with its site prefix; the last paragraph, 'Almanzar noted that citizens are still learning about critical', cut in the stored copy, dropped; a quotation split by `he said,` inside one sentence, after a presenting sentence (H2334); 'Alan Shepherd’s', 'extended birthday greeting', the en dashes and curly marks as stored)",
    text='''DVIDS – News – 19th SDS Guardians Mark Five Years of Space Warfighting Excellence
Guardians at the 19th Space Defense Squadron marked the fifth anniversary of the nation’s newest service branch during a birthday and cake-cutting celebration Dec. 17. The Space Force and the 19th SDS in particular already have a rich history of accomplishments and traditions, and the ceremony honored the unit’s storied past as both a former Air Force and Navy command. The Guardians’ overall focus, however, was on the future: their challenging, growing mission to safeguard American interests in the increasingly-contested space domain.
“Today we get the opportunity to join as a collective team with our members at the 19th and our Dahlgren partners from around the base to celebrate the fifth anniversary of the United States Space Force’s establishment, while also highlighting the accomplishments, both past and present, that have been made in our nation’s efforts to operate in a secure and stable domain,” said Sgt. Austin Terry, a mission chief at the 19th SDS.
Those efforts at Dahlgren and elsewhere began well before the official establishment of the Space Force on Dec. 20, 2019. Terry noted a long list of America’s space milestones – from creation of the Air Force in 1947, to naval aviator Alan Shepherd’s first spaceflight in 1961, to Col. Nick Hague becoming the first Guardian to deploy to space in 2024.
Lt. Col. Jose Almanzar, commanding officer, extended birthday greeting to the Guardians and noted the challenges of the branch’s first five years, from COVID to Russia’s invasion of Ukraine. “In spite of all those things going on,” he said, “we were able to deliver what we promised we would deliver for the nation: we unified military space capabilities under one service, we elevated space to be on par with other natural domains, and we’ve delivered focused space warfighting capability.”''',
    quotes=[
        Q('“Today we get the opportunity', 'secure and stable domain,”', "Austin Terry"),
        Q('“In spite of all those things going on,”', None, "Jose Almanzar"),
        Q('“we were able to deliver', 'warfighting capability.”', "Jose Almanzar"),
    ],
    aliases={"Austin Terry": ["Austin Terry", "Sgt. Austin Terry", "a mission chief at the 19th SDS", "Terry"],
             "Jose Almanzar": ["Jose Almanzar", "Lt. Col. Jose Almanzar"]},
),
dict(
    id="va-h623-2015-04-dedicated-volunteers-serve-veterans",
    source="http://va.gov/HEALTH/NewsFeatures/2015/April/Dedicated-Volunteers-Serve-Veterans-for-Decades.asp",
    license=PD, retrieved=PAGES + " (VA health news feature of April 2015 (National Volunteer Week) on VA Voluntary Service volunteers, with the Bedford volunteer Katherine “Kay” Arnold (no writer in the stored copy); the site line 'Veterans Health Administration' above the headline dropped; headline kept as the first line; the subheading 'A Volunteer for Over 50 Years' kept as a line (H19); the last paragraph, '“The best way to find yourself is to los', cut in the stored copy, dropped; a nickname in marks inside the name, `As Arnold puts it,` before a quotation and an unnamed veteran's quotation in two pieces (H2331); curly and straight apostrophes as stored)",
    text='''Dedicated Volunteers Serve Veterans for Decades
This is National Volunteer Week, time to Celebrate Service. Time to salute those great men and women in every VA medical center who give of themselves to others. And time to invite everyone else to come along and discover the power of making a difference.
You’ll meet them every time you visit a VA medical center. In 2014, over 140,000 volunteers gave more than 11 million hours in service to America's Veterans.
We can’t calculate the amount of caring and sharing these VA Voluntary Service volunteers provide to Veteran patients. Our volunteers are a priceless asset to America's Veterans and to the Department of Veterans Affairs.
A Volunteer for Over 50 Years
Kay Arnold, who turned 90 in February, is a classic example of unselfish service.
Katherine “Kay” Arnold has devoted her life to community and Veterans services. She was born in 1925 and has seen many social, political and technological changes, but for Kay, the wife of a World War II Veteran, the love for her country and service to those who protect it has remained strong and constant.
Since 1959 she has logged more than 50,000 hours of volunteer service at the Edith Nourse Rogers Memorial Veterans Hospital in Bedford, Mass. Her role there includes Veteran adviser, management assistant counselor, patient recreation leader and a formal appointment as the VA Voluntary Service Representative for American Ex-Prisoners of War.
She has also worked with the Veterans Benefits Administration office directing Veterans seeking treatment, services, and benefits to the proper agencies and offices.
As Arnold puts it, “The Veterans appreciate it. You give back.”
“She keeps going. She’s like that commercial with the bunny,” said one Veteran. “There’s a lot to get done in the world and you don’t get it done by sitting on a couch. You go out and do things, and she’s been doing them.”''',
    quotes=[
        Q('“Kay”', None, None),
        Q('“The Veterans appreciate it. You give back.”', None, "Kay Arnold"),
        Q('“She keeps going.', 'with the bunny,”', None),
        Q('“There’s a lot to get done', 'been doing them.”', None),
    ],
    aliases={"Kay Arnold": ["Kay Arnold", "Katherine “Kay” Arnold", "Arnold", "Kay"]},
),
]
