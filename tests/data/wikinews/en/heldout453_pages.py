# Held-out English news texts (tests/data/heldout453-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US government news stories (public domain, 17 U.S.C. § 105), each on the site of the
# service or agency that wrote it: a DVIDS story of July 2020 on a fire team exercise of the 82nd Airborne Division's
# Headquarters and Headquarters Battalion at Fort Bragg (dvidshub.net 374544), an Air Force Life Cycle Management Center
# story of May 2022 on Airmen at a field day of a Dayton school (aflcmc.af.mil 3047981), a 92nd Air Refueling Wing story
# on Spokane-area school superintendents at Fairchild Air Force Base (fairchild.af.mil 1580919), an army.mil story of
# March 2009 on a reenlistment of Fort Carson NCOs (article 19003), two DVIDS stories on reenlistment ceremonies (the
# printable page of 72667, Third Army at Camp Arifjan, June 2011; 241208, the 1st Armored Division's Combat Aviation
# Brigade, 2017), a NOAA News story of April 9, 2007 on the Caribbean tour of a 'Hurricane Hunter' aircraft
# (noaanews.noaa.gov s2833) and a Marine Corps Air Station Iwakuni story of December 2001 on Toys for Tots
# (mcasiwakuni.marines.mil 505693). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in
# `retrieved`). Site and notice lines, '• Published' / '• By ...' lines, unit, byline, date, 'Posted' and 'News ID' lines,
# a doubled headline, an image's alt text with its date and click-and-credit note, the corpus's date prefix and the
# empty lines between paragraphs are dropped, as are spaces at the end of a paragraph; a headline is kept once as the
# first line where the stored copy has one (none is added where it has none); datelines at the start of a paragraph are
# kept as stored; wording, typos, double spaces and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2115-H2121 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout453-en.jsonl

