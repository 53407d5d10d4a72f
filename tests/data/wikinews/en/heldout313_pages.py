# Held-out English news texts (tests/data/heldout313-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases and a blog post of US federal departments and agencies (public domain,
# 17 U.S.C. § 105): two EPA releases on epa.gov-era grants as copied (a Region 3 performance partnership grant to
# Virginia, January 2018, epa.gov; a Region 8 Technical Assistance Grant for Butte, Mont., July 2023, and an EPA release
# on Alaska Native Corporations and ANCSA lands, both in the EPA feed of the sesnews.org aggregator), a NOAA release on
# Richard W. Spinrad's confirmation as NOAA administrator (June 2021, in the NOAA feed of the wx5fwd.org aggregator), an
# HHS/HRSA release on $50 million for new health center sites (copied on einpresswire.com), an HHS/HRSA release on $169
# million for new health center sites during National Health Center Week (hiv.gov blog) and two U.S. Fish and Wildlife
# Service releases (the appointment of Phil Million, September 1998, fws.gov; the Partners for Fish and Wildlife Act,
# Mountain-Prairie Region, October 2006, fws.gov in the UNT web archive). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped with everything after it (noted in `retrieved`). Site, feed and date lines, contact lines and archive
# notices are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it
# has none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1780-H1783 in ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout313-en.jsonl

