# Held-out English news texts (tests/data/heldout431-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases and feature stories of US federal civilian agencies (public domain,
# 17 U.S.C. § 105), all on the agencies' own sites: a National Park Service release of August 11, 2016 on the 2015
# Hartzog volunteer awards (nps.gov), a U.S. Fish and Wildlife Service story of March 2007 on the funding of the Necedah
# refuge's visitor center (fws.gov), a NOAA release of May 25, 2006 (2006-R811) on the graduation of NOAA Corps Basic
# Officer Training Class 109 (publicaffairs.noaa.gov), two Johnson Space Center Roundup stories (roundupreads.jsc.nasa.gov:
# the JSC/CCISD robotics team, April 6, 2015; the NCAS community-college workshop, March 27, 2019), two NASA Educator
# Features (nasa.gov: Chicago students talking with the Expedition 14 crew, 2007; the International Education Week
# downlink with Barbara Morgan, 2006) and a NASA Explorer Schools blog tag page with two posts (blogs.nasa.gov, 2010/2011).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and a cut paragraph (or, in a copy stored as one run of text, the cut last sentence) is
# dropped (noted in `retrieved`). Site labels, release lines, contact and date lines, photo titles, image alt texts,
# captions, 'Related Resources' boxes, link lines, list lead-ins whose lists are cut and doubled headlines are dropped;
# hard line breaks inside a paragraph are joined; datelines are kept as stored; wording and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2055-H2059 in
# ANNOTATION.md on top of H1-H2054).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout431-en.jsonl

