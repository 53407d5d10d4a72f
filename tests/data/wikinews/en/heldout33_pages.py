# Held-out English news pages (tests/data/heldout33-en.jsonl). Like heldout23/25/27/29/31_pages.py, these texts are
# stored web pages (the `pages` search corpus), none of them used in an earlier set: news stories of US federal
# government outlets not used so far: eleven National Guard Bureau stories on nationalguard.mil (2007-2023, one of them an
# American Forces Press Service story, one a "Courtesy Story"), three Air National Guard pages and one Air Forces
# Central commentary on af.mil, and one NASA Marshall Space Flight Center news release on nasa.gov. All are works of the
# US federal government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another
# third party (two National Guard stories mention what The Associated Press or CNN "reported"; those sentences are the
# Guard writer's own and contain no quotation). The stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Site banners ("An official website of the
# United States government ..."), breadcrumbs ("Home : News : Article View"), date lines, bylines (except in the
# first-person commentary, whose writer is a speaker), photo captions and contact lines are dropped; wording, spelling,
# spacing inside a paragraph and quotation marks are as stored (leading and trailing spaces of a stored line dropped).
# Annotated by reading the pages, before whosaid was run on them (rules H156-H159 in ANNOTATION.md on top of
# H1-H151).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
NG = PAGES + " (the .mil banner, the breadcrumb 'Home : News : Article View', the date line and the byline dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout33-en.jsonl

