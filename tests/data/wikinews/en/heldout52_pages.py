# Held-out English news texts (tests/data/heldout52-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of two kinds. (1) English Wikinews texts (CC BY 2.5): three posts of "Wikinews Reports", the
# official Wikinews blog on wikinewsreports.blogspot.com (licensed like Wikinews, per en.wikinews.org/wiki/Wikinews:Blog):
# the May 2007 post on two original protest reports, the October 2008 Scientology/Anonymous story and the September 2008
# Oprah Winfrey hoax / John Sununu brief; and one Wikinews article (West Midlands drugs seizure, December 2013) as mirrored
# on a scraper site (a2jfreak.net), whose stored copy gives no en.wikinews.org address. (2) US Department of Homeland
# Security component news (public domain, 17 U.S.C. § 105): seven U.S. Customs and Border Protection releases (three on
# cbp.gov, two reposted verbatim on criminal-justice blogs, one reposted on a news site, one kept on an RSS mirror of CBP's feed), two
# U.S. Coast Guard releases (one on an RSS mirror of the Coast Guard Digital Newsroom, one reposted verbatim on a military
# news blog) and a FEMA item in the DHS news feed as aggregated on a federal court's site (coop.mnb.uscourts.gov); and one
# USAID item (USAID-DuPont agreement, 2014) on feedthefuture.gov, the US government's Feed the Future site. None is credited
# to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation, dates of listing pages, "Click here" links,
# "$ 0 0" feed counters, photo captions, "No comments: Post a Comment" lines and a pull-quote box are dropped; hard-wrapped
# lines of one blog copy are joined (H214); trailing spaces at paragraph ends are removed; wording, spelling and quotation
# marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H257-H261 in ANNOTATION.md on top of H1-H249).
WN = "CC BY 2.5 (Wikinews; attribution: Wikinews contributors)"
WNR = ("CC BY 2.5 (Wikinews Reports, the official Wikinews blog, under the Wikinews licence per "
       "en.wikinews.org/wiki/Wikinews:Blog; attribution: Wikinews contributors)")
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout52-en.jsonl

