# Held-out English news texts (tests/data/heldout54-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies and one House committee (public domain, 17 U.S.C. § 105): a TSA local
# release (tsa.gov), a House Committee on Small Business release on the SBA's disaster response (smallbusiness.house.gov),
# two DEA items (a Dallas Division release on dea.gov, 2004; the Operation Vaqueros announcement of 2010 reposted verbatim
# on a criminal-justice blog), two Marshall Star items of NASA's Marshall Space Flight Center (2012 on docslib.org, 2024
# reposted on a blog), a Soldiers Radio News script on DVIDS (California National Guard, 2017), a Department of Labor
# Wage and Hour Division release (dol.gov, 2007), an ATF release (atf.gov, 2020), a CBP spotlight (cbp.gov, 2021), a
# Coast Guard release kept on an RSS mirror of the Coast Guard Digital Newsroom (2013), and three FEMA releases (one
# reposted on an insurance blog, 2008; two in the DHS/FEMA feeds as aggregated on a federal court's site,
# coop.mnb.uscourts.gov). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation,
# archive notices, dates of listing pages, "Click HERE" lines, feed counters, video and photo captions, tables of
# contents and blog comment lines are dropped; a headline wrapped over two lines is joined (H214); trailing spaces at
# paragraph ends are removed; wording, spelling, spacing inside paragraphs and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H267-H271 in ANNOTATION.md on top of H1-H261).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout54-en.jsonl

