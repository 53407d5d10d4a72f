# Held-out English news pages (tests/data/heldout175-en.jsonl), none of them used in an earlier set. US federal news
# texts, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages`
# search corpus): a Department of Education press release on ed.gov (Secretary Arne Duncan at Wakefield High School,
# February 10, 2009), a USDA Rural Development news release on rd.usda.gov (community facilities in fiscal year 2017,
# January 30, 2018), a Department of Transportation press release (DOT 89-09, June 25, 2009, Vice President Biden on the
# Recovery Act highway milestone) as archived from transportation.gov by the UNT web archive, two releases of the
# Corporation for National and Community Service on the Martin Luther King Jr. Day of Service (americorps.gov, January 7,
# 2010; the CNCS release of January 16, 2008 on the White House's USA Freedom Corps site, as archived by the UNT End of
# Term archive), a Peace Corps press release on peacecorps.gov (Peace Corps Response's 25th anniversary, 2021) and a
# Federal Highway Administration press release (Victor Mendez confirmed as Administrator, July 13, 2009) as reproduced
# in full by the Crittenden Automotive Library (carsandracingstuff.com), which republishes government releases under
# their agency, date and contact lines. None is credited to AP, Reuters, AFP or another third party. Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Site lines, release numbers, contact and telephone lines, 'Archived Information' labels, site banners
# and list bullets are dropped; blank lines and spaces at the start or end of a line are dropped and a headline broken
# over two lines is joined; wording, spacing inside paragraphs and quotation marks are as stored. Annotated by reading
# the pages, before whosaid was run on them (rules H1205-H1209 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; full copy of the FHWA release on a reference-library site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout175-en.jsonl

