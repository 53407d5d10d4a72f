# Held-out English news pages (tests/data/heldout151-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): three CBP local media releases on cbp.gov (the Laredo Port of Entry's $6.1 million hard-narcotics seizures of
# November 2022; the Big Bend Sector's increase in apprehensions near Valentine, Texas; the Philadelphia seizure of counterfeit apparel from Hong Kong, June 2018), a CBP national release of December
# 22, 2003 on the response to alert level orange (the cbp.gov page as kept in the govdocs1 corpus of US government web
# pages), a TSA national press release of December 18, 2018 on holiday travel (tsa.gov), a DHS press release of January 19,
# 2012 on Secretary Janet Napolitano's remarks to the National Sheriffs' Association (dhs.gov) and a Department of Commerce
# press release of June 3, 2009 on Secretary Gary Locke's Recovery Act grants for Midwestern communities (the commerce.gov
# page as relayed by a web proxy). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site
# lines, breadcrumbs, 'Release Date' labels, archive notices, contact and telephone lines, image labels and related-link
# lists are dropped; wording, spacing inside paragraphs and quotation marks are as stored. Annotated by reading the pages,
# before whosaid was run on them (rules H1115-H1119 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDG = "public domain (US government work, 17 U.S.C. § 105; copy of the cbp.gov page in the govdocs1 corpus, corpora.tika.apache.org)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the commerce.gov page relayed by a web proxy)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout151-en.jsonl

