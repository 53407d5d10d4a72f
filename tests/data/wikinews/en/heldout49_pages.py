# Held-out English news pages (tests/data/heldout49-en.jsonl). Like heldout38/41/43/45/47_pages.py, these texts are
# stored web pages (the `pages` search corpus) of US federal outlets on their own sites, none of them used in an earlier
# set: the Army Corps of Engineers (a Louisville District story on lrd.usace.army.mil), the Forest Service (a
# fs.usda.gov news release of 2012), the Department of Agriculture (a usda.gov
# blog tag page with two Forest Service posts), the Army Corps of Engineers' news listing on usace.army.mil (one item,
# 2025) and the Bureau of Reclamation (ten news releases as kept in the stored copies of usbr.gov's newsroom RSS feeds,
# 2014-2020). All are works of the US government and in the public domain
# (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation,
# site headers, bylines, photo captions, dates, contact blocks, feed headers, item links and HTML tags (<P>, <strong>)
# are dropped (a <P> tag of the feed copies becomes a paragraph break); wording, spelling and quotation marks are as
# stored. Annotated by reading the pages, before whosaid was run on them (rules H242-H246 in ANNOTATION.md on top of
# H1-H236).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
FEED = ("stored copy of a usbr.gov newsroom RSS feed (pages corpus), text as stored; only this release of the feed is "
        "kept: the feed header ('Commissioner's Offce News Releases' / 'Reclamation News Releases' / 'Newsroom Channel' "
        "and the feed's own links), the item link, date stamps and the other releases of the feed dropped, <P> tags "
        "turned into paragraph breaks and other HTML tags removed")

