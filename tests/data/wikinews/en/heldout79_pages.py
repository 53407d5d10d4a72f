# Held-out English news pages (tests/data/heldout79-en.jsonl), none of them used in an earlier set. Eleven texts of US
# federal science, health and justice outlets taken from stored web pages (the `pages` search corpus): an NIH Record story
# on NIMH's 75th anniversary symposium (nihrecord.nih.gov), a National Science Board news item of 2010 and an NSF news
# release of 2011 (nsf.gov), two USGS news-release list pages of 1998 (usgs.gov), a NIST
# video description for the visually impaired (nist.gov), two USGS releases of 2014 and 2015 as syndicated by the Delaware
# Geological Survey's news aggregator (dgs.udel.edu), two FBI stories as syndicated by the MIL-OSI security feed
# (security.mil-osi.com) and a Department of Justice Office of Public Affairs release of January 3, 2018 as reposted by
# theeventchronicle.com. All are works of the US federal government and in the public domain (17 U.S.C. § 105) wherever
# they are stored; none is credited to AP, Reuters, AFP or another third party (H480). Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph or list entry is dropped (noted in `retrieved`).
# Breadcrumbs, site banners, share bars, 'Source:' lines, contact lines, 'Summary:' lines, photo captions and credits,
# release date and time lines (except the date lines of a USGS list page, H400) and link lines are dropped; wording,
# spelling ('devastatingillnesses', 'Divisionhas'), spacing inside paragraphs and quotation marks (including mixed
# straight and curly marks) are as stored; the trailing spaces of a paragraph are removed. Annotated by reading the texts,
# before whosaid was run on them (rules H480-H486 in ANNOTATION.md on top of H1-H465).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout79-en.jsonl

