# Held-out English news texts (tests/data/heldout269-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of two US federal agencies (public domain, 17 U.S.C. § 105): five
# Environmental Protection Agency releases (the Chesapeake Bay grants of June 2024 on EPA's own news aggregator
# echo.epa.gov; the 2023 Brownfields Job Training grants, the 2023 Tucson PFAS investment and the 2024 HBCU initiatives,
# each reposted verbatim on a blogspot blog; the 2013 Brownfields ARC grant selections on the blog envnewsbits.info)
# and two NOAA National Marine Sanctuary releases (the 2006 State of the Sanctuaries report, March 2007, on
# sanctuaries.noaa.gov; the sanctuary system's 40th anniversary, October 2012, reposted on enewspf.com). None is credited
# to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped with everything after it (noted in `retrieved`). Site lines, blog
# labels and other post titles, repeated headlines, contact lines, issue and unsubscribe lines, a site dateline and photo
# captions are dropped; a headline and subheadline are kept as the first lines where the stored copy has them; trailing
# spaces at line ends are removed; wording, double spaces inside lines and quotation marks (straight or curly) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H1665-H1667 in ANNOTATION.md on top of
# the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout269-en.jsonl

Built by `build.py` from `heldout269_pages.py`. Like heldout146-en, heldout175-en, heldout200-en, heldout251-en and
heldout259-en, these texts are stored web pages (the `pages` search corpus) of news releases of US federal departments
and agencies other than the military (public domain, 17 U.S.C. § 105), this time of the Environmental Protection Agency
and NOAA's National Marine Sanctuary Program, none of them used in a set above: an EPA Region 3 release on $22.4 million
of Chesapeake Bay grants (June 25, 2024, on EPA's news aggregator echo.epa.gov), an EPA headquarters release on $12
million of Brownfields Job Training grants (May 30, 2023, reposted verbatim on deniswebsites.blogspot.com), an EPA Region 9
release on Tucson Water's $30 million PFAS investment (November 16, 2023, reposted under 'USEPA News Release:' on
palo-negro-blog.blogspot.com), an EPA release on new initiatives with Historically Black Colleges and Universities (July
31, 2024, reposted under 'EPA Press Office:' on jbk-environmental.blogspot.com), an EPA release on $62.5 million of
Brownfields Assessment, Revolving Loan Fund and Cleanup grants (May 8, 2013, reposted on envnewsbits.info), a NOAA
National Marine Sanctuary Program release on the 2006 State of the Sanctuaries report (March 6, 2007,
sanctuaries.noaa.gov) and a NOAA release on forty years of the National Marine Sanctuary System (October 23, 2012,
reposted on enewspf.com). None is credited to AP, Reuters, AFP or another third party; the copies on non-government sites
are the agencies' own releases, not reporting of those sites. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept and a cut paragraph is dropped with everything after it (what was dropped is noted per
page). Site lines, blog labels, other posts' titles, repeated headlines, contact, issue and unsubscribe lines, a site
dateline and photo captions were dropped and trailing spaces at line ends removed; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by title, by the names of their speakers and by two
distinctive phrases each, such as 'Martha Shimkin', 'Innovative Nutrient', 'Barry Breen', 'Brownfields Job Training',
'Radhika Fox', 'Tucson Water', 'UNITE 2024', 'mission touches the lives', '2006 State of the Sanctuaries', 'strongest
piece of legislation', 'Over the past four decades, NOAA', 'community assets and a key component' and '240 recipients',
grepped in tests/data of the main checkout and of every other helper's worktree, with no hit; Mathy Stanislaus is quoted
in a different, 2010 EPA release of heldout87-en). Candidates found in earlier sets and left out: the NOAA release on the
2005 State of the Sanctuaries report (heldout225-en), EPA releases on the Administrator's Superfund Emphasis List, the
Administrator's Region 2 visit, the Strasburg Landfill report and 'What They Are Saying' (heldout29-en, heldout116-en,
heldout128-en) and the 2010 Brownfields area-wide planning release (heldout87-en). The annotation (rules H1665–H1667 in
`ANNOTATION.md` on top of H1–H1664) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="epa-2024-06-25-chesapeake-bay-22-4-million-innovative-nutrient-sediment-reduction",
    source="https://echo.epa.gov/aggregator/sources/1?page=3",
    license=PD, retrieved=PAGES + " (EPA Region 3 news release of June 25, 2024, as listed in full on EPA's own news aggregator page echo.epa.gov ('Latest News'); the lines 'Latest News', '2 weeks 6 days ago', 'June 25, 2024', 'Contact Information' and 'R3 Press (R3Press@epa.gov)' dropped; headline kept as the first line; the dateline 'PHILADELPHIA (June 25, 2024) –' kept inside the first paragraph as stored; the subheading 'Innovative Nutrient and Sediment Reduction program' kept as a line; the paragraph '“A healthy Chesapeake Bay', cut in the stored copy, and everything after it dropped; trailing spaces after three paragraphs and the subheading removed; the curly marks and 'Nutrient & Sediment' as stored)",
    text='''Biden-Harris Administration announces $22.4 million to protect and restore Chesapeake Bay through Investing in America agenda
PHILADELPHIA (June 25, 2024) – Today the U.S. Environmental Protection Agency (EPA) announced $22.4 million in grants to 13 selectees, through the Innovative Nutrient & Sediment Reduction grant program as part of President Biden’s Investing in America agenda. The 13 grants will leverage $35.3 million in matching contributions to generate a total conservation impact of $57.7 million. This program is currently administered by the National Fish and Wildlife Foundation (NFWF) through a grant from EPA’s Chesapeake Bay Program Office. Over $12.4 million in funding for these awards comes from President Biden’s Bipartisan Infrastructure Law, while the remaining $10 million comes from annual EPA appropriations.
Innovative Nutrient and Sediment Reduction program
The Innovative Nutrient and Sediment Reduction (INSR) program aims to accelerate the implementation of water quality improvements, specifically through the collaborative and coordinated efforts of sustainable, regional-scale partnerships and networks of practitioners with a shared focus on water quality restoration and protection.
Since 2006, the INSR Program has provided more than $200 million to over 250 projects that have reduced 36 million pounds of nitrogen, nine million pounds of phosphorus, and nearly 800,000 tons of sediment across the Chesapeake Bay watershed.
“These grants reflect our continuing commitment to protect the Chesapeake Bay and preserve our nation’s environmental legacy for future generations,” said EPA Chesapeake Bay Program Office Director Martha Shimkin. “It is inspiring to be working with so many awardees who have long been committed to preserving, protecting, and enhancing the Chesapeake Bay and its watershed.”''',
    quotes=[
        Q('“These grants reflect', 'future generations,”', "Martha Shimkin"),
        Q('“It is inspiring', 'its watershed.”', "Martha Shimkin"),
    ],
    aliases={"Martha Shimkin": ["EPA Chesapeake Bay Program Office Director Martha Shimkin"]},
),
dict(
    id="epa-2023-05-30-12-million-brownfields-job-training-grants",
    source="http://deniswebsites.blogspot.com/2023/05/",
    license=PDC, retrieved=PAGES + " (EPA headquarters news release of May 30, 2023, reposted verbatim with its e-mail header on the blog deniswebsites.blogspot.com, stored as the blog's May 2023 archive page; the blog's post title (the headline), the lines 'Issued: May 30, 2023 (3:56pm EDT)' and 'If you wish to unsubscribe please do so here: https://epa.mediaroom.com/...' and 'Contact: EPA Press Office (press@epa.gov)' dropped; the release's headline and subheadline kept once as the first two lines; the dateline 'WASHINGTON (May 30, 2023) –' kept inside the first paragraph as stored; the paragraph 'The approximately $12 million in funding available during this grant cycle ... As a result', cut in the stored copy, and everything after it dropped; the straight marks and apostrophes and 'Brownfields Job training programs' as stored)",
    text='''Biden-Harris Administration Announces Availability of $12 Million Through Investing in America Agenda for Brownfields Job Training Grants
EPA seeking applications for up to $12 million in Brownfields Job Training Grants that will support local environmental job training programs and environmental workforce in underserved and overburdened communities
WASHINGTON (May 30, 2023) – Today, the U.S. Environmental Protection Agency (EPA) announced the availability of approximately $12 million from President Biden's Investing in America Agenda for environmental job training grants under the Fiscal Year 2024 Brownfields Job Training Program. EPA is seeking applications for the program and anticipates awarding approximately 24 grants nationwide at amounts up to $500,000 per award. Applications are due by August 2, 2023, via grants.gov. The Request for Application (RFA) notice is now posted on www.grants.gov.
"EPA's Brownfields Program invests in communities, turning brownfield sites into new hubs of economic growth and creating new, good-paying jobs in communities where workers live," said Barry Breen, Acting Assistant Administrator of EPA's Office of Land and Emergency Management. "Thanks to the boost from President Biden's Investing in America Agenda, the Brownfields Job training programs are not only providing an opportunity for residents impacted by brownfield sites to gain training and employment, but also advancing environmental justice across the country."''',
    quotes=[
        Q('"EPA\'s Brownfields Program invests', 'workers live,"', "Barry Breen"),
        Q('"Thanks to the boost', 'across the country."', "Barry Breen"),
    ],
),
dict(
    id="epa-2023-11-16-30-million-protect-tucson-residents-from-pfas",
    source="http://palo-negro-blog.blogspot.com/2023/11/",
    license=PDC, retrieved=PAGES + " (EPA Region 9 news release of November 16, 2023, reposted verbatim under the label 'USEPA News Release:' on the blog palo-negro-blog.blogspot.com, stored as the blog's November 2023 archive page; the blog's 'Search This Blog' line, the date lines and titles of the blog's other posts ('China is in a ‘global competition’ with the US for influence, expert warns', 'Hottest Tech Toys of 2023: ...', '5 Tips to Find Black Friday Deals in 2023'), the post title (the headline), the label 'USEPA News Release:', 'Contact Information', 'Joshua Alexander (alexander.joshua@epa.gov)' and '415-214-5940' dropped; the release's headline and subheadline kept once as the first two lines; the dateline 'TUCSON, AZ (Nov. 16, 2023) –' kept inside the first paragraph as stored; the paragraph 'With this funding, Tucson Water will build a second drinking water treatment facility for residents of Tucson,', cut in the stored copy, and everything after it dropped; the curly marks and the spaced en dash of 'PFAS – also known as' as stored)",
    text='''Biden-Harris Administration to Invest $30 Million to Protect Tucson Residents from PFAS
President Biden’s Investing in America Agenda is delivering historic resources to upgrade drinking water infrastructure and better protect public health
TUCSON, AZ (Nov. 16, 2023) – Today, the U.S. Environmental Protection Agency (EPA) announced Tucson Water’s investment of $30 million in Bipartisan Infrastructure Law funding to protect Tucson area residents from PFAS in their drinking water. EPA Assistant Administrator for Water Radhika Fox and EPA Pacific Southwest Regional Administrator Martha Guzman joined state and local officials to highlight how Tucson is leveraging President Biden’s Investing in America Agenda to better protect drinking water from forever chemicals and emerging contaminants.
“No person in this country should wonder whether their drinking water is safe from PFAS – also known as forever chemicals. Today, we celebrate Tucson Water for taking action to invest in its drinking water treatment to protect its customers from PFAS,” said EPA Assistant Administrator for Water Radhika Fox. “This investment demonstrates the kind of protections and infrastructure that EPA is supporting, both through President Biden’s Bipartisan Infrastructure Law and through our proposed standard to regulate several PFAS in drinking water and better protect communities across the nation.”''',
    quotes=[
        Q('“No person in this country', 'customers from PFAS,”', "Radhika Fox"),
        Q('“This investment demonstrates', 'across the nation.”', "Radhika Fox"),
    ],
    aliases={"Radhika Fox": ["EPA Assistant Administrator for Water Radhika Fox"]},
),
dict(
    id="epa-2024-07-31-new-initiatives-hbcu-engagement-environmental-partnerships",
    source="http://jbk-environmental.blogspot.com/2024/07",
    license=PDC, retrieved=PAGES + " (EPA headquarters news release of July 31, 2024, reposted verbatim under the label 'EPA Press Office:' on the blog jbk-environmental.blogspot.com, stored as the blog's July 2024 archive page; the lines 'Search This Blog' and 'Wednesday, July 31, 2024', the post title (the headline) and the label 'EPA Press Office:' dropped; the release's headline and subheadline kept once as the first two lines; the dateline 'WASHINGTON –' kept inside the first paragraph as stored; the subheading '$2.5 Million Competitive Grant Opportunity' and the paragraph under it ('EPA is establishing a $2.5 million competitive grant opportunity ... advance workforce deve'), cut in the stored copy, dropped; trailing spaces after the last two paragraphs removed; the double space after '(HBCUs).' and the curly marks as stored)",
    text='''EPA Announces New Initiatives to Strengthen HBCU Engagement and Environmental Partnerships
Latest actions build on EPA Administrator Regan’s commitment to deliver real results for Historically Black Colleges and Universities and surrounding communities
WASHINGTON – Today, July 31, at the United Negro College Fund’s UNITE 2024 Summit, U.S. Environmental Protection Agency Administrator Michael S. Regan unveiled the latest actions under the Agency’s comprehensive engagement plan with Historically Black Colleges and Universities (HBCUs).  Later this year, EPA will launch a $2.5 million competitive grant opportunity to support HBCUs and partners. EPA will also appoint a permanent HBCU Outreach and Engagement Liaison within the Administrator’s Office, as well as the founding members of EPA’s first-ever HBCU-MSI Federal Advisory Council. These actions deliver on the Biden-Harris Administration’s whole-of-government investment efforts in HBCUs and reflect EPA’s commitment to achieving real results that empower students and support the communities that HBCUs serve.
“HBCUs produce some of the best and brightest minds our country has to offer,” said EPA Administrator Michael S. Regan. “At every level of this Administration, including Vice President Kamala Harris, HBCU graduates are delivering real results, and we’re more committed than ever to partnering and empowering HBCU students and leaders across the country. At EPA, HBCUs have a permanent seat at our table, so that these institutions remain at the forefront of the environmental movement.”''',
    quotes=[
        Q('“HBCUs produce', 'to offer,”', "Michael S. Regan"),
        Q('“At every level', 'environmental movement.”', "Michael S. Regan"),
    ],
    aliases={"Michael S. Regan": ["EPA Administrator Michael S. Regan",
                                  "U.S. Environmental Protection Agency Administrator Michael S. Regan",
                                  "EPA Administrator Regan"]},
),
dict(
    id="epa-2013-05-08-62-5-million-brownfields-arc-grants",
    source="https://envnewsbits.info/2013/05/08/",
    license=PDC, retrieved=PAGES + " (EPA headquarters news release of May 8, 2013, reposted verbatim on the blog envnewsbits.info, stored as the blog's page for May 8, 2013; headline kept as the first line; the release as stored has no dateline; the paragraph 'These Brownfields grants target under-served and economically disadvantaged neighborhoods ... Nearly half of the grantees this year are new recipie', cut in the stored copy, and everything after it dropped; the curly marks and 'assess, cleanup and redevelop' as stored)",
    text='''EPA Announces Selected Recipients to Receive $62.5 Million to Clean Up Contaminated Sites, Protect Health and the Environment, and Revitalize Communities Nationwide
Today the U.S. Environmental Protection Agency (EPA) announced the selection of 240 recipients recommended to receive $62.5 million in grants to protect people’s health and the environment in local communities. These new investments, funded by EPA’s Brownfields Assessment, Revolving Loan Fund, and Cleanup (ARC) grants, provide communities with funding necessary to assess, cleanup and redevelop contaminated properties, boost local economies and leverage jobs while protecting public health and the environment.
“Brownfields sites are community assets and a key component of the Obama Administration’s efforts to provide tools to sustainably revitalize communities and foster economic development,” said Mathy Stanislaus, assistant administrator for EPA’s Office of Solid Waste and Emergency Response. “Through these grant resources local communities can continue to assess, cleanup and redevelop properties to meet local needs for jobs, housing and recreation while protecting people’s health and the local environment.”''',
    quotes=[
        Q('“Brownfields sites are community assets', 'economic development,”', "Mathy Stanislaus"),
        Q('“Through these grant resources', 'local environment.”', "Mathy Stanislaus"),
    ],
),
dict(
    id="noaa-2007-03-06-release-2006-state-of-the-sanctuaries-report",
    source="https://sanctuaries.noaa.gov/news/press/2007/pr030607.html",
    license=PD, retrieved=PAGES + " (NOAA National Marine Sanctuary Program release of March 6, 2007; the site header ('News and Events Header Graphic', 'NOAA logo', 'Press Releases'), the date line 'March 6, 2007' and the contact lines ('Lou Cafiero', 'NOAA National Marine Sanctuary Program', '(301) 713-3125 ext. 248', 'David Hall', 'NOAA Public Affairs', '(301) 713-3066 ext. 191') dropped; the page has no headline in the stored copy, so the first line is the first paragraph (as for the 2006 release in heldout225-en); the paragraph 'NOAA’s research into means of reducing ship collisions with endangered whales ... as well as humpback a', cut in the stored copy, and everything after it dropped; the curly marks and the spaced em dash as stored)",
    text='''Leading the effort to establish the world’s largest area of marine protection in the Northwestern Hawaiian Islands, increasing marine life in the Florida Keys National Marine Sanctuary, and moving shipping lanes to help protect whales off New England, are some of the NOAA National Marine Sanctuary Program’s top accomplishments for 2006, according to a new NOAA report released today.
The 2006 State of the Sanctuaries Report details efforts by NOAA, partner organizations, and communities to protect, manage and explore 14 special underwater areas near our nation’s shores.
“Every day, NOAA’s mission touches the lives of nearly every American, and I am proud the marine sanctuaries continued to serve as major scientific research, conservation and education hubs while providing opportunities for Americans to enjoy these special places,” said retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator. “Our successes would not have been possible without the strong support from President Bush, Congress and the invaluable work of our many partners in the public and private sectors.”
The year featured a landmark presidential proclamation designating the Northwestern Hawaiian Islands Marine National Monument, thereby creating the largest marine protected area in the world — covering almost 140,000 square miles.''',
    quotes=[
        Q('“Every day, NOAA’s mission', 'special places,”', "Conrad C. Lautenbacher"),
        Q('“Our successes would not', 'private sectors.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D."]},
),
dict(
    id="noaa-2012-10-23-national-marine-sanctuaries-preserving-protecting-oceans-treasures",
    source="https://www.enewspf.com/science/environmental/noaas-national-marine-sanctuaries-preserving-and-protecting-oceans-natural-treasures/",
    license=PDC, retrieved=PAGES + " (NOAA release of October 23, 2012 on forty years of the National Marine Sanctuary System, reposted verbatim on enewspf.com; headline kept as the first line; the site's dateline line 'Washington, DC–(ENEWSPF)–October 23, 2012' dropped; the photo captions 'Reef fish.' / 'Pennantfish, Pyramid and Milletseed butterflyfish – school in great numbers at Rapture Reef, ... Download here. (Credit: James Watt.)' and 'Marine debris.' / 'A humpback whale breaches in Stellwagen Bank National Marine Sanctuary. Download here. (Credit: SBNMS file photo by Ari Friedlaender. ...)' dropped; the paragraph 'Ranging in size from one-quarter square mile in American Samoa’s Fagatele Bay to mo', cut in the stored copy, and everything after it dropped; the curly marks and 'Calif. in 1969' as stored)",
    text='''NOAA’s National Marine Sanctuaries: Preserving and Protecting Oceans’ Natural Treasures
For 40 years, NOAA’s National Marine Sanctuary System has preserved and protected some of the most spectacular and treasured resources in the world’s oceans. The system, consisting of a network of underwater parks consisting of more than 150,000 square miles of America’s oceans, includes beautiful coral reefs, lush kelp forests, whale migration routes and underwater archaeological sites.
“Over the past four decades, NOAA’s sanctuaries have protected our nation’s most vital and iconic coastal marine resources so that future generations can enjoy and learn from them,” said Daniel J. Basta, director of NOAA’s Office of National Marine Sanctuaries. “Through active research, management and public engagement, sanctuaries sustain healthy environments that are the foundation for thriving communities and stable economies.”
Following an oil spill off Santa Barbara, Calif. in 1969, Congress passed the Marine Protection, Research and Sanctuaries Act in 1972, now known as the National Marine Sanctuaries Act. The Act was signed into law by President Nixon and directed NOAA to lay the groundwork for the National Marine Sanctuary System, which now includes 13 sanctuaries and one marine national monument.
“The National Marine Sanctuaries Act is the strongest piece of legislation protecting ocean areas today,” Basta said.''',
    quotes=[
        Q('“Over the past four decades', 'learn from them,”', "Daniel J. Basta"),
        Q('“Through active research', 'stable economies.”', "Daniel J. Basta"),
        Q('“The National Marine Sanctuaries Act is', 'areas today,”', "Daniel J. Basta"),
    ],
    aliases={"Daniel J. Basta": ["Basta"]},
),
]
