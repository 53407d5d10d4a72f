# Held-out English news pages (tests/data/heldout146-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): an EPA Pacific Southwest (Region 9) news release of April 3, 2014 on the $1.1 billion Henderson perchlorate
# settlement, reposted verbatim on a blog (jbk-environmental.blogspot.com); an EPA Region 2 'Hurricane Fiona Update' of
# September 30, 2022, reposted from the EPA mailing on a blog archive page (deniswebsites.blogspot.com); three U.S. Small
# Business Administration releases distributed through GLOBE NEWSWIRE (the Administrator's statement on Hurricane Ian,
# September 30, 2022, rss.globenewswire.com; her statement on Hurricane Fiona, September 19, 2022, as carried on
# finance.yahoo.com; the release of December 21, 2024 on the American Relief Act, as carried on forextv.com); two U.S.
# Department of Labor releases (Wage and Hour Division results for fiscal year 2004, dol.gov as kept by the UNT web archive;
# a Miami electrical subcontractor's back wages, dol.gov topic listing) and the Department of Education newsletter 'ED
# Review' of February 24, 2017 (www2.ed.gov). None is credited to AP, Reuters, AFP or another third party; the wire service
# and the sites only distribute the agencies' releases. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, date lines of the stored copies,
# contact lines, 'For Immediate Release', 'News Release', contents-list and unsubscribe lines are dropped; leading and
# trailing blanks of a line are dropped; wording, spacing inside paragraphs ('Guzman ,', double blanks after full stops) and
# quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1095-H1100 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout146-en.jsonl