Built by `build.py` from `heldout79_pages.py`. Like heldout27-en, heldout31-en and heldout35-en, these texts are stored
web pages (the `pages` search corpus) of US federal government outlets, none of them used in a set above: an NIH Record
story on the NIMH 75th anniversary symposium (nihrecord.nih.gov), a National Science Board news item on the 2010 NSF-NSB
awards dinner with President Obama's letter and NSF News Release 11-077 on Director Subra Suresh's Iowa visit (nsf.gov),
two USGS news-release list pages of 1998 (usgs.gov:
the Alabama earthquake and the Salt Lake City meeting; the Menlo Park lease and the ITIS Hammer award), a NIST "What is
NIST?" video description for the visually impaired (nist.gov), two USGS releases (Burmese pythons in the Everglades,
2014; the FluEgg model for Asian carp, 2015) as syndicated by the Delaware Geological Survey's aggregator (dgs.udel.edu),
two FBI stories (Cliff's Crew visit; Director Wray before the House Judiciary Committee and the San Juan gang operation)
as syndicated by the MIL-OSI security feed (security.mil-osi.com) and a DOJ Office of Public Affairs release of January 3,
2018 on seventeen interim U.S. Attorneys as reposted by theeventchronicle.com. All are US government works in the public
domain (17 U.S.C. § 105) wherever they are stored; none is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page).
Breadcrumbs, banners, share bars, source, contact and summary lines, captions and link lines were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by title, by the names of
their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation (rules
H480–H486 in `ANNOTATION.md` on top of H1–H465) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-nih-record-nimh-75th-anniversary-symposium",
    source="https://nihrecord.nih.gov/node/30656",
    license=PD, retrieved=PAGES + " (NIH Record story; the site line 'NIH Record - National Institutes of Health', the captions 'Dr. Lincoln speaks at a podium.', 'UC-Irvine Professor Dr. Karen Lincoln', 'Image', 'A group photo of every speaker at the sympoium.' and 'Celebrating NIMH’s milestone anniversary are (from l) ...' and both 'Photo:  Marleen Van Den Neste' credits dropped; the paragraph 'Since its early days, NIMH has transformed the outlook ... Dr. Julius Axelrod’s bas...', cut in the stored copy, dropped; 'devastatingillnesses' as stored; trailing spaces removed)",
    text='''Mental Health Research Evolution
NIMH Celebrates 75 Years of Transforming Treatment, Prevention
The most significant advances in managing and treating mental health conditions did not happen by accident, but rather through several decades of National Institute of Mental Health (NIMH)-supported research, said NIMH Director Dr. Joshua Gordon.
“For the past 75 years, our government, through NIMH, has made a commitment to transform the treatment and prevention of these devastatingillnesses,” Gordon said during the institute’s 75th anniversary symposium.
Gordon’s remarks opened the “NIMH 75th Anniversary Kick-Off: The Evolution of Mental Health Research” symposium recently in the Natcher Bldg.
On July 3, 1946, President Harry Truman signed the National Mental Health Act, which called for creating NIMH. Three years later, the institute was formally established. From the beginning, the institute has been committed to transforming the understanding and treatment of mental health.
There’s a false narrative that’s oft repeated, said Gordon. It suggests “everything that has been done to improve care for individuals with mental illness happened accidentally and investments in mental health research haven’t changed the way we treat illness.”''',
    quotes=[
        Q('“For the past 75 years', 'devastatingillnesses,”', "Joshua Gordon"),
        Q('“NIMH 75th Anniversary Kick-Off', 'Mental Health Research”', None),
        Q('“everything that has been done', 'the way we treat illness.”', "Joshua Gordon"),
    ],
    aliases={"Joshua Gordon": ["NIMH Director Dr. Joshua Gordon", "Dr. Joshua Gordon", "Gordon"]},
),
dict(
    id="gov-en-nsf-2010-05-06-nsb-awards-dinner-obama-letter",
    source="https://nsf.gov/nsb/news/news_summ.jsp?cntn_id=116903&org=NSB&from=news",
    license=PD, retrieved=PAGES + " (National Science Board news item; the stored part begins with the date line, no headline; the paragraph 'Promoting STEM education was a theme echoed throughout the evening, ... a \'scie...', cut in the stored copy, dropped)",
    text='''May 6, 2010
President Barack Obama sent warm greetings to top scientists, engineers and policy makers who gathered on May 5th at the annual awards dinner of the National Science Foundation (NSF) and the National Science Board (NSB) to pay tribute to the achievements and public service contributions of outstanding scientists, and to recognize a program that inspires and engages young girls to enter the fields of science and engineering.
After welcoming remarks, NSB Chairman Steven Beering invited to the podium John Holdren, director of the White House Office of Science and Technology Policy and science advisor to the President, who extended his own wishes for the NSF and NSB on their sixtieth anniversary. He noted that earlier in the day, the House of Representatives passed a resolution sponsored by Science and Technology Committee Chairman Bart Gordon and Ranking Minority Member Ralph Hall, paying tribute to the NSF and NSB on this historic occasion.
Holdren then shared with the 250-member audience a letter from President Obama in which he acknowledged the important contributions of the evening's hosts.
"Since their creation in 1950, NSF and NSB have provided invaluable service to our nation by supporting world-class scientific research and providing impartial advice to Presidents and Congress," the President said. "From bolstering our national security to supporting science, technology, engineering and mathematics (STEM) education in our schools, they have upheld NSF's founding mission to promote American innovation and drive our economic progress."''',
    quotes=[
        Q('"Since their creation in 1950', 'to Presidents and Congress,"', "Barack Obama"),
        Q('"From bolstering our national security', 'our economic progress."', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["President Barack Obama", "President Obama"]},
),
dict(
    id="gov-en-nsf-2011-04-15-suresh-iowa-alumni-award",
    source="https://www.nsf.gov./news/news_summ.jsp?cntn_id=119282",
    license=PD, retrieved=PAGES + " (NSF News Release 11-077 of April 15, 2011; the lines 'Email Print Share' and 'News Release 11-077', the photo line and caption on the STEM education roundtable, the date line and the archival notice 'This material is available primarily for archival purposes. ...' dropped; the paragraph 'NSF funded over 240 awards totaling more than $57 million in the stat...', cut in the stored copy, dropped)",
    text='''NSF Director Wraps Up Visit to Iowa, Receives Distinguished Alumni Award
Met with representatives from Iowa industry, agriculture, researchers and educators
Today, National Science Foundation (NSF) Director Subra Suresh concluded a two-day visit to Iowa, specifically Iowa State University. Suresh, an Iowa State graduate, received a distinguished alumni award for his contributions to the engineering field at a public ceremony.
"I am honored to receive this distinguished alumni award from Iowa State University, one of many institutions that play a critical role in the nation's research, science and engineering education enterprise," said Suresh. "The United States has been a beacon of excellence in science and engineering research and education. The mission of NSF is to sustain that excellence as we continue to lead the way for the important discoveries and cutting-edge technologies that will help keep our nation globally competitive, prosperous, and secure."
Suresh has spent the last two days meeting with key NSF stakeholders from Iowa industry, agriculture and small start-up companies, as well as researchers and educators from across the spectrum, including teachers, public school administrators and new faculty members. The discussion is expected to help keep the lines of communication open and build public-private partnerships to ensure that every nugget of research may evolve into multiple innovations--maintaining America's economic prosperity and global competitiveness.''',
    quotes=[
        Q('"I am honored to receive', 'education enterprise,"', "Subra Suresh"),
        Q('"The United States has been a beacon', 'prosperous, and secure."', "Subra Suresh"),
    ],
    aliases={"Subra Suresh": ["Director Subra Suresh", "Suresh"]},
),
dict(
    id="gov-en-usgs-1998-news-releases-list-alabama-earthquake",
    source="https://www.usgs.gov/news/news-releases?e=ealpern%40usgs.gov&n=Ethan%2BAlpern&page=364",
    license=PD, retrieved=PAGES + " (USGS news-release list page, entries of 1998 without date lines; the breadcrumb 'News' and the line 'Browse through a comprehensive list of all USGS national and state news items.' dropped; the last entry 'The USGS presents: The Latest \"Dirt\" On Mars', whose teaser is cut in the stored copy, dropped with its title (H400); 'Survey(USGS)scientist' and 'Divisionhas' as stored)",
    text='''News Releases
Earthquake Shakes Up More Than Alabama
"This morning’s earthquake in southern Alabama was a wake-up call in more ways than one," said Dr. Mark Schaefer, Acting Director of the U.S. Geological Survey. "It serves to remind all of us that earthquakes are not restricted to California, Washington, and Alaska. The East is earthquake country, too."
Models Show Regional-Scale Impacts of Climate Change
How can climate change modify the appearance of society and the environment?
Ancient, Tiny Fossils Contribute to Retrofit of San Francisco-Oakland Bridge
The presence of 125,000-year-old microfossils in the muds of San Francisco Bay may help engineers decide where and how to rebuild the San Francisco-Oakland Bay Bridge, according to a U.S. Geological Survey(USGS)scientist in Menlo Park, Calif.
USGS Launches New Electronic Clearinghouse For Biological Data
Dr. Dennis B. Fenn, Chief Biologist, today announced that the U.S. Geological Survey’s Biological Resources Divisionhas initiated a new Internet-based clearinghouse that can be used to search for and locate existing sources of biological data and information from a variety of sources.
Comet Struck Southern Nevada 370 Million Years Ago
An extraterrestrial object, theorized to be a comet at least one kilometer in diameter, impacted what is now southern Nevada about 370 million years ago.
USGS Scientists to "Dish The Dirt" on Mars; Describe Ancient Impact Crater in Nevada; and Simulate The "Greenhouse Effect" at Salt Lake City Meeting
What the rover really saw on Mars, the effects of an asteroid impact in southern Nevada 370 million years ago, and how climate change will affect society and the environment are a sample of the earth-science topics that will be presented by scientists from the U.S. Geological Survey during a national science meeting in Salt Lake City next week.''',
    quotes=[
        Q('"This morning’s earthquake', 'more ways than one,"', "Mark Schaefer"),
        Q('"It serves to remind', 'earthquake country, too."', "Mark Schaefer"),
        Q('"Dish The Dirt"', None, None),
        Q('"Greenhouse Effect"', None, None),
    ],
    aliases={"Mark Schaefer": ["Dr. Mark Schaefer"]},
),
dict(
    id="gov-en-usgs-1998-news-releases-list-itis-hammer",
    source="https://www.usgs.gov/news/news-releases?e=ealpern%40usgs.gov&n=Ethan%2BAlpern&page=363",
    license=PD, retrieved=PAGES + " (USGS news-release list page, February-March 1998; the line 'Browse through a comprehensive list of all USGS national and state news items.' and 'Filter Total Items: 4,580' dropped; the date lines kept as stored (H400); the last entry 'USGS Chemists Analyze Monterey Tarballs...', whose teaser is cut in the stored copy, dropped with its date line and title; 'U. S. Geological Survey', 'speciality' and the eight-dot run '........' as stored; trailing spaces removed)",
    text='''News Releases
Date published: March 3, 1998
All-Time High Streamflow Records Set in Chesapeake Bay and Potomac River
February streamflow in the Potomac River at Washington, DC, and total flow into the Chesapeake Bay were the highest on record for February, according to the U. S. Geological Survey (USGS).
Date published: March 2, 1998
Babbitt Announces Long-Term USGS Lease at Menlo Park
Secretary of the Interior Bruce Babbitt today was joined by Congresswoman Anna Eshoo in announcing a long-term lease that will keep the U.S. Geological Survey (USGS) in its historic Menlo Park, Calif., location. USGS Acting Director Tom Casadevall joined Babbitt and Eshoo for the announcement at an all-employees meeting at the Menlo Park campus.
Date published: February 13, 1998
"Doctor Watershed" Named AAAS Fellow
On February 14, 1998, Dr. Ray Herrmann, a United States Geological Survey scientist whose speciality is watershed research, will be inducted as a Fellow by the American Association for the Advancement of Science (AAAS) during its annual meeting in Philadelphia.
Date published: February 13, 1998
Pounding Out Differences, ITIS Take Hammer
"What’s in a name? That which we call a rose, by any other name would smell as sweet," said Juliet to Romeo in an impassioned speech. But Gary Waggoner, a pragmatic scientist, is quick to point out that not all roses are scented, so the Bard’s sentiment was sweeter than his science.
Date published: February 13, 1998
Summary of USGS Presentation and Activities, AAAS, 1998
From Seafloor Mapping to Hammer Awards and AAAS Fellowships........''',
    quotes=[
        Q('"Doctor Watershed"', None, None),
        Q('"What’s in a name?', 'smell as sweet,"', "Juliet"),
    ],
),
dict(
    id="gov-en-nist-what-is-nist-video-description",
    source="https://www.nist.gov/pao/what-nist-video-description-visually-impaired",
    license=PD, retrieved=PAGES + " (NIST page; the lines 'Skip to main content', 'U.S. flag', the .gov and HTTPS notices and '(back to video)' dropped; the 'Visual:' and 'Narrator:' labels kept as paragraphs as stored; the last 'Visual:' label and its item 'Text that reads \"Manufacturing Extension Partnership\" appears on screen. A f...', cut in the stored copy, dropped)",
    text='''"What is NIST?" Video Description for the Visually Impaired
Visual:
Text appears on screen that reads, "What is NIST?"
Visual:
NIST materials research engineer Joannie Chin
"NIST is a really great environment for doing research."
Visual:
NIST research mechanical engineer Daniel Sawyer
"I think NIST is excellence."
Visual:
NIST Program Office Director Tom O'Brian
"NIST is all about very smart and dedicated scientists and engineers who are making measurements and standards that affect your life and my life positively every day."
Visual:
Exterior of one of the buildings on the NIST campus.
Narrator:
Welcome to NIST ... the National Institute of Standards and Technology ... a federal research agency working to improve the nation's economy and quality of life.
Visual:
Acoustic laboratory with sharp, pyramid shaped foam cones covering the walls. NIST researchers and collaborators talking about a project in a laboratory, researchers aiming lasers.
Narrator:
In state-of-the-art scientific laboratories on several campuses ... our scientists and engineers work side-by-side with industry and university researchers to create the measurements, standards and technologies that make modern products and services possible.
Visual:
An array of electronic products.
Narrator:
Cell phones, portable music players, computers, medical devices ... all of the sophisticated technologies we use every day rely on NIST research.
Visual:
NIST researcher loads a long, cylindrical sample into a neutron beamline.''',
    quotes=[
        Q('"What is NIST?"', None, None),
        Q('"What is NIST?"', None, None, 1),
        Q('"NIST is a really great', 'doing research."', "Joannie Chin"),
        Q('"I think NIST is excellence."', None, "Daniel Sawyer"),
        Q('"NIST is all about', 'positively every day."', "Tom O'Brian"),
    ],
),
dict(
    id="gov-en-usgs-2014-02-27-burmese-pythons-everglades",
    source="http://www.dgs.udel.edu/aggregator/categories/1?page=1",
    license=PDC, retrieved=PAGES + " (USGS release of Feb 27, 2014 as syndicated by the Delaware Geological Survey's 'USGS Latest News' aggregator; the aggregator's newsletter box and heading, the line 'USGS Newsroom - Thu, 02/27/2014 - 14:30', the 'Summary:' line, the contact lines and the editor's note 'Reporters: Photos, b-roll and FAQs are available online.' dropped; the paragraph 'Although there have been numerous bites ...', cut in the stored copy, dropped; the double spaces between sentences and the '--' dashes as stored)",
    text='''Burmese Pythons Pose Little Risk to People in Everglades
EVERGLADES NATIONAL PARK, Fla. -- The estimated tens of thousands of Burmese pythons now populating the Everglades present a low risk to people in the park, according to a new assessment by U.S. Geological Survey and National Park Service scientists.
The human risk assessment looked at five incidents that involved humans and Burmese pythons over a 10-year period in Everglades National Park. All five incidents involved pythons striking at biologists who were conducting research in flooded wetlands.
"Visitor and staff safety is always our highest priority at Everglades National Park," said Superintendent Dan Kimball. "Everglades, as many other national parks, draws many thousands of visitors for the opportunity to view the wildlife that live here in a natural setting.  Our guidance to visitors with respect to Burmese pythons is the same as for our native wildlife -- please maintain a safe distance and don't harass the wildlife.  With respect to controlling Burmese pythons, we are working diligently with our state, federal, tribal, and local partners to manage this invasive species and educate the public on the importance of not letting invasive species loose in the wild."''',
    quotes=[
        Q('"Visitor and staff safety', 'Everglades National Park,"', "Dan Kimball"),
        Q('"Everglades, as many other', 'loose in the wild."', "Dan Kimball"),
    ],
    aliases={"Dan Kimball": ["Superintendent Dan Kimball"]},
),
dict(
    id="gov-en-usgs-2015-04-16-fluegg-asian-carp",
    source="http://www.dgs.udel.edu/aggregator/sources/1?page=2",
    license=PDC, retrieved=PAGES + " (USGS release of Apr 16, 2015 as syndicated by the Delaware Geological Survey's 'USGS Newsroom' aggregator; the aggregator's newsletter box and headings, 'Updated: 1 hour 29 min ago', the date line 'Thu, 04/16/2015 - 15:30', the 'Summary:' line and the contact lines dropped; the paragraph 'The FluEgg model was used to evaluate egg movement ...', cut in the stored copy, dropped; the straight closing mark after 'reproduction.' as stored)",
    text='''Model Offers More Ease, Precision for Managing Invasive Asian Carp
The likelihood of Asian carp eggs being kept in suspension and hatching in the St. Joseph River in Michigan has been further evaluated using a model that examines a range of multiple flow and water temperature scenarios. Results illustrate the highest percentage of Asian carp eggs at risk of hatching occurs when the streamflow is low and when the water temperature is high. This new study by the University of Illinois and the U.S. Geological Survey is published in the Journal of Great Lakes Research.
“In this study, the Fluvial Egg Drift Simulator (FluEgg) model allowed us to examine the complex dependencies between flow, temperature and egg development,” said USGS hydrologist Ryan Jackson. “This information provides resource managers with a range of conditions under which the St. Joseph River is vulnerable to Asian carp reproduction."''',
    quotes=[
        Q('“In this study', 'and egg development,”', "Ryan Jackson"),
        Q('“This information provides', 'Asian carp reproduction."', "Ryan Jackson"),
    ],
    aliases={"Ryan Jackson": ["USGS hydrologist Ryan Jackson"]},
),
dict(
    id="gov-en-fbi-cliffs-crew-visits-the-fbi",
    source="https://security.mil-osi.com/author/mil-osi/page/545",
    license=PDC, retrieved=PAGES + " (FBI story as syndicated by the MIL-OSI feed, which starts it after the story's opening paragraphs; the line 'Source: US FBI' dropped; the next story 'FBI Internship Program Gives Wounded Warriors a Window into Bureau Careers', whose only paragraph is cut in the stored copy, dropped with its title and source line; trailing spaces removed)",
    text='''Outreach and Mentorship: Cliff’s Crew Visits the FBI
“Whatever challenges you may have in life can be frustrating,” said Turner. “Failure is a part of our lives. You have to embrace failure.”
Turner continued by explaining that at the end of the day, the recipe for success is focusing on what you can control and take ownership of—regardless of external pressures.
“When I experienced past failures, I asked myself: What did I do?” he said. “Don’t worry about what the teacher did. Don’t worry about what coach doesn’t like about you. What did I do that caused that failure, and what can I do moving forward to make it better? I can own that. That’s what I pass on to you.”
Turner concluded that new experiences are also key to personal growth.
“In my journey,” he said, “I’ve always kind of gone outside my comfort zone. You need to get comfortable being uncomfortable because that’s the only way you’re going to grow. If you guys remember that, you will be leaders on a level that you hadn’t even imagined. Be that leader. Stay true to yourself.”
Interested in learning more about community outreach at the FBI?
The Community Relations Unit at FBI Headquarters and FBI community outreach specialists in field offices across the country create and strengthen relationships locally and nationally with minority groups, religious and civic organizations, schools, non-profits, and other entities.
Visit your local FBI field office’s page to learn about programs in your area.''',
    quotes=[
        Q('“Whatever challenges', 'can be frustrating,”', "Turner"),
        Q('“Failure is a part', 'embrace failure.”', "Turner"),
        Q('“When I experienced', 'What did I do?”', "Turner"),
        Q('“Don’t worry about what the teacher', 'pass on to you.”', "Turner"),
        Q('“In my journey,”', None, "Turner"),
        Q('“I’ve always kind of gone', 'true to yourself.”', "Turner"),
    ],
),
dict(
    id="gov-en-fbi-wray-house-judiciary-and-san-juan-gangs",
    source="https://security.mil-osi.com/page/524",
    license=PDC, retrieved=PAGES + " (two FBI stories as syndicated by the MIL-OSI feed, which starts each after its opening paragraphs; both 'Source: US FBI' lines dropped; the list after 'Among the topics ... were:' is not in the stored copy; the paragraph 'With the inve...', cut in the stored copy, dropped; trailing spaces removed)",
    text='''Director Wray Champions FBI Before House Judiciary Committee
Director Wray noted that during a time when other law enforcement agencies have struggled to recruit and retain employees, the FBI continues to attract applicants in near-record numbers and maintain a low attrition rate among special agents. These applicants and employees share a commitment to public service and a willingness to put others before themselves, he said.
Director Wray also addressed criticism of FBI leadership. “Today’s FBI leaders reflect the best of this organization,” Director Wray said. “An organization that’s made up of 38,000 men and women who are patriots, professionals, and dedicated public servants.”
Speaking about the FBI’s leadership team, Director Wray noted that the top eight leaders in the Bureau—none of whom is a political appointee—have worked in 21 different field offices and have a combined 130 years of field experience. Prior to joining the FBI, they have served in the Air Force, the Army, the Marines, as well as in state and local law enforcement.
Among the topics Director Wray was asked about during the lengthy hearing were:
Combating Violence on the Streets of San Juan
“The communities in Puerto Rico are faced with many challenges due to economic hardships, which create an opportunity for criminal enterprises to flourish. As a direct result of gang violence, these communities live in turmoil and have limited access to services that could improve their quality of life,” said Guillermo Gonzalez, assistant special agent in charge of FBI San Juan’s Criminal Branch. “This is why violent gang investigations and arrest operations such as this have a tremendous positive impact in these neighborhoods. We can directly see an improvement as the violence decreases. The FBI is directly enabling these citizens to contribute to future generations’ development and secure Puerto Rico’s future.”''',
    quotes=[
        Q('“Today’s FBI leaders', 'of this organization,”', "Wray"),
        Q('“An organization that’s made up', 'dedicated public servants.”', "Wray"),
        Q('“The communities in Puerto Rico', 'their quality of life,”', "Guillermo Gonzalez"),
        Q('“This is why violent gang', 'secure Puerto Rico’s future.”', "Guillermo Gonzalez"),
    ],
    aliases={"Wray": ["Director Wray"]},
),
dict(
    id="gov-en-doj-2018-01-03-sessions-interim-us-attorneys",
    source="http://www.theeventchronicle.com/news/north-america/attorney-general-sessions-appoints-17-current-former-federal-prosecutors-interim-united-states-attorneys/",
    license=PDC, retrieved=PAGES + " (DOJ Office of Public Affairs release of Wednesday, January 3, 2018 as reposted by theeventchronicle.com; the share bar ' date 2018-01-04 18 SHARES Share Tweet ...' and the lines 'Department of Justice', 'Office of Public Affairs', 'FOR IMMEDIATE RELEASE' and 'Wednesday, January 3, 2018' dropped; the paragraph '“That is why, today, I am appointing ... I also want to thank those First Assistant United States Attorneys ...', cut in the stored copy, dropped; the period before the closing mark in 'civil litigation.” said' as stored)",
    text='''Attorney General Sessions Appoints 17 Current and Former Federal Prosecutors as Interim United States Attorneys
Attorney General Jeff Sessions today announced the appointment of 17 federal prosecutors as Interim United States Attorneys pursuant to 28 U.S.C. § 546. In a number of United States Attorney’s Offices across the country, First Assistant United States Attorneys are currently serving as Acting United States Attorneys under the Vacancies Reform Act. However, on Jan. 4, 2018, some of those Acting United States Attorneys will have served the maximum amount of time permitted under the Act. The appointments announced by the Attorney General today fill these vacancies.
“United States Attorneys lead federal prosecutions across this country, taking deadly drugs and criminals off of our streets and protecting the safety of law-abiding people, as well as representing the United States in civil litigation.” said Attorney General Sessions. “As a former U.S. Attorney myself, I have seen firsthand the impact that these prosecutors have and it is critical to have U.S. Attorneys in place during this time of rising violent crime, a staggering increase in homicides, and an unprecedented drug crisis.”''',
    quotes=[
        Q('“United States Attorneys lead', 'in civil litigation.”', "Jeff Sessions"),
        Q('“As a former U.S. Attorney', 'unprecedented drug crisis.”', "Jeff Sessions"),
    ],
    aliases={"Jeff Sessions": ["Attorney General Jeff Sessions", "Attorney General Sessions"]},
),
]