Built by `build.py` from `heldout431_pages.py`. Like heldout410-en, heldout390-en, heldout371-en, heldout339-en and the
other agency sets above, these texts are stored web pages (the `pages` search corpus) of news releases and feature
stories of US federal civilian agencies (public domain, 17 U.S.C. § 105), each on the agency's own site and none of them
used in a set above: a National Park Service release of August 11, 2016 ('VIPs Recognized for Assisting Parks', the
2015 George B. Hartzog, Jr. Awards for Outstanding Volunteer Service, with Director Jonathan B. Jarvis; nps.gov); a U.S.
Fish and Wildlife Service story of March 2007 on the fiscal year 2007 funding of a visitor center at Necedah National
Wildlife Refuge, Wisconsin, with Midwest Regional Director Robyn Thorson and Refuge Manager Larry Wargowsky (fws.gov); a
NOAA news release of May 25, 2006 (2006-R811) on the graduation of Basic Officer Training Class 109 of the NOAA
Commissioned Officer Corps, with Administrator Conrad C. Lautenbacher Jr. (publicaffairs.noaa.gov); two stories of
Johnson Space Center's employee news Roundup (roundupreads.jsc.nasa.gov): 'Saucers, totes, cans, passion and dedication
shape local students at JSC' (April 6, 2015, the JSC/CCISD robotics team 'The Robonauts' and its coach Lucien Junkin)
and 'NASA Welcomes NCAS Students for Four-Day Workshop' (March 27, 2019, with Bedan Ngugi of Wharton Community College);
two NASA Educator Features (nasa.gov): 'Students Talk With Station Astronauts' (Chicago students and Expedition 14
flight engineer Suni Williams, 2007) and 'Trois ... Dva ... Uno ... Lift-off!' (the International Education Week downlink
of 2006 with educator astronaut Barbara Morgan); and a tag page of the NASA Explorer Schools blog 'NES Teachers Corner'
with two posts, a webchat notice with astronaut Michael J. Foreman (2010) and 'NASA Explorer Schools Dare Students to
Dream' with Kennedy Space Center Director Bob Cabana (2011) (blogs.nasa.gov). None is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a
paragraph cut in the stored copy is dropped (noted per page: the Hartzog paragraph on Vinh Le-Si's hours, the Necedah
paragraph 'Local support for the refuge ...', the Robonauts paragraph 'For Inspiration and Recognition ...', the NCAS
paragraph 'Each team worked with a NASA mentor ...', the Chicago paragraph 'The downlink was part of a larger effort
...', the Trois paragraph 'In addition to Morgan ...' and the NES paragraph 'The symposium participants were
competitively selected ...'); the NOAA release is stored as one run of text and kept as one paragraph whose cut last
sentence ('New NO') is dropped (H2055). Site labels ('RoundupReads', 'Educator Features', 'News Release'), release
numbers, contact and date lines, photo titles, image alt texts and captions (also a caption glued to the first word of a
paragraph, H2057), the 'Related Resources' box, link lines, the Hartzog list lead-in with its cut list and doubled
headlines were dropped; hard line breaks inside a paragraph were joined; datelines are kept as stored; wording
(also 'befor-e' and 'return.Among') and quotation marks are as stored. Pages read but left out: the Forest
Service release on the Rogue River-Siskiyou Good Neighbor Authority project (one complete quotation; the second is in a
cut paragraph), the NOAA Fisheries story on the entangled sea turtle 'Twitch' (one quotation), the archived USGS release
'Tracking Floods is Exciting Work for USGS Hydrologists' (one quotation in the stored part), the Kennedy Space Center
education page on the 2011 NASA Explorer Schools symposium (cut at the opening mark of Cabana's quotation; the blog post
with the same story is used instead), the FWS story on the Ingersoll Wetlands Learning Center (the quotation marks are
lost in the copy), the archived FWS Midwest page on the John D. Dingell Jr. Visitor Center (the second quotation's
paragraph is cut), the Roundup story 'The future in our own backyard' (one quotation in the stored part), the NASA Ames
minority-intern release (a copy on spacenews.com, not an agency site), the mountainx.com repost of the 2016 Hartzog
release (the nps.gov page is used), and agency pages already used in earlier sets (the FWS 'Wayward Eagle' release, the
2002 Migratory Bird Conservation Commission release, the Rural Development 2017 essential-services release, the NOAA
Kodiak ship deployment story). None of the eight pages is used in any set above or in another helper's worktree
(checked by URL and page id (nps.gov/orgs/1207/08-10-2016-hartzog-awards, fws.gov/story/2007-03/necedah-national-
wildlife-refuge-receives-funding, noaa06-r811, roundupreads roundup/212 and pages.ashx/1109,
F_Chicago_Students_Talk_Science, F_Trois_Dva_Uno_Liftoff, NES_Teachers_Corner), by headline, and by the names of the
quoted people and distinctive phrases such as 'VIPs Recognized', '7.9 million hours', 'Vinh Le-Si', 'Necedah', 'Robyn
Thorson', 'Larry Wargowsky', 'Basic Officer Training Class 109', 'Robonauts', 'Lucien Junkin', 'Clear Creek
Independent', 'Bedan Ngugi', 'Wharton', 'NCAS', 'Suni Williams', 'Lopez-Alegria', 'International Education Week',
'Somewhere Over the Rainbow' and 'NES_Teachers_Corner', grepped in tests/data of the main checkout and of every other
helper's worktree; no hits for these texts: 'Jonathan B. Jarvis', 'Lautenbacher', 'Cabana', 'Hartzog' and 'Adler
Planetarium' occur only in other, different texts of earlier sets). The annotation (rules H2055–H2059 in
`ANNOTATION.md` on top of H1–H2054) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nps-h431-2016-08-11-hartzog-awards-vips",
    source="https://www.nps.gov/orgs/1207/08-10-2016-hartzog-awards.htm",
    license=PD, retrieved=PAGES + " (National Park Service news release of August 11, 2016; the site label 'News Release', the photo title '2015 Hartzog Winners', the credit 'NPS Photo', the line 'News Release Date: August 11, 2016' and the two contact lines (Kathy Kupper, National Park Service; Alanna Sobel, National Park Foundation) dropped; the headline kept as the first line; the dateline 'WASHINGTON - ' kept as stored; the list lead-in 'Following are the recipients of the 2015 Hartzog Awards:' dropped with its list, whose first entry (Vinh Le-Si) is followed by the paragraph 'Le-Si contributed more than 1,000 hours ... on the reproduction mule-pulled canal boat', cut in the stored copy (H2011); 'return.Among' without a space and straight marks as stored)",
    text='''VIPs Recognized for Assisting Parks
WASHINGTON - An extraordinary group of VIPs (Volunteers-In-Parks) donated 7.9 million hours of service to the National Park Service in 2015. These 440,000 people performed an astonishing variety of tasks which enhanced both park operations and the visitor experience. This week, the National Park Service and National Park Foundation honored the recipients of the annual Hartzog Awards for Outstanding Volunteer Service at a ceremony in Washington, DC.
"National Park Service volunteers are amazing," said National Park Service Director Jonathan B. Jarvis. "They are willing to do anything and everything for parks and ask for nothing in return.Among many other things, they welcome visitors, lead tours, maintain trails, conduct research, plant gardens, monitor wildlife, demonstrate arts and crafts, and perform historical reenactments, and they do it all with unwavering enthusiasm. They are an inspiration to us all."
The award is named in honor of former National Park Service Director George B. Hartzog, Jr. and his wife Nancy. Hartzog created the Volunteers-In-Parks (VIP) Program in 1970 with 300 volunteers. Since then, more than 4.3 million people have volunteered more than 1.4 billion hours of service.''',
    quotes=[
        Q('"National Park Service volunteers are amazing,"', None, "Jonathan B. Jarvis"),
        Q('"They are willing to do anything', 'an inspiration to us all."', "Jonathan B. Jarvis"),
    ],
    aliases={"Jonathan B. Jarvis": ["National Park Service Director Jonathan B. Jarvis"]},
),
dict(
    id="fws-h431-2007-03-necedah-visitor-center-funding",
    source="https://www.fws.gov/story/2007-03/necedah-national-wildlife-refuge-receives-funding-new-visitor-center",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service story of March 2007 (Midwest Region); the headline, stored twice, kept once as the first line; the last paragraph 'Local support for the refuge has been very high. ... Endangered whooping cranes are raise', cut in the stored copy, dropped (H2011); curly marks as stored; the refuge manager named inside Thorson's quotation is no cue (H2059))",
    text='''Necedah National Wildlife Refuge Receives Funding for New Visitor Center
The U.S. Fish and Wildlife Service announced today that the Necedah National Wildlife Refuge, located near Necedah, Wis., will receive $3.518 million in the fiscal year 2007 federal budget to apply toward the construction of a new visitor center.
U.S. Fish and Wildlife Service Midwest Regional Director Robyn Thorson expressed her gratitude to numerous partners for their unwavering support of Necedah National Wildlife Refuge. “The U.S. Fish and Wildlife Service, Refuge Manager Larry Wargowsky, the Refuge Friends Group, citizens of Juneau County and the Wisconsin Congressional delegation have made this visitor center a priority for many years,” said Thorson. “Thanks to all their hard work and persistence, the Refuge and all of Juneau County can now reap the benefits this premier refuge and new visitor center will bring to the entire area.”
Necedah National Wildlife Refuge Manager Larry Wargowsky extended his appreciation to Congressman Ron Kind, Congressman David Obey, Senator Herb Kohl, Senator Russ Feingold and the numerous groups and individuals who have supported the refuge over the years. “This refuge receives incredible support from our Friends Group, volunteers, local communities and visitors,” said Wargowsky. “All these people played an important role in helping us get a new visitor center. This will be a great addition to the refuge and a tremendous asset to the citizens of Necedah and all the communities of Juneau County.”''',
    quotes=[
        Q('“The U.S. Fish and Wildlife Service, Refuge Manager', 'for many years,”', "Robyn Thorson"),
        Q('“Thanks to all their hard work', 'the entire area.”', "Robyn Thorson"),
        Q('“This refuge receives incredible support', 'and visitors,”', "Larry Wargowsky"),
        Q('“All these people played', 'communities of Juneau County.”', "Larry Wargowsky"),
    ],
    aliases={"Robyn Thorson": ["U.S. Fish and Wildlife Service Midwest Regional Director Robyn Thorson", "Thorson"],
             "Larry Wargowsky": ["Necedah National Wildlife Refuge Manager Larry Wargowsky", "Wargowsky"]},
),
dict(
    id="noaa-h431-2006-05-25-noaa-corps-class-109-graduation",
    source="http://www.publicaffairs.noaa.gov/releases2006/may06/noaa06-r811.html",
    license=PD, retrieved=PAGES + " (NOAA news release 2006-R811 of May 25, 2006; the table cells of the letterhead ('NOAA', '2006-R811 FOR IMMEDIATE RELEASE Contact: Jeanne Kouhestani 5/25/06', 'NOAA', 'News Releases 2006 NOAA Home Page NOAA Public Affairs') and the rows of '|' separators dropped; the stored copy has no headline and gets none (H1818); the body is stored as one run of text without paragraph breaks and is kept as one paragraph, its hard line breaks ('The' / 'NOAA Corps is one of ... (the' / 'other services ... Public' / 'Health Service).') joined with single spaces, and its last sentence 'New NO', cut in the stored copy, dropped (H2055); the typo 'befor-e' and curly marks as stored)",
    text='''The National Oceanic and Atmospheric Administration announced the graduation today of 12 men and four women from Basic Officer Training Class 109 of the NOAA Commissioned Officer Corps. New recruits must have degrees in science, mathematics, or engineering befor-e entering basic officer training. NOAA Corps officers manage and operate the agency’s fleet of 18 ships and 13 aircraft used to gather data and conduct research in fulfillment of NOAA’s environmental science mission. Officers also apply their technical, managerial and operational skills to shoreside positions within NOAA program offices. “I am delighted to welcome these bright and inspired young officers into the ranks of the NOAA Corps,” said Vice Admiral Conrad C. Lautenbacher Jr., USN (Ret.), NOAA administrator and under secretary of commerce for oceans and atmosphere. “They have the education, skill and motivation essential to support NOAA’s mission. We’re very pleased that the members of this graduating class have chosen to serve NOAA and the Department of Commerce, and look forward to working with them as they contribute to the success of NOAA’s programs.” Today’s graduation is the culmination of three months of intense training at the U.S. Merchant Marine Academy in Kings Point, N.Y. The officers will soon begin their first assignments aboard NOAA research and survey ships. “As NOAA’s capabilities in nautical charting and other strategic areas are called upon by the Bush Administration to support homeland security, some of these new officers will also have the opportunity to help assure the safety of the nation as part of their regular duties,” Lautenbacher said. The NOAA Corps is one of the nation’s seven uniformed services (the other services are the four military services, Coast Guard and Public Health Service).''',
    quotes=[
        Q('“I am delighted to welcome', 'ranks of the NOAA Corps,”', "Conrad C. Lautenbacher Jr."),
        Q('“They have the education', 'success of NOAA’s programs.”', "Conrad C. Lautenbacher Jr."),
        Q('“As NOAA’s capabilities in nautical charting', 'their regular duties,”', "Conrad C. Lautenbacher Jr."),
    ],
    aliases={"Conrad C. Lautenbacher Jr.": ["Vice Admiral Conrad C. Lautenbacher Jr.", "Lautenbacher", "NOAA administrator"]},
),
dict(
    id="nasa-h431-2015-04-06-jsc-roundup-robonauts",
    source="https://roundupreads.jsc.nasa.gov/roundup/212",
    license=PD, retrieved=PAGES + " (Johnson Space Center Roundup story of April 6, 2015; the site label 'RoundupReads' before the first headline line dropped and the headline, stored twice, kept once as the first line; the date line '2015-04-06' and the lines holding a single space between the paragraphs dropped; the last paragraph 'For Inspiration and Recognition of Science and Technology (FIRST) Robotics has been a part of JSC ... Junkin actually li', cut in the stored copy, dropped (H2011); the team name and the coach's title in marks are null (H2056); em dashes and curly marks as stored)",
    text='''Saucers, totes, cans, passion and dedication shape local students at JSC
Flying saucers have landed at Johnson Space Center—and they are taking over the minds of our youth.
OK, so they are not really flying saucers. Those landed a few years back. Actually, this year they are totes and cans. Last year they were exercise balls.
But they definitely are shaping young minds, helping to create students who eventually become brilliant new engineers both at JSC and throughout industry. If you have been in Building 9 recently, then you may have noticed a sports-arena-like playing field that is the new home to the JSC/Clear Creek Independent School District (CCISD) robotics team, also known as “The Robonauts.”
“My passion is to open up engineering to students from a young age, to break stereotypes before they form and to expose the community to engineering,” said Robonauts “head coach” Lucien Junkin, who is also a mobility systems chief engineer in the JSC Software, Robotics and Simulation Division. “It is so inspiring to watch kids grow and to see them be excited and develop as engineers.”
Junkin embodies a passion for education and robotics; he lives it, breathes it, eats it and—if he slept—he would sleep it.
“We were up all night last night preparing for the students to come in today,” Junkin explained. “There are a lot of things we have to have prepared—things they cannot do, such as working with some of the heavy equipment. But always when we do that, we also learn and it actually helps us in our day jobs.”''',
    quotes=[
        Q('“The Robonauts.”', None, None),
        Q('“My passion is to open up engineering', 'the community to engineering,”', "Lucien Junkin"),
        Q('“head coach”', None, None),
        Q('“It is so inspiring', 'develop as engineers.”', "Lucien Junkin"),
        Q('“We were up all night', 'come in today,”', "Lucien Junkin"),
        Q('“There are a lot of things', 'in our day jobs.”', "Lucien Junkin"),
    ],
    aliases={"Lucien Junkin": ["Junkin", "mobility systems chief engineer in the JSC Software, Robotics and Simulation Division"]},
),
dict(
    id="nasa-h431-2019-03-27-jsc-roundup-ncas-workshop",
    source="https://roundupreads.jsc.nasa.gov/pages.ashx/1109/NASA%2520Welcomes%2520NCAS%2520Students%2520for%2520FourDay%2520Workshop",
    license=PD, retrieved=PAGES + " (Johnson Space Center Roundup story of March 27, 2019; the site label 'RoundupReads' before the first headline line dropped and the headline, stored twice, kept once as the first line; the date line '2019-03-27' dropped; the space before '“My team' at the start of its paragraph dropped; the last paragraph 'Each team worked with a NASA mentor, who served as their designated CEO, ... assembly engineer, sof', cut in the stored copy, dropped (H2011); em dash and curly marks as stored)",
    text='''NASA Welcomes NCAS Students for Four-Day Workshop
From March 11 to 14, NASA’s Office of STEM Engagement welcomed students from the National Community College Aerospace Scholar (NCAS) program to Johnson Space Center.
Following successful completion of the rigorous five-week online portion of NCAS, selected students representing schools from across the country were invited to a four-day on-site workshop at Johnson. Once on-site, students enjoyed tours and attended lectures, including one from the internship team encouraging students to apply. In addition, students were split into teams to put the skills they learned to the test by designing a Mars rover and competing to retrieve objects on a simulated terrain.
“My team comes from different walks of life—some of us are older, some are younger, some are talented in different areas,” said Bedan Ngugi, a sophomore at Wharton Community College. “We all bring different talents to the table, and we use our talents to help our team succeed. It creates an atmosphere where everyone is included.”
Teams were responsible for managing their company’s budget with fiscal responsibility, and they were required to align with NASA’s goals for Mars exploration with NASA work culture and expectations.
“I’ve read books about NASA, because books give you that opportunity to travel the world within the confines of your own mind,” Ngugi said. “Coming here and actually seeing people who work at NASA brings everything full circle for me and reaffirms that NASA is the leading frontier in the next generation of human intelligence.”''',
    quotes=[
        Q('“My team comes from different walks', 'in different areas,”', "Bedan Ngugi"),
        Q('“We all bring different talents', 'everyone is included.”', "Bedan Ngugi"),
        Q('“I’ve read books about NASA', 'of your own mind,”', "Bedan Ngugi"),
        Q('“Coming here and actually seeing', 'of human intelligence.”', "Bedan Ngugi"),
    ],
    aliases={"Bedan Ngugi": ["Ngugi", "a sophomore at Wharton Community College"]},
),
dict(
    id="nasa-h431-2007-chicago-students-talk-with-station-astronauts",
    source="https://www.nasa.gov/audience/foreducators/k-4/features/F_Chicago_Students_Talk_Science.html",
    license=PD, retrieved=PAGES + " (NASA Educator Feature of 2007 on a January downlink between Chicago middle school students and the Expedition 14 crew; the headline kept as the first line; the image alt text 'People watch astronauts on a projector screen' and the caption 'Image to right: Chicago students watched Expedition 14 astronauts Suni Williams and Mike Lopez-Alegria on a screen in the auditorium at Adler Planetarium. Students interacted with the astronauts during a downlink from the space station. Credit: NASA' dropped; the summary line 'Chicago students saw a live view ...' under the headline kept as a line; the last paragraph 'The downlink was part of a larger effort to take current science topics and science speakers to the Hispanic students', cut in the stored copy, dropped (H2011); straight marks as stored (H2058))",
    text='''Students Talk With Station Astronauts
Chicago students saw a live view of Earth from space during a video downlink in January with astronauts aboard the International Space Station.
In response to a student's question about what it is like to see Earth from space, Expedition 14 commander Mike Lopez-Alegria moved the video camera to a window looking out at Earth.
While students gazed at Earth, flight engineer Suni Williams invited them to enjoy the "amazing and spectacular" view of the planet.
Williams talked about viewing Earth from space, describing her first spacewalk as a member of the STS-116 shuttle mission in December 2006. As a member of Expedition 14 crew, Williams completed three spacewalks, bringing her total number of spacewalks to four and setting the record for the most spacewalks ever by a woman.
"When you're on a spacewalk, it's just you out there in your space suit, so you get a nice 360-degree view of the whole Earth and the universe," Williams described. "It's really spectacular."
She said one of the astronauts' favorite activities is taking pictures of Earth. "In our free time that's sort of what we like to do. We've got lots of photography equipment up here, and we love to look out the window and take pictures of our beautiful Earth."
The downlink took place at the Adler Planetarium & Astronomy Museum in Chicago. The astronauts interacted via satellite video with middle school students from Columbia Explorers Academy, the first pre-existing school in the nation to be formally named in honor of the crew of the Space Shuttle Columbia.''',
    quotes=[
        Q('"amazing and spectacular"', None, "Suni Williams"),
        Q('"When you\'re on a spacewalk', 'and the universe,"', "Suni Williams"),
        Q('"It\'s really spectacular."', None, "Suni Williams"),
        Q('"In our free time', 'our beautiful Earth."', "Suni Williams"),
    ],
    aliases={"Suni Williams": ["flight engineer Suni Williams", "Williams"]},
),
dict(
    id="nasa-h431-2006-11-international-education-week-morgan",
    source="https://www.nasa.gov/audience/foreducators/k-4/features/F_Trois_Dva_Uno_Liftoff.html",
    license=PD, retrieved=PAGES + " (NASA Educator Feature of November 2006 on the International Education Week downlink held with the U.S. Department of Education; the site label 'Educator Features', the image alt text 'A student stands in front of a screen showing the crew of the ISS' and the caption 'Image to right: Crewmembers aboard the space station answered questions students asked in four languages. Credit: NASA' dropped; the headline kept as the first line; the box 'Related Resources' with its seven link lines ('+ NASA Education Web site' ... '+ International Education Week'), stored between two paragraphs, dropped; the last paragraph 'In addition to Morgan and fellow educator astronaut Ricky Arnold, NASA Education was represented by Joyce Winterton, the agency's as', cut in the stored copy, dropped (H2011); straight marks as stored)",
    text='''Trois ... Dva ... Uno ... Lift-off!
For International Education Week, NASA participated in an event that truly lived up to the occasion's name.
The event, held in conjunction with the U.S. Department of Education, definitely had an international flavor. Students from the Washington, D.C., area were able to talk with crewmembers from three countries aboard the International Space Station. The crew answered questions in a total of four languages.
One of the highlights of the event was a talk by educator astronaut and mission specialist Barbara Morgan. In the summer of 2007, Morgan is scheduled to become NASA's first educator astronaut to fly into space. She told the students and teachers in the audience about her mission, STS-118.
"My crewmates and I are very, very excited about our small role in helping to finish the construction of the International Space Station, and mostly because it is a big, big stepping stone in our getting back to the moon and on to Mars and beyond," Morgan said.
She explained that, in addition to the mission's important space station assembly tasks, it will also include educational components. These will relate to educational challenges that can be performed in the classroom.
"We truly hope that STS-118 will honor students and teachers everywhere, and we also hope we will be able to provide you with opportunities to directly contribute to our going back to the moon and on to Mars," Morgan said.''',
    quotes=[
        Q('"My crewmates and I are very, very excited', 'Mars and beyond,"', "Barbara Morgan"),
        Q('"We truly hope that STS-118', 'moon and on to Mars,"', "Barbara Morgan"),
    ],
    aliases={"Barbara Morgan": ["educator astronaut and mission specialist Barbara Morgan", "Morgan"]},
),
dict(
    id="nasa-h431-2011-nes-teachers-corner-dare-students-to-dream",
    source="https://blogs.nasa.gov/NES_Teachers_Corner/tag/student-opportunity/page/2/",
    license=PD, retrieved=PAGES + " (page 2 of the tag 'student opportunity' of the NASA Explorer Schools blog 'NES Teachers Corner', holding two posts one under the other: the webchat notice 'Live Chat With NASA Astronaut Michael J. Foreman' (November 2010) and 'NASA Explorer Schools Dare Students to Dream' (May 2011), kept as one document with each headline as a line (H244); the link line 'For more information go to the information page on the NES Virtual Campus.' dropped; the image alt text 'Students presenting their NASA-based research findings', stored glued to the first word of the second post ('findingsInspiring'), dropped (H792, H2057); the spaces at the end of two paragraphs dropped; the last paragraph 'The symposium participants were competitively selected after they completed an original investigation focused on existing NASA missi', cut in the stored copy, dropped (H2011); curly marks, also the single marks of the song title inside Cabana's quotation, as stored)",
    text='''Live Chat With NASA Astronaut Michael J. Foreman
NASA Explorer Schools would like to extend an invitation to K-12 students across the United States to participate in a webchat with astronaut and veteran spacewalker Mike Foreman. The event will take place from 1 to 2 p.m. EST on Nov. 22, 2010. Foreman will answer questions about his spacewalking experiences, living and working in the microgravity environment of space, and his unique career path from high school through astronaut training.
NASA Explorer Schools Dare Students to Dream
Inspiring the next generation of explorers, scientists, engineers and educators to “dream big” was the goal of this year’s NASA Explorer Schools National Student Symposium at Kennedy Space Center in Florida.
The symposium kicked off May 4 with a welcome dinner in the company of Bob Cabana, Kennedy’s director and a former space shuttle astronaut. About 60 fourth- through 12th-grade students and their teachers listened in awe as Cabana shared a vivid memory of seeing shuttle Endeavour awaiting liftoff on Launch Pad 39A with a remarkable rainbow overhead. Later that day in December 1998, Cabana and his crew would lift off on the 12-day STS-88 mission to begin construction of the International Space Station.
“Our very first day in orbit, the wake up music was Judy Garland, ‘Somewhere Over the Rainbow.’ It brought tears to my eyes,” Cabana said. “Somewhere over the rainbow dreams do come true because that was a dream mission from start to finish.” STS-88 took the first American module called Unity to the station and connected it to the Russian-built Zarya module, beginning the more than 10-year international collaboration and mechanical marvel in space.''',
    quotes=[
        Q('“dream big”', None, None),
        Q('“Our very first day in orbit', 'tears to my eyes,”', "Bob Cabana"),
        Q('“Somewhere over the rainbow dreams', 'from start to finish.”', "Bob Cabana"),
    ],
    aliases={"Bob Cabana": ["Cabana", "Kennedy’s director and a former space shuttle astronaut"]},
),
]
