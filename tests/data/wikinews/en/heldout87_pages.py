# Held-out English news texts (tests/data/heldout87-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies, all works of the US government in the public domain (17 U.S.C. § 105):
# four EPA releases (epa.gov, the Superfund National Priorities List update of 2017 and the brownfields area-wide planning
# grants of 2010 in the newsroom archive; yosemite.epa.gov, brownfields revolving-loan supplemental grants, 2008; the ECHO
# news feed on echo.epa.gov, the Saipan chlorine facility agreement, 2024), an EPA Region 7 release (the Waterloo, Iowa
# brownfields check, 2024) reposted verbatim on a brownfields blog (southernbrownfield.blogspot.com), two Economic
# Development Administration releases of the Department of Commerce (eda.gov, Palestine, Texas, 2009; eda-cdn.commerce.gov,
# grants in 11 states, 2013), a FEMA Region VII severe-weather release reposted verbatim on femacontract.com, a National
# Park Service release (nps.gov, the Smithsonian centennial exhibit, 2016), a Department of Labor release (dol.gov,
# ApprenticeshipUSA State Accelerator Grants, 2016) and a USDA release (usda.gov, the Gulf of Mexico conservation report,
# 2012). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters:
# only complete paragraphs and list items are kept and a cut paragraph or item is dropped (noted in `retrieved`). Site
# lines, 'Press Release' and 'News Release' labels, release-date and contact lines, archive notices, feed lines, blog date
# lines and agency boilerplate are dropped; leading and trailing spaces of a stored line are trimmed; wording, spelling
# ('Park.Research', 'CHICAGO –The'), inner spacing, list dashes and quotation marks (straight and curly, mixed within one
# quotation where stored so) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H560-H565 in ANNOTATION.md on top of H1-H545).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout87-en.jsonl

