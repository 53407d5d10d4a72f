# Held-out English news texts (tests/data/heldout304-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Air Force, Air National Guard, Navy and Marine Corps news stories (public
# domain, 17 U.S.C. § 105): a 4th Sustainment Brigade story on hood.army.mil (single Soldiers of the 13th Sustainment
# Command (Expeditionary) on deployment day, Fort Hood, July 2009), a DVIDS story of the 15th Financial Management
# Support Unit's casing and deployment ceremonies at Fort Hood (story 110222), an af.mil story of the Secretary of the
# Air Force visiting deployed Airmen (article 132419), a DVIDS story of the 167th Airlift Wing, West Virginia Air
# National Guard, deploying as a Mission Generation Force Element (story 478212, 2024), a U.S. 7th Fleet story on
# c7f.navy.mil (USS Blue Ridge and 7th Fleet chiefs honouring fallen chiefs, April 2017) and a Marine Corps Air Ground
# Combat Center story on 29palms.marines.mil (relief and appointment of the 1st Battalion, 7th Marines sergeant major,
# January 2015). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines,
# byline and date lines, photo captions and credits, the DVIDS crawl date field and the empty lines between paragraphs
# are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has
# none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1755-H1758 in ANNOTATION.md on top of H1-H1754).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout304-en.jsonl

