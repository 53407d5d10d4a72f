# Held-out English news pages (tests/data/heldout158-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): nine press releases of the Corporation for National and Community Service / AmeriCorps on americorps.gov
# (AmeriCorps Week 2011, 2013 and 2020; the first FEMA Corps graduation in Sacramento, November 2013; the deployment of
# National Civilian Community Corps teams, February 2021; the disaster deployments to the Louisiana and Texas floods,
# March 2016, the Tennessee wildfires, December 2016, the Southeast storms, January 2017, and the Midwest floods, April
# 2019) and four news releases of the Department of Housing and Urban Development on archives.hud.gov (the SuperNOFA of
# March 28, 2002; Secretary Alphonso Jackson at the state housing agencies' conference, March 7, 2006; his Martin Luther
# King Day keynote, January 16, 2007; the National Affordable Rental Housing Symposium, May 24, 2007). None is credited
# to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, release numbers, contact and
# telephone lines, 'For Release' labels and photo captions are dropped; blank lines and spaces at the end of a line are
# dropped; wording, spacing inside paragraphs and quotation marks are as stored. Annotated by reading the pages, before
# whosaid was run on them (rules H1135-H1139 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout158-en.jsonl

Built by `build.py` from `heldout158_pages.py`. Like heldout31-en, heldout41-en, heldout117-en, heldout122-en,
heldout139-en and heldout151-en, these texts are US federal news texts taken from stored web pages (the `pages` search
corpus), none of them used in a set above: nine press releases of the Corporation for National and Community Service,
the federal agency that administers AmeriCorps, on americorps.gov (AmeriCorps Week 2011: CEO Patrick A. Corvington;
AmeriCorps Week 2013: CEO Wendy Spencer; the first FEMA Corps graduation at the Sacramento NCCC campus, November 19,
2013: Wendy Spencer and FEMA Region IX Administrator Nancy Ward; AmeriCorps Week 2020: Gina Cross, Chester W. Spellman
and Desiree Tucker-Sorini; the deployment of NCCC teams, February 2, 2021: Gina Cross; the disaster deployments to the
Louisiana and Texas floods, March 22, 2016, and the Southeast storms, January 25, 2017: Kelly DeGraff; the Tennessee
wildfires, December 9, 2016: Wendy Spencer; the Midwest floods, April 18, 2019: Gina Cross) and four HUD news releases on
archives.hud.gov (the $2.2 billion SuperNOFA of March 28, 2002: Secretary Mel Martinez; Secretary Alphonso Jackson at
the National Council of State Housing Agencies' 2006 Legislative Conference, March 7, 2006, and at the Martin Luther King
Day breakfast of the John Wesley A.M.E. Zion Church, January 16, 2007; the National Affordable Rental Housing Symposium,
May 24, 2007: Alphonso Jackson and Assistant Secretary Brian D. Montgomery). All are US government works in the public
domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, release
numbers, contact lines, 'For Release' labels and photo captions were dropped; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap
with every existing text, including the other helpers' worktrees: only agency names and boilerplate such as 'U.S.
Department of Housing and Urban Development' are shared). The annotation (rules H1135–H1139 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-americorps-2020-03-09-americorps-week-2020",
    source="https://americorps.gov/newsroom/press-release/2020/americorps-week-2020-celebrates-americans-making-difference-communities",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Mar 09, 2020', kept as the date line (H1135); the paragraph 'The Corporation for National and Community Service, ... have provided more than 1.6 billion hours of service and', cut in the stored copy, dropped; spaces at line ends dropped; curly marks as stored, the last quotation closes with a straight mark)",
    text='''FOR IMMEDIATE RELEASE: Mar 09, 2020
WASHINGTON, D.C. – This week, thousands of Americans across the country will participate in AmeriCorps Week, the annual celebration of the more than 1.1 million AmeriCorps members and alumni who have pledged to “get things done” for America. The weeklong event also spotlights the contributions and support of thousands of national, state, and local organizations that make AmeriCorps programs possible.
Every year, 75,000 AmeriCorps members serve through more than 20,000 schools, nonprofits, and community and faith-based organizations across the country. These citizens have played a critical role in the recovery of communities affected by natural disasters like Hurricanes Katrina, Sandy, Harvey, and Maria. They also tutor and mentor young people, connect veterans to jobs, care for seniors, reduce crime and revive cities, help fight the opioid epidemic, and meet other critical needs.
“Our members help communities tackle their most-pressing challenges,” said Acting Director of AmeriCorps NCCC Gina Cross. “That might mean preserving our public lands, or helping a family hit by a natural disaster and facing some of the toughest days of their lives.”
“Not only do they help others, through AmeriCorps our members develop qualities like empathy, resilience, teamwork, and leadership that will serve them well whatever their future holds,” said Chester W. Spellman, Director of AmeriCorps State and National.
“AmeriCorps brings together people from a wide-variety of backgrounds with a common purpose,” said Director of AmeriCorps VISTA Desiree Tucker-Sorini. “Our members work together to tackle tough challenges, strengthening communities and our nation."''',
    quotes=[
        Q('“get things done”', None, None),
        Q('“Our members help', 'challenges,”', "Gina Cross"),
        Q('“That might mean', 'their lives.”', "Gina Cross"),
        Q('“Not only do they', 'future holds,”', "Chester W. Spellman"),
        Q('“AmeriCorps brings together', 'common purpose,”', "Desiree Tucker-Sorini"),
        Q('“Our members work together', 'our nation."', "Desiree Tucker-Sorini"),
    ],
    aliases={"Gina Cross": ["Acting Director of AmeriCorps NCCC Gina Cross"],
             "Desiree Tucker-Sorini": ["Director of AmeriCorps VISTA Desiree Tucker-Sorini"]},
),
dict(
    id="gov-en-americorps-2013-03-11-americorps-week-2013",
    source="https://americorps.gov/newsroom/press-releases/2013/americorps-week-marks-combination-service-and-solutions",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Mar 11, 2013', kept as the date line (H1135), then the subheadline; the paragraph 'The event will be celebrated from coast to coast, with governors officially pro...', cut in the stored copy, dropped; curly marks as stored)",
    text='''FOR IMMEDIATE RELEASE: Mar 11, 2013
AmeriCorps members tutor millions of students, help veterans and military families, and rebuild communities hit by disaster
Washington, D.C. – This week, thousands of Americans will mark the seventh annual AmeriCorps Week, recognizing how AmeriCorps members, alumni, and programs are addressing our country’s most pressing challenges through service.
AmeriCorps Week 2013 will be marked by service projects, forums, presentations, and recognition ceremonies. The theme, “AmeriCorps Works,” focuses on three groups that benefit from the program: the recipients of service, the people who serve, and the larger community and nation.
“Each day, AmeriCorps members are building stronger, healthier, and safer communities and are improving the lives of millions of citizens,” said Wendy Spencer, CEO of the Corporation for National and Community Service (CNCS), the federal agency that administers AmeriCorps. “These members and the millions of volunteers they manage are an indispensable resource to our nation, and AmeriCorps Week is an opportunity to recognize their impact and express our gratitude for their dedicated service.”
AmeriCorps members tutor and mentor at-risk youth, help returned veterans find employment, care for seniors, promote economic development, and meet other critical needs. AmeriCorps programs include AmeriCorps VISTA, AmeriCorps National Civilian Community Corps (NCCC), FEMA Corps, and the recently announced School Turnaround AmeriCorps project.
For example, members are often called upon to provide disaster relief services. More than 2400 AmeriCorps members have been part of the federal response to Hurricane Sandy relief efforts, including the first class of AmeriCorps NCCC members serving with FEMA Corps. These efforts build on AmeriCorps’ long-standing commitment to helping communities recover and rebuild after disasters.''',
    quotes=[
        Q('“AmeriCorps Works,”', None, None),
        Q('“Each day, AmeriCorps members', 'millions of citizens,”', "Wendy Spencer"),
        Q('“These members and the millions', 'dedicated service.”', "Wendy Spencer"),
    ],
),
dict(
    id="gov-en-americorps-2013-11-19-fema-corps-members-graduate",
    source="https://americorps.gov/newsroom/press-releases/2013/fema-corps-members-graduate-after-10-months-disaster-service",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Nov 19, 2013', kept as the date line (H1135), then the subheadline; blank lines holding a single space and spaces at line ends dropped, the double spaces inside paragraphs kept; the paragraph 'Spencer and Ward were joined by General (Ret.) Stanley A. McChrystal, the former commander of U.S. a...', cut in the stored copy, dropped; curly marks as stored; 'energy. and enthusiasm' as stored)",
    text='''FOR IMMEDIATE RELEASE: Nov 19, 2013
AmeriCorps Teams Responded to Hurricane Sandy, Oklahoma Tornadoes, Colorado Floods
SACRAMENTO, CALIF. – They responded to Hurricane Sandy and the Oklahoma tornadoes, assisted disaster survivors at their greatest time of need, helped pioneer new methods of disaster response, and developed leadership and problem-solving skills to last a lifetime.
After completing 10 months of intensive service to disaster survivors, 141 FEMA Corps members based at the Sacramento AmeriCorps National Civilian Community Corps (NCCC) campus were honored at graduation ceremonies today.  This is the first graduating class from the Pacific Region AmeriCorps NCCC campus based in California.
FEMA Corps is an innovative partnership between the Federal Emergency Management Agency (FEMA) and the Corporation for National and Community Service (CNCS) to enhance the nation’s disaster response and recovery capacity while expanding career opportunities for young people.
Established as a new unit within the existing AmeriCorps NCCC, FEMA Corps engages young adults ages 18 to 24 to provide 10 months of full-time service on disaster response and recovery projects.
“I am so proud of the work AmeriCorps members have done as part of FEMA Corps and the positive impact they have had for disaster survivors,” said Wendy Spencer, CNCS CEO. “Through their selfless service, they have helped thousands of survivors move forward with their lives and blazed the trail for future FEMA Corps teams to make an even greater impact.”
“In less than a year, FEMA Corps has become positive part of the nation’s response and recovery DNA,” said Nancy Ward, Regional Administrator for FEMA Region IX.  “The empathy, energy. and enthusiasm that these young members have displayed while working with disaster survivors can serve as a model for us all.”''',
    quotes=[
        Q('“I am so proud', 'disaster survivors,”', "Wendy Spencer"),
        Q('“Through their selfless service', 'greater impact.”', "Wendy Spencer"),
        Q('“In less than a year', 'recovery DNA,”', "Nancy Ward"),
        Q('“The empathy, energy.', 'for us all.”', "Nancy Ward"),
    ],
),
dict(
    id="gov-en-americorps-2011-05-13-americorps-week-spotlights-impact",
    source="https://americorps.gov/newsroom/press-releases/2011/americorps-week-spotlights-americorps-impact-coast-coast",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: May 13, 2011', kept as the date line (H1135), then the subheadline; the paragraph 'AmeriCorps Week comes at a time of growing demand ... jumped from about 360,000', cut in the stored copy, dropped; straight marks as stored; '700,00 men' and the paragraph without a final period as stored)",
    text='''FOR IMMEDIATE RELEASE: May 13, 2011
Fifth Annual Event Comes at Time of Growing Demand for AmeriCorps
Washington DC -- Every day in communities across the nation, AmeriCorps members are improving schools, rebuilding after disasters, providing health services, preserving the environment, fighting poverty, and meeting other local needs.
The fifth annual AmeriCorps Week, taking place May 14-21, honors these public servants, who work quietly and without fanfare across the U.S. to improve the lives of millions of our most vulnerable citizens.
In the past 17 years, more than 700,00 men and women have taken AmeriCorps's pledge to "get things done for America," providing more than 860 million hours of service. In 2010 alone, about 80,000 AmeriCorps members mobilized 2.6 million community volunteers, and tutored, mentored or served more than 2.5 million disadvantaged youth.
The coast-to-coast recognition of AmeriCorps Week includes hundreds of service projects, recruitment events, alumni gatherings, open houses, presentations to schools and community groups, and other events. The aim of the annual effort is to demonstrate AmeriCorps impact on critical issues, thank the community partners that make AmeriCorps possible, and recruit more Americans into service
"AmeriCorps members are building stronger, healthier, and safer communities, and improving the lives of millions of our most vulnerable citizens," said Patrick A. Corvington, CEO of the Corporation for National and Community Service. "During AmeriCorps Week, we salute AmeriCorps members for their commitment and encourage all Americans to discover how they can transform communities and their own lives through service to others."''',
    quotes=[
        Q('"get things done for America,"', None, None),
        Q('"AmeriCorps members are building', 'vulnerable citizens,"', "Patrick A. Corvington"),
        Q('"During AmeriCorps Week', 'service to others."', "Patrick A. Corvington"),
    ],
),
dict(
    id="gov-en-americorps-2021-02-02-800-americorps-members-deploy",
    source="https://americorps.gov/newsroom/press-release/800-americorps-members-deploy-communities-across-nation",
    license=PD, retrieved=PAGES + " (AmeriCorps press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Feb 02, 2021', kept as the date line (H1135), then the subheadline; spaces at line ends dropped; the paragraph 'With roots in the conservation corps of the past, ... In partnership with', cut in the stored copy, dropped; curly marks as stored)",
    text='''FOR IMMEDIATE RELEASE: Feb 02, 2021
National Civilian Community Corps responds to COVID-19; climate crisis
WASHINGTON, D.C. – AmeriCorps, the federal agency for volunteering and service, has deployed teams from its National Civilian Community Corps. In nearly 60 communities across the country, these teams will work in collaboration with local nonprofit, community, or faith-based organizations to tackle some of our nation’s most critical needs.
“Whether they come from big cities or small towns, all AmeriCorps members take the same pledge: to get things done for America,” said Gina Cross, acting national director of AmeriCorps NCCC. “In this moment, the need for those who will put their compassion into action has never been greater. I’m so proud that in communities from coast to coast, our AmeriCorps members will help create a stronger, healthier, more united nation.”
AmeriCorps NCCC is a full-time, team-based residential service program for young people 18-26 that strives to strengthen communities by engaging future leaders in a national service gap year. After a month of training, teams are deployed to wherever the need is greatest from one of the four AmeriCorps NCCC campuses located in California, Colorado, Iowa, and Mississippi.
Continuing the agency’s commitment to bolster national COVID-19 response efforts, many AmeriCorps members will participate in contact tracing and case investigation efforts, staffing testing sites, coordinating events to distribute resource kits, and other education efforts. They also provide extra manpower to overstretched food banks to ensure the safe and efficient response to the unprecedented need for emergency food assistance.''',
    quotes=[
        Q('“Whether they come', 'done for America,”', "Gina Cross"),
        Q('“In this moment', 'more united nation.”', "Gina Cross"),
    ],
),
dict(
    id="gov-en-hud-2002-03-28-pr02-033-supernofa-2-2-billion-grants",
    source="https://archives.hud.gov/news/2002/pr02-033.cfm",
    license=PD, retrieved=PAGES + " (HUD news release on archives.hud.gov; the site line 'Home | En Español | Contact Us | A to Z', the line 'HUD Archives: News Releases', the release number 'HUD No. 02-033' and the label 'For Release' dropped, the date line 'March 28, 2002' kept; the paragraph 'Grant fun...', cut in the stored copy, dropped; straight marks as stored; 'to extended their reach' as stored)",
    text='''March 28, 2002
HUD Announces $2.2 Billion in Grants to Fund Housing and Community Development Programs
New emphasis on homeownership opportunities, faith-based groups, accountability
WASHINGTON - Housing and Urban Development Secretary Mel Martinez announced today that HUD would make $2.2 billion in grants available to increase homeownership, ensure more affordable rental opportunities, provide assistance to homeless people, and fund numerous other critical housing programs across the country.
The Super Notice of Funding Availability (SuperNOFA) issued today notifies communities and groups throughout the nation that grants are available for 29 HUD programs and 41 funding opportunities.
"These grants reflect the continued commitment of this Administration to help American families find decent and affordable housing," said Secretary Martinez. "We are also encouraging community and faith-based organizations and to extended their reach by partnering with HUD."
The Secretary informed grant applicants that he expects them to exercise responsibility in exchange for funding. "We are going to insist on accountability. Grant recipients will have to meet program goals and create tangible results that are going to help make families and communities stronger," said Martinez.
Martinez said today's announcement also reflects a new commitment to opening up contracting opportunities to small, disadvantaged and women-owned businesses. "They deserve to participate in the contracting opportunities made available through HUD programs - and we will ensure that they can," he said.
Grant applicants need to file their applications through one of four commercial carriers - DHL, Falcon Carrier, Federal Express (FedEx), United Parcel Service (UPS) or United States Postal Service (USPS). Applicants using the latter should complete a certificate of delivery, USPS form No. 38-17.''',
    quotes=[
        Q('"These grants reflect', 'affordable housing,"', "Mel Martinez"),
        Q('"We are also encouraging', 'partnering with HUD."', "Mel Martinez"),
        Q('"We are going to insist', 'communities stronger,"', "Mel Martinez"),
        Q('"They deserve to participate', 'ensure that they can,"', "Mel Martinez"),
    ],
    aliases={"Mel Martinez": ["Housing and Urban Development Secretary Mel Martinez", "Secretary Martinez", "Martinez"]},
),
dict(
    id="gov-en-hud-2006-03-07-pr06-026-jackson-state-housing-officials",
    source="https://archives.hud.gov/news/2006/pr06-026.cfm",
    license=PD, retrieved=PAGES + " (HUD news release on archives.hud.gov; the line 'HUD Archives: News Releases', the release number 'HUD No. 06-026', the contact lines 'Donna White' and '(202) 708-0685' and the label 'For Release' dropped, the date lines 'Tuesday' and 'March 7, 2006' kept; the paragraph 'Jackson also talked to the group about ... because of the growin...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Tuesday
March 7, 2006
HUD SECRETARY DISCUSSES HUD LEGISLATION WITH STATE HOUSING OFFICIALS
Jackson maintains reform to Section 8 will repair rental assistance program
WASHINGTON - U.S. Housing and Urban Development Secretary Alphonso Jackson told state housing finance officials that the Bush Administration is committed to working with them to help house more American families.
"The President made a historic commitment four years ago. He wants to create 5.5 million new minority homeowners by 2010," said Jackson, who spoke at the National Council of State Housing Agencies' 2006 Legislative Conference in Washington. "It is only through working with you that we will meet or exceed that goal."
While creating more homeowners is a top priority for the administration, Jackson said the President is equally committed to breaking down barriers to increase the number of all affordable housing in the U.S., including rental dwellings. He discussed two HUD bills that are currently before Congress that aim to open more doors to homeownership and affordable rental housing.
Jackson said one piece of legislation that HUD is encouraging Congress to pass would allow FHA to adopt a risk-based premium structure. This would provide an option to potential homeowners who have no choice right now but to go to sub-prime lenders. A risk-based premium structure would allow HUD to match FHA insurance premiums with the credit profile of the borrower. Those with good credit would pay less. HUD believes FHA should have flexibilities similar to those of private lenders.''',
    quotes=[
        Q('"The President made', 'homeowners by 2010,"', "Alphonso Jackson"),
        Q('"It is only through', 'exceed that goal."', "Alphonso Jackson"),
    ],
    aliases={"Alphonso Jackson": ["U.S. Housing and Urban Development Secretary Alphonso Jackson", "Jackson"]},
),
dict(
    id="gov-en-hud-2007-05-24-pr07-073-affordable-rental-housing-symposium",
    source="https://archives.hud.gov/news/2007/pr07-073.cfm",
    license=PD, retrieved=PAGES + " (HUD news release on archives.hud.gov; the line 'HUD Archives: News Releases', the release number 'HUD No. 07-073', the contact lines 'Lemar Wooley' and '(202) 708-0980' and the label 'For Release' dropped, the date line 'May 24, 2007' kept; the stored part has no headline, the subheadline is kept; the photo caption '[Photo: Secretary Jackson addresses the Affordable Rental Housing Symposium in Arlington, VAMay 24, 2007]' dropped; the four list items kept as lines with their bullets; the paragraph 'The report found that in 2005, ... This is about 5.5 percent of a...', cut in the stored copy, dropped; straight marks as stored)",
    text='''May 24, 2007
Jackson reaffirms Administration commitment to affordability
WASHINGTON - The U.S. Department of Housing and Urban Development today brought many of the multifamily housing community's leading stakeholders together for a National Affordable Rental Housing Symposium to discuss the state of affordable housing and how to preserve it for the future.
HUD Secretary Alphonso Jackson opened the session by calling for affordable housing to remain a national priority. "For many, the American Dream is about homeownership, but homeownership is neither wanted by every person, nor affordable for everyone," said Jackson. "There is an obvious need for rental housing. We must keep the market we have - and expand it."
The symposium included four panels discussing:
• The Importance of Preservation in a Housing strategy
• Preservation, Redevelopment and Deconcentration strategies
• Special Needs Housing and its Challenges
• Barriers and Opportunities in Preservation
Assistant Secretary for Housing-Federal Housing Commissioner Brian D. Montgomery, who gave closing remarks at the session, said: "This symposium brought about an excellent exchange of ideas and an opportunity for those interested in the preservation of affordable housing to become part of this vital mission."
HUD also released the tenth in its series of reports on "Worst Case Rental Housing Needs." These needs are for housing for unassisted renters with very low incomes (below 50 percent of area median incomes) who pay more than half of their income for housing or live in substandard conditions.''',
    quotes=[
        Q('"For many, the American Dream', 'affordable for everyone,"', "Alphonso Jackson"),
        Q('"There is an obvious need', 'and expand it."', "Alphonso Jackson"),
        Q('"This symposium brought', 'vital mission."', "Brian D. Montgomery"),
        Q('"Worst Case Rental Housing Needs."', None, None),
    ],
    aliases={"Alphonso Jackson": ["HUD Secretary Alphonso Jackson", "Jackson"],
             "Brian D. Montgomery": ["Assistant Secretary for Housing-Federal Housing Commissioner Brian D. Montgomery"]},
),
dict(
    id="gov-en-americorps-2019-04-18-200-members-deployed-midwest-flooding",
    source="https://americorps.gov/newsroom/press-releases/2019/200-americorps-and-senior-corps-members-deployed-midwest-flooding",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Apr 18, 2019', kept as the date line (H1135); the paragraph 'AmeriCorps Disaster Response Teams are expertly trained crews ... volunteer and donation ma...', cut in the stored copy, dropped; curly marks as stored)",
    text='''FOR IMMEDIATE RELEASE: Apr 18, 2019
WASHINGTON, D.C. -- The Corporation for National and Community Service (CNCS), the federal agency for service and volunteering, has deployed more than 200 AmeriCorps members, most of whom are part of the AmeriCorps Disaster Response Team, to areas of Iowa and Nebraska impacted by severe flooding. Previously, AmeriCorps members provided assistance in Missouri, and additional teams are on standby.
In Iowa, more than 110 AmeriCorps members are deployed or activated. AmeriCorps members from Iowa and Minnesota have established volunteer centers and are beginning muck-and-gut operations, while AmeriCorps members serving with FEMA Corps are supporting the disaster agency directly with operations and survivor assistance registration. Additional AmeriCorps Disaster Response Team crews will arrive later this month.
In Nebraska, where nearly 120 national service members are responding, two dozen local Senior Corps volunteers have been aiding the response efforts in the Omaha with disaster cleanup and at volunteer reception centers. Approximately 35 AmeriCorps members serving with FEMA Corps are registering survivors for assistance, while nearly 40 members of the AmeriCorps Disaster Response Team are leading muck-and-gut operations, coordinating volunteers, and managing incoming donations.
“America is at its best when we can come together to support our neighbors in times of need,” said Gina Cross, acting director of AmeriCorps NCCC and head of the Disaster Services Unit at the Corporation for National and Community Service. “This is never more true than in the days, weeks, and months following a disaster. As those in Iowa and Nebraska begin the recovery process, we’re committed to standing with these communities over the long haul, because in times of disaster, you can count on us.”''',
    quotes=[
        Q('“America is at its best', 'times of need,”', "Gina Cross"),
        Q('“This is never more true', 'count on us.”', "Gina Cross"),
    ],
),
dict(
    id="gov-en-americorps-2017-01-25-respond-southeast-severe-storms",
    source="https://americorps.gov/newsroom/press-releases/2017/americorps-and-senior-corps-respond-southeast-severe-storms-and",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Jan 25, 2017', kept as the date line (H1135), then the subheadline; the paragraph 'CNCS is coordinating closely with state and local authorities ... the stat...', cut in the stored copy, dropped; curly marks as stored; the second quotation has no closing mark in the stored copy (H1139))",
    text='''FOR IMMEDIATE RELEASE: Jan 25, 2017
AmeriCorps NCCC, Senior Corps, already at work in Georgia and Mississippi
WASHINGTON, D.C. -- The Corporation for National and Community Service (CNCS), the federal agency that administers AmeriCorps, announced the first resources deployed to support the response to the severe storms and tornadoes that tore through Mississippi, Georgia, and other southern states. In total, more than three dozen AmeriCorps and Senior Corps members are actively responding, with additional deployments pending and all AmeriCorps Disaster Response Teams on standby.
On Wednesday, three AmeriCorps NCCC teams will put boots on the ground in Hattiesburg, Miss. to support debris removal and staff the Volunteer Reception Center. Their arrival follows a one-day blitz of debris removal efforts by 30 AmeriCorps NCCC and FEMA Corps members. In Georgia, 20 Senior Corps volunteers are supporting meal distribution and donations management at the Mt. Zion Soup Kitchen in Albany. Additional AmeriCorps members placed at local organizations may be temporarily reassigned to support disaster response activities.
“The national service family stands shoulder to shoulder with those affected by these storms in their time of need, with AmeriCorps and Senior Corps members at the ready to help their neighbors as they begin to rebuild from this disaster,” said Kelly DeGraff, senior advisor for disaster services at the Corporation for National and Community Service. “Working hand-in-hand with local partners, AmeriCorps and Senior Corps members are providing vital relief to affected communities. We will continue to support Georgia and Mississippi residents and families as they begin to rebuild over the long haul.''',
    quotes=[
        Q('“The national service family', 'from this disaster,”', "Kelly DeGraff"),
        Q('“Working hand-in-hand', 'over the long haul.', "Kelly DeGraff"),
    ],
),
dict(
    id="gov-en-americorps-2016-12-09-americorps-responds-tennessee-wildfires",
    source="https://americorps.gov/newsroom/press-releases/2016/americorps-responds-tennessee-wildfires",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Dec 09, 2016', kept as the date line (H1135), then the subheadline; blank lines holding a single space and spaces at line ends dropped; the paragraph 'CNCS is coordinating closely with state and local authorities to monitor and assess additional reso...', cut in the stored copy, dropped; curly marks as stored; 'National Community Civilian Corps' and 'Working handing in hand' as stored)",
    text='''FOR IMMEDIATE RELEASE: Dec 09, 2016
AmeriCorps NCCC teams and specialized emergency response members deployed to assist recovery efforts
WASHINGTON, D.C. -- The Corporation for National and Community Service (CNCS), the federal agency that administers AmeriCorps, announced the first resources deployed to support the response to the wildfires in Tennessee. The more than 30 AmeriCorps members, many of whom come from the agency’s National Community Civilian Corps (NCCC) program, are spread from the Great Smoky Mountains into Sevier County.
Currently, three AmeriCorps NCCC teams have boots on the ground at the Rocky Top Sports Complex and Volunteer Reception Center in the Gatlinburg area. The AmeriCorps NCCC members are providing support for shelter operations, donations management, meal distribution, as well as critical manpower to the Volunteer Reception Center. In addition, six AmeriCorps members from the AmeriCorps St. Louis Emergency Response team are on the ground to help coordinate volunteer management efforts at the East Tennessee Volunteer Center.
“As Tennesseans return home and begin to rebuild, the national service family stands with them shoulder to shoulder in their time of need,” said Wendy Spencer, CEO of the Corporation for National and Community Service, the federal agency that administers AmeriCorps. “We are inspired by the resilience of those affected and the swift and coordinated response of emergency personnel, government agencies, and nonprofit and faith-based groups whose work is helping save lives, provide shelter, and rebuild communities. Working handing in hand with local partners, the AmeriCorps members hitting the ground will provide vital relief to residents. We are committed to helping the people of Tennessee recover, both now and over the long haul, to ensure that every family is able to return safely to their homes.”''',
    quotes=[
        Q('“As Tennesseans return home', 'time of need,”', "Wendy Spencer"),
        Q('“We are inspired', 'safely to their homes.”', "Wendy Spencer"),
    ],
),
dict(
    id="gov-en-americorps-2016-03-22-deployed-louisiana-texas-flooding",
    source="https://americorps.gov/newsroom/press-releases/2016/americorps-deployed-louisiana-and-texas-response-record-flooding",
    license=PD, retrieved=PAGES + " (CNCS press release on americorps.gov; the stored part has no headline and begins with the line 'FOR IMMEDIATE RELEASE: Mar 22, 2016', kept as the date line (H1135), then the subheadline; spaces at line ends dropped; the paragraph 'The CNCS Disaster Services Unit is working closely with FEMA, ... the governor-appointed state service comm...', cut in the stored copy, dropped; curly marks and apostrophes ('CNCS’ elite') as stored)",
    text='''FOR IMMEDIATE RELEASE: Mar 22, 2016
More than 250 national service members support recovery efforts in Southern U.S.
WASHINGTON, D.C. – The Corporation for National and Community Service (CNCS), the federal agency that administers AmeriCorps, announced that more than 250 AmeriCorps members and Senior Corps volunteers, including FEMA Corps, have been deployed to Louisiana and Texas in response to record flooding that swept the areas in early March.
Currently, the AmeriCorps members deployed to this response are completing needs assessments, providing registration assistance, and supporting response logistics. In addition, Senior Corps volunteers have been managing donations and assisting with distribution of items. AmeriCorps Disaster Response Teams will arrive this week in Texas and Louisiana to operate Volunteer Reception Centers, muck and gut residents’ homes, and clear flood debris.
AmeriCorps Disaster Response Teams are CNCS’ elite, specialty-trained crews deployed at the request of local and federal emergency managers. These teams provide expert manpower for everything from coordinating volunteers to donations management, sandbagging to shelter operations, and debris removal to home repairs.
“Following a disaster, AmeriCorps members and Senior Corps volunteers stand ready to help families and communities rebuild,” said Kelly DeGraff, senior advisor for disaster services at CNCS. “Disaster response requires a long-term commitment and we are committed to ensuring residents in areas affected by these devastating floods will receive the vital services and assistance needed in an incredibly difficult time.”''',
    quotes=[
        Q('“Following a disaster', 'communities rebuild,”', "Kelly DeGraff"),
        Q('“Disaster response requires', 'difficult time.”', "Kelly DeGraff"),
    ],
),
dict(
    id="gov-en-hud-2007-01-16-pr07-003-jackson-mlk-day-keynote",
    source="https://archives.hud.gov/news/2007/pr07-003.cfm",
    license=PD, retrieved=PAGES + " (HUD news release on archives.hud.gov; the line 'HUD Archives: News Releases', the release number 'HUD No. 07-003', the contact lines 'Steve O'Halloran' and '(202) 708-0980' and the label 'For Release' dropped, the date line 'January 16, 2007' kept; the stored part has no headline; the paragraph 'Owning a home is the surest path ... And...', cut in the stored copy (its opening mark stored as a replacement character), dropped; straight marks as stored)",
    text='''January 16, 2007
WASHINGTON - Housing and Urban Development Secretary Alphonso Jackson today marked Martin Luther King, Jr. Day by delivering the keynote address at the John Wesley A.M.E Zion Church's ninth annual MLK, Jr. Drum Major Awards Breakfast in Washington, DC. Jackson discussed his personal involvement in the Civil Rights Movement, recognized Dr. King's impact on HUD's mission of equal opportunity in housing, and said King's actions "helped America acknowledge its shameful past, and opened a door for a brighter future."
"Dr. King and the other great leaders knew the values they stood for. They knew those values would be just empty ideals unless somebody was willing to suffer for them. These leaders rose to prominence through hard work and a sense of purpose, and they got results because their cause was just," said Jackson, who at a young age participated in voter registration drives with Dr. King and marched across the Pettus Bridge in Selma, Alabama - an event that is famously known as "Bloody Sunday."
Speaking to more than 120 members of the church congregation, the Secretary highlighted President Bush's call to close the minority homeownership gap over eight years and create 5.5 million new minority homeowners by 2010. HUD's Office of Policy Development and Research reports that halfway through that eight-year period, half the goal has been achieved, with more than 2.6 million minority families already taking out a mortgage on a new home, and minority homeownership increasing to 51 percent.''',
    quotes=[
        Q('"helped America acknowledge', 'brighter future."', "Alphonso Jackson"),
        Q('"Dr. King and the other', 'cause was just,"', "Alphonso Jackson"),
        Q('"Bloody Sunday."', None, None),
    ],
    aliases={"Alphonso Jackson": ["Housing and Urban Development Secretary Alphonso Jackson", "Jackson"]},
),
]
