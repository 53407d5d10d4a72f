# Held-out English news texts (tests/data/heldout91-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal transportation-safety releases, all works of the US government in the public domain
# (17 U.S.C. § 105): two National Transportation Safety Board press releases on ntsb.gov (the 1997 public forum on air bags
# and child passenger safety; Acting Chairman Carol Carmody on the Air Bag and Seat Belt Safety Campaign, 2001), two
# National Highway Traffic Safety Administration releases from nhtsa.gov (the statement on the National Academy of
# Sciences report on electronic control systems, 2012; the 2008 winter holiday crackdown on drunk drivers, in the End of
# Term 2008 web archive), four NHTSA releases of 1999, 2000 and 2012 (Secretary Rodney E. Slater on seat belt use and on
# traffic records grants; Secretary Ray LaHood's 'Drive Sober or Get Pulled Over' holiday crackdown) as reproduced in full,
# with their release numbers, by the Crittenden Automotive Library (carsandracingstuff.com), and a 2013 Department of
# Transportation release (Secretary Anthony Foxx and NHTSA Administrator David Strickland) as reproduced in full by Vote
# Smart (votesmart.org) (H600). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site
# lines, header lines ('NTSB Press Release', 'Office of Public Affairs'), the libraries' 'Topics:', terms-of-use and
# search lines, 'FOR IMMEDIATE RELEASE' lines, release numbers, contact and telephone lines are dropped; wording, spelling
# ('safety his the highest', 'grants help improve', 'risk- prone', '(September1996)'), spacing inside paragraphs, list
# dashes and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H600-H604 in ANNOTATION.md on top of H1-H545).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDL = "public domain (US government work, 17 U.S.C. § 105; NHTSA release reproduced by the Crittenden Automotive Library)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout91-en.jsonl