Built by `build.py` from `heldout175_pages.py`. Like heldout31-en, heldout41-en, heldout117-en, heldout122-en,
heldout139-en, heldout151-en and heldout158-en, these texts are US federal news texts taken from stored web pages (the
`pages` search corpus), none of them used in a set above, this time from agencies earlier sets used little: a Department
of Education press release on ed.gov (Secretary Arne Duncan's first visit to a public high school, Wakefield High School
in Arlington, Va., February 10, 2009), a USDA Rural Development news release on rd.usda.gov (nearly 400 community
facilities projects in fiscal year 2017, January 30, 2018: Secretary Sonny Perdue and State Director Denise Lovelady), a
Department of Transportation press release (DOT 89-09, June 25, 2009: Vice President Joe Biden on the states meeting
the Recovery Act highway milestone) as archived from transportation.gov by the UNT web archive, two releases of the
Corporation for National and Community Service on the Martin Luther King Jr. Day of Service (americorps.gov, January 7,
2010: Acting CEO Nicola Goren; the release of January 16, 2008 on the White House's USA Freedom Corps site, archived by
the UNT End of Term archive), a Peace Corps press release on peacecorps.gov (Peace Corps Response's 25th anniversary,
2021: Acting Director Carol Spahn) and the Federal Highway Administration's release on the Senate's confirmation of
Victor Mendez (July 13, 2009: Executive Director Jeff Paniati), reproduced in full under its agency, date and contact
lines by the Crittenden Automotive Library (carsandracingstuff.com). All are US government works in the public domain
(17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, release numbers,
contact lines, 'Archived Information' labels and banners were dropped; wording and quotation marks are as stored. None
of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text, including the other helpers' worktrees: the 2008 CNCS release quotes Martin Luther King's famous question,
which a heldout76-en Navy story also quotes in other words; otherwise only agency names and boilerplate are shared; Arne
Duncan, Sonny Perdue and Joe Biden also speak in earlier sets, on other pages). The annotation
(rules H1205–H1209 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is
a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-ed-2009-02-10-duncan-visits-wakefield-high-school",
    source="https://www.ed.gov/news/press-releases/us-education-secretary-duncan-visits-high-school-arlington-va-discuss-education-provisions-stimulus-package",
    license=PD, retrieved=PAGES + " (Department of Education press release on ed.gov; the label 'Archived Information' and the repeated headline dropped, the date line 'February 10, 2009' kept; the paragraph 'During his tour of the facility, Duncan visited with Advanced Placem...', cut in the stored copy, dropped; straight marks and the double hyphens as stored)",
    text='''U.S. Education Secretary Duncan Visits High School in Arlington, Va., to Discuss Education Provisions of Stimulus Package
February 10, 2009
ARLINGTON, Va. - U.S. Secretary of Education Arne Duncan today made his first visit to a public high school since assuming office and used the occasion to urge swift passage of the stimulus legislation currently being considered by Congress, praising the bill's "historic level of one-time education funding that will not only save or create jobs but also will lay the groundwork for a generation of education reform and progress."
"There is no more immediate way to stimulate the economy--short-term and long-term--than to keep teachers teaching and to keep students learning," Duncan said. "As the bill moves to conference, we must get every dollar possible into America's classrooms."
He made his remarks during a visit to Arlington Public Schools' Wakefield High School, accompanied by U.S. Congressman James Moran, Arlington Superintendent Robert G. Smith, and a number of national and local education and civic leaders. Duncan noted that the Wakefield High building, first constructed in 1953, is slated to undergo renovations. He discussed the kinds of school construction and renovations projects that would be made possible by the stimulus package.
Duncan said that funds in the stimulus bill also would provide for a needed increase in Pell grants for college students, as well as an expanded tuition tax credit to make higher education more affordable for any students willing to give back to their communities. There also would be funds to help stabilize state education budgets, and "without that state money," Duncan said, "hundreds of thousands of teachers could be collecting unemployment instead of teaching in classrooms."''',
    quotes=[
        Q('"historic level of one-time', 'reform and progress."', "Arne Duncan"),
        Q('"There is no more immediate', 'students learning,"', "Arne Duncan"),
        Q('"As the bill moves', "America's classrooms.\"", "Arne Duncan"),
        Q('"without that state money,"', None, "Arne Duncan"),
        Q('"hundreds of thousands', 'teaching in classrooms."', "Arne Duncan"),
    ],
    aliases={"Arne Duncan": ["U.S. Secretary of Education Arne Duncan", "Duncan"]},
),
dict(
    id="gov-en-usda-rd-2018-01-30-essential-services-7-million-rural-residents",
    source="https://www.rd.usda.gov/newsroom/news-release/usda-helped-improve-essential-services-7-million-rural-residents-2017-2",
    license=PD, retrieved=PAGES + " (USDA Rural Development news release on rd.usda.gov; the site's .gov and HTTPS notices, the contact lines 'Name Kathy E. Beisner City Washington Release Date' and the repeated headline dropped; spaces at the start of the body lines dropped; the paragraph 'In Fiscal Year 2017, USDA supported pr...', cut in the stored copy, dropped; curly marks as stored)",
    text='''USDA Helped Improve Essential Services for 7 Million Rural Residents in 2017
Funding Supports Schools, Libraries, Municipal Centers, First Responder Vehicles and Equipment, Other Community Needs
WASHINGTON, Jan. 30, 2018 – Agriculture Secretary Sonny Perdue announced that USDA invested in nearly 400 projects to provide essential services for more than 7 million people in rural areas across the country in Fiscal Year 2017.
“Partnering with our small towns and cities to support essential services that rural residents need is one way USDA is facilitating prosperity in rural America,” Perdue said. “USDA’s investments will help communities significantly improve their schools, hospitals and public safety facilities, and improve the quality of life.”
Denise Lovelady, State Director for USDA Rural Development in Maryland and Delaware, endorsed the economic benefits of investment in rural infrastructure across the region. “Long-term targeted investment in rural infrastructure means more jobs, more commerce, and greater innovation in rural America,” Lovelady explained.
USDA infused $1.5 billion into rural areas in 2017 through the Community Facilities Direct Loan Program for projects such as schools, libraries, municipal centers, first responder vehicles and equipment, social service buildings, recreational activities and other community needs. These investments are helping nearly 7 million rural residents.''',
    quotes=[
        Q('“Partnering with our small towns', 'rural America,”', "Sonny Perdue"),
        Q('“USDA’s investments', 'quality of life.”', "Sonny Perdue"),
        Q('“Long-term targeted investment', 'rural America,”', "Denise Lovelady"),
    ],
    aliases={"Sonny Perdue": ["Agriculture Secretary Sonny Perdue", "Perdue"],
             "Denise Lovelady": ["Lovelady"]},
),
dict(
    id="gov-en-dot-2009-06-25-biden-recovery-act-milestone",
    source="https://webarchive.library.unt.edu/web/20161031205138/https://www.transportation.gov/policy-initiatives/recovery/press-releases",
    license=PD, retrieved=PAGES + " (DOT press release DOT 89-09 on transportation.gov's Recovery Act press-release page, as archived by the UNT web archive; the lines 'You are here' and 'Press Releases' dropped, the page's list title kept as first line, the release number 'DOT 89-09' and the contact lines 'Contact:  Cathy St. Denis' and 'Tel:  202-366-0660' dropped, the date line kept; the headline and the subheadline, each broken over two lines, joined; 'Washington, DCVice' as stored; double spaces inside paragraphs as stored, spaces at line ends dropped; the paragraph 'Across the country, ... low bids for highway an...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Vice President Biden Applauds States for Meeting Recovery Act Milestone Ahead of Schedule (06/25/09)
Thursday, June 25, 2009
Vice President Biden Applauds States for Meeting Recovery Act Milestone Ahead of Schedule
All 55 U.S. States and Territories Obligate Half of ARRA Highways Funding Ten Days Ahead of Schedule
Washington, DCVice President Joe Biden and Transportation Secretary Ray LaHood today announced that transportation projects funded under the American Recovery and Reinvestment Act (ARRA) are putting people to work and building a foundation for the country’s long-term economic strength.
To date, $19 billion has been obligated to fund over 5,300 approved for highway and other transportation projects nationwide. Of those, 1,900 projects are already underway.
As part of the Administration’s effort to infuse Recovery Act funds swiftly into the economy, states are required under the Recovery Act to obligate 50 percent of their highway funds by June 29, 2009.  Working in coordination with the U.S. Department of Transportation, all 55 U.S. states and territories successfully beat this deadline at least 10 days ahead of schedule.
“Our number one priority with the Recovery Act is getting folks back to work – and there is no better way to do that in these early days than by putting shovels in the ground and jump-starting projects like these that create jobs and boost local communities,” said Vice President Biden.  “By delivering on these projects ahead of schedule and under-budget, we have been able to do even more than we expected -- create more job opportunities more quickly, with more dollars left over to put toward more projects that put people back on the job.”''',
    quotes=[
        Q('“Our number one priority', 'local communities,”', "Joe Biden"),
        Q('“By delivering on these projects', 'back on the job.”', "Joe Biden"),
    ],
    aliases={"Joe Biden": ["Vice President Joe Biden", "Vice President Biden"]},
),
dict(
    id="gov-en-cncs-2010-01-07-americans-urged-to-volunteer-mlk-day",
    source="https://americorps.gov/newsroom/press-releases/2010/americans-urged-volunteer-martin-luther-king-jr-day-service",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Jan 07, 2010', kept as the date line (H1135), then the subheadline; the bulleted project list, whose first item 'Philadelphia, PA—As many as 70,000 volunteers ...' is cut in the stored copy, dropped; curly marks as stored, the nested quotation closes with a straight apostrophe (‘a day on, not a day off,'))",
    text='''FOR IMMEDIATE RELEASE: Jan 07, 2010
National Service Agency Calls for a “Day On, Not a Day Off”
Washington, DC— With the Martin Luther King Jr. Day of Service just days away, the Corporation for National and Community Service is urging Americans to honor Dr. King's memory and further his legacy by joining in service projects in their communities on the January 18 King Holiday.
Momentum is building for the annual day of service, with thousands of projects planned across the country. The Corporation is leading the national effort, working in partnership with the King Center, nonprofit and faith-based groups, national service programs, and schools and businesses to encourage Americans to serve on the holiday and throughout the year.
“Martin Luther King devoted his life to advancing equality, social justice, and opportunity for all, and taught us that everyone has a role to play in making America what it ought to be,” said Nicola Goren, the Corporation's Acting CEO. “By making King Day ‘a day on, not a day off,' and using the holiday as a springboard for service throughout the year, we can renew our communities and our country as we help realize Dr. King's dream of building the Beloved Community.”
Americans are encouraged to visit Serve.gov/mlkday to find volunteer opportunities in their communities or to create their own projects. Service opportunities range from feeding the hungry and refurbishing local schools to weatherizing homes and providing employment counseling. Many organizations use the day to recruit volunteers to serve throughout the year. Below are highlights of some projects planned for the day of service.''',
    quotes=[
        Q('“Day On, Not a Day Off”', None, None),
        Q('“Martin Luther King devoted', 'ought to be,”', "Nicola Goren"),
        Q('“By making King Day', 'Beloved Community.”', "Nicola Goren"),
    ],
),
dict(
    id="gov-en-cncs-2008-01-16-americans-urged-to-honor-king-by-serving",
    source="https://webarchive.library.unt.edu/eot2008/20080916052327/http://usafreedomcorps.gov/about_usafc/newsroom/announcements_dynamic.asp?ID=1756",
    license=PD, retrieved=PAGES + " (CNCS press release on the White House's USA Freedom Corps site, as archived by the UNT End of Term web archive; the site banner with its President Bush quotation, the navigation and spacer lines, the breadcrumb 'About USA Freedom Corps > Newsroom > Press Releases & Announcements', the label 'FOR IMMEDIATE RELEASE', the agency line and the contact lines 'CONTACT: Sandy Scott', phone and e-mail dropped, the date line 'Wednesday, January 16, 2008' kept; the paragraph '“As we ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Wednesday, January 16, 2008
Americans Urged to Honor King by Serving on Holiday
WASHINGTON, D.C. – Pointing to the more than 5,000 service projects planned across the country, Martin Luther King, Jr. Day of Service organizers urged Americans to participate on January 21 in what will be an historic number of people serving in tribute to the civil rights leader who said: “Life’s most persistent and urgent question is what are you doing to help others?”
More than a half million Americans in all fifty states will engage in a wide variety of projects ranging from signing up volunteers to tutor and mentor children to painting schools and senior centers, to delivering meals and building homes. Forty years after the civil rights leader’s death, Americans are coming out in record numbers to build what Dr. King called “the Beloved Community.”
President Bush, members of the King family, the President’s Council on Service and Civic Participation, actors and athletes, and many of America’s largest nonprofits and businesses have joined the King Center and the Corporation for National and Community Service in calling on Americans to make the King Holiday a “day on, not a day off”.''',
    quotes=[
        Q('“Life’s most persistent', 'help others?”', "Martin Luther King, Jr."),
        Q('“the Beloved Community.”', None, None),
        Q('“day on, not a day off”', None, None),
    ],
    aliases={"Martin Luther King, Jr.": ["Dr. King"]},
),
dict(
    id="gov-en-peacecorps-2021-peace-corps-response-25th-anniversary",
    source="https://www.peacecorps.gov/news/library/peace-corps-response-celebrates-25th-anniversary/",
    license=PD, retrieved=PAGES + " (Peace Corps press release on peacecorps.gov; the stored part has no date line; the paragraph 'Response volunteers serve in specialized assi...', cut in the stored copy, dropped; curly marks as stored, Carol Spahn's first span closes with '.”' before the cue and her second with a straight mark)",
    text='''Peace Corps Response Celebrates 25th Anniversary
Nearly 4,000 highly skilled, short-term volunteers have served since 1996
WASHINGTON – Peace Corps Response, a specialized program for Peace Corps, is celebrating 25 years of sending experienced professionals to short-term, high impact volunteer assignments around the world. Since its founding on June 19, 1996, nearly 4,000 Americans have served in over 80 countries.
Over 150 Peace Corps Response volunteers are currently deployed across the nation to Federal Emergency Management Agency (FEMA) supported Community Vaccination Centers (CVCs) to aid in the fight against COVID-19, marking the second time in the agency’s history that volunteers will serve domestically. Volunteers will serve in these assignments through August.
“From sending doctors and nurses to teach at schools of medicine and nursing in Africa to facilitating global, virtual service during the pandemic, Peace Corps Response has partnered with countries around the world to meet critical needs – and we are now doing the same to support the COVID-19 response here in the United States.” said Carol Spahn, Acting Director of the Peace Corps. “For the past 25 years, Peace Corps Response volunteers have shared their skills and expertise to impact global health, resilience and development. We are incredibly grateful for their service."
Formerly known as Crisis Corps, Peace Corps Response was formally established by Peace Corps Director Mark Gearan and President Bill Clinton to send returned Peace Corps volunteers to assist communities immediately following conflict and natural disasters abroad. In 2005, Response volunteers deployed in the U.S. for the first time in the program’s history, following Hurricanes Katrina and Rita. In 2012, Peace Corps Response expanded its mission to include additional, specialized assignments that engaged other qualified Americans with extensive professional experience.''',
    quotes=[
        Q('“From sending doctors', 'the United States.”', "Carol Spahn"),
        Q('“For the past 25 years', 'their service."', "Carol Spahn"),
    ],
),
dict(
    id="gov-en-fhwa-2009-07-13-mendez-confirmed-as-administrator",
    source="https://carsandracingstuff.com/library/articles/41067.php",
    license=PDC, retrieved=PAGES + " (FHWA press release of July 13, 2009 as reproduced in full by the Crittenden Automotive Library, which names the agency, date and contact lines; the table marks ' |' and '---|' after the headline, the topic line 'Topics: Victor Mendez', the lines 'Federal Highway Administration', '13 July 2009', 'FHWA', 'Contact: Cathy St. Denis' and 'Tel.: (202) 366-0660' dropped, the release's date line 'Monday, July 13, 2009' kept (H1205); the paragraph '\"He is ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Mendez Confirmed as Federal Highway Administrator
Monday, July 13, 2009
Former Arizona DOT Director to Lead Nation's Highways
WASHINGTON - Former Arizona state transportation official Victor Mendez has been confirmed by the U.S. Senate as Administrator of the Federal Highway Administration (FHWA).
"Victor's lengthy record of delivering major infrastructure projects on time and his enthusiasm for innovative solutions to complex transportation problems make him an excellent addition to the team," said Jeff Paniati, FHWA's Executive Director, who had been serving as Acting Administrator since January 20. "His leadership and experience are exactly what the nation's highways need right now."
Mendez, the former director of Arizona's Department of Transportation, will begin on July 20th and will deal with critical and timely issues in his role as the nation's top federal highway official, including implementing the American Reinvestment and Recovery Act, the largest new investment in the nation's infrastructure in years, and the reauthorization of the surface transportation law, which will guide federal investment in the nation's network of roads and bridges for years to come.
Under his leadership at ADOT, Mendez oversaw the construction of the Regional Freeway System in the Phoenix area that was built six years ahead of schedule. He delivered statewide construction programs on time, including major infrastructure improvements throughout the state. In addition, he worked to improve the agency's customer service within motor vehicle and highway division offices.
Mendez started at ADOT in 1985, beginning as a transportation engineer. He worked his way up the agency, becoming Deputy Director in 1999 and, later, Acting Director in 2001. He also served as president of the American Association of State and Highway Transportation Officials in 2007.''',
    quotes=[
        Q('"Victor\'s lengthy record', 'to the team,"', "Jeff Paniati"),
        Q('"His leadership and experience', 'right now."', "Jeff Paniati"),
    ],
),
]