Built by `build.py` from `heldout33_pages.py`. Like heldout23-en, heldout25-en, heldout27-en, heldout29-en and
heldout31-en, these texts are stored web pages (the `pages` search corpus), none of them used in a set above: sixteen
news stories of US federal government outlets not used before: eleven National Guard Bureau stories on nationalguard.mil
(Missouri floods and California fires, 2008; the Midwest floods, 2019; the North Dakota flood fight, 2011; floods and
tornado response, 2007, an American Forces Press Service story; the 2017 hurricane season; the State Partnership Program
series, 2023; the Army Guard Best Warrior Competition, 2021; state Best Warrior competitions, 2022; winter storm Thor,
2015; an Iowa family rescued in winter storm Draco; the end of a winter storm response in 12 states), three Air National
Guard pages on af.mil (the 2022 wildfires, ang.af.mil; the 2008 California fires, 129th Rescue Wing; an Air Force Print
News story on a winter storm in eight states, 155th Air Refueling Wing), one Air Forces
Central commentary on af.mil (2010) and one NASA Marshall Space Flight Center news release on nasa.gov (a shuttle main
engine test after Hurricane Katrina, 2005). All are US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Banners, breadcrumbs, date lines, bylines (except the
commentary's), captions and contact lines were dropped; wording and quotation marks are as stored. None of these pages
is used in any set above (checked by URL, by title, by the names of their speakers and by 8-word overlap with every
existing text: no shared 8-word sequence). The annotation (rules H156–H159 in `ANNOTATION.md` on top of H1–H151) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-ngb-2008-06-26-floods-and-fires",
    source="https://www.nationalguard.mil/News/Article-View/Article/573315/fighting-floods-and-fires-national-guard-on-duty-from-coast-to-coast",
    license=PD, retrieved=NG + " (Staff Sgt. Jim Greenhill, National Guard Bureau); the paragraph 'Maj. Gen. King Sidwell is Missouri's adjutant general. \"The Missouri National Guard continues ...', cut in the stored copy inside its quotation, dropped; the sentence on what The Associated Press reported is the Guard writer's own and kept)",
    text='''Fighting floods and fires, National Guard on duty from coast-to-coast
ARLINGTON, Va. - National Guard Citizen-Soldiers and -Airmen fought Midwest flooding and California fires Thursday.
About 2,300 Guardmembers remained on duty in the Midwest, down from a peak of more than 5,700, National Guard Bureau officials reported.
Meanwhile, the California wildfires called for fewer Guardmembers and more aircraft. UH-60 Black Hawk and CH-47 Chinook helicopters and C-130 Hercules aircraft dropped water and flame retardant while OH-58 Kiowa helicopters and RC-26 Metroliner aircraft flew fire-spotting and reconnaissance missions. More than 90 Guardmembers responded to Gov. Arnold Schwarzenegger's request for National Guard assistance.
In Missouri, the National Guard was preparing for potential flooding downriver, according to Capt. Tamara Spicer, public affairs officer. The Missouri Guard posted liaison officers to four lower Mississippi River counties in anticipation of flooding, she said.
One levee, near Winfield, Mo., was so considered in such a tenuous position that The Associated Press reported on Wednesday that only life vest-clad National Guardmembers and firefighters were allowed to stack sandbags.
Spc. Daniel Maguire of the 1438th Engineer Company was one of hundreds of Guardmembers on duty from units across Missouri. "It's my job," Maguire said. "I'm a National Guard Soldier, and I help with state emergencies."''',
    quotes=[
        Q('"It\'s my job,"', None, "Daniel Maguire"),
        Q('"I\'m a National Guard Soldier,', 'state emergencies."', "Daniel Maguire"),
    ],
    aliases={"Daniel Maguire": ["Spc. Daniel Maguire", "Maguire"]},
),
dict(
    id="gov-en-ngb-2019-03-25-midwest-flooding",
    source="https://www.nationalguard.mil/News/Article-View/Article/1794723/guard-members-respond-to-midwests-historic-flooding",
    license=PD, retrieved=NG + " (Tech. Sgt. Erich B. Smith and Sgt. 1st Class Jon Soucy, National Guard Bureau); the paragraph '“We pushed hay out the back of one of our helicop...', cut in the stored copy inside its quotation, dropped)",
    text='''Guard members respond to Midwest's historic flooding
ARLINGTON, Va. – More than 340 National Guard members are responding to flooding affecting thousands throughout Nebraska, Missouri, Iowa and other Midwest states.
“As I always am, I was struck by how quickly the National Guard, the state first responders, the local police came together to immediately get to saving lives and mitigating suffering throughout the impacted area,” said Air Force Gen. Joseph Lengyel, the chief of the National Guard Bureau, to members of the Nebraska National Guard during a recent visit to get a firsthand look at response efforts.
Lengyel said he was impressed by the response efforts he’s seen.
“Clearly, the response phase of this thing was really well done,” he said. “This says so much. It just demonstrates who we are and what we do as Guard [members].”
The flooding was a result of higher-than-average temperatures that resulted in increased snow melt combined with heavy storms throughout the region.
More than 300 Nebraska Guard members have responded in helicopters, Humvees and other trucks with high-ground clearance as they continue to work with state and local officials to conduct search and rescue operations, distribute food and water and transport first responders to affected areas, said Guard officials.
Soldiers with the Nebraska Army National Guard’s Company B, 2nd Battalion, 135th Aviation Regiment, used CH-47 Chinook helicopters to drop bales of hay for cattle stranded by floodwaters.''',
    quotes=[
        Q('“As I always am,', 'the impacted area,”', "Joseph Lengyel"),
        Q('“Clearly, the response phase', 'really well done,”', "Joseph Lengyel"),
        Q('“This says so much.', 'as Guard [members].”', "Joseph Lengyel"),
    ],
    aliases={"Joseph Lengyel": ["Air Force Gen. Joseph Lengyel", "Lengyel"]},
),
dict(
    id="gov-en-ngb-2011-07-21-north-dakota-flood-fight",
    source="https://www.nationalguard.mil/News/Article-View/Article/611419/national-guard-remains-vigilant-in-ongoing-flood-fight",
    license=PD, retrieved=NG + " ('By Courtesy Story'); the paragraph 'Currently, more than 300 National Guard members are on flood duty ...', cut in the stored copy, dropped; Garza's first quotation paragraph is not closed in the copy (multi-paragraph quotation))",
    text='''National Guard remains vigilant in ongoing flood fight
BISMARCK, N.D. - As the heat continues to swelter in North Dakota, North Dakota National Guard troops continue in their steady vigilance to guard levees and man quick reaction forces in the event of an emergency.
As the heat and humidity rise to record levels on day 58 of the central North Dakota flood fight, Guard members from North Dakota and Minnesota continue to keep a watchful eye for any dangerous situations in the levees as well as on each other to ensure they don't succumb to heat injuries.
Army Sgt. Ronnie Garza, the NCOIC of Task Force Mandan levee patrol, said, "We've got water, ice, and sunscreen. We make sure everybody's consuming water and getting breaks.
"If a humvee's going any distance, we make sure they have [air conditioning] and sufficient personnel – at least three. If one has issues, one can attend and one can call [for help]."
"Up to now, we've had no heat casualties," he said. "We're trying to keep tight and safe."
Army Maj. Malia Pearson, the executive officer of Task Force Flood operating in Bismarck and Mandan, said Soldiers and Airmen are issued humvees with air conditioning, coolers with ice and water, and Gatorade for electrolytes.
"Levee walkers with long sectors use ATVs instead of walking," Pearson said, "and dike walkers either get breaks in the shade or go back to air-conditioned buildings. The [Army Combat Uniforms] that we wear are designed for heat."''',
    quotes=[
        Q('"We\'ve got water, ice,', 'getting breaks.', "Ronnie Garza"),
        Q('"If a humvee\'s going', 'call [for help]."', "Ronnie Garza"),
        Q('"Up to now,', 'heat casualties,"', "Ronnie Garza"),
        Q('"We\'re trying to keep tight and safe."', None, "Ronnie Garza"),
        Q('"Levee walkers', 'instead of walking,"', "Malia Pearson"),
        Q('"and dike walkers', 'designed for heat."', "Malia Pearson"),
    ],
    aliases={
        "Ronnie Garza": ["Army Sgt. Ronnie Garza"],
        "Malia Pearson": ["Army Maj. Malia Pearson", "Pearson"],
    },
),
dict(
    id="gov-en-afps-2007-05-10-guard-domestic-crises",
    source="https://www.nationalguard.mil/News/Article-View/Article/572966/guard-responding-to-domestic-crises-nationwide",
    license=PD, retrieved=NG + " ('By American Forces Press Service'); the paragraph 'At the peak, Carter said, 75 soldiers from 2n...', cut in the stored copy, dropped)",
    text='''Guard Responding to Domestic Crises Nationwide
WASHINGTON - While President Bush toured the site of a deadly tornado in Kansas today, the National Guard continues to demonstrate its readiness as it responds to natural disasters from coast to coast.
In Missouri, more than 100 National Guardsmen have assisted in flood-response efforts. About 40 soldiers worked overnight to protect a water plant in the town of Craig from rising waters. An additional 60 soldiers are mustering in the towns of Lexington and Richmond to form a quick reaction force to respond to any communities in need. These mobilizations are a result of an executive order signed by Missouri Gov. Matt Blunt on May 7 in preparation for the storms.
"As always, these soldiers are anxious to help their neighbors through this crisis," said Army Maj. Gen. King Sidwell, adjutant general of the Missouri National Guard.
In South Dakota, 47 soldiers are on state active duty in support of local emergency management agencies in ongoing flood-relief efforts in eastern parts of the state.
"The community knows the Guard is there to help," said Army Maj. Bruce Carter, commander for Task Force 2-147, with headquarters in Watertown, S.D.
South Dakota Guardsmen hauled non-military generators and water pumps to relieve pressure on local water treatment plants in the towns of Groton and Warner, placed about 700 sandbags to save a resident's home in Redfield, and built a 1,000-foot-long wall to protect lift-stations, which pump waste water to treatment plants, and electrical substations in Aberdeen.''',
    quotes=[
        Q('"As always, these soldiers', 'through this crisis,"', "King Sidwell"),
        Q('"The community knows', 'there to help,"', "Bruce Carter"),
    ],
    aliases={
        "King Sidwell": ["Army Maj. Gen. King Sidwell"],
        "Bruce Carter": ["Army Maj. Bruce Carter"],
    },
),
dict(
    id="gov-en-ngb-2017-12-01-hurricane-season",
    source="https://www.nationalguard.mil/News/Article-View/Article/1384972/national-guard-wraps-up-busy-hurricane-season/",
    license=PD, retrieved=NG + " (Tech. Sgt. Erich B. Smith, National Guard Bureau); the paragraph 'When Harvey made its second landfall in Louisiana, ...', cut in the stored copy, dropped)",
    text='''National Guard wraps up busy hurricane season
ARLINGTON, Va. – Three back-to-back hurricanes that brought large-scale destruction to the Gulf Coast region, Puerto Rico and the Virgin Islands kept the National Guard busy during the 2017 hurricane season.
Approximately 2,800 Guard members still play an active role in recovery efforts in the Virgin Islands and Puerto Rico, more than two months after Hurricane Maria – the last of the back-to-back storms.
"A lot of people need our help and I joined to serve," said Pfc. Roberto Rivera, a military police officer with the Puerto Rico Army National Guard's 480th Military Police Company.
Like many residents of Puerto Rico, his house was destroyed by wind and torrential rain brought in from Maria. But as soon as the hurricane passed, he came to the aid of his fellow Puerto Ricans affected by the storm, said Rivera.
"I just believe [other] people need more help than I do," he said.
Hurricane Harvey, the first of the three hurricanes, made landfall in Corpus Christi, Texas, Aug. 25. More than 3,000 Guard members were on duty in the immediate aftermath of the storm, primarily assisting local authorities with search and rescue operations.
"This is what we train for," said Army Brig. Gen. Patrick M. Hamilton, commander of the Texas National Guard's Domestic Operations Task Force. "And we're proud to stand beside our civilian partners, first responders and volunteers to serve the citizens of Texas."''',
    quotes=[
        Q('"A lot of people need our help', 'joined to serve,"', "Roberto Rivera"),
        Q('"I just believe', 'than I do,"', "Roberto Rivera"),
        Q('"This is what we train for,"', None, "Patrick M. Hamilton"),
        Q('"And we\'re proud', 'citizens of Texas."', "Patrick M. Hamilton"),
    ],
    aliases={
        "Roberto Rivera": ["Pfc. Roberto Rivera", "Rivera"],
        "Patrick M. Hamilton": ["Army Brig. Gen. Patrick M. Hamilton"],
    },
),
dict(
    id="gov-en-ang-2022-wildfires-year-round",
    source="https://www.ang.af.mil/Media/Article-Display/Article/3047146/fighting-wildfires-almost-year-round-guard-preps-for-more/",
    license=PD, retrieved=PAGES + " (Air National Guard page on af.mil; the .mil banner and the lines 'Published', 'By Air Force Master Sgt. Erich B. Smith,' and 'National Guard Bureau' dropped; trailing spaces of stored lines dropped; the paragraph 'Penrose and other aircrew members used ...', cut in the stored copy, dropped)",
    text='''Fighting wildfires almost year-round, Guard preps for more
ARLINGTON, Va. – The Hermit’s Peak Fire in New Mexico is now the largest fire in state history, scorching more than 310,000 acres and prompting the governor to activate nearly 180 New Mexico National Guard members.
The New Mexico Guard is not alone in battling 2022 blazes before the June start of the traditional wildfire season. Other states have already responded to fires that have burned more than 570,000 acres across the nation this year.
Supporting state and local authorities in battling blazes is almost a never-ending mission for some Guard units, said Army Gen. Daniel Hokanson, chief of the National Guard Bureau. National Guard men and women assist with ground operations and rotary and fixed-wing aircraft that drop water and fire retardant on wildfires.
“The National Guard is now involved in fighting fires almost year-round,” Hokanson said. “That’s why it’s important for our Soldiers and Airmen to remain ready for short-notice events such as wildfires, extreme weather, or other emergencies.”
In early January, more than 25 Texas Army National Guard members supported local authorities battling fires in the Bastrop area. Army Staff Sgt. Michael Penrose and his team had to act quickly.
“We got a call about 3 o’clock, [got] on station about 4 o’clock, and spent about an hour firefighting with local agencies out there,” said Penrose, a UH-60 Black Hawk helicopter crew chief with the Texas Army Guard’s 36th Combat Aviation Brigade.''',
    quotes=[
        Q('“The National Guard is now involved', 'almost year-round,”', "Daniel Hokanson"),
        Q('“That’s why it’s important', 'or other emergencies.”', "Daniel Hokanson"),
        Q('“We got a call about 3 o’clock,', 'local agencies out there,”', "Michael Penrose"),
    ],
    aliases={
        "Daniel Hokanson": ["Army Gen. Daniel Hokanson", "Hokanson"],
        "Michael Penrose": ["Army Staff Sgt. Michael Penrose", "Penrose"],
    },
),
dict(
    id="gov-en-ngb-2023-07-14-spp-team-sport",
    source="http://www.nationalguard.mil/News/State-Partnership-Program/Article/3458988/it-truly-is-a-team-sport-how-the-department-of-defense-national-guard-state-par/",
    license=PD, retrieved=PAGES + " (the .mil banner, the breadcrumb 'Home : News : State Partnership Program', the date line and the byline (Master Sgt. Jim Greenhill and Sgt. 1st Class Zach Sheely, National Guard Bureau) dropped; the paragraph 'A potential new partner nation first has to be aware of ...', cut in the stored copy, dropped; the same story is also stored on ang.af.mil and was not used twice; Zana's quotation paragraph 'The National Guard Bureau administers ...' is not closed in the copy (multi-paragraph quotation))",
    text='''‘It truly is a Team Sport’ How the Department of Defense National Guard State Partnership Program Works
This is part four of the five part series “State Partnership Program turns 30.”
WASHINGTON, D.C. – Talk with senior leaders – with some of the National Guard’s most passionate advocates – and they’ll tell you something about the Department of Defense National Guard State Partnership Program that will likely surprise you.
It’s not a National Guard program.
“This is a Department of Defense program,” says Army Maj. Gen. William Zana, the National Guard Bureau’s strategic plans and policy and international affairs director. “It’s best when you’re looking at the SPP to understand the different roles of the stakeholders.”
The Defense Department program is closely coordinated with the geographic combatant commands, the Department of State, the U.S. embassies and their chiefs of mission, each partner nation and the National Guard in the partner state, territory, or District of Columbia.
“The National Guard Bureau administers, resources and serves as the integrator of the program,” Zana says. “So there are a lot of stakeholders, and – from my perspective – that’s a feature, not a bug because everyone has a shared interest in the success of the program in establishing and maintaining meaningful relationships.
“It truly is a team sport.”''',
    quotes=[
        Q('‘It truly is a Team Sport’', None, "William Zana"),
        Q('“State Partnership Program turns 30.”', None, None),
        Q('“This is a Department of Defense program,”', None, "William Zana"),
        Q('“It’s best when you’re looking', 'of the stakeholders.”', "William Zana"),
        Q('“The National Guard Bureau administers,', 'integrator of the program,”', "William Zana"),
        Q('“So there are a lot of stakeholders,', 'meaningful relationships.', "William Zana"),
        Q('“It truly is a team sport.”', None, "William Zana"),
    ],
    aliases={"William Zana": ["Army Maj. Gen. William Zana", "Zana"]},
),
dict(
    id="gov-en-ang-129rqw-2008-california-fire-fight",
    source="https://www.129rqw.ang.af.mil/Media/Article-Display/Article/447356/national-guard-brings-heart-and-extra-hands-to-the-fire-fight/",
    license=PD, retrieved=PAGES + " (129th Rescue Wing, California Air National Guard, page on af.mil; the breadcrumb 'HomeMediaArticle Display' dropped; the paragraph 'The 129th Rescue Wing, a California Air National Guard unit ...', cut in the stored copy, dropped)",
    text='''National Guard brings heart and extra hands to the fire fight
SACRAMENTO, Calif. -- As more than 200 fires still remain active in California, and nearly one million acres burned, CAL FIRE personnel sense relief as an additional 2,000 National Guardsmen and women are put on alert for the next few months to join in their ground crew efforts to quell the flames, which began June 21.
Currently, the California National Guard has more than 1,000 Soldiers and Airmen deployed to support the firefighting suppression efforts throughout the state, to include more than 400 Soldiers serving on the front lines. The National Guard, Air National Guard and Air Force Reserve have contributed 22 helicopters to perform water bucket missions, and six C-130s, capable of saturating live trees with 3,000 gallons of fire retardant per flight.
A public information officer with CAL FIRE stationed in Butte County, Calif., Melissa Smith said, "We are thrilled to have the military come in here. We don't have enough people, and are spread so thin. We need the California National Guard, we need them to come in here and help us build this line."
Aircrews and ground crews labor tirelessly alongside CAL FIRE and civilian fire agencies. Ground crews are given a basic firefighting class by CAL FIRE instructors, tools and safety gear before digging fire lines, working side-by-side with actual firefighters.
Capt. Walt Williams, a CAL FIRE trainer for the National Guard ground crews, Task Forces Axe and Pick, said, "I was hired back from retirement to bulk up the forces and apply some of my experiences. I've always been impressed with the Guard's abilities and was about to find out how well we could turn them into firefighters."
California National Guard ground troops weren't the only ones to get a crash course in fire suppression efforts.''',
    quotes=[
        Q('"We are thrilled', 'build this line."', "Melissa Smith"),
        Q('"I was hired back', 'into firefighters."', "Walt Williams"),
    ],
    aliases={"Walt Williams": ["Capt. Walt Williams"]},
),
dict(
    id="gov-en-afcent-2010-spirit-of-airmans-service",
    source="https://www.afcent.af.mil/News/Commentaries/Display/Article/223301/spirit-of-airmans-service-represented-well-in-deployed-area-of-responsibility/",
    license=PD, retrieved=PAGES + " (Air Forces Central commentary on af.mil; the .mil banner and the bullet 'Published' dropped; the byline lines 'By Tech. Sgt. Scott T. Sturkol' and '380th Air Expeditionary Wing Public Affairs' kept without their bullets, because the first-person writer is a speaker (H101); the paragraph 'Soon after I arrived at my deploye...', cut in the stored copy, dropped)",
    text='''\'Spirit of Airman's service' represented well in deployed area of responsibility
By Tech. Sgt. Scott T. Sturkol
380th Air Expeditionary Wing Public Affairs
On my first deployment in 1997 to Southwest Asia, a chief master sergeant who was on his last deployment there with me said, "You know the spirit of an Airman's service when they're willing to go away from home and serve in a far-away land."
That chief, who was finishing a 30-year career and had joined the Air Force during the Vietnam War, had deployed more times than I can count using all of my fingers on both hands. But 13 years later, I still find what he said to hold true.
On my current deployment, my seventh, I've had an opportunity learn more about today's Airman and why they're serving in the military. The people I've come across have a wide array of experience and reasons for serving. Let me tell you about a few.
First, I'll go back to when I was on my way to my deployed base on Christmas Day in December. I flew on a C-130J Super Hercules manned by an Air Force Reserve crew. Our flight took us through Afghanistan and then on to a non-disclosed base in Southwest Asia. During the flight, I got to know one of the loadmasters, a Reserve master sergeant who'd said, "What a way to spend Christmas...hey?"
After getting to know each other a bit, he told me about the plane and its capabilities and finally I asked him, "Why are you here, doing this?" His answer is one I won't forget. He said, "All my life, I've felt like this has been my calling -- to serve in the Air Force. Even though it's Christmas, I wouldn't have it any other way."''',
    quotes=[
        Q("'Spirit of Airman's service'", None, None),
        Q('"You know the spirit', 'a far-away land."', None),
        Q('"What a way to spend Christmas...hey?"', None, None),
        Q('"Why are you here, doing this?"', None, "Scott T. Sturkol"),
        Q('"All my life,', 'any other way."', None),
    ],
    aliases={"Scott T. Sturkol": ["Tech. Sgt. Scott T. Sturkol"]},
),
dict(
    id="gov-en-nasa-msfc-2005-shuttle-engine-test-stennis",
    source="https://www.nasa.gov/centers/marshall/news/news/releases/2005/H-05-350.html",
    license=PD, retrieved=PAGES + " (NASA news release H-05-350 on the Marshall Space Flight Center news pages; the page lines 'Search Marshall', 'News Releases' and 'Text Size', the contact block (Allard Beutel, Paul Foerman, Martin Jensen with their centers and phone numbers) and the line 'News Release: H-05-350' dropped; the paragraph 'Stennis has tested and proven flight-worthy ...', cut in the stored copy, dropped)",
    text='''NASA Successfully Tests Space Shuttle Main Engine
A 520-second space shuttle main engine test-firing at the Stennis Space Center in Mississippi successfully demonstrated several objectives, including an improved engine monitoring system from start to cut-off. The continuing test series further enhances safety, reliability and overall performance of the space shuttle. For the first time since Hurricane Katrina, NASA's Stennis Space Center, Miss., returned to its primary business Tuesday, testing space shuttle main engines.
Engineers successfully test-fired an engine for 520 seconds; the time it takes a shuttle to reach orbit. Tuesday's engine test is an indication that Stennis and the region are working toward recovering from the storm.
The test was a continuation of a certification series on the Advanced Health Management System, which monitors the engine's performance. It enables the engine to shut down if unusual vibrations are detected in the turbopump. It's an upgrade that provides a significant improvement for lower risk for shuttle main engines. Other engine parts were tested and certified, such as a fast-response temperature sensor.
"We are very pleased to be testing again," said Gene Goldman, manager of the Space Shuttle Main Engine Project Office at NASA’s Marshall Space Flight Center, Huntsville, Ala. "It's a testament to the dedication and character of the Stennis workforce that they are able to test so soon after hurricanes Katrina and Rita." Approximately 25 percent of Stennis' 4,500 employees lost their homes, and the majority had varying degrees of damage.''',
    quotes=[
        Q('"We are very pleased', 'testing again,"', "Gene Goldman"),
        Q('"It\'s a testament', 'Katrina and Rita."', "Gene Goldman"),
    ],
),
dict(
    id="gov-en-ngb-2021-07-27-army-guard-best-warriors",
    source="https://www.nationalguard.mil/News/Article/2708348/army-guard-finds-its-best-warriors-in-the-grand-canyon-state/",
    license=PD, retrieved=PAGES + " (the .mil banner, the breadcrumb 'Home : News', the date line and the byline (Air Force Master Sgt. Erich B. Smith, National Guard Bureau) dropped; the paragraph '“A lot of ...', cut in the stored copy inside its quotation, dropped)",
    text='''Army Guard finds its best warriors in the Grand Canyon State
By late morning of the second day of the 2021 Army National Guard Best Warrior Competition, Spc. Addison Smith, assigned to the Texas Army National Guard’s 1st Squadron, 112th Cavalry Regiment, admitted he was a little worn down.
After all, he just completed a 15-mile land navigation course that started at roughly 3:00 a.m., preceded by a number of physically demanding events the day before.
But the competition’s next event – firing the M320 Grenade Launcher Module – was sure to give the cavalry scout a bolt of energy.
“Lob it and chalk it,” Smith said, referring to the chalk training rounds competitors were firing.
After the impact of his first practice round, he knew what he had to do.
“Seeing that first splash of where the round impacts the ground and adjusting fire based off of that splash, that’s where the skill comes in,” he said, adding the short kick of recoil from firing the weapon was “very satisfying.”
Soldier skills would be just one thing 13 Soldiers, including Smith, showcased as they battled it out at Camp Navajo last week, hoping to be named the Army National Guard’s Soldier and Noncommissioned Officer of the Year.
When the grueling three-day competition was over, Army Sgt. William Lukens, a tactical power generator mechanic with the Tennessee Army National Guard’s 208th Area Support Medical Company, and a staff sergeant with the 19th Special Forces Group, Utah Army National Guard, emerged as the Soldier and NCO of the Year, respectively.''',
    quotes=[
        Q('“Lob it and chalk it,”', None, "Addison Smith"),
        Q('“Seeing that first splash', 'skill comes in,”', "Addison Smith"),
        Q('“very satisfying.”', None, "Addison Smith"),
    ],
    aliases={"Addison Smith": ["Spc. Addison Smith", "Smith"]},
),
dict(
    id="gov-en-ngb-2022-state-best-warrior",
    source="https://www.nationalguard.mil/News/Article-View/Article/2960742/national-guard-members-compete-to-be-best-warrior/",
    license=PD, retrieved=PAGES + " (the stored copy begins with the dateline paragraph, without headline (H131); the paragraph 'Oklahoma National Guard Spc. David Jeffrey, ... won the junior enl...', cut in the stored copy, dropped)",
    text='''WASHINGTON – National Guard members across the nation demonstrated their Soldier skills in three days of grueling competition for the coveted “Best Warrior” title.
Soldiers and noncommissioned officers competed at the state level in a series of physically and mentally demanding challenges for a chance to advance to regional versions of the annual competition later this year.
Soldiers were tested on marksmanship and weapons skills, day and night land navigation, the Army physical fitness test, an obstacle course, Army warrior tasks, a 12-mile ruck march and a board interview.
“The Best Warrior Competition tests our Soldiers’ basic soldiering skills to move, shoot and communicate,” said Command Sgt. Maj. James Ryan Jimenez, Hawaii Army National Guard. “This measures proficiency. This builds readiness.”
At Camp Atterbury in Indiana, 13 noncommissioned officers and 12 junior enlisted Soldiers competed in 13 events March 5-7.
Staff Sgt. Michael Bougher, of the 38th Sustainment Brigade, and Spc. Kyle Lawson, of Company C, 2nd Battalion, 134th Airborne Regiment, took first place in their respective categories.
“My favorite part of the weekend was being surrounded by great competition in an environment that allowed me to put my craft to the test in an elevated training situation,” Lawson said. “Training like this can be difficult to find. Winning or losing, we each return to our units with valuable knowledge and as a better leader.”
“My favorite part of the competition was definitely the emplacement and detonation of the M18A1 claymore,” said Bougher. “The hardest part of the competition was completing the 12-mile ruck march at the end of a very long day that was full of other physically demanding events.”
The two will represent Indiana in the regional ‘Best Warrior’ competition in Minnesota later this year.''',
    quotes=[
        Q('“Best Warrior”', None, None),
        Q('“The Best Warrior Competition tests', 'shoot and communicate,”', "James Ryan Jimenez"),
        Q('“This measures proficiency.', 'builds readiness.”', "James Ryan Jimenez"),
        Q('“My favorite part of the weekend', 'training situation,”', "Kyle Lawson"),
        Q('“Training like this', 'a better leader.”', "Kyle Lawson"),
        Q('“My favorite part of the competition', 'M18A1 claymore,”', "Michael Bougher"),
        Q('“The hardest part', 'physically demanding events.”', "Michael Bougher"),
        Q('‘Best Warrior’', None, None),
    ],
    aliases={
        "James Ryan Jimenez": ["Command Sgt. Maj. James Ryan Jimenez"],
        "Kyle Lawson": ["Spc. Kyle Lawson", "Lawson"],
        "Michael Bougher": ["Staff Sgt. Michael Bougher", "Bougher"],
    },
),
dict(
    id="gov-en-ngb-2015-03-06-winter-storm-thor",
    source="https://www.nationalguard.mil/News/Article-View/Article/578988/national-guard-units-in-several-states-assist-residents-and-motorists-in-latest",
    license=PD, retrieved=NG + " (Maj. Kenneth Ola, National Guard Bureau); the paragraph 'In Arkansas, local media reported over 120 Soldiers and Airmen ...', cut in the stored copy, dropped; the same story is also stored under News/Family-Programs and was not used twice; the sentence on what CNN reported is the Guard writer's own and kept)",
    text='''National Guard units in several states assist residents and motorists in latest snowfall
WASHINGTON, D.C. – National Guard units in several states from the south and Midwest, to the northeast, along a 1,500-mile icy swath of this latest winter storm, were called to action helping clear snow and assist stranded motorists, among other missions over the last couple of days.
A report from the National Guard Coordination Center notes that close to 600 Guard members from Arkansas, Alabama, Kentucky, Mississippi, New Jersey, Tennessee, West Virginia and Virginia are supporting response missions to this winter storm the media has named Thor.
Response missions have run the gamut of providing personnel, transportation and equipment directly assisting state agencies, to rescuing stranded motorists and clearing roadways.
“Conducting a third winter storm response in three weeks is unique,” said Col. Jim Hawkins, Alabama National Guard director of military support. “However, it is well within our capabilities.”
CNN reported Wednesday that weather forecasters expected close to 100 million people would be impacted by the storm, with heavy snow falling in the middle of the Mississippi Valley to the Ohio Valley, the central Appalachians and Mid-Atlantic. These include portions of Kentucky, Ohio, West Virginia, Maryland, Pennsylvania and New Jersey.''',
    quotes=[
        Q('“Conducting a third winter storm', 'is unique,”', "Jim Hawkins"),
        Q('“However, it is well within our capabilities.”', None, "Jim Hawkins"),
    ],
    aliases={"Jim Hawkins": ["Col. Jim Hawkins"]},
),
dict(
    id="gov-en-ngb-iowa-family-winter-storm-draco",
    source="https://www.nationalguard.mil/News/Article-View/Article/574869/iowa-national-guard-soldiers-rescue-family-from-icy-peril-during-storm/",
    license=PD, retrieved=PAGES + " (the stored copy begins with the dateline paragraph, without headline (H131); the paragraph 'W...', cut in the stored copy, dropped)",
    text='''ARLINGTON, Va. - An Iowa family whose van spun off an icy road during winter storm Draco was safe in a warm hotel room thanks to Iowa National Guard members.
Michael Wilson, who was driving his family from northwest Iowa to Ohio, remembered the spin-out Wednesday night left them in a ditch about 8 miles south of Urbana.
“When we were sitting there in the ditch I did wonder how long it would be before somebody stopped,” he told WCRG-TV.
He didn’t have to wonder too long. Soon, a Guard Humvee with four Soldiers pulled up.
Sgt. 1st Class John DeVore told the station, “We got there and we knocked on the door and opened up the van and they were all smiling because we showed up.”
The grateful family has been staying in a hotel and waiting for their van to be towed from the ditch. The driver from the local towing service even drove them for groceries.
The storm, dubbed Draco by The Weather Channel in its new program to raise awareness of winter storms, dropped up to 20 inches of snow in parts of the Midwest.
At least 9 deaths were attributed to storm-related crashes, authorities said. The storm cut power to thousands of users, resulted in cancelation of several hundred holiday flights and shuttered schools and businesses.
But National Guard Soldiers in Iowa and Wisconsin was prepared.
About 133 Wisconsin National Guard members were called to state active duty and were positioned at armories in key locations around the state as a result of a state of emergency.
In Iowa, about 77 Iowa Soldiers were on state active duty, working with the Iowa Department of Transportation to assist stranded motorists, said Lt. Col. Gregory Hapgood of the Iowa National Guard.
Wisconsin Gov. Scott Walker issued an executive order Wednesday to allow state and local governments to prepare the resources they need to respond to the storm, which is projected to dump up to 19 inches of snow between Wednesday and Friday in a storm corridor spanning from south central to northeast Wisconsin.''',
    quotes=[
        Q('“When we were sitting there', 'somebody stopped,”', "Michael Wilson"),
        Q('“We got there and we knocked', 'we showed up.”', "John DeVore"),
    ],
    aliases={"John DeVore": ["Sgt. 1st Class John DeVore"]},
),
dict(
    id="gov-en-ngb-winter-storm-response-wrap-up-12-states",
    source="https://www.nationalguard.mil/News/Article-View/Article/580703/guard-members-wrap-up-winter-storm-response-affecting-12-states/",
    license=PD, retrieved=PAGES + " (the stored copy begins with the dateline paragraph, without headline (H131); the paragraph 'Soldier...', cut in the stored copy, dropped)",
    text='''ARLINGTON, Va. - Guard members in 12 states recently wrapped up a busy past several weeks battling winter weather conditions as back-to-back storms dropped heavy snow and ice in states from the Deep South to New England.
The storm response saw close to 1,500 Airmen and Soldiers providing support to state and local authorities by providing transportation for emergency workers, clearing snow and ice from roadways, performing health and welfare checks and a multitude of other missions. The next challenge for the Guard is preparing for and responding to potential spring flooding and tornado threats, followed by the hurricanes or wildfires in certain states.
Virginia was especially hard hit through this winter storm season.
"It's been a busy three weeks for the Virginia National Guard, and I couldn't be more proud of how our personnel responded to the multiple requests for assistance we received," said Army Brig. Gen. Timothy P. Williams, the adjutant general of the Virginia Guard. "Our personnel rapidly staged and were ready to go when needed, establishing highly effective partnerships with the localities to make sure we could get citizens the assistance they needed."
Soldiers from the Virginia Army Guard began staging at locations throughout the state Feb. 16 with more than 330 Soldiers responding to the snow and ice brought by the storms. At the end of the three-week mission, the Soldiers had delivered more than 6,600 bottles of water and 1,800 meals to those affected by the storms. Aviators from the Virginia Army Guard also conducted an aerial resupply mission to deliver supplies to residents on Tangier Island in the Chesapeake Bay, which was iced in, keeping supplies from reaching the island by boat.
"The Guard has really enhanced our abilities to get to people and places we couldn't reach with the roads being in the shape they are in," said Wise County Sheriff's Office Maj. Grant Kilgore. "These are great guys, and everyone has worked really well together."''',
    quotes=[
        Q('"It\'s been a busy three weeks', 'assistance we received,"', "Timothy P. Williams"),
        Q('"Our personnel rapidly staged', 'assistance they needed."', "Timothy P. Williams"),
        Q('"The Guard has really enhanced', 'shape they are in,"', "Grant Kilgore"),
        Q('"These are great guys,', 'really well together."', "Grant Kilgore"),
    ],
    aliases={
        "Timothy P. Williams": ["Army Brig. Gen. Timothy P. Williams"],
        "Grant Kilgore": ["Wise County Sheriff's Office Maj. Grant Kilgore"],
    },
),
dict(
    id="gov-en-ang-155arw-guard-rescue-in-8-states",
    source="https://www.155arw.ang.af.mil/News/Article-Display/Article/437977/national-guard-to-the-rescue-in-8-states/",
    license=PD, retrieved=PAGES + " (155th Air Refueling Wing, Nebraska Air National Guard, page on af.mil; an Air Force Print News story ('(AFPN)' in the dateline); the breadcrumb 'HomeNewsArticle Display' and the photo caption 'Loadmasters of the Wyoming Air National Guard watch ...', printed twice, dropped; the section 'Colorado', cut in the stored copy, dropped with its heading)",
    text='''National Guard to the rescue in 8 states
ARLINGTON, Va. (AFPN) -- Citizen-Soldiers and Airmen in eight states rescued people and hauled hay to livestock following a severe end-of-year winter storm that stretched from America's northern to southern borders.
Hundreds of Guard members in Colorado, Kansas, Nebraska, New Mexico, Oklahoma, Oregon, Texas and Washington -- sometimes assisted by other states -- spent their holiday season rescuing stranded motorists, carrying medical supplies and restoring power. In Colorado, Kansas and New Mexico, Guard members dropped hay from helicopters and C-130 Hercules aircraft to starving cattle.
At least 13 people in five states died in the storm.
"That responsibility is one of our primary missions, and we have always responded," Maj. Gen. Mason Whitney, Colorado's adjutant general, told the American Forces Information Service. "That's the strength of the National Guard. We are the forward-deployed forces in communities across America for the homeland defense and emergency response mission."
The Joint Operations Center at the National Guard Bureau -- which coordinates Guard operations worldwide -- and other sources provided this picture of Guard members helping citizens dig out from as much as 3 feet of snow.''',
    quotes=[
        Q('"That responsibility is one', 'always responded,"', "Mason Whitney"),
        Q('"That\'s the strength', 'emergency response mission."', "Mason Whitney"),
    ],
    aliases={"Mason Whitney": ["Maj. Gen. Mason Whitney"]},
),
]
