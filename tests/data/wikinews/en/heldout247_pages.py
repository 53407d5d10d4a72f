# Held-out English news texts (tests/data/heldout247-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force, Space Force and Army installation news stories on non-sports topics
# (public domain, 17 U.S.C. § 105): two af.mil stories on recycling (Air Force Civil Engineer Center, 2014; Secretary of
# the Air Force Public Affairs, Earth Day 2015), an af.mil story of the 386th Air Expeditionary Wing (deployed recycling,
# 2008), an ellsworth.af.mil story (key spouse programs, 2009), a march.afrc.af.mil story (base-wide Key Spouse program,
# 2017), a petersonschriever.spaceforce.mil story (spouses' town hall at Peterson AFB) and a DVIDS story of Fort Cavazos
# (Safety Day, 2023). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines,
# the .mil banner, 'Published' and byline lines, photo captions, the DVIDS page header (maintenance line, logo, photo
# line, location/date/'Story by' lines) and the DVIDS indentation are dropped; a headline is kept once as the first line;
# wording, spacing inside paragraphs and quotation marks (straight or curly as stored, mixed in the Earth Day story) are
# as stored. Annotated by reading the texts, before whosaid was run on them (rules H1525-H1527 in ANNOTATION.md on top
# of H1-H1524).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout247-en.jsonl