Built by `build.py` from `heldout453_pages.py`. Like heldout441-en, heldout436-en, heldout431-en, heldout430-en and the
other US government sets above, these texts are stored web pages (the `pages` search corpus) of US government news
stories, works of federal employees in the public domain (17 U.S.C. § 105), each on the site of the service or agency
that wrote it: two DVIDS (Defense Visual Information Distribution Service) stories of Army units (dvidshub.net 374544,
'HHBN, 82nd Airborne Division puts safety, realistic training first' (slug), July 2020; 241208, the Combat Aviation
Brigade, 1st Armored Division's mass reenlistment ceremony, 2017) and the DVIDS printable page of story 72667 ('Third
Army re-enlists 31 soldiers on Army’s birthday', June 2011), an army.mil story of March 2009 (article 19003, 'Fort
Carson CG re-ups NCOs' (slug)), two Air Force stories ('AFLCMC Airmen give back to Dayton, Ohio school students',
aflcmc.af.mil 3047981, May 2022; 'Spokane-area school district superintendents experience Rapid Global Mobility',
fairchild.af.mil 1580919, July 18, no year in the stored copy), a NOAA News story ('Public Invited to Tour "Hurricane
Hunter" Aircraft', noaanews.noaa.gov stories2007/s2833, April 9, 2007) and a Marine Corps story ('Toys for Tots gives to
community', mcasiwakuni.marines.mil 505693, Dec. 14, 2001). Reuse terms relied on: US government works are not subject
to copyright in the US (17 U.S.C. § 105); the DVIDS pages carry the units' own public-affairs stories (DVIDS labels such
service members' works 'PUBLIC DOMAIN', as on the DVIDS pages seen in the same searches); the .mil and noaa.gov pages
are the services' and NOAA's own stories. None is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it
holds a complete quotation before the cut (what was dropped is noted per page). Site and notice lines ('An official
website of the United States government', 'NOAA Magazine || NOAA Home Page'), '• Published' and '• By ...' lines, unit,
byline, date, 'Posted' and 'News ID' lines, the second, straight-apostrophe copy of the DVIDS printable headline, the
NOAA image's alt text with the date run into it and its '(Click NOAA image collage ... Please credit “NOAA.”)' note, the
corpus's ' date YYYY-MM-DD' prefix, the empty lines between paragraphs and spaces at the end of a paragraph were
dropped; datelines at the start of a paragraph are kept as stored; wording, typos ('designed to provided', 'Whatever the
reason maybe', 'O’ Connor'), double spaces after full stops and quotation marks (straight and curly as stored) are as
stored. Pages read but left out: dvidshub.net 106565 (North Dakota flood reprieve; no quotation before the cut),
lejeune.marines.mil 1009272 (one quotation before the cut), the Marshall Star of Feb. 29, 2012 (one quotation before the
cut), the globalsecurity.org copy of the Navy NewsStand story NNS080307-16 (a copy on another site, one quotation), the
usapatriotism.org copy of a Parris Island drill instructor story, the vko.va.ngb.army.mil range story of the 29th
Infantry Division (a state Guard site), the fortblissbugle.com copy of the Combat Aviation Brigade story (the DVIDS page
used instead), the webarchive copy of the NOAA release 95-R500 (one quotation before the cut), and pages already in
earlier sets (FWS 'Wayward Eagle' (heldout390-en), nationalguard.mil 1794723 and 611419 (heldout33-en), army.mil 24716
(heldout302-en), dvidshub.net 307972 (heldout97-en) and 101239 (heldout76-en), navy.mil 2255411 (heldout166-en), 73395
(heldout29-en) and 2237801 (heldout38-en), lejeune 513146 (heldout242-en), the militarypress.com Seabees story
(heldout370-en), the NOAA 2006 hurricane tour release (heldout83-en), the Olympic National Park birthday release
(heldout41-en)) and pages of newspapers, TV stations, magazines and blogs found by the same searches. None of the pages
used is in any set above or in another helper's worktree (checked by URL and page id (374544, 3047981, 1580919, 19003,
72667, 241208, s2833, 505693), by title and slug and by the names of their speakers and phrases, such as Samuel
Rolofson, Maitiu Laman, West McKeithan, Tyler Wallis, Amber Yates, Edison Elementary, Wright-Dunbar, Kimberly Headrick,
Warrior Caste, Rapid Global Mobility, Mark A. Graham, land of the free because of the brave, Michael Jenson, Third Army
re-enlists, Peter Vangjel, William Hayes, Thomas O’Connor, O’ Connor, Army lives on reenlistment, Timothy Sanders,
Lixion Avila, Public Invited to Tour, active hurricane cycle, Lavonne Lessard, Colin Wyers and Jimmy Lamboy, with grep
over tests/data of the main tree and of every other helper's worktree (heldout447-452): no hit; Bill Proenza speaks in
heldout45-en about another event, and the Army's 236th birthday and the Single Marine Program appear in other sets in
other stories). The annotation (rules H2115–H2121 in `ANNOTATION.md` on top of H1–H2114) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvidshub-374544-hhbn-82nd-fire-team-training",
    source="https://www.dvidshub.net/news/374544/hhbn-82nd-airborne-division-puts-safety-realistic-training-first",
    license=PD, retrieved=PAGES + " (DVIDS story of July 2020 on a fire team training exercise of Headquarters and Headquarters Battalion, 82nd Airborne Division, near West McKeithan Pond, Fort Bragg, July 16, 2020; the stored copy has no headline line (slug 'hhbn-82nd-airborne-division-puts-safety-realistic-training-first') and opens with the first paragraph after the corpus's prefix ' date 2020-07-15', which is dropped; no title added (H1818); the last paragraph, '\"The range is unique to the Paratroopers,\" said Rolofson. \"It has a right and left side maneuverer, with realistic environments which was re', cut in the stored copy, dropped with Rolofson's third quotation (H2121); 'designed to provided' and straight marks as stored)",
    text='''Headquarters and Headquarters Battalion, 82nd Airborne Division, hosted a fire team training exercise near West McKeithan Pond, Fort Bragg, July 16, 2020. U.S. Army commanders use fire team training exercises and combat environment training areas to evaluate the capabilities of their weapons and Paratroopers.
U.S. Army Cpt. Samuel Rolofson, a military intelligence officer with Headquarters and Headquarters Battalion, was the officer in charge of the training and referred to it as unique.
"This training was unique because many of our mitigation measures for COVID 19 are in effect," said Rolofson. "We are using unique strategies to overcome and reduce heat exposure by allowing our Soldiers to rest within the COVID restriction guidelines mandated by FORSCOM."
Under Rolofson's watchful eyes, he supervised the range operations from the tower. On the ground, Cpt. Maitiu Laman, Headquarters Support Company commander, observed the teams' communication techniques, and their weapons functions while they moved toward the objective.
Rolofson and Laman's mission were clear. They were focused on improving any complexities the trainers may foresee, reinforce, sustain, and expand the Paratroopers marksmanship skills to ready them for war.
U.S. Army Sgt. Christian Smith, a fire team leader, said, "Earlier today, we started with a dry run. It was a little choppy as we worked out the mechanics, but as we progressed, we saw a significant improvement throughout the entire exercise. I believe our team definitely got some great training out of it today."
The firing range at West McKeithan Pond was triple-layered. It was designed to provided forested, desert, and an urban fighting area to challenge the Troopers with real life combat scenarios.''',
    quotes=[
        Q('"This training was unique', 'are in effect,"', "Samuel Rolofson"),
        Q('"We are using unique', 'mandated by FORSCOM."', "Samuel Rolofson"),
        Q('"Earlier today,', 'out of it today."', "Christian Smith"),
    ],
    aliases={"Samuel Rolofson": ["Samuel Rolofson", "U.S. Army Cpt. Samuel Rolofson", "Rolofson", "a military intelligence officer with Headquarters and Headquarters Battalion"],
             "Christian Smith": ["Christian Smith", "U.S. Army Sgt. Christian Smith", "a fire team leader"]},
),
dict(
    id="aflcmc-3047981-airmen-edison-elementary-field-day",
    source="https://www.aflcmc.af.mil/NEWS/Article-Display/Article/3047981/aflcmc-airmen-give-back-to-dayton-ohio-school-students",
    license=PD, retrieved=PAGES + " (Air Force Life Cycle Management Center story of May 2022 on Airmen of the Special Programs Division (AFLCMC/WAG) at a field day of Edison Elementary, Dayton, Ohio, May 25; the lines '• Published' and '• By Allyson B. Crawford and TSgt Matthew Fredericks, Air Force Life Cycle Management Center Public Affairs', a line holding a single space and the spaces at the end of paragraphs dropped; headline kept once; the dateline 'DAYTON, Ohio (AFLCMC) - ' kept as stored; the paragraph 'While the students got physical exercise running races and kicking balls, the WAG Airmen worked out some different muscles. The team bonded over the', cut in the stored copy, dropped; present-tense inverted cues 'explains Capt Tyler Wallis of ...' and 'says Yates' (H2115); straight marks as stored)",
    text='''AFLCMC Airmen give back to Dayton, Ohio school students
DAYTON, Ohio (AFLCMC) - Wednesday, May 25 was a special day for students at Edison Elementary near the historic Wright-Dunbar neighborhood in Dayton, Ohio, and not just because it was the last day of school. Airmen with the Special Programs Division within the Fighters and Advanced Aircraft Directorate (AFLCMC/WAG) volunteered to pitch in and make the day extra fun. Edison hosted a field day for students and members of the WAG team helped execute the event. The Airmen pitched in because Edison gets little parental volunteer support.
The WAG team has volunteered at Edison before, so the field day was a chance to make the partnership stronger. The school is close to Wright-Patterson AFB.
"People in our organization really enjoy it," explains Capt Tyler Wallis of the WAG team's involvement with Edison. "It's good to get out and see people in the community."
Several zip codes in the city of Dayton are considered food insecure with residents in financial need. Edison sits in one of those zip codes. For WAG contracting officer Amber Yates, helping out is not just about giving back to those in need. It is also about building a stronger work team.
"It's just so good to take care of those who are less fortunate than us," says Yates. "Every day I come to work and I feel so thankful that I get to come to this amazing job and give back to my country and we all feel super passionate about protecting the Warfighter. We should start local in serving our country and focus on serving our communities and making the impact where we can. I think it's just amazing that we have the ability to do so and the leadership that allows us to do it."''',
    quotes=[
        Q('"People in our organization', 'really enjoy it,"', "Tyler Wallis"),
        Q('"It\'s good to get out', 'in the community."', "Tyler Wallis"),
        Q('"It\'s just so good', 'less fortunate than us,"', "Amber Yates"),
        Q('"Every day I come to work', 'allows us to do it."', "Amber Yates"),
    ],
    aliases={"Tyler Wallis": ["Tyler Wallis", "Capt Tyler Wallis"],
             "Amber Yates": ["Amber Yates", "WAG contracting officer Amber Yates", "Yates"]},
),
dict(
    id="fairchild-1580919-superintendents-rapid-global-mobility",
    source="https://www.fairchild.af.mil/News/Article-Display/Article/1580919/spokane-area-school-district-superintendents-experience-rapid-global-mobility/",
    license=PD, retrieved=PAGES + " (92nd Air Refueling Wing story by Airman 1st Class Jesenia Landaverde on Spokane-area school district superintendents at Fairchild Air Force Base, July 18 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Jesenia Landaverde' and '• 92nd Air Refueling Wing Public Affairs' dropped; headline kept once; the last paragraph, '“We are all here to put forth for our military children and students,” said Steve McMullen, Airman & Family Readiness Center school liaison specialist. “Fairchild is proud to partner with our local school districts; they have a stake in our chil', cut in the stored copy, dropped with McMullen's quotations (H2121); the term “Warrior Caste.” between two 'according to' sentences is null (H2116); curly marks and 'student’s' as stored)",
    text='''Spokane-area school district superintendents experience Rapid Global Mobility
Team Fairchild hosted Spokane-area school district superintendents to experience and learn about the 92nd Air Refueling Wing mission first-hand July 18.
Airmen dedicate their lives to support their country and the communities within it. Educating surrounding community leaders on the Air Force mission helps build a support network for current service members and their families while providing insight into the military mission to recruit future Airmen.
“Many of us have children and students who are interested in joining the military and learning about everything it takes to serve,” said Kimberly Headrick, Medical Lake School District assistant superintendent. “The flight was an amazing opportunity and helps us, as school leaders, to better understand the Air Force to prepare students interested in joining.”
The percentage of new military recruits has decreased; less than .4 percent serves today, according to a Defense Manpower Data Center report. This has brought about the rise of a “Warrior Caste.” While the United States possesses a more ready and professional military than ever before, the majority of current service members come from multigenerational military families, according to The Center for a New American Security.
As the Air Force enhances their partnerships with schools, educators gain more insight into Air Force opportunities and can enhance student’s educational experiences. This partnership benefits recruiting while creating a more efficient way for Airmen and their families to address education concerns.''',
    quotes=[
        Q('“Many of us have children', 'it takes to serve,”', "Kimberly Headrick"),
        Q('“The flight was an amazing', 'interested in joining.”', "Kimberly Headrick"),
        Q('“Warrior Caste.”', None, None),
    ],
    aliases={"Kimberly Headrick": ["Kimberly Headrick", "Medical Lake School District assistant superintendent"]},
),
dict(
    id="army-mil-19003-fort-carson-ncos-reenlist",
    source="https://www.army.mil/article/19003/fort_carson_cg_re_ups_ncos",
    license=PD, retrieved=PAGES + " (army.mil article 19003 of March 2009 on sixteen Fort Carson NCOs reenlisted by Maj. Gen. Mark A. Graham on March 17, 2009; the stored copy has no headline line (slug 'fort_carson_cg_re_ups_ncos') and opens with the dateline 'FORT CARSON, Colo.-', kept as stored, no title added (H1818); the last paragraph, '\"It wasn't what I was expecting,\" Jenson said, adding that he thought his re-enlistment would be much lower key. \"It was nice. I didn't realize it was going to be ', cut in the stored copy, dropped, so Sgt. Michael Jenson, named in the paragraph before, has no span (H2121); the blank before the closing mark of Graham's last span ('brave. \"') kept inside the span (H1687); straight marks as stored)",
    text='''FORT CARSON, Colo.-Sixteen Fort Carson Soldiers from six different units participated in a reenlistment ceremony in front of the post headquarters building March 17.
The group, all noncommissioned officers, was sworn in by Maj. Gen. Mark A. Graham, commanding general, Division West (First Army) and Fort Carson.
"2009 is the year of the noncommissioned officer in our Army," Graham said. "I've been in the Army over 31 years now and I still remember the first noncommissioned officer that I ever served with."
Graham recalled that the NCO was indispensable in helping him learn how the Army worked.
"We've talked often over the years that the noncommissioned officer is the backbone of the Army and you'll hear the chief of staff of the Army say that the Army is the strength of the nation," Graham said. "My thought is that the NCO corps is the strength of our Army. So the strength of the nation and the strength of the Army is standing before you represented by these 16 noncommissioned officers representing over 150 years of combined service to America's Army."
Graham said the group also represented 23 combined deployments to Iraq and that 10 of the Soldiers were preparing to deploy again soon.
"Thank you all for loving Soldiers and for being noncommissioned officers and staying with our Army and being great leaders of our Army," Graham said. "We need you. Your Army needs you and America needs you. We thank you for making a commitment to sign up and stay longer. We also thank you for the sacrifices you and your family have gone through. This is the land of the free because of the brave. "
Graham then administered the oath of enlistment to the group.
For Sgt. Michael Jenson, C Company, 4th Special Troops Battalion, 4th Brigade Combat Team, 4th Infantry Division, the ceremony came as something of a surprise.''',
    quotes=[
        Q('"2009 is the year', 'in our Army,"', "Mark A. Graham"),
        Q('"I\'ve been in the Army', 'ever served with."', "Mark A. Graham"),
        Q('"We\'ve talked often', 'strength of the nation,"', "Mark A. Graham"),
        Q('"My thought is that', 'to America\'s Army."', "Mark A. Graham"),
        Q('"Thank you all for loving', 'leaders of our Army,"', "Mark A. Graham"),
        Q('"We need you.', 'because of the brave. "', "Mark A. Graham"),
    ],
    aliases={"Mark A. Graham": ["Mark A. Graham", "Maj. Gen. Mark A. Graham", "Graham", "commanding general, Division West (First Army) and Fort Carson"]},
),
dict(
    id="dvidshub-72667-third-army-reenlists-army-birthday",
    source="https://www.dvidshub.net/news/printable/72667",
    license=PD, retrieved=PAGES + " (DVIDS printable page of story 72667 by Cpl. Christopher Calvert, 13th Public Affairs Detachment, on the reenlistment of 31 soldiers at Camp Arifjan, Kuwait, on the Army's 236th birthday, June 14, 2011; the lines '13th Public Affairs Detachment', 'Story by Cpl. Christopher Calvert', 'Date: 06.14.2011', 'Posted: 06.24.2011 08:05' and 'News ID: 72667' and the second copy of the headline, typed with a straight apostrophe ('Third Army re-enlists 31 soldiers on Army's birthday'), dropped; the first headline (curly apostrophe) kept once as the first line (H2118); the dateline 'CAMP ARIFJAN, Kuwait – ' kept as stored; the last paragraph, '“On the occasion of our birthday, we want to thank each of you who have sacrificed for our freedom,” said Maj. Gen. Vangjel. “These are the soldiers and leaders ... who keeps this countr', cut in the stored copy, dropped with Vangjel's quotations, so Maj. Gen. Peter Vangjel, named in the first paragraph, has no span (H2118, H2121); curly marks as stored)",
    text='''Third Army re-enlists 31 soldiers on Army’s birthday
CAMP ARIFJAN, Kuwait – Third Army celebrated the Army’s 236th birthday by hosting a re-enlistment ceremony at Camp Arifjan, Kuwait, June 14. More than 30 Soldiers took the oath of reenlistment that was administered by Maj. Gen. Peter Vangjel, Third Army’s deputy commanding general.
“Not everybody can say they’ve reenlisted on the Army’s birthday,” said Sgt. Brian Mitchell, 428th Transportation Company, 6th Transportation Battalion, a wheeled vehicle mechanic serving alongside Third Army. “Re-enlisting today makes me feel especially proud, like I’m accomplishing the mission while standing to protect the people of the United States.”
Sgt. Maj. William Hayes, Third Army’s aviation operations senior enlisted advisor and acting Third Army command sergeant major, a Memphis, Tenn., native, spoke during the ceremony and further elaborated on the significance of each soldier’s dedication and commitment to their country.
“The Army is the strength of our nation thanks to the sacrifices of you and your families,” Sgt. Maj. Hayes said. “Soldiers are the nation’s most precious resources. Our mission is enduring, yet we hold fast and answer our nation’s call.”
The reenlistment ceremony took place on the Army’s 236th birthday, showcasing soldiers who have been repeatedly tested in an area of persistent conflict. Their re-enlistment illustrates soldiers who have grown stronger with a deeper commitment to the Army as a profession.''',
    quotes=[
        Q('“Not everybody can say', 'on the Army’s birthday,”', "Brian Mitchell"),
        Q('“Re-enlisting today', 'of the United States.”', "Brian Mitchell"),
        Q('“The Army is the strength', 'and your families,”', "William Hayes"),
        Q('“Soldiers are the nation’s', 'our nation’s call.”', "William Hayes"),
    ],
    aliases={"Brian Mitchell": ["Brian Mitchell", "Sgt. Brian Mitchell", "a wheeled vehicle mechanic serving alongside Third Army"],
             "William Hayes": ["William Hayes", "Sgt. Maj. William Hayes", "Sgt. Maj. Hayes", "Hayes"]},
),
dict(
    id="dvidshub-241208-cab-mass-reenlistment",
    source="https://www.dvidshub.net/news/241208/combat-aviation-brigade-conducts-mass-reenlistment-ceremony",
    license=PD, retrieved=PAGES + " (DVIDS story of 2017 on a mass reenlistment ceremony of the Combat Aviation Brigade, 1st Armored Division, at Fort Bliss (the fortblissbugle.com copy of the same story by Staff Sgt. Tanjie Daniels, July 2017, not used); the stored copy has no headline line (slug 'combat-aviation-brigade-conducts-mass-reenlistment-ceremony') and opens, after the corpus's prefix ' date 2017-10-07' (dropped), with the story's second paragraph ('During the reenlistment ceremony Soldiers must reaffirm ...'), kept so, no title or lead added (H1818, H2117); the last paragraph, '“The reenlistment time, location, and officer, is the Soldier’s choice,” said Sgt. Maj. Ericka D. Holloway, Command Career Counselor for the 1st Armored Division Post Retention. “The mass reenlistment conducte', cut in the stored copy, dropped with Holloway's quotations (H2121); the name O’Connor (curly apostrophe) and its spaced variant 'O’ Connor' as stored (H2117); 'Whatever the reason maybe' and curly marks as stored)",
    text='''During the reenlistment ceremony Soldiers must reaffirm the enlistment oath that they took when first joining the Army.
COL. Thomas O’Connor, commander of the Combat Aviation Brigade, 1st Armored Division, had the privilege of administering the oath of enlistment to those Soldiers.
“It was very humbling to preside over the ceremony,” said O’Connor. “It’s pretty awesome that our young Soldiers are willing to reaffirm their commitment to our nation and its values, and for that I am very grateful.”
There are many different reasons Soldiers choose to stay in the military, some for job security, bonuses, choice of duty station, or just the honor and pride of serving their country to name a few. Whatever the reason maybe, these Soldiers made the decision to extend their service to their country.
Sgt. Timothy Sanders, a Blackhawk repairer assigned to 3rd Battalion, 501st Assault Helicopter Battalion said he enjoys his job and he likes the security that the military provides.
“I’m a technical inspector so I oversee repairs on helicopters and make sure all the work is done right,” said Sanders. “I reenlisted because I really love what I do, it gives me a sense of pride.”
“I think our Army lives on reenlistment,” said O’ Connor. “Perhaps more than ever we need our great Soldiers to continue to serve. Our success of our all-volunteer force depends on us keeping the best of the best, the most experienced technicians and the leaders that are of the highest caliber.”
Although the oath has to be administered by a commissioned officer or commissioned warrant officer, Soldiers get the choice of whom they want to reenlist them.''',
    quotes=[
        Q('“It was very humbling', 'over the ceremony,”', "Thomas O’Connor"),
        Q('“It’s pretty awesome', 'I am very grateful.”', "Thomas O’Connor"),
        Q('“I’m a technical inspector', 'the work is done right,”', "Timothy Sanders"),
        Q('“I reenlisted because', 'a sense of pride.”', "Timothy Sanders"),
        Q('“I think our Army lives', 'on reenlistment,”', "Thomas O’Connor"),
        Q('“Perhaps more than ever', 'of the highest caliber.”', "Thomas O’Connor"),
    ],
    aliases={"Thomas O’Connor": ["Thomas O’Connor", "COL. Thomas O’Connor", "O’Connor", "O’ Connor", "commander of the Combat Aviation Brigade, 1st Armored Division"],
             "Timothy Sanders": ["Timothy Sanders", "Sgt. Timothy Sanders", "Sanders"]},
),
dict(
    id="noaa-2007-s2833-hurricane-hunter-tour",
    source="http://www.noaanews.noaa.gov/stories2007/s2833.htm",
    license=PD, retrieved=PAGES + " (NOAA News story of April 9, 2007 on the Caribbean hurricane awareness tour of NOAA National Hurricane Center Director Bill Proenza and Lixion Avila aboard an Air Force Reserve WC-130J; the site line 'NOAA Magazine || NOAA Home Page' dropped; headline kept once; the image's alt text 'NOAA image collage of students visiting a NOAA hurricane hunter aircraft during the 2006 hurricane awareness tour.' with the date 'April 9, 2007' run into it at the start of the first paragraph, and the note '(Click NOAA image collage for larger view of students visiting a NOAA hurricane hunter aircraft during the 2006 hurricane awareness tour. Click here for high resolution version. Please credit “NOAA.”)' at its end, dropped as caption furniture (H2119); the last paragraph, '\"When one of these storms threatens landfall in this region, our Citizen Airmen are already gathering and providing t', cut in the stored copy, dropped; the aircraft's and squadron's nickname \"Hurricane Hunter(s)\" is null in the headline and the body (H2119); straight marks as stored)",
    text='''Public Invited to Tour "Hurricane Hunter" Aircraft
As part of a joint U.S. Air Force and NOAA National Weather Service initiative, NOAA National Hurricane Center Director Bill Proenza and Senior Hurricane Specialist Lixion Avila, Ph.D., will travel aboard a U.S. Air Force Reserve Command WC-130J "Hurricane Hunter" Hercules aircraft during a six-day, six-city tour of the Caribbean region to raise public awareness of the Atlantic hurricane threat.
The public, school groups and media are invited to tour the aircraft and speak with Proenza, Avila and the "Hurricane Hunter" crew. Beginning April 16, the tour includes Mexico, Grand Cayman Island, Dominican Republic, St. Croix and Puerto Rico.
"Even though we did not have a lot of activity last year, we remain in an active hurricane cycle and need to continue our preparation and planning efforts," said Proenza. "The focus of this tour is protecting communities through preparedness and awareness."
It takes a team effort to forecast and respond to a hurricane, including weather observations from World Meteorological Organization countries, aircraft reconnaissance, satellites, computer models, local weather forecast offices and dedicated meteorologists.
The "Hurricane Hunters" of the 53rd Weather Reconnaissance Squadron, using the latest WC-130J aircraft placed into operation in 2005, gather hurricane position and intensity data by flying directly into the storm and relay vital information from the core of the hurricane to hurricane forecasters.''',
    quotes=[
        Q('"Hurricane Hunter"', None, None),
        Q('"Hurricane Hunter"', None, None, 1),
        Q('"Hurricane Hunter"', None, None, 2),
        Q('"Even though we did not', 'planning efforts,"', "Bill Proenza"),
        Q('"The focus of this tour', 'and awareness."', "Bill Proenza"),
        Q('"Hurricane Hunters"', None, None),
    ],
    aliases={"Bill Proenza": ["Bill Proenza", "NOAA National Hurricane Center Director Bill Proenza", "Proenza"]},
),
dict(
    id="mcas-iwakuni-505693-toys-for-tots-2001",
    source="https://www.mcasiwakuni.marines.mil/Iwakuni-News/News-Stories/News-Article-Display/Article/505693/toys-for-tots-gives-to-community",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Iwakuni story by Lance Cpl. Colin Wyers of Dec. 14, 2001 on the station's Toys for Tots program for local orphanages; the '.mil website' notice lines and the line '14 Dec 2001 | Lance Cpl. Colin Wyers Marine Corps Air Station Iwakuni, Japan' dropped; headline kept once; the last paragraph, '\"These toys are given to children that don't have much for Christmas,\" said Pfc. Jimmy Lamboy, Provost Marshal's Office military policeman.  \"My father never put up a Christmas tree, ... so I'm trying to ensure that these young', cut in the stored copy, dropped, so Lamboy has no span (H2121); the Corps' motto \"first to fight,\" is null (H2120); the double spaces after full stops, inside and outside the spans, and straight marks as stored)",
    text='''Toys for Tots gives to community
While the Marines are well known around the world as America's "first to fight," some children around the community remember the Marines for an altogether different reason.
"They know when the Marines come into the orphanages, they're going to get a toy, and that's exciting for them," said Lavonne Lessard, Single Marine Program assistant manager.  "Our Marines are their Santa Claus."
The Single Marine Program coordinates the Toys for Tots program onboard the Station, which distributes toys to children in several local orphanages.  But it's the individual Marines and Sailors of Iwakuni who do the work of the program.
"The Toys for Tots program has always been run by the Marine Corps," said Lessard.  "We just assist the Marine Corps.  The real heroes are the Marines and Sailors who volunteer to stand outside in the cold in their uniforms and collect the toys."
While the Marines may work long hours, many of them find it more than worth their while.
"It's like bringing a piece of home to Japan for a lot of the Marines," said Lessard.  "A lot of the Marines have younger siblings that they can't be with, and this is a way for them to bring joy to the lives of children.  I don't know who gets more excited, the kids or the Marines."
For some of the Marines involved, Toys for Tots carries a very special meaning.''',
    quotes=[
        Q('"first to fight,"', None, None),
        Q('"They know when the Marines', 'exciting for them,"', "Lavonne Lessard"),
        Q('"Our Marines are their Santa Claus."', None, "Lavonne Lessard"),
        Q('"The Toys for Tots program', 'by the Marine Corps,"', "Lavonne Lessard"),
        Q('"We just assist', 'collect the toys."', "Lavonne Lessard"),
        Q('"It\'s like bringing', 'lot of the Marines,"', "Lavonne Lessard"),
        Q('"A lot of the Marines have', 'the kids or the Marines."', "Lavonne Lessard"),
    ],
    aliases={"Lavonne Lessard": ["Lavonne Lessard", "Lessard", "Single Marine Program assistant manager"]},
),
]
