# Held-out English news pages (tests/data/heldout206-en.jsonl), none of them used in an earlier set. US military news
# stories, works of the US government in the public domain (17 U.S.C. § 105), written by service members or civilian
# public-affairs staff and taken from stored web pages (the `pages` search corpus), all on humanitarian and logistics
# work, none on sports: Air Force humanitarian relief operations planned at the Combined Air Operations Center
# (ellsworth.af.mil), the first US relief flight to Burma after Cyclone Nargis, 2008 (andersen.af.mil, by Senior Airman
# Sonya Croston, 36th Wing Public Affairs), a Travis Air Force Base Denton Program mission to Central America, 2025
# (travis.af.mil, by 2nd Lt. Yasmeen N. Joachim Jordan), a 774th Expeditionary Airlift Squadron airdrop after a landslide
# in Balkh province, Afghanistan (166aw.ang.af.mil, by Master Sgt. Michael Voss), three Defense Logistics Agency stories
# (dla.mil: meals for Louisiana food banks after Hurricane Ida, 2021, by Nancy Benecki; Hurricane Matthew relief, 2016, by
# Michael Tuttle; meals, ready to eat, for natural disasters, 2023, by Michael Hong), DLA Distribution moving 21 million
# MREs after Hurricane Helene, 2024 (dvidshub.net) and Coast Guard Cutter Escanaba's return to Boston, 2016
# (uscgnews.com, the Coast Guard's news release site). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`). Site banners, 'News | date' labels, 'Published' and byline lines, photo captions and the
# corpus's ' date ...' prefix are dropped; leading and trailing blanks of a line are dropped; wording (also '744th EAS'
# beside '774th', 'Meals, Ready-to Eat'), spacing inside paragraphs and quotation marks are as stored. Annotated by
# reading the pages, before whosaid was run on them (rules H1325-H1329 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout206-en.jsonl

Built by `build.py` from `heldout206_pages.py`. Like heldout166-en, heldout174-en and heldout179-en, these texts are US
military news stories written by service members or civilian public-affairs staff, taken from stored web pages (the
`pages` search corpus), none of them used in a set above and none on sports: Air Force humanitarian relief operations
planned at the Combined Air Operations Center (ellsworth.af.mil: Darren McDew), the first US relief flight to Burma
after Cyclone Nargis, 2008 (andersen.af.mil, by Senior Airman Sonya Croston: Howie Chandler, Timothy Keating, Gregory
Stone), a Travis Air Force Base Denton Program mission to Central America, 2025 (travis.af.mil: Brian Dixon), an airdrop
after a landslide in Balkh province, Afghanistan (166aw.ang.af.mil, by Master Sgt. Michael Voss: Chris Armstrong, Jeffrey
Springsteen, Kenneth Bosch), three Defense Logistics Agency stories (dla.mil: Louisiana food banks after Hurricane Ida,
2021, Harry Streibich; Hurricane Matthew relief, 2016, Victor Harmon; meals, ready to eat, for natural disasters, 2023,
Stephen Priore), DLA Distribution's MRE moves after Hurricane Helene, 2024 (dvidshub.net: Perry Knight) and Coast Guard
Cutter Escanaba's return from a North Atlantic patrol, 2016 (uscgnews.com: Patrick Peschka). All are US government works
in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site
banners, bylines, 'News | date' and 'Published' labels and photo captions were dropped; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by article id, by the names of their speakers,
including the other helpers' worktrees). The annotation (rules H1325–H1329 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-ellsworth-caoc-humanitarian-relief-constant-priority",
    source="http://www.ellsworth.af.mil/News/Article-Display/Article/217142/humanitarian-relief-remains-constant-priority/",
    license=PD, retrieved=PAGES + " (story on the Ellsworth Air Force Base site; the site lines 'jet shadow', 'Next Warrior Flyby', 'Next Ellsworth Fire Department Live Fire Training' dropped; headline kept as first line; the paragraph 'When asked if operations were making a d...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Humanitarian relief remains constant priority
