# Held-out English news pages (tests/data/heldout43-en.jsonl). Like heldout23/25/26/29/31/33/35/37/38/41_pages.py,
# these texts are stored web pages (the `pages` search corpus) of US federal outlets, each on the outlet's own site, none
# of them used in an earlier set: Marine Corps stories (five Marine Corps Base Camp Lejeune stories of 2010-2016 on
# lejeune.marines.mil, a 26th MEU news listing of May 2001 on 26thmeu.marines.mil, a Marine Corps Installations Pacific
# story on mcipac.marines.mil), three DVIDS stories (two III Marine Expeditionary Force community-relations stories on
# Okinawa and at East Fuji, 2009 and 2011; a 1st Cavalry Division homecoming at Fort Hood, 2009), three Air National
# Guard and Air Force wing stories on deployment exercises (104th Fighter Wing, 110th Wing, 20th Fighter Wing at Shaw)
# and a VOA News item on Guinea's legislative election (2013, VOA's content system voa.pangea-cms.com). All are works
# of the US government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another
# third party (the VOA item carries the VOA News byline). The stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, site headers, photo
# captions, date, byline and "Posted/News ID" lines are dropped; wording, spelling and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H212-H216 in ANNOTATION.md on top of H1-H206).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout43-en.jsonl

Built by `build.py` from `heldout43_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en, heldout35-en, heldout37-en, heldout38-en and heldout41-en, these texts are stored web pages (the `pages`
search corpus) of US federal outlets, each on the outlet's own site, none of them used in a set above: the Marine Corps
(five Marine Corps Base Camp Lejeune stories of 2010-2016 on lejeune.marines.mil; the 26th MEU news listing of May 2001;
a Marine Corps Installations Pacific story on an orphanage visit), DVIDS (two III Marine Expeditionary Force
community-relations stories, 2009 and 2011; a 1st Cavalry Division homecoming story from Fort Hood, 2009), the Air Force
and Air National Guard (deployment-exercise stories of the 104th Fighter Wing, the 110th Wing and the 20th Fighter Wing)
and Voice of America (a VOA News item on Guinea's legislative election, 2013, on VOA's content system). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Navigation, site headers, photo captions, date and byline lines were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H212–H216 in `ANNOTATION.md` on top
of H1–H206) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="lejeune-2010-02-09-corporals-stamina-course",
    source="https://www.lejeune.marines.mil/News/Article/Article/512261/cpls-get-down-and-dirty-with-the-stamina-course/",
    license=PD, retrieved=PAGES + " (the lines 'Photo Information', the photo caption, 'Photo by Lance Cpl. Jonathan G. Wright' and the date/byline line '9 Feb 2010 | Lance Cpl. Jonathan G. Wright' dropped; the paragraph 'One could see it in the eyes of the corporals ...', cut in the stored copy, dropped)",
    text='''Cpls. get down and dirty with the stamina course
“Being an (noncommissioned officer) means supervising those troops under them. That is their duty as a Marine. Their accomplishments are reflected in their Marines’ accomplishments.”
Such were the words of Sgt. James Arvin, platoon sergeant with Brig Company, Headquarters and Support Battalion, Marine Corps Base Camp Lejeune and acting squad leader during the HQSPT Bn. Corporals’ Stamina Course, Feb. 9.
Spanning a distance of nearly three miles with an averaged run time of two hours, the Weapons Training Battalion Stamina Course became the stomping and sweating ground for corporals from HQSPT Bn. The Marines broke up into four squads, using teamwork and persistence to negotiate obstacles and a multitude of exercise stations.
“The whole point of this course is to give Marines a sense of accomplishment while also having to work as a team,” said Master Sgt. Anthony T. Ball, corrections specialist with HQSPT Bn. and coordinator of the course. “This course will bring some things that lie dormant inside you out, testing both your physical and leadership skills.”
After the first squad started, each consecutive squad started five minutes after the previous, leaving ample time between squads to navigate past the various obstructions throughout the route. The course consists of 22 exercise stations and 12 obstacles ranging from low-crawling under barbed wire to moving over towers of tires.''',
    quotes=[
        Q('“Being an (noncommissioned officer)', 'Marines’ accomplishments.”', "James Arvin"),
        Q('“The whole point of this course', 'work as a team,”', "Anthony T. Ball"),
        Q('“This course will bring', 'leadership skills.”', "Anthony T. Ball"),
    ],
    aliases={"James Arvin": ["Sgt. James Arvin"], "Anthony T. Ball": ["Master Sgt. Anthony T. Ball"]},
),
dict(
    id="lejeune-2015-10-camp-geiger-beirut-wreath-laying",
    source="https://www.lejeune.marines.mil/News/Article/Article/988120/wreath-laying-ceremony-at-camp-geiger-honors-fallen-beirut-marines",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and starts with the dateline paragraph (H131); its lines are hard-wrapped inside paragraphs: the wrapped lines of each paragraph were joined with a space, paragraphs begin where a line closes a sentence and the next opens a new one (H214); the paragraph '\"When I come here and I see young Marines, ...,\" said Kevin Jiggetts, ...', cut in the stored copy, dropped)",
    text='''MARINE CORPS BASE CAMP LEJEUNE, N.C. -- Marines, veterans and their families came together in remembrance of fallen Beirut Marines during a wreath laying ceremony at Camp Geiger on Marine Corps Air Station New River, Oct. 23.
The ceremony was the last of three memorial services held in the Marine Corps Base Camp Lejeune area to memorialize the Marines of 1st Battalion 8th Marines involved in bombing. The wreath was laid at the head of a stone template on Camp Geiger by Col. Steven Wolf, School of Infantry East commanding officer.
"It’s sad to see the families come through and understand that they lost a loved one in that bombing," said Wolf. "At the same time it’s good to see the Marine Corps, especially the Marines here at the School of Infantry East, come together to recognize the Marines that came before and their sacrifice."
After the memorial was over, Marines who graduated from the school were given the opportunity to talk to some of the former Marines in 1st Battalion, 8th Marines and get their perspective on what it means to be a Marine.
"I look around and I see some young Marines helping us out at the event and I think it’s a great way to pass on our traditions to them," said Wolf. "Even though it’s been quite a while since these Marines were killed in combat, we still come out here to honor and recognize them today. Understanding the service and sacrifice of the Marines that came before them is the legacy of the Marine Corps.
During the last phase of the ceremony, Marines, former Marines and their families formed two lines and either saluted or placed their hands over their hearts for the former Marines with 1st Battalion 8th Marines and their families led by Wolf.''',
    quotes=[
        Q('"It’s sad to see', 'in that bombing,"', "Steven Wolf"),
        Q('"At the same time', 'their sacrifice."', "Steven Wolf"),
        Q('"I look around', 'traditions to them,"', "Steven Wolf"),
        Q('"Even though it’s been', 'legacy of the Marine Corps.', "Steven Wolf"),
    ],
    aliases={"Steven Wolf": ["Col. Steven Wolf", "Wolf"]},
),
dict(
    id="lejeune-2011-11-09-joint-daytime-ceremony-customs",
    source="https://www.lejeune.marines.mil/News/Article/Article/512828/joint-daytime-ceremony-embraces-customs-traditions/",
    license=PD, retrieved=PAGES + " (the lines 'Photo Information', the photo caption, 'Photo by Cpl. Jonathan G. Wright' and the date/byline line '9 Nov 2011 | Cpl. Jonathan G. Wright' dropped; the paragraph 'The ceremony started with the marching and presentation ...', cut in the stored copy, dropped)",
    text='''Joint Daytime Ceremony embraces customs, traditions
He grasped his rifle in a steady port arms position, his eyes not focused on those around him, but locked forward for the task at hand. He marched briskly forward, the points of his cover slicing through the chilly morning air. At his mark, he executed a left-face and stood at-ease, holding his position as his 18th century Continental Marines uniform drew the eyes of the hundreds of onlookers around him.
The showing of historical uniforms of the past generations of Marines was one of the cornerstone events conducted during the annual Joint Daytime Ceremony, Marine Corps Base Camp Lejeune and tenant commands’ celebration of the Marine Corps birthday, at Liversedge Field aboard the base, Nov. 9.
“This ceremony is all about the customs, courtesies and traditions of our Marine Corps,” said Sgt. Maj. William C. Rice, sergeant major of MCB Camp Lejeune. “Marines from across the base come together to reflect on the Corps’ history and how the traditions we practice today won’t change with age.”''',
    quotes=[
        Q('“This ceremony is all about', 'our Marine Corps,”', "William C. Rice"),
        Q('“Marines from across the base', 'change with age.”', "William C. Rice"),
    ],
    aliases={"William C. Rice": ["Sgt. Maj. William C. Rice"]},
),
dict(
    id="lejeune-2016-11-secnav-241st-marine-corps-birthday",
    source="https://www.lejeune.marines.mil/News/Article/1004206/secnav-helps-lejeune-celebrate-241st-marine-corps-birthday/",
    license=PD, retrieved=PAGES + " (site header lines ('Unit HomeNews', 'Marine Corps Base Camp Lejeune' twice, the site motto '\"Home of Expeditionary Forces in Readiness\"', 'Camp Lejeune News Search', 'Camp Lejeune News') and the byline 'By Pfc. Juan Madrigal | Marine Corps Base Camp Lejeune | November 11, 2016' dropped; the leading space of the stored paragraphs removed; the paragraph 'At the end of the ceremony, Mabus presented ...', cut in the stored copy, dropped)",
    text='''SecNav helps Lejeune celebrate 241st Marine Corps Birthday
More than two thousand members of the Marine Corps Base Camp Lejeune community gathered at Liversedge field to celebrate the Marine Corps’ 241st birthday with the Joint Daytime Ceremony, Nov. 9.
The ceremony distinguishes the Marine Corps from other branches by celebrating its history and heritage. The Camp Lejeune community also welcomed as its guest of honor, the Honorable Raymond Mabus who is wrapping up a seven-year tenure as Navy Secretary.
"The history of the Marine Corps is as bright and shining today as it has been in its history," said Mabus. Marines from II Marine Expeditionary Force, U.S. Marine Corps Forces Special Operations Command, Marine Corps Installations East – Marine Corps Base Camp Lejeune, major subordinate commands and other tenant commands were all involved in the rededication of the National and Marine Corps colors.
The ceremony featured the traditional cake-cutting ceremony, which symbolized the passing of the Corps’ legacy and knowledge from the oldest to the newest generation of Marines. The uniform pageant had Marines in historical uniforms from different eras to show the evolution of the Marine Corps from its beginning in 1775 to the present. While many Marines know the basic history of the Marine Corps, the ceremony helped them broaden their knowledge on the many battles in which the Corps has distinguished itself.
"It’s good for junior Marines to see how the legacy has been carried on throughout the years," said Cpl. Kevin Umanzor, administrative specialist with Headquarters and Support Battalion.''',
    quotes=[
        Q('"The history of the Marine Corps', 'in its history,"', "Raymond Mabus"),
        Q('"It’s good for junior Marines', 'throughout the years,"', "Kevin Umanzor"),
    ],
    aliases={"Raymond Mabus": ["the Honorable Raymond Mabus", "Mabus"], "Kevin Umanzor": ["Cpl. Kevin Umanzor"]},
),
dict(
    id="lejeune-2012-11-02-camp-lejeune-celebrates-history",
    source="https://www.lejeune.marines.mil/News/Article/Article/513148/camp-lejeune-celebrates-history-tradition/",
    license=PD, retrieved=PAGES + " (the lines 'Photo Information', the photo caption, 'Photo by Lcpl. Joshua W. Grant' and the date/byline line '2 Nov 2012 | LCpl. Joshua W. Grant' dropped; the paragraph 'Many Marines know the basics of Marine Corps history, ...', cut in the stored copy, dropped)",
    text='''Camp Lejeune celebrates history, tradition
The birth of every branch of the U.S. military is significant in our nation’s history, but it’s through traditions and legacies those birthdays are carried on. The Marine Corps takes special pride in honoring past and present Marines and their dedication to teamwork with other services by hosting the Joint Daytime Ceremony.
This years event was held at the newly-refurbished Liversedge Field with hundreds in attendance aboard Marine Corps Base Camp Lejeune Nov. 2. While the Marine Corps celebrated 237 years of existence in 2012, it also celebrated the combined cooperation between the Naval services with the Navy and Coast Guard units aboard the base participating. In past years, Army and Air Force units aboard the base have also joined the celebration and renewed their dedication as well.
The ceremony included representation from units across MCB Camp Lejeune, featuring Marines wearing historical uniforms, and the cutting and passing of the Marine Corps birthday cake.
“Re-dedication of the core values, traditions and virtues of the Marine Corps is what this event is all about,” said Lt. Cmdr. John Rudd, chaplain for the Deployment Processing Center aboard the base who delivered the invocation for the ceremony.
This event is designed to “break down the barriers” between services and the animosity that sometimes inevitably occurs between branches, said Rudd.''',
    quotes=[
        Q('“Re-dedication of the core values', 'is all about,”', "John Rudd"),
        Q('“break down the barriers”', None, "John Rudd"),
    ],
    aliases={"John Rudd": ["Lt. Cmdr. John Rudd", "Rudd"]},
),
dict(
    id="26thmeu-2001-05-field-exercises-workups",
    source="https://www.26thmeu.marines.mil/News/Year/2001/Month/5/",
    license=PD, retrieved=PAGES + " (a news listing page of May 2001 whose stored part holds the text of its first story; the stored copy has no headline and starts with the dateline paragraph (H131); the paragraph 'And Jones is most likely right when he says that, ...', cut in the stored copy, dropped)",
    text='''MARINE CORPS BASE CAMP LEJEUNE, N.C. -- Mention the "field" to most Marines and thoughts of being away from home and uncomfortable situations probably come to mind.
Despite some Marines' willingness not to be in the field and their feelings that they are not accomplishing anything except maybe getting a cold and athlete's foot and would be better off back at the barracks watching "Full Metal Jacket," there is method to the madness.
Take a Marine who can't stand training, most likely he is bored because he did the same thing last year and it's becoming monotonous to him. He's bored because he knows the next step, he knows everything that's going to happen and is probably telling the new Marines what to expect. This proves that the training did pay-off the first time around and that repetition lead to knowledge.
Cpl. Kevin L. Jones, 26th Marine Expeditionary Unit correspondence clerk, said during the initial workups for the MEU, a lot of his new Marines got some excellent training. The native of Lake View, S.C., admitted, "I'd rather be in the rear chillin', but these exercises are much better than in the past. It seems like they put some actual thought into recent exercises and learned from the mistakes of last year."
He said for their own reasons, whether they enjoy playing soldier or value the training, the Marines taking part in the exercises are taking them more seriously than in the past.
"It will be better once 'game day' comes," he said.''',
    quotes=[
        Q('"field"', None, None),
        Q('"Full Metal Jacket,"', None, None),
        Q('"I\'d rather be in the rear', 'mistakes of last year."', "Kevin L. Jones"),
        Q('"It will be better once', 'comes,"', "Kevin L. Jones"),
    ],
    aliases={"Kevin L. Jones": ["Cpl. Kevin L. Jones"]},
),
dict(
    id="dvids-2009-07-17-marines-sailors-nagomi-children-okinawa",
    source="http://www.dvidshub.net/news/printable/36542",
    license=PD, retrieved=PAGES + " (printable page; the unit line 'III Marine Expeditionary Force', 'Story by Pfc. J Nava', the 'Date:', 'Posted:' and 'News ID:' lines and the headline printed a second time in title case dropped; the paragraph 'When the children see and interact with Marines and sailors ..., according to Parks', cut in the stored copy, dropped)",
    text='''Marines, sailors reach out to local Japanese children on Okinawa
OKINAWA, Japan - Marines and sailors aboard Camp Schwab spent a day with children from the Nagomi Nursing Home for Children at Oura Wan Beach, Sunday.
A day filled with fun in the sun, including a cookout, where children from the Nagomi Nursing Home for Children interact with Marines and sailors has been an annual tradition aimed to serve as an intercultural outreach program for the past nine years, according to Fumio Iha, Camp Schwab's community relations representative and event coordinator.
"It's a morale booster and definitely good for everyone," said Navy Lt. Jeff Parks, 3rd Marine Division chaplain.
It shows Marines many of life's problems can be solved by helping other people, and it provides the children with parental figures that some of them might not have, Parks added.
The Marines and sailors began the day playing with the children on the beach and in the water.
"At first they were a little timid, but they soon became comfortable with us," said Petty Officer 3rd Class Luke Rhoades, a hospital corpsman with 3rd Medical Battalion, Combat Logistics Regiment 35, 3rd Marine Logistics Group. "We had a lot of fun out there playing with them."
The Marines and sailors cooked and served hot dogs and steak for the children after playing on the beach, which was promptly followed by more fun and games along the shore.
"Events like this promote good relations with our host country and local community," said 1st Sgt. Stennett Rey, first sergeant, 4th Marine Regiment, from Queens, N.Y. "It also helps show them [local nationals] we are here to support them."''',
    quotes=[
        Q('"It\'s a morale booster', 'good for everyone,"', "Jeff Parks"),
        Q('"At first they were', 'comfortable with us,"', "Luke Rhoades"),
        Q('"We had a lot of fun', 'playing with them."', "Luke Rhoades"),
        Q('"Events like this', 'local community,"', "Stennett Rey"),
        Q('"It also helps show them', 'to support them."', "Stennett Rey"),
    ],
    aliases={"Jeff Parks": ["Navy Lt. Jeff Parks", "Parks"], "Luke Rhoades": ["Petty Officer 3rd Class Luke Rhoades"],
             "Stennett Rey": ["1st Sgt. Stennett Rey"]},
),
dict(
    id="mcipac-2013-04-clb31-nagomi-orphans",
    source="https://www.mcipac.marines.mil/Media-Room/News/Article/532073/clb-31-spends-time-with-orphans",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and starts with the dateline paragraph (H131); the last paragraph '“We are very tha', cut in the stored copy, dropped)",
    text='''Nago, Okinawa, Japan -- As part of the Marine Corps’ force in readiness for the Asia-Pacific region, the Marines and sailors of Combat Logistics Battalion 31, 31st Marine Expeditionary Unit, III Marine Expeditionary Force, are expected to be ready for anything. For one occasion, that meant being ready to play.
Approximately 20 service members and family members donated part of their Saturday to play with local orphans and provide an American-style barbecue April 20 at the Nagomi Nursing Home for Children. For a variety of reasons, the volunteers jumped at the opportunity to brighten the day of 26 Japanese children.
“I’m new to the island, so this was a great way to see some of the area while doing something nice for the kids,” said Cpl. Steven V. Stroud, a metal worker with CLB-31, 31st MEU. “The language barrier is tough, but fun is universal.”
The group began the day by getting to know the kids through sports, music and other activities. Service members could be found alongside Japanese children climbing the jungle gym, pushing toy cars, kicking soccer balls, playing musical instruments and more.
The joy of having new playmates brought smiles to the children’s faces, and those smiles brought joy to the Marines and sailors who happily filled the role.
“I used to be a teacher, so I missed this kind of interaction with children,” said 2nd Lt. Ciara G. Mamangun, the adjutant with CLB-31, 31st MEU. “It’s great for these children to see people who care and want to spend time with them.”
While most played, a few Marines and sailors tended the grill to provide lunch for the group. Cheeseburgers, hot dogs, chips, soda and tea satisfied everyone’s appetite.
As the group ate, they were treated with traditional Okinawan music played by one of the students and popular American songs played by one of the family members. The event came to a close with a group photo and a message of gratitude by the students and staff of the orphanage.''',
    quotes=[
        Q('“I’m new to the island', 'for the kids,”', "Steven V. Stroud"),
        Q('“The language barrier', 'fun is universal.”', "Steven V. Stroud"),
        Q('“I used to be a teacher', 'with children,”', "Ciara G. Mamangun"),
        Q('“It’s great for these children', 'time with them.”', "Ciara G. Mamangun"),
    ],
    aliases={"Steven V. Stroud": ["Cpl. Steven V. Stroud"], "Ciara G. Mamangun": ["2nd Lt. Ciara G. Mamangun"]},
),
dict(
    id="dvids-2011-07-08-3-12-marines-seishin-orphanage",
    source="https://www.dvidshub.net/news/printable/73407",
    license=PD, retrieved=PAGES + " (printable page; the unit line 'III Marine Expeditionary Force', 'Story by Pfc. Daniel Valle', the 'Date:', 'Posted:' and 'News ID:' lines and the headline printed a second time dropped)",
    text='''Marines, sailors volunteer time with local community
OKINAWA, Japan - Artillery Marines are known for receiving firing missions and supporting their fellow Marines on the front lines of battle.
For a few Marines from 3rd Battalion, 12th Marine Regiment, they recently received a different type of support request. Instead of their typical fire mission, they went to help spread cheer to local children at an orphanage near the East Fuji Maneuver Area.
Marines and sailors of the battalion, part of 3rd Marine Division, III Marine Expeditionary Force, took part in the community relations project at Seishin Orphanage July 3 as part of Artillery Relocation Training Program 11-1.
The purpose of this project was to take Marines and sailors away from the training atmosphere and give them a chance to help strengthen relationships with the local Japanese community.
“We visit orphanages and elementary schools to help build a better relationship with the Japanese people.” said Lt. j.g. Matthew C. Fore, battalion chaplain, 3rd Bn., 12th Marines. “The purpose of this event is to give the Marines and sailors a chance to get away from the training environment and get out into the community and learn the local culture.”
Participants said events like this are a great opportunity to interact with the local community.
“It was a great time and it felt good to see the kids smile,” said Petty Officer 3rd Class Christopher L. Davis, a corpsman with Romeo Battery, 3rd Bn., 12th Marines. “We played soccer, basketball, pushed them on swings, pulled them in wagons and played other games with them.”
This project shows the Japanese people that the Marines are here to train and help the community in any way possible, said Cpl. William W. Reed, a small arms technician with Romeo Battery, 3rd Bn., 12th Marines.''',
    quotes=[
        Q('“We visit orphanages', 'the Japanese people.”', "Matthew C. Fore"),
        Q('“The purpose of this event', 'the local culture.”', "Matthew C. Fore"),
        Q('“It was a great time', 'the kids smile,”', "Christopher L. Davis"),
        Q('“We played soccer', 'games with them.”', "Christopher L. Davis"),
    ],
    aliases={"Matthew C. Fore": ["Lt. j.g. Matthew C. Fore"], "Christopher L. Davis": ["Petty Officer 3rd Class Christopher L. Davis"]},
),
dict(
    id="dvids-2009-11-16-greywolf-first-cav-troops-return",
    source="http://www.dvidshub.net/news/41683/greywolf-among-first-cav-troops-return-home",
    license=PD, retrieved=PAGES + " (the maintenance notice, login and logo lines, the headline printed a second time, the photo caption 'Photo By Sgt. Karl Williams | Family members stand on the ready line ... read more read more', the place and date lines 'FORT HOOD, TX, UNITED STATES' / '11.16.2009', 'Story by Sgt. Karl Williams' and the unit line dropped; the indentation of the stored lines removed; the paragraph 'After a brief ceremony, and the retiring of the colors, ...', cut in the stored copy, dropped)",
    text=''''Greywolf' among first CAV troops to return home
FORT HOOD, Texas — 1st Cavalry Division's Rear Detachment hosted Family reunions for more than 300, 3rd Heavy Brigade Combat Team, 1st Cavalry Division Soldiers, at the division headquarters, in Fort Hood, Texas.
The brigade's first and second advanced party's flights arrived, Nov. 10 and 13, to the applause and cheers of Families in front of the 1st Cav. Div. Headquarters. The returning group was the first of this Iraq deployment to arrive home.
"Being able to watch the Soldiers get off the plane is awesome," said Amanda Hartley.
The flights represent the beginning of "Greywolf's" return to Fort Hood after a 12-month deployment to Iraq.
Once the buses arrived at Cooper Field, chants of "move that bus" were heard from Families waiting to welcome home their Soldiers.
Tommy Tatum, from Kempner, Texas, attended the ceremony with some of the members of the American Legion Rider Post 582 out of Copperas Cove, Texas, to welcome home his son-in-law, Sgt. 1st Class Jesse Hill, assigned to 2nd Battalion, 82nd Field Artillery Regiment, 3rd BCT, 1st Cavalry Division, said they were there to support the Hill and the other Soldiers as they returned home.
"It's great to see the Soldiers return home and reunited with their Families again," Tatum said.''',
    quotes=[
        Q("'Greywolf'", None, None),
        Q('"Being able to watch', 'is awesome,"', "Amanda Hartley"),
        Q('"Greywolf\'s"', None, None),
        Q('"move that bus"', None, None),
        Q('"It\'s great to see the Soldiers', 'Families again,"', "Tommy Tatum"),
    ],
    aliases={"Tommy Tatum": ["Tatum"]},
),
dict(
    id="104fw-2010-11-deployment-exercise",
    source="https://www.104fw.ang.af.mil/News/Article-Display/Article/447685/deployment-exercise/",
    license=PD, retrieved=PAGES + " (the lines '• Published', '• By Senior Airman Matthew Benedetti, Public Affairs' and '• 104th Fighter Wing' dropped; the paragraph 'Identifying challenges associated with deplo...', cut in the stored copy, dropped)",
    text='''Deployment Exercise
426 members of the wing were mobilized and all unit members played a role in a two-day deployment exercise during the November drill that was designed to prepare Airmen for the process if they and the wing's aircraft were called to active duty.
"Pax in, Pax out," became a familiar refrain to anyone who participated in the simulated deployment. The phrase was the signal for the next individual to proceed into the 'Amnesty' tent and allow the line to snake forward. Bags were packed with designated items, tagged and turned in to personnel acting as transport handlers. Participants processed through deployment stations as if leaving on a real world expedition. Legal, family and medical representatives were on hand to assure that 'deploying' personnel were squared away. Idling busses acted as departing aircraft as members boarded to a forward destination.
Airmen who participated in a 'chalk' or deployment group experienced early mornings and long days. A degree of patience was required but the process was considered efficient, thorough and well organized considering the number of airmen involved.
Lt. Col. Joseph Daley of Chalk 7 felt it was a worthwhile endeavor. "I saw a lot of the young troops learning during the exercise and stepping up. They were solving problems in their immediate areas."
A veteran of countless deployments, Daley observed, "People realize that in war time, a real world deployment is very different from the challenge presented by an inspection team. Especially, considering when an inspection team has not been here since 1998."
"We need to focus our efforts on the rules, regulations and source documents that provide the grading criteria for the upcoming inspection in 2011. It definitely served its' purpose. We showed significant improvement and people demonstrated positive attitudes. "''',
    quotes=[
        Q('"Pax in, Pax out,"', None, None),
        Q("'Amnesty'", None, None),
        Q("'deploying'", None, None),
        Q("'chalk'", None, None),
        Q('"I saw a lot of the young troops', 'immediate areas."', "Joseph Daley"),
        Q('"People realize that in war time', 'since 1998."', "Joseph Daley"),
        Q('"We need to focus our efforts', 'positive attitudes. "', "Joseph Daley"),
    ],
    aliases={"Joseph Daley": ["Lt. Col. Joseph Daley", "Daley"]},
),
dict(
    id="shaw-20fw-phase-one-deployment-readiness",
    source="https://www.shaw.af.mil/News/Article-Display/Article/213560/wing-tests-learns-deployment-readiness",
    license=PD, retrieved=PAGES + " (the lines 'Article Display', '• Published', '• By Staff Sgt. John Gordinier' and '• 20th Fighter Wing Public Affairs' dropped; the paragraph '\"It was extremely helpful seeing commanders and UDMs ...,\" she explained. ...', cut in the stored copy, dropped)",
    text='''Wing tests, learns deployment readiness
There has been much activity around Shaw throughout the week while hundreds of Airmen participate in a Phase I exercise, which tests Airmen on their capability of deploying personnel, cargo and aircraft to the fight.
"Phase exercises are vital to maintaining our combat readiness," said Col. Ted Uchida, 20th Mission Support Group commander. "While we routinely deploy forces (overseas), we don't typically stress wing resources deploying large numbers of people and large amounts of cargo in a short period of time with little advance notice. Additionally, we don't get the opportunity to evaluate our training of deployment skills, some of which are perishable."
"This is my first Phase I exercise and I have learned a lot from the personnel side of things," said 1st Lt. Marti Bernet, 20th Force Support Squadron club manager. "I learned about mobility folders and what is required in them to process through the deployment line."
The lieutenant said communication is "key" between organizations such as the unit deployment managers, commanders and deployment processing center personnel.
"Everyone has to be in communication with each other, otherwise, things begin to fall apart," she added.
"It's been a little bit of a bumpy road, but we are pushing through and learning very valuable lessons for future exercises and deployments," Lieutenant Bernet said.
These exercises are conduits of good information for Airmen who have not deployed or Airmen who have no idea how to deploy, she continued.
There is one thing the lieutenant found very helpful during the exercise.''',
    quotes=[
        Q('"Phase exercises are vital', 'combat readiness,"', "Ted Uchida"),
        Q('"While we routinely deploy', 'which are perishable."', "Ted Uchida"),
        Q('"This is my first Phase I exercise', 'side of things,"', "Marti Bernet"),
        Q('"I learned about mobility folders', 'deployment line."', "Marti Bernet"),
        Q('"key"', None, "Marti Bernet"),
        Q('"Everyone has to be in communication', 'fall apart,"', "Marti Bernet"),
        Q('"It\'s been a little bit', 'and deployments,"', "Marti Bernet"),
    ],
    aliases={"Ted Uchida": ["Col. Ted Uchida"],
             "Marti Bernet": ["1st Lt. Marti Bernet", "The lieutenant", "the lieutenant", "Lieutenant Bernet"]},
),
dict(
    id="110wg-ready-to-move-out-deployment-exercise",
    source="https://www.110wg.ang.af.mil/News/Article/449892/ready-to-move-out/",
    license=PD, retrieved=PAGES + " (the line 'News Search' and the lines '• Published', '• By Tech. Sgt. Jonathan Stein', '• 110 Fighter Wing, Public Affairs' dropped; a line break inside the second paragraph ('physical contact' / 'with families') joined with a space (H214))",
    text='''Ready to Move Out
The November weekend had members walking through the deployment routine in a mock exercise. The exercise was setup to test the base and the procedures of running deployed airman through the phases. "A lot of us have never gone through this before," said Staff Sgt. Ken Gordon. "This is a good exercise for everyone."
One of the last phases included a weapons pallet, getting their baggage weighed, and going through a metal detector. This is the point where there is no longer physical contact with families with the exception of a cell phone. "They've said their good-byes at this point," said Sergeant Gordon.
This is also the part where the military would keep those being deployed from trying to run away. The exercise went on for both Saturday and Sunday. The exercise had over 200 people participating with 75 acting as deployed airman.''',
    quotes=[
        Q('"A lot of us have never', 'this before,"', "Ken Gordon"),
        Q('"This is a good exercise', 'for everyone."', "Ken Gordon"),
        Q('"They\'ve said their good-byes', 'at this point,"', "Ken Gordon"),
    ],
    aliases={"Ken Gordon": ["Staff Sgt. Ken Gordon", "Sergeant Gordon"]},
),
dict(
    id="voa-2013-10-guinea-president-dismisses-fraud-allegations",
    source="https://voa.pangea-cms.com/preview/en-US/a/guineas-president-dismisses-election-fraud-allegations/1765540.html",
    license=PD, retrieved=PAGES + " (VOA News item on VOA's content system; 'Accessibility links', 'Breaking News', the photo caption printed twice and the VOA News byline box with the service description and the size letters after the last paragraph dropped)",
    text='''Guinea's President Dismisses Election Fraud Allegations
Guinea's president has dismissed accusations of fraud in last month's legislative polls, calling them "political rhetoric."
President Alpha Conde also said he will not allow any group to destabilize the country.
The president commented Tuesday through his spokesperson, Rachid Nadiye.
Nadiye said in an interview with VOA that Conde had urged opposition leaders to seek legal action and have their election grievances addressed in court.
The September 28 polling was intended to complete a political transition in Guinea that began with the democratic election of Conde in 2010.
Partial results, released last week, indicated the president's Rally of the Guinean People party had taken a lead in several districts.
The opposition, however, rejected those results and called for the annulment of the elections. The parties threatened mass protests if the results were not invalidated.
The opposition said the polling was marred by "massive fraud," which included ballot stuffing and substitutions of vote counts.
Earlier this week, opposition parties announced they had walked out of United Nations-mediated political talks with the government as a further show of discontent.
Some 1,700 candidates are seeking the 114 seats in Guinea's national assembly.
September's election had been postponed repeatedly over the past two years, in part due to violent clashes and the threat of more trouble if the vote went ahead.''',
    quotes=[
        Q('"political rhetoric."', None, "Alpha Conde"),
        Q('"massive fraud,"', None, None),
    ],
    aliases={"Alpha Conde": ["President Alpha Conde", "Conde", "Guinea's president"]},
),
]