Built by `build.py` from `heldout54_pages.py`. Like heldout50-en and heldout52-en, these texts are stored web pages (the
`pages` search corpus), none of them used in a set above. All fourteen are news items of US federal agencies or of a
House committee (public domain, 17 U.S.C. § 105), from agencies little used so far: a TSA local release on tsa.gov (a BWI
officer's checkpoint tips, 2018); a House Committee on Small Business release on its hearing on the SBA's disaster
response (smallbusiness.house.gov, 2018); two DEA items (a Dallas Division release on dea.gov, 2004, and the Operation
Vaqueros announcement in Tucson, 2010, reposted verbatim on a criminal-justice blog); two Marshall Star items of NASA's
Marshall Space Flight Center (the September 26, 2012 issue as stored on docslib.org, and the August 28, 2024 all-hands
story reposted on a blog); a Soldiers Radio News script on dvidshub.net (California National Guard flood response,
2017); a Department of Labor Wage and Hour Division release on dol.gov (FY 2007 back wages); an ATF release on atf.gov
(the National Response Team in Minneapolis, 2020); a CBP spotlight on cbp.gov (the Valor Memorial ceremony, 2021); a Coast
Guard release kept on an RSS mirror of the Coast Guard Digital Newsroom (a rescue off Cape Lookout, 2013); and three FEMA
releases (hazard mitigation grants in Florida, 2008, reposted on an insurance blog; a grant to Aurora, Ohio, and the
8,000th Hurricane María project in Puerto Rico, both in the DHS/FEMA feeds as aggregated on a federal court's site,
coop.mnb.uscourts.gov). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation, archive
notices, listing dates, "Click HERE" lines, feed counters, captions, tables of contents and blog comment lines were
dropped; a headline wrapped over two lines was joined (H214); wording and quotation marks are as stored. None of these
texts is used in any set above (checked by URL and by 8-word overlap with every existing text: no shared 8-word
sequence). The annotation (rules H267–H271 in `ANNOTATION.md` on top of H1–H261) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="tsa-bwi-officer-checkpoint-tips-2018",
    source="https://www.tsa.gov/news/press/releases/2018/05/25/what-do-tsa-officers-want-travelers-know",
    license=PD, retrieved=PAGES + " (TSA local press release of May 25, 2018; the 'Archived Content' notices, 'Local Press Release' and the date line dropped; the paragraph '“Liquids, gels and aerosols that are 3.4 ounces or larger ...,” she explains. Johnson says that one of the most common reasons ... oversize liquid, gel or a...', cut in the stored copy, dropped)",
    text='''What do TSA officers want travelers to know?
This TSA officer from BWI Airport shares some tips and helpful advice
BALTIMORE – You come to an airport checkpoint hoping to catch your flight on time and arrive at your destination safely. Seems simple enough, but sometimes something you weren’t expecting comes up at the checkpoint and it slows you down and perhaps raises your anxiety.
Meet Christine Johnson, a TSA officer who has been working at Baltimore/Washington International Thurgood Marshall Airport (BWI) since 2016. When asked what she wants travelers to know about going through the checkpoint, she was eager to share some tips to guide travelers through the checkpoint process, eliminate confusion and speed things up.
First of all, Johnson recommends travelers “arrive at the airport two hours before their flight.” During summer travel season, all airports are busy. TSA officers will not move travelers to the front of the checkpoint line if they are running late.
“Take everything out of your pockets,” Johnson says next. That means the driver’s license, boarding pass, lip balm, tissues, and the more obvious items like keys, phones and wallets. She stresses again—everything out.''',
    quotes=[
        Q('“arrive at the airport two hours before their flight.”', None, "Christine Johnson"),
        Q('“Take everything out of your pockets,”', None, "Christine Johnson"),
    ],
    aliases={"Christine Johnson": ["Johnson"]},
),
dict(
    id="house-small-business-committee-sba-disaster-hearing-2018",
    source="https://smallbusiness.house.gov/news/email/show.aspx?ID=7UD3NQFEEE64ARRSB4HEDQ55VQ",
    license=PD, retrieved=PAGES + " (press release of the House Committee on Small Business, September 5, 2018; 'PRESS RELEASE', the date and contact lines, the line 'Click HERE to read the full testimony, and HERE to watch the hearing.' and '###' dropped; the subheading 'Gaining Insight from SBA’s Office of Disaster Assistance' kept as a line)",
    text='''Small Business Committee Probes SBA Disaster Response
WASHINGTON – Today, the House Committee on Small Business held a hearing to examine the Small Business Administration's (SBA) actions during the 2017 storm season and the SBA’s disaster response moving forward.
"The 2017 storm season, by all accounts, was historic. As we know, SBA plays a large role in the long-term recovery needs for the United States,” said Chairman Steve Chabot (R-OH). “[SBA’s] Disaster Loan Program, which provides fixed-term and low-interest direct loans to victims is vital for businesses and homeowners as they begin to replace, repair, and rebuild. Given that we are roughly a year out from those massive and damaging storms making landfall, it is imperative that we spend time reviewing SBA’s response efforts. Victims of storms count on SBA and their response during their darkest days.”
Gaining Insight from SBA’s Office of Disaster Assistance
"SBA’s disaster assistance mission is to provide affordable, timely and accessible financial assistance following a declared disaster to businesses of all sizes, private non-profit organizations as well as homeowners and renters,” said James Rivera, Associate Administrator of SBA’s Office of Disaster Assistance. “We firmly believe that reforms we instituted enabled us to be better prepared to respond to the 2017 Hurricane Season, and we are implementing further changes to improve our 2018 efforts. Administrator McMahon had pushed us to be ready for the 2017 season, and I am proud of the hard work and many long hours put in by our Office of Disaster Assistance staff.”''',
    quotes=[
        Q('"The 2017 storm season', 'for the United States,”', "Steve Chabot"),
        Q('“[SBA’s] Disaster Loan Program', 'their darkest days.”', "Steve Chabot"),
        Q('"SBA’s disaster assistance mission', 'homeowners and renters,”', "James Rivera"),
        Q('“We firmly believe', 'Disaster Assistance staff.”', "James Rivera"),
    ],
    aliases={"Steve Chabot": ["Chairman Steve Chabot"]},
),
dict(
    id="dea-operation-vaqueros-tucson-2010",
    source="http://criminal-justice-online.blogspot.com/2010/04/operation-vaqueros-hits-mexican-dto.html",
    license=PD, retrieved=PAGES + " (announcement of federal, state and local officials in Tucson, April 27, 2010 (U.S. Attorney's Office, DEA, ICE), reposted verbatim on a criminal-justice blog; the stored copy starts with the deck, without the blog's headline; the paragraph 'The 36-month investigation “Operation Vaqueros” has yielded 39 state and federal indictments, and 34 arrests, including one employee of the Cochise County At...', cut in the stored copy, dropped)",
    text='''DTO believed responsible for bringing over 40,000 pounds of marijuana into Arizona; 34 arrested
APR 27 -- TUCSON, Ariz. – Federal, state, and local officials today announced arrests and charges against a Mexican drug trafficking organization believed responsible for moving at least 40,000 pounds of marijuana through southern Arizona, primarily through Cochise County. The organization employed advanced counter-surveillance, ramp trucks to overcome vehicle barriers at the border, and hidden vehicle compartments.
Seven federal wiretaps approved in the Organized Crime Drug Enforcement Task Force (OCDETF) investigation, dubbed “Operation Vaqueros” for the “Cowboy” attire worn by members of the drug trafficking organization, were unsealed by order of the U.S. District Court. Twelve people have been indicted on federal conspiracy charges. In the course of the investigation, 26 people were indicted on federal charges, and 13 on state charges.
U.S. Attorney Dennis K. Burke, Drug Enforcement Administration (DEA) Special Agent in Charge Elizabeth Kempshall, Immigration and Customs Enforcement (ICE) Special Agent in Charge Matthew Allen, and Attorney General Terry Goddard, were joined by White House Office of National Drug Control Policy Director Gil Kerlikowske at the federal courthouse in Tucson to announce the results of the coordinated investigation alongside numerous federal, state, and local law enforcement officials.
“Today’s actions are yet another strike against the powerful drug trafficking organizations whose tentacles stretch across the Mexico border and into the U.S.”, said DEA Special Agent in Charge Elizabeth W. Kempshall “In Arizona and all across our nation’s Southwest Border, DEA and our partners are determined to find them, shut down their operations, and bring them to justice.”''',
    quotes=[
        Q('“Operation Vaqueros”', None, None),
        Q('“Cowboy”', None, None),
        Q('“Today’s actions', 'into the U.S.”', "Elizabeth W. Kempshall"),
        Q('“In Arizona and all across', 'bring them to justice.”', "Elizabeth W. Kempshall"),
    ],
    aliases={"Elizabeth W. Kempshall": ["Elizabeth Kempshall", "DEA Special Agent in Charge Elizabeth W. Kempshall"]},
),
dict(
    id="dea-dallas-methamphetamine-raids-2004",
    source="https://www.dea.gov/pubs/states/newsrel/dallas051404.html",
    license=PD, retrieved=PAGES + " (DEA news release of May 14, 2004; the site's navigation, 'News Release' and the date line dropped; the paragraph 'The investigation dubbed “Hot B” by the officers and agents, started when Pocola, Oklahoma, police began suspecting that major methamphetamine distributors were using...', cut in the stored copy, dropped; the doubled words 'of the combined resources of the combined resources' are as stored)",
    text='''30 Drug Trafficking Suspects Arrested
Federal agents from Dallas led raids in Oklahoma and Arkansas
MAY 14— A special team of Drug Enforcement Administration agents from Dallas helped arrest more than 30 methamphetamine trafficking suspects in Oklahoma and Arkansas on Wednesday, May 5, 2004.
The early-morning roundup stems from a six-month investigation in which the DEA team, assisted by state and federal authorities from Oklahoma and Arkansas, worked undercover to arrest major drug distributors.
“This is another example of how the public and their communities benefit from the combined resources of the combined resources of area law enforcement,” said Gary Olenkiewicz, Special Agent in Charge of the DEA’s Dallas division. “The citizens are able to see tangible results that make their communities safer.”
More than 100 law enforcement officers, beginning at 4a.m., conducted simultaneous raids to serve federal arrest warrants on people suspected of trafficking methamphetamine.''',
    quotes=[
        Q('“This is another example', 'area law enforcement,”', "Gary Olenkiewicz"),
        Q('“The citizens are able', 'communities safer.”', "Gary Olenkiewicz"),
    ],
    aliases={},
),
dict(
    id="nasa-marshall-star-leadership-all-hands-2024",
    source="https://tnblackboard.blogspot.com/2024/08/the-marshall-star-for-august-28-2024.html",
    license=PD, retrieved=PAGES + " (the first story of NASA Marshall Space Flight Center's employee newsletter 'The Marshall Star' of August 28, 2024, reposted verbatim on a blog (the same text is stored from encirclenews.com); the paragraph 'Pelfrey said leadership recognizes the vital roles culture and strategy play ... He pointed to activities like NASA 2040 and More to Marshall as the...', cut in the stored copy, dropped)",
    text='''The Marshall Star for August 28, 2024
Marshall Leadership Updates Team Members on Culture, Strategy
By Wayne Smith
Leadership from NASA’s Marshall Space Flight Center highlighted a successful summer before looking ahead to the center’s culture and strategy during an all-hands meeting Aug. 27 in Building 4316.
Marshall Director Joseph Pelfrey recapped milestone events of the past few months, including new hardware for the Artemis II test flight. The launch vehicle stage adapter for the SLS (Space Launch System) rocket was rolled out Aug. 21 at Marshall and loaded on to the Pegasus barge. In July, the rocket’s core stage was shipped from NASA’s Michoud Assembly Facility to the agency’s Kenney Space Center. The summer started with a NASA in the Park event in downtown Huntsville that attracted more than 14,000 people to learn more about Marshall’s work and is winding down with the continued celebration of the 25th anniversary of NASA’s Chandra X-ray Observatory.
Pelfrey also commended Marshall’s Commercial Crew Program team members for their dedicated work and support of NASA’s Boeing Starliner Crew Flight Test to the International Space Station.
“I just really appreciate the teams that worked so hard between NASA and Boeing to evaluate issues, and the ultimate decision was about safety,” Pelfrey said. “Those teams did a lot of tremendous work on analysis and testing to bring data to decision makers. Now we will get to move forward.”
Before discussing Marshall’s culture and strategy, Pelfrey introduced three new members of Marshall’s leadership team: Davey Jones, center strategy lead; Denise Smithers, center executive officer; and Roger Baird, associate director.''',
    quotes=[
        Q('“I just really appreciate', 'about safety,”', "Joseph Pelfrey"),
        Q('“Those teams did a lot', 'move forward.”', "Joseph Pelfrey"),
    ],
    aliases={"Joseph Pelfrey": ["Pelfrey", "Marshall Director Joseph Pelfrey"]},
),
dict(
    id="dvids-soldiers-radio-news-california-guard-2017",
    source="https://www.dvidshub.net/audio/47612/soldiers-radio-news",
    license=PD, retrieved=PAGES + " (Soldiers Radio News script SRN042017A of April 2017 on DVIDS, printed in capitals; the date line dropped; the empty lines between the script's paragraphs removed; the stored copy is complete)",
    text='''Soldiers Radio News
SRN042017A- California National Guard helps with flooding and Sergeant Major Of The Army visits Latvia
SERGEANT LAURA MARTIN, SOLDIERS RADIO NEWS
SOLDIERS FROM THE CALIFORNIA NATIONAL GUARD GOT TO TEST THEIR SKILLS AFTER RECENT FLOODING LEFT CALIFORNIA IN A STATE OF EMERGENCY. NATIONAL GUARD CIVIL SUPPORT OPERATIONS NCO STAFF SERGEANT JUSTIN MCCAULEY TALKS ABOUT THE TEAMWORK HE SAW FIRSTHAND
"EVERYONE JUST DOVE IN HEAD FIRST AND WAS WILLING TO HELP, WILLING TO FIGHT, WILLING TO WORK THE LONG HOURS. NO ONE WAS REALLY TRYING TO NOT STEP INTO IT EVERYONE WANTED A PIECE OF THE ACTION WE ARE THE NATIONAL GUARD ALWAYS READY AND ALWAYS THERE."
SERGEANT MAJOR OF THE ARMY DANIEL DAILEY VISITED SOLDIERS DEPLOYED TO ADAZI LATVIA DURING OPERATION ATLANTIC RESOLVE. 1-68TH ARMOR REGIMENT TRUCK COMMANDER CORPORAL NICHOLAS HODGES WAS IMPRESSED WITH THE WAY SGMA LIFTED THE SOLDIERS SPIRITS.
" I THINK IT WENT GREAT...A LITTLE BIT DIFFERENT THAN WHAT I EXPECTED, CAUSE BEING SERGEANT MAJOR OF THE ARMY YOU WOULD THINK HE’D BE A LITTLE BIT MORE STERN OR HE WOULDN’T BE AS RELAXED AS HE WAS, BUT HE WAS JUST LIKE EVERYONE ELSE WAS HE JUST HAS A HIGHER POSITION ."''',
    quotes=[
        Q('"EVERYONE JUST DOVE IN', 'ALWAYS THERE."', "JUSTIN MCCAULEY"),
        Q('" I THINK IT WENT GREAT', 'HIGHER POSITION ."', "NICHOLAS HODGES"),
    ],
    aliases={"JUSTIN MCCAULEY": ["STAFF SERGEANT JUSTIN MCCAULEY"],
             "NICHOLAS HODGES": ["CORPORAL NICHOLAS HODGES"]},
),
dict(
    id="dol-wage-hour-record-recovery-fy2007",
    source="https://dol.gov/newsroom/releases/esa/esa20071228?lang=th",
    license=PD, retrieved=PAGES + " (Department of Labor news release of December 28, 2007 (archived); the note 'Please note: As of January 20, 2021, ...', 'News Release' and the closing 'Archived News Release — Caution: Information may be out of date.' dropped; the headline, wrapped over two lines in the copy, joined (H214); the stored copy is complete)",
    text='''U.S. Department of Labor's Wage and Hour Division announces record wage recovery for FY 2007
Agency collects more than $1.25 billion for workers since 2000
WASHINGTON — The U.S. Department of Labor's Wage and Hour Division (WHD) today announced its enforcement data for Fiscal Year 2007, highlighting increases over previous years. Since FY 2000, WHD has recouped more than $1.25 billion for nearly two million workers. For FY 2007, the 341,624 workers receiving recovered back wages is the second largest number since 1993, and the amount of those wages, $220,613,703, is the highest ever. That amount also constitutes a 67 percent increase over the 2001 figure.
"We're proud to be ensuring that workers are paid the wages they're due," said Paul DeCamp, administrator for the Wage and Hour Division. "This record-breaking performance demonstrates the department's commitment to protecting workers."
Recently, WHD has placed a major focus on bringing very large employers into compliance. Numerous employers have made multi-million dollar payments, in two instances to more than 20,000 workers. Earlier this year, WHD obtained the largest private-sector settlement in the agency's history.
WHD is responsible for administering and enforcing some of our nation's most comprehensive labor laws, including: the minimum wage, overtime, and child labor provisions of the Fair Labor Standards Act; the Family and Medical Leave Act; the Migrant and Seasonal Agricultural Worker Protection Act; worker protections provided in several temporary visa programs; and the prevailing wage requirements of the Davis-Bacon Act and the Service Contract Act.
More information on agency results is available on the Wage and Hour Division Web site, www.dol.gov/whd/.''',
    quotes=[
        Q('"We\'re proud to be ensuring', 'they\'re due,"', "Paul DeCamp"),
        Q('"This record-breaking performance', 'protecting workers."', "Paul DeCamp"),
    ],
    aliases={},
),
dict(
    id="atf-national-response-team-minneapolis-2020",
    source="https://www.atf.gov/news/pr/atf-national-response-team-activated-minneapolis",
    license=PD, retrieved=PAGES + " (ATF news release of June 3, 2020; seal lines, 'News Release', 'For Immediate Release', the date and contact lines dropped; the paragraph 'In 1978, ATF developed the NRT to bring its expertise to local, state and federal...', cut in the stored copy, dropped)",
    text='''ATF National Response Team Activated to Minneapolis
MINNEAPOLIS — Members of the National Response Team of the Bureau of Alcohol, Tobacco, Firearms and Explosives, arrived in Minneapolis earlier this week to begin working with local, state and federal partners to investigate fires set during the recent unrest in the Twin Cities.
The ATF NRT was requested by and is working alongside the Minneapolis Fire Department, Minneapolis Police Department and the Minnesota State Fire Marshal Division on the investigations of approximately 100 business fires in Minneapolis.
“The cause of these fires is quite obvious,” said Special Agent in Charge William Henderson, of the St. Paul Field Division. “The task at hand now is to determine who is responsible. ATF’s National Response Team is going to be a tremendous asset. It brings a wealth of knowledge and resources to assist local police and fire departments in large-scale fire investigations.”
In addition to the NRT members who were activated, ATF’s local field division of Special Agents and support staff who normally cover Minnesota and the surrounding states are working to support these investigations.
“The extra personnel will help move these investigations along more quickly,” Henderson continued. “Our goal here is to assist in these fire scene investigations alongside our local, state and federal partners, bringing them all to a successful conclusion.”
This is the 4th NRT call-out to the State of Minnesota this year, to include the concurrent St. Paul activation. The team responded to the Press Bar and Parlor fire in St. Cloud in January and a behavioral health clinic in Grand Rapids in February. Prior to that, the NRT had not been in Minnesota since 2004.''',
    quotes=[
        Q('“The cause of these fires is quite obvious,”', None, "William Henderson"),
        Q('“The task at hand', 'fire investigations.”', "William Henderson"),
        Q('“The extra personnel', 'more quickly,”', "William Henderson"),
        Q('“Our goal here', 'successful conclusion.”', "William Henderson"),
    ],
    aliases={"William Henderson": ["Henderson", "Special Agent in Charge William Henderson"]},
),
dict(
    id="nasa-marshall-star-scheuermann-named-director-2012",
    source="https://docslib.org/doc/4046407/marshall-star-september-26-2012-edition",
    license=PD, retrieved=PAGES + " (the first story of NASA Marshall Space Flight Center's newsletter 'Marshall Star', September 26, 2012 edition, as stored on docslib.org; '<<', 'Print Close', the 'In This Week's Star' table of contents and the image caption dropped; the story's heading runs into its first sentence and two linked names are missing ('director of the , has become', 'Scheuermann replaces , who'), as stored; the paragraph 'As associate administrator, Lightfoot is the agency's highest-ranking civil servant, responsible f...', cut in the stored copy, dropped)",
    text='''Marshall Star, September 26, 2012 Edition
NASA's Patrick Scheuermann Named Marshall Center Director On Sept. 25, NASA Administrator Charles Bolden announced three changes to his senior leadership team.
Robert Lightfoot, acting associate administrator at NASA Headquarters, has assumed that role on a permanent basis. Patrick Scheuermann, director of the , has become director of the Marshall Space Flight Center. Scheuermann replaces , who filled the position on a temporary basis following former director Gene Goldman's retirement Aug. 3. Lightfoot began his assignment as acting associate administrator March 5.
Scheuermann's successor as Stennis director is Dr. Richard J. Gilbrech, who previously had served as that center's deputy director.
All three management changes are effective immediately.
"Robert, Patrick and Rick are three of NASA's finest public servants who will continue to play key roles in our agency's future," said Bolden. "America is fortunate to have three such talented leaders assuming these important jobs at a pivotal time for NASA and space exploration."''',
    quotes=[
        Q('"Robert, Patrick and Rick', 'agency\'s future,"', "Charles Bolden"),
        Q('"America is fortunate', 'space exploration."', "Charles Bolden"),
    ],
    aliases={"Charles Bolden": ["Bolden", "NASA Administrator Charles Bolden"]},
),
dict(
    id="cbp-valor-memorial-ceremony-2021",
    source="https://cbp.gov/newsroom/spotlights/during-valor-memorial-ceremony-cbp-remembers-those-lost-line-duty?language=tl",
    license=PD, retrieved=PAGES + " (CBP newsroom spotlight on the Valor Memorial ceremony of October 15, 2021; the stored copy starts with the first paragraph, without headline; the paragraph '“Every single death represents a parent, si...', cut in the stored copy, dropped)",
    text='''Twenty-three names read aloud. Twenty-three colleagues lost in the line of duty. Twenty-three families left to mourn, but not left alone and not forgotten. Twenty-three lives memorialized during U.S Customs and Border Protection’s National Police Week and Valor Memorial and Wreath Laying Ceremony at the agency’s headquarters in Washington, D.C., Oct. 15. Some of the names were recent; some were from CBP’s legacy agencies more than 100 years ago. But all were remembered.
“We come together during National Police Week to honor our fallen, to mourn our lost brothers and sisters, and to grieve with the families who live with their loved one’s enduring sacrifice every single day,” said CBP Acting Commissioner Troy Miller. “Today’s ceremony is a solemn acknowledgment of the difficulties the CBP workforce has faced for nearly two years. But for the families, friends, and colleagues of those we lost, it is an especially difficult day.”
This year’s memorial ceremony – usually a staple of every year’s Police Week ceremonies – was the first since 2019, as the COVID-19 pandemic interrupted the scheduled May 2020 Police Week, and the Delta variant delayed this year’s recognition of those in CBP who made the ultimate sacrifice in the line of duty.
As the commissioner read brief biographies of each of the 23, he remarked how they not only were great assets to a grateful nation – a Border Patrol agent noted for her commitment to the mission only to be killed along a lonely stretch of Texas highway – but how they were beloved brothers, sisters, sons and daughters who were treasured by the families who lost them – a CBP officer known for his love of cooking for and with his family, especially homemade pizza and cheesecakes. Each one a public loss for an agency charged with protecting a nation, and a private grief for those who continue to mourn that loss every single day. Miller said CBP will never forget.''',
    quotes=[
        Q('“We come together', 'every single day,”', "Troy Miller"),
        Q('“Today’s ceremony', 'especially difficult day.”', "Troy Miller"),
    ],
    aliases={"Troy Miller": ["Miller", "CBP Acting Commissioner Troy Miller"]},
),
dict(
    id="uscg-sailboat-rescue-cape-lookout-2013",
    source="https://guard339.rssing.com/chan-4981703/article469.html",
    license=PD, retrieved=PAGES + " (U.S. Coast Guard release of March 6, 2013 on an RSS mirror of the Coast Guard Digital Newsroom feed; 'Quantcast', the channel lines, '$ 0 0' and the video caption with its 'Read more' link dropped; the paragraph 'There are no r...', cut in the stored copy, dropped)",
    text='''VIDEO RELEASE: Coast Guard rescues two from sailboat 25 miles east of Cape Lookout, NC
PORTSMOUTH, Va. — The Coast Guard rescued two men Wednesday after their sailboat, the Andante II, became disabled approximately 25 miles east of Cape Lookout, N.C., at 5:34 p.m.
Rescued were Jim Southward and Pat Schoenberger.
Southward and Schoenderger notified Coast Guard Sector North Carolina watchstanders that they lost engine power, steering and were taking on water.
Watchstanders deployed an aircrew aboard an MH-60 Jayhawk helicopter from Coast Guard Air Station Elizabeth City, N.C.
When the Jayhawk arrived on scene, the two men jumped into the water and swam away from their sailboat, allowing the Coast Guard crew to hoist the men while avoiding the hazard of the 41-foot sailboat's mast.
"Being able to talk directly to the two sailors on marine 16 removed a lot of their uncertainty and kept them engaged through the rescue process," said Lt. Jenny Fields, the helicopter pilot who flew during the rescue. "We kept them updated of our position and our progress in devising a way to get them safely off their vessel and into the helo. The sailor’s radio discipline and effective communication with the Coast Guard throughout the day played a huge role in their rescue."
The men were hoisted into the helicopter and taken to the air station.''',
    quotes=[
        Q('"Being able to talk', 'rescue process,"', "Jenny Fields"),
        Q('"We kept them updated', 'their rescue."', "Jenny Fields"),
    ],
    aliases={"Jenny Fields": ["Lt. Jenny Fields"]},
),
dict(
    id="fema-florida-mitigation-grants-2008",
    source="http://dailyinsurer.blogspot.com/2008/05/florida-counties-receive-fema-grants.html",
    license=PD, retrieved=PAGES + " (FEMA announcement of hazard mitigation grants to Florida, May 2008, reposted on an insurance blog; the stored copy starts with the first paragraph, without the post's headline; 'No comments: Post a Comment' dropped)",
    text='''FEMA has announced 12 grants totaling $790,405 toward projects that have total approved costs of $1,053,877. The money comes from Hazard Mitigation Grant program (HMGP) funds FEMA made available to Florida in the wake of tornadoes that struck the state on Christmas Day 2006 and Groundhog Day 2007.
Six of the grants will help improve notification to citizens, including one that is specific to schoolchildren. Four will retrofit public buildings to make them better resist high winds and two will make better communication technology available to first responders.
"These communities obviously worked hard to find ways to use these funds to benefit their citizens. This is a great example of the local, state and federal governments working together to protect and help all," said FEMA Region IV Regional Administrator Phil May.
"We are grateful to Administrator May and our colleagues at FEMA Region IV for their ongoing partnership and commitment to communities across the Sunshine State," added Florida Emergency Management Director Craig Fugate. "These vital mitigation projects will help protect and benefit residents and first responders daily."''',
    quotes=[
        Q('"These communities obviously', 'help all,"', "Phil May"),
        Q('"We are grateful', 'Sunshine State,"', "Craig Fugate"),
        Q('"These vital mitigation', 'first responders daily."', "Craig Fugate"),
    ],
    aliases={"Phil May": ["FEMA Region IV Regional Administrator Phil May", "Administrator May"],
             "Craig Fugate": ["Florida Emergency Management Director Craig Fugate"]},
),
dict(
    id="fema-aurora-ohio-flood-grant",
    source="https://coop.mnb.uscourts.gov/aggregator/FEMA.gov/www.youtube.com/disaster/4829?page=165",
    license=PD, retrieved=PAGES + " (FEMA release in the FEMA/DHS news feeds as aggregated on a federal bankruptcy court's site; 'You are here' and 'Feed aggregator' dropped; the paragraph 'HMGP provides grants to state, tribal and local governments ... to assist the city of Aurora in manag...', cut in the stored copy, dropped)",
    text='''FEMA Awards $2.3M Grant to Aurora for Flood Risk Reduction Project
CHICAGO – Through the Hazard Mitigation Grant Program (HMGP), FEMA has awarded $2,315,164 to the city of Aurora, Ohio, for a flood risk reduction project. This grant will fund the acquisition and demolition of 11 flood-prone residential structures and the acquisition of one flood-prone vacant parcel.
After the demolition of these structures, the project will include floodplain and stream restoration work, storm sewer modifications, and the creation of a flood detention facility on the acquired land. The project will take place in the Geauga Lake subdivision, an area that has experienced repeated flooding, and is designed to reduce damage during future severe flooding events.
“FEMA’s Hazard Mitigation Grant Program enables communities to implement critical mitigation measures to reduce or eliminate the risk of loss of life and property,” said FEMA Region 5 Regional Administrator Tom Sivak. “The acquisition and demolition of these structures permanently removes them from the floodplain, and the entire project will greatly reduce the financial impact on individuals and the community when future flooding occurs in Aurora.”
“The city of Aurora has had numerous flood events which caused damage to properties, businesses and roads,” said Sima Merick, executive director of the Ohio Emergency Management Agency. “After the flood risk reduction project is completed the community will be safer, due in part to the acquisition and demolition of the flood-prone residential structures.”''',
    quotes=[
        Q('“FEMA’s Hazard Mitigation Grant Program', 'life and property,”', "Tom Sivak"),
        Q('“The acquisition and demolition', 'occurs in Aurora.”', "Tom Sivak"),
        Q('“The city of Aurora', 'businesses and roads,”', "Sima Merick"),
        Q('“After the flood risk', 'residential structures.”', "Sima Merick"),
    ],
    aliases={"Tom Sivak": ["FEMA Region 5 Regional Administrator Tom Sivak"]},
),
dict(
    id="fema-puerto-rico-8000-projects-maria",
    source="https://coop.mnb.uscourts.gov/aggregator/categories/4?page=275",
    license=PD, retrieved=PAGES + " (FEMA release in the DHS News feed as aggregated on a federal bankruptcy court's site; 'You are here' and 'DHS News' dropped; the paragraph 'On the other hand, the allocations cover close to $56 million for 54 projects of the Department of Health. ... located at the...', cut in the stored copy, dropped)",
    text='''FEMA Reaches 8,000 Project Obligations Related to Hurricane María
This represents an injection of over $2.4 billion to the municipal governments
GUAYNABO, Puerto Rico— The Federal Emergency Management Agency announces/marks another milestone in Puerto Rico's recovery from Hurricane María, reaching over 8,000 projects approved for nearly $25.6 billion in federal funds.
The total projects with funds allocated so far ranges from debris removal and emergency protection measures granted at the beginning of the recovery, to permanent work and administrative expenses for municipalities and government agencies. The allocations also cover projects for nonprofit organizations.
“At FEMA, our commitment to the rebuilding and recovery of Puerto Rico is seen every time we allocate funds for a project, with every stone that is laid to reconstruct a building and with every road that is now safer and stronger. These awards cover all categories of permanent work, such as education, health, historic buildings, roads and bridges, sports and recreational facilities, among others,” said Federal Disaster Recovery Coordinator for Puerto Rico José G. Baquero.
One of the nonprofit organizations with approved funding of more than $300,000 is the Ruth Home (Hogar Ruth), a shelter that has been providing services to survivors of domestic violence since 1984.
“During 2020 a total of 6,575 participants received our services. One of the most difficult challenges for any nonprofit organization is to be able to access funds that allow for reconstruction. Without access to these funds, it would have been impossible to return to the normalcy required after what we went through,” said Lisdel Flores Barger, the shelter’s executive director.''',
    quotes=[
        Q('“At FEMA, our commitment', 'among others,”', "José G. Baquero"),
        Q('“During 2020 a total', 'what we went through,”', "Lisdel Flores Barger"),
    ],
    aliases={"José G. Baquero": ["Federal Disaster Recovery Coordinator for Puerto Rico José G. Baquero"]},
),
]
