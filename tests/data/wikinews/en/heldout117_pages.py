# Held-out English news texts (tests/data/heldout117-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal law-enforcement and homeland-security bodies, all works of the US government in the
# public domain (17 U.S.C. § 105): three CBP local media releases on cbp.gov (El Paso field office: the parrots seizure week,
# undated; 'Enforcement Activity Continues at Area Ports of Entry', February 24, 2012; 'New Year Sees Jump in CBP
# Agriculture Seizures at West Texas Ports', January 8, 2010), two Justice Department releases reposted verbatim off
# justice.gov (the sentencing of former DHS-OIG Special Agent in Charge Eugenio Pedraza, December 15, 2014, on
# brandtsrandomgovernmentpressreleases.blogspot.com; the False Claims Act recoveries of fiscal year 2013 on geyergorey.com)
# and five Department of Homeland Security news releases as relayed by the DHS.gov RSS feed on ceoexpress.com (the
# faith-based organizations rule, January 16, 2020; the weekly COVID-19 update, April 6, 2020; Secretary Mayorkas's
# statement on Deanne Criswell's confirmation, April 22, 2021; Acting Secretary McAleenan's FEMA visit during Tropical
# Storm Barry, July 16, 2019; McAleenan on the opioid epidemic, April 24, 2019), and three Justice Department releases on
# grants for crime victims reposted verbatim (Office of Justice Programs, more than $40 million, on
# thefederalnewswire.com; US Attorney's Office for Massachusetts, $8.8 million, on forensicnursemag.com; Attorney General
# Sessions's $3.4 billion, August 2018, on imperialvalleynews.com). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`); where a feed page holds a second, cut release after the first, only the
# first is kept. Site lines, 'Archived Content' notices, 'Release Date:' labels, feed lines ('NEWS: ...', 'Setup News
# Ticker', 'Department of Homeland Security News', the date line), 'Keywords:'/'Topics:' lines, '###', blog lines ('FROM:
# U.S. JUSTICE DEPARTMENT', the date line) and photo captions are dropped; headlines are kept as the first line where the
# stored copy has one; wording, inner spacing ('$3. 8 billion', runs of spaces after full stops, 'WASHINGTON  Today') and
# quotation marks (straight or curly, as stored) are kept. Annotated by reading the texts, before whosaid was run on them
# (rules H860-H866 in ANNOTATION.md on top of the rules above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDR = "public domain (US government work, 17 U.S.C. § 105; verbatim repost of the federal release off the agency's site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout117-en.jsonl

