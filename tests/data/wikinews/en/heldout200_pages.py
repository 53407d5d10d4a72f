# Held-out English news pages (tests/data/heldout200-en.jsonl), none of them used in an earlier set. News releases of US
# federal agencies (works of the US government in the public domain, 17 U.S.C. § 105), taken from stored web pages (the
# `pages` search corpus): three releases of the General Services Administration (GSA: the Administrator's statement of
# November 9, 2023 on the FBI Director's comments and the release of November 2, 2021 on congressional testimony, both on
# GSA's origin server origin-www.gsa.gov; the release of November 5, 2008 on the presidential transition headquarters as
# copied by the archive site p2008.org), a GSA release of March 13, 2023 on the 2024 budget for Mid-Atlantic buildings as
# copied by the news aggregator securitynews.spectator.co.nz, and two releases of the Small Business Administration (SBA:
# the disaster press release of October 25, 2024 on the Edgard center, sba.gov; the release of February 23, 2007 on
# Administrator Steven Preston's thanks to Congress as copied by bendweekly.com), a Department of the Interior release of
# 2010 on the Indian Education Renewable Energy Challenge (doi.gov) and a Department of Energy article of May 2, 2012 on
# the America's Home Energy Education Challenge (energy.gov as archived by the UNT web archive). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Archive notices, release numbers, contact lines, source and date lines of
# the copying sites, bylines, 'Additional information' lists, '###' and 'About GSA' boilerplate are dropped; wording,
# spacing inside paragraphs and quotation marks are as stored (a blank at the end of a paragraph is dropped). Annotated by
# reading the pages, before whosaid was run on them (rules H1305-H1311 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the agency's release on a third-party site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout200-en.jsonl

