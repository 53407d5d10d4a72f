# Held-out English news texts (tests/data/heldout94-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies, all works of the US government in the public domain (17 U.S.C. § 105):
# two Peace Corps releases (the 2003 congressional delegation to Guatemala and Costa Rica on peacecorps.gov; Deputy
# Director Josephine K. Olsen's 2008 visit to Peru, as kept on the USA Freedom Corps newsroom in the End of Term 2008 web
# archive), a USDA Forest Service statement of Chief Dale Bosworth on the Hayman Fire (2002, fs.usda.gov), two statements
# of SBA Administrator Maria Contreras-Sweet to House and Senate committees (2016, sba.gov), a FEMA release on the SBA
# disaster loan application (2007, in the End of Term 2008 web archive) and an American Forces Press Service story on VA
# Secretary Eric K. Shinseki's plan to end veteran homelessness (2009, arng.army.mil). None is credited to AP, Reuters, AFP
# or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site lines, menus, epigraphs, 'News Release' and 'FOR IMMEDIATE RELEASE'
# lines, release numbers, contact lines, '»' link lines, captions and bylines are dropped; wording, spacing inside
# paragraphs (double spaces after full stops) and quotation marks are as stored; trailing spaces at line ends are
# removed. Annotated by reading the texts, before whosaid was run on them (rules H630-H633 in ANNOTATION.md on top of
# H1-H604 and the rules of the sets numbered in between).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDA = "public domain (US government work, 17 U.S.C. § 105; agency page in the End of Term 2008 web archive)"
PDS = "public domain (US government work, 17 U.S.C. § 105; American Forces Press Service story on arng.army.mil)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout94-en.jsonl

