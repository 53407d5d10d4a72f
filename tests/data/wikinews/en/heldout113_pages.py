# Held-out English news texts (tests/data/heldout113-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies, all works of the US government in the public domain (17 U.S.C. § 105):
# five Social Security Administration press releases, each the first release of a yearly release listing on ssa.gov
# (Commissioner Michael J. Astrue opens the National Hearing Center, 2007; Carolyn Colvin confirmed as Deputy Commissioner,
# 2010; Commissioner Andrew Saul restores Wednesday afternoon office hours, 2019; Martin J. O'Malley sworn in as
# Commissioner, 2023) or of the Stanford Web Archive's copy of the 2020 listing (Saul named a 2020 Influencer in Aging);
# two Department of the Interior / Bureau of Indian Affairs releases from bia.gov listing pages (Interior Secretary Don
# Hodel's testimony to a House appropriations subcommittee; the 2019 National Tribal Broadband Summit, Assistant Secretary
# Tara Katuk MacLean Sweeney); a USDA release on the third round of Promise Zones with HUD Secretary Julián Castro and
# Agriculture Secretary Tom Vilsack (usda.gov, December 2015); three HUD news releases on archives.hud.gov (Secretary
# Andrew Cuomo moves HUD headquarters to New Orleans for a day, 1997; Secretary Steve Preston's first New Orleans visit,
# 2008; Secretary Marcia L. Fudge launches 'Our Way Home', 2022) and a VA News story on the Big Spring, Texas, Recreation
# and Meeting Center (news.va.gov). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`);
# of a listing page only its first release is kept. Site lines, 'Press Release', 'For Immediate Release', release-number,
# date and media-contact lines, 'Past News Items', 'Date: to' separators and the later entries of a listing are dropped;
# wording, spelling ('siloes', 'Steven said'), inner spacing, double hyphens and quotation marks are as stored. Annotated
# by reading the texts, before whosaid was run on them (rules H820-H823 in ANNOTATION.md on top of the rules above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout113-en.jsonl

Built by `build.py` from `heldout113_pages.py`. Like heldout69-en, heldout94-en and heldout100-en, these texts are stored
web pages (the `pages` search corpus) of US federal agencies, none of them used in a set above, this time mostly the
Social Security Administration (no earlier set uses ssa.gov) and the HUD archive: five SSA press releases, each the first release of a
yearly release listing (ssa.gov and www-origin.ssa.gov: Commissioner Michael J. Astrue opens the National Hearing Center,
December 2007; the Senate confirms Carolyn Colvin as Deputy Commissioner, December 2010; Commissioner Andrew Saul restores
Wednesday afternoon public hours, December 2019; Martin J. O'Malley sworn in as Commissioner, December 2023; and, from the
Stanford Web Archive's copy of the 2020 listing, Saul named a 2020 Influencer in Aging by Next Avenue), two Department of
the Interior / Bureau of Indian Affairs releases from bia.gov listing pages (Interior Secretary Don Hodel's testimony to
the House appropriations subcommittee; registration for the 2019 National Tribal Broadband Summit with Assistant
Secretary – Indian Affairs Tara Katuk MacLean Sweeney), a USDA release on the third and final round of Promise Zones with
HUD Secretary Julián Castro and Agriculture Secretary Tom Vilsack (usda.gov, December 2015), three HUD news releases on
archives.hud.gov (Secretary Andrew Cuomo relocates HUD headquarters to New Orleans for a day, November 1997; Secretary
Steve Preston's first visit to New Orleans, June 2008; Secretary Marcia L. Fudge launches the 'Our Way Home' initiative,
June 2022) and a VA News story on West Texas VA's new Recreation and Meeting Center in Big Spring (news.va.gov). All are
US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and only the first release of
a listing page (what was dropped is noted per page). Banners, labels, release-number, date and contact lines and listing
separators were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word
sequence). The annotation (rules H820–H823 in `ANNOTATION.md`) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

