# Held-out English news texts (tests/data/heldout100-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal bodies, all works of the US government in the public domain (17 U.S.C. § 105):
# two US Attorney's Office releases on justice.gov (Western District of Oklahoma, Project Safe Neighborhoods, 2017;
# District of Hawaii, DEA's prescription drug take-back day, 2017), an ICE release (ice.gov, an Arizona firearms
# trafficking ring charged with ATF), an FBI page on fbi.gov ('The Outreach - Spring 2024'), a Department of Energy Oak
# Ridge release (energy.gov, Secretary's Appreciation Award), a Senate press release (alexander.senate.gov, the DOE
# national laboratories, 2015), and four federal releases reposted verbatim off government sites: a DOE release on
# Secretary Perry's last honor-awards ceremony (einpresswire.com, 2019), an ATF Columbus Field Division release
# (securengin.fifthestate.nz, 2025), a Justice Department release on the Jeffrey Sterling sentencing
# (brandtsrandomgovernmentpressreleases.blogspot.com, 2015) and a National Park Service release on the Mississippi River
# Visitor Center (millcitytimes.com, 2016). None is credited to AP, Reuters, AFP or another third party. Stored copies are
# cut after about 2,000 characters: only complete paragraphs and list items are kept and a cut paragraph or item is dropped
# (noted in `retrieved`). Site lines, 'Press Release' labels, date lines, 'Source:' lines and a photo caption are dropped;
# wording, inner spacing and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H690-H695 in ANNOTATION.md on top of the rules above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDR = "public domain (US government work, 17 U.S.C. § 105; verbatim repost of the federal release off the agency's site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout100-en.jsonl