Built by `build.py` from `heldout304_pages.py`. Like heldout268-en, heldout283-en, heldout302-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time Army, Air Force, Air National Guard, Navy and Marine Corps
stories: a 4th Sustainment Brigade story on hood.army.mil ('A Long Day for Single Soldiers', 13th Sustainment Command
(Expeditionary) deployment day at Fort Hood, July 2009), a DVIDS story of the 15th Financial Management Support Unit's
casing and deployment ceremonies at Fort Hood (story 110222), an af.mil story of the 407th Air Expeditionary Group on
Secretary of the Air Force Michael W. Wynne visiting deployed Airmen (article 132419, December 2005), a DVIDS story of
the 167th Airlift Wing, West Virginia Air National Guard (story 478212, August 2024), a U.S. 7th Fleet story on
c7f.navy.mil (article 1138066, USS Blue Ridge and 7th Fleet Chiefs' Mess, April 2017) and a Marine Corps Air Ground
Combat Center story on 29palms.marines.mil (article 560385, relief and appointment ceremony of 1st Battalion, 7th
Marines, January 2015). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
quotation (what was dropped is noted per page). The '.mil website' notice lines, site and navigation lines, byline and
date lines, photo captions and credits, the DVIDS crawl date field and the empty lines between paragraphs were dropped;
wording and quotation marks (straight and curly) are as stored. Pages read but left out: shaw.af.mil 1998663 (already
in heldout47-en), nationalguard.mil 1794723 and 611419 (already in heldout33-en), army.mil 41598 (already in
heldout68-en and heldout283-en), usafe.af.mil 256138 and marines.mil 566776 (their stored copies keep only one complete
quotation), wpafb.af.mil 2737120 (stored as one run-on line without paragraph breaks). None of the pages used is in any
set above (checked by URL and article or story number (110222, 132419, 478212, 1138066, 560385, the hood.army.mil
path), by title and by the names of their speakers and phrases, such as Dan C. Smith, Betzler, Kieschnick, Weilbacher,
Norris D. Grant, Vendor Services, Colors Casing, Wynne, Paul Dean, 379th Air Expeditionary Wing, Chad Dorsey, Michael
Sherman, AFFORGEN, William J. Sisk, Ziervogel, pay homage to the ones, Torrey L. Gray, Chasen, Cedeno and It’s
bittersweet, with grep over tests/data of the main tree and of every other helper's worktree: no hit; the only hits,
'Shepherd Field' and 'Getty' in heldout68-en and heldout234-en, are other stories). The annotation (rules H1755–H1758
in `ANNOTATION.md` on top of H1–H1754) was committed before whosaid was first run on these texts, so the first score
is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="hood-armymil-2009-a-long-day-for-single-soldiers",
    source="http://www.hood.army.mil/13esc/files/news/Stories/2009/07jul/deploy.html",
    license=PD, retrieved=PAGES + " (4th Sustainment Brigade story of July 2009 (date from the page path; deployment ceremony of July 18); the byline lines 'Sgt. John D. Ortiz', 'Public Affairs Office' and '4th Sustainment Brigade' and the empty lines between paragraphs dropped; headline kept once; the paragraph '“This being my first deployment, my stomach has been in knots all week,” he said. “People tell you about their experiences, but y', cut in the stored copy, dropped with Betzler's complete first sentence; 'Pittsburg, Pa.' and the cue spelling 'Betlzer' as stored (H1756); straight marks with one curly apostrophe ('wasn’t') as stored)",
    text='''A Long Day for Single Soldiers
FORT HOOD, Texas — For the more than 200 Soldiers assigned to the 13th Sustainment Command (Expeditionary) Headquarters element, July 18 was the day they said goodbye to their Families and friends at Kieschnick Gym for their yearlong deployment to Iraq.
Many Soldiers were accompanied by their children and significant others for the early morning ceremony that began at 1:30 a.m., yet there were a few in the crowd sitting quietly off to the side by themselves; single Soldiers.
"It's hard being here alone," said Spc. Dan C. Smith, 27, and a native of Pittsburg, Pa. "My Family lives far away and I realize that my parents could not come, but I don't let it bother me too much."
Smith, a financial management specialist and a first-time deployer, said his Family has been calling his cell phone throughout the day. "They are supportive of me as much as they can be through the phone."
The day of deployment for single Soldiers is not about having the last home-cooked meal or even time to relax one last time; instead it is spent cleaning and clearing their barracks' room and talking on the phone.
"I spent all day cleaning every nook and cranny in my barracks' room getting ready for barracks' management," said Smith. "In the end, I threw away a lot of clothes and a lot of stuff that I wasn’t going to need."
For Pfc. Zack Betzler, 20, and a native of Avon Lake, Ohio, the day was spent on his phone and cleaning. "Once I cleaned my barracks' room, management came through and kicked us out around 7 p.m. and since then I have just been on my phone all night long with my Family."
"It's rough being here without them, especially my fiancé. I said goodbye to them when I was home on block leave," said Betlzer, an information technology specialist.''',
    quotes=[
        Q('"It\'s hard being here alone,"', None, "Dan C. Smith"),
        Q('"My Family lives far away', 'too much."', "Dan C. Smith"),
        Q('"They are supportive', 'through the phone."', "Dan C. Smith"),
        Q('"I spent all day', 'barracks\' management,"', "Dan C. Smith"),
        Q('"In the end', 'going to need."', "Dan C. Smith"),
        Q('"Once I cleaned', 'with my Family."', "Zack Betzler"),
        Q('"It\'s rough being here', 'on block leave,"', "Zack Betzler"),
    ],
    aliases={"Dan C. Smith": ["Dan C. Smith", "Smith", "Spc. Dan C. Smith", "a financial management specialist"],
             "Zack Betzler": ["Zack Betzler", "Betzler", "Pfc. Zack Betzler", "Betlzer", "an information technology specialist"]},
),
dict(
    id="dvids-110222-silver-eagles-case-their-colors",
    source="https://www.dvidshub.net/news/110222/silver-eagles-case-their-colors",
    license=PD, retrieved=PAGES + " (DVIDS story 110222 of July (year not in the stored copy; about 12 years of deployments to Iraq and Afghanistan, i.e. 2013), 15th Financial Management Support Unit, Fort Hood; the stored copy has no headline and opens with the dateline paragraph, no title added (H1758); the empty lines between paragraphs dropped; the paragraph 'Since he is deploying to a pot', cut in the stored copy, dropped; the ellipsis without spaces ('go…I am') and the period before the closing mark of Grant's quotation ('correctly.” said Grant.') as stored (H1757))",
    text='''FORT HOOD, Texas – Over the past 12 years, more than two million United States Army soldiers have deployed to Iraq and Afghanistan, many on more than one occasion. These numbers recently increased as more soldiers deployed from Fort Hood.
During a particularly hot Texas afternoon on July 2, soldiers from Headquarters and Headquarters Detachment, 15th Financial Management Support Unit, held a Colors Casing Ceremony in preparation for their deployment to the Kandahar Province of Afghanistan.
“It seems like just yesterday we were nine months out developing our road to war,” said Maj. Anthony J. Weilbacher, commander of the 15th FMSU. “It’s been quite an adventure getting here, and we still have a short way to go…I am extremely humbled to be a part of it, and I look forward to all the great things that we’ll accomplish down range.”
After the Colors Casing Ceremony, the soldiers of the 15th FMSU gathered around to promote their most senior enlisted soldier deploying, Sgt. Maj. Austin McLaughlin, who was joined by his wife, Brenda, and children, Andrew and Kelsea.
Nine days later, in the early hours of July 11, soldiers, families and friends of the 15th FMSU, 4th Special Troops Battalion, 4th Sustainment Brigade, 13th Sustainment Command (Expeditionary) gathered at Abrams Physical Fitness Center on Fort Hood for a Deployment Ceremony.
From the most senior enlisted unit member to the most junior, each of the 25 soldiers understood exactly what their role would be, and were ready for their mission in Afghanistan to commence. Spc. Norris D. Grant, a native of Atlanta, has only been in the unit for 41 days but knows that he has a very important part to play down range.
“I will be working on the Vendor Services team. So, everything that comes in as far as vendors, I’ll get the contracts first and make sure they don’t have any errors. If they do, I’ll send them back for corrections so they get paid correctly.” said Grant.''',
    quotes=[
        Q('“It seems like just yesterday', 'road to war,”', "Anthony J. Weilbacher"),
        Q('“It’s been quite an adventure', 'down range.”', "Anthony J. Weilbacher"),
        Q('“I will be working', 'paid correctly.”', "Norris D. Grant"),
    ],
    aliases={"Anthony J. Weilbacher": ["Anthony J. Weilbacher", "Maj. Anthony J. Weilbacher", "commander of the 15th FMSU"],
             "Norris D. Grant": ["Norris D. Grant", "Grant", "Spc. Norris D. Grant"]},
),
dict(
    id="af-mil-secaf-visits-deployed-airmen-shares-insight",
    source="https://www.af.mil/News/Article-Display/Article/132419/secaf-visits-deployed-airmen-shares-insight",
    license=PD, retrieved=PAGES + " (af.mil story of the 407th Air Expeditionary Group, December (year not in the stored copy; six weeks into Wynne's term, i.e. 2005); the lines '• Published', '• By Tech. Sgt. Paul Dean' and '• 407th Air Expeditionary Group Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'After his visit to the deployed location, Secretary Wynne stopped here Dec. 19, answering Airmen’s questions about missi', cut in the stored copy, dropped; the nested single marks of ‘reach back’ as stored (H1757))",
    text='''SECAF visits deployed Airmen, shares insight
The world and the Air Force have gone through remarkable changes since Secretary of the Air Force Michael W. Wynne hung up his Air Force uniform more than 30 years ago.
The enemies, tools to fight them and tactics are all different now.
But just six weeks into the job, the secretary visited Airmen deployed supporting Operation Iraqi Freedom to gauge their warrior spirit and offer insight into how he might ensure Airmen remain the best trained, highly motivated and most committed members of the greatest air power in the world.
During a visit to the 379th Air Expeditionary Wing at a forward-deployed location Dec. 17, the secretary discussed where he sees the Air Force going during the next decade.
“I see the Air Force continuing its transformation efforts because it has now achieved its quest of stealth, speed and precision,” Secretary Wynne said. “Now we need to move toward becoming lean, lethal and agile as a force structure. This is going to result in a more compact, highly capable force. This move will emphasize that we are going to continue to expand our ‘reach back’ as we have been doing.”
The secretary said the Air Force is going to continue to dominate air and space and will become more interdependent.
That interdependency is exhibited even now as the air operations center contains Airmen, Soldiers, Sailors and Marines as well as special operations, Secretary Wynne said.
“This tells me that we are relying on our partners and they are reliant on us to win this war,” he said. “Jointness is here and now as well as it’s going to be in the future. It is really all about protecting each other and understanding the capabilities each of our force elements brings to the battle.”''',
    quotes=[
        Q('“I see the Air Force', 'speed and precision,”', "Michael W. Wynne"),
        Q('“Now we need to move', 'have been doing.”', "Michael W. Wynne"),
        Q('“This tells me', 'win this war,”', "Michael W. Wynne"),
        Q('“Jointness is here', 'to the battle.”', "Michael W. Wynne"),
    ],
    aliases={"Michael W. Wynne": ["Michael W. Wynne", "Wynne", "Secretary Wynne", "Secretary of the Air Force Michael W. Wynne", "the secretary"]},
),
dict(
    id="dvids-478212-167th-airmen-deploy-mission-generation-force-element",
    source="https://www.dvidshub.net/news/478212/167th-airmen-deploy-mission-generation-force-element",
    license=PD, retrieved=PAGES + " (DVIDS story 478212 of August 2024, 167th Airlift Wing, West Virginia Air National Guard; the stored copy has no headline or header lines and opens with the body; the crawl field ' date 2024-08-06' that precedes it and the empty lines between paragraphs dropped; no title added (H1758); the paragraph 'More 167th AW Airmen will deploy in 2025, not as a MG FE but as ', cut in the stored copy, dropped; 'in-theatre' as stored)",
    text='''Nearly 150 men and women from the 167th Airlift Wing embarked on a multi-month deployment overseas, departing from Shepherd Field, Martinsburg, West Virginia, in June, marking the first en masse deployment from the wing in more than 20 years.
The deployed Airmen, aircraft and equipment comprise a Mission Generation Force Element (MG FE), which is providing mobility capabilities from an expeditionary air base in the U.S. Central Command area of responsibility.
Force Elements are part of the Air Force’s new deployment model, Air Force Force Generation, or AFFORGEN, which will evolve over time, but aims to standardize deployment cycles and preserve and build high-end readiness.
The Air Force crowd-sourced Airmen from multiple units who came together in-theatre for contingency operations over the past 20 years. Now, under AFFORGEN, Airmen train together at home station and deploy together as a unit.
“It builds unity,” said Senior Master Sgt. Chad Dorsey, 167th Logistics Plans and Integration superintendent. “Airmen will train together, deploy together and come home together.”
Within the first six weeks of their MG FE deployment, the 167th team flew well over 200 sorties, hauling more than 5.5 million pounds of cargo and 1,300 passengers. The 167th maintenance team has sustained high mission capability rates for the unit’s aircraft in addition to providing maintenance support to transient aircraft.
“I have been a part of this unit for a long time, and one of our greatest strengths is our unwavering commitment when called to duty,” said Col. Michael Sherman, 167th Maintenance Group commander. “We consistently come together with the energy and determination needed to accomplish our mission. I am incredibly proud of the outstanding accomplishments of our members currently deployed.”''',
    quotes=[
        Q('“It builds unity,”', None, "Chad Dorsey"),
        Q('“Airmen will train together', 'come home together.”', "Chad Dorsey"),
        Q('“I have been a part', 'called to duty,”', "Michael Sherman"),
        Q('“We consistently come together', 'currently deployed.”', "Michael Sherman"),
    ],
    aliases={"Chad Dorsey": ["Chad Dorsey", "Senior Master Sgt. Chad Dorsey", "167th Logistics Plans and Integration superintendent"],
             "Michael Sherman": ["Michael Sherman", "Col. Michael Sherman", "167th Maintenance Group commander"]},
),
dict(
    id="c7f-navymil-2017-blue-ridge-7th-fleet-chiefs-mess-honor-fallen-chiefs",
    source="http://www.c7f.navy.mil/Media/News/Display/Article/1138066/blue-ridge-7th-fleet-chiefs-mess-honor-fallen-chiefs",
    license=PD, retrieved=PAGES + " (U.S. 7th Fleet story of April 2, 2017; the '.mil website' notice lines, 'ArticleCS - Article View', 'NEWS | April 2, 2017', the byline 'By Mass Communication Specialist 1st Class Marvin E. Thompson, Jr., USS Blue Ridge Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the paragraph 'The rank of chief petty officer was established April 1, 1893 to foster ... junior enlisted person', cut in the stored copy, dropped; '(LCC 19)combined' without space as stored)",
    text='''Blue Ridge, 7th Fleet Chiefs’ Mess Honor Fallen Chiefs
Members of the U.S. Command 7th Fleet and the U.S. 7th Fleet flagship USS Blue Ridge (LCC 19)combined Chiefs’ Mess commemorated chiefs on the 124th birthday of the U.S. Navy chief petty officer by observing evening colors at Commander Fleet Activities Yokosuka April 1, 2017.
The combined Chiefs’ Mess remembered seven chiefs by also singing in an effort to bring respect to those who died during their active service duty within the past year.
“We are here to pay homage to the ones that are at the tip of the spear, to honor our fallen and let them know that they’re never forgotten,” said Senior Chief Hull Technician William J. Sisk.
Fallen service members, such as Senior Chief Petty Officer Scott Cooper Dayton, last assigned to Explosive Ordnance Disposal Mobile Unit Two, serving in Combined Joint Task Force-Operation Inherent Resolve and Chief Petty Officer Jason C. Finan, who was serving in an advisory capacity to the Iraqi coalition force also supporting Operation Inherent Resolve, were among the few honored during the commemoration.
“This day is certainly unlike other days. It was exactly 124 years ago that Navy’s chief petty officer was officially established by a congressional order,” said Master Chief Charles Ziervogel, Blue Ridge’s Command Master Chief.''',
    quotes=[
        Q('“We are here to pay homage', 'never forgotten,”', "William J. Sisk"),
        Q('“This day is certainly', 'congressional order,”', "Charles Ziervogel"),
    ],
    aliases={"William J. Sisk": ["William J. Sisk", "Senior Chief Hull Technician William J. Sisk"],
             "Charles Ziervogel": ["Charles Ziervogel", "Master Chief Charles Ziervogel", "Blue Ridge’s Command Master Chief"]},
),
dict(
    id="29palms-marinesmil-2015-relief-appointment-ceremony-first-team",
    source="https://www.29palms.marines.mil/Articles/Article/560385/relief-appointment-ceremony-welcomes-new-sgt-maj-for-first-team/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center Twentynine Palms story of Jan. 14, 2015; the site lines 'Marines', 'Combat Center News', 'Twentynine Palms Logo', 'Twentynine Palms, California', 'Marine Air Ground Task Force Training Command and Marine Corps Air Ground Combat Center', the line 'Photo Information', the photo caption 'Sgt. Maj. Chasen E. Getty, former battalion sergeant major, ... (Official Marine Corps photo by Lance Cpl. Julio McGraw/Released)', the credit 'Photo by Lance Cpl. Julio McGraw', the byline line '14 Jan 2015 | Lance Cpl. Julio McGraw Marine Corps Air Ground Combat Center Twentynine Palms' and the empty lines between paragraphs dropped (H1758); headline kept once; the paragraph '“I’m definitely excited. I’ve been waiting for this chance for 19 years,” Cedeno said. “Now that I’m wearing t', cut in the stored copy, dropped with Cedeno's complete first quotation)",
    text='''Relief, appointment ceremony welcomes new Sgt. Maj. for ‘First Team’
Columns of Marines stood at the position of attention at Lance Cpl. Torrey L. Gray Field, Jan. 9, 2015, with sunlight glinting off their ribbons and badges. They stood in formation representing the Marines of 1st Battalion, 7th Marine Regiment during the relief and appointment ceremony of their sergeant major.
Sgt. Maj. Chasen E. Getty passed the non-commissioned officer's sword off to Sgt. Maj. Michael E. Cedeno signifying the symbolic change of senior leadership for 1/7.
“It’s bittersweet,” Getty said. “Especially going through everything with the battalion, like our deployment among other things.”
Getty assumed command as battalion sergeant major for 1/7 in March 2013 and deployed with the battalion to Afghanistan in support of Operation Enduring Freedom later that year.
“It’s hard leaving but change is good for everyone, and now it’s time for Sgt. Maj. Cedeno to take charge and lead these Marines,” Getty said.
Cedeno was promoted to the rank of sergeant major on Dec. 1, 2014, and received orders to report to 1/7 as the new battalion sergeant major.''',
    quotes=[
        Q('‘First Team’', None, None),
        Q('“It’s bittersweet,”', None, "Chasen E. Getty"),
        Q('“Especially going through', 'other things.”', "Chasen E. Getty"),
        Q('“It’s hard leaving', 'these Marines,”', "Chasen E. Getty"),
    ],
    aliases={"Chasen E. Getty": ["Chasen E. Getty", "Getty", "Sgt. Maj. Chasen E. Getty"]},
),
]