Built by `build.py` from `heldout91_pages.py`. Like heldout61-en and heldout85-en, these texts are stored web pages (the
`pages` search corpus) of US federal agencies, none of them used in a set above, this time on transportation safety: two
National Transportation Safety Board press releases on ntsb.gov (the February 1997 announcement of a public forum on air
bags and child passenger safety, Chairman Jim Hall; Acting Chairman Carol Carmody on the fifth anniversary of the Air Bag
and Seat Belt Safety Campaign, 2001), two National Highway Traffic Safety Administration releases from nhtsa.gov (the
statement on the National Academy of Sciences report on electronic control systems, January 2012; the December 2008
winter holiday crackdown on drunk drivers, Acting Administrator David Kelly, in the End of Term 2008 web archive), four
NHTSA releases (Transportation Secretary Rodney E. Slater with NHTSA Administrator Ricardo Martinez or Acting
Administrator Rosalyn G. Millman on seat belt use and on traffic records grants, 1999 and 2000; Secretary Ray LaHood's
2012 'Drive Sober or Get Pulled Over' holiday crackdown) reproduced in full with their release numbers by the Crittenden
Automotive Library (carsandracingstuff.com), and a 2013 Department of Transportation release (Secretary Anthony Foxx and
NHTSA Administrator David Strickland on the Drive Sober or Get Pulled Over crackdown) reproduced in full by Vote Smart
(votesmart.org). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Site lines, header and contact lines were dropped; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H600–H604 in `ANNOTATION.md` on top
of H1–H545) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ntsb-1997-02-28-forum-air-bags-child-passenger-safety",
    source="http://www.ntsb.gov/news/1997/970228.html",
    license=PD, retrieved=PAGES + " (the stored copy has no headline; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'February 28, 1997' dropped, so the text begins with the lead (H131); the closing paragraph 'The NTSB is an independent federal ag', cut in the stored copy, dropped)",
    text='''Washington, D.C. - Air bags and child passenger safety will be the topics at a public forum in Washington to be convened by the National Transportation Safety Board in March.
In announcing the forum, NTSB Chairman Jim Hall, noting the reports of air bag-related fatalities, particularly involving children, and rising public confusion and concern, said "it is time to set out the facts" on this issue. "Properly designed and utilized air bags can save lives," Hall stated, "but we need to ensure that air bags protect rather than pose a threat to children and persons of smaller stature." Hall noted that about 30 million cars with airbags that are not safe for some people are currently on the roads.
The NTSB forum will bring together recognized experts from government, industry, and safety/consumer groups to share information on the role of air bags in today's vehicles, the benefits and safety concerns, and improvements in child passenger transportation for the future.
Chairman Hall expressed the hope that, in addition to providing useful information to the public, the forum would help the Safety Board determine what further recommendations are needed to improve air bags and child passenger safety.
The forum will be held on March 17-20, at the Renaissance Mayflower Hotel, 1127 Connecticut Avenue, N.W., Washington, D.C. 20036.
The NTSB has long been concerned about vehicle occupant protection and has made numerous recommendations in its 30-year history regarding the design of seatbelts and child restraint systems, the enactment of mandatory restraint use laws, and the need to increase public education about the importance of restraint use. The Board's most recent study on these topics (September1996) resulted in a series of recommendations for improvement in the design of air bags, child restraint systems, and vehicle back seats.''',
    quotes=[
        Q('"it is time to set out the facts"', None, "Jim Hall"),
        Q('"Properly designed and utilized', 'can save lives,"', "Jim Hall"),
        Q('"but we need to ensure', 'smaller stature."', "Jim Hall"),
    ],
    aliases={"Jim Hall": ["NTSB Chairman Jim Hall", "Hall", "Chairman Hall"]},
),
dict(
    id="ntsb-2001-08-30-carmody-air-bag-seat-belt-safety-campaign",
    source="http://www.ntsb.gov/news/2001/010830.htm",
    license=PD, retrieved=PAGES + " (the stored copy has no headline; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'August 30, 2001' dropped, so the text begins with the lead (H131); the line 'In 1996, the Safety Board issued a study ... the following recommendations:' is kept as stored although the list it announces is missing from the stored copy; the paragraph 'In addition to its educational efforts, the Campaign conducted twice-yearly Operation ABC Mobilizations, which helped support more than ten thousand law e', cut in the stored copy, dropped)",
    text='''WASHINGTON, D.C. - National Transportation Safety Board Acting Chairman Carol Carmody today commended the Air Bag and Seat Belt Safety Campaign for its important efforts to both educate millions of Americans about proper child restraints and help states strengthen their seat belt laws.
The Campaign - launched in May 1996 by the automobile and insurance industries - was a response to a November 1995 NTSB urgent recommendation to establish a nationwide multi-media campaign to educate the public about the dangers that air bags pose to children.
In 1996, the Safety Board issued a study on child safety in passenger vehicles that included the following recommendations:
One aspect of the study indicated that the number of children killed or injured by air bags would increase unless immediate action was taken.
Carmody’s remarks were delivered at a news conference today in Washington marking the Campaign’s fifth anniversary.
Recognizing the contributions of the Campaign, Carmody said that “the fact that the rate of child deaths each year by air bags has declined while the number of front seat passenger air bags has increased is truly remarkable progress and a tribute to the hard work of everyone involved.”
Highlighting the strategic importance of educating the public about child passenger safety, Carmody stated that “the silver lining in the air bag tragedies was that it finally opened the nation’s eyes to the importance of using seat belts and properly restraining children in the back seat.”
Carmody lauded the Campaign for its collaborative effort that demonstrates the “remarkable progress that can be made when industry, government, advocacy groups and the public come together to tackle a crisis.”''',
    quotes=[
        Q('“the fact that the rate of child deaths', 'everyone involved.”', "Carol Carmody"),
        Q('“the silver lining', 'in the back seat.”', "Carol Carmody"),
        Q('“remarkable progress that can be made', 'tackle a crisis.”', "Carol Carmody"),
    ],
    aliases={"Carol Carmody": ["National Transportation Safety Board Acting Chairman Carol Carmody", "Carmody"]},
),
dict(
    id="nhtsa-2012-01-18-statement-nas-report-electronic-control-systems",
    source="https://www.nhtsa.gov/press-releases/nhtsa-statement-nas-report-electronic-control-systems",
    license=PD, retrieved=PAGES + " (the headline kept as the first line; the place line '| Washington, DC' and the contact line 'Contact: Lynda Tran, 202-366-9550' dropped; the statement's first paragraph opens a mark that is not closed, the next paragraph reopens it (a two-paragraph quotation, one span per paragraph); the stored copy ends with the statement, complete)",
    text='''NHTSA Statement on NAS Report on Electronic Control Systems
Wednesday, January 18, 2012
WASHINGTON — The National Highway Traffic Safety Administration (NHTSA) issued the following statement regarding the report on electronic control systems released by the National Academy of Sciences today:
"The National Highway Traffic Safety Administration is committed to ensuring the highest standards of safety on the nation's roadways. In keeping with the agency's core safety mission and to better understand the causes and ways to address unintended acceleration in passenger vehicles, NHTSA commissioned an independent panel appointed by the National Academy of Sciences to conduct a comprehensive review into electronic control systems and the safety assurance processes used by manufacturers. NHTSA is reviewing the report's recommendations and will carefully consider them.
"NHTSA has already taken steps to strengthen its expertise in electronic control systems while expanding research in this area — and the agency has considerable experience dealing with vehicle electronics issues in its research, rulemaking, and enforcement programs. But, NHTSA will continue to evaluate and improve every aspect of its work to keep the driving public safe, including research to assess potential safety concerns and help ensure the reliability of electronic control systems in vehicles. The agency will also further refine its strategic plan to address any potential technical and policy issues."''',
    quotes=[
        Q('"The National Highway Traffic Safety Administration is committed', 'will carefully consider them.', "National Highway Traffic Safety Administration"),
        Q('"NHTSA has already taken steps', 'technical and policy issues."', "National Highway Traffic Safety Administration"),
    ],
    aliases={"National Highway Traffic Safety Administration": ["NHTSA"]},
),
dict(
    id="nhtsa-1999-05-24-slater-hails-increased-seat-belt-use",
    source="https://carsandracingstuff.com/library/articles/2637.php",
    license=PDL, retrieved=PAGES + " (NHTSA release NHTSA 21-99 of May 24, 1999 as reproduced by the Crittenden Automotive Library; the headline kept as the first line without the table mark ' |' the page sets after it; the lines '---|', 'Topics: Rodney E. Slater', '|', 'NHTSA', 'May 24, 1999', 'FOR IMMEDIATE RELEASE NHTSA 21-99', 'Monday, May 24, 1999 Contact: Tim Hurd' and 'Tel. No. (202) 366-9550' dropped (H600); the paragraph 'According to NHTSA, restraint use among toddlers aged 1-4 increased dramatically ...', cut in the stored copy, dropped)",
    text='''Transportation Secretary Slater Hails Increased Seat Belt Use
U.S. Transportation Secretary Rodney E. Slater today announced large increases in child safety seat and seat belt use as he joined law enforcement officers in launching a nationwide campaign stressing the need for everyone, especially children, to buckle up.
"Seat belts and child safety seats save lives and prevent serious, costly injuries-that is why President Clinton called for an increase in seat belt use and a reduction in child occupant fatalities," Secretary Slater said. "By persuading more motorists to buckle up and use child safety seats correctly we can improve safety, the President's highest transportation priority."
According to the U.S. Department of Transportation's National Highway Traffic Safety Administration (NHTSA), child safety seats each year save the lives of more than 300 children under five years old, and seat belts save more than 10,000 lives in America each year.
"These numbers provide strong evidence that our increased enforcement efforts are paying off," said NHTSA Administrator Ricardo Martinez, M.D. "We are saving lives, but we must continue our fight so that all children are buckled up on every ride."
Secretary Slater made the announcement in Washington, D.C., at the kickoff of the fourth wave of the Operation ABC Mobilization: America Buckles Up Children, which takes place during Buckle Up America Week (May 24-31). Secretary Slater also joined with other government officials, elected leaders, business and community organizations and nearly 6,000 enforcement agencies today as they called for zero tolerance for drivers who don't buckle up children.''',
    quotes=[
        Q('"Seat belts and child safety seats', 'child occupant fatalities,"', "Rodney E. Slater"),
        Q('"By persuading more motorists', 'transportation priority."', "Rodney E. Slater"),
        Q('"These numbers provide strong evidence', 'paying off,"', "Ricardo Martinez"),
        Q('"We are saving lives', 'on every ride."', "Ricardo Martinez"),
    ],
    aliases={"Rodney E. Slater": ["U.S. Transportation Secretary Rodney E. Slater", "Secretary Slater", "Slater"],
             "Ricardo Martinez": ["NHTSA Administrator Ricardo Martinez, M.D."]},
),
dict(
    id="nhtsa-1999-03-03-slater-5-million-traffic-safety-data-grants",
    source="https://carsandracingstuff.com/library/articles/2621.php",
    license=PDL, retrieved=PAGES + " (NHTSA release NHTSA 07-99 of March 3, 1999 as reproduced by the Crittenden Automotive Library; the headline kept as the first line without the table mark ' |' after it; the lines '---|', 'Topics: Rodney E. Slater', '|', 'NHTSA', 'March 3, 1999', 'FOR IMMEDIATE RELEASE', 'NHTSA 07-99', 'March 3, 1999', 'Contact: Tim Hurd' and 'Tel. No. (202) 366-9550' dropped (H600); the paragraph 'Thirty states and territories applied for and received implementation grant funds ...', cut in the stored copy, dropped)",
    text='''Transportation Secretary Slater Announces $5 Million in Grants to States, Territories
U.S. Transportation Secretary Rodney E. Slater today announced distribution of nearly $5 million in incentive grants to improve traffic safety data systems in 47 states, the District of Columbia, the Bureau of Indian Affairs, Guam, the Virgin Islands, American Samoa, the Commonwealth of Northern Marianas Islands, and Puerto Rico.
"President Clinton has challenged us to make our communities safer, demonstrating again that safety his the highest transportation priority," Secretary Slater said. "These funds will help states and communities use the latest technology to develop better safety strategies, and thus reduce crashes, prevent injuries and save lives."
This grant program was created in section 2005 of the Transportation Equity Act for the 21st Century, which President Clinton signed on June 9, 1998.
All states and territories had an opportunity to apply for these grant funds to make improvements to their traffic record systems. All but three states applied: Idaho, Texas and Wyoming did not apply. In the future, the traffic record systems may include information on crashes, drivers, vehicles, and roadways; emergency room treatments, hospital admissions and emergency medical services records. These grants have been authorized by Congress for four years.
"When these data systems are in place and linked together, the information can help states pinpoint and solve traffic safety problems to create safer communities," said Dr. Ricardo Martinez, M.D., administrator of the National Highway Traffic Safety Administration (NHTSA).''',
    quotes=[
        Q('"President Clinton has challenged us', 'transportation priority,"', "Rodney E. Slater"),
        Q('"These funds will help states', 'save lives."', "Rodney E. Slater"),
        Q('"When these data systems', 'safer communities,"', "Ricardo Martinez"),
    ],
    aliases={"Rodney E. Slater": ["U.S. Transportation Secretary Rodney E. Slater", "Secretary Slater"],
             "Ricardo Martinez": ["Dr. Ricardo Martinez, M.D."]},
),
dict(
    id="nhtsa-2000-03-10-slater-7-6-million-traffic-records-grants",
    source="https://carsandracingstuff.com/library/articles/2955.php",
    license=PDL, retrieved=PAGES + " (NHTSA release NHTSA 08-00 of March 10, 2000 as reproduced by the Crittenden Automotive Library; the library's site lines ('Home Page American Government Reference Desk ...', 'Escort, Inc.', 'GM Icons', the terms-of-use line), the repeated headline, 'American Government Topics:  Rodney E. Slater', 'NHTSA', 'March 10, 2000', 'FOR IMMEDIATE RELEASE', 'NHTSA 08-00', 'Friday, March 10, 2000' and the contact line dropped (H600); the headline kept once as the first line; the paragraph 'Implementation grants of $173,600 each were provided to 41 states and te', cut in the stored copy, dropped)",
    text='''U.S. Transportation Secretary Slater Announces Grants of $7.6 Million to 44 States to Improve Traffic Records
U.S. Department of Transportation Secretary Rodney E. Slater today announced that 46 States and U.S. territories will share $7.6 million in grants help improve safety by developing or implementing strategies to improve traffic records systems.
The National Highway Traffic Safety Administration (NHTSA) grants are being made under the Transportation Equity Act for the 21st Century (TEA-21) which provides a total of $32 million for traffic records over a five-year period.
"These grants will help improve safety, which is President Clinton's and Vice President Gore's highest transportation priority," Secretary Slater said. "Improved data will lead to better decisions in both government and industry on vehicle and highway safety issues."
These record systems are the means by which states identify problem locations, risk- prone drivers, weaknesses in the crash response systems, priorities for traffic law enforcement, and other areas in which improvements are needed.
"The goal of this program is to collect and analyze accurate, complete and timely information about crashes," Acting NHTSA Administrator Rosalyn G. Millman said. "This is a positive step in the upkeep of highway traffic records."''',
    quotes=[
        Q('"These grants will help improve safety', 'transportation priority,"', "Rodney E. Slater"),
        Q('"Improved data will lead', 'highway safety issues."', "Rodney E. Slater"),
        Q('"The goal of this program', 'information about crashes,"', "Rosalyn G. Millman"),
        Q('"This is a positive step', 'highway traffic records."', "Rosalyn G. Millman"),
    ],
    aliases={"Rodney E. Slater": ["U.S. Department of Transportation Secretary Rodney E. Slater", "Secretary Slater"],
             "Rosalyn G. Millman": ["Acting NHTSA Administrator Rosalyn G. Millman"]},
),
dict(
    id="nhtsa-2008-12-17-winter-holiday-crackdown-drunk-drivers",
    source="https://webarchive.library.unt.edu/eot2008/20090117170243/http://www.nhtsa.gov/portal/site/nhtsa/template.MAXIMIZE/menuitem.f2217bee37fb302f6d7c121046108a0c/?itemID=e8c02f680914e110VgnVCM1000002fd17898RCRD&javax.portlet.prp_1e51531b2220b0f8ea14201046108a0c_viewID=detail_view&javax.portlet.tpst=1e51531b2220b0f8ea14201046108a0c_ws_MX&pressReleaseYearSelect=2008",
    license=PD, retrieved=PAGES + " (nhtsa.gov press release NHTSA 11-08 in the End of Term 2008 web archive (UNT); the site menu lines ('NHTSA Header Logo ...', 'Home Traffic Safety ...', 'Browse Topics' ... 'Contact NHTSA', 'In the News', '<< Back     View printable version Print Version'), the release number, date, contact and telephone lines dropped (H600); the headline and the deck 'New Study Finds Drivers Age 21 to 24 Have Highest Involvement Rates' kept as the first two lines; the paragraph beginning '“Our law enforcemen', cut in the stored copy, dropped)",
    text='''NHTSA Launches Winter Holiday Crackdown on Drunk Drivers
New Study Finds Drivers Age 21 to 24 Have Highest Involvement Rates
New National Highway Traffic Safety Administration (NHTSA) research shows that between 2002 and 2006, nearly four fatalities out of 10 involved alcohol-impaired crashes in the last two weeks of December. The new study also found that 21-24 year-old drivers are involved in more alcohol-impaired fatal crashes than any other age group, announced NHTSA Acting Administrator David Kelly today.
“Drunk driving is one of the most serious, and preventable, dangers we face on our roadways,” Kelly said. “Sadly, the death toll from drunk-driving crashes is higher between Christmas and New Year’s than any other time.”
The new report was released on the eve of a national crackdown against impaired driving that involves thousands of law enforcement agencies throughout the country and runs through the New Year’s holiday. The “Drunk Driving. Over the Limit. Under Arrest” law enforcement and public awareness campaign is supported by a $7 million national television and radio advertising campaign.
Acting Administrator Kelly warned motorists to obey the law and drive sober to avoid being stopped by police.''',
    quotes=[
        Q('“Drunk driving is one of the most serious', 'on our roadways,”', "David Kelly"),
        Q('“Sadly, the death toll', 'any other time.”', "David Kelly"),
        Q('“Drunk Driving. Over the Limit. Under Arrest”', None, None),
    ],
    aliases={"David Kelly": ["NHTSA Acting Administrator David Kelly", "Kelly", "Acting Administrator Kelly"]},
),
dict(
    id="nhtsa-2012-12-13-lahood-drive-sober-holiday-crackdown",
    source="http://www.carsandracingstuff.com/library/articles/22591.php",
    license=PDL, retrieved=PAGES + " (NHTSA release NHTSA 48-12 of December 13, 2012 as reproduced by the Crittenden Automotive Library; the library's site lines, the repeated headline, 'American Government Topics:  Ray LaHood', 'NHTSA', 'December 13, 2012', 'NHTSA 48-12', 'Thursday, December 13, 2012' and the contact line dropped (H600); the headline kept once as the first line, the deck 'Auto Safety Agency Releases New State-by-State Drunk Driving Statistics' as the second; the paragraph 'NHTSA's new 2011 state-by-state drunk driving statistics show declines in 27 states, ... All 50 states, the Dis', cut in the stored copy, dropped)",
    text='''U.S. Transportation Secretary Ray LaHood Launches 'Drive Sober or Get Pulled Over' Holiday Crackdown
Auto Safety Agency Releases New State-by-State Drunk Driving Statistics
WASHINGTON – U.S. Secretary of Transportation Ray LaHood and the Department of Transportation's National Highway Traffic Safety Administration (NHTSA) today joined with local law enforcement officers, Mothers Against Drunk Driving (MADD) and the Governors Highway Safety Association to kick-off its holiday campaign to address drunk driving. At the event, NHTSA also released new 2011 state-by-state drunk driving statistics showing that in 2011, 9,878 people were killed in drunk driving crashes, including 395 during the second half of December alone.
"The holiday season can be an especially dangerous time on our nation's roadways due to drunk drivers – that's why law enforcement officers will be out in full force," said Secretary LaHood. "Our message is simple: drive sober or get pulled over."''',
    quotes=[
        Q("'Drive Sober or Get Pulled Over'", None, None),
        Q('"The holiday season can be', 'out in full force,"', "Ray LaHood"),
        Q('"Our message is simple', 'get pulled over."', "Ray LaHood"),
    ],
    aliases={"Ray LaHood": ["U.S. Secretary of Transportation Ray LaHood", "Secretary LaHood"]},
),
dict(
    id="dot-2013-08-foxx-drive-sober-crackdown",
    source="https://votesmart.org/public-statement/806952/us-transportation-secretary-foxx-launches-drive-sober-or-get-pulled-over-crackdown",
    license=PDL.replace("NHTSA release reproduced by the Crittenden Automotive Library", "DOT press release reproduced by Vote Smart's public-statements library"), retrieved=PAGES + " (US Department of Transportation press release of August 2013 as reproduced in full by Vote Smart (votesmart.org, 'Public Statements', labelled 'Press Release'); the site lines 'Search Form', 'First, enter a politician or zip code', 'Now, choose a category', 'Public Statements', 'Press Release' and 'Location: Washington, DC' dropped (H600); the headline kept as the first line; the list of 2011 victims kept with its '- ' dashes, one item a line; the paragraph 'From August 16 to September 2, more than 10,000 pol', cut in the stored copy, dropped)",
    text='''U.S. Transportation Secretary Foxx Launches "Drive Sober or Get Pulled Over" Crackdown
U.S. Transportation Secretary Anthony Foxx and the Department of Transportation's National Highway Traffic Safety Administration (NHTSA) today joined with safety advocates and law enforcement officials to announce the Department's annual Drive Sober or Get Pulled Over crackdown on drunk drivers. This year's announcement included a special focus on the victims of drunk driving, as NHTSA data show that every three hours in the United States, a drunk-driving crash claims the life of someone who was not driving drunk.
"Drunk driving remains a serious, deadly crime that all too often destroys the lives of innocent victims," said Secretary Foxx. "We're sending a message today that we will not tolerate drunk driving, so if you have had too much to drink, don't get behind the wheel."
The annual crackdown on drunk drivers comes at a time when nearly 10,000 people are dying each year in drunk driving crashes: 27 people a day, or one person every 53 minutes, according to NHTSA data. More than one-third of those killed in drunk driving crashes are not the drunk driver.
- In 2011, 3,371 people were killed in drunk driving crashes who were not the drunk driver.
- 1,612 were passengers in a drunk driver's vehicle, many of them too young to drive, including 91 children under the age of 15 years old.
- 1,049 were motorists of other vehicles involved in a crash with a drunk driver.
- 710 were pedestrians or bicyclists.
- 6,507 were the drunk drivers themselves.
"There is absolutely no excuse for driving drunk and putting our citizens in danger," said NHTSA Administrator David Strickland. "Our message is clear. If you drive drunk, you will be stopped, arrested, and prosecuted -- Drive Sober or Get Pulled Over."''',
    quotes=[
        Q('"Drive Sober or Get Pulled Over"', None, None),
        Q('"Drunk driving remains a serious', 'innocent victims,"', "Anthony Foxx"),
        Q('"We\'re sending a message today', 'behind the wheel."', "Anthony Foxx"),
        Q('"There is absolutely no excuse', 'citizens in danger,"', "David Strickland"),
        Q('"Our message is clear', 'Get Pulled Over."', "David Strickland"),
    ],
    aliases={"Anthony Foxx": ["U.S. Transportation Secretary Anthony Foxx", "Secretary Foxx"],
             "David Strickland": ["NHTSA Administrator David Strickland"]},
),
]
