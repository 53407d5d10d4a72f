# Held-out English news pages (tests/data/heldout51-en.jsonl). Stored web pages (the `pages` search corpus) of US federal
# news outlets, none used in an earlier set: two Voice of America stories (voanews.com: Ban Ki-moon at Syrian refugee camps,
# 2012; VOA's content system voa.pangea-cms.com: the US athletics team before the Beijing Olympics, 2008), two American
# Forces Press Service / DoD News stories reposted verbatim (Iowa Guard flood relief, 2008, on marinewives.com; the Armed
# Forces Day wreath-laying at Arlington, 2015, on yellowribbonamerica.org), two Navy News Service stories reposted on
# military news blogs (the start and the end of Fleet Week Port Everglades, 2012), a Marine Corps Forces, Pacific story
# (landslide relief in the Philippines, 2006), four DVIDS stories (Typhoon Haiyan relief logistics, 2013; relief flights to
# Mindanao, 2024; the 8th Military Police Brigade's memorial, 2024; the Engineer Regiment's Soldier Memorial Tribute, 2013),
# an army.mil story (exercise Combined Endeavor, 2013) and two Air Force stories (virtual changes of command at Joint Base
# San Antonio and at Beale, 2020). All are works of the US government and in the public domain (17 U.S.C. § 105); none is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, photo captions, metadata lines,
# contact lines and blog boilerplate are dropped; wording, spelling, spacing and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H252-H254 in ANNOTATION.md on top of H1-H249).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout51-en.jsonl