SOUTHWEST ASIA -- In a turbulent world, with natural disasters striking at random and conflicts in Iraq and Afghanistan surging with a tide of violence, one thing has remained constant -- U.S. Air Force humanitarian relief operations.
These operations, planned out of the Combined Air Operations Center, have answered the call of those in need, from the bitter-cold Mountains of Afghanistan to the devastation left in the wake of the earthquake in Pakistan.
“The bottom line is -- we’re here to help people,” said Brig. Gen. Darren McDew, director of mobility forces at the CAOC.
And helping is exactly what these operations are doing, with more than 10 million pounds of aid delivered to Pakistan and more than 2.2 million pounds of aid consistently airdropped to Afghans in need.
A priority from day one, humanitarian relief began before the first bomb was dropped in Afghanistan, delivering items including food, blankets, firewood, clothing, building materials and school supplies.
“C-17s dropped daily humanitarian rations to the Afghan people in preparation for the conflict in their country,” General McDew said. “We continue to help them, but now we are able to come to the aid of a freely elected Afghan government.”
General McDew contends that helping the Afghan people meet basic needs allowed them to establish themselves as a free people.
“We want them to have a lot of the things that we take for granted in our own country,” he said. “Helping them with basic things for living -- food, a roof over their heads -- all of that comes as part and parcel with that responsibility.”
That responsibility rests largely on the shoulders of the dedicated Soldiers, Sailors, Airmen and Marines, working around the clock from the CAOC to plan and execute these missions, he said.''',
    quotes=[
        Q('“The bottom line', 'help people,”', "Darren McDew"),
        Q('“C-17s dropped', 'their country,”', "Darren McDew"),
        Q('“We continue to help', 'Afghan government.”', "Darren McDew"),
        Q('“We want them', 'our own country,”', "Darren McDew"),
        Q('“Helping them with basic', 'that responsibility.”', "Darren McDew"),
    ],
    aliases={"Darren McDew": ["Brig. Gen. Darren McDew", "General McDew"]},
),
dict(
    id="mil-en-andersen-2008-05-airmen-prepared-to-give-more",
    source="https://www.andersen.af.mil/News/Features/Article/416191/airmen-prepared-to-give-more/",
    license=PD, retrieved=PAGES + " (feature on the Andersen Air Force Base site by Senior Airman Sonya Croston, 36th Wing Public Affairs; the .mil banner, 'Feature Search', '• Published • By ...' lines dropped; headline kept as first line; the paragraph '\"We can do much more,\" said Gen. Chandler. \"Today was ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Airmen prepared to give more
Airmen aboard a U.S. Air Force C-130 Hercules made history when they made the delivery of United States humanitarian relief supplies to the storm-ravaged country of Burma May 12.
Cyclone Nargis tore through Burma's southern region May 2, reportedly killing more than 30,000 people.
"Hundreds of thousands of men, women and children were impacted by last week's cyclone. We are very grateful that the Burmese government has allowed us to do one of the things our great Air Force men and women do extremely well...provide immediate and effective humanitarian assistance and disaster relief to affected regions all over the world," said Pacific Air Forces Commander Gen. Howie Chandler.
The supplies onboard the C-130 consisted of 8,300 bottles of water, two pallets of mosquito netting, and one pallet of blankets. Deliveries of food, medical supplies and shelter are expected to arrive in upcoming days, providing crucial support for the Burmese people.
Flying along on the mission, Admiral Timothy Keating, U.S. Pacific Command commander said "We stand ready to help our humanitarian relief teams. We just want to help."
Airmen throughout Pacific Air Forces were engaged on the mission to make it a success. "We're pretty excited to be here. This is what we get paid to do and what we're organized to do," said Senior Master Sgt. Gregory Stone, 36th Contingency Response Group.''',
    quotes=[
        Q('"Hundreds of thousands', 'all over the world,"', "Howie Chandler"),
        Q('"We stand ready', 'want to help."', "Timothy Keating"),
        Q('"We\'re pretty excited', 'organized to do,"', "Gregory Stone"),
    ],
    aliases={"Howie Chandler": ["Pacific Air Forces Commander Gen. Howie Chandler"],
             "Timothy Keating": ["Admiral Timothy Keating"],
             "Gregory Stone": ["Senior Master Sgt. Gregory Stone"]},
),
dict(
    id="mil-en-travis-2025-06-travis-airmen-humanitarian-aid-central-america",
    source="https://www.travis.af.mil/News/Display/Article/4216983/travis-airmen-deliver-humanitarian-aid-to-central-america",
    license=PD, retrieved=PAGES + " (story on the Travis Air Force Base site by 2nd Lt. Yasmeen N. Joachim Jordan, 60th Air Mobility Wing Public Affairs; '• Published • By ...' lines dropped; headline kept as first line; trailing blanks of lines dropped; the paragraph with Senior Airman Alberto Martinez-Calleja's quotations, cut in the stored copy, dropped; curly marks as stored)",
    text='''Travis Airmen deliver humanitarian aid to Central America
U.S. Airmen assigned to the 21st Airlift Squadron (AS) and 860th Aircraft Maintenance Squadron (AMXS) from Travis Air Force Base delivered humanitarian aid to Central America in support of the Denton Program June 6-9, 2025.
The mission was conducted as part of the Department of Defense’s Denton Program, which enables U.S. military aircraft to transport humanitarian cargo donated by U.S.-based Non-Governmental Organizations to developing nations in need. The Travis aircrew delivered approximately 55,000 pounds of essential supplies to El Salvador and Guatemala, including nonperishable food items, medical supplies, hygiene products, clothing and school equipment.
In addition to delivering aid, the crew accomplished key training objectives including flight planning, low-level operations and aerial refueling with a KC-46A Pegasus. The mission allowed aircrew members to sharpen their skills while adapting to varying weather conditions and unfamiliar airfields. It also served as a mentorship opportunity for seasoned crew members to train younger Airmen in a real-world environment.
“Instructing helps me out a lot—being able to offer guidance allows me to hone my skill set,” said Tech. Sgt. Brian Dixon, 21st AS instructor loadmaster. “If you don’t use it, you lose it. It’s about the familiarity of being on the aircraft.”
At the start of the mission, the C-17 Globemaster III crew encountered maintenance challenges. Flying crew chiefs worked to troubleshoot and resolve the issues, ensuring the aircraft was able to continue the humanitarian mission.''',
    quotes=[
        Q('“Instructing helps me', 'my skill set,”', "Brian Dixon"),
        Q('“If you don’t use it', 'on the aircraft.”', "Brian Dixon"),
    ],
    aliases={"Brian Dixon": ["Tech. Sgt. Brian Dixon"]},
),
dict(
    id="mil-en-166aw-delaware-air-guardsman-afghanistan-airdrop",
    source="http://www.166aw.ang.af.mil/News/Article-Display/Article/448141/delaware-air-guardsman-assists-on-humanitarian-relief-airdrop-mission-after-lan/",
    license=PD, retrieved=PAGES + " (story on the 166th Airlift Wing, Delaware Air National Guard site, by Master Sgt. Michael Voss; '• Published • By ... • test' lines dropped; headline kept as first line; '744th EAS' beside '774th' as stored; the stored part ends after Kenneth Bosch's paragraph; straight marks as stored)",
    text='''Delaware Air Guardsman assists on humanitarian relief airdrop mission after landslide in Afghanistan
Airmen from the 774th Expeditionary Airlift Squadron, here, delivered more than 17,000 pounds of supplies to Afghanistan's Balkh province, April 7.
The emergency drop, which included food, water and blankets was part of the Air Force and Army's aid effort for the residents of the Northern province, which borders Uzbekistan.
The area was plagued by a landslide Wednesday causing damage to more than 100 residents' homes, farmland and crops.
"It's been a long day, but this morning we got the opportunity to help the locals after a natural disaster which is what we do back home," said Capt. Chris Armstrong, Texas native and 744th EAS navigator.
In a joint effort, airmen deployed from the 181st Airlift Squadron in Fort Worth, Texas, in conjunction with soldiers from the 11th Quartermaster Company assembled and delivered the 16, 48 by 48-inch pallets in less than 24-hours after request.
"It is simply amazing what these guys can accomplish," explained Senior Master Sgt. Jeffrey Springsteen, 774th EAS joint airdrop inspector. "The amount of hours they work to help others is phenomenal."
Springsteen, who is deployed from the 166th Airlift Wing in Delaware went on to explain that C-130s from Bagram have delivered more than 225,000 pounds of supplies to various locations throughout Afghanistan in April.
But, this mission was not about combat but helping others, and the soldiers who, after a 12-month deployment, are returning home to Fort Campbell, Ky., and Fort Bragg, N.C., agree.
"It was great being able to give back to people who need our help," said Pfc. Kenneth Bosch, 11th Quartermaster Company rigger and Miami native. "At the end of the day, it isn't just a war we are fighting here, but we are also here to help."''',
    quotes=[
        Q('"It\'s been a long day', 'back home,"', "Chris Armstrong"),
        Q('"It is simply amazing', 'can accomplish,"', "Jeffrey Springsteen"),
        Q('"The amount of hours', 'is phenomenal."', "Jeffrey Springsteen"),
        Q('"It was great being able', 'our help,"', "Kenneth Bosch"),
        Q('"At the end of the day', 'here to help."', "Kenneth Bosch"),
    ],
    aliases={"Chris Armstrong": ["Capt. Chris Armstrong"],
             "Jeffrey Springsteen": ["Senior Master Sgt. Jeffrey Springsteen", "Springsteen"],
             "Kenneth Bosch": ["Pfc. Kenneth Bosch"]},
),
dict(
    id="mil-en-dla-2021-11-02-troop-support-meals-louisiana-food-banks",
    source="https://www.dla.mil/About-DLA/News/News-Article-View/Article/2830464/dla-troop-support-distribution-provides-meals-to-louisiana-food-banks/",
    license=PD, retrieved=PAGES + " (DLA news story by Nancy Benecki, DLA Troop Support Public Affairs; the .mil banner, 'News | Nov. 2, 2021' and the byline dropped; headline kept as first line; the paragraph 'While making these deliveries, ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''DLA Troop Support, Distribution provides meals to Louisiana food banks
Hurricane Ida made landfall in late August, leaving a massive path of destruction and devastation in its wake. Weeks after the hurricane hit, there was still a need to support those who were left without a home or electricity.
The Defense Logistics Agency Troop Support worked with DLA Distribution and the Federal Emergency Management Agency to get 806,000 commercial shelf-stable meals to six food banks in Louisiana.
Deliveries were made to food banks in the cities of Houma, Lafayette, Shreveport, New Orleans, respectively, and two in Baton Rouge, said Harry Streibich, division chief of Subsistence Operational Rations at Troop Support.
FEMA placed orders for the meals Sept. 17, which were delivered Sept. 21-23, he said. In total, DLA Troop Support worked with four different vendors to procure the 806,000 meals for the six food banks over a three-day period, he said.
The commercial shelf-stable meals contain easy-open items in pouches or pop-top cans and do not require a heating element, Streibich said. Each meal serves one person.
After DLA Troop Support worked with contracted vendors on basic ordering agreements, everything was turned over to DLA Distribution, he said.
“None of this can happen without DLA Distribution,” he said. “We worked hand-in-hand with them. It’s not going to happen if not for them.”
DLA Troop Support created a schedule for meal pickups with its vendors, which was then sent to DLA Distribution, Streibich said.''',
    quotes=[
        Q('“None of this can happen', 'DLA Distribution,”', "Harry Streibich"),
        Q('“We worked hand-in-hand', 'not for them.”', "Harry Streibich"),
    ],
    aliases={"Harry Streibich": ["Streibich"]},
),
dict(
    id="mil-en-dla-2016-10-13-troop-support-hurricane-matthew-relief",
    source="https://www.dla.mil/About-DLA/News/News-Article-View/Article/972500/troop-support-provides-food-helipad-materials-for-hurricane-matthew-relief",
    license=PD, retrieved=PAGES + " (DLA news story by Michael Tuttle, DLA Troop Support Public Affairs; the .mil banner, 'News | Oct. 13, 2016' and the byline dropped; headline kept as first line; 'Meals, Ready-to Eat' as stored; the paragraph 'As military installations along the coast ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Troop Support provides food, helipad materials for Hurricane Matthew relief
As the Navy hospital ship USNS Comfort deployed to support Hurricane Matthew relief efforts, it did so with a timely re-supply of food by the Defense Logistics Agency, including dairy items, bread, fresh fruit and vegetables, and Meals, Ready-to Eat.
The Comfort, stocked with medical supplies and a 1,000 bed treatment facility, moved from Norfolk, Virginia toward the Category 4 storm as it hammered Haiti Oct. 4.
DLA Troop Support’s Subsistence supply chain worked with its regional prime vendor to ensure the Comfort received the food in time.
“DLA Troop Support is uniquely positioned to respond to crises like Hurricane Matthew at a moment’s notice with world class logistics,” said Victor Harmon, deputy director of DLA Troop Support Customer Operations. “Troop Support’s extraordinary expertise coupled with strong relationships with our industry partners allows us to precisely support the joint task force commander or government partner with the right materiel to speed recovery in a disaster situation.”
The Subsistence supply chain also delivered 822 cases of water and 863 cases of MREs for relief efforts in Haiti.
The Construction and Equipment supply chain provided the materials for four helicopter pads to be built in Haiti, as well as materials to build 100 pallet skids for the loading and unloading of helicopters. C&E also delivered 6,000 gallons of non-potable water daily initially and is still delivering 3,000 gallons per day.''',
    quotes=[
        Q('“DLA Troop Support is uniquely', 'world class logistics,”', "Victor Harmon"),
        Q('“Troop Support’s extraordinary', 'disaster situation.”', "Victor Harmon"),
    ],
    aliases={},
),
dict(
    id="mil-en-dla-2023-09-25-mres-prepare-warfighters-natural-disasters",
    source="https://www.dla.mil/About-DLA/News/News-Article-View/Article/3536262/meals-ready-to-eat-prepare-warfighters-for-natural-disasters",
    license=PD, retrieved=PAGES + " (DLA news story by Michael Hong, DLA Troop Support Public Affairs; the .mil banner, 'News | Sept. 25, 2023' and the byline dropped; headline kept as first line; a leading blank of a paragraph dropped; the paragraph 'MREs are used by the services ...', cut in the stored copy, dropped; curly marks as stored, a nested single-marked phrase inside Stephen Priore's second span (H1327))",
    text='''Meals, ready to eat, prepare warfighters for natural disasters
Meals, ready to eat, provide a critical feature during disasters and unforeseen events for warfighters and other Defense Logistics Agency Troop Support customers around the globe.
As September, the peak of hurricane season and proclaimed U.S. National Preparedness Month, comes to a close, DLA Troop Support shines the spotlight on how MREs play a role in building a stronger and more resilient nation in the face of emergent disasters.
First and foremost, MREs are ordered by Troop Support subsistence branch customers through the Subsistence Total Order and Receipt Electronic System or FedMall.
When the intended use for such MREs are for emergencies, the customer inputs “emergency order” in the exception data section.
“Order frequency and quantities always vary depending on world events (hurricanes, fires, COVID-19, civil unrest, refugees, etc.),” said Stephen Priore, DLA Troop Support Subsistence supply chain Individual Rations branch chief. “My team maintains an ‘always ready’ approach so we can support any emergency order, regardless of when the requirements are needed.”
13,572 cases, approximately $2 million in value, of MREs were acquisitioned and delivered through DLA Troop Support to support fire disaster operations in this fiscal year alone.
Furthermore, 749,343 cases, approximately $88 million in value, of MREs were acquisitioned and delivered specifically due to COVID-19 since 2020.''',
    quotes=[
        Q('“emergency order”', None, None),
        Q('“Order frequency', 'refugees, etc.),”', "Stephen Priore"),
        Q('“My team maintains', 'are needed.”', "Stephen Priore"),
    ],
    aliases={},
),
dict(
    id="mil-en-dvids-2024-10-08-dla-distribution-21-million-mres-fema",
    source="https://www.dvidshub.net/news/482887/dla-distribution-partners-with-dla-troop-support-transport-21-million-mres-support-fema",
    license=PD, retrieved=PAGES + " (DVIDS news story of DLA Distribution; the stored copy has no headline; the corpus's ' date 2024-10-08' prefix and the 'Courtesy Photo | ... see less | View Image Page' caption dropped; the stored part ends after Perry Knight's paragraph; curly marks as stored)",
    text='''As the nation continues response efforts to the damage caused across the southeastern United States by Hurricane Helene, Defense Logistics Agency Distribution continues to play a key role in whole of government support.
Recently, the Federal Emergency Management Agency requested 21 million meals ready to eat from DLA Troop Support to provide to those affected by the Category 4 storm that made landfall Sept. 26, causing extensive damage in Georgia, South Carolina, western North Carolina and eastern Tennessee. DLA Distribution partnered with DLA Troop Support to transport the MREs from facilities in Albany, Georgia, and Marengo, Indiana to FEMA locations in Conley, Georgia, and Maxwell Air Force Base, Alabama for current and future FEMA disaster response efforts.
“It’s a testament to the expertise and reliability of the teams at DLA Distribution and DLA Troop Support that we are being called upon to assist with this important mission,” said Perry Knight, deputy commander, DLA Distribution. “This demonstrates not just the vital role DLA plays in support to the warfighter, but how we support whole of government operations as well.”''',
    quotes=[
        Q('“It’s a testament', 'important mission,”', "Perry Knight"),
        Q('“This demonstrates', 'operations as well.”', "Perry Knight"),
    ],
    aliases={},
),
dict(
    id="mil-en-uscg-2016-12-23-cutter-escanaba-returns-north-atlantic-patrol",
    source="http://www.uscgnews.com/go/doc/4007/2909634/",
    license=PD, retrieved=PAGES + " (Coast Guard news release on uscgnews.com, the Coast Guard's news release site; the stored copy has no headline; the corpus's ' date 2016-12-23' prefix dropped; the stored part ends after Patrick Peschka's paragraph; curly marks as stored)",
    text='''BOSTON — U.S. Coast Guard Cutter Escanaba returned home Friday after a 65-day patrol in the North Atlantic.
The 100-member crew was tasked with enforcing federal and international fishery laws as well as conducting homeland security operations.
The crew of the Escanaba conducted 61 living marine resource boardings ensuring the sustainability of resources in the North Atlantic. They also coordinated with Station Southwest Harbor and Maine Marine Patrol to conduct safety operations among the northeast lobster fleet.
During their patrol, the Escanaba also conducted a search and rescue operation for three people aboard the sailing vessel Allego Vela. The vessel struck a submerged object and needed assistance. After finding the vessel, the Escanaba transported the three people and the vessel safely back to Boston.
“We conducted quality boardings and rescued three people in distress,” said Cmdr. Patrick Peschka, commanding officer of the Escanaba. “The crew should be extremely proud of what they have accomplished over the past two months.”''',
    quotes=[
        Q('“We conducted quality', 'in distress,”', "Patrick Peschka"),
        Q('“The crew should be', 'two months.”', "Patrick Peschka"),
    ],
    aliases={"Patrick Peschka": ["Cmdr. Patrick Peschka"]},
),
]
