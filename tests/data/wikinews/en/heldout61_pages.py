# Held-out English news texts (tests/data/heldout61-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies little used so far (public domain, 17 U.S.C. § 105): four Peace Corps news
# releases on peacecorps.gov (1999, 2002, 2003, 2012), an NTSB press release on ntsb.gov (2007), four Department of
# Education items (two press releases on ed.gov, 2011 and 2012; a 2001 press release in the End of Term web archive; an
# ED blog post, 2010), an HHS Office of Minority Health release (2021), a NIST news release on departmental medals (1998),
# a Census Bureau tip sheet (2010) and a Department of Energy release on the first State of the National Laboratories
# report (2017) reposted verbatim on thefederalnewswire.com. None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`). Site headers, 'FOR IMMEDIATE RELEASE' / 'Archived Information' / date / contact lines, photo
# captions, link lines and footers are dropped; trailing spaces at paragraph ends and leading spaces before list bullets are
# removed; wording, spelling, spacing inside paragraphs and quotation marks are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H306-H308 in ANNOTATION.md on top of H1-H281).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout61-en.jsonl

Built by `build.py` from `heldout61_pages.py`. Like heldout50-en, heldout52-en, heldout54-en and heldout56-en, these texts
are stored web pages (the `pages` search corpus), none of them used in a set above, this time from federal agencies little
used so far: four Peace Corps news releases on peacecorps.gov (Director Mark Gearan's trip to Guatemala, 1999; Director
Gaddi H. Vasquez's joint committee with the National Peace Corps Association, 2002, and his travels to El Salvador, Romania
and Ukraine, 2003; the Thanksgiving swearing-in message of Acting Director Carrie Hessler-Radelet, 2012), an NTSB press
release on ntsb.gov (Chairman Mark V. Rosenker's address to the International Society of Air Safety Investigators, 2007),
four Department of Education items (Arne Duncan at Randolph Elementary School, ed.gov, 2011; the 2012 National Blue Ribbon
Schools, ed.gov; Rod Paige and the 2001 Blue Ribbon Schools, an End of Term archive copy of ed.gov; the 2010 Blue Ribbon
Schools ceremony, blog.ed.gov), an HHS Office of Minority Health release (health-literacy awards, 2021), a NIST release on
the 1998 Commerce Department Gold Medals, a Census Bureau tip sheet (March 2010) and a Department of Energy release on the
first State of the DOE National Laboratories report (2017), reposted verbatim on thefederalnewswire.com. All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site headers, release/date/contact lines, captions, link lines and footers were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H306–H308 in `ANNOTATION.md` on top of
H1–H281) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind,
by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="peacecorps-1999-02-22-director-gearan-visits-guatemala",
    source="https://www.peacecorps.gov/news/library/peace-corps-director-to-visit-volunteers-and-staff-in-guatemala/",
    license=PD, retrieved=PAGES + " (the release is one paragraph under the headline; the literal backslash in 'agency\\'s' is as stored (H308); the footer '# # #', 'Contact us' and the press-release sign-up lines dropped)",
    text='''Peace Corps Director to Visit Volunteers and Staff in Guatemala
Washington, D.C., February 22, 1999—Peace Corps Director Mark Gearan departed today for a three-day trip to Guatemala, where he will meet with Peace Corps volunteers and attend a conference of country directors Latin America, the Caribbean and the Pacific. While in Guatemala, Gearan will meet with all 30 Peace Corps country directors in those regions, to discuss issues and opportunities facing Peace Corps programs. "Nearly one-third of all Peace Corps volunteers are serving in Central and South American, the Caribbean and the Pacific, and the need for more volunteers to serve there remains strong," Gearan said. "With our new budget increase, and the new millennium just around the corner, we are exploring expanding our programs in those regions." The Peace Corps will be recruiting more volunteers this year than in the past 25 years, due to an 8 percent budget increase that brought the agency\\'s annual budget to $241 million. Nearly 4,000 volunteers will be recruited this year, which will bring the total number of volunteers to more than 7,400 by the end of the fiscal year, the highest total since the end of 1974. Currently, nearly 6,700 Peace Corps volunteers are serving in 80 countries, working to help fight hunger, bring clean water to communities, teach children, help start new small businesses, and stop the spread of AIDS. Since 1961, more than 150,000 Americans have joined the Peace Corps.''',
    quotes=[
        Q('"Nearly one-third of all', 'remains strong,"', "Mark Gearan"),
        Q('"With our new budget increase', 'in those regions."', "Mark Gearan"),
    ],
    aliases={"Mark Gearan": ["Peace Corps Director Mark Gearan", "Gearan"]},
),
dict(
    id="peacecorps-2002-08-22-vasquez-joint-committee-npca",
    source="https://www.peacecorps.gov/news/library/peace-corps-director-announces-joint-committee-with-national-peace-corps-association/",
    license=PD, retrieved=PAGES + " (the lines 'FOR IMMEDIATE RELEASE:' and 'Thursday, August 22, 2002' dropped; headline and subheading kept as lines; the paragraph 'Initially, the liaison committee will seek ways to engage RPCVs ... “Friends of The Peace Corps” chapters ... Since 1996, more than 460 Crisis Corps volunteers have served in 30 countries', cut in the stored copy, dropped)",
    text='''Peace Corps Director Announces Joint Committee with National Peace Corps Association
Talent, Motivation of Thousands of Returned Volunteers, Former Staff Could Further Agency’s Mission
Washington, D.C., August 22, 2002—Peace Corps Director Gaddi H. Vasquez announced the creation of a joint liaison committee with the National Peace Corps Association (NPCA) to identify the best ways to harness the talent and motivation of thousands of returned Peace Corps volunteers and former agency staffers. The committee will explore the roles these individuals and groups can play in furthering the Peace Corps mission and supporting its recruitment activities. “After 41 years of exemplary service to the world, the pool of talent is large and the potential for help is enormous,” says Director Vasquez. “There are 20,000 former Peace Corps staff and 165,000 returned Peace Corps volunteers (RPCVs), many of whom are still active. If we can avail ourselves of their continued desire to make the world a better place, the Peace Corps can significantly advance towards its goals of doubling the number of Volunteers by the year 2007, diversifying its ranks and also continuing its mission of fostering mutual understanding between Americans and the peoples of the world,” he added.''',
    quotes=[
        Q('“After 41 years of exemplary service', 'is enormous,”', "Gaddi H. Vasquez"),
        Q('“There are 20,000 former', 'peoples of the world,”', "Gaddi H. Vasquez"),
    ],
    aliases={"Gaddi H. Vasquez": ["Peace Corps Director Gaddi H. Vasquez", "Director Vasquez"]},
),
dict(
    id="peacecorps-2003-07-30-director-vasquez-travels",
    source="https://www.peacecorps.gov/news/library/peace-corps-directors-travels-to-highlight/",
    license=PD, retrieved=PAGES + " (the headline 'Peace Corps Directors Travels to Highlight' is as stored; the paragraph 'Director Vasquez’ itinerary includes visiting volunteers at several projects in Ukraine. ... assist disadv', cut in the stored copy, dropped)",
    text='''Peace Corps Directors Travels to Highlight
WASHINGTON, D.C., July 30, 2003 – Over the next two weeks, Peace Corps Director Gaddi H. Vasquez will travel to El Salvador, Romania, and Ukraine to meet with country staff and Peace Corps volunteers. In addition, his visits to El Salvador and Romania will include sessions at the annual meetings of Country Directors from the Inter-America and Pacific Region, as well as the Europe, Mediterranean, and Asia Region of the Peace Corps. Director Vasquez will also meet with foreign officials. The Director’s main objective while traveling is to visit volunteers at their project sites and to see first-hand the work they are doing.
“Through these country visits, we can check the progress and recognize the important work being done by volunteers in their host communities,” Director Vasquez stated. “I look forward to visiting with volunteers and learning how they are making a difference in so many lives.”
Director Vasquez will visit the work site of volunteers in San Pedro Nonualco, El Salvador, where Peace Corps volunteers work on projects relating to municipal development, agro forestry, water sanitation, and environmental preservation. The Peace Corps program in El Salvador was one of the agency’s earliest ventures, and since its inception in 1962, more than 1,500 volunteers have served in the country.
In Romania, Director Vasquez will meet with a group of Peace Corps trainees at their training site in Ploiesti, Romania. More than 689 volunteers have served in Romania and have worked in the areas of small business and micro-enterprise development, secondary education, social work, non-governmental organization development, and environmental management and education.''',
    quotes=[
        Q('“Through these country visits', 'their host communities,”', "Gaddi H. Vasquez"),
        Q('“I look forward to visiting', 'so many lives.”', "Gaddi H. Vasquez"),
    ],
    aliases={"Gaddi H. Vasquez": ["Peace Corps Director Gaddi H. Vasquez", "Director Vasquez"]},
),
dict(
    id="peacecorps-2012-11-21-volunteers-sworn-in-thanksgiving-week",
    source="https://www.peacecorps.gov/news/library/more-than-150-americans-sworn-in-as-peace-corps-volunteers-during-thanksgiving-week/",
    license=PD, retrieved=PAGES + " (the photo caption 'New Peace Corps Colombia volunteers after being sworn in.' dropped; a trailing space after the lead removed; the list line 'The following are highlights of swearing-in ceremonies from Nov. 19 to Nov. 23:', the heading 'Cameroon:' and its paragraph 'Fifty-six youth development, health and agriculture volunteers were sworn-in ... The event was at', cut in the stored copy, dropped)",
    text='''More Than 150 Americans Sworn In as Peace Corps Volunteers During Thanksgiving Week
Washington, D.C., November 21, 2012 – More than 150 Americans will be sworn in as Peace Corps volunteers in Colombia, Nicaragua and Peru during the week of Thanksgiving.
Upon their swearing-in, the new volunteers will have completed two months of comprehensive cross-cultural, language and technical training through the Peace Corps. After the swearing-in ceremony, the new volunteers will travel to their permanent site, where they will complete 27 months of service.
Peace Corps volunteers around the world will celebrate and share the American Thanksgiving tradition with people in their communities and with fellow Peace Corps volunteers and staff. Thanksgiving is a chance for volunteers to share American culture in their communities, exemplifying the Peace Corps’ second goal to promote a better understanding of Americans on the part of people served. Currently, more than 8,000 Americans are serving as Peace Corps volunteers.
“I thank all current and returned volunteers for their unceasing efforts to make this a more peaceful and prosperous world through their commitment to the mission of the Peace Corps,” said Acting Peace Corps Director Carrie Hessler-Radelet. “We appreciate the resolve and generosity of the more than 8,000 volunteers laboring far from home this year to make a positive difference in the lives of people who live without the abundance granted to us. I wish all volunteers a joyful Thanksgiving holiday.”''',
    quotes=[
        Q('“I thank all current and returned', 'of the Peace Corps,”', "Carrie Hessler-Radelet"),
        Q('“We appreciate the resolve', 'joyful Thanksgiving holiday.”', "Carrie Hessler-Radelet"),
    ],
    aliases={"Carrie Hessler-Radelet": ["Acting Peace Corps Director Carrie Hessler-Radelet"]},
),
dict(
    id="ntsb-2007-05-04-rosenker-transparent-objective-investigations",
    source="http://www.ntsb.gov/news/2007/070504.htm",
    license=PD, retrieved=PAGES + " (the stored copy has no headline; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'May 4, 2007' dropped, so the text begins with the lead (H131); the paragraph 'Chairman Rosenker also reiterated the Board's view that aircraft in the taxiing and landing pha', cut in the stored copy, dropped)",
    text='''Washington, DC -- In an address to the International Society of Air Safety Investigators, National Transportation Safety Board Chairman Mark V. Rosenker today spoke about how the NTSB improves safety through its transparent, objective and comprehensive approach to accident investigations.
Speaking at the gathering in Herndon, VA, yesterday, Rosenker noted that all documents and records that become part of an NTSB investigation are available to the public. "We believe open access to information provides full transparency and a more complete understanding of the investigation process," Rosenker said. "In this manner we maintain the credibility of the investigation and make a significant contribution to aviation safety in every corner of the world."
Rosenker reminded the group that the Safety Board approaches every accident with a rigorous commitment to objectivity. Referring to the October 2006 accident in which baseball player Cory Lidle's airplane crashed into a high-rise apartment building in Manhattan, Rosenker said, "We didn't let the high profile nature of the accident obscure the facts." On May 1, the NTSB determined that the probable cause of that accident was "the pilot's inadequate planning, judgment and airmanship in the performance of a 180-degree turn maneuver inside of a limited turning space."
In addressing the NTSB's comprehensive approach, Rosenker cited the ongoing investigation of the Comair accident in Lexington, KY, in August 2006, in which 49 people were killed. "We are examining all possible areas including airport markings, construction issues, the notice to airman system, air traffic control procedures, crew resource management, personnel fatigue, and new technologies in the cockpit." The investigation is expected to take at least a year to complete.''',
    quotes=[
        Q('"We believe open access', 'the investigation process,"', "Mark V. Rosenker"),
        Q('"In this manner we maintain', 'every corner of the world."', "Mark V. Rosenker"),
        Q('"We didn\'t let the high profile', 'obscure the facts."', "Mark V. Rosenker"),
        Q('"the pilot\'s inadequate planning', 'limited turning space."', "National Transportation Safety Board"),
        Q('"We are examining all possible areas', 'in the cockpit."', "Mark V. Rosenker"),
    ],
    aliases={"Mark V. Rosenker": ["National Transportation Safety Board Chairman Mark V. Rosenker", "Rosenker"],
             "National Transportation Safety Board": ["NTSB", "the Safety Board"]},
),
dict(
    id="ed-2011-05-03-duncan-randolph-elementary-teacher-appreciation",
    source="http://www.ed.gov/news/press-releases/us-secretary-education-arne-duncan-visits-randolph-elementary-school-arlington-v",
    license=PD, retrieved=PAGES + " (the line 'Archived Information' dropped; the link line 'For more information on the Department's activities during Teacher Appreciation Week, please visit', whose link the stored copy lost, dropped)",
    text='''U.S. Secretary of Education Arne Duncan Visits Randolph Elementary School in Arlington, Va. to Kick Off Teacher Appreciation Day
In honor of Teacher Appreciation Day, U.S. Secretary of Education Arne Duncan made a morning visit today to Randolph Elementary School in Arlington, Va. The school day had yet to begin when Duncan surprised the Randolph staff at a Staff Appreciation Breakfast sponsored by the Randolph Parent Teacher Association (PTA). Duncan spoke to the teachers who had gathered in the school’s library where students and the PTA had decorated the walls and ceiling with banners and streamers.
“Children are lucky to have adults like you in their lives, working for them every single day,” said Duncan. “Thanks for the hard work and the difference you’re making in their lives.”
Duncan also thanked and congratulated Matt Tosiello, a third-grade teacher at Randolph Elementary and the 2011 Arlington County Teacher of the Year. Duncan was joined by Randolph Principal Renee Bostick, Arlington School Board Chair Libby Garvey and the President of the Arlington Education Association Pam Clark.
Throughout the country, parents, students and communities are taking time on National Teacher Appreciation Day to honor their local educators and acknowledge the crucial role teachers play in making sure every student receives a quality education.
Later this morning, Duncan also joined President Obama in the White House Rose Garden to honor the 2011 National Teacher of the Year, Michelle M. Shearer of Frederick, Md.
Also this week, please join Duncan in thanking a teacher who has made a difference in your life or in the life of someone you care about by posting their name and a message via Facebook, Twitter and other social networks.''',
    quotes=[
        Q('“Children are lucky', 'every single day,”', "Arne Duncan"),
        Q('“Thanks for the hard work', 'in their lives.”', "Arne Duncan"),
    ],
    aliases={"Arne Duncan": ["U.S. Secretary of Education Arne Duncan", "Duncan"]},
),
dict(
    id="ed-2012-11-duncan-celebrates-2012-national-blue-ribbon-schools",
    source="http://www.ed.gov/news/press-releases/us-secretary-education-arne-duncan-celebrates-314-schools-2012-national-blue-rib",
    license=PD, retrieved=PAGES + " (the line 'Archived Information' and the contact line 'Contact: Press Office, (202) 401-1576, press@ed.gov' dropped; headline and subheading kept as lines; the list introduction 'The Terrel H. Bell Awards were presented to the following principals ...:' and the table after it ('Principal School City Sta'), cut in the stored copy, dropped)",
    text='''U.S. Secretary of Education Arne Duncan Celebrates 314 Schools as 2012 National Blue Ribbon Schools
Seven principals honored with Terrel H. Bell Award for outstanding leadership
U.S. Secretary of Education Arne Duncan today will honor 314 schools as 2012 National Blue Ribbon Schools at an awards luncheon at the Omni Shoreham Hotel in Washington, D.C. The award honors public and private elementary, middle, and high schools based on their overall academic excellence or for their progress toward significantly improving student academic achievement levels. The schools—264 public and 50 private, are among more than 7,000 that have received the coveted award over the past 30 years.
"Our nation has no greater responsibility than helping all children realize their full potential," Duncan said. "Schools honored with the National Blue Ribbon Schools award are committed to accelerating student achievement and preparing students for success in college and careers. Their work reflects the conviction that every child has promise and that education is the surest pathway to a strong, secure future."
Additionally, seven principals from the 2012 National Blue Ribbon Schools were selected for special honors to recognize their leadership. At a breakfast ceremony today, these principals received the Terrel H. Bell Award for their outstanding efforts to foster successful teaching and learning. The award is named after the former secretary of education and honors exceptional leaders who overcome challenging circumstances and maintain a commitment to providing an excellent education for every student.''',
    quotes=[
        Q('"Our nation has no greater', 'their full potential,"', "Arne Duncan"),
        Q('"Schools honored with the National', 'strong, secure future."', "Arne Duncan"),
    ],
    aliases={"Arne Duncan": ["U.S. Secretary of Education Arne Duncan", "Duncan"]},
),
dict(
    id="ed-2001-10-24-paige-264-blue-ribbon-schools",
    source="https://webarchive.library.unt.edu/eot2008/20081104173225/http:/www.ed.gov/news/pressreleases/2001/10/10242001.html",
    license=PD, retrieved=PAGES + " (an End of Term web archive copy of the ed.gov press release; the lines 'PRESS RELEASES', 'Archived Information', 'FOR RELEASE:', 'October 24, 2001' and the contact lines dropped; the leading spaces before the list bullets removed; the paragraph 'Elementary and secondary schools participate in alternate years with middle schools particip', cut in the stored copy, dropped)",
    text='''264 Blue Ribbon Schools Recognized by Education Secretary
U.S. Secretary of Education Rod Paige today joined representatives of 264 public and private elementary schools from across the country that are being honored this week as Blue Ribbon Schools.
The 18-year-old Blue Ribbon Schools program spotlights some of the nation's most successful schools by honoring excellence in leadership, teaching, curriculum, student achievement and parental involvement.
"I am delighted to congratulate the principals, teachers, parents and all other representatives of the Blue Ribbon Schools who are here today," Paige said. "Often excellence is difficult to achieve, and often it doesn't get the notice it deserves. That's why it is so important that we take the time to identify and appreciate how our schools are helping students."
Schools honored this year were evaluated on a number of characteristics, including:
• high student retention and graduation rates;
• challenging standards and curriculum;
• excellent teaching and an environment that strengthens teachers skills and improvement;
• school, family and community partnerships; and
• student performance on measures of achievement.
This year, 223 public schools and 41 private schools in 38 states, the District of Columbia and Puerto Rico, as well as a Department of Defense school, will be recognized. The schools were nominated by state education agencies, the Department of Defense and the Council for American Private Education.
Selection of Blue Ribbon Schools is based on an evaluation of written materials from the nominated schools and the reports of experienced principals and teachers who visit the nominated schools. Reviewers make recommendations to the secretary for final selection.''',
    quotes=[
        Q('"I am delighted to congratulate', 'who are here today,"', "Rod Paige"),
        Q('"Often excellence is difficult', 'helping students."', "Rod Paige"),
    ],
    aliases={"Rod Paige": ["U.S. Secretary of Education Rod Paige", "Paige"]},
),
dict(
    id="edblog-2010-11-blue-ribbon-schools-ceremony-teachers-principals",
    source="http://blog.ed.gov/2010/11/2010-blue-ribbon-schools-ceremony-celebrates-teachers-and-principals/",
    license=PD, retrieved=PAGES + " (an ED blog post; the photo caption 'Secretary Duncan and Brandon Taylor celebrate education.' and the longer caption under it ('... Brandon, a 4th grader at Christa McAuliffe Elementary School ... introduced both Arne Duncan and special guest Melody Barnes.') dropped; the caption 'Melody Barnes, the President's Domestic Policy Advisor' and the paragraph 'Melody Barnes, the Pr', cut in the stored copy, dropped)",
    text='''2010 Blue Ribbon Schools Ceremony Celebrates Teachers and Principals
Outstanding teachers and principals from the 2010 Blue Ribbon Schools gathered in Washington this week for a two-day celebration in their honor. U.S. Secretary of Education Arne Duncan and other officials offered their congratulations to representatives from the 250 public and 64 private schools named in this year’s competition.
“I thank all of you for the example you set for me, and I thank all of you for the example you set for the country,” Duncan said.
The U.S. Department of Education’s Blue Ribbon Schools Program honors public and private elementary, middle and high schools whose students achieve at very high levels or have made significant progress and helped close gaps in achievement, especially among disadvantaged and minority students. During the ceremony, 10 of the principals also received the Bell Award, an additional distinction recognizing their outstanding leadership in fostering successful teaching and learning.
Duncan acknowledged the important role that principals play in creating the conditions under which teachers can succeed in the classroom. “We have no good schools in this country without good principals, and, I assure you, we have no great schools without great principals,” he said.
As part of the two-day Blue Ribbon event, Teacher Ambassador Fellows from the Department of Education facilitated five round-table forums with Blue Ribbon principal and teachers, helping them to collaborate from one another on issues of great importance to teachers such as parent/community engagement and developing and evaluating great teachers.''',
    quotes=[
        Q('“I thank all of you for the example', 'set for the country,”', "Arne Duncan"),
        Q('“We have no good schools', 'without great principals,”', "Arne Duncan"),
    ],
    aliases={"Arne Duncan": ["U.S. Secretary of Education Arne Duncan", "Duncan"]},
),
dict(
    id="hhs-omh-2021-06-28-advancing-health-literacy-awardees",
    source="https://minorityhealth.hhs.gov/news/hhs-announces-awardees-250-million-fight-covid-19-and-improve-health-literacy-among-racial-and",
    license=PD, retrieved=PAGES + " (the stored copy prints the headline twice, before and after the lines 'FOR IMMEDIATE RELEASE', 'Monday, June 28, 2021' and the contact block; the headline is kept once and those lines dropped; the subheading kept as a line; the paragraph 'Health literacy is a person’s ability to find, understand and use information ... Eliminate health disparities, achieve health equity, and', cut in the stored copy, dropped)",
    text='''HHS Announces Awardees of $250 Million to Fight COVID-19 and Improve Health Literacy Among Racial and Ethnic Minority and Vulnerable Communities
73 Local Governments Receive Awards
Washington, D.C.—Today, the U.S. Department of Health and Human Services (HHS) Office of Minority Health (OMH) announced $250 million in grant awards to 73 local governments as part of a new, two-year initiative to identify and implement best practices for improving health literacy to enhance COVID-19 vaccination and other mitigation practices among underserved populations. The Advancing Health Literacy (AHL) to Enhance Equitable Community Responses to COVID-19 initiative is part of the Biden/Harris Administration’s National Strategy for the COVID-19 Response and Pandemic Preparedness.
“The Advancing Health Literacy initiative is a vital part of the HHS efforts to help communities hardest hit by the pandemic access and understand COVID-related information,” said Assistant Secretary for Health, Dr. Rachel L. Levine, M.D. “This funding, and the partnerships with local and community entities across the country, will help our national efforts to continue to tackle health disparities surrounding COVID-19 vaccination, testing, and treatment.”''',
    quotes=[
        Q('“The Advancing Health Literacy initiative', 'COVID-related information,”', "Rachel L. Levine"),
        Q('“This funding, and the partnerships', 'testing, and treatment.”', "Rachel L. Levine"),
    ],
    aliases={"Rachel L. Levine": ["Dr. Rachel L. Levine"]},
),
dict(
    id="nist-1998-12-staff-receive-commerce-gold-medals",
    source="https://www.nist.gov/news-events/news/1998/12/nist-staff-receive-high-honors-commerce-department",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the lead (H131); the opening mark before 'distinguished performance' is never closed in the stored copy (H307); the name line 'Paul S. Julienne, FAIRFAX, Va., Leader, Quantum Processes Group, Physics Laboratory,' and his citation '\"Honored as the pioneer ... laser cooling and trapping, a', cut in the stored copy, dropped)",
    text='''Commerce Secretary William Daley has presented 10 local residents and three groups at the National Institute of Standards and Technology with Gold and Silver Medal Awards—the two highest honor awards presented by the department.
The Gold Medal is presented for "distinguished performance characterized by extraordinary, notable or prestigous contributions that impact the mission of the Department of Commerce and/or one operating unit and which reflect favorably on the Department. For 1998, it was awarded to five local residents. The following were honored:
B. Stephen Carpenter, BOYDS, Md., Director, International and Academic Affairs, Office of the Director,
"For leadership and direction of NIST’s international relationships and activities. He has played a critical role in the revitalization and promotion of the Inter-American Metrology System, an organization seeking to harmonize measurement standards and facilitate trade among the Western Hemisphere nations."
Harry Hertz, BOYDS, Md., Director, Baldrige National Quality Program,
"For leadership as the director of the Baldrige National Quality Program, which, through his vision, management expertise and total commitment to performance excellence, is in a solid position to diversify and expand the delivery of the Baldrige concepts to all segments of the economy."
Lura J. Powell, BROOKEVILLE, Md., Director, Advanced Technology Program,
"For leadership of the Advanced Technology Program during very turbulent years; responding successfully to countless Congressional, budgetary and programmatic inquiries and requests; and helping implement the recommendations of the Commerce Secretary’s study to strengthen the ATP."''',
    quotes=[
        Q('"distinguished performance', 'favorably on the Department.', None),
        Q('"For leadership and direction', 'Western Hemisphere nations."', None),
        Q('"For leadership as the director', 'segments of the economy."', None),
        Q('"For leadership of the Advanced', 'strengthen the ATP."', None),
    ],
    unclosed=('"distinguished performance characterized by extraordinary, notable or prestigous contributions that impact the mission of the Department of Commerce and/or one operating unit and which reflect favorably on the Department.',),
    aliases={},
),
dict(
    id="census-2010-03-12-tip-sheet-tp10-06",
    source="http://www.census.gov/newsroom/releases/archives/tip_sheets/tp10-06.html",
    license=PD, retrieved=PAGES + " (the navigation lines, the line 'A product of the U.S. Census Bureau's Public Information Office' and the date line 'March 12, 2010 TP10-06' dropped; the heading '2010 Census' kept as a line; the link line 'Internet address: <>.' dropped; the item '2010 Census Portrait of America Road Tour — ... Media advisories providing further details will be releas', cut in the stored copy, dropped)",
    text='''Census Bureau Tip Sheet
2010 Census
Mailing of 2010 Census Forms Begins — Census Bureau Director Robert Groves will highlight the mailout of 2010 Census questionnaires to more than 120 million households across the nation at a news conference in Phoenix. Mailout begins March 15. Residents are encouraged to promptly fill out the forms and mail them back in postage-paid envelopes. Event scheduled for March 15 in Phoenix at 9:30 a.m.
Giant Census Forms Unveiled — The Census Bureau will display 20-foot 2010 Census forms at popular public places in major cities across the country. These forms will help create awareness and participation in the 2010 Census. (Scheduled for release March 15.).
Mailing of Bilingual (English/Spanish) 2010 Census Forms Begins — For the first time in census history, bilingual forms (English/Spanish) will be mailed to neighborhoods with a traditionally high number of Spanish-speaking residents. (Scheduled for release March 16.).
2010 Census "Take 10" Initiative Launch — Census Bureau Director Robert Groves will launch the 2010 Census "Take 10" online display of mail participation rates at the National Press Club in Washington. Available on the Census Bureau's Web site, the online display or mapping program will show 2010 Census mail-back participation rates in real-time. Event scheduled for March 22 at 9 a.m.''',
    quotes=[
        Q('"Take 10"', None, None, 0),
        Q('"Take 10"', None, None, 1),
    ],
    aliases={},
),
dict(
    id="doe-2017-01-11-first-state-of-national-labs-report",
    source="https://thefederalnewswire.com/stories/661646376-energy-department-releases-first-ever-state-of-national-labs-report",
    license=PD, retrieved=PAGES + " (a Department of Energy release reposted verbatim on thefederalnewswire.com; the stored copy has no headline and begins with the dateline paragraph (H131); the list lines keep their leading '- ' as stored; the paragraph 'Significant progress has been made in many areas', cut in the stored copy, dropped)",
    text='''WASHINGTON—U.S. Secretary of Energy Ernest Moniz announced the release of the inaugural State of the Department of Energy National Laboratories Report on January 11, 2017.
The report outlines the accomplishments and capabilities of the National Labs, evaluates recent improvements in DOE's management and coordination with these labs, and provides a roadmap for continued American leadership in science and technology. The report concludes that the vitality of the DOE National Laboratories has improved over the past decade due to increased investments and enhanced relationships between the laboratories and DOE.
"Our National Lab system is an enduring science and technology powerhouse comprised of more than 20,000 scientists and engineers who deliver new discoveries and provide world-class technological capabilities," said Secretary Moniz. "This report makes clear that the state of our National Lab system is strong, and that it has become stronger in recent years. This report also provides a roadmap to continue supporting American leadership in science and technology in our labs and beyond."
Highlighted lab accomplishments include:
- Conducting fundamental and applied research that enabled both the shale gas revolution and developments in nuclear energy, photovoltaics, and energy storage for transportation.
- Developing energy efficiency technologies and standards that have saved U.S. taxpayers over $1 trillion.
- Delivering forefront scientific discoveries, from new chemical elements to new states of matter.
- Sustaining a safe and secure U.S. nuclear weapons stockpile without nuclear testing through high-performance computing, cutting-edge innovations in facilities, and other advanced technologies.
The report organizes issues and recommendations into six themes: Recognizing Value, Rebuilding Trust, Maintaining Alignment and Quality, Maximizing Impact, Managing Effectiveness and Efficiency, and Ensuring Lasting Change.''',
    quotes=[
        Q('"Our National Lab system', 'technological capabilities,"', "Ernest Moniz"),
        Q('"This report makes clear', 'in our labs and beyond."', "Ernest Moniz"),
    ],
    aliases={"Ernest Moniz": ["U.S. Secretary of Energy Ernest Moniz", "Secretary Moniz"]},
),
]