Built by `build.py` from `heldout52_pages.py`. Like heldout46-en and heldout50-en, these texts are stored web pages (the
`pages` search corpus), none of them used in a set above. Four are English Wikinews texts (CC BY 2.5; attribution: the
Wikinews contributors): three posts of Wikinews Reports, the official Wikinews blog (wikinewsreports.blogspot.com, under the
Wikinews licence as stated on en.wikinews.org/wiki/Wikinews:Blog: two original protest reports, May 2007; the Church of
Scientology's accusation against Anonymous, October 2008; an Oprah Winfrey death hoax and a John Sununu brief, September
2008) and one Wikinews article on a drugs seizure in the West Midlands (December 2013) as mirrored on a scraper site whose
copy gives no en.wikinews.org address. Eleven are news items of US federal agencies (public domain, 17 U.S.C. § 105):
seven U.S. Customs and Border Protection releases (three on cbp.gov: El Paso holiday-week seizures, two Border Patrol
rescues, three abandoned migrants rescued near Del Rio; two reposted verbatim on criminal-justice blogs: a marine unit's
rescue near Mobile Bay and a three-seizure day at Presidio, 2012; one reposted verbatim on a news site: a ferry cocaine
seizure at San Juan, 2025; one kept on an RSS mirror of CBP's feed: Del Rio Sector drone support, 2020), two U.S. Coast
Guard releases (the
Andrea Doria diver search, 2015, on an RSS mirror of the Coast Guard Digital Newsroom; the Midgett change of command,
2021, reposted verbatim on a military news blog), a FEMA item of the DHS news feed as aggregated on a federal court's site
(Administrator Criswell in Louisiana, 2021) and a USAID item on feedthefuture.gov (USAID and DuPont agreement, 2014). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Navigation, listing dates, "Click here" links, feed counters,
captions, blog comment lines and a pull-quote box were dropped; hard-wrapped lines of one blog copy were joined (H214);
wording and quotation marks are as stored. None of these texts is used in any set above (checked by URL and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H257–H261 in `ANNOTATION.md` on top of
H1–H249) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind,
by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wikinewsreports-protests-on-wikinews-2007",
    source="http://wikinewsreports.blogspot.com/2007/05/protest-on-wikinews.html",
    license=WNR, retrieved=PAGES + " (Wikinews Reports blog post of May 25, 2007; 'View blog reactions' and the date line dropped; the second report's heading 'Protesters turn their backs on Australian PM' and its paragraph 'In Bathurst, Australia, protesters turned their back on P...', cut in the stored copy, dropped; the copy has lost the newspaper's name in 'a report from the newspaper :')",
    text='''Protests on Wikinews!
Two new original reports on Wikinews show that everywhere around the world, where politicians go, protesters show up and the media follows... citizen journalists in this case.
Protesters demonstrate at US Coast Guard Academy
Sage Ross wrote an article (his first on Wikinews) about a demonstration at the U.S. Coast Guard Academy. President Bush drew hundreds of protesters and counterprotesters to New London, Connecticut. "Next time I go to something like this I'm going to take extensive notes, write down quotes, and do full-fledged original reporting," he wrote on his blog. We sure hope so, because the Wikinews Original Reporting policy demands so!
Ross was also mentioned in a report from the newspaper :
Yale doctoral student Sage Ross was protesting the president and snapping photos of both sides for the Wikimedia Foundation, which runs the Internet-based, free encyclopedia, Wikipedia.
Pro-troop protesters rebuffed him when he approached them to take photos.
"They didn't quite buy it that I was one of the press," he said with a smile.
The latter was probably because he didn't have a Wikinews Press Card, as Accredited Reports on Wikinews sometimes do. Of course, then he could no longer go "to participate in an anti-war protest", because, as the Wikinews:Original reporting page says: "If you go to a protest to participate in it, leave your Wikinews Press Card at home!" Also, we hope he clearly explained to the reporter that interviewed him that he is not an official representative of the Wikimedia Foundation; Accredited Reporters on Wikinews have a clear disclaimer on their user page:
Accredited Wikinews reporters do not represent the Wikimedia Foundation, but are trusted contributors who the Wikinews community has certified for the purposes of gathering information related to Wikinews articles.''',
    quotes=[
        Q('"Next time I go', 'original reporting,"', "Sage Ross"),
        Q('"They didn\'t quite buy it that I was one of the press,"', None, "Sage Ross"),
        Q('"to participate in an anti-war protest"', None, None),
        Q('"If you go to a protest', 'Card at home!"', "Wikinews:Original reporting"),
    ],
    aliases={"Sage Ross": ["Ross", "Yale doctoral student Sage Ross"],
             "Wikinews:Original reporting": ["Wikinews:Original reporting page", "Wikinews Original Reporting policy"]},
),
dict(
    id="wikinewsreports-scientology-accuses-anonymous-2008",
    source="http://wikinewsreports.blogspot.com/2008/",
    license=WNR, retrieved=PAGES + " (Wikinews Reports blog archive page for 2008: the post of October 21, 2008 is kept; the post above it (Dr Jerald Block interview teaser, no quotations) and the post below it (Oscar Diös, cut in the stored copy) dropped; 'View blog reactions', date lines, '>>Click here for the story you'll only see on Wikinews.<<' lines and 'Digg! this article!' dropped)",
    text='''Church of Scientology falsely accuses internet group 'Anonymous' of 2007 school shooting
Wikinews has learned that the Church of Scientology has begun to falsely accuse the internet protest group Anonymous of a 2007 school shooting in Finland.
The Church, on October 18, 2008 accused Anonymous of being involved in the November 2007 shooting at Jokela High School, in which a man named Pekka-Eric Auvinen shot and killed nine people, and himself.
"Anonymous member Pekka-Eric Auvinen shot and killed seven students, a nurse and a teacher at Joleka High School in Finland before turning the gun on himself and taking his own life," said the Church in the October 18 press release. On October 17, the President of the Church of Scientology in New York City, John Carmichael, also accused Anonymous of being behind the shooting.''',
    quotes=[
        Q("'Anonymous'", None, None),
        Q('"Anonymous member', 'his own life,"', "Church of Scientology"),
    ],
    aliases={"Church of Scientology": ["The Church"]},
),
dict(
    id="wikinewsreports-winfrey-hoax-sununu-2008",
    source="http://wikinewsreports.blogspot.com/2008/09/",
    license=WNR, retrieved=PAGES + " (Wikinews Reports blog archive page for September 2008, two posts one under the other; 'View blog reactions', date lines and '>Click here for the full story.' lines dropped; the Sununu post's paragraph 'According to a report by the U.S. Senate Indian Affairs Committee, ... had served on the A...', cut in the stored copy, dropped)",
    text='''Oprah Winfrey victim of death hoax
Internet rumors and also edits made here on Wikinews and Wikipedia, have been the victims of a recent hoax that the talk show host Oprah Winfrey has been found dead in her Chicago, Illinois home. The rumors are considered to be a hoax, connected with the online group known as Anonymous. Other reports say that the website is responsible for starting the rumor which began to spread quickly over the internet. The rumors started after a statement Winfrey made on a recent show, defending a United States Senate bill against pedophiles and child rapists saying a pedophile group has "9,000 penises" harming children. She was referring to a comment someone, left on her website claiming to be a pedophile. Wikinews can confirm through anonymous sources that the rumor was started by the group Anonymous and the website 4chan.
Records reveal US Senator John Sununu had ties to convicted lobbyist
On October 24, 2001, convicted lobbyist Jack Abramoff and four Alexander Strategies Group associates donated $1,000 each to the Rely on Your Beliefs Fund. This political action committee in turn donated $3,000 to Representative John Sununu's primary campaign in New Hampshire on the same day, through the political action committee Team Sununu. The Greenberg Traurig lobbying company, which also employed Abramoff, gave $1000 to Team Sununu on December 16, 2002 for purposes of 'debt retirement.\'''',
    quotes=[
        Q('"9,000 penises"', None, "Oprah Winfrey"),
        Q("'debt retirement.'", None, None),
    ],
    aliases={"Oprah Winfrey": ["Winfrey"]},
),
dict(
    id="wikinews-west-midlands-drugs-seizure-2013",
    source="https://a2jfreak.net/page/16",
    license=WN, retrieved=PAGES + " (mirror of an English Wikinews article of December 2, 2013 on a scraper site's listing page; the copy gives no headline or en.wikinews.org address (H131); the items above it (Wikinews 2020 year in review teaser, printed twice) and the date line dropped; the pull-quote box 'The impact this seizure will have on drug dealing in the region and the UK as a whole cannot be underestimated | ||' dropped; the paragraph 'Detective Sergeant Carl Russell of West Midlands Police’s Force CID said the seizure was the largest ...', cut in the stored copy, dropped)",
    text='''Police in the West Midlands in England today said nearly 200 kilograms worth of drugs with value possibly as great as £30 million (about US$49 million or €36 million) has been seized from a unit in the town of Brownhills. In what an officer described as “one of the largest [seizures] in the force’s 39 year history”, West Midlands Police reported recovering six big cellophane-wrapped cardboard boxes containing cannabis, cocaine, and MDMA (“ecstasy”) in a police raid operation on the Maybrook Industrial Estate in the town on Wednesday.
The seized boxes, which had been loaded onto five freight pallets, contained 120 one-kilogram bags of cannabis, 50 one-kilogram bags of MDMA, and five one-kilogram bricks of cocaine. In a press release, West Midlands Police described what happened after officers found the drugs as they were being unloaded in the operation. “When officers opened the boxes they discovered a deep layer of protective foam chips beneath which the drugs were carefully layered”, the force said. “All the drugs were wrapped in thick plastic bags taped closed with the cannabis vacuum packed to prevent its distinctive pungent aroma from drawing unwanted attention.” Police moved the drugs via forklift truck to a flatbed lorry to remove them.''',
    quotes=[
        Q('“one of the largest [seizures]', 'year history”', None),
        Q('“ecstasy”', None, None),
        Q('“When officers opened the boxes', 'carefully layered”', "West Midlands Police"),
        Q('“All the drugs were wrapped', 'unwanted attention.”', "West Midlands Police"),
    ],
    aliases={"West Midlands Police": ["the force"]},
),
dict(
    id="cbp-marine-unit-rescues-mariner-2012",
    source="http://criminal-justice-online.blogspot.com/2012/08/cbp-marine-unit-vessel-rescues-mariner.html",
    license=PD, retrieved=PAGES + " (U.S. Customs and Border Protection release reposted verbatim on a criminal-justice news blog; the stored copy starts with the dateline paragraph, without headline; its hard-wrapped lines are joined with a space and a paragraph begins where a line closes a sentence and the next opens a new one (H214), so the second quotation stands in its own paragraph; 'No comments: Post a Comment' dropped)",
    text='''Gulfport, Miss. — While conducting a maritime border security patrol near Orange Beach, Al., a U.S. Customs and Border Protection marine unit vessel and crew assigned to the Gulfport Station rescued a mariner stranded atop his capsized boat.
Around 10:50 p.m., agents received a distress call from the U.S. Coast Guard (USCG) that a vessel had capsized. At that time the CBP vessel was near the entrance to Mobile Bay in the Mobile Ship Channel several miles from the reported location, but notified the Coast Guard that they would divert from their patrol mission to address the potential emergency and provide assistance.
Agents arrived to find one person on top of a capsized vessel bearing an Alabama registration. After rescue, the subject was placed on board the CBP vessel. The individual was offered first aid but he declined any medical assistance.
CBP personnel remained at the capsized vessel until the Coast Guard arrived and took control of the vessel. Agents then transported the subject to the U.S. Coast Guard Station Dauphin Island, Al., and at approximately 11:45p.m. the individual was turned over to USCG personnel.
“This rescue effort is a perfect example of how CBP Air and Marine works side-by-side our sister DHS components,” said Tony Arevalo, Director of Marine Operations New Orleans Air and Marine Branch.
“The timely and successful outcome of this unexpected search and rescue mission illustrates the advantages of leveraging DHS resources to accomplish a mission.”
U.S. Customs and Border Protection (CBP) is the unified border agency within the Department of Homeland Security charged with the management, control, and protection of our Nation's borders at and between the official ports of entry. CBP is charged with keeping terrorists and terrorist weapons out of the country while enforcing hundreds of U.S. laws.''',
    quotes=[
        Q('“This rescue effort', 'DHS components,”', "Tony Arevalo"),
        Q('“The timely and successful outcome', 'accomplish a mission.”', "Tony Arevalo"),
    ],
    aliases={},
),
dict(
    id="uscg-andrea-doria-diver-search-suspended-2015",
    source="https://guard339.rssing.com/chan-4981703/all_p210.html",
    license=PD, retrieved=PAGES + " (U.S. Coast Guard release as kept on an RSS mirror of the 'Recent Updates for U.S. Coast Guard Digital Newsroom' feed; the feed header and the '$ 0 0' counter lines dropped; the next item 'Coast Guard rescues woman from Missouri River', cut in the stored copy, dropped)",
    text='''***UPDATE*** Coast Guard suspends search for missing diver near Andrea Doria wreck; 7th death in 10 years
BOSTON — The Coast Guard suspended its search Wednesday for a 64-year-old diver who went missing Tuesday while diving near the Andrea Doria wreck, about 60 nautical miles southeast of Nantucket.
“The primary goal of every man and woman who serves in the Coast Guard is to rescue those in need and save lives,” said Marcus Gherardi, chief of response at Coast Guard Sector Southeastern New England. “This is why we serve. It is extremely disheartening anytime we are unable to accomplish this goal."
In total, the Coast Guard searched more than 350 square nautical miles over 30 hours.
Crew aboard the commercial diving boat John Jack notified Coast Guard Sector Southeastern New England watchstanders Tuesday at about 1 p.m. reporting the man did not resurface from his dive. An Air Station Cape Cod HC-144 Casa aircrew was immediately diverted and on scene within three minutes of the initial report.
Another diver confirmed being with the missing man at their 20-foot decompression stop, then did not see him upon reaching the surface.
In addition to the Casa aircrew, crews aboard the 225-foot Coast Guard Cutter Juniper, 87-foot Coast Guard Cutter Chinook, and multiple MH-60 Jayhawk helicopter crews from Coast Guard Air Station Cape Cod searched for the man.
The Andrea Doria wreck rests in 240 feet of water. Diving in the area has resulted in 7 deaths and 4 injuries since 2005.
The ocean is unforgiving. The Coast Guard reminds everyone on the water, whether diving, snorkeling, boating, or swimming to stay vigilant, especially in unfamiliar places.''',
    quotes=[
        Q('“The primary goal', 'save lives,”', "Marcus Gherardi"),
        Q('“This is why we serve.', 'accomplish this goal."', "Marcus Gherardi"),
    ],
    aliases={},
),
dict(
    id="fema-criswell-louisiana-visit-2021",
    source="https://coop.mnb.uscourts.gov/aggregator/sources/14?page=265",
    license=PD, retrieved=PAGES + " (FEMA item of the 'DHS News and Updates' feed as aggregated on the feed page of a federal court's site; the page header, the feed's date stamp 'Thu, 08/26/2021 - 16:15' and the repeated headline dropped; trailing spaces at paragraph ends removed; the paragraph 'Hurricanes are immense systems, and changes in size...', cut in the stored copy, dropped)",
    text='''ICYMI: FEMA Administrator Deanne Criswell Discusses Ongoing Hurricane Recovery Efforts, Preparedness for Impending Storm During Louisiana Visit
WASHINGTON -- FEMA Administrator Deanne Criswell traveled to Lake Charles, La., earlier today, where she met with Louisiana Gov. John Bel Edwards and Lake Charles Mayor Nic Hunter to discuss preparedness efforts, as a weather system looms in the Gulf of Mexico, and also get an up-close look at ongoing recovery efforts in Lake Charles from hurricanes Laura and Delta and recent spring flooding.
“This week marks one year since Hurricane Laura, the most powerful storm to impact Louisiana since 1856, made landfall,” said Administrator Criswell. “The destruction of this storm, Hurricane Delta, the winter storm and May flooding have impacted every facet of the community’s infrastructure.
“FEMA remains committed to our state and local partners during their road to recovery and will remain engaged in the efforts being put forth to make these communities more resilient,” she said.
Administrator Criswell then participated in a press briefing with several mayors at the Parish Emergency Operations Center.
As the nation enters the peak months of the 2021 hurricane season, FEMA is tracking Tropical Depression 9 as it heads toward the Gulf of Mexico. The National Hurricane Center predicts the system will be at or near major hurricane intensity on Sunday.
Dangerous impacts from storm surge, wind and heavy rain are possible on Sunday and Monday along portions of the northern Gulf Coast from the Florida Panhandle to the upper Texas coast, with the greatest risk along the coast of Louisiana.''',
    quotes=[
        Q('“This week marks one year', 'made landfall,”', "Deanne Criswell"),
        Q('“The destruction of this storm', 'community’s infrastructure.', "Deanne Criswell"),
        Q('“FEMA remains committed', 'more resilient,”', "Deanne Criswell"),
    ],
    aliases={"Deanne Criswell": ["FEMA Administrator Deanne Criswell", "Administrator Criswell"]},
),
dict(
    id="usaid-dupont-agreement-davos-2014",
    source="http://www.feedthefuture.gov/institutional-sponsor/usaid?page=3",
    license=PD, retrieved=PAGES + " (USAID item on the Feed the Future site's USAID listing page, the item of January 23, 2014; the date line dropped; the paragraph 'The USAID and DuPont MOU builds upon a partnership ... over the next five years by:' and its bullet list, cut in the stored copy ('Strengthening access to proven and safe seed technologies, credit, markets, an...'), dropped; the page's other items not used)",
    text='''Efforts will include increasing access to technology, crop biofortification and capacity building
On the margins of the World Economic Forum at Davos, the U.S. Agency for International Development (USAID) and DuPont formally announced a joint agreement to deepen efforts to reduce global hunger and poverty by enabling smallholder farmers access to proven, safe, and transformative agricultural innovations.
Signed by USAID Administrator Rajiv Shah and DuPont Executive Vice President James C. Borel at the World Economic Forum, the Memorandum of Understanding (MOU) delivers on commitments made through the New Alliance for Food Security and Nutrition and builds on a strong history of partnership between DuPont, USAID, university partners, the private sector, and NGOs.
“We know that by improving smallholder farmers’ access to key tools and technologies, we can help ensure they have the opportunities to participate in increasingly global markets,” said Dr. Shah. “Better productivity, easier market access, and higher incomes lead to less poverty and improved nutrition. This is the vision that drives USAID’s leadership of Feed the Future and our ongoing contributions to the New Alliance.”''',
    quotes=[
        Q('“We know that by improving', 'global markets,”', "Rajiv Shah"),
        Q('“Better productivity', 'the New Alliance.”', "Rajiv Shah"),
    ],
    aliases={"Rajiv Shah": ["USAID Administrator Rajiv Shah", "Dr. Shah"]},
),
dict(
    id="cbp-el-paso-new-year-holiday-week-seizures",
    source="https://cbp.gov/newsroom/local-media-release/el-paso-cbp-officers-stay-vigilant-during-new-year-holiday-week?language=tl",
    license=PD, retrieved=PAGES + " (cbp.gov local media release; the stored copy starts with the dateline paragraph, without headline; the paragraph 'In addition to the drug busts, CBP officers working at ports of entry ... pork ham, and a...', cut in the stored copy, dropped)",
    text='''El Paso, Texas - U.S. Customs and Border Protection officers working at El Paso area ports of entry made several marijuana seizures during the New Year holiday week. CBP officers confiscated a total of 359 pounds of marijuana.
One of the seizures was of a U.S. citizen male who had a baggie of marijuana strapped to his groin area under his clothing. The seizure was one of nine drug busts CBP officers made during the period.
"Our officers and agriculture specialists have worked hard throughout the holiday season to intercept illegal substances and wanted criminals, while dealing with large amounts of travelers," said Ana Hinojosa, U.S. Customs and Border Protection director of Field Operations in El Paso. "Each seizure or fugitive arrest makes our community and our country that much safer."
In the largest seizure of the period, CBP officers at the El Paso port of entry confiscated 107.54 pounds of marijuana on Tuesday. The seizure was made after a 1999 Ford Expedition entered the port from Mexico. A CBP officer at the primary inspection booth noticed inconsistencies on the door panels of the vehicle. CBP drug sniffing dog "Aura" searched the vehicle and alerted to the passenger's side rear door. The vehicle was taken to a separate inspection area where an extensive inspection of the entire vehicle was conducted. CBP officers discovered 96 marijuana-filled packages concealed in the doors.
U.S. Immigration and Customs Enforcement special agents arrested 20-year-old Krystal Millan of Glendale, Ariz. and 20-year-old Christopher Gonzalez of Tucson, Ariz. in connection with the failed smuggling attempt.''',
    quotes=[
        Q('"Our officers and agriculture specialists', 'amounts of travelers,"', "Ana Hinojosa"),
        Q('"Each seizure or fugitive arrest', 'that much safer."', "Ana Hinojosa"),
        Q('"Aura"', None, None),
    ],
    aliases={},
),
dict(
    id="cbp-del-rio-uas-support-arrests-2020",
    source="https://customs988.rssing.com/chan-58420290/all_p25.html",
    license=PD, retrieved=PAGES + " (U.S. Customs and Border Protection release as kept on an RSS mirror of CBP's news feed; the stored part starts with the dateline paragraph, without headline; the next item 'IMPERAL BEACH, Calif.—Tuesday afternoon, a second person succumbed ...', cut in the stored copy, dropped)",
    text='''DEL RIO, Texas – U.S. Border Patrol agents assigned to the Comstock and Carrizo Springs Stations collaborated with U.S. Customs and Border Protection, Air and Marine Operations (AMO) Unmanned Aircraft System (UAS), Jan 27 to arrest multiple illegal aliens.
“Technology systems like the UAS allow us to greatly improve our presence on the border,” said Del Rio Sector Chief Patrol Agent Raul L. Ortiz. “We are always looking for innovative ways to implement technology into our time honored law enforcement response.”
In two separate events on Jan. 27, UAS crews located 13 illegal aliens, leading to their arrests. Eight illegal aliens were spotted and arrested near Comstock, and another five were located and subsequently arrested near Carrizo Springs.
“One aspect of National Air Security Operations Center-San Angelo’s mission is to safeguard our nation by anticipating and confronting security threats at the border using innovative law enforcement technology,” said Troy Meridith, San Angelo Director of Air and Marine Operations. “The center’s Joint Program Office consisting of Air and Marine Operations, U.S. Border Patrol, and U.S. Coast Guard personnel, fly MQ-9 Unmanned Aircraft Systems technology to provide land and maritime domain awareness along the Texas Border.”
AMO’s UAS crews use cutting-edge systems technology and real-time networked data dissemination and exploitation to detect, identify, monitor, and coordinate a response with law enforcement partners to threats at the nation’s border and on approach to the United States. This real time view allows agents to effectively patrol vast amounts of land that may be otherwise inaccessible to agents.
In fiscal year 2020 to date, the UAS VADER platform has detected 473 illegal aliens attempting to evade detection resulting in 175 arrests in the Del Rio Sector area of operation.''',
    quotes=[
        Q('“Technology systems like the UAS', 'on the border,”', "Raul L. Ortiz"),
        Q('“We are always looking', 'law enforcement response.”', "Raul L. Ortiz"),
        Q('“One aspect of National Air Security', 'law enforcement technology,”', "Troy Meridith"),
        Q('“The center’s Joint Program Office', 'along the Texas Border.”', "Troy Meridith"),
    ],
    aliases={"Raul L. Ortiz": ["Del Rio Sector Chief Patrol Agent Raul L. Ortiz"]},
),
dict(
    id="cbp-lordsburg-el-paso-emergency-rescues",
    source="https://www.cbp.gov/newsroom/local-media-release/us-border-patrol-performs-two-successful-emergency-rescues",
    license=PD, retrieved=PAGES + " (cbp.gov local media release; the stored copy starts with the dateline paragraph, without headline; the closing line 'Please visit the CBP website to view additional news releases and other CBP informa...', cut in the stored copy, dropped)",
    text='''LORDSBURG, N.M. – U.S. Border Patrol agents were involved in two emergency rescues in southern New Mexico and west Texas.
The Missing Persons Hotline (MPH) in Tucson received an emergency call for assistance from relatives of a missing and lost 26-year-old male Mexican national who had illegally crossed into the United States. The MPH then alerted the Lordsburg Border Patrol station August 5.
Details provided by the family described an individual in extreme distress and out of food, water and experiencing severe dehydration.
Lordsburg ATV units and agents were immediately dispatched to begin a search for the missing person. Agents from Lordsburg utilized camera technology and ATV units to locate the subject.
Agents provided the man with basic medical attention before transporting him to the station for further processing.
In a separate incident August 6, six Mexican nationals were spotted by agents from the El Paso Border Patrol station struggling to cross the turbulent waters of the American canal near the Paso Del Norte Port of Entry. Agents responded to the scene and deployed rescue ropes in order to successfully extract the individuals. After being treated they were processed accordingly.
“This time of year is particularly dangerous for individuals being forced to traverse rugged terrain in remote areas by reckless smugglers routinely endangering the lives of illegal immigrants,” stated El Paso Sector Chief Patrol Agent Gloria I. Chavez. “Additionally, the American Canal waterways have extremely strong and dangerous currents. I’m grateful for the prompt response and highly effective measures taken by El Paso Sector agents involved in these two successful rescues.”
U.S. Customs and Border Protection welcomes assistance from the community. Citizens are encouraged to report suspicious activity to the U.S. Border Patrol while remaining anonymous by calling 1-800-635-2509.''',
    quotes=[
        Q('“This time of year', 'illegal immigrants,”', "Gloria I. Chavez"),
        Q('“Additionally, the American Canal', 'two successful rescues.”', "Gloria I. Chavez"),
    ],
    aliases={"Gloria I. Chavez": ["El Paso Sector Chief Patrol Agent Gloria I. Chavez"]},
),
dict(
    id="cbp-del-rio-agents-rescue-three-abandoned",
    source="https://cbp.gov/newsroom/local-media-release/border-patrol-agents-rescue-three-abandoned-smugglers",
    license=PD, retrieved=PAGES + " (cbp.gov local media release; the stored copy starts with the dateline paragraph, without headline; the paragraph 'A failed smuggling attempt of three illegal aliens, ... continued the search efforts well into the...', cut in the stored copy, dropped)",
    text='''DEL RIO, Texas – U.S. Border Patrol agents assigned to the Del Rio Sector rescued three, including a pregnant woman, June 21.
“Smugglers only view human beings as a commodity,” said Del Rio Sector Acting Chief Patrol Agent Doyle E. Amidon, Jr. “Their callous treatment is in line with the detestable nature of these criminals and their organizations. I am so proud of the diligence and valor of our agents here in Del Rio Sector. They work tirelessly to protect the lives of those they encounter, their communities, and this great nation.”''',
    quotes=[
        Q('“Smugglers only view human beings as a commodity,”', None, "Doyle E. Amidon, Jr."),
        Q('“Their callous treatment', 'this great nation.”', "Doyle E. Amidon, Jr."),
    ],
    aliases={"Doyle E. Amidon, Jr.": ["Del Rio Sector Acting Chief Patrol Agent Doyle E. Amidon, Jr."]},
),
dict(
    id="uscg-cutter-midgett-change-of-command-2021",
    source="https://military-online.blogspot.com/2021/08/coast-guard-cutter-midgett-holds-change.html",
    license=PD, retrieved=PAGES + " (U.S. Coast Guard release reposted verbatim on a military news blog; the blog's date line dropped; the paragraph 'The Midgett was commissioned August 24, 2019, ... built for com...', cut in the stored copy, dropped)",
    text='''Coast Guard Cutter Midgett holds change of command ceremony
ALAMEDA, Calif. — The crew of the Coast Guard Cutter Midgett bid farewell to Capt. Alan McCabe and welcomed Capt. Willie Carmichael as the new commanding officer during a change of command ceremony, Wednesday.
The ceremony was held aboard the cutter and was presided over by Vice Adm. McAllister, commander, Pacific Area. A change of command ceremony is a military tradition that represents a formal transfer of authority and responsibility for a unit.
McCabe departs the cutter after a two-year tenure to continue his career as the 17th District response division chief in Juneau, Alaska.
Carmichael most recently commanded the Coast Guard Patrol Forces Southwest Asia operating in the Middle East. During his 13-month tenure as the senior Coast Guard representative in the U.S. Central Command area of responsibility, Carmichael led PATFORSWA and provided 365 days of continued support to maritime security operations in the north, central, south Arabian Gulf and the Gulf of Oman.
“Congratulations on a successful tour, Capt. McCabe, and welcome aboard, Capt. Carmichael,” said McAllister. “The Coast Guard Cutter Midgett is a world-class ship capable of executing the most challenging national security missions, allowing the Coast Guard to continue advancing our longstanding commitment to safeguard the nation’s maritime security and economic interests through critical and frequent deployments throughout the Pacific. I am confident that under your leadership, Midgett will continue to serve U.S. national interest in the region.”''',
    quotes=[
        Q('“Congratulations on a successful tour', 'Capt. Carmichael,”', "McAllister"),
        Q('“The Coast Guard Cutter Midgett is a world-class ship', 'interest in the region.”', "McAllister"),
    ],
    aliases={"McAllister": ["Vice Adm. McAllister"]},
),
dict(
    id="cbp-presidio-three-drug-seizure-day-2012",
    source="http://criminal-justice-online-courses.blogspot.com/2012/07/cbp-officers-at-presidio-port-make.html",
    license=PD, retrieved=PAGES + " (U.S. Customs and Border Protection release reposted verbatim on a criminal-justice blog; the stored copy starts with the dateline paragraph, without headline; its hard-wrapped lines are joined with a space and a paragraph begins where a line closes a sentence and the next opens a new one (H214); the paragraph 'CBP officers took custody of the driver, 22-year-old Veronica Gomez of Presidio, Texas. She was turned over ... arrested on...', cut in the stored copy, dropped)",
    text='''Presidio, Texas – U.S. Customs and Border Protection (CBP) officers working at the Presidio port of entry made three drug seizures Thursday. The seizures netted 208 pounds of marijuana and three arrests.
“CBP officers at the Presidio port are conducting thorough and comprehensive inspections and this is the result of their vigilance,” said Ruben Jauregui, acting CBP Presidio Port Director. “It has been several years since we last had a three drug seizure day at the Presidio crossing so this is a significant event.”
The largest seizure of the day was made at approximately 8:00 a.m. when a Chevrolet Silverado entered the facility from Mexico. CBP officers searched the vehicle using a “Buster” density meter and received high readings consistent with hidden contraband. They drilled the bed of the pickup and retrieved a green leafy substance. CBP officers then x-rayed the vehicle and noted anomalies in the bed of the truck. CBP officers dismantled the bed and recovered 28 marijuana-filled bundles weighing 121.4 pounds.
CBP officers took custody of the driver, 36-year-old Samuel Shane Morris of Old Hickory, Tennessee. He was turned over U.S. Immigration and Customs Enforcement HSI agents and arrested on federal charges in connection with the failed smuggling attempt.
The next seizure was made at approximately 8:40 p.m. when a Chevrolet Cavalier entered the facility from Mexico. CBP officers searched the vehicle and noted a number of anomalies. They used a fiber optic scope to examine the fuel tank and spotted bundles inside the gas tank. They scanned the vehicle with an x-ray unit and spotted anomalies. CBP drug sniffing dog “Izmir” searched the vehicle and alerted to the fuel tank. CBP officers removed 38 marijuana-filled bundles from the fuel tank. The drugs weighed 39.8 pounds.''',
    quotes=[
        Q('“CBP officers at the Presidio port', 'their vigilance,”', "Ruben Jauregui"),
        Q('“It has been several years', 'a significant event.”', "Ruben Jauregui"),
        Q('“Buster”', None, None),
        Q('“Izmir”', None, None),
    ],
    aliases={},
),
dict(
    id="cbp-san-juan-ferry-cocaine-seizure-2025",
    source="https://krb.world/en/cbp-officers-seize-51-pounds-of-cocaine-in-the-san-juan-santo-domingo-ferry",
    license=PD, retrieved=PAGES + " (U.S. Customs and Border Protection release reposted verbatim on a news site; the stored copy starts with the dateline paragraph, without headline; the paragraph '“Criminal organizations who plan to smuggle deadly narcotics into our island should know that we will investigate their illegal activities until we identify their l...', cut in the stored copy, dropped)",
    text='''SAN JUAN, Puerto Rico– U.S. Customs and Border Protection officers seized 51 pounds (23 Kilograms) of cocaine concealed within the M/V Kydon that arrived at the Pan-American Dock East in San Juan. The estimated value of the contraband is $ 400K.
“Each interception, hidden within the vessels from foreign sources, represents not only a victory against the flow of deadly substances but also our agency’s commitment to combatting the devastating impact of drug trafficking in our communities.” stated Roberto Vaquero, Director of Field Operations for the San Juan Field Office. “We remain committed to disrupting criminal networks attempting to exploit our ports and continue to partner closely with international, local and Federal agencies to uphold the safety and security of our region.”
On March 24, CBP officers assigned to the Anti-Terrorism Contraband Enforcement Team (A-TCET) inspected the ferry arriving from Santo Domingo. During inspection a CBP K9 alerted to a trained odor within the ship.
CBP officers found 2 plastic wrapped bundles of suspected contraband near the emergency evacuation boats.
Homeland Security Investigations (HSI) assumed custody of the contraband and the newly established Homeland Security Task Force (HSTF) will oversee the criminal investigation. The President’s Executive Order (EO) 14159 § 6: “Protecting the American People Against Invasion,” directs the establishment of Homeland Security Task Forces led by Immigration and Customs Enforcement (ICE) Homeland Security Investigations. The mission of the HSTF is to end the presence of criminal cartels, foreign gangs, and transnational criminal organizations (TCOs) throughout the United States, dismantle cross-border human smuggling and trafficking networks, with a particular focus on such offenses involving children.''',
    quotes=[
        Q('“Each interception', 'in our communities.”', "Roberto Vaquero"),
        Q('“We remain committed', 'security of our region.”', "Roberto Vaquero"),
        Q('“Protecting the American People Against Invasion,”', None, None),
    ],
    aliases={},
),
]
