# Held-out English news texts (tests/data/heldout259-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of US federal departments and agencies seldom used so far (public domain,
# 17 U.S.C. § 105): two National Institutes of Health releases of the National Center for Research Resources on
# Institutional Development Awards (nih.gov, 2008; the 2007 release as posted to a mailing-list archive on
# mail.spinics.net), a USDA release on Community Facilities loans (usda.gov, 2018), two Department of Labor releases on
# Dislocated Worker Grants (dol.gov, April 2020; September 2020, stored behind an Outlook 'safelinks' redirect to
# dol.gov), two Department of Energy blog posts of energy.gov (an 'In case you missed it' round-up of 2021, stored on
# energy.gov, and another of August 2021, copied verbatim on bbmglobalsynergy.com), a Department of Education release on
# the 2013 Investing in Innovation competition reposted verbatim on a blog of government press releases
# (brandtsrandomgovernmentpressreleases.blogspot.com) and a Department of Education release of Secretary DeVos on the
# Opportunity Zones priority on the press-release site einpresswire.com. None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped with everything after it (noted in `retrieved`). 'News Release' labels, the DOL archive note, contact and
# release-number lines, mailing-list headers, the blog's label line, image lines, 'minute read time' and the
# press-release site's counter line are dropped; a headline is kept once as the first line where the stored copy has
# one; wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1615-H1618 in ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout259-en.jsonl