Built by `build.py` from `heldout313_pages.py`. Like heldout175-en, heldout200-en, heldout251-en, heldout259-en,
heldout277-en and heldout289-en, these texts are stored web pages (the `pages` search corpus) of news releases and a
blog post of US federal departments and agencies other than the military (public domain, 17 U.S.C. § 105), none of them
used in a set above: an EPA Region 3 release on a $1,175,091 performance partnership grant to the Virginia Department of
Environmental Quality (January 18, 2018, epa.gov), an EPA release on a $150,000 Technical Assistance Grant to the Butte
Citizens Technical Environmental Committee (July 2023) and an EPA release on $2.5 million for three Alaska Native
Corporations to clean up contamination on ANCSA lands (both in the EPA feed pages of the sesnews.org aggregator, which
reprints the EPA releases whole), a NOAA release on the Senate confirmation of Richard W. Spinrad as NOAA administrator
(June 17, 2021, in the NOAA news-release feed of the wx5fwd.org aggregator), an HHS release on more than $50 million for
77 new health center sites through HRSA (copied on the press-release site einpresswire.com), an HHS release on $169
million for 266 new health center sites during National Health Center Week (2015, on the HHS site hiv.gov) and two U.S.
Fish and Wildlife Service releases: the appointment of Phil Million as Special Assistant for Conservation Partnerships
(September 1998, fws.gov) and the Partners for Fish and Wildlife Act (Mountain-Prairie Region, October 6, 2006, fws.gov
in the UNT web archive). None is credited to AP, Reuters, AFP or another third party; the copies on non-government
sites are the agencies' own texts, not reporting of those sites. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept and a cut paragraph is dropped with everything after it, also where it
holds quotations (what was dropped is noted per page). Site, feed and tag lines, date lines of the copies, contact lines
and archive notices were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL against the `source` of every document in tests/data of the main checkout and of every other
helper's worktree, and by the names of the quoted people and distinctive phrases - '1,175,091', 'performance partnership
grant', 'Cosmo Servidio', 'Sternberg', 'Spinrad', 'Butte Citizens', 'KC Becker', 'Technical Assistance Grant',
'Alaska Native Corporations', 'ANCSA', 'Journey to Justice', 'Tom Engels', 'New Access Points', 'Jim Macrae', '169
million', 'Phil Million', 'Conservation Partnerships', 'Partners for Fish and Wildlife Act', 'Matt Kales' - with grep
over those folders: no hit; 'Raimondo' and 'Dirk Kempthorne' occur only in other, different releases of heldout116-en,
heldout137-en, heldout225-en and heldout72-en, and 'sesnews' and 'einpresswire' only as the sites of other releases in
heldout128-en, heldout100-en and heldout259-en). Candidates found in earlier sets were left out (the NPS State of the
Park release in heldout41-en, the Pelican Island planks release of Secretary Salazar in heldout47-en, the FWS Legislator
of the Year awards in heldout62-en, the EPA Rock Creek multipurpose grant, the NOAA 2003 achievements release of
Lautenbacher and the Innovative Nutrient and Sediment Reduction grants, whose people or phrases are in earlier sets), and
so were pages whose stored part keeps a single quotation or cuts the only quotation (the Justice Department releases on
the opioid coordinators and on the Michigan statement of interest). The annotation (rules H1780–H1783 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="epa-2018-01-18-virginia-receives-1175-million-epa-grant",
    source="https://www.epa.gov/newsreleases/virginia-receives-1175-million-epa-grant-environmental-projects-priorities",
    license=PD, retrieved=PAGES + " (EPA Region 3 news release of January 18, 2018; the lines ' date 2018-01 News Releases from Region 03', 'Contact Information: David Sternberg (sternberg.david@epa.gov) 215-814-5548' and 'Contact: David Sternberg (215) 814-5548 sternberg.david@epa.gov' dropped; the headline, printed a second time over two lines after the contact lines, kept once as the first line and the subheading 'Projects include cleaning up contaminated sites and assessing brownfields' as the second (H1783); the dateline 'PHILADELPHIA – (January 18, 2018) -- ' kept inside the first paragraph as stored; the paragraph 'Performance partnership grants are important tools for EPA to provide financ', cut in the stored copy, dropped; the curly marks as stored)",
    text='''Virginia receives $1.175 Million EPA Grant for Environmental Projects, Priorities
Projects include cleaning up contaminated sites and assessing brownfields
PHILADELPHIA – (January 18, 2018) -- The U.S. Environmental Protection Agency today announced a $1,175,091 performance partnership grant to the Virginia Department of Environmental Quality (DEQ) to support continuing environmental programs and priorities.
“EPA is providing funds directly to Virginia so that the state may determine how best to address its unique and critical environmental challenges,” said EPA Administrator Scott Pruitt. “EPA grants to our partners give states the flexibility to protect their resources and grow their economy while solving real environmental problems in local communities.”
“Complex environmental problems require innovation and teamwork across different environmental programs,” said EPA Mid-Atlantic Regional Administrator Cosmo Servidio. “Along with supporting continuing environmental programs, this funding provides Virginia flexibility to address its highest environmental priorities, improve environmental performance and strengthen the partnership between Virginia DEQ and EPA.”
This funding is the latest installment of a four-year $38.8 million grant covering Fiscal Years 2015-2018. It supports statewide programs to improve air quality, improve water quality, reduce waste generation, clean up and reuse contaminated land, manage hazardous waste, increase wetlands, assess and clean up brownfields, and promote environmental stewardship.''',
    quotes=[
        Q('“EPA is providing funds', 'environmental challenges,”', "Scott Pruitt"),
        Q('“EPA grants to our partners', 'local communities.”', "Scott Pruitt"),
        Q('“Complex environmental problems', 'environmental programs,”', "Cosmo Servidio"),
        Q('“Along with supporting', 'Virginia DEQ and EPA.”', "Cosmo Servidio"),
    ],
    aliases={"Scott Pruitt": ["EPA Administrator Scott Pruitt"],
             "Cosmo Servidio": ["EPA Mid-Atlantic Regional Administrator Cosmo Servidio"]},
),
dict(
    id="epa-2023-07-26-150k-tag-butte-citizens-technical-environmental-committee",
    source="https://www.sesnews.org/aggregator/sources/1?page=8",
    license=PDC, retrieved=PAGES + " (EPA news release of July 2023 on a Technical Assistance Grant for Butte, Mont., reprinted whole in the 'EPA Air' feed of the sesnews.org aggregator, first item of the stored page 8; the feed title 'EPA Air' and the date line 'Wed, 07/26/2023 - 19:00' dropped; headline kept as the first line; the paragraph '“CTEC appreciates EPA’s recent grant approval ...,” said David Williams, CTEC President. “We will continue to host public presentations ... CTEC is working with our technical consulta', cut in the stored copy inside Williams's second quotation, and the rest of the page (the next feed item, an EPA release on the U.S.-Mexico Border 2025 program) dropped (H1783); the curly marks as stored)",
    text='''EPA awards $150K to Butte Citizens Technical Environmental Committee to support Superfund activities
BUTTE, Mont. – Today, the U.S. Environmental Protection Agency announced a $150,000 Technical Assistance Grant (TAG) for the Butte Citizens Technical Environmental Committee (CTEC) to expand public communication about cleanup of the Silver Bow Creek and Montana Pole Treatment Superfund sites.
TAGs provide funding for independent experts to interact with all stakeholders involved in the cleanup project and share what they learn from that public engagement. CTEC will use about $50,000 of this grant to create a website presenting details about the cleanup. The remaining $100,000 will further fund the technical advisors that help interpret Superfund documents and disseminate scientific information to the Butte community in plain language.
“This TAG funding is an example of EPA’s commitment to our relationship with the people of Butte,” said KC Becker, EPA Regional Administrator. “While we are working on our own initiatives to increase communication and transparency, we want to ensure the community’s priorities are consistently amplified through CTEC’s independent and focused support.”
Butte’s Superfund cleanup area is extensive and remediation activities are technically and scientifically complex. CTEC has received TAG funding to help the Butte community understand Superfund activities since 1991. The newly awarded grant contributes to the $1.5 million EPA provided to CTEC over the past three decades.''',
    quotes=[
        Q('“This TAG funding', 'the people of Butte,”', "KC Becker"),
        Q('“While we are working', 'focused support.”', "KC Becker"),
    ],
    aliases={"KC Becker": ["KC Becker", "EPA Regional Administrator"]},
),
dict(
    id="epa-2023-three-alaska-native-corporations-25-million-ancsa-lands",
    source="https://www.sesnews.org/aggregator",
    license=PDC, retrieved=PAGES + " (EPA news release of 2023 on $2.5 million for three Alaska Native Corporations, reprinted whole as the first item of the sesnews.org feed aggregator page; the line 'Feed aggregator |' dropped; headline kept as the first line; the dateline 'SEATTLE – ' kept inside the first paragraph as stored, and the first paragraph ends without a full stop ('at the time of conveyance') as stored; the paragraph '“It is a stain on the federal government that contaminated lands were transferred to Alaska natives as part of the commitment under ANCSA,” said Senator Lisa Murkowski. “The contaminants ... It has long been a priority ', cut in the stored copy inside Murkowski's quotation, dropped with everything after it (H1783); the curly marks as stored)",
    text='''EPA Selects Three Alaska Native Corporations for $2.5 Million to Assess and Clean Up Legacy Contamination on ANCSA Conveyed Lands
SEATTLE – Today the U.S. EPA announced that three Alaska Native Corporations were selected to receive $2.5 million in grant funding to assess and clean up legacy contamination on lands conveyed through the 1971 Alaska Native Claims Settlement Act. This funding, championed by Senator Lisa Murkowski, is the first funding awarded from the $20 million appropriated by Congress this year to assist Alaska tribal entities with addressing contamination on ANCSA lands that were contaminated at the time of conveyance
The funding selections were announced by EPA Administrator Michael S. Regan and Senator Murkowski in Fairbanks, Alaska during the fourth leg of the Administrator’s Journey to Justice through Alaska to spotlight environmental justice concerns of Alaska Native tribes and discuss how EPA can support community solutions with unprecedented federal resources from President Biden’s Investing in America agenda.
“One of the most important components of our Journey to Justice tour is the work to match federal resources to the community solutions we’ve seen on the ground. That’s why we’re excited to deploy these funds and help Alaska Native communities clean up the legacy contamination left behind on conveyed lands,” said EPA Administrator Michael S. Regan. “Thanks to Senator Murkowski’s leadership, we will work together with our federal, state, tribal and local partners, to invest in America and help many more Alaska Native communities address the long-standing health and economic burdens on their communities from this contamination.”''',
    quotes=[
        Q('“One of the most important', 'on conveyed lands,”', "Michael S. Regan"),
        Q('“Thanks to Senator Murkowski', 'from this contamination.”', "Michael S. Regan"),
    ],
    aliases={"Michael S. Regan": ["EPA Administrator Michael S. Regan"]},
),
dict(
    id="noaa-2021-06-17-richard-spinrad-confirmed-to-lead-noaa",
    source="https://wx5fwd.org/aggregator/sources/14",
    license=PDC, retrieved=PAGES + " (NOAA news release of June 17, 2021, reprinted whole as the first item of the 'NOAA News Releases' feed of the wx5fwd.org aggregator; the lines 'NOAA News Releases', 'Syndicate content', 'Updated: 20 min 54 sec ago' and the date line 'Thu, 2021-06-17 16:16' dropped; the headline, printed a second time with the date ('Richard W. Spinrad confirmed to lead NOAA June 17, 2021'), kept once as the first line (H1783); the paragraph 'Building upon NOAA’s extensive mission, Spinrad intends to advance three overarching NOAA priorities:' and its list, whose first item 'Developing a full portfolio ... in coordination and cooperation with NOAA' is cut in the stored copy, dropped; the curly marks as stored)",
    text='''Richard W. Spinrad confirmed to lead NOAA
Richard (Rick) W. Spinrad, Ph.D., an internationally renowned scientist with four decades of ocean, atmosphere, and climate science and policy expertise, was confirmed by the U.S. Senate today as the under secretary of commerce for oceans and atmosphere and the 11th NOAA administrator.
“As an accomplished and respected scientist, educator, communicator and executive, Rick has dedicated his career to the science that is at the core of NOAA’s mission,” said U.S. Secretary of Commerce Gina M. Raimondo. “I am grateful for his ongoing public service to the agency and the nation, and I look forward to working alongside him as we tackle the climate crisis, conserve our oceans, and grow our blue economy.”
As NOAA Administrator, Spinrad – who has worked at NOAA previously – is responsible for the agency’s strategic direction and oversight of $7 billion in proposed FY22 annual spending, including advancing U.S. weather modeling and prediction, tackling the climate crisis, accelerating the application of new technologies for improved environmental observations, leveraging non-governmental and private partnerships, and promoting a sustainable blue economy.
“I am thrilled to be back and am ready to hit the ground running,” said Spinrad. “I am humbled to lead NOAA’s exceptional workforce on a mission so relevant to the daily lives of people across America and to the future health of our planet. And I will ensure that trust and scientific integrity will continue to be the foundation for all of our work.”''',
    quotes=[
        Q('“As an accomplished', 'NOAA’s mission,”', "Gina M. Raimondo"),
        Q('“I am grateful', 'blue economy.”', "Gina M. Raimondo"),
        Q('“I am thrilled', 'ground running,”', "Richard W. Spinrad"),
        Q('“I am humbled', 'all of our work.”', "Richard W. Spinrad"),
    ],
    aliases={"Gina M. Raimondo": ["U.S. Secretary of Commerce Gina M. Raimondo"],
             "Richard W. Spinrad": ["Richard W. Spinrad", "Richard (Rick) W. Spinrad", "Spinrad", "the 11th NOAA administrator"]},
),
dict(
    id="hhs-hrsa-awards-more-than-50-million-new-health-center-sites",
    source="https://www.einpresswire.com/article/496024659/hhs-awards-more-than-50-million-to-establish-new-health-center-sites",
    license=PDC, retrieved=PAGES + " (HHS news release on HRSA New Access Points awards (undated in the stored copy; Secretary Alex Azar and acting HRSA administrator Tom Engels, i.e. 2019), copied on the press-release site einpresswire.com; the stored copy has no headline and opens with the first paragraph, no title added (H1783); the paragraph 'For more information on these awards, visit https://bphc.hrsa.gov/program-opportunities/funding-opportunities/new-access-po', cut in the stored copy, dropped; the straight apostrophe in Engels's 'HRSA's Health Center Program' and the curly one in the body's 'HRSA’s Health Center Program' as stored)",
    text='''Today, the U.S. Department of Health and Human Services (HHS), through the Health Resources and Services Administration (HRSA), awarded more than $50 million to fund 77 health centers across 23 states, Puerto Rico, and the Commonwealth of the Northern Mariana Islands. This funding provides operational support for new organizations to become HRSA Health Center Program grantees and for existing health centers to establish new service delivery sites.
“HHS aims to help provide all Americans with access to quality healthcare and, ultimately, improve their health. Community health centers play a vital role in that mission, and in the Trump Administration’s vision for healthcare,” said HHS Secretary Alex Azar. “Opening new community health centers and creating additional sites of care is a vital way to help expand access to care and improve the health of the nation’s underserved communities, both rural and urban.”
HRSA’s Health Center Program New Access Points funding expands access to quality health care services for vulnerable populations. The investments support the creation of service delivery sites to strengthen comprehensive primary health care services in areas where geographic, economic, or cultural barriers limit access to affordable health care.
“This new funding will increase access to health care for more than 400,000 new patients,” said HRSA Acting Administrator Tom Engels. “HRSA's Health Center Program provides resources and services to health centers nationwide to improve access to quality health care for all, regardless of their ability to pay.”
Nearly 1,400 health centers located in every U.S. state, the District of Columbia, Puerto Rico, the Virgin Islands, and the Pacific Basin operate approximately 12,000 sites to provide accessible, affordable, quality health care services to more than 28 million people.''',
    quotes=[
        Q('“HHS aims to help', 'vision for healthcare,”', "Alex Azar"),
        Q('“Opening new community', 'rural and urban.”', "Alex Azar"),
        Q('“This new funding', '400,000 new patients,”', "Tom Engels"),
        Q('“HRSA\'s Health Center Program', 'ability to pay.”', "Tom Engels"),
    ],
    aliases={"Alex Azar": ["HHS Secretary Alex Azar"],
             "Tom Engels": ["HRSA Acting Administrator Tom Engels"]},
),
dict(
    id="hivgov-2015-hhs-169-million-266-community-health-centers",
    source="https://www.hiv.gov/blog/during-national-health-center-week-hhs-announces-an-additional-169-million-in-affordable-care-act-funding-to-266-community-health-centers/",
    license=PD, retrieved=PAGES + " (HHS/HRSA news release of August 2015, posted on the HHS blog hiv.gov; headline kept as the first line; the line 'Contact: HRSA Press Office301-443-3376' dropped; the paragraph 'To see a ', cut in the stored copy, dropped; 'announced on August 11 that $169 million ...' as stored; the curly marks as stored)",
    text='''During National Health Center Week, HHS announces an additional $169 million in Affordable Care Act funding to 266 community health centers
Health and Human Services Secretary Sylvia M. Burwell announced on August 11 that $169 million in Affordable Care Act funding to 266 new health center sites in 46 states, the District of Columbia and Puerto Rico for the delivery of comprehensive primary health care services in communities that need them most. These new health center sites are projected to increase access to health care services for over 1.2 million patients. These awards build on the $101 million awarded to 164 new health center sites in May 2015.
“Across the country, health centers have provided a source of high-quality primary care for people in rural and urban communities for 50 years,” said Acting Deputy Secretary Mary Wakefield. “These Affordable Care Act funds build on the strong legacy of the health center program and provide even more individuals and families with access to the care they need the most.”
This investment will add to the more than 700 new health center sites that have opened as a result of the Affordable Care Act, including those awarded earlier this year. What started with one clinic in rural Mississippi and another in South Boston is today a national program that supports 1,300 community-based and patient-directed health centers with 9,000 sites serving nearly 23 million people.
“Health centers now provide primary care to one in fourteen people living in the United States,” said HRSA Acting Administrator Jim Macrae. “These awards mean that more communities than ever can count on a health center to help meet the increasing demand for primary care.”
From August 9th through the 15th, more than 1,000 events will be held around the country in observance of National Health Center Week, an annual celebration that highlights the many accomplishments of the Nation’s health centers.''',
    quotes=[
        Q('“Across the country', 'for 50 years,”', "Mary Wakefield"),
        Q('“These Affordable Care Act funds', 'need the most.”', "Mary Wakefield"),
        Q('“Health centers now provide', 'in the United States,”', "Jim Macrae"),
        Q('“These awards mean', 'for primary care.”', "Jim Macrae"),
    ],
    aliases={"Mary Wakefield": ["Acting Deputy Secretary Mary Wakefield"],
             "Jim Macrae": ["HRSA Acting Administrator Jim Macrae"]},
),
dict(
    id="fws-1998-09-targets-new-and-revitalized-partnerships-phil-million",
    source="https://www.fws.gov/press-release/1998-09/us-fish-and-wildlife-service-targets-new-and-revitalized-partnerships",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service press release of September 1998, fws.gov archive; the archive notice 'You are viewing ARCHIVED content published online before January 20, 2025. ... visit our newsroom.' and the label 'Press Release' dropped; the headline, printed a second time after the label, kept once as the first line (H1783); the paragraph 'Million joined the U.S. Fish and Wildlife Service in September 1973 as Chief of Radio and TV Program Coordination. ... he returned to the Service as chief of its Public Affairs Office, dire', cut in the stored copy, dropped; the straight marks as stored)",
    text='''U.S. Fish and Wildlife Service Targets New and Revitalized Partnerships with the Conservation Community
With Federal-state-private partnership efforts playing an increasingly important role in wildlife conservation, Jamie Rappaport Clark, Director of the U.S. Fish and Wildlife Service, has appointed Service veteran Phil Million as Special Assistant for Conservation Partnerships. In his new position, Million is charged with establishing new conservation partnerships and strengthening existing cooperative arrangements.
"The conservation community has been one of the Service's greatest allies throughout this century," Clark said. "Without the strong working partnerships we have enjoyed with anglers, hunters, and non-government conservation organizations, Americans simply would not see the rich biological heritage we do today."
"This new position should result in improved cooperation and communications between the Service and its partners, both old and new. This will translate into even greater progress for fish and wildlife conservation in the future," Clark added. "I am pleased that Phil will be putting his years of experience with the conservation community to work strengthening our ties with groups that share our wildlife conservation goals."''',
    quotes=[
        Q('"The conservation community', 'throughout this century,"', "Jamie Rappaport Clark"),
        Q('"Without the strong', 'we do today."', "Jamie Rappaport Clark"),
        Q('"This new position', 'in the future,"', "Jamie Rappaport Clark"),
        Q('"I am pleased that Phil', 'conservation goals."', "Jamie Rappaport Clark"),
    ],
    aliases={"Jamie Rappaport Clark": ["Jamie Rappaport Clark", "Clark", "Director of the U.S. Fish and Wildlife Service"]},
),
dict(
    id="fws-mountain-prairie-2006-10-06-partners-for-fish-and-wildlife-act",
    source="https://webarchive.library.unt.edu/web/20090512085713/http:/www.fws.gov/mountain-prairie/pressrel/06-55.htm",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service Mountain-Prairie Region news release 06-55 of October 6, 2006, fws.gov in the UNT web archive; the lines 'USFWS Logo U.S. Fish and Wildlife Service Banner', 'The Mountain-Prairie Region', 'NEWS RELEASE', 'U.S. Fish and Wildlife Service', '134 Union Boulevard', 'Lakewood, Colorado 80228', the date line 'October 6, 2006' and 'Contact: Matt Kales, 303-236-4576' dropped; the capitalised headline, broken over two lines after 'TO', joined into one line with a space (H1783); the paragraph 'In the Service’s Mountain-Prairie Region, which includes Colorado, Kansas, Montana, Nebraska, North Da', cut in the stored copy, dropped; the straight marks as stored)",
    text='''NEW LAW PROVIDES ADDITIONAL RESOURCES TO ASSIST PRIVATE LANDOWNERS WITH WILDLIFE HABITAT CONSERVATION
On Tuesday, October 3, President Bush signed the Partners for Fish and Wildlife Act into law to enhance efforts of private landowners to protect species and restore habitat. The Partners Act provides a Congressional authorization for the Partners for Fish and Wildlife Program, a successful private-lands conservation program administered by the U.S. Fish and Wildlife Service that is popular with landowners and conservationists alike.
The law authorizes the Department of the Interior, through the Partners Program, to provide technical and financial assistance to private landowners to restore, enhance, and manage private lands to improve fish and wildlife habitats.
"This law formalizes a program that exemplifies cooperative conservation," said Department of the Interior Secretary Dirk Kempthorne. "The program puts financial and technical resources into the hands of willing landowners to help them manage their lands for imperiled plant and animal species. Next year we will celebrate the program's 20th year. The law represents a perfect anniversary gift for this conservation success story."
The Partners for Fish and Wildlife program is a cornerstone in the Service's cooperative conservation efforts - working with private landowners to restore valuable habitat for fish and wildlife. Since the creation of the Program in 1987, it has helped conserve fish and wildlife resources on nearly 800,000 acres of wetlands, 2,000,000 acres of uplands, and 7,000 miles of riparian and stream habitats through nearly 40,000 formalized partnership agreements.''',
    quotes=[
        Q('"This law formalizes', 'cooperative conservation,"', "Dirk Kempthorne"),
        Q('"The program puts', 'conservation success story."', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Department of the Interior Secretary Dirk Kempthorne"]},
),
]