Built by `build.py` from `heldout151_pages.py`. Like heldout31-en, heldout41-en, heldout117-en, heldout122-en and
heldout139-en, these texts are US federal news texts taken from stored web pages (the `pages` search corpus), none of them
used in a set above: three CBP local media releases on cbp.gov (CBP officers at the Laredo Port of Entry seize $6.1 million
in hard narcotics, November 1, 2022: Port Director Alberto Flores; a significant increase in apprehensions near Valentine,
Texas: Big Bend Sector Chief Patrol Agent Sean McGoffin; Philadelphia CBP seizes a $289,130 shipment of counterfeit
apparel from Hong Kong, June 25, 2018: Casey Durst, Director of Field Operations in Baltimore), the CBP release of December 22, 2003 on CBP's response to alert
level orange (Commissioner Robert C. Bonner; the cbp.gov page as kept in the govdocs1 corpus of US government web pages on
corpora.tika.apache.org), the TSA national press release of December 18, 2018 on the holiday travel period (tsa.gov:
Administrator David Pekoske), the DHS press release of January 19, 2012 on Secretary Janet Napolitano's remarks at the
National Sheriffs' Association winter conference (dhs.gov) and the Department of Commerce press release of June 3, 2009 on
Secretary Gary Locke's $27 million in Recovery Act grants for Midwestern communities (the 2010-2014.commerce.gov page as
relayed by a web proxy). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Site lines, breadcrumbs, 'Release Date' labels, archive notices, contact lines,
image labels and related-link lists were dropped; wording and quotation marks are as stored. Each release quotes one
official in one quotation pair, in six of them interrupted by its cue, so those texts have two spans with one speaker;
the Philadelphia release has one quotation and a cargo description in marks (null). None of these pages is
used in any set above (checked by URL, by the names of their speakers and by distinctive phrases against every existing
text, including the other helpers' worktrees; Gary Locke is quoted in heldout62-en and heldout87-en, from other texts).
The annotation (rules H1115–H1119 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-cbp-2022-11-01-laredo-hard-narcotics-6-1-million",
    source="https://cbp.gov/newsroom/local-media-release/cbp-officers-seize-61-million-hard-narcotics-laredo-port-entry",
    license=PD, retrieved=PAGES + " (CBP local media release on cbp.gov; the site lines ('Skip to main content', 'An official website of the United States government', the .gov and HTTPS notices) and the breadcrumb list dropped, the headline kept once as the first line; the label 'Release Date' dropped, the date line 'Tue, 11/01/2022' kept; the paragraph 'The second seizure occurred on Sunday, Oct. 30, ... within the tract...', cut in the stored copy, dropped; curly marks as stored)",
    text='''CBP Officers Seize $6.1 Million in Hard Narcotics at Laredo Port of Entry
Tue, 11/01/2022
LAREDO, Texas – U.S. Customs and Border Protection (CBP), Office of Field Operations (OFO) officers assigned to the Gateway to the Americas Bridge and World Trade Bridge seized hard narcotics that totaled over $6,100,000 in street value in two separate, unrelated incidents over the weekend.
“The dedicated employees of CBP continue to fulfill the agency’s border security role,” said Port Director Alberto Flores, Laredo Port of Entry. “Enforcement operations such as these protect the American people, safeguard our borders, and advance our national security priorities.”
The first enforcement action occurred on Saturday, Oct. 29, at the Gateway to the Americas Bridge, when a CBP officer referred a 33-year-old male United Sates citizen applying for entry as a pedestrian for a secondary inspection. Following a canine and non-intrusive inspection system examination, CBP officers discovered a total of 26.63 pounds of alleged cocaine concealed within personal belongings. The narcotics had an estimated street value of $275,520.''',
    quotes=[
        Q('“The dedicated employees', 'border security role,”', "Alberto Flores"),
        Q('“Enforcement operations', 'security priorities.”', "Alberto Flores"),
    ],
    aliases={"Alberto Flores": ["Port Director Alberto Flores"]},
),
dict(
    id="gov-en-cbp-big-bend-sector-apprehensions-near-valentine-texas",
    source="https://cbp.gov/newsroom/local-media-release/significant-increase-apprehensions-near-valentine-texas?language=tl",
    license=PD, retrieved=PAGES + " (CBP local media release on cbp.gov, 'Significant Increase in Apprehensions near Valentine, Texas', undated in the stored copy; the stored part has no headline and begins with the summary paragraph; it ends with the complete closing line 'Honor First!', kept; curly marks as stored)",
    text='''A significant increase in apprehensions has occurred across Big Bend Sector in the last two days with smugglers pushing large groups through the Valentine, Texas area.
Border Patrol Agents arrested over 100 illegal immigrants in the Valentine, Texas, area in the preceding 48 hours as they traversed the dangerous and formidable terrain in large groups. The seasoned Border Patrol Agents apprehended the largest group of nearly 50 people this morning with the aid of technology, K-9 partners and tracking techniques. Additionally, five smugglers were arrested and turned over to investigative authorities.
This massive influx of people being pushed through the area by transnational criminal organizations is especially concerning due to the extreme cold weather the region experienced and the impact of COVID-19 to the U.S. population.
“Our Border Patrol Agents are highly-skilled, expert trackers determined to protect our borders from those seeking illegal entry,” Sean McGoffin, Big Bend Sector Chief Patrol Agent, said. “As federal law-enforcement agents, we are on the front-lines of disrupting illegal entry, criminal activity and further introduction of COVID-19 to the American population.”
All subjects were processed according to Big Bend Sector protocols for immediate removal or further criminal prosecution. U.S. Customs and Border Protection continues to implement the legal authorities, Title 42, held by the U.S. Department of Health and Human Services and the Centers for Disease Control and Prevention to ensure that COVID-19 is not further introduced into the United States.
Big Bend Sector partners with many local and state law enforcement entities to keep our border communities safe. If you see something suspicious, report it by contacting our 24/7 hotline at 1-866-581-7549. Together, we can continue to uphold national security and combat illicit activity.
Honor First!''',
    quotes=[
        Q('“Our Border Patrol Agents', 'illegal entry,”', "Sean McGoffin"),
        Q('“As federal law-enforcement agents', 'American population.”', "Sean McGoffin"),
    ],
),
dict(
    id="gov-en-cbp-2003-12-22-alert-level-orange",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/359/359193.html",
    license=PDG, retrieved=PAGES + " (CBP news release of December 22, 2003, the cbp.gov page as kept in the govdocs1 corpus; the site lines ('Skip To Main Content', logo lines, 'GO', the menu line, 'Newsroom', 'Report Suspicious Activity to 1-800-BE-ALERT', 'Whats New In Newsroom', 'in Newsroom', 'Printer Friendly Page Link Icon'), the 'see also:' list of six related releases with its '...more' link, the 'on cbp.gov:' links and the line 'contacts for this news release' dropped; the headline and the date line '(Monday, December 22, 2003)' kept; the paragraph 'Commissioner Bonner added: \"U.S. Customs and Border Protection, a...', cut in the stored copy, dropped with its opening mark; straight marks as stored)",
    text='''America's Frontline in Terror War Tightens Border: U.S. Customs and Border Protection Responds to Alert Level Orange
(Monday, December 22, 2003)
WASHINGTON, DC -- U.S. Customs and Border Protection (CBP), charged with the responsibility of safeguarding our nation's borders, swung into action for alert level orange by increasing security at seaports, airports, and the southern and northern land border. CBP has stepped up searches, and increased scrutiny on the travelling public and cargo arriving into the U.S. To lessen the impact of the effort, CBP has assigned additional manpower where needed to manage the flow of holiday traffic.
"We are ready and able to carry out our priority mission, preventing terrorists and terrorist weapons from entering the country," said CBP Commissioner Robert C. Bonner. "As the nation's unified border agency, U.S. Customs and Border Protection is increasing its scrutiny of arriving people, vehicles, and cargo at our land borders, our seaports and our international airports."''',
    quotes=[
        Q('"We are ready and able', 'entering the country,"', "Robert C. Bonner"),
        Q('"As the nation\'s unified border agency', 'international airports."', "Robert C. Bonner"),
    ],
    aliases={"Robert C. Bonner": ["CBP Commissioner Robert C. Bonner"]},
),
dict(
    id="gov-en-tsa-2018-12-18-holiday-travel-arrive-early",
    source="https://tsa.gov/news/releases/2018/12/18/tsa-administrator-more-travelers-flying-upcoming-holiday-period-arrive",
    license=PD, retrieved=PAGES + " (TSA national press release on tsa.gov; the headline and the summary line kept; the archive notice ('Archived Content', 'Please note that older content is archived ...', 'If you have questions ...', 'Members of the news media may contact TSA Public Affairs.'), the label 'National Press Release', a line holding only a blank and the image label 'infographic' dropped; the date line kept; the paragraph 'Stronger securit...', cut in the stored copy, dropped; curly marks as stored)",
    text='''TSA Administrator: More travelers flying this upcoming holiday period, arrive early
In addition to removing electronics larger than a cellphone, TSA recommends separating foods, powders and items that can clutter bags to facilitate screening process
Tuesday, December 18, 2018
WASHINGTON – The Transportation Security Administration expects a high volume of flyers this upcoming holiday travel period. Between Dec. 19 and Jan. 5, TSA estimates 41 million passengers will travel through security screening checkpoints nationwide, an increase of 6 percent from 2017.
“We have experienced several record-breaking travel days this year, to include the busiest travel day this past Thanksgiving, so we are prepared for a very busy period leading up to Christmas and through the New Year holiday,” said TSA Administrator David Pekoske. “TSA’s layered approach to security and its dedicated screening workforce will be hard at work securing the aviation system, from the moment travelers make their flight reservation to when they arrive at their destination this holiday season.”
Travelers should arrive early to allow enough time to check in and get through the security screening process. In addition to screening personal electronic devices separately, including laptops, tablets, e-readers and handheld game consoles, TSA officers may instruct travelers to separate other items from carry-on bags such as foods, powders, and any materials that can clutter bags and obstruct clear images on the X-ray machine. Keeping carry-on bags organized can ease the screening process and keep the lines moving.''',
    quotes=[
        Q('“We have experienced', 'New Year holiday,”', "David Pekoske"),
        Q('“TSA’s layered approach', 'this holiday season.”', "David Pekoske"),
    ],
    aliases={"David Pekoske": ["TSA Administrator David Pekoske"]},
),
dict(
    id="gov-en-dhs-2012-01-19-napolitano-sheriffs-association",
    source="http://dhs.gov/ynews/releases/20120119-napolitano-sherriffs-association-2012-winter-conference.shtm",
    license=PD, retrieved=PAGES + " (DHS Office of the Press Secretary release of January 19, 2012 on dhs.gov; the stored part has no headline; the lines 'For Immediate Release', 'Office of the Press Secretary' and 'Contact: 202-282-8010' dropped; the paragraph 'Secretary Napolitano also reiterated President Obama’s call for Congress to take action to...', cut in the stored copy, dropped; curly marks as stored)",
    text='''WASHINGTON—Secretary of Homeland Security Janet Napolitano today delivered remarks at the National Sheriffs’ Association 2012 Winter Conference highlighting the Department’s progress over the past three years working together with state and local law enforcement to build a safer, more secure and resilient nation.
“Homeland security starts with hometown security, and we all have a role to play,” said Secretary Napolitano. “We have made extraordinary progress in improving how we share information, train together, and build new capabilities while identifying and addressing evolving threats to enhance public safety and security.”
During her remarks, Secretary Napolitano underscored the Department’s collaboration with law enforcement and first responders on countering violent extremism and human trafficking, reporting suspicious activity, securing the border and enforcing our nation’s immigration laws, through training and information sharing initiatives. The Department continues its strong support for fusion centers, working in coordination with other federal partners, through training, technical assistance, technology and grant funding as well as the deployment of DHS intelligence officers to fusion centers, who work alongside their state and local counterparts to assess evolving threats and share information.
Secretary Napolitano discussed the Department’s efforts to enhance law enforcement prevention and protection activities through grant funding. In 2011, DHS awarded more than $2.1 billion in federal preparedness grants to assist states, urban areas, tribal and territorial governments, non-profit agencies, and the private sector in strengthening our nation's ability to prevent, protect, respond to, recover from, and mitigate terrorist attacks, major disasters and other emergencies.''',
    quotes=[
        Q('“Homeland security starts', 'a role to play,”', "Janet Napolitano"),
        Q('“We have made extraordinary progress', 'public safety and security.”', "Janet Napolitano"),
    ],
    aliases={"Janet Napolitano": ["Secretary of Homeland Security Janet Napolitano", "Secretary Napolitano"]},
),
dict(
    id="gov-en-doc-2009-06-03-locke-recovery-act-midwestern-communities",
    source="http://clevelandohioweatherforecast.com//pFad.php?u=https%3A%2F%2F2010-2014.commerce.gov%2Fnews%2F..%2Fnode%2F11850.html",
    license=PDC, retrieved=PAGES + " (Department of Commerce press release of June 3, 2009, the 2010-2014.commerce.gov page as relayed by a web proxy; the lines 'FOR IMMEDIATE RELEASE', 'CONTACT OFFICE OF PUBLIC AFFAIRS' and '202-482-4883' dropped, the date line, headline and subheadline kept; the paragraph 'This week, Obama Administration cabinet secretaries are fanning out ... simplify access to Commerce resources for companies and...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Wednesday, June 3, 2009
Commerce Secretary Gary Locke Announces the Availability of $27 Million in Recovery Act Funding to Help Midwestern Communities
Locke Outlines Obama Administration Economic Recovery Efforts During Holt Town Hall Discussion with Business Leaders
Commerce Secretary Gary Locke announced today the availability of $27 million in grants for Midwestern communities. These grants, made possible by the American Recovery and Reinvestment Act, are available through the U.S. Commerce Department’s Economic Development Administration (EDA).
The region targeted by the grants is coping with the downturn of the U.S. auto industry. The money will be available for communities and organizations in Michigan, Ohio, Indiana, Wisconsin, Illinois and Minnesota.
Locke made the announcement during a town hall discussion at Dakkota Integrated Systems, just outside Lansing. In 2002, when Dakkota was getting off the ground, the Commerce Department's Minority Business Development Agency (MBDA) helped the company secure vital tax credits to establish its Holt plant. Since then, Dakkota has taken advantage of the Department's National Institute of Standards and Technology (NIST) Manufacturing Extension Partnership program.
"The Recovery Act grants, and other actions we're taking, will help promote economic recovery and growth, and that will create jobs," Locke said. "This administration is working to get the right help where it's needed most."''',
    quotes=[
        Q('"The Recovery Act grants', 'create jobs,"', "Gary Locke"),
        Q('"This administration is working', 'needed most."', "Gary Locke"),
    ],
    aliases={"Gary Locke": ["Commerce Secretary Gary Locke", "Locke"]},
),
dict(
    id="gov-en-cbp-2018-06-25-philadelphia-counterfeit-apparel-hong-kong",
    source="https://www.cbp.gov/newsroom/local-media-release/philadelphia-cbp-seizes-289130-shipment-counterfeit-apparel-hong-kong",
    license=PD, retrieved=PAGES + " (CBP local media release on cbp.gov; the site lines and the breadcrumb list dropped, the headline kept once as the first line; the label 'Release Date' dropped, the date line 'Mon, 06/25/2018' kept; the photo caption 'Counterfeit Nike sneakers', stored twice, dropped; a trailing blank after 'in Baltimore.' dropped; the paragraph 'CBP protects businesses and consumers every day through an aggressive Intellectual Property Rights (IPR) enforceme...', cut in the stored copy, dropped; the double blanks after full stops, the missing full stop after '$289,130' and the curly marks as stored (H1119))",
    text='''Philadelphia CBP Seizes $289,130 Shipment of Counterfeit apparel from Hong Kong
Mon, 06/25/2018
PHILADELPHIA – U.S. Customs and Border Protection (CBP) officers in Philadelphia recently seized over 13 boxes that included over 2,000 pieces of counterfeit apparel.  If authentic, the merchandise held a manufacturer suggested retail price (MSRP) of nearly $289,130.
CBP officers initially examined the parcel on June 4.  The parcel, destined to Cincinnati, was manifested as “dress, tennis, shoe” from Hong Kong, China.  Officers discovered that the parcel contained various designer brand sports jerseys, Nike sneakers and designer shoes of poor quality and packaging, and suspected the shipment to be counterfeit.
Officers submitted samples to CBP’s Consumer Products and Mass Merchandising Centers for Excellence and Expertise, the agency’s trade experts. CBP’s CEE specialists worked with the trademark holders and determined the apparel to be counterfeit.  Had the apparel been authentic, combined seizures had an assessed MSRP of $289,130
“Consumer safety and trademark protection is one of CBP’s top priorities.  Our officers will continue to work closely with our trade and consumer safety partners to identify and seize counterfeit merchandise,” said Casey Durst, CBP Director of Field Operations in Baltimore.''',
    quotes=[
        Q('“dress, tennis, shoe”', None, None),
        Q('“Consumer safety and trademark protection', 'counterfeit merchandise,”', "Casey Durst"),
    ],
),

]
