# Held-out English news pages (tests/data/heldout139-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): three Coast Guard news releases reposted verbatim on coastguardnews.com (a beach rescue at Coquina Beach, N.C.,
# with the National Park Service; the Cutter Boutwell's return from a 75-day Alaska patrol, September 2015; 23 distress
# calls in six days in Alaska), a Coast Guard 17th District release of June 2017 reproduced on alaska-native-news.com (a
# medevac near Shelikof Strait), a Department of Veterans Affairs release of May 31, 2017 on Secretary David J. Shulkin's
# first 'State of the VA' address (news.va.gov), a Department of Energy statement of December 15, 2008 by Secretary Samuel
# W. Bodman on the selection of Steven Chu (energy.gov print page, from the UNT web archive), a U.S. Army Corps of Engineers
# story of April 29, 2011 on the Mississippi River flood fight (army.mil) and a USDA Forest Service statement of December 21,
# 2018 by Chief Vicki Christiansen, as distributed unaltered on marketscreener.com. None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site lines, contact and telephone lines, photo captions, credit lines, '###'
# end marks, disclaimers, link lines and 'If you have any problems viewing this article' lines are dropped; leading and
# trailing blanks of a line are dropped; wording, spacing inside paragraphs (the double blanks after full stops in the DOE
# statement) and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules
# H1075-H1080 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout139-en.jsonl