Built by `build.py` from `heldout259_pages.py`. Like heldout146-en, heldout175-en, heldout200-en and heldout251-en, these
texts are stored web pages (the `pages` search corpus) of news releases of US federal departments and agencies other
than the military (public domain, 17 U.S.C. § 105), this time of departments seldom used so far (NIH, USDA, Labor,
Energy, Education), none of them used in a set above: a National Institutes of Health release of the National Center
for Research Resources on five new Institutional Development Awards (October 2008, nih.gov) and the NCRR release on
three such awards of October 2007 as posted to the NIH news mailing-list archive on mail.spinics.net, a USDA release on
Community Facilities Direct Loans in 22 states (July 2018, usda.gov), two Department of Labor releases on Dislocated
Worker Grants (April 2020, dol.gov; September 2020, the dol.gov release stored behind an Outlook 'safelinks' redirect),
a Department of Energy round-up post on the Secretary's visits to Alaska and New Mexico (2021, energy.gov) and a DOE
round-up post of August 17, 2021 ('ICYMI: Last Week at the DOE: deploy, deploy, deploy!', copied verbatim from
energy.gov on bbmglobalsynergy.com, which names Energy.gov as its source), a Department of Education release on the
2013 Investing in Innovation competition (reposted verbatim under 'FROM: U.S. DEPARTMENT OF EDUCATION' on
brandtsrandomgovernmentpressreleases.blogspot.com) and a Department of Education release on Secretary DeVos's
Opportunity Zones grant priority (2019, on the press-release site einpresswire.com). None is credited to AP, Reuters,
AFP or another third party; the copies on non-government sites are the agencies' own releases, not reporting of those
sites. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a cut paragraph is
dropped with everything after it (what was dropped is noted per page). Release labels, archive notes, contact lines,
mailing-list headers, image lines and site counters were dropped; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by two distinctive phrases
each, with grep over tests/data of the main checkout and of every other helper's worktree; two other candidates, a USDA
release on the new NRCS chief and a DOE release on the State of the National Laboratories report, were found in
heldout62-en and heldout61-en and left out). The annotation (rules H1615–H1618 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nih-2008-10-23-nih-grants-55-million-idea-awards",
    source="https://www.nih.gov/news-events/news-releases/nih-grants-55-million-institutional-development-awards",
    license=PD, retrieved=PAGES + " (NIH news release of Thursday, October 23, 2008; the label 'News Release' dropped, headline and date line kept as the first two lines; the paragraph 'Through the IDeA program, NCRR supports institutions and communities in 23 states and Puerto Rico ...', cut in the stored copy, and everything after it dropped; the straight marks and the curly apostrophe of 'state’s' as stored)",
    text='''NIH Grants $55 Million in Institutional Development Awards
Thursday, October 23, 2008
The National Center for Research Resources (NCRR), a part of the National Institutes of Health (NIH), announced today it will provide up to an estimated $55 million to fund five new Institutional Development Awards (IDeA) over the next five years. The awards support multidisciplinary centers — each concentrating on one general area of research — that strengthen institutional biomedical research capability and enhance research infrastructure. The IDeA program is designed to improve the competitiveness of investigators in states that historically have not received significant levels of competitive NIH research funding.
The new centers are being established at the University at Hawaii, Manoa to study reproductive biology; University of Kentucky to identify mechanisms linking the epidemic of obesity to cardiovascular disease; University of Louisville Research Foundation Inc. to study the cardiovascular causes and consequences of diabetes and obesity; University of Nebraska Medical Center to research nanomedicine, drug delivery, therapeutics, and diagnostics; and The Mind Research Network, a non-profit research organization in Albuquerque, N.M., to study the neural mechanisms of schizophrenia.
"By bridging the research funding gap in IDeA states, we are building innovative research teams, leveraging the power of shared resources, and enhancing the science and technology knowledge of the state’s workforce," said NCRR Director Barbara M. Alving, M.D. "It is through this focused and innovative approach that we are producing a pipeline of researchers who will become future leaders working to improve the health of diverse populations throughout the nation."''',
    quotes=[
        Q('"By bridging', 'workforce,"', "Barbara M. Alving"),
        Q('"It is through', 'the nation."', "Barbara M. Alving"),
    ],
    aliases={"Barbara M. Alving": ["NCRR Director Barbara M. Alving, M.D."]},
),
dict(
    id="nih-ncrr-2007-10-29-nih-grants-33-million-idea-awards-three-states",
    source="http://mail.spinics.net/lists/nih/msg00859.html",
    license=PDC, retrieved=PAGES + " (NCRR news release of Monday, October 29, 2007, as posted to the NIH news mailing list and archived on mail.spinics.net; the header lines 'U.S. Department of Health and Human Services', 'NATIONAL INSTITUTES OF HEALTH', 'NIH News', 'National Center for Research Resources (NCRR)', the NCRR web address, 'For Immediate Release: Monday, October 29, 2007' and the 'CONTACT: NCRR Communications, ...' line dropped; the capitalised headline and the subheadline kept as the first two lines; the paragraph 'Through the IDeA program, NCRR supports institutions and communities in 23 states and Puerto Rico ...', cut in the stored copy, and everything after it dropped; the double hyphens and straight marks as stored)",
    text='''NIH GRANTS $33 MILLION IN INSTITUTIONAL DEVELOPMENT AWARDS TO THREE STATES
Three New Awards Foster Health-related Research and Increase Competitiveness
The National Center for Research Resources (NCRR), a part of the National Institutes of Health (NIH), announced today it has provided nearly $33 million to fund three new Institutional Development Awards (IDeA). The awards support multidisciplinary centers -- each concentrating on one general area of research -- that strengthen institutional biomedical research capability and enhance research infrastructure. The IDeA program is designed to improve the competitiveness of investigators in states that historically have not received significant levels of competitive NIH research funding.
The new centers are being established at the University of Oklahoma Health Sciences Center to study diabetes (especially in the Native American populations); Rhode Island Hospital to study cartilage, joint health, and repair mechanisms; and University of Kansas Medical Center to study molecular regulation of cell development and differentiation.
"By bridging the research funding gap in IDeA states, we are building innovative research teams, strengthening partnerships with the community, and leveraging the power of shared resources -- ultimately improving the nation's health," said NIH Director Elias A. Zerhouni, M.D. "It is through this multidisciplinary approach that we can reduce health disparities and improve our disease prevention efforts in states that have limited resources."''',
    quotes=[
        Q('"By bridging', 'nation\'s health,"', "Elias A. Zerhouni"),
        Q('"It is through', 'limited resources."', "Elias A. Zerhouni"),
    ],
    aliases={"Elias A. Zerhouni": ["NIH Director Elias A. Zerhouni, M.D."]},
),
dict(
    id="usda-2018-07-23-usda-invests-in-rural-community-facilities-in-22-states",
    source="https://www.usda.gov/media/press-releases/2018/07/23/usda-invests-rural-community-facilities-22-states",
    license=PD, retrieved=PAGES + " (USDA press release of July 23, 2018; 'Skip to main content' dropped; headline and subheadline kept as the first two lines; the dateline 'WASHINGTON, July 23, 2018 –' kept inside the first paragraph as stored; the first example of the list after 'For example:' (United Community Health Center, Storm Lake, Iowa) kept as a paragraph without its bullet; the second example (Springerville Municipal Property Corporation), cut in the stored copy, and everything after it dropped; the curly marks and the '(PDF, 154 KB)' link note as stored)",
    text='''USDA Invests in Rural Community Facilities in 22 States
Projects Will Provide $17.4 Million in Essential Services for More Than 220,000 Rural Americans
WASHINGTON, July 23, 2018 – Assistant to the Secretary for Rural Development Anne Hazlett today announced that the U.S. Department of Agriculture (USDA) is investing $17.4 million in 41 projects (PDF, 154 KB) that will provide essential services for rural communities in 22 states.
“Rural America represents a wealth of opportunity – from farms to tourism, forestry, mining and manufacturing,” Hazlett said. “At USDA, our mission is to be a catalyst to bring those opportunities to life – whether building infrastructure, helping communities to attract jobs, accessing additional capital, or improving the quality of life in these towns.”
USDA is making the investments through the Community Facilities Direct Loan Program. The funding helps rural areas purchase, construct or improve essential facilities. An essential community facility is one that provides a necessary service for the orderly development or operation of a rural community, such as schools, libraries, health care facilities, day care centers and infrastructure improvements. For example:
United Community Health Center, Inc. in Storm Lake, Iowa, is receiving a $1.9 million loan to renovate and expand a health center serving approximately 4,000 people. The current facility lacks adequate exam rooms and sufficient space for the staff to operate at peak efficiency. The expanded number of exam rooms will improve the flow of business by allowing the staff to clean rooms and collect patient information prior to the physician’s consultation. United has also increased its behavioral health services and needs additional treatment space, especially for patients who misuse opioids or other substances.''',
    quotes=[
        Q('“Rural America represents', 'manufacturing,”', "Anne Hazlett"),
        Q('“At USDA, our mission', 'these towns.”', "Anne Hazlett"),
    ],
    aliases={"Anne Hazlett": ["Hazlett", "Assistant to the Secretary for Rural Development Anne Hazlett"]},
),
dict(
    id="dol-eta-2020-04-29-dol-awards-over-30-million-dislocated-worker-grants",
    source="https://www.dol.gov/newsroom/releases/eta/eta20200429-0",
    license=PD, retrieved=PAGES + " (Department of Labor news release of April 29, 2020; the archive note 'Please note: As of January 20, 2021, information in some news releases may be out of date or not reflect current policies.' and the label 'News Release' dropped; headline kept as the first line; the dateline 'WASHINGTON, DC –' kept inside the first paragraph; the paragraph 'Disaster Recovery DWGs may provide eligible participants disaster-relief employment ...', cut in the stored copy, and everything after it dropped; the curly marks as stored)",
    text='''U.S. Department of Labor Awards Over $30 Million in Dislocated Worker Grants in Response to the Coronavirus Public Health Emergency
WASHINGTON, DC – The U.S. Department of Labor today announced the award of seven Dislocated Worker Grants (DWGs), totaling $30,170,311, to help address the workforce-related impacts of the public health emergency related to the coronavirus pandemic. These awards are funded under the Coronavirus Aid, Relief and Economic Security (CARES) Act which provided $345 million for DWGs intended to prevent, prepare for, and respond to the coronavirus. After distributing $131,286,863 in DWG funding to 24 states and territories on April 14, 2020, this latest announcement brings the total amount awarded to $161,457,174.
“The CARES Act provides valuable relief to American workers who are affected by coronavirus,” stated Assistant Secretary of Labor for the Employment and Training Administration John Pallasch. “The grants awarded today will help Americans return to work in roles that focus on addressing the impact of coronavirus in their communities.”
The U.S. Department of Health and Human Services declared the coronavirus a nationwide public health emergency on Jan. 31, 2020. The Federal Emergency Management Agency also issued coronavirus emergency declarations for states, outlying areas and Indian tribal governments on March 13, 2020. These federal declarations enable the Secretary of Labor to award Disaster Recovery DWGs to help address the workforce-related impacts of this public health emergency.''',
    quotes=[
        Q('“The CARES Act', 'by coronavirus,”', "John Pallasch"),
        Q('“The grants awarded today', 'their communities.”', "John Pallasch"),
    ],
    aliases={"John Pallasch": ["Assistant Secretary of Labor for the Employment and Training Administration John Pallasch"]},
),
dict(
    id="dol-eta-2020-09-01-dol-awards-13-5-million-dislocated-worker-grants",
    source="https://nam04.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.dol.gov%2Fnewsroom%2Freleases%2Feta%2Feta20200901-0&data=02%7C01%7CDWhite%40teamster.org%7C0c451657d4484eb630c908d84ee8d3ff%7Ca97187cc27574a2985afe7a30e25fa17%7C0%7C0%7C637346109199706374&sdata=in6qChkZmVrB9ipSJBYdowhiMbbp8xmJAPo1iQAlFew%3D&reserved=0",
    license=PD, retrieved=PAGES + " (Department of Labor news release of September 1, 2020, https://www.dol.gov/newsroom/releases/eta/eta20200901-0, stored under an Outlook 'safelinks' redirect address that resolves to the dol.gov page; the archive note 'Please note: As of January 20, 2021, ...' and the label 'News Release' dropped; headline kept as the first line; the paragraph 'Disaster Recovery DWGs may provide eligible participants disaster-relief employment ...', cut in the stored copy, and everything after it dropped; the curly marks and the missing serial comma of 'prevent, prepare for and respond' as stored)",
    text='''U.S. Department of Labor Awards $13.5 Million in Dislocated Worker Grants in Response to Coronavirus Public Health Emergency
WASHINGTON, DC – The U.S. Department of Labor today announced the award of two Dislocated Worker Grants (DWGs) totaling $13,500,000 to help address the workforce-related impacts of the public health emergency related to the coronavirus. These awards are funded under the Coronavirus Aid, Relief and Economic Security (CARES) Act, which provided $345 million for DWGs to prevent, prepare for and respond to coronavirus. This latest award follows nine previous waves of funding, bringing the total amount awarded to states and territories to $263,091,640.
“Flexibility is essential for Dislocated Worker Grant relief funds so they can be used where they are most needed, which is determined at the state and local level,” said Assistant Secretary for Employment and Training John Pallasch. “These grants are helping Americans get back to work, and also can be used for contract tracing and coronavirus-related cleaning as businesses and schools continue to re-open.”
The U.S. Department of Health and Human Services declared the coronavirus a nationwide public health emergency on Jan. 31, 2020. The Federal Emergency Management Agency also issued coronavirus emergency declarations for states, outlying areas and Indian tribal governments on March 13, 2020. These federal declarations enable the Secretary of Labor to award Disaster Recovery DWGs to help address the workforce-related impacts of this public health emergency.''',
    quotes=[
        Q('“Flexibility is essential', 'local level,”', "John Pallasch"),
        Q('“These grants are helping', 'to re-open.”', "John Pallasch"),
    ],
    aliases={"John Pallasch": ["Assistant Secretary for Employment and Training John Pallasch"]},
),
dict(
    id="doe-2021-icymi-innovation-and-energy-justice-at-the-forefront",
    source="https://www.energy.gov/articles/icymi-innovation-and-energy-justice-forefront-does-mission",
    license=PD, retrieved=PAGES + " (Department of Energy blog post of 2021 (energy.gov 'ICYMI' round-up on innovation and energy justice); the stored copy has no headline and starts with the introduction; the section heading 'Innovation Across America' kept as a line; the paragraph 'Next, Secretary Granholm visited Berkeley, California, ...', cut in the stored copy, and everything after it dropped; the curly marks and 'we've' with a straight apostrophe as stored)",
    text='''With so much going on daily across the agency, we’re sharing some of the key highlights that you might have missed. Learn how DOE has been moving the needle to deliver innovative solutions to Build Back Better and tackle climate change, while promoting energy justice.
Innovation Across America
Recently, U.S. Secretary of Energy Jennifer M. Granholm traveled to Alaska to join U.S. Senator Lisa Murkowski visiting clean energy research and development sites and renewable energy facilities in Fairbanks and Anchorage. Alaska is warming faster than any other state, bringing the challenges and opportunities for solutions to address the climate crisis front and center. The trip was jam-packed, and we've got a recap here for you.
“Indigenous communities have been finding solutions for centuries,” Secretary Granholm said during her visit. “We can learn from experience here.”
Share the video with your friends and family on social media (Twitter, Facebook, Instagram, and LinkedIn) and read more about the U.S. Department of Energy’s work in Alaska.
Straight from Alaska, Secretary Granholm joined U.S. Senator Martin Heinrich for two days across New Mexico to tout the benefits of the infrastructure bill, the Build Back Better Agenda and the state’s ongoing energy transition. New Mexico is taking on electrification and building new clean energy sources to lower costs, better public health and create more equitable, resilient and efficient communities. Together, they visited the Four Corners region to see and hear about the efforts to transition from traditional oil and gas to clean energy solutions, joining a roundtable with Tribal and local leaders to highlight the Biden administration’s commitment to ensure these communities are part of our clean energy future.''',
    quotes=[
        Q('“Indigenous communities', 'for centuries,”', "Jennifer M. Granholm"),
        Q('“We can learn from experience here.”', None, "Jennifer M. Granholm"),
    ],
    aliases={"Jennifer M. Granholm": ["Secretary Granholm", "U.S. Secretary of Energy Jennifer M. Granholm"]},
),
dict(
    id="doe-2021-08-17-icymi-last-week-at-the-doe-deploy-deploy-deploy",
    source="https://bbmglobalsynergy.com/articles/icymi-last-week-doe-deploy-deploy-deploy",
    license=PDC, retrieved=PAGES + " (Department of Energy blog post of August 17, 2021, copied verbatim from energy.gov on bbmglobalsynergy.com, which names 'Energy.gov' as its source; the page label 'Blog', the teaser 'This week, we at the DOE had one thing on our minds: deployment, deployment, deployment. Read more about it here.', the source line 'Energy.gov', 'minute read time', the image lines 'In case you missed it graphic 1' and 'Click the image to view more information' dropped; headline and date kept as the first two lines, the section heading 'Deploy, Deploy, Deploy' kept as a line; the sentence 'Share this news with your network on Twitter here and ...', cut in the stored copy, dropped; 'If passed, historic investments in weatherization, transmission, electric vehicle infrastructure will help' and the curly marks as stored)",
    text='''ICYMI: Last Week at the DOE: deploy, deploy, deploy!
August 17, 2021
Last week, we at the DOE had one thing on our minds: deployment, deployment, deployment.
To achieve 100% clean electricity by 2035 and a net-zero economy by 2050 that means we need to deploy funding in critical research to uncover new technologies, deploy proven clean energy solutions that help create more resilient and healthier communities, and deploy more resources to traditionally underserved communities so we can build a more equitable energy future.
With so much great progress being made each and every day across the agency, we’re sharing a few highlights from this past week.
Deploy, Deploy, Deploy
The U.S. Senate passed the bipartisan Infrastructure and Jobs Act. If passed, historic investments in weatherization, transmission, electric vehicle infrastructure will help deploy clean energy at scale. Wondering, “What’s in it for you?” hear it directly from Energy Secretary Granholm on PBS Newshour.
As the “Solutions Department” we’re always looking for more efficient and reliable ways to connect clean energy sources, like renewables, to the grid. This week, our Solar Energy and Technologies Office awarded $45 Million to Advance Solar Manufacturing and Grid Technologies!
“To flip the switch on climate change, we need a grid that’s chock full of renewable energy that’s also cheap and accessible,” said Secretary of Energy Jennifer M. Granholm. “The universities, small businesses, and national lab behind these projects are building the critical components of America’s future grid, making it more resilient on our way to a 100% clean power system.”''',
    quotes=[
        Q('“What’s in it for you?”', None, None),
        Q('“Solutions Department”', None, None),
        Q('“To flip the switch', 'cheap and accessible,”', "Jennifer M. Granholm"),
        Q('“The universities, small businesses', 'clean power system.”', "Jennifer M. Granholm"),
    ],
    aliases={"Jennifer M. Granholm": ["Energy Secretary Granholm", "Secretary of Energy Jennifer M. Granholm"]},
),
dict(
    id="ed-2013-05-06-investing-in-innovation-competition-continues",
    source="http://brandtsrandomgovernmentpressreleases.blogspot.com/search/label/U.S.%20DEPARTMENT%20OF%20EDUCATION",
    license=PDC, retrieved=PAGES + " (Department of Education release on the 2013 Investing in Innovation (i3) competition, reposted verbatim on a blog of government press releases in the post 'INVESTING IN INNOVATION COMPETITION CONTINUES' of Monday, May 6, 2013, stored as the blog's label page; the label lines 'Showing posts with label U.S. DEPARTMENT OF EDUCATION. Show all posts', the blog's date line, its capitalised post title and 'FROM: U.S. DEPARTMENT OF EDUCATION' dropped; the release's own headline kept as the first line; the paragraph 'The maximum grant amount available in each category is based on the evidence of effectiveness. ...', cut in the stored copy, and everything after it dropped; the straight marks as stored)",
    text='''2013 Investing in Innovation Competition Continues with Invitation for Scale-Up and Validation Applications
Following the launch of the 2013 Investing in Innovation Development Competition earlier this spring, today the U.S. Department of Education announced the start of the competition for the i3 program's Scale-up and Validation categories. These grants will continue the Department's investments in promising strategies that can help to close achievement gaps and improve student learning.
"As the Department begins the fourth round of the i3 competition, we are encouraged by the work our current i3 grantees are undertaking, and look forward to supporting the scaling of effective practices in classrooms across the country through i3's Validation and Scale-up grants," said Jim Shelton, assistant deputy secretary for innovation and improvement. "These grants will target federal funds where they are needed most, and we are eager to continue to advance innovative strategies in education."
The i3 program aims to develop and expand practices that accelerate student achievement and prepare every student to succeed in college and in their careers, and, as in years past, includes three grant categories: Development, Validation and Scale-up. This year, school districts and nonprofit organizations in partnership with districts or schools are eligible to compete for nearly $135 million across all three categories. The Department invited pre-applications for the Development category—the most popular of the three—earlier this spring, and received nearly 600 submissions.''',
    quotes=[
        Q('"As the Department begins', 'Scale-up grants,"', "Jim Shelton"),
        Q('"These grants will target', 'in education."', "Jim Shelton"),
    ],
),
dict(
    id="ed-2019-secretary-devos-announces-grant-priority-opportunity-zones",
    source="https://www.einpresswire.com/article/503408337/secretary-devos-announces-grant-priority-to-support-students-in-economically-distressed-communities",
    license=PDC, retrieved=PAGES + " (Department of Education press release of 2019 on the press-release site einpresswire.com; the site's counter line 'There were 1,109 press releases posted in the last 24 hours and 400,912 in the last 365 days.' dropped; headline kept as the first line; the dateline 'WASHINGTON—' kept inside the first paragraph; the list item 'In the State Charter School Facilities Incentive Grants Program, the Departmen...', cut in the stored copy, and everything after it dropped; the straight marks and 'economically-distressed' as stored)",
    text='''Secretary DeVos Announces Grant Priority to Support Students in Economically Distressed Communities
WASHINGTON—Today, U.S. Secretary of Education Betsy DeVos announced the Department will prioritize funding for grant applications that support students, teachers and parents in economically-distressed communities, known as Opportunity Zones.
The Opportunity Zones priority will allow the Department to focus on grantees that do their work in an Opportunity Zone, grantees that are located in an Opportunity Zone, and grantees that will increase the impact of each federal dollar by partnering with a Qualified Opportunity Fund.
"We want to ensure federal dollars have the maximum positive impact on the students and communities that need it most," said Secretary DeVos. "Through the Opportunity Zones priority, we can focus our discretionary resources on projects that will spur innovative approaches to education in areas of the country that are all too often left behind. I am grateful to the President for establishing Opportunity Zones and for his commitment to fighting for every student, no matter their ZIP Code, to have access to the education that works for them."
Last fiscal year, the Department encouraged projects in nine grant competitions to support students in Opportunity Zones. Of the 238 grants funded through these competitions, more than half indicated in their applications that their projects were aligned with the Opportunity Zones initiative. In the four 2019 competitions that either provided bonus points or established a separate competition track for applicants proposing to serve Opportunity Zones, the Department supported 50 grants, awarding over $30 million to support States, school districts, and other organizations working to improve educational outcomes in Opportunity Zones.''',
    quotes=[
        Q('"We want to ensure', 'need it most,"', "Betsy DeVos"),
        Q('"Through the Opportunity Zones priority', 'works for them."', "Betsy DeVos"),
    ],
    aliases={"Betsy DeVos": ["Secretary DeVos", "U.S. Secretary of Education Betsy DeVos"]},
),
]