Built by `build.py` from `heldout100_pages.py`. Like heldout23-en, heldout27-en, heldout37-en, heldout54-en and
heldout87-en, these texts are stored web pages (the `pages` search corpus) of US federal bodies, none of them used in a set
above, this time mostly law enforcement: two US Attorney's Office releases on justice.gov (Western District of Oklahoma:
the reinvigoration of Project Safe Neighborhoods, October 2017; District of Hawaii: DEA's National Prescription Drug Take
Back Day, October 2017), an ICE release on an Arizona firearms trafficking network charged with ATF (ice.gov), an FBI
newsletter page ('The Outreach - Spring 2024', fbi.gov: a basketball game of the Washington Field Office), a Department of
Energy Oak Ridge release on the Secretary's Appreciation Award (energy.gov), Senator Lamar Alexander's press release on the
DOE national laboratories (alexander.senate.gov, 2015), and four federal releases reposted verbatim on non-government
sites: DOE's release on Secretary Rick Perry's last Secretary's Honor Awards ceremony (einpresswire.com, 2019), an ATF
Columbus Field Division release on firearms trafficking to Mexico (securengin.fifthestate.nz, 2025), the Justice Department
release on the sentencing of Jeffrey Sterling (brandtsrandomgovernmentpressreleases.blogspot.com, 2015) and a National Park
Service release on the Mississippi River Visitor Center's grand reopening (millcitytimes.com, 2016). All are US government
works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs and list items are kept (what was dropped is noted
per page). Site lines, labels, date and source lines and a photo caption were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap
with every existing text: the only shared 8-word sequences are the name `the Bureau of Alcohol, Tobacco, Firearms and
Explosives`, the phrase `the 100th anniversary of the National Park Service` and the dateline boilerplate `WASHINGTON,
D.C. – Today, the U.S. Department of`; the FBI News Blog page of February 9, 2016 on the Umm Sayyaf charges was left out
again, as for heldout37-en and heldout79-en, for its 8-word run shared with heldout17-en). The annotation (rules H690–H695 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usao-wdok-2017-10-05-project-safe-neighborhoods",
    source="https://www.justice.gov/usao-wdok/pr/attorney-general-jeff-sessions-announces-reinvigoration-project-safe-neighborhoods-and",
    license=PD, retrieved=PAGES + " (US Attorney's Office, Western District of Oklahoma, on justice.gov; the site lines 'You are here', 'Justice News', 'Department of Justice', 'U.S. Attorney’s Office', 'Western District of Oklahoma' and the date line 'Thursday, October 5, 2017' dropped; the headline kept as the first line; the double spaces after full stops as stored; the fourth paragraph of the Attorney General's statement '\"Taking what we have learned since the program began in 2001, we have updated it and...', cut in the stored copy, dropped)",
    text='''Attorney General Jeff Sessions Announces Reinvigoration of Project Safe Neighborhoods and Other Actions to Reduce Violent Crime
Today, Attorney General Jeff Sessions announced several Department of Justice actions to reduce violent crime in the United States.  Foremost of those actions is the reinvigoration of "Project Safe Neighborhoods," a program that has been historically successful in bringing together all levels of law enforcement to reduce violent crime and make our neighborhoods safer for everyone.  According to the FBI, violent crime rates, including homicides, have risen the past two years.  "As a former Project Safe Neighborhoods and Violent Crime Coordinator, I am pleased by the Attorney General’s commitment to reducing violent crime, an endeavor all Oklahomans can embrace," said Mark A. Yancey, United States Attorney for the Western District of Oklahoma.
In announcing this recommitment to Project Safe Neighborhoods, the Attorney General issued a memo directing United States Attorneys to implement an enhanced violent crime reduction program that incorporates the lessons learned since Project Safe Neighborhoods launched in 2001.
In a statement on the program, the Attorney General said, in part:
"We cannot be complacent or hope that [a rising violent crime rate] is just an anomaly: we have a duty to take action."
"Fortunately, we have a President who understands that and has directed his administration to reduce crime.  The Department of Justice today announces the foundation of our plan to reduce crime:  prioritizing Project Safe Neighborhoods, a program that has been proven to work.
"Let me be clear – Project Safe Neighborhoods is not just one policy idea among many.  This is the centerpiece of our crime reduction strategy.''',
    quotes=[
        Q('"Project Safe Neighborhoods,"', None, None),
        Q('"As a former Project Safe', 'can embrace,"', "Mark A. Yancey"),
        Q('"We cannot be complacent', 'take action."', "Jeff Sessions"),
        Q('"Fortunately, we have', 'proven to work.', "Jeff Sessions"),
        Q('"Let me be clear', 'crime reduction strategy.', "Jeff Sessions"),
    ],
    aliases={"Jeff Sessions": ["Attorney General Jeff Sessions"]},
),
dict(
    id="usao-hi-2017-10-27-dea-take-back-opioids",
    source="https://www.justice.gov/usao-hi/pr/dea-joins-local-law-enforcement-partners-nationwide-take-back-opioids-and-other",
    license=PD, retrieved=PAGES + " (a DEA release published by the US Attorney's Office, District of Hawaii, on justice.gov; 'Skip to main content', 'Press Release', 'For Immediate Release' and 'U.S. Attorney's Office, District of Hawaii' dropped; the headline kept as the first line; the lost link in 'can be located at or by calling' as stored; the third paragraph of the Attorney General's statement '\"This Department of Justice is committed to doing its part to turn the tide. This ye...', cut in the stored copy, dropped)",
    text='''DEA Joins Local Law Enforcement Partners In Nationwide Take Back Of Opioids And Other Prescription Drugs
WASHINGTON – The Drug Enforcement Administration will join forces tomorrow with more than 4,000 local, tribal, and community partners at more than 5,000 collection sites to collect potentially dangerous expired, unused, and unwanted prescription drugs. The effort will help prevent these drugs, including opioids, from falling into the wrong hands and contributing to a lethal drug abuse epidemic in the United States.
On Saturday, Oct. 28, 2017, from 10:00 a.m. to 2:00 p.m. local time, individuals can take pills and other solid forms of medication at nearby collection sites (DEA cannot accept liquids, needles or sharps), which can be located at or by calling 800-882-9539. The service is free and anonymous, no questions asked.
The DEA action comes just days after President Donald J. Trump announced the mobilization of his entire Administration to address drug addiction and opioid abuse by directing the declaration of a Nationwide Public Health Emergency to address the opioids crisis.
"Today the United States is facing the worst drug crisis in our history, as more Americans are dying from drug overdoses than ever before," said Attorney General Jeff Sessions. "We lose one American life to drugs every nine minutes. This crisis affects every American, as it is filling up our emergency rooms, our foster homes, and our cemeteries.
"President Trump is right to make this issue a top priority for his administration, and his plan will make a difference for millions of Americans. It will help those suffering from addiction get the treatment they need and prevent many new addictions from starting in the first place. I commend him for recognizing the public health emergency that this is."''',
    quotes=[
        Q('"Today the United States', 'than ever before,"', "Jeff Sessions"),
        Q('"We lose one American life', 'our cemeteries.', "Jeff Sessions"),
        Q('"President Trump is right', 'that this is."', "Jeff Sessions"),
    ],
    aliases={"Jeff Sessions": ["Attorney General Jeff Sessions"]},
),
dict(
    id="ice-hsi-atf-arizona-firearms-trafficking-network",
    source="https://www.ice.gov/news/releases/feds-dismantle-arizona-based-firearms-trafficking-network",
    license=PD, retrieved=PAGES + " (ICE news release on ice.gov; the headline kept as the first line; complete in the stored copy)",
    text='''Feds dismantle Arizona-based firearms trafficking network
TUCSON, Ariz. — Twenty-one defendants have been indicted on federal criminal charges for their alleged role in a southern Arizona firearms trafficking ring suspected of attempting to smuggle 100 weapons and approximately 80,000 rounds of ammunition into Mexico over a six- month period, following a multiagency probe spearheaded by U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security Investigations (HSI) and the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF).
The 59-count indictment, handed down earlier this month, charges the 21 individuals with various federal firearms offenses. Nineteen of the defendants were taken into custody over the last week on federal arrest warrants. The remaining defendants are being sought by federal agents.
According to the indictment, the defendants conspired to fraudulently buy firearms and ammunition in the United States, also known as straw purchases. They then attempted to smuggle the items into Mexico. The indictment accuses the defendants of illegal exportation; conspiracy; prohibited possession of firearms/ammunition; and various other firearms violations.
In addition to HSI and ATF, various state and local law enforcement agencies also assisted with the far-reaching probe. The investigation began in 2015 based on information obtained by the ATF shortly after the seizure of four firearms in Mexico.
“I’m extremely proud of the investigative efforts of our ATF agents and our HSI enforcement partners,” stated ATF Special Agent in Charge Thomas Atteberry. “This investigation disrupted a firearms trafficking ring that was operating in Arizona and supplying numerous weapons to criminals.”
The defendants have made their initial appearances before a U.S. Magistrate Judge in Tucson.''',
    quotes=[
        Q('“I’m extremely proud', 'enforcement partners,”', "Thomas Atteberry"),
        Q('“This investigation disrupted', 'weapons to criminals.”', "Thomas Atteberry"),
    ],
    aliases={"Thomas Atteberry": ["ATF Special Agent in Charge Thomas Atteberry"]},
),
dict(
    id="fbi-outreach-spring-2024-wfo-basketball-game",
    source="https://www.fbi.gov/how-we-can-help-you/outreach/the-outreach/the-outreach-spring-2024",
    license=PD, retrieved=PAGES + " (FBI newsletter page 'The Outreach - Spring 2024' on fbi.gov; the page's two introductory lines kept; the photo caption 'The FBI and the DC Department of Parks and Recreation employees welcomed Theodore Roosevelt High School students ...' dropped; Contee's second quotation has no closing mark, as stored; the last paragraph, Wray's quotation '“We hope we’re going to see you back,” Wray said, “whether it’s maybe for another game or maybe with your families for...', cut in the stored copy, dropped)",
    text='''Community outreach is about building partnerships locally and nationally that help prevent crime and protect our diverse nation.
Read about the FBI’s latest outreach initiatives, notable outreach activities and successes by Bureau partners and personnel, advice for staying safe from emerging threats and scams, career opportunities, and more.
On Jan. 26, the Washington Field Office’s Strategic Partnership squad hosted a basketball game between FBI employees and students from Theodore Roosevelt High School in Washington, D.C., as part of the partnership’s ongoing initiative to educate the public about the FBI and its mission.
Spearheaded by Community Outreach Specialist Nicole Mines, the event began with remarks from Kevin Vorndran, the special agent in charge of WFO’s Mission Services Division; Strategic Partnership Supervisory Special Agent Bridgette Trela; and Robert Contee, the assistant director of the Office of Partner Engagement. Contee, a D.C. native and former chief of the Metropolitan Police Department, told the students he was proud of them for coming.
“There are people out here who are committed to you because you showed up today,” Contee said. “And what I’m asking you to do is to keep believing in you. Don’t take your eye off the prize.
The students visited The FBI Experience before suiting up for the big game. Director Christopher Wray gave remarks at center court before tipoff, expressing his gratitude to the organizers of the event and to the students for their time.''',
    quotes=[
        Q('“There are people out here', 'showed up today,”', "Robert Contee"),
        Q('“And what I’m asking', 'eye off the prize.', "Robert Contee"),
    ],
    aliases={"Robert Contee": ["Contee"]},
),
dict(
    id="doe-orem-oak-ridge-employees-secretarys-appreciation-award",
    source="http://energy.gov/orem/articles/oak-ridge-employees-honored-department-energy-s-secretary-s",
    license=PD, retrieved=PAGES + " (Department of Energy, Oak Ridge Office of Environmental Management, on energy.gov; the stored copy has no headline and begins with the dateline paragraph; the mixed marks ‘...' around the award's description as stored; complete in the stored copy)",
    text='''OAK RIDGE, Tenn. - On February 15, eight employees from the U.S. Department of Energy’s (DOE) Oak Ridge Office were recognized at an awards ceremony for earning the Secretary’s Appreciation Award, one of the federal agency’s highest internal recognitions. The award honors employees who ‘go above and beyond the call of duty in their work endeavors.'
Oak Ridge’s recipients were members of the Source Evaluation Board (SEB) who managed the procurement selection process for the new East Tennessee Technology Park (ETTP) cleanup, decontamination and decommissioning contract. The board’s efforts led to the award of the $2.2 billion contract in ten months, exceeding all previously established milestone schedules. The team developed new acquisition processes that expedited the contract’s schedule and may be applied to future DOE acquisitions.
Recipients of the Secretary’s Appreciation Award include Jay Mullis, SEB Chair, Office of Environmental Management; Wendy Bryant, Office of Chief Counsel; Timothy Hertzel, Financial Evaluation and Accountability Division; Heather Houk, Procurement and Contracts Division; Carol Jennings, Procurement and Contracts Division; Mildred Lopez-Ferre, Office of the Assistant Manager for Environment, Safety and Health; Karen Shears, Procurement and Contracts Division; and Russell Vranicar, Office of Environmental Management.
“These employees are very deserving of this great honor for their accomplishment,” said ORO Manager John Eschenberg. “To complete a contract of this size and complexity in ten months, with our numerous regulations and criteria, reveals the outstanding knowledge and experience of this team.”
Tom D’Agostino, undersecretary for nuclear security and administrator of the National Nuclear Security Administration, presided over the ceremony, which included leadership from the Oak Ridge Office and UCOR.''',
    quotes=[
        Q('‘go above and beyond', "work endeavors.'", None),
        Q('“These employees are very', 'their accomplishment,”', "John Eschenberg"),
        Q('“To complete a contract', 'of this team.”', "John Eschenberg"),
    ],
    aliases={"John Eschenberg": ["ORO Manager John Eschenberg"]},
),
dict(
    id="senate-alexander-2015-10-29-national-laboratories-hearing",
    source="https://www.alexander.senate.gov/public/index.cfm/pressreleases?ContentRecord_id=CFEA3647-7DCF-4BD6-B5AC-218872BC1070",
    license=PD, retrieved=PAGES + " (press release of Senator Lamar Alexander on alexander.senate.gov; headline and subhead kept as the first two lines; the line 'Posted on October 29, 2015' dropped; the list item '• Continue to maintain separate and independent facilities for the ...', cut in the stored copy, dropped)",
    text='''Alexander: Department of Energy National Laboratories Across the Country, including Oak Ridge National Laboratory, Vital to 21st Century Economy and Creating Jobs
Says Congress, White House and Department of Energy should work together to support nation’s 17 national laboratories
WASHINGTON D.C. Oct. 29, 2015 – U.S. Sen. Lamar Alexander (R-Tenn.) on Wednesday called the nation’s 17 Department of Energy national laboratories “the engines that help create new, cutting-edge technologies that can transform our economy.”
Oak Ridge National Laboratory, which is one of 10 Office of Science laboratories, is the nation’s largest multi-program science and technology laboratory. Oak Ridge National Laboratory, and national laboratories across the country, support research activities for thousands of scientists that are working to develop new scientific and technological breakthroughs.
“Supporting government-sponsored basic research is one of the most important things our country can do to encourage innovation, help our free-enterprise system create good jobs, and make America competitive in a global economy. If we can ensure our national laboratories are running as efficiently and effectively as possible, then more money can be spent on research and development and the national laboratories can work more easily with private industries to support our 21st century economy and create jobs,” Alexander said.
Alexander led a hearing Wednesday to discuss some of the 36 recommendations made by the Committee to Review the Effectiveness of the National Energy Laboratories. Alexander said the commission “did a fine job” making recommendations and specifically he would like to see Congress, the administration and the Department of Energy explore ways to:
• Utilize third-party financing when appropriate so that lab facilities can be built for less money in less time.''',
    quotes=[
        Q('“the engines that help', 'transform our economy.”', "Lamar Alexander"),
        Q('“Supporting government-sponsored', 'create jobs,”', "Lamar Alexander"),
        Q('“did a fine job”', None, "Lamar Alexander"),
    ],
    aliases={"Lamar Alexander": ["U.S. Sen. Lamar Alexander", "Alexander"]},
),
dict(
    id="doe-2019-secretary-perry-honor-awards-farewell",
    source="https://www.einpresswire.com/article/502649080/secretary-perry-hosts-doe-secretary-s-honor-awards-ceremony-and-bids-farewell-to-all",
    license=PDR, retrieved=PAGES + " (a Department of Energy release reposted verbatim on einpresswire.com (H690); the stored copy has no headline (the release's title 'Secretary Perry Hosts DOE Secretary's Honor Awards Ceremony and Bids Farewell to All ...') and none is added; the list of achievements kept one item a line, as stored; the last paragraph 'In addition, three DOE Senior Executive Service members ... the Distinguished ...', cut in the stored copy, dropped)",
    text='''WASHINGTON, D.C. – Today, the U.S. Department of Energy (DOE) held its annual Secretary’s Honor Awards Ceremony at DOE Headquarters. Secretary of Energy Rick Perry hosted the event, recognizing the outstanding achievements of individuals and teams who have gone above and beyond in fulfilling DOE’s mission and serving the Nation.
“I could not be more proud of my entire DOE family,” said Secretary Perry. “Now you’re probably tired of hearing me say that, as your Secretary, I’ve had the coolest job in the world. It’s because of you, the men and women here in this room and across our DOE enterprise. Thanks to the wonderfully innovative minds here and elsewhere and to those who support them, we have seen energy progress that is truly historic.”
As his last address to all DOE employees before he resigns, Secretary Perry also thanked all DOE employees for their hard work and commitment to DOE’s mission. “In all that we’re doing or hope to do, we are striving to create a better nation and a better world for our fellow human beings,” he said. “As I enter my final weeks as Secretary, I can truly say that, working together, we have made real strides toward that goal. It is my hope that one day you will look back as I will knowing that we touched lives and served our country well.”
In total, 921 employees across DOE and the federal government were recognized both individually and in teams for their hard work and dedication to public service. Some of the achievements are:
Strengthened cybersecurity
Groundbreaking advancements to U.S. healthcare
Development of high-performance supercomputers
Enhanced DOE internal controls
Continued progress in stockpile stewardship
Strengthened nonproliferation efforts
Advancement of U.S. and global goals for nuclear security''',
    quotes=[
        Q('“I could not be more proud', 'DOE family,”', "Rick Perry"),
        Q('“Now you’re probably tired', 'truly historic.”', "Rick Perry"),
        Q('“In all that we’re doing', 'human beings,”', "Rick Perry"),
        Q('“As I enter my final weeks', 'our country well.”', "Rick Perry"),
    ],
    aliases={"Rick Perry": ["Secretary of Energy Rick Perry", "Secretary Perry"]},
),
dict(
    id="atf-columbus-2025-firearms-trafficking-to-mexico-press-conference",
    source="https://securengin.fifthestate.nz/2025/05/03/atf-columbus-host-press-conference-on-combatting-firearms-trafficking-to-mexico",
    license=PDR, retrieved=PAGES + " (an ATF release reposted verbatim on a news aggregator (H690); the line 'Source: United States Bureau of Alcohol Tobacco Firearms and Explosives (ATF)' dropped; the stored copy has no headline and none is added; the last paragraph 'ATF ...', cut in the stored copy, dropped)",
    text='''COLUMBUS, Ohio – The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Columbus Field Division hosted a press conference to showcase recent efforts to combat the trafficking of firearms to Mexico.
“ATF is committed to disrupting firearms violence, which includes investigating and arresting those individuals who are providing violent criminals with the means to terrorize our communities,” stated Thomas Greco, Acting Special Agent in Charge of ATF’s Columbus Field Division. “We remain committed to working with our local, state, and federal partners to follow the trail of guns and disrupt the flow of firearms to criminals.”
In response to the growing threat posed by Transnational Criminal Organizations and the administration’s emphasis on combating them, ATF has been working swiftly and diligently with federal and local partners to effectively combat the flow of illegal firearms trafficked to Mexico.
Over the past four years, Cartels have infiltrated the United States through the southern border and are operating within our communities. These Cartels have established and expanded their networks throughout the United States to carry out their illicit activities such as, fentanyl trafficking and human smuggling.
Cartels rely on specific firearms to facilitate, expand and protect their criminal enterprise, including large caliber and/or belt fed rifles such as, the Ohio Ordinance M2 .50 caliber, FN M240 7.6mm, FN M249 5.56, and the Barrett M82 .50 semi-automatic rifle.
Under President Trump’s and Attorney General Bondi’s leadership, ATF has prevented nearly 9,700 firearms from falling into the hands of dangerous criminals or terrorist. From January 20 to May 1, 2025, ATF agents nationwide initiated 8,501 violent crime cases, arrested 1,912 criminals, seized a total of 10,592 firearms, 655,388 rounds of ammunition, 8,722 firearm parts, and 6,335 assorted explosives.''',
    quotes=[
        Q('“ATF is committed to disrupting', 'terrorize our communities,”', "Thomas Greco"),
        Q('“We remain committed', 'firearms to criminals.”', "Thomas Greco"),
    ],
),
dict(
    id="doj-2015-05-11-former-cia-officer-sterling-sentenced",
    source="https://brandtsrandomgovernmentpressreleases.blogspot.com/search/label/CENTRAL%20INTELLIGENCE%20AGENCY",
    license=PDR, retrieved=PAGES + " (a Justice Department release reposted verbatim on a blog's label page (H690); the blog lines 'FROM: U.S. JUSTICE DEPARTMENT' and 'Monday, May 11, 2015' dropped; the release title kept as the first line; the paragraph 'Sterling was found guilty by a federal jury on Jan. 26, 2015. ... he was assigned to a cla...', cut in the stored copy, dropped)",
    text='''Former CIA Officer Sentenced to 42 Months in Prison for Leaking Classified Information and Obstruction of Justice
Jeffrey A. Sterling, 47, of O’Fallon, Missouri, was sentenced today to 42 months in prison for disclosing national defense information and obstructing justice. Sterling disclosed classified information about a clandestine operational program concerning Iran’s nuclear weapons program to a New York Times reporter in 2003.
Assistant Attorney General Leslie R. Caldwell of the Justice Department’s Criminal Division, U.S. Attorney Dana J. Boente of the Eastern District of Virginia and Assistant Director in Charge Andrew McCabe of the FBI’s Washington, D.C. Field Office made the announcement.
“For his own vindictive purposes, Jeffrey Sterling carelessly disclosed extremely valuable, highly classified information that he had taken an oath to keep secret,” said U.S. Attorney Boente. “His attempt to leverage national security information for his own malicious reasons brought him to this sentence today. I would like to thank the trial team and our partners at the FBI’s Washington Field Office and the Central Intelligence Agency for their hard work and commitment to this case.”
“The sentence handed down by a federal judge is the culmination of a lengthy investigation, a protracted prosecution and a unanimous decision by a federal jury to convict Mr. Sterling for the unauthorized disclosure of national security information,” said Assistant Director in Charge McCabe. “The time and effort dedicated to this case by FBI special agents, intelligence analysts and prosecutors working on this matter exemplify the extent the FBI will undertake in pursuit of justice.”''',
    quotes=[
        Q('“For his own vindictive', 'to keep secret,”', "Dana J. Boente"),
        Q('“His attempt to leverage', 'to this case.”', "Dana J. Boente"),
        Q('“The sentence handed down', 'security information,”', "Andrew McCabe"),
        Q('“The time and effort', 'pursuit of justice.”', "Andrew McCabe"),
    ],
    aliases={"Dana J. Boente": ["U.S. Attorney Dana J. Boente", "U.S. Attorney Boente"],
             "Andrew McCabe": ["Assistant Director in Charge Andrew McCabe", "Assistant Director in Charge McCabe"]},
),
dict(
    id="nps-miss-2016-08-25-mississippi-river-visitor-center-reopening",
    source="http://millcitytimes.com/news/august-25-mississippi-river-visitor-center-grand-reopening.html",
    license=PDR, retrieved=PAGES + " (a National Park Service release of the Mississippi National River and Recreation Area reposted verbatim on a community news site (H690); headline and subtitle kept as the first two lines; the advisory lines 'Who:', 'What:', 'Where:' kept as stored; the line 'When: August 25, 2016 – 8:00-9:30...', cut in the stored copy, dropped)",
    text='''August 25: Mississippi River Visitor Center Grand Reopening
Mississippi National River and Recreation Area Celebrates Centennial with New Visitor Center
Joining a national effort to connect with the next generation of park visitors, supporters, and advocates, the Mississippi National River and Recreation Area has remodeled its visitor center just in time for the National Park Service centennial. Located in the lobby of the Science Museum of Minnesota, the new visitor center will provide gateway experiences to the Mississippi River and other national parks across the country. The grand reopening will take place on Founders’ Day, the 100th anniversary of the National Park Service, with an early-morning sneak preview for press and members of Mississippi Park Connection.
“Mississippi National River and Recreation Area is excited about this project,” said Superintendent John Anfinson. “The new exhibits will provide an interactive and fun way to learn about the Mississippi River in the Minneapolis and Saint Paul area.” The new exhibits will introduce people to a national park experience without leaving the Twin Cities.
Mississippi Park Connection, the park’s nonprofit partner, has co-led the project and raised funds for the new exhibits. Katie Nyberg, executive director of Mississippi Park Connection, noted that “The new exhibits will give people unique experiences like seeing inside a bald eagle’s nest. All the exhibits will be interactive, hands on and fun.”
The project has garnered $630,000 of support from local and national sources, including the National Park Service Centennial Challenge, National Park Foundation, 3M, the Patrick and Aimee Butler Family Foundation, and the Prairie Island Indian Community.
Who: Mississippi National River and Recreation Area, Mississippi Park Connection
What: Mississippi River Visitor Center Grand Reopening
Where: Science Museum of Minnesota, 120 W Kellogg Blvd, Saint Paul, MN 55102''',
    quotes=[
        Q('“Mississippi National River and Recreation Area is excited', 'this project,”', "John Anfinson"),
        Q('“The new exhibits will provide', 'Saint Paul area.”', "John Anfinson"),
        Q('“The new exhibits will give', 'hands on and fun.”', "Katie Nyberg"),
    ],
    aliases={"John Anfinson": ["Superintendent John Anfinson"]},
),
]