Built by `build.py` from `heldout247_pages.py`. Like heldout242-en and other military sets above, these texts are stored
web pages (the `pages` search corpus) of US military installation news stories (public domain, 17 U.S.C. § 105), none
of them used in a set above, this time Air Force, Space Force and Army stories on the environment, family programs and
safety: two af.mil stories on recycling (the zero-cost recycling centers of Mountain Home AFB and Lackland, November 2014;
Earth Day 2015), an af.mil story of the 386th Air Expeditionary Wing (recycling at a deployed base, 2008), an Ellsworth
AFB story (key spouse programs in the Year of the Air Force Family, 2009), a March Air Reserve Base story (base-wide Key
Spouse program, May 2017), a Peterson AFB story (spouses' town hall) and a DVIDS story of Fort Cavazos (Safety Day, May
2023). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, captions, bylines and the
DVIDS page header were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL and by the names of their speakers). The annotation (rules H1525–H1527 in `ANNOTATION.md` on top of
H1–H1524) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="afmil-2014-11-air-force-installations-set-standard-in-recycling",
    source="https://www.af.mil/News/Article-Display/Article/554169/air-force-installations-set-standard-in-recycling-industry-year-round/",
    license=PD, retrieved=PAGES + " (the 'Published' and byline lines 'By Nathan Smith / Air Force Civil Engineer Center Public Affairs' dropped; the paragraph 'Salinas attributed the increase to his staff's dili...', cut in the stored copy, dropped)",
    text='''Air Force installations set standard in recycling industry year-round
Since 1997, the U.S. has set aside Nov. 15 for America Recycles Day to remind Americans to recycle and buy recycled products.
While the day is an important one to remind the general public of the value of recycling, the Air Force has set out to "Win the War Against Waste" every day as part of an environmental initiative aimed at reducing the service's solid waste.
At bases around the world, recycling center staffs work every day to find cost-effective, environmentally friendly solutions to do the service's part.
Two particular facilities, Joint Base San Antonio-Lackland, Texas, and Mountain Home Air Force Base, Idaho, operate zero-cost recycling programs, employing innovative budgeting and professional practices to stay at the forefront of the recycling industry.
Both facilities invest revenue generated from their recycled materials back into their programs for operating, maintenance and salary costs. After deducting expenses, Mountain Home AFB's recycling center has actually averaged a net gain of $3,500 over the last eight years.
The self-sustaining recycling centers not only save taxpayer dollars, but also allow more mission flexibility for base commanders, said Eddie Jackson, the qualified recycling program, or QRP, manager at Mountain Home AFB.
"We're more receptive to the needs of the base," Jackson said. "If the commander wants us to do something, we work for him. We can do it. We don't have to say, 'It's not in the contract.' We have a lot of flexibility because we're able to adjust to changing markets and the changing needs here on the base."
The QRP at Lackland has seen an increase in recycling volume from 450,000 pounds annually 14 years ago to approximately 1.2 million pounds per quarter today, said Jesse Salinas, the local QRP manager.''',
    quotes=[
        Q('"Win the War Against Waste"', None, None),
        Q('"We\'re more receptive', 'of the base,"', "Eddie Jackson"),
        Q('"If the commander', 'here on the base."', "Eddie Jackson"),
    ],
    aliases={"Eddie Jackson": ["Jackson"]},
),
dict(
    id="afmil-2008-deployed-environmental-stewardship-pays-off",
    source="https://www.af.mil/News/Article-Display/Article/123560/deployed-environmental-stewardship-pays-off/",
    license=PD, retrieved=PAGES + " (the .mil banner lines, the 'Published' line and the byline 'By Capt. Jason McCree / 386th Air Expeditionary Wing Public Affairs' dropped; a trailing space at the end of the fifth paragraph removed, the double space inside it kept; the paragraph '\"Between November 2007 and March, ...\" said Colonel Warner. \"Additionally, from February to April this year, the contractor recycled more', cut in the stored copy, dropped)",
    text='''Deployed environmental stewardship pays off
In the middle of the desert, Airmen have gone 'green'.
These green Airmen, deployed to the 386th Air Expeditionary Wing, are participating in a recycling program designed to reduce the waste produced at an air base in Southwest Asia.
Items such as wooden pallets, metals, cardboard, plastic bottles and aluminum cans are all recycled by the Airmen who eat, sleep, live and work here.
"We have established a program where people can bring in plastic bottles, cardboard and aluminum cans to a centralized point," said Master Sgt. Stephen Crews, 386th Expeditionary Civil Engineer Squadron. "These products are collected and hauled off base [to be recycled]."
To bring this recycling program to fruition, base officials contracted with a host-nation waste-management company.  Airmen provide the contractor sorted recyclable material; the contractor transports the recyclable products to a facility where they are recycled and sold.
Through this arrangement, the wing reduces the host-nation's solid-waste disposal costs by removing items from the waste stream that can be re-utilized, thereby reducing the number of pounds of waste requiring disposal.
"The wing also receives money as part of the arrangement with the contractor," said Lt. Col. Scott Warner, 386th ECES commander.''',
    quotes=[
        Q("'green'", None, None),
        Q('"We have established', 'centralized point,"', "Stephen Crews"),
        Q('"These products', '[to be recycled]."', "Stephen Crews"),
        Q('"The wing also receives', 'with the contractor,"', "Scott Warner"),
    ],
    aliases={"Stephen Crews": ["Master Sgt. Stephen Crews"], "Scott Warner": ["Lt. Col. Scott Warner"]},
),
dict(
    id="ellsworth-2009-base-reinvigorates-spouse-programs",
    source="https://www.ellsworth.af.mil/News/Features/Display/Article/217708/base-reinvigorates-spouse-programs",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline 'By Maj. Patricia Traynor / 28th Bomb Wing Public Affairs' dropped; the paragraph '\"Spouse programs are designed for each and every spouse,\" she said. \"We move around so often', cut in the stored copy, dropped)",
    text='''Base reinvigorates spouse programs
In this "Year of the Air Force Family," Ellsworth Air Force Base leadership has sparked renewed interest in recognizing and supporting families by reinvigorating its spouse programs.
Close to 60 percent of the Air Force is married today, whereas 40 to 50 years ago, only about 40 percent of Airmen on active duty were married.
Each 28th Bomb Wing unit has identified and trained at least one "key spouse," who serves as an information resource, "friendly face or friendly voice over the phone" and "network for the whole squadron," said Jennifer Chrest, 28th Munitions Squadron key spouse.
"The key spouse is someone other spouses can call any time help is needed," said Ellie Taliaferro, wife of 28th Bomb Wing commander Col. Jeffrey Taliaferro.
The goal is to build those networks beforehand, so every spouse knows there is someone he or she can turn to when information or assistance is required.
Mrs. Chrest said she got involved because she loves "helping people."
"If I'm going to be at home with my two kids," she explained, "what better thing to do than to support the base."
The key spouse program, said Mrs. Chrest, is designed to be relaxed and "non-invasive. A key spouse is someone with whom you can feel comfortable asking questions and who will look into what we can do as a squadron to help. We stay connected with the commanders and group chiefs."
The program started as a way for spouses of deployed Airmen to keep informed during lengthy deployments, when communication channels were sometimes fuzzy or information perhaps not as timely as it might have been.
The program has evolved to be a "continual connection," said Mrs. Taliaferro, even when deployments don't beckon, so that all spouses might know and build relationships with their unit's key spouses.''',
    quotes=[
        Q('"Year of the Air Force Family,"', None, None),
        Q('"key spouse,"', None, None),
        Q('"friendly face or friendly voice over the phone"', None, "Jennifer Chrest"),
        Q('"network for the whole squadron,"', None, "Jennifer Chrest"),
        Q('"The key spouse is someone', 'help is needed,"', "Ellie Taliaferro"),
        Q('"helping people."', None, "Jennifer Chrest"),
        Q('"If I\'m going', 'two kids,"', "Jennifer Chrest"),
        Q('"what better thing', 'support the base."', "Jennifer Chrest"),
        Q('"non-invasive.', 'group chiefs."', "Jennifer Chrest"),
        Q('"continual connection,"', None, "Ellie Taliaferro"),
    ],
    aliases={"Jennifer Chrest": ["Mrs. Chrest"], "Ellie Taliaferro": ["Mrs. Taliaferro"]},
),
dict(
    id="march-2017-05-base-wide-key-spouse-program-kicks-off",
    source="https://www.march.afrc.af.mil/News/Article-Display/Article/1202293/base-wide-key-spouse-program-kicks-off-at-march/",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline 'By SSgt. Osmin Suguitan / 452 AMW Public Affairs' dropped; the empty lines holding a single space between paragraphs dropped; the paragraph '\"I wanted to give them appreci...', cut in the stored copy, dropped)",
    text='''Base-wide Key Spouse Program Kicks off at March
MARCH AIR RESERVE BASE, CALIF (May 20, 2017) --- The Airman and Family Readiness Center at March Air Reserve Base, California kicked off a new base-wide Key Spouse program during a meeting and training session with 17 Airmen's spouses at the 452nd MSG conference room May 20, 2017.
The spouses were in training to become Key Spouse volunteers, a program designed to help spouses and families of military members cope with the stresses and needs that may occur during a deployment. The volunteers are selected by the commander of an individual unit to be the key liaison and resource between the member's family, the member's unit, and the Airman and Family Readiness Center.
Karen Amos, director of the March Airman & Family Readiness Center and administrator of the renewed base-wide program, said many units on base already had key spouses and the revival of the consolidated program at March would allow for a more regular training as well as pooling of resources and best practices.
“After the eight-hour training, the key spouses could serve in any helping capacity for the member's families,” Amos said, “such as making morale calls to check in on members' families during deployment, assisting with getting child care, or directing them to other resources to help alleviate needs and other issues.”
According to Amos, the program is a helpful component in trying to maintain the balance of military life, and can sometimes be the difference preventing a crisis at home during deployment allowing a member to focus on their mission. “Key spouses are able to cultivate and maintain the connection with families, reach out, and provide relief and referrals,” Amos said.
During the training, the spouses were surprised to receive small gifts for their service in honor of spousal appreciation month.''',
    quotes=[
        Q('“After the eight-hour training', 'member\'s families,”', "Karen Amos"),
        Q('“such as making morale calls', 'other issues.”', "Karen Amos"),
        Q('“Key spouses are able', 'and referrals,”', "Karen Amos"),
    ],
    aliases={"Karen Amos": ["Amos"]},
),
dict(
    id="peterson-spouses-town-hall-highlights-services",
    source="https://www.petersonschriever.spaceforce.mil/Newsroom/News/Display/Article/328615/spouses-town-hall-highlights-services-available-to-family-members",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline 'By Corey Dahl / 21st Space Wing Public Affairs' dropped; the paragraph 'Spouses interested in education and employment opportunities ... Colorado Springs m', cut in the stored copy, dropped)",
    text='''Spouses’ town hall highlights services available to family members
From child care to car care, money help to mental health, deployment support to retirement assistance, Peterson officials highlighted the various services available to servicemembers, spouses and dependents here at a Spouses Town Hall March 3.
Dozens of spouses gathered at the base chapel to hear from Peterson agencies such as the Airman and Family Readiness Center, the Youth Center and Tierra Vista, the company in charge of housing here. Agencies including the chapel, mental health and the health and wellness center briefed the services they provide for spouses and dependents, and representatives from TriCare, Spouses to Teachers and the Peterson Spouses Club talked up their respective programs.
"Tonight is your night," said Mollie Raymond, one of the event's co-hosts and the wife of Col. Jay Raymond, 21st Space Wing commander. "This is designed to let you know about all the services available to you, as a military spouse. As spouses, we don't wear a uniform, but I believe we serve our country, too."
Presenters at the event emphasized the services they provide for families who have a spouse deployed, like Peterson's regular deployed spouses dinners, which are held on the first Friday of each month. Other services for deployed families highlighted included free child care through the Air Force's Give Parents a Break program and free car care through the Car Care Because We Care program, both run by the AFRC.
"We have a lot of programs for families with a spouse who is deployed," said Tech. Sgt. Stacy Oliver, the AFRC's non-commissioned officer in charge of readiness. "We want to make sure families are taken care of."''',
    quotes=[
        Q('"Tonight is your night,"', None, "Mollie Raymond"),
        Q('"This is designed', 'our country, too."', "Mollie Raymond"),
        Q('"We have a lot of programs', 'who is deployed,"', "Stacy Oliver"),
        Q('"We want to make sure', 'taken care of."', "Stacy Oliver"),
    ],
    aliases={"Stacy Oliver": ["Tech. Sgt. Stacy Oliver"]},
),
dict(
    id="dvids-2023-05-fort-cavazos-soldiers-urged-to-put-safety-first",
    source="https://dvidshub.net/news/447836/soldiers-urged-put-safety-first",
    license=PD, retrieved=PAGES + " (the DVIDS maintenance, login and logo lines, the second headline, the photo line 'Photo By Janecze Wright | ...', the header lines 'FORT CAVAZOS, TEXAS, UNITED STATES', '05.25.2023', 'Story by Janecze Wright', 'Fort Cavazos Public Affairs Office' and the four-space indentation dropped; the paragraph '“We have got to take care of ourselves,” he expressed. “So, it’s up to you ... vehicle saf', cut in the stored copy, dropped)",
    text='''Soldiers urged to put safety first
KILLEEN, Texas -- The Fort Cavazos Safety Day event kicked off May 19, 2023, at the Phantom Warrior Stadium, just before the Memorial Day holiday.
Hundreds of Soldiers and installation departments gathered to hear from Fort Cavazos leadership, learn more about safety, view various safety demonstrations and get information from a variety of vendors.
Lt. Gen. Sean C. Bernabe, III Armored Corps and Fort Cavazos commanding general, and Command Sgt. Maj. Cliff Burgoyne, III Armored Corps and Fort Cavazos command sergeant major, stressed the importance of driving safety and Soldiers taking care of themselves and each other.
Bernabe explained that wearing seatbelts and driving the speed limit are two things Soldiers can do to stay safe and stay alive.
He challenged senior enlisted Soldiers to talk with their troops to instill the right habits and work on discipline inside their formations.
“Leaders, use today as a springboard for that continuing conversation about safety so we can take care of our folks and so we can accomplish our purpose,” Bernabe directed. “I can think of no better way to care for our folks than to talk to them persistently about safety.”
Burgoyne echoed the same sentiments.''',
    quotes=[
        Q('“Leaders, use today', 'accomplish our purpose,”', "Sean C. Bernabe"),
        Q('“I can think of no better way', 'about safety.”', "Sean C. Bernabe"),
    ],
    aliases={"Sean C. Bernabe": ["Lt. Gen. Sean C. Bernabe", "Bernabe"]},
),
dict(
    id="afmil-2015-04-af-celebrates-earth-day",
    source="http://www.af.mil/News/Article-Display/Article/586212/af-celebrates-earth-day-by-focusing-on-mission-today-tomorrow/",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline 'By Secretary of the Air Force Public Affairs' dropped; the paragraph 'The Defense Department recognized the Air Force’s ingenuity ... Robins also generated over $460,000 in total', cut in the stored copy, dropped; the mixed curly and straight marks of Ballentine's quotation are as stored (H1526))",
    text='''AF celebrates Earth Day by focusing on mission today, tomorrow
Air Force leaders are reminding Airmen to keep the mission in mind as the Air Force observes the 45th annual Earth Day April 22.
The service has encouraged Airmen around the globe to focus on recycling efforts this year, in line with its 2015 theme, “Conserve Today – Secure Tomorrow.”
“Air Force bases and installations depend as much on reliable environmental infrastructure -- things like solid ground to build our runways on, healthy watersheds to keep our drinking water clean, intact forests to clean our air--as they depend on manmade infrastructure, like buildings and hangars," said Miranda Ballentine, assistant secretary of the Air Force for installations, environment and energy. "For Earth Day 2015, we're reinvigorating the concept of 'recycling'. Airmen have a history of seeing solutions where others see problems, and when we look at garbage, we don't see 'trash', we see raw materials that need a new home, whether that's tin and aluminum cans that could be put rebuilt into the new products, or paper packaging that could reduce the number of trees that need to be cut.”''',
    quotes=[
        Q('“Conserve Today – Secure Tomorrow.”', None, None),
        Q('“Air Force bases and installations', 'buildings and hangars,"', "Miranda Ballentine"),
        Q('"For Earth Day 2015', 'need to be cut.”', "Miranda Ballentine"),
    ],
),
]