Built by `build.py` from `heldout117_pages.py`. Like heldout23-en, heldout27-en, heldout37-en, heldout54-en, heldout87-en
and heldout100-en, these texts are stored web pages (the `pages` search corpus) of US federal bodies, none of them used in a
set above, this time border and homeland security and the Justice Department: three CBP El Paso local media releases on
cbp.gov (a week of seizures including two smuggled parrots at Columbus, New Mexico; the enforcement week of February 24,
2012; the agriculture seizures of the first week of 2010), two Justice Department releases reposted verbatim on
non-government sites (the sentencing of former DHS-OIG Special Agent in Charge Eugenio Pedraza, 2014, on
brandtsrandomgovernmentpressreleases.blogspot.com; the $3.8 billion False Claims Act recoveries of fiscal year 2013 on
geyergorey.com) and five Department of Homeland Security news releases relayed by the DHS.gov news feed on ceoexpress.com
(Acting Secretary Chad F. Wolf on the faith-based organizations rule and on the COVID-19 response, 2020; Secretary
Alejandro N. Mayorkas on Deanne Criswell's confirmation as FEMA Administrator, 2021; Acting Secretary Kevin K. McAleenan's
briefing on Tropical Storm Barry and his statement on the opioid epidemic, 2019), and three Justice Department releases
on grants for crime victims reposted verbatim (the Office of Justice Programs' awards of more than $40 million, on
thefederalnewswire.com; the US Attorney's Office for Massachusetts on $8.8 million for the Commonwealth, on
forensicnursemag.com, whose copy lost its years; Attorney General Jeff Sessions's $3.4 billion, 2018, on
imperialvalleynews.com). All are US government works in the
public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site, feed and blog
lines, labels, date lines, keyword lines and photo captions were dropped; wording, spacing and quotation marks are as
stored. Two ceoexpress.com feed addresses were stored more than once, on different days; each stored copy is a separate
text here (its first release named in the id and the retrieval note). None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text). The annotation (rules
H860–H866 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="cbp-elpaso-parrots-drugs-and-fugitives",
    source="https://cbp.gov/newsroom/local-media-release/parrots-drugs-and-fugitives-among-items-encountered-area-cbp-officers",
    license=PD, retrieved=PAGES + " (CBP local media release on cbp.gov, 'Parrots, Drugs and Fugitives among Items Encountered by Area CBP Officers'; the stored part begins with the dateline paragraph, no headline; the sixth paragraph 'CBP officers performing their primary inspection duties ...', cut in the stored copy, dropped)",
    text='''EL PASO, Texas – U.S. Customs and Border Protection officers working at ports of entry in El Paso, west Texas and New Mexico seized a wide variety of items during the last seven days to include drugs, unreported currency, prohibited food products and more.
“The vast majority of the thousands of people CBP officers encounter on a daily basis are involved in legitimate trade and travel,” said CBP El Paso Director of Field Operation Hector Mancha. “However the attention to detail and professionalism exhibited by the CBP workforce will routinely identify and uncover those who choose to participate in illegal activity.”
One of the most unusual seizures of the week occurred March 8 at the Columbus port of entry in southern New Mexico when CBP officers encountered a man attempting to smuggle two parrots from Mexico to the U.S. CBP officers were performing a primary inspection of a vehicle that arrived from Palomas and received a negative declaration for any plants, food or animals. The driver advised that he had nothing to declare.
The vehicle was referred for a secondary exam during which a CBP agriculture specialists located a shoe box hidden beneath the center console of the car. When they opened the box they discovered two live birds. The driver of the car abandoned the birds and was assessed a $300 civil penalty. The parrots were seized and turned over to USDA veterinary services for processing. The seized birds were confirmed by U.S. Fish & Wildlife as CITES I species, Lilac-Crowned Parrots (Amazona finschi).
In addition to the birds area CBP officers made 21 drug seizures this week. The contraband included methamphetamine, cocaine, heroin, fentanyl, and marijuana. CBP officers also seized prohibited medications from four border crossers.''',
    quotes=[
        Q('“The vast majority', 'trade and travel,”', "Hector Mancha"),
        Q('“However the attention', 'illegal activity.”', "Hector Mancha"),
    ],
    aliases={"Hector Mancha": ["CBP El Paso Director of Field Operation Hector Mancha"]},
),
dict(
    id="cbp-elpaso-2012-02-24-enforcement-activity-continues",
    source="https://www.cbp.gov/newsroom/local-media-release/enforcement-activity-continues-area-ports-entry",
    license=PD, retrieved=PAGES + " (CBP local media release on cbp.gov; the site lines 'US flag Official website of the Department of Homeland Security', 'Archived Content', 'In an effort to keep current, ...' and 'Release Date: February 24, 2012' dropped; the headline kept as the first line; the fifth paragraph 'CBP agriculture specialists working at area ports this week ...', cut in the stored copy, dropped)",
    text='''Enforcement Activity Continues at Area Ports of Entry
El Paso, Texas - U.S. Customs and Border Protection (CBP) officers working at ports of entry in El Paso, West Texas and New Mexico recorded 147 enforcement actions this week. CBP officers intercepted drug smugglers, illegal immigrants, fugitives and other violators during the last seven days.
"Our officers continue to work hard and remain vigilant and the results of their efforts clearly indicate that they are being successful," said Francis Brown, Acting Director of Field Operations in El Paso. "Large quantities of illegal drugs, wanted people and those who have no legal authority to be in the United States are being intercepted every day."
CBP officers working at area ports this week recorded 85 immigration violations. Intended immigrants made up a large group of the violators. A total of 42 were identified through thorough document exams. In these cases, individuals will use a legally issued border-crossing card (laser visa) to live or work in the U.S., which is not authorized. Violators generally lose their documents and are returned to Mexico. The balance of the immigration violations encountered included those making false claims to U.S. citizenship, impostors, visa overstays, alien smugglers, counterfeit documents and people entering the country without proper inspection.
CBP officers working at area ports made 29 drug seizures during the week confiscating 6,170 pounds of marijuana in 27 busts and smaller amounts of heroin and hashish in two additional seizures.''',
    quotes=[
        Q('"Our officers continue', 'being successful,"', "Francis Brown"),
        Q('"Large quantities', 'every day."', "Francis Brown"),
    ],
),
dict(
    id="cbp-elpaso-2010-01-08-new-year-sees-jump-in-agriculture-seizures",
    source="https://www.cbp.gov/newsroom/local-media-release/new-year-sees-jump-cbp-agriculture-seizures-west-texas-ports",
    license=PD, retrieved=PAGES + " (CBP local media release on cbp.gov; the site lines, 'Archived Content' notice and 'Release Date: January 8, 2010' dropped; the headline kept as the first line; the photo caption 'Piles of confiscated items that could cause a threat to U.S. Agriculture.', stored twice, dropped; the paragraph 'During the previous seven days, area CBP officers uncovered 102 immigration violations. ...', cut in the stored copy, dropped)",
    text='''New Year Sees Jump in CBP Agriculture Seizures at West Texas Ports
El Paso, Texas - U.S. Customs and Border Protection officers working at ports of entry in El Paso, West Texas, and New Mexico made numerous seizures during the first seven days of 2010 including a sizeable increase in the number of agriculture and food items being confiscated. CBP officers made more than two dozen seizures during the period. Typically the number is between five and 15.
"This is consistent with previous years," said Ana Hinojosa, CBP field operations director in the El Paso region. "Every January we see a large number of people who spent the holidays in Mexico returning to the U.S. with prohibited items they acquired while away."
Area CBP officers made 25 seizures of prohibited food and agricultural items this week, resulting in $5,025 in fines being assessed. Prohibited items seized this week included pork, ham, chorizo, bologna, apples, oranges, avocados, guavas, sweet limes, tangerines, pomegranates, potatoes, sugar cane, and live plants and bulbs.
"Dozens of other travelers followed our pre-holiday advice and declared their items to CBP which allowed them to abandon prohibited goods instead of being assessed fines of up to $300 for first time offenses," said Hinojosa. "We always encourage travelers to declare all items they have acquired to CBP upon their arrival."''',
    quotes=[
        Q('"This is consistent', 'previous years,"', "Ana Hinojosa"),
        Q('"Every January', 'while away."', "Ana Hinojosa"),
        Q('"Dozens of other travelers', 'first time offenses,"', "Ana Hinojosa"),
        Q('"We always encourage', 'their arrival."', "Ana Hinojosa"),
    ],
    aliases={"Ana Hinojosa": ["Hinojosa"]},
),
dict(
    id="doj-2014-12-15-former-dhs-oig-sac-sentenced",
    source="https://brandtsrandomgovernmentpressreleases.blogspot.com/search/label/OFFICE%20OF%20INSPECTOR%20GENERAL",
    license=PDR, retrieved=PAGES + " (Justice Department release reposted on a blog's label page; the blog lines 'FROM: U.S. JUSTICE DEPARTMENT' and 'Monday, December 15, 2014' dropped; the headline kept as the first line; the fifth paragraph 'According to evidence presented at trial, ...', cut in the stored copy, dropped)",
    text='''Former Special Agent in Charge of the Department of Homeland Security's Office of Inspector General Sentenced to More Than Three Years in Prison
A former Special Agent in Charge of the Department of Homeland Security - Office of Inspector General (DHS-OIG) was sentenced to 37 months in prison today for a scheme to falsify records and obstruct an internal DHS-OIG inspection, announced Assistant Attorney General Leslie R. Caldwell of the Justice Department’s Criminal Division and Special Agent in Charge Christopher Combs of the FBI’s San Antonio Field Office. The sentence was imposed by U.S. District Judge Andrew S. Hanen of the Southern District of Texas.
“While leading an office responsible for investigating misconduct at other government agencies, Pedraza sought to impede and obstruct the investigation of his own office,” said Assistant Attorney General Caldwell. “Pedraza’s criminal conduct resulted in the premature closing of criminal cases without resolution, potentially endangering our national security and allowing others to escape justice. We will root out and prosecute corruption wherever it may be found, including within the ranks of federal law enforcement.”
Former DHS-OIG Special-Agent-in-Charge Eugenio Pedraza, 50, of McAllen, Texas, was found guilty following a four-day jury trial on March 14, 2014, of conspiring with three other special agents to falsify criminal investigative reports to impede an internal DHS-OIG inspection and obstruct the underlying criminal investigations. The jury also found Pedraza guilty of five counts of falsifying records.
DHS-OIG is responsible for investigating alleged criminal activity by DHS employees, including corruption by Customs and Border Protection (CBP) and Immigration and Customs Enforcement personnel affecting the integrity of the U.S. borders. Pedraza headed DHS-OIG’s McAllen Field Office (MCA) from January 2009 to January 2012.''',
    quotes=[
        Q('“While leading', 'his own office,”', "Leslie R. Caldwell"),
        Q('“Pedraza’s criminal conduct', 'federal law enforcement.”', "Leslie R. Caldwell"),
    ],
    aliases={"Leslie R. Caldwell": ["Assistant Attorney General Leslie R. Caldwell", "Assistant Attorney General Caldwell"]},
),
dict(
    id="doj-fy2013-false-claims-act-recoveries",
    source="https://geyergorey.com/category/homeland-security-investigations-hsi/page/3/",
    license=PDR, retrieved=PAGES + " (Justice Department release 'Justice Department Recovers $3.8 Billion from False Claims Act Cases in Fiscal Year 2013' reposted on a law firm's category page; the headline kept as the first line; '$3. 8 billion', '$ 17 billion', '$ 890  million' and the runs of spaces after full stops as stored; the fourth paragraph 'The False Claims Act is the government’s primary civil remedy ...', cut in the stored copy, dropped)",
    text='''Justice Department Recovers $3.8 Billion from False Claims Act Cases in Fiscal Year 2013
The Justice Department secured $3. 8 billion in settlements and judgments from civil cases involving fraud against the government in the fiscal year ending Sept. 30, 2013, Assistant Attorney General for the Civil Division Stuart F. Delery announced today.    This dollar amount, which is the second largest annual recovery of its type in history, brings total recoveries under the False Claims Act since January 2009 to $ 17 billion – nearly half the total recoveries since the Act was amended 27 years ago in 1986.
The Justice Department’s fiscal year 2013 efforts recovered more than $3 billion for the fourth year in a row and are surpassed only by last year’s nearly $5 billion in recoveries.    As in previous years, the largest recoveries related to health care fraud, which reached $2. 6  billion.    Procurement fraud (related primarily to defense contracts) accounted for another $ 890  million – a record in that area.
“It has been another banner year for civil fraud recoveries, but more importantly, it has been a great year for the taxpayer and for the millions of Americans, state agencies and organizations that benefit from government programs and contracts,” said Assistant Attorney General Delery.    “The $3. 8 billion in federal False Claims Act recoveries in fiscal year 2013, plus another $443 million in recoveries for state Medicaid programs, restores scarce taxpayer dollars to federal and state governments.    The government’s success in these cases is also a strong deterrent to others who would misuse public funds, which means government programs designed to keep us safer, healthier and economically more prosperous can do so without the corrosive effects of fraud and false claims.”''',
    quotes=[
        Q('“It has been another banner year', 'programs and contracts,”', "Stuart F. Delery"),
        Q('“The $3. 8 billion in federal', 'false claims.”', "Stuart F. Delery"),
    ],
    aliases={"Stuart F. Delery": ["Assistant Attorney General Delery"]},
),
dict(
    id="dhs-2020-01-16-faith-based-organizations-proposed-rule",
    source="http://www.ceoexpress.com/rss/rsscenterfull.aspx?tab=nc&newsid=34&rssid=1789",
    license=PDR, retrieved=PAGES + " (DHS news release of January 16, 2020 as relayed by the DHS.gov news feed on ceoexpress.com, stored copy whose first item is this release; the feed lines 'NEWS: DEPARTMENT OF HOMELAND SECURITY NEWS', 'Setup News Ticker', 'Department of Homeland Security News' and 'Jan 16, 2020' dropped; the headline kept as the first line; the fourth paragraph 'Under current regulations that govern DHS-supported programs, ...', cut in the stored copy, dropped)",
    text='''DHS Announces Proposed Rule Regarding Equal Treatment of Faith-Based Organizations in DHS-Supported Social Service Programs
The U.S. Department of Homeland Security (DHS) today is proposing a rule that would implement President Trump's Executive Order No. 13831 (May 3, 2018) to remove regulatory burdens on religious organizations and ensure that religious and non-religious organizations are treated equally in DHS-supported programs. The proposed rule would ensure that DHS-supported social service programs are implemented in a manner consistent with the Constitution and other applicable federal law.
Specifically, the proposed rule provides instructions on religious liberty protections to the organizations that participate in DHS supported social service programs, including the U.S. Citizenship and Immigration Services (USCIS) Citizenship and Integration Program Grant, the Federal Emergency Management Agency's (FEMA) Emergency Food and Shelter Program, FEMA Crisis Counseling, and FEMA Disaster Case Management.
"On behalf of DHS, I would like to thank the president for his leadership in helping to reverse the previous administration's requirements discriminating against religious organizations by saddling them with unique regulatory burdens," said Acting Secretary of Homeland Security Chad F. Wolf. "Our proposed rule recognizes that religious organizations are valuable partners in the federal government's efforts to support the public with needed social services, and that they deserve every chance to compete equally on a level playing field for federal funding and not discriminated against simply because of their religious affiliation."''',
    quotes=[
        Q('"On behalf of DHS', 'regulatory burdens,"', "Chad F. Wolf"),
        Q('"Our proposed rule', 'religious affiliation."', "Chad F. Wolf"),
    ],
    aliases={"Chad F. Wolf": ["Acting Secretary of Homeland Security Chad F. Wolf"]},
),
dict(
    id="dhs-2020-04-06-weekly-update-dhs-response-to-covid-19",
    source="https://www.ceoexpress.com/rss/rsscenterfull.aspx?tab=nc&newsid=34&rssid=1789",
    license=PDR, retrieved=PAGES + " (DHS news release of April 6, 2020 as relayed by the DHS.gov news feed on ceoexpress.com, stored copy whose first item is this release; the feed lines and 'Apr 06, 2020' dropped; the headline kept as the first line; the list items after 'Total Obligations to States.' ('Project Air-Bridge. ...' ending in a colon, and the run-together list 'From March 30th to April 5th, ...', cut in the stored copy) dropped)",
    text='''Weekly Update: DHS Response to COVID-19
WASHINGTON - The Department of Homeland Security's efforts across its components last week have facilitated a speedy, whole-of-government response to confronting COVID-19 and slowing the spread to keep Americans safe. FEMA is leading the way by carrying out an approach that is locally executed, state managed, and federally supported.
"Protecting both the health and national security of the American people continues to be the top priority for the Department of Homeland Security." said Acting Secretary Chad F. Wolf. "I want to thank the men and women of the DHS workforce for their resilience as they put themselves at risk every day to protect the American people."
Below is a list of some of DHS's efforts against COVID-19 last week:
Total Obligations to States. As of April 5th, FEMA has obligated nearly $4.1 billion in support of COVID-19 response efforts.''',
    quotes=[
        Q('"Protecting both the health', 'Homeland Security."', "Chad F. Wolf"),
        Q('"I want to thank', 'American people."', "Chad F. Wolf"),
    ],
    aliases={"Chad F. Wolf": ["Acting Secretary Chad F. Wolf"]},
),
dict(
    id="dhs-2021-04-22-mayorkas-statement-on-criswell-confirmation",
    source="https://www.ceoexpress.com/rss/rsscenterfull.aspx?tab=nc&newsid=34&rssid=1789",
    license=PDR, retrieved=PAGES + " (DHS statement of April 22, 2021 as relayed by the DHS.gov news feed on ceoexpress.com, stored copy whose first item is this statement; the feed lines, 'Apr 22, 2021' and the lines 'Keywords: ...' and 'Topics: ...' dropped; the headline kept as the first line; 'WASHINGTON  Today' as stored; the second item of the stored copy ('Secretary Mayorkas Announces New DHS Commitments to Address the Climate Crisis at Leaders Summit on Climate', whose quotation is cut) dropped)",
    text='''Statement by Secretary Mayorkas on the Confirmation of Deanne Criswell as FEMA Administrator
WASHINGTON  Today, Secretary of Homeland Security Alejandro N. Mayorkas released the following statement on the confirmation of Deanne Criswell as FEMA Administrator:
"I congratulate Deanne Criswell on her historic confirmation to lead the Department of Homeland Security's Federal Emergency Management Agency (FEMA) and I am thrilled to welcome her to our team. Deanne is a proven leader on issues related to climate change, emergency management, and disaster response. She brings nearly six years of prior FEMA experience to this role. I look forward to working together to confront our most urgent challenges.
"I thank Bob Fenton for serving as Acting Administrator of FEMA. Bob's trusted leadership has been invaluable during the pandemic as FEMA responded to multiple challenges at once."
Deanne Criswell is the first woman to lead FEMA since its creation in 1979.''',
    quotes=[
        Q('"I congratulate Deanne Criswell', 'urgent challenges.', "Alejandro N. Mayorkas"),
        Q('"I thank Bob Fenton', 'challenges at once."', "Alejandro N. Mayorkas"),
    ],
    aliases={"Alejandro N. Mayorkas": ["Secretary Mayorkas", "Secretary of Homeland Security Alejandro N. Mayorkas"]},
),
dict(
    id="dhs-2019-07-16-mcaleenan-visits-fema-nrcc-tropical-storm-barry",
    source="https://www.ceoexpress.com/rss/rsscenterfull.aspx?tab=nc%E2%89%A0wsid=34&rssid=1789",
    license=PDR, retrieved=PAGES + " (DHS news release of July 16, 2019 as relayed by the DHS.gov news feed on ceoexpress.com; the feed lines, 'Jul 16, 2019', '###' and the lines 'Keywords: ...' and 'Topics: ...' dropped; the headline kept as the first line; the second item of the stored copy ('DHS and DOJ Issue Third-Country Asylum Rule', cut after its first paragraph) dropped)",
    text='''Acting DHS Secretary McAleenan Visited FEMA's National Response Coordination Center for Briefing on Tropical Storm Barry
On July 14, U.S. Department of Homeland Security (DHS) Acting Secretary Kevin K. McAleenan visited the National Response Coordination Center (NRCC) at the Federal Emergency Management Agency (FEMA) headquarters in Washington, DC to receive a brief on the ongoing response efforts for Tropical Storm Barry.
"Thank you to the men and women at FEMA and their partners across the country who work tirelessly to coordinate response and recovery during this storm," Acting Secretary McAleenan said. "It is an honor to work alongside you in pursuit of our shared DHS mission."
FEMA Acting Administrator Pete Gaynor briefed Acting Secretary McAleenan on the current status of the storm and discussed how heavy rainfall continues as the storm moves through northern Louisiana and into Arkansas. Acting Secretary McAleenan was assured that FEMA has been working in close coordination with local, state, federal, and tribal partners in Louisiana, Mississippi, and other affected areas to assist in response efforts.
Following the briefing, Acting Secretary McAleenan was given a tour of the response operations in the NRCC to observe the complex coordination efforts of FEMA underway during this emergency. He also met with many of the different federal teams working from FEMA and thanked them individually for their diligence in providing a road to recovery to the American people in the storm's path.''',
    quotes=[
        Q('"Thank you to the men and women', 'during this storm,"', "Kevin K. McAleenan"),
        Q('"It is an honor', 'DHS mission."', "Kevin K. McAleenan"),
    ],
    aliases={"Kevin K. McAleenan": ["Acting Secretary Kevin K. McAleenan", "Acting Secretary McAleenan"]},
),
dict(
    id="dhs-2019-04-24-mcaleenan-dhs-confronting-the-opioid-epidemic",
    source="http://www.ceoexpress.com/rss/rsscenterfull.aspx?tab=nc&newsid=34&rssid=1789",
    license=PDR, retrieved=PAGES + " (DHS news release of April 24, 2019 as relayed by the DHS.gov news feed on ceoexpress.com, stored copy whose first item is this release; the feed lines and 'Apr 24, 2019' dropped; the headline kept as the first line; the fourth paragraph 'In FY 18, ICE Homeland Security Investigations (HSI) seized ...', cut in the stored copy, dropped)",
    text='''McAleenan: Through Innovation, Partnership and Prevention, DHS is Confronting the Opioid Epidemic and Halting Illicit Substances at the Source
WASHINGTON - Since President Donald J. Trump announced the Initiative to Stop Opioid Abuse and Reduce Drug Supply and Demand on March 19, 2018, the Department of Homeland Security (DHS) has embarked on an aggressive inter-agency operation to implement the president's initiative and to stem the flow of opioids into U.S. communities.
"Through innovation, partnership and prevention, the men and women of DHS are working to curtail the flow of illicit substances at the source and at the border—before they reach our communities." said DHS Acting Secretary Kevin McAleenan. "Our Department will continue to improve its efforts to interdict illicit drugs at or before they reach our borders, and remains committed to working with federal, state and local partners and relevant stakeholders to disrupt and dismantle the production and movement of these substances devastating American families and poisoning our communities. By mobilizing the entire administration to address this crisis, President Trump is galvanizing all of our resources to combat this deadly epidemic."
DHS currently leads U.S. Government efforts to interdict illicit opioids and their analogues at or before reaching U.S. borders. In fact, DHS is seizing and blocking more fentanyl shipments than ever before. In Fiscal Year 2018 (FY 18), U.S. Customs and Border Protection (CBP) and Immigration and Customs Enforcement (ICE) together seized almost 5,000 lbs. of fentanyl combined—or more than 1.2 billion lethal doses and enough to kill every American by overdose four times.''',
    quotes=[
        Q('"Through innovation', 'our communities."', "Kevin McAleenan"),
        Q('"Our Department will continue', 'deadly epidemic."', "Kevin McAleenan"),
    ],
    aliases={"Kevin McAleenan": ["DHS Acting Secretary Kevin McAleenan", "McAleenan"]},
),
dict(
    id="doj-ojp-awards-more-than-40-million-for-crime-victims",
    source="https://thefederalnewswire.com/stories/631003305-justice-department-awards-more-than-40-million-to-improve-services-for-crime-victims",
    license=PDR, retrieved=PAGES + " (Justice Department Office of Justice Programs release reposted verbatim on thefederalnewswire.com; the stored copy has no headline and begins with the first paragraph; the opening curly marks closed by straight marks (“...\") as stored (H865); the paragraph 'In addition to the grants listed above, ...', cut in the stored copy, dropped)",
    text='''The Department of Justice’s Office of Justice Programs (OJP) today announced grant awards totaling over $40 million to enhance services for victims of crime across the United States. The grants build on more than $1.2 billion in funding announced in September to support victim assistance and victim compensation programs administered by states and territories.
“The Department of Justice is committed to doing all it can to reduce violent crime, and supporting victims of crime is not only critical to those efforts but also central to our most fundamental responsibility: protecting our fellow citizens," said Deputy Attorney General Lisa O. Monaco. “The resources announced today will provide direct support to victims of crime as they recover and also bolster the important work of our state, local and Tribal partners who provide victims with comprehensive, high-quality victim services and care."
Approximately $38 million are being awarded under 12 grant programs administered by OJP’s Office for Victims of Crime (OVC). Almost $2.9 million will be awarded by OJP’s National Institute of Justice (NIJ) to support research, and $2.1 million will be awarded by OJP’s Bureau of Justice Statistics (BJS) to support the National Census of Victim Service Providers. Most of the funding comes from the Crime Victims Fund, which was established by the Victims of Crime Act (VOCA) of 1984. The fund is financed by fines and penalties paid by convicted federal offenders, not from tax dollars.
“The needs of crime victims are varied and unique, so when it comes to services, one size does not fit all," said Director Kristina Rose of OJP's OVC. “Service providers can use VOCA funding to create and enhance programs that are culturally specific and reflect the communities they are serving."
The funded programs and their amounts are listed below.''',
    quotes=[
        Q('“The Department of Justice is committed', 'fellow citizens,"', "Lisa O. Monaco"),
        Q('“The resources announced today', 'services and care."', "Lisa O. Monaco"),
        Q('“The needs of crime victims', 'does not fit all,"', "Kristina Rose"),
        Q('“Service providers can use', 'they are serving."', "Kristina Rose"),
    ],
    aliases={"Lisa O. Monaco": ["Deputy Attorney General Lisa O. Monaco"], "Kristina Rose": ["Director Kristina Rose"]},
),
dict(
    id="usao-ma-justice-department-awards-8-8-million-to-massachusetts",
    source="https://forensicnursemag.com/hotnews/36h249326.html",
    license=PDR, retrieved=PAGES + " (US Attorney's Office, District of Massachusetts, release reposted verbatim on forensicnursemag.com, whose copy lost the years ('Posted on: 06/24/', 'established in by', 'enacted in ,'); the line 'Posted on: 06/24/' dropped; the headline kept as the first line; the gaps left by the lost years kept as stored; the fifth paragraph 'More than 90 percent of Fund deposits ...', cut in the stored copy, dropped)",
    text='''Justice Department Awards $8.8 Million to Massachusetts to Support Crime Victims, Reports U.S. Attorney
WASHINGTON -- United States Attorney Michael J. Sullivan and Thomas F. Reilly, Massachusetts Attorney General, announced today that Massachusetts has been awarded two grants totaling $8.8 million by the Justice Department's Office of Justice Programs' Office for Victims of Crime. These funds will provide support and services to thousands of victims throughout the Commonwealth.
Money for these annual awards comes from the Crime Victims Fund, established in by the Victims of Crime Act (VOCA), which is primarily financed by fines and penalties paid by federal criminal offenders - not taxpayers. These fines are collected by United States Attorneys, the U.S. Courts and the Bureau of Prisons. Fines collected in one year are deposited into the Fund and are available for grant awards the following year. The USA Patriot Act, enacted in , also allows for private gifts, donations and bequests to the Crime Victims Fund.
"The Justice Department is pleased to support both the collection efforts for the Crime Victims Fund, which provides these program dollars, and the allocation of these resources to help Massachusetts' crime victims," said Office of Justice Programs Assistant Attorney General Deborah J. Daniels.
"This program is one component of holding offenders responsible for the harm that they have caused," stated Sullivan. "We will continue to aggressively collect fines from federal offenders so that victims of crime and their families may receive the assistance they need and deserve."''',
    quotes=[
        Q('"The Justice Department is pleased', 'crime victims,"', "Deborah J. Daniels"),
        Q('"This program is one component', 'they have caused,"', "Michael J. Sullivan"),
        Q('"We will continue', 'need and deserve."', "Michael J. Sullivan"),
    ],
    aliases={"Deborah J. Daniels": ["Office of Justice Programs Assistant Attorney General Deborah J. Daniels"], "Michael J. Sullivan": ["United States Attorney Michael J. Sullivan", "Sullivan"]},
),
dict(
    id="doj-2018-08-09-3-4-billion-in-grants-to-aid-crime-victims",
    source="https://imperialvalleynews.com/index.php/news/california-news/8-news/15896-justice-department-announces-3-4-billion-in-grants-to-aid-crime-victims-nationwide.html",
    license=PDR, retrieved=PAGES + " (Justice Department release 'Justice Department Announces $3.4 Billion in Grants to Aid Crime Victims Nationwide' reposted on imperialvalleynews.com; the stored part begins with the dateline paragraph, no headline; the fifth paragraph 'Victim compensation programs, operating in all 50 states, ...', cut in the stored copy, dropped)",
    text='''Washington, DC - The Department of Justice today announced awards totaling more than $3.4 billion to fund thousands of local victim assistance programs across the country and to help compensate victims in every state for crime-related losses. Distributed through two grant programs administered by the Office for Victims of Crime (OVC), a component of the Department’s Office of Justice Programs, the awards surpass every other single-year grant amount in the program’s 34-year history.
The grants are supported by the Crime Victims Fund, a repository of federal criminal fines, fees, and special assessments. The fund includes zero tax dollars.
"I’ve been in or around law enforcement for nearly 40 years and some of the strongest and most inspiring people I have met have been survivors of crime," said Attorney General Sessions. "We must ensure that this Department is always responsive to their needs and working for them. Today the Department continues its support by offering billions of dollars in services for crime victims. Through this grant funding from the Crime Victims Fund, we are helping victims walk the long and difficult road to recovery."
Most of the funds – more than $3.3 billion – are being awarded to states under the Victims of Crime Act (VOCA) Victim Assistance Formula Grant Program and will support local government and community-based victim services. In 2017, VOCA grants funded more than 6,700 local organizations across the country. Over the last two years, VOCA-funded programs have reached more than 5.2 million victims, providing services ranging from emergency shelter and transportation to crisis counseling, long-term therapy, and civil legal assistance.''',
    quotes=[
        Q('"I’ve been in or around', 'survivors of crime,"', "Sessions"),
        Q('"We must ensure', 'road to recovery."', "Sessions"),
    ],
    aliases={"Sessions": ["Attorney General Sessions"]},
),
]