Built by `build.py` from `heldout200_pages.py`. These texts are news releases of US federal agencies (public domain, US
government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used in a set
above: the General Services Administration's statement of 2023 by Administrator Robin Carnahan on the FBI Director's
comments about the FBI headquarters site selection and its release of 2021 on Carnahan's congressional testimony with
Public Buildings Service Commissioner Nina Albert (both on origin-www.gsa.gov), GSA's release of 2008 on handing over the
Presidential Transition headquarters (James A. Williams, Gail Lovelace; copy on p2008.org), GSA's release of 2023 on the
2024 budget for Mid-Atlantic federal buildings (copy on securitynews.spectator.co.nz), the Small Business
Administration's disaster press release of 2024 on the Edgard Disaster Loan Outreach Center (Isabel Casillas Guzman,
Francisco Sánchez Jr.; sba.gov), SBA's release of 2007 on Administrator Steven Preston thanking Congress (copy on
bendweekly.com), the Department of the Interior's release of 2010 on the Indian Education Renewable Energy Challenge
(Ken Salazar, Larry Echo Hawk; doi.gov) and the Department of Energy's article of 2012 on Montana schools winning
America's Home Energy Education Challenge (Steven Chu; energy.gov, UNT web archive copy). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Archive notices, release numbers,
contact, source and date lines, bylines and boilerplate were dropped; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text, including the other helpers' worktrees). The annotation (rules H1305–H1311 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gsa-en-2023-11-09-statement-fbi-director-comments",
    source="https://origin-www.gsa.gov/about-us/newsroom/news-releases/statement-from-gsa-administrator-regarding-fbi-director-comments-11092023",
    license=PD, retrieved=PAGES + " (GSA statement on GSA's origin server; the archive notice 'This is archived information. ...' dropped; the headline kept as first line; the lines 'Additional information:', 'GSA Decision Announcement', 'GSA Reading Room', '###' and the 'About GSA' paragraph, cut in the stored copy, dropped; a blank at the end of the first quotation paragraph dropped; curly marks as stored)",
    text='''Statement from GSA Administrator regarding FBI Director comments
WASHINGTON – The following is a statement from U.S. General Services Administrator Robin Carnahan regarding the FBI suburban headquarters site selection process. The agency’s site selection process and decision can be found in GSA’s press release issued earlier today and in GSA’s reading room.
“GSA and FBI teams have spent countless hours working closely together over many months, so we’re disappointed that the FBI Director is now making inaccurate claims directed at our agency, our employees, and our site selection plan and process.”
“Any suggestion that there was inappropriate interference is unfounded. The choice of Greenbelt, Maryland, is fully consistent with the decision-making process as well as all laws, regulations, and ethical considerations. We stand behind the process, the decision, and all of the public servants who carefully followed the process and made a good decision on behalf of the FBI and the public.”
“At every step, the GSA team has worked to incorporate the FBI’s feedback and appropriately address their concerns, including conducting a legal review of each concern raised. In the spirit of continued full transparency, we are releasing relevant information that has been exchanged between our organizations so that the public and the FBI workforce has an opportunity to review it in full. We remain committed to delivering a new headquarters for the FBI workforce that is worthy of their important mission.”''',
    quotes=[
        Q('“GSA and FBI teams', 'and process.”', "Robin Carnahan"),
        Q('“Any suggestion', 'and the public.”', "Robin Carnahan"),
        Q('“At every step', 'important mission.”', "Robin Carnahan"),
    ],
),
dict(
    id="gsa-en-2021-11-02-congressional-testimony-carnahan-albert",
    source="https://origin-www.gsa.gov/about-us/newsroom/news-releases/in-congressional-testimony-gsa-administrator-carnahan-pbs-commissioner-albert-emphasize-gsas-leadership-in-economic-recovery-response-to-covid19-pandemic-11022021",
    license=PD, retrieved=PAGES + " (GSA release on GSA's origin server; the archive notice 'This is archived information. ...' dropped; headline and subheadline kept as first two lines; the paragraph '“As we transition to supporting the return ...,” said PBS Commissioner Nin', cut in the stored copy, dropped; a blank at the end of Carnahan's paragraph dropped; curly marks as stored)",
    text='''In Congressional Testimony, GSA Administrator Carnahan, PBS Commissioner Albert Emphasize GSA’s Leadership in Economic Recovery, Response to COVID-19 Pandemic
Administrator Carnahan: “This is the Moment to Build Back Better”
WASHINGTON — Today, Administrator of the U.S. General Services Administration (GSA) Robin Carnahan and Public Buildings Service (PBS) Commissioner Nina Albert testified before the House Transportation and Infrastructure Subcommittee on Economic Development, Public Buildings, and Emergency Management.
In their respective testimonies, Administrator Carnahan and Commissioner Albert underscored GSA’s ongoing response to the COVID-19 pandemic and the agency’s commitment to building our economy back better while saving taxpayer dollars. They highlighted GSA’s leadership in safe re-entry into government offices, determining the future of federal real estate, and on building sustainability and climate resilience.
“Since the beginning of the pandemic, GSA has acquired and distributed huge amounts of supplies, rapidly implemented CDC guidance in federal facilities across the country, and helped many federal, state, and local partners with emergency needs,” said GSA Administrator Robin Carnahan. “Now as we look to the future, GSA is uniquely positioned to help the country build back better and seize the enormous opportunity we have to reimagine how and where work gets done, and improve government service delivery for the public.”''',
    quotes=[
        Q('“This is the Moment', 'Back Better”', "Robin Carnahan"),
        Q('“Since the beginning', 'emergency needs,”', "Robin Carnahan"),
        Q('“Now as we look', 'for the public.”', "Robin Carnahan"),
    ],
    aliases={"Robin Carnahan": ["Carnahan"]},
),
dict(
    id="gsa-en-2008-11-05-transition-hq-to-new-administration",
    source="https://p2008.org/chrntran08/gsa110508pr.html",
    license=PDC, retrieved=PAGES + " (GSA press release as copied by the archive site p2008.org; the lines 'PRESS RELEASE from U.S. General Services Administration', 'November 5, 2008', 'GSA # 10556' and 'Contact: Diane Merriett' dropped; the headline kept as first line; the paragraph '“GSA was created nearly 60 years ago ... so our cli', cut in the stored copy, dropped; a blank at the end of the second body paragraph dropped; curly marks as stored)",
    text='''GSA Turns Over Transition HQ to New Administration
WASHINGTON – Acting Administrator James A. Williams today, as part of GSA’s Presidential Transition responsibilities, declared an “apparent winner” and turned over the Presidential Transition headquarters to President-elect Barack Obama.
Today’s historic event marks the culmination of several years of rigorous planning at GSA. As directed by Congress in the Presidential Transition Act of 1963, GSA is responsible for providing the new Administration with office space, information technology, furniture, equipment, and other logistical support. GSA is also responsible for publishing a transition directory that provides an overview of each federal agency and arranging orientation briefings for new appointees. The Act also directs GSA’s Administrator to authorize the release of federal funds that provide for the day-to-day support of transition activities for the President-elect.
“I and the members of the GSA Presidential Transition Support Team look forward to supporting you during this transition period and throughout your administration,” Acting Administrator Williams said in an official letter of acknowledgement to President-elect Barack Obama and Vice President Joe Biden, pursuant to Section 3 of the Presidential Transition Act of 1963.
“This is an historic moment for our nation and for GSA,” added Presidential Transition Director Gail Lovelace. “Our team has worked more than two years to complete this headquarters and help facilitate the orderly transfer of executive power.”
The 2008 Presidential Transition Headquarters, located in downtown Washington, provides approximately 120,000 square feet of fully furnished and computer-equipped office suite space.''',
    quotes=[
        Q('“apparent winner”', None, None),
        Q('“I and the members', 'your administration,”', "James A. Williams"),
        Q('“This is an historic moment', 'and for GSA,”', "Gail Lovelace"),
        Q('“Our team has worked', 'executive power.”', "Gail Lovelace"),
    ],
    aliases={"James A. Williams": ["Williams"]},
),
dict(
    id="gsa-en-2023-03-13-budget-mid-atlantic-buildings",
    source="https://securitynews.spectator.co.nz/category/us-gsa/page/9",
    license=PDC, retrieved=PAGES + " (GSA release 'President Biden’s Fiscal Year 2024 Budget proposes investments in Mid-Atlantic buildings' as shown first on a category page of the news aggregator securitynews.spectator.co.nz; the lines 'Source: United States General Services Administration', 'March 13, 2023' and 'Contact: press@gsa.gov' dropped; the headline kept as first line; the text is kept up to Carnahan's paragraph: the list of Pennsylvania and West Virginia projects that follows, cut in the stored copy, and its lead-in line 'In Pennsylvania, ... includes funding for:' dropped; curly marks as stored)",
    text='''President Biden’s Fiscal Year 2024 Budget proposes investments in Mid-Atlantic buildings
PHILADELPHIA – The Biden-Harris Administration announced today that the President’s Budget for Fiscal Year 2024 includes funding for investments in federal buildings in Philadelphia, Pittsburgh, and Martinsburg, West Virginia. The budget details a blueprint to grow the economy from the bottom up and middle out, lower costs for families, and more.
The budget proposes investments in the American people that will help lay a stronger foundation for shared growth and prosperity for generations to come.
“The President’s Budget reflects smart investments that will help GSA make cost-saving upgrades to federal buildings, bolster the nation’s cybersecurity, and improve how the government delivers digital services to millions of Americans,” said GSA Administrator Robin Carnahan. “In addition, for the first time ever, the President’s Budget includes a provision that will guarantee full access to the Federal Buildings Fund while preserving Congress’s discretion to decide on and authorize investments – this is a game-changing provision that will enable GSA to modernize and consolidate the federal footprint, saving taxpayers millions and creating good-paying jobs in local communities.”''',
    quotes=[
        Q('“The President’s Budget reflects', 'millions of Americans,”', "Robin Carnahan"),
        Q('“In addition, for the first time', 'local communities.”', "Robin Carnahan"),
    ],
),
dict(
    id="sba-en-2024-10-25-edgard-disaster-loan-outreach-center",
    source="https://sba.gov/article/2024/10/25/edgard-disaster-recovery-center-become-sba-disaster-loan-outreach-center",
    license=PD, retrieved=PAGES + " (SBA disaster press release on sba.gov; the label line 'Disaster press release LA 20645-05' dropped; the headline kept as first line; the Administrator's quotation paragraph stands before the dateline as stored; the paragraph '“When disasters strike, ... recovery jour', cut in the stored copy, dropped, so Sánchez's second span, which the release continues in that paragraph, ends unclosed at its paragraph end; the Administrator's name 'Isabel Casillas Guzman' as stored; curly marks as stored)",
    text='''Edgard Disaster Recovery Center to Become SBA Disaster Loan Outreach Center
“As communities across the Southeast continue to recover and rebuild after Hurricanes Helene and Milton, the SBA remains focused on its mission to provide support to small businesses to help stabilize local economies, even in the face of diminished disaster funding,” said Administrator Isabel Casillas Guzman. “If your business has sustained physical damage, or you’ve lost inventory, equipment or revenues, the SBA will help you navigate the resources available and work with you at our recovery centers or with our customer service specialists in person and online so you can fully submit your disaster loan application and be ready to receive financial relief as soon as funds are replenished.”
SACRAMENTO, Calif. – The State/Federal Disaster Recovery Center in Edgard will convert to a U.S. Small Business Administration’s Disaster Loan Outreach Center on Monday, Oct. 28. The center will continue to operate at the Westbank Library from 8:30 a.m. to 5:00 p.m. Mondays through Fridays.
“At this stage of the recovery process, the emphasis for assistance is to meet the long-term needs of businesses and individuals that were impacted by Hurricane Francine that occurred Sept. 9-12,” said Francisco Sánchez Jr., associate administrator for the Office of Disaster Recovery and Resilience at the Small Business Administration. “The transition of the Edgard Disaster Recovery Center to an SBA Disaster Loan Outreach Center will better meet the current needs of St. John the Baptist Parish residents.''',
    quotes=[
        Q('“As communities across', 'disaster funding,”', "Isabel Casillas Guzman"),
        Q('“If your business', 'are replenished.”', "Isabel Casillas Guzman"),
        Q('“At this stage', 'Sept. 9-12,”', "Francisco Sánchez Jr."),
        Q('“The transition of the Edgard', 'Parish residents.', "Francisco Sánchez Jr."),
    ],
),
dict(
    id="sba-en-2007-02-23-administrator-thanks-congress",
    source="http://www.bendweekly.com/print/3074.html",
    license=PDC, retrieved=PAGES + " (SBA release as copied on the print page of Bend Weekly; the line 'Feb 23,2007 00:00 by Bend_Weekly_News_Sources' dropped; the headline kept as first line; the statement paragraph '\"Since August, SBA's disaster assistance program ... rebuild their lives, small', cut in the stored copy, dropped; each statement paragraph opens with a straight mark and none closes, as stored)",
    text='''SBA administrator thanks congress for support
Administrator Steven Preston of the U.S. Small Business Administration (SBA) today thanked the appropriators and authorizing committee leaders in the House and Senate for increasing SBA's funding in the long-term Continuing Resolution. The resolution, signed into law last week, gave SBA an additional $114 million to administer disaster assistance and increased funding for agency operations.
"On behalf of SBA's leadership and staff, I am grateful Congress increased SBA funding in the FY 2007 Continuing Resolution. Previous resolutions were $21 million below the President's request for SBA's FY 2007 operations, but Congress added $18 million to the final bill.
"We are especially grateful to House Financial Services Appropriations Subcommittee Chairman Serrano, Ranking Member Regula, and other members of the committee for adding the President's request for SBA to the year-long Continuing Resolution.
"In the Senate special thanks goes to Chairman Durbin, Ranking Member Brownback, Senators Landrieu, Bond, Shelby, and other members for their support on the Senate Financial Services and General Government Appropriations Subcommittee. I also want to thank Senators Kerry and Snowe, and Reps. Velasquez and Chabot for working with SBA and the Appropriations Committee to secure most of the President's request for SBA.
"Due to Congress's support, SBA can continue its rapid operational reforms, instituted in recent months.''',
    quotes=[
        Q('"On behalf of', 'the final bill.', "Steven Preston"),
        Q('"We are especially grateful', 'Continuing Resolution.', "Steven Preston"),
        Q('"In the Senate', 'request for SBA.', "Steven Preston"),
        Q('"Due to Congress', 'recent months.', "Steven Preston"),
    ],
),
dict(
    id="doi-en-2010-salazar-indian-education-renewable-energy-challenge",
    source="https://www.doi.gov/news/pressreleases/Secretary-Salazar-Lauds-Winning-Teams-in-2010-Indian-Education-Renewable-Energy-Challenge",
    license=PD, retrieved=PAGES + " (Department of the Interior press release on doi.gov; headline and subheadline kept as first two lines; the line 'Last edited 09/29/2021' dropped; the paragraph 'The focus of the contest was to promote ... the Bureau of Indian Educat', cut in the stored copy, dropped; curly marks as stored)",
    text='''Secretary Salazar Lauds Winning Teams in 2010 Indian Education Renewable Energy Challenge
Southwestern Indian Polytechnic Institute, College of Menominee Nation and Oneida Nation High School Receive Awards at Interior Ceremony
WASHINGTON, D.C. – Secretary of the Interior Ken Salazar today announced the winning college and high school teams that designed and built the most efficient portable wind turbine systems as part of the 2010 Indian Education Renewable Energy Challenge with the Argonne National Laboratory. The awards were presented today at the Interior Department's headquarters in Washington, D.C.
“I am proud to announce the winners of the first annual Student Energy Challenge and I welcome the partnership we have forged with Argonne National Laboratory,” Secretary Salazar said. “Finding unique and stimulating ways for students to translate their classroom learning to the real world is a key to developing our future scientists in Indian Country. In a few years, these students will be leaders in developing renewable energy resources for their tribes and the reservation economies.”
“I believe that innovation and creativity are important skills that Indian Country needs to achieve energy and economic sustainability,” said Assistant Secretary-Indian Affairs Larry Echo Hawk. “This youth initiative will help develop those skills by placing an emphasis on critical thinking and innovative design through science and engineering.”
At the college level, the first place award was shared by the Southwestern Indian Polytechnic Institute (SIPI) from Albuquerque, NM, and the College of Menominee Nation from Keshena, WI. At the high school level, the first place winner was the Oneida Nation High School from Oneida, WI.''',
    quotes=[
        Q('“I am proud to announce', 'Argonne National Laboratory,”', "Ken Salazar"),
        Q('“Finding unique', 'reservation economies.”', "Ken Salazar"),
        Q('“I believe that innovation', 'economic sustainability,”', "Larry Echo Hawk"),
        Q('“This youth initiative', 'and engineering.”', "Larry Echo Hawk"),
    ],
    aliases={"Ken Salazar": ["Secretary Salazar", "Salazar"]},
),
dict(
    id="doe-en-2012-05-02-chu-montana-schools-student-efficiency-competition",
    source="https://webarchive.library.unt.edu/web/20120921111828/http://energy.gov/articles/energy-secretary-chu-announces-montana-schools-win-national-student-efficiency-competition",
    license=PD, retrieved=PAGES + " (Department of Energy article on energy.gov as archived by the UNT web archive on September 21, 2012; the lines 'You are here', 'May 2, 2012 - 3:05pm' and 'Addthis' dropped; the headline kept as first line; the paragraph '“It is absolutely essential that students ... to make their sta', cut in the stored copy, dropped; double spaces after full stops as stored; Chu's first span opens with a curly and closes with a straight mark, his second span has straight marks, as stored)",
    text='''Energy Secretary Chu Announces Montana Schools Win National Student Efficiency Competition
WASHINGTON, D.C. – Secretary of Energy Steven Chu today announced the winners of the America’s Home Energy Education Challenge, a national student competition designed to encourage students and their families to take action to start saving money by saving energy.  A team of students from five schools in rural Carter County, Montana – Alzeda Elementary School, Carter County High School, Ekalaka Elementary School (K-8th grade), Hammond School (K-8th grade) and Hawks Home School – was declared the national winner for successfully reducing their home energy use by 3.4 percent, working with local utility companies and the community, and keeping students engaged throughout the process.  The five schools will share the $15,000 they won as both a regional winner and as the national champion. Secretary Chu made the announcement on a conference call with Montana Governor Brian Schweitzer, Dr. Gerald Wheeler, Interim Executive Director of the National Science Teachers Association, and Marlene Waterland, an official with the Southeast Electric Cooperative representing the winning team.
“By engaging America's students at a young age to apply the math and science skills they're learning at school to our energy challenges, the Obama Administration is working to ensure that these bright minds have the tools they need to lead our nation's clean energy future," said Secretary Chu. "America's Home Energy Education Challenge is helping to unleash the ingenuity, creativity, and drive from these inspiring students to demonstrate simple ways that families and businesses can reduce energy use and save money through energy efficiency."''',
    quotes=[
        Q('“By engaging America', 'clean energy future,"', "Steven Chu"),
        Q('"America\'s Home Energy', 'energy efficiency."', "Steven Chu"),
    ],
    aliases={"Steven Chu": ["Secretary Chu"]},
),
]