Built by `build.py` from `heldout139_pages.py`. Like heldout31-en, heldout41-en, heldout122-en, heldout133-en,
heldout135-en and heldout137-en, these texts are US federal news texts taken from stored web pages (the `pages` search
corpus), none of them used in a set above: three US Coast Guard news releases reposted verbatim on coastguardnews.com
(Station Oregon Inlet and the National Park Service rescue two boaters off Coquina Beach, N.C.: Petty Officer 1st Class
Clifford Henry, Master Chief Lars Kent; the Cutter Boutwell returns to San Diego from a 75-day Alaska patrol, September 2015:
Capt. Edward Westfall; the Coast Guard in Alaska receives 23 distress calls in six days: Petty Officer 2nd Class Jacques
Castro), a Coast Guard 17th District release of June 2017 on a medevac near Shelikof Strait, reproduced on
alaska-native-news.com with the credit 'Source: USCG' (Cory Cichoracki), the Department of Veterans Affairs release of May
31, 2017 on Secretary David J. Shulkin's first 'State of the VA' address (news.va.gov), the Department of Energy statement
of December 15, 2008 by Energy Secretary Samuel W. Bodman on the selection of Steven Chu as his successor (energy.gov print
page, as kept by the UNT web archive), the U.S. Army Corps of Engineers story of April 29, 2011 on the Mississippi River
flood fight (army.mil: Maj. Gen. Michael Walsh, Col. Vernie Reichling) and the USDA Forest Service statement of December
21, 2018 by Chief Vicki Christiansen on the executive order on active forest management, as distributed unaltered and
stored on marketscreener.com. All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Site lines, contact lines, photo captions, credit lines, end marks, disclaimers
and link lines were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text, including the other
helpers' worktrees: the only shared 8-word sequences are Coast Guard unit names and boilerplate such as 'watchstanders at
the Coast Guard Sector Anchorage command center' and 'Coast Guard Air Station Kodiak MH-60 Jayhawk helicopter crew', and
'beach near Oregon Inlet, N.C., this morning', which a NOAA release on beached whales in heldout128-en also has). The
annotation (rules H1075–H1080 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-uscg-coquina-beach-rescue-with-national-park-service",
    source="https://coastguardnews.com/coast-guard-works-with-national-park-service-to-rescue-two/",
    license=PDC, retrieved=PAGES + " (US Coast Guard news release reposted verbatim on coastguardnews.com, undated in the stored copy; headline kept; the closing line 'If you have any problems viewing this article, please report it here.' dropped; curly marks as stored)",
    text='''Coast Guard Works With National Park Service to Rescue Two
PORTSMOUTH, Va. – The Coast Guard and North Carolina National Park Service rescued two people whose boat capsized in the surf off Coquina Beach, near Oregon Inlet, N.C., this morning.
Coast Guard watch standers at Station Oregon Inlet received a call from a retired Coast Guardsman at 8:25 a.m. stating there were two people in the water at Coquina beach.
Station Oregon Inlet dispatched a beach rescue party to the scene along with rescue crews aboard a 25-foot rescue boat and a 47-foot motor lifeboat.
Upon their arrival, rescue teams found one person in the water between the boat and the surf and the other clinging to the bow of the capsized vessel.
“The person in the water was screaming for help,” said Petty Officer 1st Class Clifford Henry.
Henry, along with Chief Lifeguard Jimmy Davis of the National Park Service, rescued the first man from the water.
Davis then swam out to the boat and brought the second person to the beach.
Both men were rescued before the 25-foot rescue boat and 47-foot motor lifeboat arrived on scene.
“The biggest thing I would recommend is to wear a life jacket, and also pay attention to the water conditions and temperature,” said Henry.
Master Chief Lars Kent, the officer in charge at Station Oregon Inlet, said his station routinely teams up with local agencies during search and rescue cases.
“At least 20 percent of all the rescue cases that we’re involved with here are in cooperation with local water rescue units, fire departments, and National Park Service assets,” said Kent.''',
    quotes=[
        Q('“The person in the water', 'screaming for help,”', "Clifford Henry"),
        Q('“The biggest thing I would recommend', 'conditions and temperature,”', "Clifford Henry"),
        Q('“At least 20 percent', 'National Park Service assets,”', "Lars Kent"),
    ],
    aliases={"Clifford Henry": ["Petty Officer 1st Class Clifford Henry", "Henry"],
             "Lars Kent": ["Master Chief Lars Kent", "Kent"]},
),
dict(
    id="gov-en-uscg-2015-09-15-cutter-boutwell-returns-from-alaska-patrol",
    source="https://coastguardnews.com/coast-guard-cutter-boutwell-returns-from-75-day-alaska-patrol/2015/09/15/",
    license=PDC, retrieved=PAGES + " (US Coast Guard news release of September 2015 reposted verbatim on coastguardnews.com; headline kept; the photo caption, stored twice, dropped; the paragraph 'During the 75-day deployment, Boutwell’s embarked helicopter crew ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Coast Guard Cutter Boutwell returns from 75-day Alaska patrol
SAN DIEGO – The U.S. Coast Guard Cutter Boutwell returned home to San Diego Monday after a two-and-a-half-month deployment to the Bering Sea, which included operations through the Bering Strait and in the Arctic Ocean.
While on patrol, Boutwell’s crew conducted 26 fisheries-enforcement boardings on commercial fishing vessels and patrolled the Maritime Boundary Line between Russia and the United States. By actively patrolling this boundary, Boutwell’s crew helped deter illegal fishing by foreign vessels in the U.S. Exclusive Economic Zone.
“Although Boutwell is often deployed to the eastern Pacific for counterdrug deployments, Alaska patrols highlight how much Coast Guard mission types can vary,” said Capt. Edward Westfall, Boutwell’s Commanding Officer. “Over the past months, this crew has participated in search and rescue evolutions, patrolled critical economic boundary lines, provided safety zone support for high profile oil drilling assets, and enforced fishing regulations in the world’s busiest fishing area. We have an exceptional crew onboard, who never ceases to amaze with their stellar performance on a daily basis. It was a job well done by all.”
Assisting Boutwell during these past two months was an H-65 Dolphin helicopter and a forward deployed aviation crew detached from Coast Guard Air Station Kodiak, Alaska. This airframe allowed Boutwell to expand its surveillance and search and rescue capabilities.''',
    quotes=[
        Q('“Although Boutwell is often deployed', 'types can vary,”', "Edward Westfall"),
        Q('“Over the past months', 'well done by all.”', "Edward Westfall"),
    ],
    aliases={"Edward Westfall": ["Capt. Edward Westfall"]},
),
dict(
    id="gov-en-va-2017-05-31-shulkin-state-of-the-va",
    source="https://news.va.gov/?p=112968",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs news release of May 31, 2017 on news.va.gov; the stored copy begins with the dateline paragraph, no headline; the end mark '###', the media-contact line and the line 'Veterans with questions about their health care ...' dropped; curly marks as stored)",
    text='''WASHINGTON — Secretary of Veterans Affairs Dr. David J. Shulkin delivered his first “State of the VA” address today, highlighting the activity and direction of the agency since his appointment in February. In his address, Secretary Shulkin stated that he wanted to update Veterans on the progress the agency is making while also acknowledging the shortcomings that the VA has identified and will address in the upcoming months.
“As a physician, I tend to look at things in terms of the way I was trained — assess, diagnose and then aggressively treat the patient,” Secretary Shulkin said. “Though we are taking immediate and decisive steps, we are still in critical condition and require intensive care.”
The address covered a wide spectrum of issues within the VA, including Access to Care; Community Care and Choice; Accountability; and the quality of care provided to Veterans. Secretary Shulkin identified multiple priorities, such as reducing backlogs and getting more Veterans access to mental health care and suicide prevention programs.
Addressing improvements in accountability and VA administration, Secretary Shulkin stated that while he was able to initiate the Executive Order establishing the Accountability and Whistleblower Protection signed by President Trump, “further legislation is needed and needed now.”
The goal, the Secretary said, is to “turn the VA into the organization Veterans and their families deserve, and one that America can take pride in.”
A fact sheet highlighting some of the elements of Secretary Shulkin’s address as well as the text of his address can be found at: http://www.blogs.va.gov/VAntage/wp-content/uploads/2017/05/StateofVA_FactSheet_5-31-2017.pdf''',
    quotes=[
        Q('“State of the VA”', None, None),
        Q('“As a physician', 'treat the patient,”', "David J. Shulkin"),
        Q('“Though we are taking', 'intensive care.”', "David J. Shulkin"),
        Q('“further legislation is needed and needed now.”', None, "David J. Shulkin"),
        Q('“turn the VA into', 'take pride in.”', "David J. Shulkin"),
    ],
    aliases={"David J. Shulkin": ["Secretary of Veterans Affairs Dr. David J. Shulkin", "Secretary Shulkin", "the Secretary"]},
),
dict(
    id="gov-en-doe-2008-12-15-bodman-statement-on-steven-chu",
    source="https://webarchive.library.unt.edu/web/20090513004428/http://www.energy.gov/print/6797.htm",
    license=PD, retrieved=PAGES + " (Department of Energy, Office of Public Affairs statement of December 15, 2008, print page of energy.gov as kept by the UNT web archive; the lines 'U.S. Department of Energy, Office of Public Affairs', 'News Media Contact(s):', the contact line and 'For Immediate Release' dropped, the date and headline lines kept; the link lines 'Review DOE's list of accomplishments.' and 'View the previous DOE secretaries.' and the closing office line dropped; a trailing blank after 'next Administration.' dropped; the double blanks after full stops inside paragraphs and the curly marks as stored: the first two paragraphs open a mark and never close it (H1075))",
    text='''December 15, 2008
Statement by U.S. Energy Secretary Samuel W. Bodman Regarding Selection of Steven Chu as Successor
WASHINGTON, DC - “The United States is faced with a series of challenges critical to its long-term energy and national security.  Over the past four years, the U.S. Department of Energy has worked to ensure the availability of clean, diverse, and affordable energy supplies; to safeguard the nation’s nuclear stockpile and support national security efforts; to restore and rehabilitate this country’s Cold War legacy sites; and to maintain America’s status as the world’s leader in science and technology.
“To do all this and to do it safely is a task of considerable difficulty.  So I am pleased to learn that President-elect Obama has selected Dr. Steven Chu to lead the Department.  As the Director of the Department of Energy's Lawrence Berkeley National Laboratory, Dr. Chu understands the significance of our energy and environmental challenges, and more importantly, understands the technical solutions necessary to address them.  He is also aware of the vital role that DOE plays in matters of energy and national security and appreciates the necessity of the Department’s voice on these matters.  I fully expect the Department to continue as the leader of scientific funding and alternative energy technology development in the next Administration.
“I have worked with Dr. Chu for the past four years, and I hold him in the highest regard.  I am confident he will provide the Department with the necessary leadership, vision, and expertise we need to continue to fulfill our mission.”''',
    quotes=[
        Q('“The United States is faced', 'science and technology.', "Samuel W. Bodman"),
        Q('“To do all this', 'next Administration.', "Samuel W. Bodman"),
        Q('“I have worked with Dr. Chu', 'fulfill our mission.”', "Samuel W. Bodman"),
    ],
    aliases={"Samuel W. Bodman": ["U.S. Energy Secretary Samuel W. Bodman"]},
),
dict(
    id="gov-en-usace-2011-04-29-corps-fights-mississippi-river-flooding",
    source="http://www.army.mil/article/55959/Corps_continues_to_fight_historic_Mississippi_River_flooding/",
    license=PD, retrieved=PAGES + " (U.S. Army Corps of Engineers story of April 29, 2011 on army.mil; the stored copy begins with the dateline paragraph, no headline; the paragraph 'The Corps continues to operate the Mississippi River & Tributaries Project ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''VICKSBURG, MISS., April 29, 2011 - Hundreds of engineers and technicians from the Mississippi Valley, Lakes and Rivers and Northwestern Divisions, along with scientists from the Corps' Engineering Research and Development Center, are working around the clock to combat flooding stemming from historic Mississippi River levels. The river may set a record level at Cairo, Illinois, as early as April 30, 2011.
"We are working as regional team of teams to fight this record-setting flood," said Maj. Gen. Michael Walsh, Mississippi Valley Division Commander. "The amount of coordination and collaboration with other Federal and State agencies, our sister Corps' Divisions, and with local communities, has been incredibly important to the success of this flood fight."
Additionally, the Corps remains in a holding pattern regarding moving to the next phase of the Birds-Point New Madrid Floodway operation plan. The current forecast from the National Weather Service indicates a crest of 60.3 on the Cairo gage between May 1-3, with a sustained crest at 60 feet for up to five days. The floodway operation decision point is when the stage at Cairo approaches 61 feet with a continued rise and the integrity of the system is not challenged before then.
"We have more than 200 members of our Memphis District team actively engaged in this floodfight," said Col. Vernie Reichling, Memphis District Commander. "I am extremely proud of their dedication and commitment to this critical mission."''',
    quotes=[
        Q('"We are working as regional team', 'record-setting flood,"', "Michael Walsh"),
        Q('"The amount of coordination', 'this flood fight."', "Michael Walsh"),
        Q('"We have more than 200 members', 'this floodfight,"', "Vernie Reichling"),
        Q('"I am extremely proud', 'critical mission."', "Vernie Reichling"),
    ],
    aliases={"Michael Walsh": ["Maj. Gen. Michael Walsh"],
             "Vernie Reichling": ["Col. Vernie Reichling"]},
),
dict(
    id="gov-en-uscg-2017-06-shelikof-strait-medevac-alaska-native-news",
    source="http://alaska-native-news.com/coast-guard-medevacs-man-with-ankle-injury-near-shelikof-strait-29105",
    license=PDC, retrieved=PAGES + " (U.S. Coast Guard 17th District news release of June 2017, reproduced on alaska-native-news.com with the credit line 'Source: USCG'; the stored part has no headline (it is in the URL only) and begins with the dateline paragraph; the date line and menu word ' date 2017-06-21 - Home' before it and the lines 'Source: USCG' and '© 2017, ↑ Alaska Native News' after the last paragraph dropped; the missing comma before the first closing mark ('medical care” said') as stored (H1079))",
    text='''JUNEAU, Alaska — A Coast Guard Air Station Kodiak MH-60 Jayhawk helicopter crew medevaced a 58-year-old man with an ankle injury from the fishing vessel New Dawn, in the vicinity of Shelikof Strait, Sunday.
The Jayhawk crew safely hoisted the man and transported him to awaiting EMS personnel in Kodiak.
Watchstanders at the Coast Guard Sector Anchorage command center received a medevac request from the New Dawn crew for a crewmember with a broken ankle. Watchstanders requested the launch of the Jayhawk crew after consulting the duty flight surgeon who recommended medevac of the crewmember.
“Due to the crewman’s possible need for an orthopedic surgeon, we determined the best course of action was to get him off the New Dawn and place him aboard the Jayhawk helicopter for transfer to advanced medical care” said Mr. Cory Cichoracki, watchstander at Sector Anchorage command center. “Despite the weather, the aircrew alongside the crew of the New Dawn, was able to complete a successful hoist.”''',
    quotes=[
        Q('“Due to the crewman’s possible need', 'advanced medical care”', "Cory Cichoracki"),
        Q('“Despite the weather', 'successful hoist.”', "Cory Cichoracki"),
    ],
    aliases={"Cory Cichoracki": ["Mr. Cory Cichoracki"]},
),
dict(
    id="gov-en-uscg-sector-anchorage-23-distress-calls-in-six-days",
    source="https://coastguardnews.com/coast-guard-in-alaska-receives-23-distress-calls-saves-two-lives-assists-33-in-six-days/",
    license=PDC, retrieved=PAGES + " (US Coast Guard news release reposted verbatim on coastguardnews.com, undated in the stored copy; headline kept; the paragraph 'Wearing a Coast Guard approved Personal Floatation Devi...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Coast Guard in Alaska receives 23 distress calls, saves two lives, assists 33 in six days
JUNEAU, Alaska – The Coast Guard in Alaska received 23 separate distress calls responding to or coordinating rescue efforts saving two lives and assisting 33 since Sunday.
Emergency distress calls ranged in distance from the Alaska Peninsula to Sitka consisting of two medevacs, two boat groundings, three reported vessel fires and one man reported overboard.
Sunday Sector Anchorage command center received a call on VHF channel 16 from the pleasure craft Trudy Spark stating they had struck a submerged object and were taking on water in vicinity of the northern entrance to Esther Passage. The Coast Guard issued an Urgent Marine Information Broadcast. The Alaska State Troopers responded within 20 minutes and transported all the people from the vessel to Whittier in the morning where the owner could work out a plan with commercial salvage. There were no reports of pollution.
Thursday Sector Anchorage received a call from the fishing vessel New Wave reporting a fire on board. The Coast Guard issued an UMIB. The crew aboard the New Wave confirmed no fire but reported the wires to the electrical panel were red hot and smoking. The wires were pulled which secured power and overheating problem. The New Wave got underway under own power and arrived safely in Whittier.
“Boaters should take precautions in verifying boating safety and survival equipment when going onto the waters in Alaska,” said Petty Officer 2nd Class Jacques Castro, a situation and communications controller in the Sector Anchorage command center. “Alaska can be a beautiful place but an emergency can happen at any given moment and knowing what to do and who to contact when an emergency situation arises can help save your life.”
The Coast Guard reminds the boating community to stay safe by utilizing safe boating practices while on Alaska’s waterways.''',
    quotes=[
        Q('“Boaters should take precautions', 'waters in Alaska,”', "Jacques Castro"),
        Q('“Alaska can be a beautiful place', 'save your life.”', "Jacques Castro"),
    ],
    aliases={"Jacques Castro": ["Petty Officer 2nd Class Jacques Castro"]},
),
dict(
    id="gov-en-usfs-2018-12-21-christiansen-statement-on-active-management-order",
    source="https://www.marketscreener.com/news/U-S-Forest-Service-A-Statement-from-Forest-Service-Chief-on-executive-order-promoting-active-manag--27790276/?utm_medium=RSS&utm_content=20181222",
    license=PDC, retrieved=PAGES + " (USDA Forest Service statement of December 21, 2018, distributed 'unedited and unaltered' by the Public service and stored on marketscreener.com; the site's headline line kept; the site's time line '12/22/2018 | 01:40am CET' and the 'Disclaimer' paragraphs dropped; the straight single marks of the order's title and of the statement, the apostrophes inside them and the blank before ':' as stored (H1080))",
    text="""U S Forest Service : A Statement from Forest Service Chief on executive order promoting active management
DECEMBER 21, 2018 AT 5:30 PM EST - Chief of the USDA Forest Service Vicki Christiansen today issued the following statement regarding the Executive Order 'Promoting Active Management and America's Forests, Rangelands, and other Federal Lands to Improve Conditions and Reduce Wildfire Risk.' :
'The USDA Forest Service applauds today's executive order and the President's commitment to focusing more robust efforts toward active management of American forests and grasslands. This executive order, along with support and authorities under the 2018 Omnibus bill, will have a positive impact on our ability to improve conditions on the land. The natural resource challenges before us require collective action by everyone involved, and we look forward to working with federal partners, states, tribes, key stakeholders and members of the public. We will do the right work in the right place at the right scale using advanced science and mapping tools. We will use all the tools available to us, including mechanical treatments, prescribed fire, and unplanned fire to mitigate the risk of catastrophic wildfire.'""",
    quotes=[
        Q("'Promoting Active Management", "Reduce Wildfire Risk.'", None),
        Q("'The USDA Forest Service applauds", "catastrophic wildfire.'", "Vicki Christiansen"),
    ],
    aliases={"Vicki Christiansen": ["Chief of the USDA Forest Service Vicki Christiansen"]},
),
]