SOURCES_HEAD = """
## Held-out set: tests/data/heldout49-en.jsonl

Built by `build.py` from `heldout49_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en, heldout35-en, heldout37-en, heldout38-en, heldout41-en, heldout43-en, heldout45-en and heldout47-en, these
texts are stored web pages (the `pages` search corpus) of US federal outlets on their own sites, none of them used in a
set above: the Army Corps of Engineers (a Louisville District story on lrd.usace.army.mil, 2021), the Forest Service (a
fs.usda.gov release on the Wildfire Recovery Fund, 2012), the Department of Agriculture (a
usda.gov blog tag page with two Forest Service posts), the Army Corps of Engineers' news listing on usace.army.mil (one
item, 2025) and the Bureau of Reclamation (ten news releases of 2014-2020 as kept in the stored copies of usbr.gov's newsroom RSS feeds; the release's own
`detail.cfm?RecordID=` address is given where the stored feed copy prints it, else the feed's address). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Navigation, site headers, bylines, photo captions, date lines, contact blocks, feed headers and HTML tags were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation
(rules H242–H246 in `ANNOTATION.md` on top of H1–H236) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usace-lrd-2021-05-06-deputy-commander-field-sites",
    source="https://www.lrd.usace.army.mil/Media/News/Article/3636718/deputy-commander-makes-first-visit-to-project-field-sites/",
    license=PD, retrieved=PAGES + " (a photo caption of Monongahela River Locks and Dam 4 and the 'Featured Stories' / 'Filter Featured Stories' navigation before the story, 'Louisville District' and 'Published May 6, 2021' dropped; the paragraph '“Brookville Lake is in the process of riprap work on the dam,” said Stephanie Ison, ... “And we are currently planning for retreat channel riprap wor', cut in the stored copy, dropped; the typo 'onging' kept)",
    text='''Deputy commander makes first visit to project field sites
Louisville District Deputy Commander Lt. Col. Latoya Manzey has been with the Louisville District since August 2020 and was welcomed with a national pandemic, downtown civil unrest and a lot of work that required her to be on her computer for district communication efforts, leaving very little time to visit field sites – a priority for district leadership.
That changed April 28-29, when Manzey visited the Louisville District’s Miami River Area lake projects: West Fork, Brookville, C.J. Brown Dam and Reservoir, Caesar Creek, and William Harsha lakes.
Manzey said she was excited to meet the lake staff, tour the project facilities and become more familiar with the project’s personnel and programs.
“I would like to thank all of our team members in the Miami River Area for your hospitality during my visits,” Manzey said. “It was great to get out, meet more of our team face-to-face and experience more of our district.”
During her visits, Manzey learned a lot about each of the projects’ history, employees and ongoing initiatives.
“West Fork Lake recently completed the emergency spillway work,” said Jim O’Boyle, project manager of Caesar Creek and West Fork lakes, during an overview brief to Manzey about onging work at the project.
Manzey was also able to observe the progress of the routine dam improvements at Brookville Lake.''',
    quotes=[
        Q('“I would like to thank', 'during my visits,”', "Latoya Manzey"),
        Q('“It was great to get out', 'more of our district.”', "Latoya Manzey"),
        Q('“West Fork Lake recently', 'spillway work,”', "Jim O’Boyle"),
    ],
    aliases={"Latoya Manzey": ["Louisville District Deputy Commander Lt. Col. Latoya Manzey", "Lt. Col. Latoya Manzey", "Manzey"]},
),
dict(
    id="fs-usda-2012-08-15-wildfire-recovery-fund",
    source="https://www.fs.usda.gov/news/releases/us-forest-service-teams-nonprofit-foundation-wildfire-recovery-efforts",
    license=PD, retrieved=PAGES + " ('News Release' and the date line 'August 15, 2012 -' dropped; the deck line under the headline kept; the paragraph 'In most cases, only a portion of the burned area is actually treated. ... The treatments must be install', cut in the stored copy, dropped; double spaces after sentences kept as stored)",
    text='''US Forest Service teams with nonprofit foundation in wildfire recovery efforts
National Forest Foundation establishes Wildfire Recovery Fund
U.S. Forest Service Chief Tom Tidwell today announced a new nonprofit-operated fund allowing people across the country to support environmental restoration work in areas damaged by wildfire. The Wildfire Recovery Fund established by the National Forest Foundation will help work crews to restore and protect waterways, reduce the chance of mudslides and plant new trees following wildfires.
“Our work isn’t over when we’ve put the fire out. If restoration efforts aren’t underway before the next big storm hits, critical drinking water supplies may be endangered and overall forest health compromised for years to come,” said U.S. Forest Service Chief Tom Tidwell.  “When you consider that one in five Americans get their drinking water from a National Forest, it is all the more important to get to work once the fire is out.”
“In recent years we have experienced increasing levels of catastrophic fire that have brought about dramatic changes, especially in the American West,” said Bill Possiel, president of the National Forest Foundation. “Our goals are ambitious but our purpose is clear. Our National Forests need our help and together we can ensure that these amazing places are healthy so that future generations can enjoy their many benefits.”
Recovery efforts are vital to ensure that water flowing from burned forests is clean and free of ash, mud and other contaminants.  The loss of ground cover such as grasses, shrubs and moss dramatically increases the possibility of mudslides.''',
    quotes=[
        Q('“Our work isn’t over', 'for years to come,”', "Tom Tidwell"),
        Q('“When you consider', 'once the fire is out.”', "Tom Tidwell"),
        Q('“In recent years', 'especially in the American West,”', "Bill Possiel"),
        Q('“Our goals are ambitious', 'their many benefits.”', "Bill Possiel"),
    ],
    aliases={"Tom Tidwell": ["U.S. Forest Service Chief Tom Tidwell"]},
),
dict(
    id="usbr-49329-jewell-watersmart-funding",
    source="http://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=49329",
    license=PD, retrieved=FEED + " (the release as kept in the stored copy of http://www.usbr.gov/newsroom/rssxml/corssfeed.cfm, whose item link is the URL given; '<strong>LOS ANGELES, CA</strong>' kept without the tags; the paragraph '\"Through the WaterSMART Program, ...,\" Reclamation Commissioner Estevan López said. \"We commend ... will help us leverage s', cut in the stored copy, dropped)",
    text='''Secretary Jewell Announces $50 Million to Help Conserve Water in Drought-Stricken West
LOS ANGELES, CA -- As part of the Obama Administration's continued effort to bring relief to western communities suffering from the historic drought, U.S. Secretary of the Interior Sally Jewell today announced that Interior's Bureau of Reclamation will invest nearly $50 million to improve water efficiency and conservation in California and 11 other western states.
"In a time of exceptional drought, it is absolutely critical that states and the federal government leverage our funding resources so that we can make each drop count," said Secretary Jewell. "Being 'water smart' means working together to fund sustainable water initiatives that use the best available science to improve water conservation and help water resource managers identify strategies to narrow the gap between supply and demand."
Joined by Nancy Sutley, Chief Sustainability and Economic Development Officer of the Los Angeles Department of Water and Power, the funding announcement was made today at the Donald C. Tillman Water Reclamation Plant in Van Nuys, CA, where millions of gallons of wastewater are purified each day. Secretary Jewell, Bureau of Reclamation Commissioner Estevan López and Sutley emphasized the importance of federal-state partnerships to help work toward a more sustainable and resilient water future.''',
    quotes=[
        Q('"In a time of exceptional drought', 'each drop count,"', "Sally Jewell"),
        Q('"Being \'water smart\'', 'between supply and demand."', "Sally Jewell"),
    ],
    aliases={"Sally Jewell": ["U.S. Secretary of the Interior Sally Jewell", "Secretary Jewell"]},
),
dict(
    id="usbr-2014-10-21-mussel-coatings-study",
    source="http://www.usbr.gov/newsroom/rssxml/rssfeed.cfm",
    license=PD, retrieved=FEED + " (a stored copy of the feed whose first release is this one of 2014-10-21; the test item 'testing ... test' before it and the stamp '2014-10-21 12:25:00.0' dropped; '<b>DENVER</b>' kept without the tags; the paragraph 'The research was funded by Reclamation's Research and Development Office ... increase water supply and e', cut in the stored copy, dropped)",
    text='''Finding Durable Foul-Release Coatings to Control Invasive Mussel Attachment Highlighted in Bureau of Reclamation Study
DENVER - The Bureau of Reclamation has released a report summarizing six years of testing coatings to control the attachment of quagga and zebra mussels to water and power facilities. Since the study began in 2008, Reclamation has tested more than 100 coatings and materials.
"Controlling attachment of invasive quagga and zebra mussels on Bureau of Reclamation facilities is important to ensure water delivery and hydropower generation," principal researcher Allen Skaja said. "Though we have tested many different coatings, three durable foul-release coatings are showing promise in managing mussels."
The Silicon Epoxy allowed mussels to attach but were easily cleaned for the first 12 months of exposure. Two experimental formulations prevented mussel attachment for the first 18 months. These three durable foul release coatings will be tested further.
Silicone foul release coatings are the most promising for deterring mussel attachment in flowing and static water. Though aquatic vegetation and algae may provide a surface for attachment, the coatings can be easily cleaned with no measurable force. Unfortunately, silicone foul release coatings are soft and are easily damaged.
The testing was conducted at Parker Dam on the Colorado River. Invasive mussels at this location reproduce year-round and have a high growth rate. Each coating system was tested in static and flowing water conditions at the dam. Each coating system was evaluated approximately every six months, about every May and November.''',
    quotes=[
        Q('"Controlling attachment', 'hydropower generation,"', "Allen Skaja"),
        Q('"Though we have tested', 'managing mussels."', "Allen Skaja"),
    ],
    aliases={},
),
dict(
    id="usbr-62691-yakima-july-forecast",
    source="https://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=62691",
    license=PD, retrieved=FEED + " (the release as kept in the stored copy of https://www.usbr.gov/newsroom/rssxml/pnrssfeed.cfm, whose item link is the URL given; the release before it (C.A.S.T. for Kids) dropped; the paragraph 'This forecast is based on flows, precipitation, snowpack, ... future precipitation and r', cut in the stored copy, dropped)",
    text='''Yakima Basin Water Supply - July Forecast
YAKIMA, Wash. – The Bureau of Reclamation’s July 2018 Total Water Supply Available (TWSA) forecast for the Yakima basin indicates a full water supply for senior and junior water rights this irrigation season. This is an improvement for the junior users whose entitlements were limited to 96% of their full supply since June 11, based on the June TWSA. Prorationing is now 100%.
“The basin started using reservoir storage on June 11 to help meet basin irrigation and instream flow demands. This is about 10 days earlier than normal,” said Chuck Garner, Yakima Project River Operations supervisor. “Although the overall supply is adequate, the reservoir carry-over at the end of the season is likely to be below normal.”
Reclamation will provide water supply forecasts monthly through July. Specific water delivery levels will not be determined until later in the year after reservoir storage begins to decline.''',
    quotes=[
        Q('“The basin started', 'earlier than normal,”', "Chuck Garner"),
        Q('“Although the overall supply', 'below normal.”', "Chuck Garner"),
    ],
    aliases={},
),
dict(
    id="usbr-2020-e-bike-regulations-comment",
    source="https://www.usbr.gov/newsroom/rssxml/corssfeed.cfm",
    license=PD, retrieved=FEED + " (a stored copy of the feed whose first release is this one; '<strong>said Reclamation Commissioner Brenda Burman</strong>' kept without the tags; the comment-method paragraph with its list ('Mail/Personal or messenger delivery ...', 'Federal eRulemaking portal: ...'), the line on recreation with its empty link and the next release ('Reclamation streamlines process for transferring facilities ...', cut) dropped)",
    text='''Reclamation seeks comments on e-bike regulations
WASHINGTON - The Bureau of Reclamation announced an upcoming 60-day public comment period on proposed changes to its off-road vehicle regulations that would address use of electric bikes, also known as e-bikes. This effort supports Secretary of the Interior David Bernhardt’s call to expand access to e-bikes on Reclamation open roads and trails where non-motorized bicycles are allowed.
“This is an important rule that will give more Americans access to lands that they may not have been able to access before,” said Reclamation Commissioner Brenda Burman. “Reclamation is working hard to implement Secretary Bernhardt's order to make it easier for more Americans to recreate on and experience public lands.”
This public comment period provides an opportunity for the public to offer feedback on the proposed rule. This review includes an opportunity to comment on the potential criteria authorized officers would use in normal local planning processes when determining whether to allow e-bikes on trails closed to off-road vehicles. Reclamation will consider all public feedback in crafting its final rule.''',
    quotes=[
        Q('“This is an important rule', 'able to access before,”', "Brenda Burman"),
        Q('“Reclamation is working hard', 'experience public lands.”', "Brenda Burman"),
    ],
    aliases={"Brenda Burman": ["Reclamation Commissioner Brenda Burman"]},
),
dict(
    id="usbr-49201-desal-prize-winners",
    source="http://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=49201",
    license=PD, retrieved=FEED + " (the release as kept in the stored copy of http://www.usbr.gov/newsroom/rssxml/corssfeed.cfm, whose item link is the URL given; the list of winners after 'the following are the Desal Prize top winners:' ('First Place: MIT and Jain Irri', cut in the stored copy) dropped)",
    text='''Three Teams Take Top Honors in Desal Prize At the Bureau of Reclamation's Brackish Groundwater National Desalination Research Facility
ALAMOGORDO, N.M. - The Bureau of Reclamation and the U.S. Agency for International Development have announced the April 9 to 11 Desal Prize winners—Massachusetts Institute of Technology (MIT)/Jain Irrigation Systems, University of Texas at El Paso (UTEP) Center for Inland Desalination System, and Green Desal.
Five finalist innovator teams had competed for $200,000 in prize funds in head-to-head demonstrations at Reclamation’s Brackish Groundwater National Desalination Research Facility in Alamogordo. However, only the top three teams will receive grant funds totaling $400,000 to implement pilot projects in late summer or early fall with small-holder rural farmers in a USAID mission region.
“The Bureau of Reclamation was proud to host this international competition at the Brackish Groundwater National Desalination Research Facility, which included 68 applications from 29 countries,” Reclamation Commissioner Estevan López said. “Providing a sustainable water supply is important for the west, the country and the world. The knowledge gained from this competition will not only assist in the goals of the prize competition, it will inform brackish groundwater treatment technologies here in the United States.”
The Desal Prize is a three-phase, incentivized competition that challenged worldwide innovators to create cost-effective, energy efficient and environmentally sustainable desalination technologies that can provide potable water for humans and water for crops in developing countries. After rigorous testing and evaluation by a panel of expert judges, the following are the Desal Prize top winners:''',
    quotes=[
        Q('“The Bureau of Reclamation was proud', 'from 29 countries,”', "Estevan López"),
        Q('“Providing a sustainable water supply', 'here in the United States.”', "Estevan López"),
    ],
    aliases={"Estevan López": ["Reclamation Commissioner Estevan López"]},
),
dict(
    id="usbr-64303-conant-mid-pacific-director",
    source="https://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=64303",
    license=PD, retrieved=FEED + " (the release as kept in the stored copy of https://www.usbr.gov/newsroom/rssxml/corssfeed.cfm, whose item link is the URL given; the next release ('Robert Pike Named Bureau o', cut) dropped)",
    text='''Bureau of Reclamation names Ernest A. Conant Mid-Pacific Regional Director
WASHINGTON – Bureau of Reclamation Commissioner Brenda Burman today named Ernest A. Conant director of the Mid-Pacific Region. Conant has nearly 40 years of water law experience and previously served as senior partner of Young Wooldridge, LLP.
“Ernest has been at the forefront of California water for nearly four decades, advocating for water for both agriculture and municipalities,” said Commissioner Burman. “His experience with California water will serve our Mid-Pacific Region well as we continue to develop new, innovative strategies to meet the needs of water users.”
As director of Reclamation’s Mid-Pacific Region, Conant will manage one of the nation's largest and most complex water projects, the Central Valley Project, as well as Oregon's Klamath Project; Nevada's Newlands, Humboldt, Washoe and Truckee Storage projects; and California's Cachuma, Orland, Santa Maria, Solano and Ventura River projects.
Most recently, Conant served as chair of the Water/Special Districts/Environmental Law Practice Group for Young Wooldridge where he was involved in negotiating major water agreements and has led water banking and other storage initiatives.
Conant, whose family has been farming in California for six generations, was born in the northern California city of Marysville. He earned his Bachelor of Science degree in 1975 from Cal Poly San Luis Obispo, where he was named Outstanding Senior by the School of Agriculture and Natural Resources. In 1984-86, he participated in the Class XV California Agricultural Leadership Program. He earned his Juris Doctorate from Pepperdine University in 1979.''',
    quotes=[
        Q('“Ernest has been at the forefront', 'agriculture and municipalities,”', "Brenda Burman"),
        Q('“His experience with California water', 'needs of water users.”', "Brenda Burman"),
    ],
    aliases={"Brenda Burman": ["Bureau of Reclamation Commissioner Brenda Burman", "Commissioner Burman"]},
),
dict(
    id="usbr-69503-wagner-engineer-of-the-year",
    source="https://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=69503",
    license=PD, retrieved=FEED + " (the release as kept in the stored copy of https://www.usbr.gov/newsroom/rssxml/rssfeed.cfm, whose item link is the URL given; the stamp '2020-02-12 12:18:00.0' dropped; the paragraph 'Reclamation would also like to recognize the 2020 Regional Engineer of the Year, Jay Bytheway. He made', cut in the stored copy, dropped; the same release is also stored in the corssfeed.cfm copy, not used twice)",
    text='''Jason Wagner selected as Reclamation's 2020 Engineer of the Year
WASHINGTON - Jason Wagner, P.E., a civil engineer, is the Bureau of Reclamation's 2020 Engineer of the Year for his work on designing fish passage structures around the West. He will be recognized by the National Society of Professional Engineers at an awards ceremony held in Washington, D.C., on February 14, 2020.
“Jason’s work has been important to Reclamation, its partners and the American public,” said Reclamation Commissioner Brenda Burman. “His cutting-edge work as an engineer has led to projects that protect fish while ensuring water delivery commitments.”
Wagner is recognized for his work on fish passage design. For the past five years, he has served as the technical design lead for the novel Cle Elum Dam Fish Passage Facility in Washington, a project that involves more than 200 engineers, scientists, architects, and hydraulic modelers. The project united federal, state, city, tribal, agricultural, and environmental organizations to support the restoration of sockeye salmon in the Yakima River basin. The total project cost is estimated at about $200 million.
He has also led or played a significant role in the designs of the Battle Creek Salmon and Steelhead Restoration Project, Coleman National Fish Hatchery facility improvements, Link River Dam fish ladder and Nimbus Dam Fish Hatchery fish ladder. Additionally, he has served on various senior level planning reviews related to the San Joaquin River Restoration and Klamath Basin Fish Screening and Passage.
Wagner is a member of the National Society of Professional Engineers and is registered as a project management professional.''',
    quotes=[
        Q('“Jason’s work has been important', 'the American public,”', "Brenda Burman"),
        Q('“His cutting-edge work', 'water delivery commitments.”', "Brenda Burman"),
    ],
    aliases={"Brenda Burman": ["Reclamation Commissioner Brenda Burman"]},
),
dict(
    id="usbr-2016-09-28-bader-northern-california-area-manager",
    source="http://www.usbr.gov/newsroom/rssxml/rssfeed.cfm",
    license=PD, retrieved=FEED + " (a stored copy of the feed whose first release is this one of 2016-09-28; the stamp '2016-09-28 14:59:00.0' dropped; the paragraph 'Bader graduated from the University of Wyoming ... They have three daughters, Andrea, Rachel an', cut in the stored copy, dropped)",
    text='''Donald Bader Selected as the New Area Manager for Reclamation’s Northern California Area Office
SHASTA LAKE, Calif. – The Bureau of Reclamation’s Mid-Pacific Region announces that Donald Bader has been selected as the Area Manager for the Northern California Area Office (NCAO) at Shasta Dam.
“Don has successfully collaborated with both internal and external stakeholders to meet our diverse and challenging goals,” stated Deputy Regional Director Pablo Arroyave. “Based on his impressive tenure with Reclamation and experience with supervision, Operations and Maintenance (O&M), resources management, security, Safety of Dams and recreation management, Don will be a great asset in his new position.”
As the Area Manager, Bader is responsible for managing a staff of 170 people, all programs and facilities within the Shasta and Trinity Divisions of the Central Valley Project, along with the Orland Project and the Trinity River Restoration Program (TRRP). These divisions include thirteen dams with a combined storage capacity of nearly 9 million acre-feet and six powerplants with a combined nameplate capacity of over 1,200 megawatts.
Bader was formerly the NCAO Deputy Area Manager. His duties included directly overseeing the Environmental, Security and Safety, and Water and Lands Divisions, as well as providing oversight for the TRRP. He also served as the O&M Director, and responsible for all O&M Program accomplishments for NCAO power plants, dams and associated facilities. Prior to his position at NCAO, he was responsible for the O&M Program at Hoover Dam on the Colorado River, Boulder City, Nevada.''',
    quotes=[
        Q('“Don has successfully collaborated', 'challenging goals,”', "Pablo Arroyave"),
        Q('“Based on his impressive tenure', 'in his new position.”', "Pablo Arroyave"),
    ],
    aliases={"Pablo Arroyave": ["Deputy Regional Director Pablo Arroyave"]},
),
dict(
    id="usbr-2015-black-canyon-diversion-dam-drawdown",
    source="http://www.usbr.gov/newsroom/rssxml/pnrssfeed.cfm",
    license=PD, retrieved=FEED + " (a stored copy of the feed whose first release is this one of October 2015; the next release ('McKay Dam Fall Construction Begins', cut in the stored copy) dropped)",
    text='''Routine Maintenance Requires Drawdown at Black Canyon Diversion Dam
EMMETT, Idaho - The Bureau of Reclamation will be drawing the reservoir behind Black Canyon Diversion Dam down about 18 feet to safely allow crews to perform necessary maintenance. Black Canyon Diversion Dam is located on the Payette River about 5 miles northeast of Emmett, Idaho.
Reclamation will start drawing down the reservoir Thursday, Oct. 15, and will continue at 6 inches a day until Nov. 19 when it will reach an elevation safe enough for work crews. The public is advised to exercise caution around the reservoir and riverbanks during the drawdown period.
"Exposed sandbars in the upper reservoir may appear attractive for fishing or other activities, but people need to know these areas could be dangerous," said Steven Coulter, Black Canyon facility manager. "The exposed riverbank could also be unstable for people as well as their pets."
During this drawdown Reclamation crews will be cleaning the trash racks of accumulated wood and other debris. This cleanup improves water flow to the turbines which generate hydroelectric power and to the hydropumps that are used to pump irrigation water into an adjacent canal. Crews will also be performing maintenance on the spillway drum gates during the drawdown period.
The 18-foot drawdown will put the reservoir at elevation 2,480 feet until January 2016. Normal pool elevation is at 2,498 feet.
Black Canyon Diversion Dam, completed in 1924, is a multipurpose facility that provides irrigation water and hydropower.''',
    quotes=[
        Q('"Exposed sandbars', 'could be dangerous,"', "Steven Coulter"),
        Q('"The exposed riverbank', 'as well as their pets."', "Steven Coulter"),
    ],
    aliases={},
),
dict(
    id="usda-blog-tag-fs-page-40-bull-trout-youth-outdoors",
    source="https://usda.gov/media/blog/archive/tag/fs?page=40",
    license=PD, retrieved=PAGES + " (a USDA blog tag page of Forest Service posts; 'Skip to main content' dropped; the first two posts as the page shows them (headline and teaser paragraphs) kept; the third post, 'Veterans Find Training, Jobs with the U.S. Forest Service', whose paragraph 'The U.S. Forest Service actively recruits eligible veterans ... commitment and work e' is cut in the stored copy, dropped with its headline)",
    text='''Range of Bull Trout in Oregon's McKenzie River Indicates Improved River Health
The bull trout in the McKenzie River on the Willamette National Forest have a survival story to tell, thanks to U.S. Forest Service stewardship of local rivers and fresh, healthy sources of groundwater.
“We’re reintroducing the top predator back into the river ecosystem,” said Ray Rivera, the district fisheries biologist on the forest’s McKenzie River Ranger District. “Their presence means two things to us. First, because bull trout are very sensitive to environmental changes compared to other salmonid fishes, their existence means the river’s water quality is excellent and the physical quality of their habitat is also good. Second, since bull trout are the top predator and they are doing well this means the overall ecosystem is doing well. Their presence is an excellent barometer of a river’s health.”
Forest Service Encourages Youth to Play Outdoors
Pacific Southwest Regional Forester Randy Moore believes that every child should have the opportunity to go camping, take a hike and explore nature. And with the stroke of a pen, he signed in late September a proclamation endorsing the California Children’s Outdoor Bill of Rights as a group of children gathered to watch.
Moore wanted to publicly show the Pacific Southwest Region’s support for the statewide initiative, which was created to encourage children to experience outdoor activities and promote active, healthy lifestyles.
“You all represent the future,” said Moore to the children huddled around his desk. “It is important for us to have you learn about the outdoors, and we want you to enjoy being outdoors.”''',
    quotes=[
        Q('“We’re reintroducing', 'the river ecosystem,”', "Ray Rivera"),
        Q('“Their presence means two things', 'of a river’s health.”', "Ray Rivera"),
        Q('“You all represent the future,”', None, "Randy Moore"),
        Q('“It is important for us', 'enjoy being outdoors.”', "Randy Moore"),
    ],
    aliases={"Randy Moore": ["Pacific Southwest Regional Forester Randy Moore", "Moore"]},
),
dict(
    id="usace-2025-soo-locks-engineers-day-changes",
    source="https://www.usace.army.mil/Media/News/NewsSearch/index.html",
    license=PD, retrieved=PAGES + " (a usace.army.mil news listing page; only the item 'Soo Locks Engineers Day 2025 changes' (headline and the site's teaser, one paragraph, complete in the stored copy) kept; the other items of the listing (the Memphis District recognition, cut; the Southeast Michigan flood study; the Sacramento Weir fish passage, cut) dropped; the triple space and the missing comma before 'said' kept as stored)",
    text='''Soo Locks Engineers Day 2025 changes
SAULT STE. MARIE, Mich. - The U.S. Army Corps of Engineers in conjunction with the event’s federal, state, and local public safety partners are changing public access for this year’s Engineers Day event on June 27.   Out of an abundance of caution, in light of uncontrollable circumstances and in order to prioritize public safety, visitor access will be limited to Canal Park. Access in and around active Soo Locks operations will not be allowed. “We acknowledge this is disappointing and acknowledge the importance of this event to the community, which is why we coordinated closely with our public safety partners to permit the event to still take place” said Soo Locks Operations Manager LeighAnn Ryckeghem. “All public activities and displays will be concentrated within Canal Park which includes the observation platform to view vessels and the visitor center.”''',
    quotes=[
        Q('“We acknowledge this is disappointing', 'to still take place”', "LeighAnn Ryckeghem"),
        Q('“All public activities', 'and the visitor center.”', "LeighAnn Ryckeghem"),
    ],
    aliases={"LeighAnn Ryckeghem": ["Soo Locks Operations Manager LeighAnn Ryckeghem"]},
),
dict(
    id="usbr-2015-five-things-fourth-of-july",
    source="http://www.usbr.gov/newsroom/rssxml/corssfeed.cfm",
    license=PD, retrieved=FEED + " (a stored copy of the feed whose first release is this one of July 2015; the empty link after 'For more information, visit' ('<a href=\"<a href=\"\"></a>') removed with the other tags, leaving 'visit .'; item '3. Sonora, Calif.—Visit New Melones Lake ...', cut in the stored copy, dropped)",
    text='''Five Things to Do for Fourth of July Weekend
There are many places to go celebrate Fourth of July this weekend, but here is a list of five events happening at or near a Bureau of Reclamation facility:
1. Boulder City, Nev.—The 2015 Boulder City Damboree parade and fireworks show takes place on Saturday, starting at 9 a.m. Festival goers should get into position by 8:30 a.m. Along the parade route, there is a “wet zone” where the exchange of cooling streams of water is allowed. Dress in red, white and blue and plan to get wet! Also, be sure to look up and take notice of the flyover featuring pilots from the Boulder City Veteran's Flying Group. And then at 6 p.m., head over to Veteran’s Memorial Park for food, music, and fireworks! For more information, contact Wittig at (702) 293-8088, Lisa Cronister at (702) 293-8492, or Marc Maynard at (702) 293-8344.
2. Grand Coulee, Wash.—Free Admission to the Festival of America happening July 3-4, 2015 in the park below the Grand Coulee Visitor Center. This fireworks display off the top of the Grand Coulee Dam is voted "Best of Show" for Washington State. Friday and Saturday features arts and crafts, food, and live music nightly. On the evening of July 4th, immediately following the nightly laser light show, the fireworks display will be launched off the top of the Dam. For more information, visit .''',
    quotes=[
        Q('“wet zone”', None, None),
        Q('"Best of Show"', None, None),
    ],
    aliases={},
),
]