Built by `build.py` from `heldout87_pages.py`. Like heldout23-en, heldout27-en, heldout37-en and heldout54-en, these texts
are stored web pages (the `pages` search corpus) of US federal civilian agencies, none of them used in a set above: four EPA
releases (epa.gov: the Superfund National Priorities List update naming six new sites, 2017, and the brownfields
area-wide planning grants of October 2010 in the newsroom archive; yosemite.epa.gov: brownfields revolving-loan
supplemental grants, June 2008; the ECHO news feed on echo.epa.gov: the compliance agreement on the Saipan chlorine
facility, 2024), an EPA Region 7 release on the $1 million brownfields check for Waterloo, Iowa (2024), reposted verbatim
on southernbrownfield.blogspot.com, two Economic Development Administration releases of the Department of Commerce
(eda.gov archive: a water-system grant to Palestine, Texas, 2009; eda-cdn.commerce.gov archive: grants in 11 states,
2013), a FEMA Region VII release urging preparation for severe weather, reposted verbatim on femacontract.com, a National
Park Service release on the Smithsonian's centennial photography exhibit (nps.gov, 2016), a Department of Labor release on
ApprenticeshipUSA State Accelerator Grants (dol.gov, 2016) and a USDA release on a Gulf of Mexico conservation report
(usda.gov, 2012). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs and list
items are kept (what was dropped is noted per page). Site lines, labels, date and contact lines, archive notices and
agency boilerplate were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text: the only shared 8-word
sequences are the boilerplate `Today, the U.S. Environmental Protection Agency (EPA)` and the cue `said National Park
Service Director Jonathan B. Jarvis`; a FEMA Lake County release whose quotations share two sentences with a heldout54-en
text was left out). The annotation (rules H560–H565 in `ANNOTATION.md` on top of H1–H545) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="epa-2017-superfund-npl-six-new-sites",
    source="https://www.epa.gov/newsreleases/epa-updates-superfund-national-priorities-list-commits-clean-six-new-sites",
    license=PD, retrieved=PAGES + " (EPA headquarters news release on epa.gov; the headline kept as the first line; the site list kept one site a line, as stored; the stored copy ends inside a third local quotation ('“The City '), which is dropped)",
    text='''EPA Updates Superfund National Priorities List, Commits to Clean Up Six New Sites
WASHINGTON — Today, the U.S. Environmental Protection Agency (EPA) announced its commitment to clean up six new sites by adding them to the Superfund program’s National Priorities List (NPL) and proposing to add another three hazardous waste sites to the NPL.
“EPA is making tremendous progress accelerating sites through the entire Superfund remediation process and returning them to safe and productive reuse,” said EPA Administrator Scott Pruitt. “Adding these sites to the proposed and final National Priorities List is the next step toward cleaning up these sites and creating a healthier environment for the affected communities.”
The following sites are being added to the NPL:
Hockessin Groundwater in Hockessin, Delaware;
Burlington Industries Cheraw in Cheraw, South Carolina;
Franklin Street Groundwater Contamination in Spencer, Indiana;
Spring Park Municipal Well Field in Spring Park, Minnesota;
Lane Plating Works, Inc. in Dallas, Texas; and
River City Metal Finishing in San Antonio, Texas.
The following sites are being proposed for addition to the NPL:
Proteco in Peñuelas, Puerto Rico;
Donnelsville Contaminated Aquifer in Donnelsville, Ohio; and
Delfasco Forge in Grand Prairie, Texas.
“The City supports EPA’s listing of Lane Plating and looks forward to the environmental and economic benefits that a rapid and complete cleanup will provide to the community," said Dallas Mayor Mike Rawlings.
“The Greater Hockessin Area Development Association (GHADA) and the entire community are pleased to have the Hockessin groundwater site considered for inclusion on the National Priorities List for remediation and environmental recovery efforts,” said GHADA President Mark Blake. “Having the expertise and resources that the Environmental Protection Agency can bring to bear on this critical issue is the best possible outcome for everyone involved.”''',
    quotes=[
        Q('“EPA is making tremendous', 'productive reuse,”', "Scott Pruitt"),
        Q('“Adding these sites', 'affected communities.”', "Scott Pruitt"),
        Q('“The City supports', 'to the community,"', "Mike Rawlings"),
        Q('“The Greater Hockessin', 'recovery efforts,”', "Mark Blake"),
        Q('“Having the expertise', 'everyone involved.”', "Mark Blake"),
    ],
    aliases={"Scott Pruitt": ["EPA Administrator Scott Pruitt"],
             "Mike Rawlings": ["Dallas Mayor Mike Rawlings"],
             "Mark Blake": ["GHADA President Mark Blake"]},
),
dict(
    id="epa-echo-2024-saipan-chlorine-facility-agreement",
    source="https://echo.epa.gov/aggregator/sources/1?page=6",
    license=PD, retrieved=PAGES + " (the first item of the EPA news feed page on echo.epa.gov, EPA's own site; the page line 'Latest News' and the feed's age line '1 month ago' dropped; the item's title kept as the first line; kept up to the paragraph on the Risk Management Program requirements: the next paragraph ('EPA conducted two inspections ...') and its list of failures, cut inside its third item, and the feed's later items are dropped)",
    text='''EPA Requires Safety Improvements at Chlorine Gas Facility in Saipan
SAN FRANCISCO – Today, the U.S. Environmental Protection Agency (EPA) announced a compliance agreement with the Commonwealth Utilities Corporation (CUC) to resolve claims of Clean Air Act violations at its bulk chlorine storage site in Saipan. Under this agreement, within one year the CUC must meet requirements including updating the facility’s Risk Management Plan (RMP) and addressing all areas of concern identified through prior EPA inspections.
“The CUC needs improvements in its plan for managing potential chemical accidents, to both prevent dangerous chlorine releases and – should an accident happen – be in a position to effectively respond,” said EPA Pacific Southwest Regional Administrator Martha Guzman. “Today’s action will safeguard public health, protecting nearby residents and businesses against potential releases of a very dangerous chemical.”
The storage site was constructed in 2018 in response to a 2009 Stipulated Order to ensure the CUC’s wastewater and drinking water systems were compliant with the Clean Water Act. The facility stores over 2,500 pounds of chlorine gas in 150-lb. metal cylinders that are used for water treatment. Facilities that store 2,500 pounds or more of chlorine must comply with Risk Management Program requirements.''',
    quotes=[
        Q('“The CUC needs', 'effectively respond,”', "Martha Guzman"),
        Q('“Today’s action', 'dangerous chemical.”', "Martha Guzman"),
    ],
    aliases={"Martha Guzman": ["EPA Pacific Southwest Regional Administrator Martha Guzman"]},
),
dict(
    id="eda-2009-11-30-palestine-texas-water-grant",
    source="https://eda.gov/archives/2016/news/press-releases/2009/11/30/967.htm",
    license=PD, retrieved=PAGES + " (Economic Development Administration (Department of Commerce) press release in the 2016 archive on eda.gov; the 'Press Release' label, the date line and the contact line dropped; headline and sub-headline kept as the first two lines; complete as stored)",
    text='''U.S. Commerce Secretary Gary Locke Announces $2 Million Grant to Create Jobs, Strengthen Economy in Palestine, Texas
EDA Grant Expected to Create 180 Jobs and Generate $6 Million in Private Investment
WASHINGTON - U.S. Commerce Secretary Gary Locke today announced a $2 million Economic Development Administration (EDA) grant to the city of Palestine, Texas to help build water system improvements to serve the business community. The project is expected to create 180 jobs and generate $6 million in private investment, according to grantee estimates.
"The Obama Administration is committed to creating jobs, encouraging innovation and improving our nation's economic competitiveness," Locke said. "This EDA grant will create jobs by building the critical water infrastructure needed to serve Palestine businesses and attract new private investment to the region."
The Department of Commerce is a voice for Main Street businesses that works to grow local economies by fostering innovation and opening markets to U.S. products and services. Locke is a member of President Barack Obama's economic team.
EDA is an agency within the U.S. Department of Commerce that partners with distressed communities throughout the United States to foster economic growth and job creation. Its mission is to lead the federal economic development agenda by promoting innovation and competitiveness and preparing American regions for growth and success in the global economy.
Additional information on how EDA investments are helping distressed communities create a positive and sustainable economic future can be accessed at: http://www.eda.gov.''',
    quotes=[
        Q('"The Obama Administration', 'economic competitiveness,"', "Gary Locke"),
        Q('"This EDA grant', 'to the region."', "Gary Locke"),
    ],
    aliases={"Gary Locke": ["U.S. Commerce Secretary Gary Locke", "Locke"]},
),
dict(
    id="eda-2013-09-25-grants-in-11-states",
    source="https://eda-cdn.commerce.gov/archives/2016/news/press-releases/2013/09/25/11_states.htm",
    license=PD, retrieved=PAGES + " (Economic Development Administration (Department of Commerce) press release in the 2016 archive on eda-cdn.commerce.gov; the 'Press Release' label, the contact line and the date line dropped; headline and capitalized sub-headline kept as the first two lines; the list of investments kept with its '- ' dashes, one item a line; the third item, cut inside its second sentence, is dropped)",
    text='''U.S. Department of Commerce Invests Approximately $21 Million to Support Economic and Job Growth in 11 States
GRANTEES EXPECT PROJECTS TO CREATE MORE THAN 2,500 JOBS AND GENERATE $505 MILLION IN PRIVATE INVESTMENT
WASHINGTON — U.S. Secretary of Commerce Penny Pritzker today announced that the Department’s Economic Development Administration (EDA) is awarding $21.1 million in grants to support economic development projects in Alabama, California, Florida, Louisiana, Missouri, New York, Oklahoma, Pennsylvania, South Carolina, Texas, and Utah. The projects are expected to create more than 2,500 jobs and attract $505 million in private investment, according to grantee estimates.
“The Obama administration is committed to supporting critical business infrastructure for growth and economic competitiveness,” said Secretary Pritzker. “The EDA grants announced today will help implement economic development projects that aim to boost job creation and sustainable economies in 11 states throughout the country.”
The $21.1 million in EDA investments announced today include:
- $1 million to Dothan-Houston County Airport Authority, Inc., of Dothan, Alabama, to make roadway and water system improvements to the Dothan-Houston County Airport that will help grow the region’s aerospace sector by accommodating an aircraft maintenance and inspection business. The project is expected to help create 300 jobs and generate $7.5 million in private investment, according to grantee estimates.
- $1.8 million to the city of Delano, California, to help build a rail spur to connect the city with an industrial park and increase commercial activity that will lead to greater employment opportunities.''',
    quotes=[
        Q('“The Obama administration', 'economic competitiveness,”', "Penny Pritzker"),
        Q('“The EDA grants', 'throughout the country.”', "Penny Pritzker"),
    ],
    aliases={"Penny Pritzker": ["U.S. Secretary of Commerce Penny Pritzker", "Secretary Pritzker"]},
),
dict(
    id="fema-region7-severe-weather-preparedness",
    source="http://femacontract.com/tag/management/page/51",
    license=PD, retrieved=PAGES + " (FEMA Region VII release urging preparation for severe weather, the first item of a tag page on femacontract.com, which reposts FEMA releases verbatim; no headline in the stored copy, the item begins with its dateline paragraph; the leading space of the quotation paragraph trimmed; the section headings ('Make A Plan!', 'Have an Emergency Supply Kit!', 'Stay Informed!', 'FEMA App Has Weather Alerts (NEW!)') kept as lines; the 'Social Media' section, cut inside its paragraph, and the page's later items are dropped)",
    text='''KANSAS CITY, Mo. – With the potential for severe weather across the plains and several Midwestern states the remainder of this week and into the weekend, staff at the U.S. Department of Homeland Security’s Federal Emergency Management Agency’s (FEMA) Region VII office are coordinating with state and local officials in Iowa, Kansas, Missouri, and Nebraska and urge the public to prepare to stay safe.
“With the threat of severe weather developing, we urge residents to listen to NOAA Weather Radio and local newscasts, monitor digital media feeds for updates and follow the instructions provided by local emergency officials,” said FEMA Region VII Administrator Beth Freeman. “As folks make their weekend plans, this severe weather threat is a reminder everyone needs to remain vigilant as we can’t always anticipate when or where a disaster might strike.”
Make A Plan!
Your family may not be together when a disaster strikes so it is important to plan in advance. For more information on creating your family’s emergency plan, visit http://www.ready.gov/make-a-plan.
Have an Emergency Supply Kit!
To prepare for power outages and the disruption of essential services, FEMA urges families to prepare an emergency supply kit for their homes and cars. For more information, visit http://www.ready.gov/build-a-kit.  When preparing a kit, remember water, medications, and items needed for the well-being of your pets.
Stay Informed!
Pay attention to and follow instructions from local emergency officials.
FEMA App Has Weather Alerts (NEW!)
Download the FEMA app (available in English and Spanish, for Apple, Blackberry and Android) to get severe weather alerts from the National Weather Service, https://www.fema.gov/mobile-app.''',
    quotes=[
        Q('“With the threat', 'emergency officials,”', "Beth Freeman"),
        Q('“As folks make', 'might strike.”', "Beth Freeman"),
    ],
    aliases={"Beth Freeman": ["FEMA Region VII Administrator Beth Freeman"]},
),
dict(
    id="epa-region7-2024-06-28-waterloo-brownfields-check",
    source="https://southernbrownfield.blogspot.com/2024/06",
    license=PD, retrieved=PAGES + " (EPA Region 7 news release of June 28, 2024, reposted verbatim on a brownfields blog; the blog's date line 'Friday, June 28, 2024' dropped; the release's headline kept as the first line; trailing spaces at paragraph ends trimmed; the last paragraph ('This funding follows ...'), cut inside its second sentence, is dropped)",
    text='''EPA Region 7 Presents $1M Check to City of Waterloo, Iowa, After Selection for Brownfields Grant
LENEXA, KAN. (JUNE 28, 2024) – Today, at City Hall in Waterloo, Iowa, EPA Region 7 Brownfields and Land Revitalization Branch Supervisor Stanley Walker presented a $1 million ceremonial check to the City of Waterloo as a Brownfields Multipurpose Grant selectee.
EPA has selected the city to receive the grant through EPA’s Brownfields Multipurpose, Assessment, and Cleanup (MAC) Grants program, funded by the Bipartisan Infrastructure Law. MAC Grant funds help transform once-polluted, vacant, and abandoned properties into community assets, while helping to create good jobs and spur economic revitalization in overburdened communities.
The multipurpose grant funds will be used to conduct 10 Phase I and 10 Phase II environmental site assessments and community engagement activities. This funding will also be used to clean up the 1.8-acre Altstadt and Langlas Site, located at 54 Lane Street. Additional priority sites include the Former Rath Plant at 1508 Sycamore Street; a former food warehouse at 70-80 Sycamore Street; TechWorks out-lot near 360 Westfield Avenue; and Grand Crossing 3 lot near 50 West Mullan Avenue.
"EPA Region 7 is proud to deliver these Brownfields funding resources to the City of Waterloo," said Walker. "The Brownfields program is truly a win-win for everyone involved, and we are proud of our communities’ efforts to provide a cleaner and healthier environment for all, while at the same time spurring local economic development."
"We are so thankful to the Biden-Harris Administration and the EPA for their continuing support of revitalizing often neglected areas,” said Waterloo Mayor Quentin Hart. “This investment will help create the kind of change that will have generational impacts in our community."''',
    quotes=[
        Q('"EPA Region 7 is proud', 'City of Waterloo,"', "Stanley Walker"),
        Q('"The Brownfields program', 'economic development."', "Stanley Walker"),
        Q('"We are so thankful', 'neglected areas,”', "Quentin Hart"),
        Q('“This investment', 'in our community."', "Quentin Hart"),
    ],
    aliases={"Stanley Walker": ["EPA Region 7 Brownfields and Land Revitalization Branch Supervisor Stanley Walker", "Walker"],
             "Quentin Hart": ["Waterloo Mayor Quentin Hart"]},
),
dict(
    id="nps-2016-07-25-smithsonian-centennial-exhibit",
    source="https://www.nps.gov/orgs/1207/07-25-2016-smithsonian-exhibit.htm",
    license=PD, retrieved=PAGES + " (National Park Service news release on nps.gov; the 'News Release' label, the release-date line and the contact line dropped; the headline kept as the first line; the missing space in 'Park.Research' is as stored; the stored copy ends inside a second quotation ('\"America's national park'), which is dropped)",
    text='''Exhibition at National Museum of Natural History will highlight partnership work in parks
WASHINGTON – The National Park Service (NPS) and the Smithsonian are celebrating the NPS centennial with the opening of a new photography exhibit, "100 Years of America's National Park Service: Preserve, Enjoy, Inspire," at the National Museum of Natural History on August 4, 2016.
The exhibition includes more than 60 images from 53 national parks across the country, including national monuments, historic sites, battlefields, lakeshores, seashores, and others. The images were captured by 18 award-winning photographers, including Stan Jorstad and Carol M. Highsmith. National Museum of Natural History visitors will be able to view more than 60 park visitor-submitted photos displayed on a slideshow, 15 stunning nature panoramas, five National Park Service videos sharing how visitors explore parks year-round, as well as artifacts and specimens collected by Smithsonian researchers from park sites.
The 1,820-square-foot exhibition will also highlight how the Smithsonian has played a role in the history of the National Park Service, including the establishment of Yellowstone National Park.Research conducted by the Smithsonian has supported the conservation of America's heritage by the National Park Service.
"As the National Park Service celebrates its 100th anniversary, we want to recognize the important work of partner organizations like the Smithsonian that have been engaged with national parks since their establishment, and that continue to help the NPS study and support these extraordinary places," said National Park Service Director Jonathan B. Jarvis. "This exhibit brings that partnership to life for visitors to the National Museum of Natural History, and sets the stage for a second century of collaboration and engagement between these two iconic American institutions."''',
    quotes=[
        Q('"100 Years of America', 'Enjoy, Inspire,"', None),
        Q('"As the National Park Service celebrates', 'extraordinary places,"', "Jonathan B. Jarvis"),
        Q('"This exhibit brings', 'American institutions."', "Jonathan B. Jarvis"),
    ],
    aliases={"Jonathan B. Jarvis": ["National Park Service Director Jonathan B. Jarvis"]},
),
dict(
    id="dol-eta-2016-06-02-apprenticeship-accelerator-grants",
    source="https://dol.gov/newsroom/releases/eta/eta20160602-0",
    license=PD, retrieved=PAGES + " (Employment and Training Administration news release on dol.gov; the archive notice ('Please note: As of January 20, 2021, ...') and the 'News Release' label dropped; the headline kept as the first line; the stored copy ends inside the paragraph 'In the coming weeks ...', which is dropped)",
    text='''US Labor Department announces $10.4M in grants to expand, expedite apprenticeships in 51 states and territories, and District of Columbia
WASHINGTON – The U.S. Department of Labor today announced the award of $10.4 million in ApprenticeshipUSA State Accelerator Grants to expand and expedite registered apprenticeship programs nationwide.
The grants – awarded to 51 states and territories, and the District of Columbia – are part of $90 million in funding announced in April to expand apprenticeship in the U.S. The recipients announced today will each receive $200,000 to help integrate apprenticeship into their education and workforce systems; engage industry and other partners to expand apprenticeship to new sectors and new populations at scale; conduct outreach and work with employers to start new programs; promote greater inclusion and diversity in apprenticeship, and implement state incentives and system reforms.
"There is a bright future for apprenticeship in America," said U.S. Secretary of Labor Thomas E. Perez in announcing the grants during a visit to Milwaukee Area Technical College today. "The investments that we're making today and in the weeks and months to come are about giving apprenticeship the greater stature it deserves, helping more employers get the talent they need and helping more workers punch their ticket to the middle class."
These grants are part of ApprenticeshipUSA, the department's coordinated effort with industry and education leaders, nonprofits, and local governments to highlight the benefits of apprenticeship and expand the use of this time-tested, earn-while-you-learn model.''',
    quotes=[
        Q('"There is a bright future', 'in America,"', "Thomas E. Perez"),
        Q('"The investments that', 'the middle class."', "Thomas E. Perez"),
    ],
    aliases={"Thomas E. Perez": ["U.S. Secretary of Labor Thomas E. Perez"]},
),
dict(
    id="epa-2010-10-15-brownfields-area-wide-planning-grants",
    source="https://www.epa.gov/archive/epapages/newsroom_archive/newsreleases/b706051420b3e551852577bc0077df10.html",
    license=PD, retrieved=PAGES + " (EPA headquarters news release in the newsroom archive on epa.gov; the site lines 'Contact Us' and 'All News Releases By Date', the release-date line and the contact line dropped; the headline with its sub-headline after ' / ' kept as the first line, as stored; the stored copy ends inside the paragraph 'EPA will work with the selected projects ...', which is dropped)",
    text='''EPA Awards $4 Million for Brownfields / Most assistance to under-served, economically disadvantaged communities
WASHINGTON - The U.S. Environmental Protection Agency (EPA) has announced it is awarding $4 million in assistance to 23 communities, many in under-served and economically disadvantaged areas, to develop area-wide plans for the reuse of brownfields properties. Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response announced the grants today at an event in Cleveland, along with Shaun Donovan, Secretary of the Department of Housing and Urban Development. The plans will integrate site cleanup and reuse into coordinated strategies to lay the foundation for addressing community needs such as economic development, job creation, housing, recreation, and education and health facilities. Brownfields are properties where the presence or potential presence of hazardous substances, pollutants, or contaminants may complicate the properties’ expansion, redevelopment, or reuse.
"This area-wide approach recognizes that revitalization of the communities impacted by multiple brownfield sites or a large individual site – particularly in distressed communities – requires a strategy for area-wide improvement to attract investment to redevelop brownfields properties,” said Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response. “The approach also recognizes the importance of identifying and leveraging additional local, state, and federal investment to implement the plans.”''',
    quotes=[
        Q('"This area-wide approach', 'brownfields properties,”', "Mathy Stanislaus"),
        Q('“The approach also', 'implement the plans.”', "Mathy Stanislaus"),
    ],
),
dict(
    id="epa-2008-06-12-brownfields-revolving-loan-supplemental-grants",
    source="http://yosemite.epa.gov/opa/admpress.nsf/a7b2ee8e45551c138525735900404444/3e70ee6cfca2422285257466004e5301!OpenDocument",
    license=PD, retrieved=PAGES + " (EPA Office of Solid Waste and Emergency Response news release on yosemite.epa.gov; the site lines 'Contact Us' and 'News Releases issued by the Office of Solid Waste and Emergency Response', the release-date line and the contact line dropped; the headline kept as the first line; the two link-label lines ending in ':' and the list of grantees kept, one a line, as stored; the last list item, cut after 'City ', is dropped)",
    text='''Grantees Receive $6.3 Million to Boost Property Revitalization
(Washington, D.C. - June 12, 2008) Sixteen state or local governments are receiving supplemental grants from the U.S. Environmental Protection Agency to help return problem properties to productive use. More than $6.3 million is being awarded to brownfields cleanup revolving loan fund grantees. Brownfields are sites where expansion, redevelopment, or reuse may be complicated by the presence or potential presence of a hazardous substance, pollutant, or contaminant.
“Thanks to these brownfields grants, EPA is planting the seeds for environmental and economic success,” said EPA Administrator Stephen L. Johnson. “These brownfields grants will help nurture problem properties into sources of local pride.”
In January 2002, President Bush signed the Small Business Liability Relief and Brownfields Revitalization Act, which authorizes annual funding for brownfields grants. EPA’s brownfields program provides funding to state, local and tribal governments to make low interest loans and subgrants that fund cleanup activities at brownfields sites. Since 1997, grant recipients have executed 135 loans and awarded 26 subgrants to support brownfields cleanup totaling more than $68 million. The loan funds have leveraged more than $1.7 billion in public and private cleanup and redevelopment investment.
More information on brownfields cleanup revolving loan fund pilots and grants:
General information on EPA’s Brownfields program:
The following state and local governments have been selected to receive the brownfields supplemental money.
City of Emeryville ($500,000)
City of Aurora ($350,000)
City of Bridgeport ($500,000)
County of Hillsborough ($300,000)
Treasure Coast Regional Planning Council ($350,000)
City of Rockford ($500,000)''',
    quotes=[
        Q('“Thanks to these', 'economic success,”', "Stephen L. Johnson"),
        Q('“These brownfields grants will', 'local pride.”', "Stephen L. Johnson"),
    ],
    aliases={"Stephen L. Johnson": ["EPA Administrator Stephen L. Johnson"]},
),
dict(
    id="usda-2012-12-06-gulf-of-mexico-conservation-report",
    source="https://usda.gov/about-usda/news/press-releases/2012/12/06/usda-gulf-state-producers-and-partners-take-initiative-gulf-mexico-conservation",
    license=PD, retrieved=PAGES + " (USDA press release on usda.gov; the stored copy has no headline and begins with the dateline paragraph; the list announced by 'Highlights include:' is missing from the stored copy; the 'For more information' line, the NRCS description, the 'Follow NRCS' line and the equal-opportunity notice are dropped; the second part of the Secretary's quotation has no closing mark, as stored)",
    text='''WASHINGTON, December 6, 2012 —Agriculture Secretary Vilsack today announced the release of a new USDA report highlighting crucial ways farmers, ranchers and landowners are participating in USDA Natural Resources Conservation Service (NRCS) partnership initiatives to improve ecosystems, wildlife habitat and water quality on private lands in the Gulf of Mexico region.
"USDA conservation efforts have improved water quality, enhanced wildlife habitats and bolstered agricultural operations in coastal communities," Agriculture Secretary Tom Vilsack said. "Today's report shows the importance of continued partnerships, restoration and conservation of natural resources as they are key to the recovery of American ecosystems and rural economies.
The report spotlights more than 20 successful conservation projects put into action by Gulf region producers and forest owners with assistance from NRCS and its partners. Highlights include:''',
    quotes=[
        Q('"USDA conservation efforts', 'coastal communities,"', "Tom Vilsack"),
        Q('"Today\'s report shows', 'rural economies.', "Tom Vilsack"),
    ],
    aliases={"Tom Vilsack": ["Agriculture Secretary Tom Vilsack", "Agriculture Secretary Vilsack"]},
),
]