Built by `build.py` from `heldout146_pages.py`. Like heldout31-en, heldout122-en, heldout133-en, heldout137-en and
heldout139-en, these texts are US federal news texts taken from stored web pages (the `pages` search corpus), none of them
used in a set above: the EPA Pacific Southwest release of April 3, 2014 on the $1.1 billion Henderson perchlorate settlement
(Regional Administrator Jared Blumenfeld, Nevada Governor Brian Sandoval), reposted verbatim on jbk-environmental.blogspot.com;
the EPA 'Hurricane Fiona Update for September 30' of 2022 (Regional Administrator Lisa F. Garcia), reposted from the EPA
mailing on deniswebsites.blogspot.com; three U.S. Small Business Administration releases distributed through GLOBE
NEWSWIRE: Administrator Isabella Casillas Guzman's statements on Hurricane Ian (September 30, 2022, rss.globenewswire.com)
and on Hurricane Fiona (September 19, 2022, finance.yahoo.com) and the release of December 21, 2024 on the American Relief
Act (Administrator Isabel Casillas Guzman, forextv.com); two U.S. Department of Labor releases (the Wage and Hour Division's
fiscal-year 2004 results, Secretary Elaine L. Chao, dol.gov as kept by the UNT web archive; a Miami electrical
subcontractor's back wages, District Director Richard Blaylock, dol.gov) and the Department of Education newsletter 'ED
Review' of February 24, 2017 (Secretary Betsy DeVos, President Donald Trump; www2.ed.gov). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, date lines
of the stored copies, contact, 'For Immediate Release', 'News Release', contents-list and unsubscribe lines were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by 8-word overlap with every existing text, including the other helpers' worktrees: the only shared
8-word sequences are agency names such as `of the U.S. Small Business Administration (SBA)` and `U.S. Department of Labor's
Wage and Hour Division`, and the title line `U.S. Secretary of Labor Elaine L. Chao`). The annotation (rules H1095–H1100 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-epa-2014-04-03-henderson-perchlorate-settlement",
    source="http://jbk-environmental.blogspot.com/2014/04/us-government-announces-11-billion-for.html",
    license=PDC, retrieved=PAGES + " (EPA Pacific Southwest news release of April 3, 2014 reposted verbatim on a blog; the lines 'For Immediate Release: April 3, 2014' and 'Contact: Margot Perez-Sullivan, ...' before the headline dropped, the headline kept; the paragraph '\"This settlement is the culmination of years of hard work ...' (Leo Drozdoff), cut in the stored copy, dropped; curly marks as stored)",
    text='''U.S. Government Announces $1.1 Billion for Henderson Perchlorate Clean Up
SAN FRANCISCO – A settlement announced today by the U.S. Environmental Protection Agency and the U.S. Department of Justice secured $1.1 billion in funds to cleanup a former chemical manufacturing site in Henderson, Nev.
The Henderson site is the largest perchlorate groundwater plume in the country. The plume has contaminated Lake Mead, which feeds into the Colorado River, a major source of drinking water in the Southwest. Perchlorate can interfere with the production of thyroid hormones, which are needed for prenatal and postnatal growth and development, as well as for normal metabolism and mental function in adults.
“This historic $1.1 billion settlement will result in cleaning up the nation’s largest perchlorate plume and ensuring that 15 million people throughout the West will have access to safe drinking water,” said Jared Blumenfeld, EPA’s Regional Administrator for the EPA Pacific Southwest.
“This is a monumental development for Nevada. The hard work of the Nevada Division of Environmental Protection to not only direct the very successful perchlorate removal project, but also to pursue this significant settlement, is a huge win for southern Nevada and the more than 30 million people that rely on the Colorado River as their source of drinking water,” said Governor Brian Sandoval. “I also want to acknowledge the tremendous assistance we have received from Nevada Attorney General Catherine Cortez Masto and her staff, as well as the cooperation of the Department of Justice and US EPA Region 9.”''',
    quotes=[
        Q('“This historic $1.1 billion', 'safe drinking water,”', "Jared Blumenfeld"),
        Q('“This is a monumental development', 'source of drinking water,”', "Brian Sandoval"),
        Q('“I also want to acknowledge', 'US EPA Region 9.”', "Brian Sandoval"),
    ],
    aliases={"Brian Sandoval": ["Governor Brian Sandoval"]},
),
dict(
    id="gov-en-epa-2022-09-30-hurricane-fiona-update-puerto-rico",
    source="https://deniswebsites.blogspot.com/2022/09",
    license=PDC, retrieved=PAGES + " (EPA Region 2 update of September 30, 2022, reposted from the EPA mailing as the first post of a blog's monthly archive page; the headline kept as the first line; the lines 'Issued: Sep 30, 2022 (3:52pm EDT)', the unsubscribe line with its URL, the repeated headline and 'Contact: Elias Rodriguez, ...' dropped; a trailing blank after the Garcia paragraph dropped; the paragraph 'EPA teams are conducting assessments at fixed facilities ...', cut in the stored copy, and the rest of the page (the Spanish text and later posts) dropped; straight marks as stored)",
    text='''EPA Hurricane Fiona Update for September 30 (Spanish below)
PUERTO RICO (September 30, 2022) – The U.S. Environmental Protection Agency (EPA) continues to coordinate closely with federal, commonwealth, territory, and local partners as the Agency responds to the impact of Hurricane Fiona. EPA is focused on environmental impacts and potential threats to human health as well as the safety of those in the affected areas.
"EPA is actively engaged in Puerto Rico on recovery efforts, and we will be focused on ensuring that those communities hardest hit by the storm are not overlooked," said Lisa F. Garcia, Regional Administrator. "Additionally, our office is readying EPA teams of emergency responders, scientists, and other professionals to help impacted communities get back on their feet in the short-term while we look to maximize Hurricane Fiona recovery work with ongoing efforts to make the island more resilient over the long-term."
Separate from its work under FEMA, EPA is assessing the status of Superfund sites and active cleanup sites. EPA is also assessing the operability of oil and chemical handling facilities and local water systems not serviced by the Puerto Rico Aqueduct and Sewer Authority (PRASA)—also known as non-PRASA systems. EPA is working with the Water Coalition—a collaboration between federal and local agencies and nongovernmental organizations that provides technical assistance on safe drinking water requirements—to conduct the assessments and will use the information collected to identify needs and help allocate resources.''',
    quotes=[
        Q('"EPA is actively engaged', 'are not overlooked,"', "Lisa F. Garcia"),
        Q('"Additionally, our office', 'over the long-term."', "Lisa F. Garcia"),
    ],
),
dict(
    id="gov-en-sba-2022-09-30-guzman-statement-on-hurricane-ian",
    source="https://rss.globenewswire.com/de/news-release/2022/09/30/2526369/0/en/Statement-from-SBA-Administrator-Guzman-on-Hurricane-Ian.html",
    license=PDC, retrieved=PAGES + " (U.S. Small Business Administration statement of September 30, 2022, distributed through GLOBE NEWSWIRE; headline kept; the leading blank of the paragraph ' “My team and I ...' dropped; the paragraph '“Residents and business owners who sustained losses ...', cut in the stored copy, dropped, so the kept statement ends on a paragraph that opens a mark and does not close it, as in the release (H1095); 'to access its impact' and 'our hearts are those' as stored)",
    text='''Statement from SBA Administrator Guzman on Hurricane Ian
Washington, Sept. 30, 2022 (GLOBE NEWSWIRE) -- Today, Administrator Isabella Casillas Guzman, head of the U.S. Small Business Administration (SBA) and the voice for America’s 33 million small businesses in President Biden’s Cabinet, issued the following statement on Hurricane Ian:
“The SBA, in close coordination with FEMA and our state and local partners, is continuously monitoring Hurricane Ian to access its impact on the people of Florida and South Carolina. While the full extent of Ian’s damage is being assessed, our thoughts are with the affected families and first responders who continue to support them and lead rescue efforts. And, our hearts are those who have lost loved ones and await news on family members.
“Following President Biden’s swift action and approval of a major disaster declaration, SBA’s disaster aid efforts have launched in conjunction with FEMA. Federal funding is now available to affected individuals in the counties of Charlotte, Collier, DeSoto, Hardee, Hillsborough, Lee, Manatee, Orange, Osceola, Pinellas, Polk, Sarasota, and Seminole. Anticipating the potential impact caused by Hurricane Ian in South Carolina and other states, the SBA has already mobilized and pre-positioned disaster assistance staff and equipment ahead of time to ensure we are ready to leverage the full capacity of our financial relief programs and our disaster personnel across affected areas. Our goal remains to support impacted communities and small business owners with disaster assistance as quickly as possible.
“My team and I will continue to actively coordinate and work with FEMA and other emergency response officials to provide any assistance we can render as Hurricane Ian makes its way along the East Coast.''',
    quotes=[
        Q('“The SBA, in close coordination', 'news on family members.', "Isabella Casillas Guzman"),
        Q('“Following President Biden’s swift action and approval', 'as quickly as possible.', "Isabella Casillas Guzman"),
        Q('“My team and I', 'along the East Coast.', "Isabella Casillas Guzman"),
    ],
    aliases={"Isabella Casillas Guzman": ["Administrator Isabella Casillas Guzman", "SBA Administrator Guzman"]},
),
dict(
    id="gov-en-sba-2022-09-19-guzman-statement-on-hurricane-fiona",
    source="https://finance.yahoo.com/news/statement-sba-administrator-isabella-casillas-233400828.html",
    license=PDC, retrieved=PAGES + " (U.S. Small Business Administration statement of September 19, 2022, distributed through GLOBE NEWSWIRE and carried on finance.yahoo.com; the stored copy begins with the dateline paragraph, no headline; the stored part ends after the third paragraph of the statement, which closes with a straight mark; the blank in 'Guzman ,' as stored)",
    text='''Washington, Sept. 19, 2022 (GLOBE NEWSWIRE) -- Today, Administrator Isabella Casillas Guzman , head of the U.S. Small Business Administration (SBA) and the voice for America’s 33 million small businesses in President Biden’s Cabinet, issued the following statement on Hurricane Fiona:
“I have been continuously monitoring the developments of Hurricane Fiona and its impact on the people of Puerto Rico. Following President Biden’s swift action to issue an Emergency Disaster Declaration for Puerto Rico, the SBA quickly mobilized and positioned disaster assistance staff and resources on the ground to help communities and businesses impacted,” said SBA Administrator Isabella Casillas Guzman.
“SBA’s disaster assistance team is supporting the overall response in coordination with the Federal Emergency Management Agency and emergency response officials from the Commonwealth of Puerto Rico. We intend to leverage not only our disaster assistance team but also our local district office and resource partners located on the island for ongoing support to affected communities.
“Last year, I visited Puerto Rico and met with Governor Pedro Pierluisi, numerous SBA partners and small business owners. I witnessed firsthand the resilience of communities in Puerto Rico who have faced unprecedented challenges in recent years – and, not just from the pandemic, but also as a result of multiple extreme weather events including Hurricane Maria. The SBA has since expanded its resource partners on the ground in Puerto Rico and is committed to using the full force of SBA’s impactful programs to assist Puerto Rico’s small business owners and provide critical disaster relief to the communities they serve including homeowners, renters, and others affected as quickly as possible."''',
    quotes=[
        Q('“I have been continuously monitoring', 'businesses impacted,”', "Isabella Casillas Guzman"),
        Q('“SBA’s disaster assistance team', 'affected communities.', "Isabella Casillas Guzman"),
        Q('“Last year, I visited', 'as quickly as possible."', "Isabella Casillas Guzman"),
    ],
    aliases={"Isabella Casillas Guzman": ["Administrator Isabella Casillas Guzman", "SBA Administrator Isabella Casillas Guzman"]},
),
dict(
    id="gov-en-sba-2024-12-21-american-relief-act-reopens-disaster-loans",
    source="https://forextv.com/president-biden-signs-law-to-deliver-funding-to-sba-to-reopen-its-disaster-loan-program-and-support-recovery-in-communities-across-the-country/",
    license=PDC, retrieved=PAGES + " (U.S. Small Business Administration release of December 21, 2024, distributed through GLOBE NEWSWIRE and carried on forextv.com; the stored copy has no headline (it is in the URL only) and begins with the date line ' date 2024-12-21', dropped, and the subheading, kept as the first line; the paragraph 'As of Oct. 15, 2024, the program had exhausted its funding ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''SBA can now confirm loan offers to over 21,000 qualified disaster loan applicants waiting for financial assistance to recover
WASHINGTON, Dec. 21, 2024 (GLOBE NEWSWIRE) — Today, President Joe Biden signed the American Relief Act, 2025 into law, providing funding for the U.S. Small Business Administration’s Disaster Loan Program. With this funding, which required Congressional approval, the SBA can resume processing urgently needed financial relief today to those impacted by Hurricanes Milton, Helene, and other natural disasters across the nation.
“The SBA’s disaster loan program plays a vital role in helping communities recover by filling market gaps and providing the resources survivors need to rebuild stronger,” said SBA Administrator Isabel Casillas Guzman. “Thanks to the American Relief Act signed into law by President Biden, the SBA is ready to provide critical support to the thousands of families and businesses that have been waiting for relief to rebuild, reopen, and move forward.”
SBA’s Disaster Loan Program offers direct, low-interest, long-term loans to assist survivors of federally declared disasters with recovering and rebuilding. Within the next 48 hours, over 21,000 individuals and businesses affected by Hurricanes Milton, Helene, and more than 200 other declared disasters waiting in a backlog caused by the lack of funding can expect to receive the details of their loan offer. The SBA will continue to process disaster loan applications and send out additional offers in the coming days.''',
    quotes=[
        Q('“The SBA’s disaster loan program', 'rebuild stronger,”', "Isabel Casillas Guzman"),
        Q('“Thanks to the American Relief Act', 'and move forward.”', "Isabel Casillas Guzman"),
    ],
    aliases={"Isabel Casillas Guzman": ["SBA Administrator Isabel Casillas Guzman"]},
),
dict(
    id="gov-en-dol-2004-11-24-wage-and-hour-fourth-straight-year",
    source="https://webarchive.library.unt.edu/eot2008/20081104120548/http://www.dol.gov/esa/whd/media/press/whdpressVB2.asp?pressdoc=national/20042364.xml",
    license=PD, retrieved=PAGES + " (U.S. Department of Labor, Wage and Hour Division release 04-2364 of November 24, 2004, dol.gov page as kept by the UNT web archive; the site lines ('skip navigational links', seal and photo lines, 'www.dol.gov/esa', the breadcrumb line, 'Printer-Friendly Version', the agency menu and mission line, 'Press Releases') and the release-number, date, contact and phone lines dropped; the two headline lines kept; the paragraph 'Department officials tout increased productivity ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Labor Department Announces Fourth Straight Year of Outstanding Results Protecting Workers’ Rights, Wages.
Wage and Hour Division Collects Nearly $197 Million for 288,000 Workers.
WASHINGTON, D.C. -- The U.S. Department of Labor’s Wage and Hour Division, which enforces some of the nation’s most significant labor laws, announced today that investigators collected a total of $196,664,146 for 288,296 workers in fiscal year 2004. The agency’s results build on its strong record of collecting back wages, protecting the rights of workers across the country and resolving complaints more quickly each year.
“Over the last four years, this Administration has launched strong new enforcement initiatives to ensure that America’s workers, especially vulnerable immigrants, receive a full day’s pay for a full day’s work,” said U.S. Secretary of Labor Elaine L. Chao. “I am pleased to announce that, once again, Wage and Hour continues to set records in the collection of back wages for workers.”''',
    quotes=[
        Q('“Over the last four years', 'a full day’s work,”', "Elaine L. Chao"),
        Q('“I am pleased to announce', 'back wages for workers.”', "Elaine L. Chao"),
    ],
    aliases={"Elaine L. Chao": ["U.S. Secretary of Labor Elaine L. Chao"]},
),
dict(
    id="gov-en-dol-miami-electrical-subcontractor-underpaid-eight-workers",
    source="https://www.dol.gov/topic/wages?page=66",
    license=PD, retrieved=PAGES + " (U.S. Department of Labor news release on dol.gov, shown in full as the first item of the 'wages' topic listing, undated in the stored part; the page-title copy of the headline and the label 'News Release' dropped, the headline and subheadline kept; the paragraph 'Workers who feel they may not be getting th...', cut in the stored copy, dropped; 'MIAMI A Miami' (no dash), 'a Fair Labor Standards Act violations' and the missing closing mark after 'work performed.' as stored (H1099))",
    text='''US Department of Labor finds Miami electrical subcontractor underpaid eight workers $37K in pay, benefits
WDR Technology Corp. paid electricians as ironworkers at Everglades National Park
MIAMI A Miami electrical and engineer contractor shortchanged eight workers by denying them a portion of their wages and benefits while they worked on a federally funded project at the Everglades National Park Flamingo Visitor Center in Homestead, a U.S. Department of Labor investigation found.
Following a review of company pay records, investigators with the department’s Wage and Hour Division found WDR Technology Corp. paid most of their employees as ironworkers, a practice that denied workers a higher rate of pay per hour, and health and welfare benefits required for electrical work. The subcontractor’s failures violated the Davis-Bacon and Related Acts, which governs pay practices of construction contractors and subcontractors working on federally funded or assisted contracts.
Division investigators also found that WDR’s certified payrolls showed wages issued on a weekly basis. In reality, investigators determined the employer paid workers bi-weekly, in violation of the DBRA. WDR also failed to maintain a record of the regular hourly rate of pay for any workweek, a Fair Labor Standards Act violations.
The division recovered $37,411 in back wages for eight workers.
“The Davis-Bacon and Related Acts govern wages on contracts paid with taxpayer dollars,” said Wage and Hour Division District Director Richard Blaylock in Raleigh, North Carolina. “Federal contractors and subcontractors must pay workers employed on federally funded worksites wages and fringe benefits they legally earned for the work performed.
Lunacon Engineering Group Corp. subcontracted WDR Technology Corp. to perform electrical work.''',
    quotes=[
        Q('“The Davis-Bacon and Related Acts govern', 'taxpayer dollars,”', "Richard Blaylock"),
        Q('“Federal contractors and subcontractors', 'for the work performed.', "Richard Blaylock"),
    ],
    aliases={"Richard Blaylock": ["Wage and Hour Division District Director Richard Blaylock"]},
),
dict(
    id="gov-en-ed-2017-02-24-ed-review-secretary-devos",
    source="https://www2.ed.gov/news/newsletters/edreview/2017/0224.html",
    license=PD, retrieved=PAGES + " (U.S. Department of Education newsletter 'ED Review' of February 24, 2017 on www2.ed.gov; the site lines 'Press Room NEWSLETTERS' and the date line dropped, the newsletter's description line kept as the first line; the contents list ('What's inside...' and its eight items) and the 'Top' link line dropped; the section headings 'Secretary Betsy Devos' and 'Addressing ED Staff' kept as lines; the paragraph '\"Together, we have a noble and consequential mission ...', cut in the stored copy, and the rest dropped; the double blanks after full stops and the straight marks as stored)",
    text='''ED Review... a bi-weekly update on U.S. Department of Education activities relevant to the Intergovernmental and Corporate community and other stakeholders
Secretary Betsy Devos
On February 7, Elisabeth "Betsy" DeVos was confirmed as the nation's 11th Secretary of Education.  After the vote, she tweeted, "I appreciate the Senate's diligence & am honored to serve as @usedgov Secretary.  Let's improve options & outcomes for all US students."
Later that day, joined by her husband, she was sworn into office by Vice President Mike Pence (video).
In an earlier tweet, President Donald Trump wrote, "Betsy DeVos is a reformer, and she is going to be a great Education Sec. for our kids!"
Addressing ED Staff
On her first day in office, Secretary DeVos spent time with Department staff.  In remarks, she thanked the agency's career employees for overseeing a smooth and professional transition.  Below are some highlights (video).
"Let me start simply by saying 'thank you' to each of you—those here in the Department and those across the country who work every day to make education better.  Americans have tremendous respect for all of those within and outside of these walls who work to make more opportunity available through better education.
"I am here to serve—with you.  I am committed to working with everyone and anyone—from every corner of the country, from every walk of life, from every background, and with those who supported my nomination and those who did not—to protect, strengthen, and create new world-class education opportunities for America's students.''',
    quotes=[
        Q('"Betsy"', None, None),
        Q('"I appreciate the Senate', 'all US students."', "Betsy DeVos"),
        Q('"Betsy DeVos is a reformer', 'for our kids!"', "Donald Trump"),
        Q('"Let me start simply', 'through better education.', "Betsy DeVos"),
        Q('"I am here to serve', 'for America\'s students.', "Betsy DeVos"),
    ],
    aliases={"Betsy DeVos": ['Elisabeth "Betsy" DeVos', "Secretary Betsy Devos", "Secretary DeVos"],
             "Donald Trump": ["President Donald Trump"]},
),
]