Built by `build.py` from `heldout94_pages.py`. Like heldout72-en and heldout91-en, these texts are stored web pages (the
`pages` search corpus) of US federal agencies, none of them used in a set above, this time on volunteers, veterans,
forests and small business: two Peace Corps releases (a House delegation meets volunteers in Guatemala and Costa Rica,
October 2003, Rep. Jim Kolbe, peacecorps.gov; Deputy Director Josephine K. Olsen visits volunteers in earthquake-hit
Peru, February 2008, on the USA Freedom Corps newsroom in the End of Term 2008 web archive), the USDA Forest Service
statement of Chief Dale Bosworth on the Hayman Fire investigation (June 2002, fs.usda.gov), two statements of SBA
Administrator Maria Contreras-Sweet before the House Small Business Committee (January 2016) and the Senate Committee on
Small Business and Entrepreneurship (May 2016, both sba.gov), a FEMA release quoting SBA spokesperson Mark Randle on the
disaster loan application (January 2007, End of Term 2008 web archive) and an American Forces Press Service story on VA
Secretary Eric K. Shinseki's five-year plan to end homelessness among veterans (November 2009, arng.army.mil). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site lines, header, contact and byline lines were dropped; wording and quotation marks are as stored. None of these
pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing
text: no shared 8-word sequence). The annotation (rules H630–H633 in `ANNOTATION.md`) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="pc-en-2003-10-08-congressional-delegation-meets-volunteers",
    source="https://www.peacecorps.gov/news/library/congressional-delegation-meets-with-peace-corps-volunteers/",
    license=PD, retrieved=PAGES + " (Peace Corps release of October 8, 2003; the serialization residue `{'html': \"` before the dateline dropped (H630); the paragraph 'The delegation a...', cut in the stored copy, dropped; the straight apostrophe in 'today's' is as stored)",
    text='''Congressional Delegation Meets With Peace Corps Volunteers
WASHINGTON, D.C., October 8, 2003 – Peace Corps volunteers shared their stories – of the daily triumphs and challenges of working in Central American communities – with members of the House of Representatives during a delegation visit to Guatemala and Costa Rica recently. The delegation included Reps. Jim Kolbe of Arizona, Pete Stark of California, Mike Thompson of California, Candice Miller of Michigan and Earl Blumenauer of Oregon.
In Guatemala, the representatives met with eight volunteers to discuss projects volunteers have initiated, including showing farmers how to effectively use environmentally friendly pest control management methods and teaching local residents to practice healthy hygiene and nutrition habits. Some of the volunteers highlighted their partnership with the U.S. Agency for International Development (USAID) in developing sustained agriculture efforts and local income generating projects.
After hearing volunteer stories, Rep. Kolbe, who chairs the Appropriations Committee’s Foreign Operations Subcommittee, praised the volunteers for their efforts. “Peace Corps volunteers are America’s true ambassadors,” said Rep. Kolbe. “It is heart-warming and inspirational to hear the Peace Corps volunteers talk about both their work and their connection to their communities. Volunteers have a significant role to play in helping promote a more positive image of America, a task that is critically needed in today's world.”
Representatives were especially interested to hear that volunteers felt safe at their sites due to the measures Peace Corps takes to ensure volunteer safety, including providing training seminars on safety and assessing each site individually. The volunteers demonstrated their acclimation into the culture, which is one of the major factors in staying safe, by sharing with the lawmakers some of the local greetings in the Mayan language.''',
    quotes=[
        Q('“Peace Corps volunteers are America’s true ambassadors,”', None, "Jim Kolbe"),
        Q('“It is heart-warming', 'in today\'s world.”', "Jim Kolbe"),
    ],
    aliases={"Jim Kolbe": ["Rep. Kolbe"]},
),
dict(
    id="pc-en-2008-02-15-deputy-director-visits-peru",
    source="https://webarchive.library.unt.edu/eot2008/20080916015453/http:/usafreedomcorps.gov/about_usafc/newsroom/announcements_dynamic.asp?ID=1791",
    license=PDA, retrieved=PAGES + " (Peace Corps release of February 15, 2008 on the USA Freedom Corps newsroom, End of Term 2008 web archive; the site lines, the epigraph of President George W. Bush in the page banner, menu and search lines, 'FOR IMMEDIATE RELEASE', the date line, 'Peace Corps' and the contact, phone, fax and e-mail lines dropped (H630); the deck line under the headline kept; the paragraph 'The Peace Corps program in Peru recently celebrated ... close...', cut in the stored copy, dropped)",
    text='''Peace Corps Deputy Director Visits Peru
Olsen visited Peace Corps Volunteers in areas devastated by recent earthquake.
WASHINGTON, DC - Peace Corps Deputy Director Josephine K. Olsen visited the South American country of Peru last week, meeting with Peace Corps Volunteers in several areas of the country.
Olsen traveled to the Ica region, which was devastated by an earthquake in August 2007. Peace Corps Response, a branch of the Peace Corps that focuses on quick-impact reconstruction work and assistance, sponsored 32 currently-serving Volunteers in the relief effort. Working in different villages for two weeks each, the Volunteers provided assistance with health and environmental projects in partnership with CARE International, a non-governmental organization.
“Peace Corps Volunteers have worked successfully in close collaboration with CARE International to help the Peruvians affected by this disaster,” Olsen said. “From conducting trainings on sanitary practices to rebuilding schools, these Volunteers are helping to make a difference at a time of tremendous need.”''',
    quotes=[
        Q('“Peace Corps Volunteers have worked', 'by this disaster,”', "Josephine K. Olsen"),
        Q('“From conducting trainings', 'tremendous need.”', "Josephine K. Olsen"),
    ],
    aliases={"Josephine K. Olsen": ["Peace Corps Deputy Director Josephine K. Olsen", "Olsen"]},
),
dict(
    id="fs-en-2002-06-16-chiefs-statement-hayman-fire",
    source="https://www.fs.usda.gov/news/releases/fs-chiefs-statement-regarding-hayman-fire",
    license=PD, retrieved=PAGES + " (USDA Forest Service news release of June 16, 2002; the label line 'News Release' dropped; the date line kept as stored, with its trailing dash; the statement's heading block (name, title, subject, date) kept line by line, the trailing space after 'Chief, U.S Forest Service' removed; 'U.S Forest Service' without the second full stop is as stored; the stored page ends after the statement)",
    text='''FS Chief's Statement Regarding the Hayman Fire
June 16, 2002 -
Dale Bosworth
Chief, U.S Forest Service
Regarding the Investigation of the Hayman Fire in Colorado
June 16, 2002
"We regret to learn that one of our employees has admitted to starting this fire. The agency is committed to battling fires across this Nation and this isolated case should in no way affect the public's trust and confidence in our fire prevention and firefighting efforts.
"I am extremely proud of the thousands of federal, state and local employees who regularly risk their lives to fight wildland fires. They have our full support and confidence in their commitment and ability to meet these challenges.
"We have cooperated fully with the USDA Office of Inspector General and the U.S. Attorney in this investigation, and will continue to cooperate in any way needed."''',
    quotes=[
        Q('"We regret to learn', 'firefighting efforts.', "Dale Bosworth"),
        Q('"I am extremely proud', 'these challenges.', "Dale Bosworth"),
        Q('"We have cooperated fully', 'any way needed."', "Dale Bosworth"),
    ],
),
dict(
    id="sba-en-2016-01-07-statement-contreras-sweet-house-committee",
    source="https://www.sba.gov/article/2016/jan/07/statement-sba-administrator-maria-contreras-sweet-small-business-committee-hearing",
    license=PD, retrieved=PAGES + " (SBA statement of January 7, 2016; the stored page has no headline and begins with the lead, none is added (H131); the paragraph '“SBA recently hired a new Chief Digital Officer ... IT systems and', cut in the stored copy, dropped; the statement's paragraphs open with a mark and are not closed, as stored)",
    text='''WASHINGTON – Maria Contreras-Sweet, the Administrator of the U.S. Small Business Administration (SBA), today issued the following statement prior to her testimony before the House Small Business Committee:
“Since joining SBA my top priority has been to create conditions to support America’s small business and entrepreneur community. Each and every day, the dedicated men and women of SBA are focused on achieving meaningful results on behalf of the small businesses that create the majority of new jobs and drive our economy forward.
“I am proud that Fiscal Year 2015 was one of the most successful years in SBA’s history. It was a record year in small business lending, a record year in investment, and a record year in contracting. SBA reached historic levels for small business lending under our flagship 7(a) program. We reached $23.5 billion dollars in gross approvals, a 22 percent increase in the number of loan approvals, and a 23 percent increase in the dollar value of those loans, compared to FY14.
“It’s not just the overall numbers that were up. We were able to target businesses with the greatest difficulty accessing capital. The dollar value of our 7(a) loans was up 22 percent to women, 23 percent to minorities and 103 percent to veterans. SBA also shattered its record for small business investment under our SBIC program. We grew our portfolio by 10 percent to a record $25 billion. For FY16 we continue to project both the SBIC and 7(a) programs along with the 504 program to operate at a zero taxpayer subsidy.
“While we have made record progress in program areas, there are challenges and areas that need improvement. I agree with many of GAO’s recommendations, which is why we are simultaneously modernizing operations and processes to support the transforming small business economy.''',
    quotes=[
        Q('“Since joining SBA', 'our economy forward.', "Maria Contreras-Sweet"),
        Q('“I am proud that Fiscal Year 2015', 'compared to FY14.', "Maria Contreras-Sweet"),
        Q('“It’s not just the overall numbers', 'zero taxpayer subsidy.', "Maria Contreras-Sweet"),
        Q('“While we have made record progress', 'small business economy.', "Maria Contreras-Sweet"),
    ],
),
dict(
    id="sba-en-2016-05-26-statement-contreras-sweet-senate-committee",
    source="https://sba.gov/article/2016/may/26/statement-sba-administrator-maria-contreras-sweet-us-senate-committee-small-business",
    license=PD, retrieved=PAGES + " (SBA press release 16-47 of May 26, 2016; the line 'Press release 16-47' and the teaser under the headline ('WASHINGTON – The Administrator ... at a U.S. Senate...', cut by the site and repeated in full below) dropped (H631); the blank lines made of a single space between paragraphs dropped; the paragraph '“Our efforts to modernize the agency ... Community Development Financial Inst', cut in the stored copy, dropped; double spaces after full stops as stored)",
    text='''Statement of SBA Administrator Maria Contreras-Sweet at U.S. Senate Committee on Small Business & Entrepreneurship Hearing
WASHINGTON – The Administrator of the U.S. Small Business Administration, Maria Contreras-Sweet, today issued the following statement at a U.S. Senate Small Business and Entrepreneurship Committee hearing on SBA’s 7(a) Loan Guaranty program:
“SBA-backed loans support small businesses that are creating jobs and rebuilding communities.  As a former community banker, I know that numbers speak louder than words. That is why I am especially proud to report that we have achieved record 7(a) lending levels operating with zero taxpayer subsidy for three consecutive years.  SBA’s default rate on 7(a) loans is 1.47 percent, the lowest since we started tracking this rate in 2002.
“One of our signature accomplishments was to reach historic levels in 7(a) lending to those Americans who typically struggle most to access capital. During my time at SBA, 7(a) loans are up 47 percent to business owners who are women, 32 percent to veterans, 75 percent to African-Americans, 50 percent to Hispanics, 30 percent to Asian Americans and Pacific Islanders, 18 percent to Native Americans and 41 percent to rural entrepreneurs.
“From my very first days in office, I have prioritized the need to modernize SBA operations to respond to the technological, demographic, and globalization changes that are transforming our small business economy.''',
    quotes=[
        Q('“SBA-backed loans', 'this rate in 2002.', "Maria Contreras-Sweet"),
        Q('“One of our signature accomplishments', 'rural entrepreneurs.', "Maria Contreras-Sweet"),
        Q('“From my very first days', 'small business economy.', "Maria Contreras-Sweet"),
    ],
),
dict(
    id="fema-en-2007-01-10-returning-sba-loan-application",
    source="https://webarchive.library.unt.edu/eot2008/20090507071057/https:/www.fema.gov/news/newsrelease.fema?id=33030",
    license=PDA, retrieved=PAGES + " (FEMA release 1671-025 of January 10, 2007 on fema.gov, End of Term 2008 web archive; the 'Release Date' and 'Release Number' lines and the two '»' link lines dropped; the trailing space after the headline removed; the paragraph 'The SBA representative at t...', cut in the stored copy, dropped)",
    text='''Returning SBA Loan Application Vital to Disaster Assistance Eligibility
LACEY, Wash. -- State and federal officials remind homeowners and renters affected by the November 2-11 storms and flooding that a number of disaster assistance programs depend on the return of the U.S. Small Business Administration (SBA) disaster loan application.
By completing the disaster loan application those affected may become eligible for a number of state and/or federal assistance programs. Eligibility for some programs may end if the SBA application is not completed and returned to SBA. For this reason, homeowners and renters who receive a referral from the Federal Emergency Management Agency (FEMA) to SBA should complete and return their disaster loan application to SBA as soon as possible, even if they are not sure if they will need or want a disaster loan.
“Don’t wait for insurance settlements. SBA can process your application even if you haven’t received insurance settlements or other recoveries,” said Mark Randle, SBA spokesperson. “Once you know if SBA is able to approve your application, and know what other recovery assistance you are eligible to receive, you can better decide if you need or want a loan.”
To date, SBA has approved more than $2.6 million in low-interest disaster loans for Washington residents. SBA processes disaster loan applications in the order received. There is no cost to the applicant to apply to SBA for a low-interest disaster loan.
SBA offers low-interest disaster loans to homeowners, renters, businesses of all sizes and private non-profit organizations. Homeowners and renters must begin by registering with FEMA. SBA urges all those affected by the November 2-11 flooding to visit SBA at a federal/state Disaster Recovery Center (DRC).''',
    quotes=[
        Q('“Don’t wait for insurance settlements.', 'other recoveries,”', "Mark Randle"),
        Q('“Once you know if SBA', 'want a loan.”', "Mark Randle"),
    ],
),
dict(
    id="afps-en-2009-11-03-shinseki-plan-end-veteran-homelessness",
    source="http://www.arng.army.mil/News/Pages/ShinsekiOutlinesPlantoEndVeteranHomelessness.aspx",
    license=PDS, retrieved=PAGES + " (American Forces Press Service story of November 3, 2009 by Sgt. 1st Class Michael J. Carden on the Army National Guard site; the site menu lines, the trailing space after the headline, the photo and its caption, the service and byline lines and the dateline line 'WASHINGTON, Nov. 3, 2009' dropped (H632); the paragraph 'The five-year plan involves ... U.S. Interagency Cou...', cut in the stored copy, dropped)",
    text='''Shinseki Outlines Plan to End Veteran Homelessness
The secretary of veterans affairs today announced the framework of a bold initiative to end homelessness among veterans within five years.
VA Secretary Eric K. Shinseki outlined the comprehensive plan to an audience of VA officials, other government representatives and private-sector homeless outreach organizers at the VA National Summit Ending Homelessness Among Veterans here. He called the goal an ambitious one that will take a nationwide collaborative effort to be successful.
"I learned long ago that there are never any absolutes in life, and a goal of zero homeless veterans sure sounds like an absolute," Shinseki said. "But unless we set ambitious targets for ourselves, we would not be giving this our very best efforts. No one who has served this nation as veterans should ever have to be living on the streets."
VA officials estimate that about 131,000 veterans live on the streets throughout the United States. In 2003, the estimate was around 195,000. Although progress is being made, much work is left to be done, especially at the local levels, Shinseki said.''',
    quotes=[
        Q('"I learned long ago', 'like an absolute,"', "Eric K. Shinseki"),
        Q('"But unless we set', 'on the streets."', "Eric K. Shinseki"),
    ],
    aliases={"Eric K. Shinseki": ["VA Secretary Eric K. Shinseki", "Shinseki"]},
),
]