Built by `build.py` from `heldout51_pages.py`. Like heldout38-en, heldout43-en, heldout48-en and heldout50-en, these texts
are stored web pages (the `pages` search corpus) of US federal outlets, none of them used in a set above: two Voice of America
stories (voanews.com: UN Secretary-General Ban Ki-moon at Syrian refugee camps, 2012; VOA's content system
voa.pangea-cms.com: the US athletics team before the Beijing Olympics, 2008), two American Forces Press Service / DoD News
stories reposted verbatim (Iowa Guard flood relief, 2008, marinewives.com; the Armed Forces Day wreath-laying at Arlington,
2015, yellowribbonamerica.org), two Navy News Service stories reposted on military news blogs (the start and the end of
Fleet Week Port Everglades, 2012), a Marine Corps Forces, Pacific story (landslide relief in the Philippines, 2006), four
DVIDS stories (Typhoon Haiyan relief logistics, 2013; relief flights to Mindanao, 2024; the 8th Military Police Brigade's
memorial, 2024; the Engineer Regiment's Soldier Memorial Tribute, 2013), an army.mil story (exercise Combined Endeavor,
2013) and two Air Force stories (virtual changes of command at Joint Base San Antonio and at Beale Air Force Base, 2020).
All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted
per page). Navigation, photo captions, metadata lines, contact lines and blog boilerplate were dropped; wording, spacing and
quotation marks are as stored. None of these pages is used in any set above (checked by URL and by 8-word overlap with every
existing text: no shared 8-word sequence; an AFPS story on Guard flood and fire duty of June 2008, found as a
globalsecurity.org repost, was dropped because heldout33-en already holds it). The annotation (rules H252–H254 in
`ANNOTATION.md` on top of H1–H249) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-ban-syrian-refugee-aid-2012",
    source="http://www.voanews.com/content/un-chief-ban-ki-moon-makes-plea-for-additional-syrian-refugee-camp-aid/1560846.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Middle East', the two photo captions, the byline 'Dorian Jones' and the dash before the first sentence dropped; the paragraph '\"So far the winter came a little late, ...', cut in the stored copy, dropped)",
    text='''UN Chief Renews Plea for Syrian Refugee Aid
United Nations Secretary-General Ban Ki-moon made an appeal Friday for additional international support for the hundreds of thousands of refugees who have fled conflict in Syria.
Visiting Syrian refugee camps in Jordan and Turkey, the U.N. chief expressed frustration over the lack of aid for the region's growing humanitarian crisis. With winter now fast approaching and the conflict appearing to be intensifying along with the looming threat of chemical weapons, observers warn that the crisis could become even more dire.
"I therefore call upon and appeal most urgently to the international community, and particularly the countries in this region, to provide on an urgent basis the humanitarian assistance," he said during a stop at Jordan's Zaatari refugee camp along the Syrian border. "We need your caring hands to those helpless people."
Jordan and Turkey have faced the brunt of the humanitarian fallout from the Syrian conflict.
Stopping at a Turkish refugee camp that is home to more than 8,500 Syrians, Ban also voiced anger at the increasing cost of the 21-month conflict and expressed serious concerns about reports that Syrian President Bashar al Assad is planning to use chemical weapons against armed rebels attempting to topple his government, saying it would be an "outrageous crime."
According to Zahid Huque, who is helping to coordinate U.N. humanitarian efforts with the Turkish government, Ankara's ability to meet the growing humanitarian needs is being pushed to the limit.''',
    quotes=[
        Q('"I therefore call upon', 'humanitarian assistance,"', "Ban Ki-moon"),
        Q('"We need your caring hands', 'helpless people."', "Ban Ki-moon"),
        Q('"outrageous crime."', None, "Ban Ki-moon"),
    ],
    aliases={"Ban Ki-moon": ["Ban", "United Nations Secretary-General Ban Ki-moon"]},
),
dict(
    id="voa-us-athletics-team-beijing-2008",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-08-14-voa47/400377.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News', 'News' dropped; the paragraph 'Allyson Felix is also aiming for gold, ...', cut in the stored copy, dropped)",
    text='''Experienced US Athletics Team Set for Olympic Action
The United States had a relatively young track and field team at the 2004 Athens Olympics and medal expectations were not high. But the athletes brought home 25 medals, exceeding a typical U.S. total of 17 to 20 medals. Most of them qualified again for the Beijing Olympics, so they won't catch other nations by surprise this time. VOA Sports Editor Parke Brewer is in Beijing and has more.
The Americans won 26 medals at last year's World Athletics Championships, so the question is, on an even bigger stage, can they equal or exceed that total.
U.S. men's coach Bubba Thornton has great confidence in his athletes, even comparing them to that famous U.S. basketball team from the 1992 Olympics.
"We're excited," he said. "The guys are excited. And I'd like to say that this is "the dream team." They're going to show up. You all are going to be pleased with what you see."
One of Coach Thornton's stars is 400-meter runner Jeremy Wariner, a two-time world champion and the defending Olympic champion.
"I've had real good workouts these last few days, probably my best ones of the season," said Wariner. "I'm feeling quicker and stronger right now, so I'm looking forward to getting going on Monday. I'm real antsy [anxious] now, so it's time to go [compete]."
One of Wariner's new Olympic teammates in Beijing is Bernard Legat, who ran for Kenya in the past two Summer Games. Legat took bronze in the 1,500 meters in 2000 in Sydney, then silver at the 2004 Athens Olympics. He is now an American citizen and is competing for Team USA.
"Really I'm so excited to be back in the Olympics," said Legat. "You know the previous Olympics were fantastic for me. I really enjoyed them, but most importantly this is the one I've been looking forward to."
Legat is hoping to get the gold this time, and he will also run in the 5,000 meters.''',
    quotes=[
        Q('"We\'re excited,"', None, "Bubba Thornton"),
        Q('"The guys are excited.', 'with what you see."', "Bubba Thornton"),
        Q('"I\'ve had real good workouts', 'of the season,"', "Jeremy Wariner"),
        Q('"I\'m feeling quicker', 'go [compete]."', "Jeremy Wariner"),
        Q('"Really I\'m so excited', 'the Olympics,"', "Bernard Legat"),
        Q('"You know the previous Olympics', 'looking forward to."', "Bernard Legat"),
    ],
    aliases={"Bubba Thornton": ["U.S. men's coach Bubba Thornton", "Coach Thornton"], "Jeremy Wariner": ["Wariner"], "Bernard Legat": ["Legat"]},
),
dict(
    id="afps-midwestern-guardsmen-floods-2008",
    source="http://www.marinewives.com/index.php/news-mainmenu-2/226-latest/3578-midwestern-guardsmen-respond-to-rising-flood-waters",
    license=PD, retrieved=PAGES + " (verbatim repost of an American Forces Press Service story on marinewives.com; the paragraph 'About 800 Iowa Guardsmen conducting annual traini...', cut in the stored copy, dropped)",
    text='''Midwestern Guardsmen Respond to Rising Flood Waters
By Donna Miles
American Forces Press Service
WASHINGTON, June 18, 2008 - Thousands of National Guard troops in the Midwest have moved into high gear reinforcing levees, conducting security patrols, and delivering food, water and relief supplies as record-breaking floods surged through the heartland.
Nearly 4,000 Iowa National Guard troops are deployed across the state as flood levels break records in almost every river community on the Cedar, Iowa, Des Moines, Raccoon and Mississippi river basins, reported Army Lt. Col. Greg Hapgood, Iowa National Guard public affairs officer.
With 17 civilian fatalities and 106 injuries reported, 25,000 people evacuated from their homes, and flood waters still rising, the Guardsmen are reinforcing threatened levees, filling and delivering sandbags, and providing aerial reconnaissance of the region, Hapgood said.
The Army and Air Guardsmen also are transporting packaged meals, drinking water, cots and other relief supplies, conducting security patrols in support of local law enforcement officials, and providing high-water vehicles to utility crews evaluating homes for unsafe conditions.
"We're ... trying to prevent people from going where they shouldn't for their own safety," said Army Sgt. Jason Boesen, a 2nd Brigade Combat Team, 34th Infantry, Brigade Special Troops Battalion, soldier mobilized to support flood--relief operations. "We assist by roving patrols with vehicles."
In Cedar Rapids, one of the hardest-hit cities, the troops used a CH-47 Chinook helicopter to sling-load seven 800-pound water pumps to a repair facility so wells could be returned to full capacity, Hapgood said.
Meanwhile, nearly 100 members of the Iowa Guard's 334th Brigade Support Battalion and 1st Battalion, 133rd Infantry, built a 3-foot levee from about 12,000 sandbags to protect a power substation in Ottumwa from being overrun by rising waters.''',
    quotes=[
        Q('"We\'re ... trying', 'their own safety,"', "Jason Boesen"),
        Q('"We assist by roving patrols', 'with vehicles."', "Jason Boesen"),
    ],
    aliases={"Jason Boesen": ["Army Sgt. Jason Boesen"]},
),
dict(
    id="nns-fleet-week-port-everglades-departs-2012",
    source="http://mt-milcom.blogspot.it/2012/05/navy-coast-guard-ships-depart-port.html",
    license=PD, retrieved=PAGES + " (verbatim repost of a Navy News Service story on a military news blog; the blog's date line 'Tuesday, May 01, 2012' dropped; the paragraph 'Four U.S. Navy ships, a submarine and a U.S. Coast Guard cutter participated in Fleet Week Po...', cut in the stored copy, dropped; the doubled 'By By' of the byline kept as stored)",
    text='''Navy, Coast Guard Ships Depart Port Everglades Following Fleet Week
By By Mass Communication Specialist 2nd Class (SW) Greg Johnson, Commander, Navy Region Southeast Public Affairs
PORT EVERGLADES, Fla. (NNS) -- The Navy, Coast Guard and Marine Corps completed participation in Fleet Week Port Everglades 2012 , as four Navy ships, one submarine and one Coast Guard cutter departed April 30 following a five-day visit intended bring the military and local civilian communities together.
Throughout the week, Sailors, Marines and Coastguardsmen participated in numerous Fleet Week community relations events at various locations throughout Port Everglades and surrounding areas. According to Broward Navy Days Chairperson Mary Anne Gray, this year's event was a resounding success.
"We look forward to this event every year because we want to honor our service members," she said. "We get to meet great people who serve selflessly every day to keep this country safe and we want them to have a great time and show them the appreciation they deserve."
This year's festivities featured a variety of events, including 15 community relations projects, ship tours for the public, Damage Control Olympics, "Galley Wars," a blood drive, a military-civilian fishing tournament, and a military-civilian five-kilometer run. According to Electrician's Mate 1st Class (SS/DV) Chris Duman, who participated in a community relations project at Harbordale Elementary School, the week was a rewarding experience for those who engaged in community service projects.
"Being able to come out here and spend the time with the children of the community has been absolutely great," he said. "It's an opportunity for us and the kids to get together and learn more about each other. Who knows, maybe today will have such an impact on one of these kids and they go on to be a great leader in the Navy."''',
    quotes=[
        Q('"We look forward', 'our service members,"', "Mary Anne Gray"),
        Q('"We get to meet great people', 'they deserve."', "Mary Anne Gray"),
        Q('"Galley Wars,"', None, None),
        Q('"Being able to come out here', 'absolutely great,"', "Chris Duman"),
        Q('"It\'s an opportunity', 'leader in the Navy."', "Chris Duman"),
    ],
    aliases={"Mary Anne Gray": ["Broward Navy Days Chairperson Mary Anne Gray"], "Chris Duman": ["Electrician's Mate 1st Class (SS/DV) Chris Duman"]},
),
dict(
    id="nns-fleet-week-port-everglades-begins-2012",
    source="http://military-online.blogspot.com/2012/04/fleet-week-port-everglades-starts-with.html",
    license=PD, retrieved=PAGES + " (verbatim repost of a Navy News Service story on a military news blog; the stored copy starts with the byline, without headline, and is kept so (H131); its lines are hard-wrapped inside paragraphs and were joined with a space (H214), no words or marks changed, 'Pulic Affairs' kept as stored; the paragraph 'Service members from multipurpose amphibious assault ship USS Wasp ...', cut in the stored copy, dropped)",
    text='''By Mass Communication Specialist Seaman Preston Paglinawan, Navy Region Southeast Pulic Affairs
PORT EVERGLADES, Fla. (NNS) -- More than 800 Sailors, Marines and Coast Guardsmen participated in the official beginning of the U.S. Navy's largest community outreach effort in south Florida April 25 at the Seminole Hard Rock Hotel and Casino in Hollywood, Fla.
The All Hands on Deck Welcoming Party and "roll call," a Fleet Week Port Everglades mainstay hosted by Broward Navy Days, local Navy leagues, city and county officials, served as a platform for the city of Hollywood, Fla. - bordered by Port Everglades, Fla., and 25 miles from Miami - to welcome Sailors, Marines and Coast Guardsmen to a city with no significant U.S. Navy presence.
Broward Navy Days Treasurer Colleen Lockwood said Hollywood, Fla., and the surrounding municipalities anticipate the week-long Fleet Week Port Everglades event each year, now in its 22nd iteration.
"We love the fact that we have our active duty military in town," she said. "It's exciting and [Sailors] go out and do projects for churches, hospitals, schools and charities."
Fleet Week Port Everglades is a weeklong event hosted by Broward Navy Days and local Navy Leagues, and is designed to showcase the sea services, honor the men and women of the sea services through public events and recognition, and provide the sea services an opportunity to showcase the capabilities of surface platforms, equipment and the skills of the men and women serving aboard these vessels.''',
    quotes=[
        Q('"roll call,"', None, None),
        Q('"We love the fact', 'military in town,"', "Colleen Lockwood"),
        Q('"It\'s exciting and [Sailors]', 'and charities."', "Colleen Lockwood"),
    ],
    aliases={"Colleen Lockwood": ["Broward Navy Days Treasurer Colleen Lockwood"]},
),
dict(
    id="marforpac-philippine-landslide-relief-2006",
    source="http://www.marforpac.marines.mil/DesktopModules/DigArticle/Print.aspx?PortalId=21&ModuleId=2524&Article=4672",
    license=PD, retrieved=PAGES + " (print view of the Marine Corps Forces, Pacific story on marforpac.marines.mil; the content system's tag '[MIGRATE]' after the headline dropped; the 'landside' of the first paragraph and 'in route' kept as stored)",
    text='''MARFORPAC addresses Philippine humanitarian assistance, disaster relief
By Lance Cpl. Ethan Hoaldridge | February 19, 2006
U.S. Marine Corps Forces, Pacific held a press conference today to outline disaster relief efforts being conducted in the Philippines in the wake of the landside that occurred Feb. 17.
“In the last 24 hours, our units have been diligently supporting the Philippine government at the disaster site in the town of Saint Bernard on the isle of Leyte,” said Lt. Col Michael R. Ramos, the MARFORPAC director of current operations.
“Hundreds of Marines and Sailors from the 31st Marine Expeditionary Unit and the 3rd Marine Expeditionary Brigade have been literally digging with their hands and small tools through the mud for survivors and victims of this disaster,” he continued.
Some parts of the town are buried anywhere from 30 to 100 feet below the mud.
An estimated 1,800 people remain unaccounted for.
MARFORPAC immediately responded by sending flights of supplies.
“We’ve delivered one plane of supplies and several others are in route carrying blankets, potable water, food and various other relief supplies,” said Ramos.
The U.S. and Philippine coalition forces have been working hand-in-hand searching for survivors and distributing supplies.
There is other help on the way to provide medical support as well.
Two U.S. naval ships, the USS Harpers Ferry and the USS Essex, with approximately 4,000 servicemembers, and 22 helicopters, are off shore of Leyte in support of the disaster relief efforts.
Marine forces were already in the Philippines for Exercise Balikatan-06, an annual bilateral training exercise, which this year focuses on humanitarian assistance and disaster relief operations.
“Both our long-standing relationship with the Philippine government and its military, and the forward deployed capabilities of our units have enabled us to respond very quickly and efficiently to this tragedy,” said Ramos.''',
    quotes=[
        Q("“In the last 24 hours", "isle of Leyte,”", "Michael R. Ramos"),
        Q("“Hundreds of Marines", "of this disaster,”", "Michael R. Ramos"),
        Q("“We’ve delivered one plane", "relief supplies,”", "Michael R. Ramos"),
        Q("“Both our long-standing relationship", "to this tragedy,”", "Michael R. Ramos"),
    ],
    aliases={"Michael R. Ramos": ["Ramos", "Lt. Col Michael R. Ramos"]},
),
dict(
    id="dvids-logistics-marines-haiyan-2013",
    source="https://www.dvidshub.net/news/117293/logistics-marines-keep-relief-aid-moving",
    license=PD, retrieved=PAGES + " (the maintenance notice, 'Forgot Password?', 'Or login with Facebook', the DVIDS logo line, the repeated headline, the photo caption and 'read more' links dropped; the copy's indentation removed; the paragraph '“Our mission is to save lives, ...,” said Bob Demeranville, ... Office of Foreign Disa...', cut in the stored copy, dropped)",
    text='''Logistics Marines keep relief aid moving
Story by Cpl. Brandon Suhr
III Marine Expeditionary Force
LUZON, Philippines - One full-grown adult elephant weighs approximately four tons, 8,000 pounds, and is the size of two cars stacked on top of each other.
During Operation Damayan, Marines with Combat Logistics Battalion 4 prepare and load relief supplies weighing up to 12 times that of an elephant onto aircraft each day at Villamor Air Base.
The aid consists of food, water, hygiene materials, medical supplies and plastic sheeting for citizens throughout the Philippines affected by Typhoon Haiyan, which made landfall Nov. 7 with record breaking wind speeds that affected more than 4 million people.
Approximately 100,000 pounds of relief aid and military equipment is prepared, loaded and flown out through here each day, according to 1st Lt. Mason D. McKee, a logistics officer with CLB-4, currently assigned to 3rd Marine Expeditionary Brigade in support of Joint Task Force 505, and a native of Glendale, Ariz.
“If the total amount of cargo we have loaded and sent out was organized in columns on pallets, it would probably cover the grass area of a football field,” said McKee. “(It might) even go into the stands a little bit.”
The relief supplies are provided by the U.S. Agency for International Development, the U.S. government’s humanitarian resource agency.''',
    quotes=[
        Q("“If the total amount", "a football field,”", "Mason D. McKee"),
        Q("“(It might) even go", "a little bit.”", "Mason D. McKee"),
    ],
    aliases={"Mason D. McKee": ["McKee", "1st Lt. Mason D. McKee"]},
),
dict(
    id="dvids-marines-mindanao-relief-2024",
    source="https://www.dvidshub.net/news/463636/us-marines-deliver-emergency-relief-mindanao",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without headline, and is kept so (H131); the media-contact line 'For questions regarding this release, please email ...' and the metadata table (date taken, story ID, location, web views, downloads, the DVIDS copyright line, 'LEAVE A COMMENT') dropped; 'U.S’s' and 'Armed Forced' kept as stored)",
    text='''CAMP COURTNEY, OKINAWA, Japan – At the request of the Government of the Philippines, U.S. Marines from III Marine Expeditionary Force will support the U.S. Agency for International Development by providing foreign humanitarian assistance to the ongoing disaster relief mission in Mindanao, Republic of the Philippines, Feb. 12, 2024.
Marines from Marine Aircraft Group 12, 1st Marine Aircraft Wing, will deliver requested supplies to the Armed Forces of the Philippines for distribution using KC-130J Hercules aircraft.
“Support to our Allies and partners, and their people in a time of need, is a non-negotiable,” said U.S. Marine Corps Lt. Gen. Roger Turner, the III MEF commanding general. “Working in direct coordination with the U.S. Agency for International Development and the Government of the Philippines, we stand ready to support those who need urgent assistance.”
The Marine Corps Air Station Iwakuni-based aircraft group will deliver meals for distribution by the Armed Forced of the Philippines in Mindanao. The meals will provide temporary relief while the Republic of the Philippines works to restore essential services.
The forward presence and ready posture of III MEF assets in the region facilitate rapid and effective response to crisis, demonstrating the U.S’s commitment to Allies and partners during times of need.
Due to the nature of the disaster, additional details will be provided once operationally feasible.''',
    quotes=[
        Q("“Support to our Allies", "a non-negotiable,”", "Roger Turner"),
        Q("“Working in direct coordination", "urgent assistance.”", "Roger Turner"),
    ],
    aliases={"Roger Turner": ["U.S. Marine Corps Lt. Gen. Roger Turner"]},
),
dict(
    id="army-combined-endeavor-2013",
    source="https://www.army.mil/article/111907/Joint_Multinational_Training_Command_hosts_exercise_Combined_Endeavor_2013/",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without headline, and is kept so (H131); the paragraph 'For example, French, German, and Italian military forces ... validation exercis...', cut in the stored copy, dropped)",
    text='''GRAFENWOEHR TRAINING AREA, Germany (Sept. 23, 2013) -- Representative formations of 38 nations, including the U.S., gathered on a Camp Aachen's parade field at the Joint Multinational Training Command's Grafenwoehr Training Area, Sept. 12, marking the start of the U.S. European Command's Exercise Combined Endeavor 2013.
The exercise, scheduled to run through Sept. 26, has over 1,500 military and civilian personnel from NATO and participating Partnership for Peace nations, making it the world's largest communications event and addresses command and control, communications and computer interoperability, and integration, known as C4.
"[Combined Endeavor] provides an opportunity to share best practices," said Col. Lemuel Thomas, Coalition Partner Interoperability division chief of U.S. European Command, or EUCOM. "[Combined Endeavor] encourages peace through security cooperation, while promoting understanding and trust."
"The exercise serves as the model for future exercises," he said.
Officials say Combined Endeavor leverages resources and capabilities, including the Joint Multinational Training Command's centralized location, ranges, training facilities, classrooms, maneuver, and simulations capabilities that easily facilitate the high-volume of personnel and equipment. Due to the centralized location, nations set-up fees and transportation costs are greatly reduced.
"Part of what's unique here is that you'll almost never see another nation's headquarters in someone else's infrastructure," said Canadian Army Maj. Jason Zwicker, delegation chief with the Land Component Command. He said that in these times of global fiscal constraints, all Combined Endeavor participating nations seek ways to leverage existing resources and collectively evolve with emerging technology.''',
    quotes=[
        Q('"[Combined Endeavor] provides', 'best practices,"', "Lemuel Thomas"),
        Q('"[Combined Endeavor] encourages', 'understanding and trust."', "Lemuel Thomas"),
        Q('"The exercise serves', 'future exercises,"', "Lemuel Thomas"),
        Q('"Part of what\'s unique here', 'someone else\'s infrastructure,"', "Jason Zwicker"),
    ],
    aliases={"Lemuel Thomas": ["Col. Lemuel Thomas"], "Jason Zwicker": ["Canadian Army Maj. Jason Zwicker"]},
),
dict(
    id="jbsa-433rd-virtual-change-of-command-2020",
    source="https://www.jbsa.mil/News/News/Article/2215403/433rd-airlift-wing-units-hold-virtual-changes-of-command/",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline line, without headline, and is kept so (H131); the paragraph 'Col. Wayne M. Williams, 433rd Mission Support Group...', cut in the stored copy, dropped)",
    text='''JOINT BASE SAN ANTONIO-LACKLAND, Texas –
The change of command is a tradition that has survived throughout military history since its 18th-century origin. The ceremony is designed to allow subordinates to witness the formality of command changes from one officer to another.
However, the COVID-19 pandemic has brought with it obstacles involving traditional large gatherings, but it was no obstacle that the 433rd Airlift Wing could not overcome.
Through the use of today’s technology and video conference applications, Airmen and civilians – along with friends and family – can still watch as one commander departs and a new commander takes over.
Two commanders within the 433rd Mission Support Group assumed commands virtually at Joint Base San Antonio-Lackland June 6. The 74th Aerial Port Squadron officially gained its new commander, Maj. Kristen B. Fowler, who relieved Lt. Col. Brian A. Angell from his command. Two hours later, Angell assumed command of the 433rd Logistics Readiness Squadron.
“I was part of this squadron as a captain from 2011 to 2015,” said Fowler. “It was my first Reserve unit after serving seven years on active duty, and here is where I really learned what it means to be a Reserve Citizen Airman as well as a ‘Port Dawg’.”
The commanders did not handle guidon flags in either ceremony, keeping in strict compliance with health and safety guidelines. And despite only a small group of attendees witness the ceremony in the room, the group practiced physical distancing, by keeping at least six feet of separation between them, while hundreds of viewers, tuned in to watch from various locations around the world.
“This is truly a remarkable and memorable platform, virtually sharing the change of command ceremony,” Angell said. “I’ll always have this memory and experience to share with my grandkids. I’m very happy to have this opportunity and I’m excited to be in this position.”''',
    quotes=[
        Q("“I was part of this squadron", "2011 to 2015,”", "Kristen B. Fowler"),
        Q("“It was my first Reserve unit", "a ‘Port Dawg’.”", "Kristen B. Fowler"),
        Q("“This is truly a remarkable", "change of command ceremony,”", "Brian A. Angell"),
        Q("“I’ll always have this memory", "in this position.”", "Brian A. Angell"),
    ],
    aliases={"Kristen B. Fowler": ["Fowler", "Maj. Kristen B. Fowler"], "Brian A. Angell": ["Angell", "Lt. Col. Brian A. Angell"]},
),
dict(
    id="beale-changes-in-change-of-commands-2020",
    source="https://www.beale.af.mil/News/Article-Display/Article/2214230/changes-in-change-of-commands/",
    license=PD, retrieved=PAGES + " (the '.mil website' notice, the 'Published' bullet and the bullet marks of the byline lines dropped; the paragraph 'For each Change of Command ceremony, a highly reliable and motivated Pr...', cut in the stored copy, dropped; 'While Physical attendance' kept as stored)",
    text='''Changes in Change of Commands
By Airman 1st Class Luis A. Ruiz-Vazquez
9th Reconnaissance Wing Public Affairs
Change of Command ceremonies will look different this year due to the current climate caused by COVID-19.
To adhere with Centers of Disease Control social distancing guidelines, changes to reduce physical attendance during ceremonies were put in place, such as limited seating and the addition of virtual attendance.
“In order to be in compliance with COVID-19 restrictions, we quickly shifted our strategy for conducting a ceremony,” said Staff Sgt. Courtney Lee, 9th Reconnaissance Wing protocol specialist. “Instead of meeting in person to plan and execute a ceremony with a large physical audience, the 9th Reconnaissance Wing Protocol office utilized virtual means to conduct all future meetings and ceremonies.”
Lee has witnessed many advantages in Change of Command ceremonies that have been held virtually.
“While Physical attendance was limited during the ceremony, we were successful in broadcasting the ceremony to a much larger audience virtually,” Lee said. “Family and friends from all over the world tuned in and each ceremony was unique in its own way.”
Hundreds of Change of Command ceremonies take place throughout the Air Force every year. The ceremony is a symbolic military tradition that dates back to the 18th century.
“The Change of Command Ceremony is deeply rooted in our military heritage,” Lee said. “The primary purpose is to allow the unit to witness the transfer of responsibility from one officer to another.”''',
    quotes=[
        Q("“In order to be in compliance", "conducting a ceremony,”", "Courtney Lee"),
        Q("“Instead of meeting in person", "meetings and ceremonies.”", "Courtney Lee"),
        Q("“While Physical attendance", "audience virtually,”", "Courtney Lee"),
        Q("“Family and friends", "in its own way.”", "Courtney Lee"),
        Q("“The Change of Command Ceremony is deeply", "military heritage,”", "Courtney Lee"),
        Q("“The primary purpose", "to another.”", "Courtney Lee"),
    ],
    aliases={"Courtney Lee": ["Lee", "Staff Sgt. Courtney Lee"]},
),
dict(
    id="dodnews-armed-forces-day-arlington-2015",
    source="https://wp.yellowribbonamerica.org/2015/05/16/troops-veterans-honored-at-armed-forces-day-ceremony/",
    license=PD, retrieved=PAGES + " (verbatim repost of a DoD News story on yellowribbonamerica.org; the paragraph 'For Marine Corps veteran Brian Long, who served four years as a mortarman duri...', cut in the stored copy, dropped, the subheading 'Veterans Remember' above it kept (H197); the paragraph 'We celebrate Armed Forces Day with the fallen,” the sergeant major said.' kept as stored, without its opening mark)",
    text='''Troops, Veterans Honored at Armed Forces Day Ceremony
By Shannon Collins
DoD News, Defense Media Activity
ARLINGTON, Va., May 16, 2015 – As the last notes of “Taps” echoed off the stones of the Tomb of the Unknowns today, service members representing the Army, Navy, Air Force, Marine Corps and Coast Guard and veterans from World War II and the Korean War slowly dropped their salutes.
Tour groups of people visiting Arlington National Cemetery witnessed the changing of the guard, followed by honor guards from each of the service branches marching up in file and rendering honors as the colors were posted.
Marine Corps Sgt. Maj. Bryan B. Battaglia, senior enlisted advisor to the chairman of the Joint Chiefs of Staff, was joined by all five senior enlisted service advisors in a wreath-laying ceremony at the tomb to mark the 65th annual Armed Forces Day. Afterward, the U.S. Army Concert Band performed patriotic music at a free concert.
‘We Celebrate … with the Fallen’
The wreath will be on display for the day at the Tomb of the Unknowns to honor those who gave the last full measure, “but Armed Forces Day honors all service members past and present,” Battaglia said.
We celebrate Armed Forces Day with the fallen,” the sergeant major said.
“What better place for us to thank those who played such an integral role in protecting America’s freedom and liberty? Like many national burial grounds across the globe, here are harbored and housed America’s heroes, the hundreds of thousands of men and women who have, for more than 240 years, proudly and courageously worn the cloth of our nation,” he said.
“At Arlington today, we are encircled by those brave and courageous men and women, past and present, active, reserve and National Guard, living veterans and our fallen, all who have proudly served and continue to serve our country,” Battaglia said.
Veterans Remember''',
    quotes=[
        Q("“Taps”", None, None),
        Q("‘We Celebrate … with the Fallen’", None, "Bryan B. Battaglia"),
        Q("“but Armed Forces Day", "past and present,”", "Bryan B. Battaglia"),
        Q("“What better place", "of our nation,”", "Bryan B. Battaglia"),
        Q("“At Arlington today", "serve our country,”", "Bryan B. Battaglia"),
    ],
    aliases={"Bryan B. Battaglia": ["Battaglia", "Marine Corps Sgt. Maj. Bryan B. Battaglia", "the sergeant major"]},
),
dict(
    id="dvids-watch-dogs-memorial-2024",
    source="https://dvidshub.net/news/472760/watch-dogs-re-dedicate-memorial",
    license=PD, retrieved=PAGES + " (the maintenance notice, the e-mail field, 'Forgot Password?', the DVIDS logo line, the repeated headline, the photo caption and 'read more' links dropped; the copy's indentation removed; the paragraph '“We should never say happy Memorial Day; ...,” said retired Command Sgt. Maj. Joseph Graves, ...', cut in the stored copy, dropped)",
    text='''Watch Dogs re-dedicate Memorial
The 8th Military Police Brigade, 8th Theater Sustainment Command, honored their fallen Soldiers by conducting a memorial unveiling on Schofield Barracks, Hawaii, May 23.
However, well before 2024, Soldiers sought to remember the battlefield sacrifices of their brethren.
“The 30th of May, 1868, is designated for the purpose of strewing with flowers, or otherwise decorating, the graves of comrades who died in defense of their country during the late rebellion, and whose bodies now lie in almost every city, village and hamlet churchyard in the land,” said Gen. John A. Logan, leader of an organization for Northern Civil War veterans who called for a nationwide day of remembrance on May 5, 1868.
In 1968, Congress would establish the Uniform Monday Holiday Act, establishing Memorial Day as a federal holiday and day of remembrance, celebrated to this day.
“Remember Memorial Day is not about barbeques and thanking Service Members for their service,” said Col. Charles A. Green, commander, 8th Military Police Brigade. “It is about honoring those who have paid the ultimate sacrifice.”
The memorial unveiling paid tribute to the 20 Soldiers who gave their life in defense of the nation.''',
    quotes=[
        Q("“The 30th of May, 1868", "churchyard in the land,”", "John A. Logan"),
        Q("“Remember Memorial Day", "for their service,”", "Charles A. Green"),
        Q("“It is about honoring", "ultimate sacrifice.”", "Charles A. Green"),
    ],
    aliases={"John A. Logan": ["Gen. John A. Logan"], "Charles A. Green": ["Col. Charles A. Green"]},
),
dict(
    id="dvids-soldier-memorial-tribute-2013",
    source="https://dvidshub.net/news/105776/soldier-memorial-tribute-gives-meaning-selfless-service",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without headline, and is kept so (H131); the metadata table (date taken, date posted, story ID, location) dropped)",
    text='''FORT LEONARD WOOD, Mo. – The United States Army Engineer Regiment held a Soldier Memorial Tribute in the World War II Chapel on Fort Leonard Wood’s Engineer Memorial Grove April 18.
More than 22 family members attended the ceremony, which paid tribute to 24 engineer soldiers who died in combat during Operations Enduring Freedom and Iraqi Freedom from April 2012 to April 2013.
Brig. Gen. Peter “Duke” DeLuca, U.S. Army Engineer School commandant, said it’s important for the Engineer Regiment to hold the memorial tribute to respect and honor the sacrifice of these soldiers and their families.
“There are a lot of ceremonies that the Army has already conducted to render military honors and pay proper respects,” he said. “So the question might arise, why one more?”
“Your Sappers were in units around the Army and some of them served in more than one unit,” he said. “In the end, of all the units they served in, my home regiment and your Fallen Sapper’s home regiment, is the Army Engineer Regiment. The home of the Army Engineer Regiment is here at Fort Leonard Wood, Mo., and has been since 1995.”
“On behalf of the Army Engineer Regiment, we will do everything in our power to give the fullest meaning to your sacrifice so that it is not in vain, so that it achieves safety and security for our country, and prevents disasters and tragedies in the future,” he said.
“Your soldier will be remembered here forever,” he said.
The names of 24 engineer soldiers were added to a Memorial Wall for Fallen Engineers which was unveiled immediately after the Soldier Memorial Tribute. The wall stands directly outside the World War II Chapel in the Engineer Memorial Grove and ensures that engineer soldiers will not be forgotten.
After the unveiling, family members and fellow engineers were invited to trace the names on the wall, which holds more than 350 names.''',
    quotes=[
        Q("“Duke”", None, None),
        Q("“There are a lot of ceremonies", "proper respects,”", "Peter “Duke” DeLuca"),
        Q("“So the question might arise", "one more?”", "Peter “Duke” DeLuca"),
        Q("“Your Sappers were in units", "than one unit,”", "Peter “Duke” DeLuca"),
        Q("“In the end, of all the units", "since 1995.”", "Peter “Duke” DeLuca"),
        Q("“On behalf of the Army Engineer Regiment", "in the future,”", "Peter “Duke” DeLuca"),
        Q("“Your soldier will be remembered", "here forever,”", "Peter “Duke” DeLuca"),
    ],
    aliases={"Peter “Duke” DeLuca": ["DeLuca", "Brig. Gen. Peter “Duke” DeLuca"]},
),
]