SSA_LIST = "Social Security press-release listing of the year whose first entry is this release; 'Press Release', the date line and 'For Immediate Release' dropped; the headline kept as the first line"

DOCS = [
dict(
    id="ssa-gov-2007-12-17-national-hearing-center-opens",
    source="https://www-origin.ssa.gov:443/news/press/releases/2007/",
    license=PD, retrieved=PAGES + " (" + SSA_LIST + " (date line 'Monday, December 17, 2007'), the subheadline kept as the second line; the paragraph 'To view the agency's plan to reduce the hearings backlog, as well as current and planned initiatives to improve the disability', cut in the stored copy, and the later releases dropped)",
    text='''Social Security Opens National Hearing Center
Center Will Help Speed Disability Decisions
Michael J. Astrue, Commissioner of Social Security, today announced that the agency's National Hearing Center (NHC) is open for business. The NHC is one of the many steps the agency has taken this year to address the backlog of disability cases at the hearing level. Chief Administrative Law Judge (ALJ) Frank Cristaudo presided over the first hearing from the NHC in Falls Church, Virginia using electronic video technology. The claimant and the claimant's representative took part in the hearing from a hearing office in Cleveland, Ohio.
"The National Hearing Center allows us to capitalize on new technologies such as electronic disability folders and video teleconferencing," Commissioner Astrue said. "The Center will give us needed flexibility to address the country's worst backlogs."
At present, the agency has allotted seven ALJs to the NHC. The NHC ALJs will initially hear cases for the Atlanta, Cleveland and Detroit hearing offices -- areas of the country where the wait for a hearing can be two years or more. Additional ALJs may be added over time to provide the NHC with the capability to assist more offices.
Social Security's backlog of disability cases is well documented. Currently, there are about 750,000 cases awaiting a hearing -- a number that has more than doubled in this decade. In May 2007, Commissioner Astrue presented Congress with a four part plan to address the backlog. His testimony is available at www.socialsecurity.gov/legislation/testimony_052307.htm.
"When it comes to addressing the disability backlog, there is no single magic bullet," Astrue said. "The National Hearing Center is another important step we can take to provide the American public with the service they deserve."''',
    quotes=[
        Q('"The National Hearing Center allows', 'video teleconferencing,"', "Michael J. Astrue"),
        Q('"The Center will give us', 'worst backlogs."', "Michael J. Astrue"),
        Q('"When it comes to', 'magic bullet,"', "Michael J. Astrue"),
        Q('"The National Hearing Center is another', 'they deserve."', "Michael J. Astrue"),
    ],
    aliases={"Michael J. Astrue": ["Commissioner Astrue", "Astrue"]},
),
dict(
    id="ssa-gov-2010-12-22-colvin-confirmed-deputy-commissioner",
    source="https://ssa.gov/news/press/releases/2010",
    license=PD, retrieved=PAGES + " (" + SSA_LIST + " (date line 'Wednesday, December 22, 2010'); the paragraph 'The Social Security Administration, the largest independent Federal agency, administers the Social Security retirement, disability, and survivors insurance programs th', cut in the stored copy, and the later releases dropped)",
    text='''Carolyn Colvin Confirmed as Deputy Commissioner of Social Security
The United States Senate today confirmed Carolyn Colvin as Deputy Commissioner of Social Security to a term that expires on January 19, 2013. President Obama nominated Ms. Colvin in October 2009. She will serve as the principal deputy to the Commissioner of Social Security as well as the Secretary to the Social Security Board of Trustees.
"Carolyn brings a wealth of expertise that will be extremely valuable as we face the dual challenges of ever increasing workloads and reducing current backlogs in an environment of fiscal austerity," said Michael J. Astrue, Commissioner of Social Security. "I look forward to working closely with Carolyn as we strive to meet these challenges."
Ms. Colvin has spent her career managing programs designed to assist people with their health care and financial needs. She previously worked at Social Security, holding key executive positions as Deputy Commissioner for Policy & External Affairs from 1994 to 1996, as Deputy Commissioner for Programs and Policy from 1996 until April 1998, and Deputy Commissioner for Operations from 1998 until February 2001. Ms. Colvin worked as the Director of the D.C. Department of Human Services, and the Director of the Montgomery County Department of Health and Human Services. She also held the CEO position at AMERIGROUP, DC from mid 2007 until July 2008 and, most recently, was Special Assistant to the Secretary in the Maryland Department of Transportation. She has received numerous awards and recognition for her managerial expertise and creativity, including Maryland's Top 100 Women of 2005 Award, from the Daily Record; and Women of Achievement Award, 2005, from Suburban Maryland Business and Professional Women.''',
    quotes=[
        Q('"Carolyn brings', 'fiscal austerity,"', "Michael J. Astrue"),
        Q('"I look forward', 'these challenges."', "Michael J. Astrue"),
    ],
    aliases={},
),
dict(
    id="ssa-gov-2019-12-02-wednesday-public-hours-restored",
    source="https://www-origin.ssa.gov/news/press/releases/2019",
    license=PD, retrieved=PAGES + " (" + SSA_LIST + " (date line 'Monday, December 2, 2019'), the subheadline kept as the second line; the paragraph 'While the agency continues to improve both the access to and the experience with its services, i', cut in the stored copy, and the later releases dropped)",
    text='''Social Security Expands Public Hours at Offices Nationwide
Wednesdays to Return to Full Public Service Hours; Agency to Hire 1,100 Direct Service Employees
Starting on January 8, 2020, Social Security offices nationwide will be open to the public on Wednesday afternoons, Andrew Saul, Commissioner of Social Security, announced. This change restores Wednesday public service hours that were last in place in late 2012. "I don't want someone to come to our office at 2:30 on a Wednesday only to find our doors closed," Commissioner Saul said.
In another move to improve service to the public, Commissioner Saul announced in his Open Letter to the Public at www.ssa.gov/agency/coss-message.html that the agency is hiring 1,100 front line employees to provide service on the agency's National 800 Number and in its processing centers. The agency is currently bringing onboard 100 new processing center employees and approximately 500 new teleservice representatives for the 800 Number. An additional 500 hires for the 800 Number will occur later in 2020.
"Improving service is my top priority. Increasing full public service hours at our nationwide network of more than 1,200 field offices is the right thing to do and will provide additional access," Commissioner Saul said. "The hiring of a thousand new employees to provide service through our National 800 Number and an additional 100 hires to process people's Social Security benefits at our processing centers around the country are steps in the right direction in our mission to greatly improve the service we provide."
Currently, a field office is generally open to the public from 9:00 a.m. to Noon on Wednesdays. Beginning on January 8, 2020, offices will remain open until 4:00 p.m. on Wednesdays, with typical field office hours from 9:00 a.m. until 4:00 p.m., Monday through Friday.''',
    quotes=[
        Q('"I don\'t want someone', 'doors closed,"', "Andrew Saul"),
        Q('"Improving service is my top priority.', 'additional access,"', "Andrew Saul"),
        Q('"The hiring of a thousand', 'service we provide."', "Andrew Saul"),
    ],
    aliases={"Andrew Saul": ["Commissioner Saul"]},
),
dict(
    id="ssa-gov-2020-saul-influencer-in-aging",
    source="https://swap.stanford.edu/was/20210429011231mp_/http://www.ssa.gov/news/press/releases/2020",
    license=PD, retrieved=PAGES + " (Stanford Web Archive copy, April 29, 2021, of the Social Security press-release listing for 2020; the stored part begins with the body of its first release, without headline or date line; the paragraph 'Social Security continues to raise public awareness, particularly during the holiday season, about telephone impersonation schemes. ... The agency urges the public to r', cut in the stored copy, dropped; the double hyphen in 'feature--that's' as stored)",
    text='''Andrew Saul, Commissioner of Social Security, recently received an honor as a 2020 Influencer in Aging by PBS’s Next Avenue, a digital publication dedicated to covering issues for people 50 and older. The list honors advocates, researchers, and thought leaders who are changing how people collectively age and think about aging. Commissioner Saul earned the distinction for being an innovative leader and making customer service his top priority since his confirmation in 2019.
“When I came in, the first thing I did was make it very clear that our job at the agency, meaning the whole team, was to serve the public. Customer service is the most important feature--that's the mojo here, and that's what we are dedicated to do,” said Commissioner Saul. “The global pandemic has changed the way we do business, and I think it will be changed forever. We must provide the public with additional online, remote service, and self-service options that we all expect from organizations today.”
The agency has made tremendous progress in improving service delivery, despite the unprecedented times. Commissioner Saul has led the agency to significantly reduce the wait time for a disability hearing, offer remote hearings via video or telephone, hire new employees, improve staff training, and streamline workflows and communications. His full interview with Next Avenue is available at www.nextavenue.org/for-social-securitys-chief-andrew-saul-customer-service-is-job-1/.
During his interview, Commissioner Saul highlighted two topics that are especially relevant during the COVID pandemic and holiday season: scam calls and Social Security’s online services.''',
    quotes=[
        Q('“When I came in,', 'dedicated to do,”', "Andrew Saul"),
        Q('“The global pandemic', 'organizations today.”', "Andrew Saul"),
    ],
    aliases={"Andrew Saul": ["Commissioner Saul"]},
),
dict(
    id="ssa-gov-2023-12-20-omalley-sworn-in",
    source="https://ssa.gov/news/press/releases/2023",
    license=PD, retrieved=PAGES + " (" + SSA_LIST + " (date line 'Wednesday, December 20, 2023'); the paragraph 'As Commissioner, Mr. O'Malley will be responsible for administering ... The agency has a workforce of about 6', cut in the stored copy, and the later releases dropped)",
    text='''Martin J. O'Malley Sworn in as Commissioner of Social Security Administration
Martin J. O'Malley was sworn in today by Senator Ben Cardin as Commissioner of Social Security to a term that expires on January 19, 2025.
Commissioner O'Malley expressed his gratitude for being chosen to lead the Social Security Administration. "I am honored for the opportunity of a lifetime to lead Social Security's outstanding public servants forward, together, in such an important mission to help the agency to deliver critical services to the American people," said Commissioner O'Malley. "Social Security is the most far-reaching and important act of social and economic justice that the people of the United States have ever enacted. For tens of millions of Americans across our country, Social Security is the difference between living with dignity or living in poverty."
A lifelong public servant, Commissioner O'Malley brings a vast amount of experience to the position. He served as Governor of Maryland from 2007 to 2015, following two terms as Mayor of the City of Baltimore. Prior to being elected Mayor, he served as a member of the Baltimore City Council from 1991 to 1999 and Assistant States Attorney for the City of Baltimore before that.
Commissioner O'Malley is a pioneer in using performance-management and customer service technologies in government and has written extensively about how to govern for better results in the Information Age by measuring the outputs of government on a real-time basis.''',
    quotes=[
        Q('"I am honored', 'American people,"', "Martin J. O'Malley"),
        Q('"Social Security is the most', 'living in poverty."', "Martin J. O'Malley"),
    ],
    aliases={"Martin J. O'Malley": ["Commissioner O'Malley"]},
),
dict(
    id="bia-gov-hodel-testimony-new-ways-to-work-together",
    source="https://www.bia.gov/news/archive?field_news_types_value=med_adv&page=135",
    license=PD, retrieved=PAGES + " ('Past News Items' listing of bia.gov (media advisories) whose first entry is this undated release; the 'An official website of the United States government' banner lines, 'Past News Items', the 'Date: to' separators and the later entries (the Kialegee Tribal Town and United Keetoowah Band gaming compacts; Secretary Manuel Lujan's Animas-La Plata agreement; OMB Director Richard Darman and Lujan on BIA accounting, cut in the stored copy) dropped; the stored part has no headline)",
    text='''Secretary of the Interior Don Hodel told Congress today that longstanding problems plaguing federal efforts to serve Indian tribes will continue until the tribes, the Congress and the Administration make a unified effort to "find new ways to work together toward our common goal: to create a framework within which American Indians can improve the quality of their lives."
"The old ways of doing things are not leading to the accomplishment of this goal," Hodel said in testimony prepared for the Subcommittee on Interior and Related Agencies of the House Appropriations Committee.''',
    quotes=[
        Q('"find new ways', 'of their lives."', "Don Hodel"),
        Q('"The old ways', 'this goal,"', "Don Hodel"),
    ],
    aliases={"Don Hodel": ["Secretary of the Interior Don Hodel", "Hodel"]},
),
dict(
    id="bia-gov-2019-08-28-national-tribal-broadband-summit-registration",
    source="https://www.bia.gov/offices/opa?page=35",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of August 28, 2019; the 'An official website of the United States government' banner lines, 'OPA', '<p>Office of Public Affairs</p>', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For Immediate Release: August 28, 2019' dropped; the headline kept as the first line; the paragraph '“All students need affordable broadband, at school and at home, if we are going to seriously address the achievement gaps in America. The issue is especially important in rural and', cut in the stored copy, dropped)",
    text='''Registration open for the National Tribal Broadband Summit in DC
WASHINGTON – According to the Federal Communications Commission, only 46.6 percent of rural, Tribal locations currently have broadband access in comparison to 73.3 percent of the other rural parts of the country. The Department of the Interior, in collaboration with the Department of Education, and the Institute of Museum and Library Services are working together to change that narrative, announcing that online registration is open for the two-day National Tribal Broadband Summit (Summit) on September 23 and 24, 2019, in Washington, D.C.
The Summit is a landmark event that will equip participants with the tools needed to bridge the connectivity gap in Indian Country and unlock the opportunities that broadband access can provide.
“There are communities across the United States that are still waiting to catch up with 21st century technology,” said Tara Katuk MacLean Sweeney, Assistant Secretary – Indian Affairs, Department of the Interior. “The Department of the Interior is committed to improving economic opportunity and quality of life for American Indians and Alaska Natives. This Summit is a key opportunity to engage the private sector and make the business case for investing in Indian Country.”''',
    quotes=[
        Q('“There are communities', 'century technology,”', "Tara Katuk MacLean Sweeney"),
        Q('“The Department of the Interior is committed', 'in Indian Country.”', "Tara Katuk MacLean Sweeney"),
    ],
    aliases={},
),
dict(
    id="usda-gov-2015-12-promise-zones-third-round",
    source="http://usda.gov/wps/portal/usda/usdahome?contentid=2015%2F12%2F0344.xml",
    license=PD, retrieved=PAGES + " (USDA news release 0344.15 of December 2015 on usda.gov; the stored part opens with the dateline paragraph, without headline; the link texts 'Read the new notice seeking Promise Zone applications.' and 'Read more about the Promise Zones Initiative.' kept as stored; the paragraph 'Any community meeting the eligibility criteria ... HUD and USDA will designate', cut in the stored copy, dropped)",
    text='''WASHINGTON – Today, U.S. Department of Housing and Urban Development (HUD) Secretary Julián Castro and U.S. Department of Agriculture (USDA) Secretary Tom Vilsack announced that communities may now apply to be designated a Promise Zone under the third and final round competition. Read the new notice seeking Promise Zone applications.
Promise Zones are high-poverty communities where the federal government partners with local leaders to increase economic activity, improve educational opportunities, leverage private investment, reduce violent crime, enhance public health and address other priorities identified by the community. Through the Promise Zone designation, communities will work directly with federal, state and local agencies to give local leaders proven tools to improve the quality of life in some of the country's most vulnerable areas. Read more about the Promise Zones Initiative.
"Promise Zones are transforming communities through targeted investments and the breaking down of government siloes to make a real difference in people's lives," said HUD Secretary Julián Castro. "We believe where you live shouldn't determine what you can achieve. This initiative will be part of the lasting legacy from the Obama Administration and we look forward to witnessing these neighborhoods of opportunity grow in the years and decades ahead."
"This initiative is bringing much-needed, targeted investments and creating ladders of economic opportunity in impoverished rural and tribal areas that have the greatest needs," said USDA Secretary Tom Vilsack. "The success of our work in these Promise Zones is predicated upon public-private partnerships that will lay the groundwork for a more sustainable future for children and families in rural areas."''',
    quotes=[
        Q('"Promise Zones are transforming', 'people\'s lives,"', "Julián Castro"),
        Q('"We believe where you live', 'decades ahead."', "Julián Castro"),
        Q('"This initiative is bringing', 'greatest needs,"', "Tom Vilsack"),
        Q('"The success of our work', 'in rural areas."', "Tom Vilsack"),
    ],
    aliases={"Julián Castro": ["HUD Secretary Julián Castro"],
             "Tom Vilsack": ["USDA Secretary Tom Vilsack"]},
),
dict(
    id="hud-gov-1997-11-14-cuomo-hud-headquarters-new-orleans",
    source="https://archives.hud.gov/news/1997/pr97-268.cfm",
    license=PD, retrieved=PAGES + " (HUD Archives copy of HUD news release No. 97-268 of November 14, 1997; the site lines 'Home | En Español | Contact Us | A to Z' and 'HUD Archives: News Releases', the release-number line and the run-together contact and date lines ('Further Information:For Release', 'In the Washington, DC area: 202/708-1420Friday', 'Or contact your local HUD officeNovember 14, 1997') dropped; the upper-case headline kept as the first line; the paragraph '\"This program helps young people build good careers for themselve', cut in the stored copy, dropped)",
    text='''HUD HEADQUARTERS RELOCATES TO NEW ORLEANS FOR A DAY AS CUOMO ANNOUNCES PARTNERSHIP TO HELP REVITALIZE CITY
NEW ORLEANS -- Secretary Andrew Cuomo and top aides relocated U.S. Department of Housing and Urban Development headquarters to New Orleans for a day today "to strengthen HUD's successful partnership with New Orleans and to learn first-hand how to help revitalize the city," Cuomo said.
Cuomo joined Mayor Marc H. Morial, Senator John Breaux, Senator Mary L. Landrieu, and Congressman William Jefferson at events around the city.
"New Orleans is an urban treasure with a proud past and a promising future," Cuomo said. "I've brought the top leadership of HUD here because we want to work with New Orleans to bring a new prosperity to this city and all its people. To succeed, we have to understand New Orleans and its needs, and the best way to do that is to walk through the city's neighborhoods, see the challenges it faces, and talk with its people and leaders."
Cuomo announced that he has approved a one-year extension of a cooperative agreement between HUD and New Orleans to continue the partnership that is leading to improved living conditions for public housing residents in the city.
The partnership agreement would have expired on Dec. 31 without the extension. New Orleans sought the extension to continue the progress that has been made in improving public housing in the city.
Cuomo also announced a new $700,000 grant under the Youthbuild program to the Mirabeau Family Learning Center. The grant will train 35 young high school dropouts in construction skills as they build four new single-family homes. The homes will be sold to low-income families at cost and with no-interest loans.''',
    quotes=[
        Q('"to strengthen HUD', 'revitalize the city,"', "Andrew Cuomo"),
        Q('"New Orleans is an urban treasure', 'promising future,"', "Andrew Cuomo"),
        Q('"I\'ve brought the top leadership', 'people and leaders."', "Andrew Cuomo"),
    ],
    aliases={"Andrew Cuomo": ["Secretary Andrew Cuomo", "Cuomo"]},
),
dict(
    id="hud-gov-2008-06-30-preston-tours-new-orleans",
    source="https://archives.hud.gov/news/2008/pr08-094.cfm",
    license=PD, retrieved=PAGES + " (HUD Archives copy of HUD news release No. 08-094 of June 30, 2008; the lines 'HUD No. 08-094 Donna White (202) 708-0685 |' and 'For Release Monday June 30, 2008 |' dropped; the upper-case headline and the subheadline kept as the first two lines; the paragraph 'At River Gardens, the HUD-appointed HANO Board Chair Diane Johnson introduced Preston to Lillie Daniels and Ronald Craig, a husband and wife who in April purchased their', cut in the stored copy, dropped)",
    text='''NEW HUD SECRETARY TOURS NEW ORLEANS, MEETS WITH MAYOR
On His First Visit as HUD Secretary, Preston Surveys Recovery Progress, Challenges
NEW ORLEANS - On his first visit to New Orleans as the new head of the U.S. Department of Housing and Urban Development, Secretary Steve Preston toured some of the city's public housing communities, participated in a groundbreaking ceremony for a new community center, visited a family that used a HUD program to become first-time homeowners, and met with Mayor Ray Nagin to get a briefing on the city's ongoing recovery.
"Soon we will commemorate the third anniversary of Hurricane Katrina hitting the Gulf Coast," said Preston. "Our commitment to this region continues, which is why it was important to me to get a first-hand look at the city's progress and challenges early in my new role. I welcome the opportunity to partner with state and local leaders to help continue the rebuilding efforts underway."
Today at Abundance Square in New Orleans' Upper Ninth Ward, Preston joined Nolan Rollins, the president of the Urban League of Greater New Orleans and the HUD-appointed Executive Administrator Karen Cato-Turner, to break ground for a new community center that will be built on a parcel of land near the new Abundance Square/Treasure Village mixed-income community. HUD approved of HANO's application to donate the vacant land to the Urban League to build the community center that will provide daycare, medical and employment services for people in the community, as well as creative programs for youth. The Urban League has committed to fully fund the state-of-the-art center with $1.6 million. Families throughout the community will have use of the new facility that will sit on the 2.2 acres of land.''',
    quotes=[
        Q('"Soon we will commemorate', 'Gulf Coast,"', "Steve Preston"),
        Q('"Our commitment to this region', 'efforts underway."', "Steve Preston"),
    ],
    aliases={"Steve Preston": ["Secretary Steve Preston", "Preston"]},
),
dict(
    id="hud-gov-2022-06-01-fudge-launches-our-way-home",
    source="https://archives.hud.gov/news/2022/pr22-105.cfm",
    license=PD, retrieved=PAGES + " (HUD Archives copy of HUD news release No. 22-105 of June 1, 2022; the lines 'HUD No. 22-105 HUD Public Affairs (202) 708-0685 |' and 'For Release Wednesday June 1, 2022 |' dropped; the headline and the subheadline kept as the first two lines; the paragraph 'As part of the Day of Action, HUD Regional Administrators will hold events throughout the country on Wednesday and Thu', cut in the stored copy, dropped)",
    text='''Secretary Fudge Launches "Our Way Home" Initiative to Increase Affordable Housing Supply in Local Communities
Secretary Fudge, HUD Regional Administrators to lead a Department-wide Day of Action for Our Way Home Campaign Launch
WASHINGTON - U.S. Housing and Urban Development Secretary Marcia L. Fudge on Wednesday launched the Our Way Home initiative, a new effort to boost the nation's affordable housing supply. Our Way Home builds on the Biden-Harris Administration's actions to address communities' housing supply needs in an equitable, inclusive, and sustainable fashion.
Our Way Home is a national initiative that uplifts the unique housing supply successes in local communities and connects cities, counties, Tribal communities, states, and U.S. Territories to the tools and resources needed to help preserve and produce affordable housing in their area.
"Easing the burden of housing costs for families is a top economic priority for this Administration," said Secretary Fudge. "For too long and in too many communities, housing supply has not kept up with the growing demand. It's going to take government working at all levels to help close the housing supply gap. I am excited to launch Our Way Home, an initiative that will not only build on the momentum that's already begun at the federal level, but will also put into focus the unique challenges and successes in communities when it comes to making sure we all find our way home."
On Wednesday morning, Secretary Fudge will be joined by Mayor Muriel Bowser to formally launch Our Way Home during an event at the Spring Flats affordable housing complex in Washington, DC. On Wednesday afternoon, Deputy Secretary Adrianne Todman will travel to Wilmington, Delaware for a roundtable with U.S. Senators Chris Coons and Tom Carper.''',
    quotes=[
        Q('"Our Way Home"', None, None),
        Q('"Easing the burden', 'this Administration,"', "Marcia L. Fudge"),
        Q('"For too long', 'our way home."', "Marcia L. Fudge"),
    ],
    aliases={"Marcia L. Fudge": ["Secretary Fudge"]},
),
dict(
    id="news-va-gov-big-spring-recreation-and-meeting-center",
    source="https://news.va.gov/128447/big-spring-opens-recreation-and-meeting-center",
    license=PD, retrieved=PAGES + " (VA News story on news.va.gov; the stored part begins with the first body paragraph, without headline, byline or date; the story's two subheadings ('“A level of care that is unparalleled.”' and 'A beacon of hope and camaraderie for Veterans') kept as lines; the paragraph 'The initiative for the development of this center reflects a broader mission ... By integrating modern tech', cut in the stored copy, dropped; 'Steven said' for J. L. Stevens as stored (H821))",
    text='''In a significant stride toward enhancing the quality of life for Veterans, West Texas VA’s grand opening of the new Recreation and Meeting Center was celebrated with a ribbon-cutting ceremony that marked the latest addition to the Big Spring area.
It was the unveiling of the second of five planned structures dedicated to providing state-of-the-art amenities and care for those who have served our nation.
The new center is designed to be more than just a building, though. It’s envisioned as a hub of activity and connection, offering a variety of services—including an Internet cafe, barber shop, kitchen and activities hall.
“A level of care that is unparalleled.”
The ceremony was hosted by Keith Bass, medical center director. “We put the Veteran at the center of all we do. This place of healing delivers a level of care that is unparalleled and is what our Veterans deserve,” Bass said.
Highlighting the event was the keynote address delivered by J. L. Stevens, World War II Navy Veteran. His poignant words resonated with attendees, weaving a narrative of valor, sacrifice and the undying spirit of those who have served.
“I thank that beautiful lady, my doctor Dr. Chitwood, for all she does for me and my fellow Veterans. This is home and these folks are family and they take care of us, head to toe,” Steven said.
The ceremony included the soul-stirring rendition of the national anthem performed by Gloria Pierce, which echoed the patriotic fervor of the occasion.
A beacon of hope and camaraderie for Veterans
With over 50 staff, Veterans, friends, community members and Veteran Service Organizations in attendance, the event was a powerful demonstration of the collective will to provide a nurturing and supportive environment for Veterans.''',
    quotes=[
        Q('“A level of care that is unparalleled.”', None, "Keith Bass"),
        Q('“We put the Veteran', 'Veterans deserve,”', "Keith Bass"),
        Q('“I thank that beautiful lady', 'head to toe,”', "J. L. Stevens"),
    ],
    aliases={"Keith Bass": ["Bass"], "J. L. Stevens": ["Steven"]},
),
]
