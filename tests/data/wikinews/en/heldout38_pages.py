# Held-out English news pages (tests/data/heldout38-en.jsonl). Like heldout23/25/26/29/31/33/35_pages.py, these texts are
# stored web pages (the `pages` search corpus) of US federal outlets, none of them used in an earlier set: the Navy
# (a navy.mil press release on the CNO's and MCPON's visit to Naval Base Kitsap-Bangor, 2018; a U.S. Pacific Fleet story on
# Adm. Harry B. Harris Jr.'s Thanksgiving visit to USS Michael Murphy, 2013), the Air Force (a 15th Air Force story on the
# ACC commander at Warfighter Exercise 18-1, 2017; an Air Mobility Command story from Air Force Week in Philadelphia,
# 2008; a 115th Fighter Wing copy of a National Guard Bureau story on Superstorm Sandy, 2012), the Army (an army.mil
# story on Soldiers at a Temple, Texas, career day, 2018; an Army Flier story of Fort Rucker's NCO Academy, 2014), the
# National Guard Bureau (nationalguard.mil stories of 2011 and 2013 on storm responses and hurricane preparation), the
# U.S. Geological Survey (a newsroom release on floods before Hurricane Frances, 2004) and NIST (two Tech Beat issues,
# 2001 and 2013). All are works of the US government and in the public domain (17 U.S.C. § 105); none is credited to AP,
# Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, site headers, date and byline lines, photo
# captions, media-contact blocks and link lines are dropped; wording, spelling, spacing inside a paragraph and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H184-H187 in ANNOTATION.md on
# top of H1-H181).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout38-en.jsonl

Built by `build.py` from `heldout38_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en and heldout35-en, these texts are stored web pages (the `pages` search corpus) of US federal outlets, none of
them used in a set above: the Navy (navy.mil press release on the CNO's and MCPON's visit to Naval Base Kitsap-Bangor,
2018; U.S. Pacific Fleet story on Adm. Harry B. Harris Jr.'s Thanksgiving visit to USS Michael Murphy, 2013), the Air
Force (15th Air Force story on the ACC commander at Warfighter Exercise 18-1, 2017; Air Mobility Command story from Air
Force Week in Philadelphia, 2008; 115th Fighter Wing copy of a National Guard Bureau story on Superstorm Sandy, 2012), the
Army (army.mil story on Soldiers at a Temple, Texas, career day, 2018; Army Flier story of Fort Rucker's NCO Academy, 2014),
the National Guard Bureau (nationalguard.mil stories of 2011 and 2013 on storm responses and hurricane preparation), the
U.S. Geological Survey (newsroom release on floods before Hurricane Frances, 2004) and NIST (two Tech Beat issues, 2001
and 2013). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Navigation, site headers, date and byline lines, captions, media-contact blocks and link lines
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by
title, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The
annotation (rules H184–H187 in `ANNOTATION.md` on top of H1–H181) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="navy-2018-04-cno-mcpon-visit-naval-base-kitsap-bangor",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2237801/cno-and-mcpon-visit-naval-base-kitsap-bangor",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the lead paragraph after the site header lines, which were dropped (H131); the paragraph '\"It was a joy and an honor to showcase the Nevada crews, ...,” said Capt. Ryan Heilman, ... “It was a ...', cut in the stored copy, dropped)",
    text='''The Chief of Naval Operations (CNO), Adm. John Richardson, and Master Chief Petty Officer of the Navy (MCPON) Russell Smith visited Naval Base Kitsap (NBK) Bangor, April 24.
During the trip, they visited Submarine Group 9, reenlisted four Sailors at Deterrent Park, went to the Ohio-class ballistic missile submarine USS Nevada (SSBN 733) for lunch and to visit with Sailors, and held an all hands call.
One of the Sailors who reenlisted was Electronics Technician (Navigation) James Evans, from Avon, Ohio, assigned to Submarine Development Squadron 5 Detachment Poseidon. During the oath, he placed his left hand on a 1938 Bluejacket’s manual that had belonged to his grandfather, who had served as a Yeoman on a steam-powered tugboat.
“This was not something I was expecting when I put in my reenlistment paperwork,” said Evans. “The Navy has given me a lot and I have a few more years to give to the Navy. When they told me I was going to have the opportunity to be reenlisted by the Navy’s top man, I jumped at the chance. It was a real honor. If I decide to go any further, it is going to take a lot of thinking to be able to top this reenlistment.”
Following the reenlistments, they went to have lunch and meet the crew of Nevada. Upon arrival, he pinned an enlisted submarine warfare device, or "dolphins", onto Electronics Technician (Nuclear) 3rd Class Sean Hill, from Tallahassee, Florida.
"It was an honor to be pinned by the CNO, former director of nuclear reactors, a submariner himself," said Hill. "It gives me great pride to say that I am now officially part of this submarine family."
The CNO had lunch with officers in the wardroom, while MCPON Smith enjoyed lunch with the crew. Then the group toured the submarine spaces.''',
    quotes=[
        Q('“This was not something', 'reenlistment paperwork,”', "James Evans"),
        Q('“The Navy has given me', 'top this reenlistment.”', "James Evans"),
        Q('"dolphins"', None, None),
        Q('"It was an honor to be pinned', 'a submariner himself,"', "Sean Hill"),
        Q('"It gives me great pride', 'submarine family."', "Sean Hill"),
    ],
    aliases={"James Evans": ["Electronics Technician (Navigation) James Evans", "Evans"],
             "Sean Hill": ["Electronics Technician (Nuclear) 3rd Class Sean Hill", "Hill"]},
),
dict(
    id="cpf-2013-11-28-harris-ramirez-visit-uss-michael-murphy-thanksgiving",
    source="https://www.cpf.navy.mil/Newsroom/News/Article/2750665/pacific-fleet-commander-fleet-master-chief-visit-uss-michael-murphy-sailors-on/",
    license=PD, retrieved=PAGES + " (site header lines, the date line '28 November 2013' and the byline 'From Mass Communication Specialist 1st Class Amanda Dunford, U.S. Pacific Fleet Public Affairs' dropped; the summary line under the headline kept as a line; the last paragraph 'USS Mic...', cut in the stored copy, dropped)",
    text='''Pacific Fleet Commander, Fleet Master Chief visit USS Michael Murphy Sailors on Thanksgiving
Adm. Harry Harris and Fleet Master Chief Marco Ramirez stopped by the ship in Pearl Harbor on Thanksgiving to say thanks to those aboard standing duty.
PEARL HARBOR, Hawaii - Adm. Harry B. Harris Jr., commander of U.S. Pacific Fleet and U.S. Pacific Fleet Master Chief Marco Ramirez, visited Sailors aboard the guided-missile destroyer USS Michael Murphy (DDG 112) on Thanksgiving.
Harris walked the spaces and thanked Sailors for their dedication and hard work on a day most people spend with their loved ones.
"I dropped by this impressive warfighting ship to express my gratitude to the Sailors here, and throughout the U.S. Pacific Fleet, who are working on Thanksgiving," Harris said. "I want to personally thank all the Sailors standing the watch at sea, our faithful Navy civilians, and our families for their support."
The visit was a welcome surprise for Sailors standing watch on the ship.
"I was originally upset that I had duty today, but once I learned that the 4-star was coming, it made my day," said Seaman Apprentice Christopher Back, who was standing Messenger of the Watch. "I'm very grateful he came aboard today, it's not an opportunity that every Sailor gets and I'm very honored to have met him."
Cmdr. Corey Turner, Michael Murphy's commanding officer, was grateful Harris thanked the Sailors.
"On behalf of the entire crew, I'm very thankful Adm. Harris took time out of his holiday to see our ship and talk to the crew," Turner said.''',
    quotes=[
        Q('"I dropped by this impressive', 'working on Thanksgiving,"', "Harry B. Harris Jr."),
        Q('"I want to personally thank', 'for their support."', "Harry B. Harris Jr."),
        Q('"I was originally upset', 'it made my day,"', "Christopher Back"),
        Q('"I\'m very grateful he came', 'to have met him."', "Christopher Back"),
        Q('"On behalf of the entire crew', 'talk to the crew,"', "Corey Turner"),
    ],
    aliases={"Harry B. Harris Jr.": ["Adm. Harry B. Harris Jr.", "Adm. Harry Harris", "Harry Harris", "Adm. Harris", "Harris"],
             "Christopher Back": ["Seaman Apprentice Christopher Back"],
             "Corey Turner": ["Cmdr. Corey Turner", "Turner"]},
),
dict(
    id="15af-2017-10-acc-commander-witnesses-integrated-readiness",
    source="https://www.15af.acc.af.mil/News/Article/1342187/acc-commander-witnesses-integrated-readiness/",
    license=PD, retrieved=PAGES + " (the 'News Search' line, the 'Published' line and the byline 'By Senior Airman Janiqua P. Robinson, 23rd Wing Public Affairs' dropped; the paragraph '“It’s a pretty big deal when a four-star [major command] commander is willing to spend a whole day with us to look at how we’re integrating in a division-...', cut in the stored copy, dropped)",
    text='''ACC commander witnesses integrated readiness
The commander of Air Combat Command visited Airmen belonging to the 18th Air Support Operations Group during Warfighters Exercise (WFX) 18-1 Oct. 9.
U.S. Air Force Gen. Mike Holmes observed the WFX, which is designed to test a commander’s ability to direct their forces and successfully defeat the enemy.
WFX 18-1 tested 10th Mountain Division Commander U.S. Army Maj. Gen. Walter E Piatt and also assessed the ability of everyone under his command to successfully execute their missions, including Air Force assets allocated to him.
“This was a chance for me to see them in action alongside the Army division they’re aligned with,” Holmes said. “It’s about developing our leaders in our air support operations group and squadrons to bring everything the Air Force provides in combined arms combat alongside the Army.”
Whenever Soldiers or Airmen go downrange, a commander is responsible for every decision made, from deciding which teams battle what threats to approving strategies and providing additional support.
“This exercise helps the Air Force and Army build our readiness to face-off in contested environments against peer adversaries,” Holmes explained. “It’s really great to get out to where Airmen are doing the business of the Air Force. It helps us to remember our job is to make sure they have the training, tools, and equipment they need to succeed while they’re finding new ways to win.”
Airmen have to find ways to be successful as tactical air control party members, joint terminal attack controllers, and weather technicians out in the field, and there was no better way to highlight their capabilities than to show Holmes what they do.''',
    quotes=[
        Q('“This was a chance for me', 'they’re aligned with,”', "Mike Holmes"),
        Q('“It’s about developing our leaders', 'alongside the Army.”', "Mike Holmes"),
        Q('“This exercise helps the Air Force', 'against peer adversaries,”', "Mike Holmes"),
        Q('“It’s really great to get out', 'new ways to win.”', "Mike Holmes"),
    ],
    aliases={"Mike Holmes": ["U.S. Air Force Gen. Mike Holmes", "Gen. Mike Holmes", "Holmes"]},
),
dict(
    id="amc-2008-05-officials-explain-humanitarian-operations-air-force-week",
    source="https://www.amc.af.mil/News/Article-Display/Article/147607/officials-explain-humanitarian-operations-during-air-force-week",
    license=PD, retrieved=PAGES + " (site header lines, the 'Published' line and the byline 'By Tech. Sgt. Ben Gonzales, Air Force News Agency' dropped; the paragraph '\"(Humanitarian operations) is about taking care of others,\" General Kelly said. \"It\\'s about facing challenges and overcoming them to preserve life and hopefully preserve th...', cut in the stored copy, dropped)",
    text='''Officials explain humanitarian operations during Air Force Week
Senior mobility and medical Air Force officials met with the mayor of Philadelphia and other community leaders to explain how Airmen provide hope around the world through humanitarian operations May 29 at the National Liberty Museum here.
Lt. Gen. Christopher A. Kelly, vice commander of Air Mobility Command from Scott Air Force Base, Ill., led the Global Presence Seminar after being publicly welcomed by Philadelphia Mayor Michael A. Nutter.
Other panel members included Col. James Henderson II, the director of the Air Force Center for Engineering and the Environment at Brooks-City Base, Texas; and Col. Donald Thompson, a senior medical evaluator for strategic plans and operations in the Department of Defense's Office of the Inspector General at the Pentagon. The seminar highlighted heroism and humanitarian actions of the Air Force and was part of Air Force Week in Philadelphia.
"Every week is Air Force Week here," Mayor Nutter said to the standing-room-only audience. "We appreciate everything you do every day, every week and every year. You make Philadelphia and this country safe and very proud."
Recalling the history of humanitarian operations by the Air Force, General Kelly said Airmen began providing assistance just weeks after the creation of the service with the Berlin Airlift and men and women in blue have continued that tradition of care through the years.''',
    quotes=[
        Q('"Every week is Air Force Week here,"', None, "Michael A. Nutter"),
        Q('"We appreciate everything you do', 'safe and very proud."', "Michael A. Nutter"),
    ],
    aliases={"Michael A. Nutter": ["Philadelphia Mayor Michael A. Nutter", "Mayor Nutter"]},
),
dict(
    id="army-2018-03-heavy-truck-soldiers-adopted-school-career-day",
    source="https://www.army.mil/article/202042/heavy_truck_soldiers_educate_entertain_children_at_adopted_school",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the lead paragraph (H131), whose 'Solders' is as stored; the paragraph 'Hall said the most important part of career day ... \"It\\'s good for them to see someone in uniform and someone they c...', cut in the stored copy, dropped)",
    text='''Solders assigned to the 96th Transportation Company (96TC), 553rd Combat Sustainment Support Battalion (553rd CSSB), 1st Cavalry Division Sustainment Brigade (1CDSB), spent the day educating students at Western Hills Elementary in Temple, Texas, March 9.
The soldiers had the opportunity to take part in the school's career day to teach the students about life in the Army, and of course, to take the opportunity to lead the children in some physical training.
The soldiers told the children about the diversity of occupations in the Army, informed them about the heavy equipment transporter systems that Heavy Truck is famous for, organized a pushup competition and relay race and even distributed candy to the children for a job well done.
"The military is an area of interest for a lot of these kids," said Kristy Hall, Western Hills second-grade teacher. "Many of them have family members who served or are currently serving, and a lot of them, although they are obviously still very young, want to pursue a career in the military as well."
Staff Sgt. Cherelle Hatcher, heavy equipment operator, 96TC, 553rd CSSB, 1CDSB, one of the soldiers who helped organize the presentation, was most impressed with the enthusiasm of the students.
"These kids have so much energy, so many questions, and you can just tell that they are genuinely excited about the Army," said Hatcher.
Soldiers who participated and school employees both voiced their opinions of how valuable an opportunity this was to showcase, what soldiers do on a day to day basis.
"The children love to see our soldiers, and they have a lot of respect for what they do," said Deborah Donofrio, Western Hills school librarian. "A lot of them have the plan to be soldiers one day, and they get excited about seeing what they do."''',
    quotes=[
        Q('"The military is an area of interest', 'these kids,"', "Kristy Hall"),
        Q('"Many of them have family members', 'military as well."', "Kristy Hall"),
        Q('"These kids have so much energy', 'excited about the Army,"', "Cherelle Hatcher"),
        Q('"The children love to see our soldiers', 'what they do,"', "Deborah Donofrio"),
        Q('"A lot of them have the plan', 'seeing what they do."', "Deborah Donofrio"),
    ],
    aliases={"Cherelle Hatcher": ["Staff Sgt. Cherelle Hatcher", "Hatcher"]},
),
dict(
    id="rucker-2014-03-28-ncoa-gives-back-to-community",
    source="https://www.rucker.army.mil/pao/armyflier/2014/03/27/Ncoa_gives_back_to_community/",
    license=PD, retrieved=PAGES + " (the post's hotline, link and navigation lines, the photo caption (printed twice) and the 'Published: March 28, 2014' line dropped; the paragraph '“It’s always nice to help out these veterans, ...,” said Buhl. “We...', cut in the stored copy, dropped)",
    text='''NCOA gives back to community
FORT RUCKER, Ala. (March 28, 2014) -- Life as a Soldier is about commitment in service to one’s nation, and Soldiers of Fort Rucker’s NCO Academy makes sure to extend that service to their local community.
The NCOA’s various classes serve the community through many volunteering projects, making sure that Soldiers stay true to the three characteristics of being a Soldier: competence, character and commitment, said Staff Sgt. Mark Buhl, NCO Academy.
“We do a lot of community projects that vary for class to class,” he said. “Seeing us out there volunteering our time for a local organization is extremely important. This is just our way of giving back to the community.”
Recently graduated Class 14-001’s project took Soldiers to the Veterans of Foreign Wars Post 6683 in Enterprise where they helped with heavy lifting, painting and repairs, and even constructed a swing set that was donated by the community.''',
    quotes=[
        Q('“We do a lot of community projects', 'class to class,”', "Mark Buhl"),
        Q('“Seeing us out there', 'back to the community.”', "Mark Buhl"),
    ],
    aliases={"Mark Buhl": ["Staff Sgt. Mark Buhl"]},
),
dict(
    id="usgs-2004-09-03-floods-persist-as-frances-approaches",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=76.html",
    license=PD, retrieved=PAGES + " (the archive banner, site navigation, the 'Released: 9/3/2004' line, the contact block and the 'Note to Editors' line dropped; the paragraph '\"Our most challenging task for the next 3 to 5 days is to make sure our streamgages remain operationa...', cut in the stored copy, dropped)",
    text='''Floods Persist from Virginia to Florida as Frances Approaches
Streamgages continue to measure new daily record high flows on waterways along the U.S. eastern seaboard as yet another hurricane promises to deliver more rain to parts of the already soggy region. Although flooding in the immediate Richmond area receded quickly earlier this week, the city may receive additional heavy rainfall from Frances in coming days. But scientists at the U.S. Geological Survey (USGS) are calling the outlook for much of Florida "serious" as Frances is expected to deliver major flooding to the already soaked state.
"Some high water from Hurricane Charley still remains in the central part of Florida," said Robert Hirsch, USGS associate director for water. "And with the forecast of more than a foot of rain from Frances in some areas, residents should expect flooding, not just in the vicinity of streams, but in any low lying area."
On Monday, Tropical Storm Gaston dropped 4 to 10 inches of rain across central Virginia, and 10 to 14 inches in parts of the City of Richmond. The precipitation was so intense in some areas of the City that the capacity of gutters, drains, and storm sewers to convey runoff to stream channels was exceeded, resulting in notable and deadly flooding. This is exactly the kind of problem that Frances may bring to many areas in Florida.''',
    quotes=[
        Q('"serious"', None, None),
        Q('"Some high water from Hurricane Charley', 'part of Florida,"', "Robert Hirsch"),
        Q('"And with the forecast', 'any low lying area."', "Robert Hirsch"),
    ],
    aliases={},
),
dict(
    id="nist-techbeat-2013-05-28-video-what-is-nist",
    source="http://www.nist.gov/public_affairs/tech-beat/tb20130528.cfm",
    license=PD, retrieved=PAGES + " (the logo line, the issue header 'Tech Beat - May 28, 2013', the archive, subscription, editor and contact lines, the media-contact line and the comment/back-to-top line dropped; the next item 'Novel Metamaterial \\'Flat Lens\\' Creates 3D Images in Free Space', whose only paragraph is cut in the stored copy, dropped with its headline)",
    text='''Video Aims to Answer “What is NIST?”
What's the most formidable challenge faced by the staff of the National Institute of Standards and Technology (NIST)? Designing atomic clocks accurate for billions of years? Manipulating individual atoms to create new alloys? No, the one task that will even have a quantum physicist shaking in his boots is answering the question, "What is NIST?"
And to make it even more daunting, what if the description must be simple, clearly define the NIST mission, reflect on more than 100 years of history, engage the audience, and be delivered in only two-and-a-half minutes!
Attempting to meet that challenge is a new video on NIST's YouTube channel (www.youtube.com/usnistgov) featuring Under Secretary of Commerce for Standards and Technology and NIST Director Patrick Gallagher. In the video, titled "NIST Illustrated," Gallagher's description of what drives NIST, makes it work and gives it value for all Americans comes to life using "telestration" where an artist's hand rapidly draws words and images that illustrate difficult-to-visualize concepts (such as "innovation," "globalization" and "deep technical roots").
Let us know through comments on our YouTube channel what you think!''',
    quotes=[
        Q('“What is NIST?”', None, None),
        Q('"What is NIST?"', None, None),
        Q('"NIST Illustrated,"', None, None),
        Q('"telestration"', None, None),
        Q('"innovation,"', None, None),
        Q('"globalization"', None, None),
        Q('"deep technical roots"', None, None),
    ],
    aliases={},
),
dict(
    id="nist-techbeat-2001-11-ultracold-plasmas",
    source="https://webarchive.library.unt.edu/eot2008/20080916053515/http:/www.nist.gov/public_affairs/techbeat/tb2001_1112.htm",
    license=PD, retrieved=PAGES + " (an End of Term web archive copy of the NIST Tech Beat page; the navigation line, the link line '[NIST Tech Beat Search] ...' and the 'blue divider' image text dropped, the image text 'bullet' before each contents line dropped; the third paragraph 'Rolston and his group are continuing to refine their experiments ..., whic...', cut in the stored copy, dropped)",
    text='''November/December 2001
In This Issue:
Ultracold Plasmas Are a Chilling Puzzle
A Trip to the ‘Library’ May Help Catch Computer Villians
New NIST Test Says ‘Y’ Be Uncertain about DNA Identification
New Imaging Tool Has X-Ray Eyes
NIST Named National Historic Chemical Landmark
Video Says ‘SURF’s Up’ Again for NIST Summer Student Program
Tech Trivia
Physics
Ultracold Plasmas Are a Chilling Puzzle
Plasmas, which include the bright glowy stuff in a fluorescent lamp, are clouds in which ions and free electrons move around independently as charged particles. Plasma is thought to be the most common form of matter in the universe, but it’s usually pretty hot. The plasma in a solar corona can have a temperature in the millions of degrees. Researchers at the National Institute of Standards and Technology’s Physics Laboratory, however, have created “ultracold” plasmas—with the electrons about a degree above absolute zero—by cooling neutral atoms to within a hundred-thousandth of a degree of absolute zero and then zapping them with just enough laser energy to separate the electrons and ions to achieve the plasma state.
One of the key measures of any plasma is the recombination rate—how fast the ions and electrons recombine to form neutral atoms. Theory says there are three main recombination processes, and their efficiency varies in a known way with temperature and density. However, NIST physicist Steven Rolston says that in practice, an expanding ultracold plasma recombines much faster than expected at very low densities—so much faster that no existing theory describes it.''',
    quotes=[
        Q('‘Library’', None, None),
        Q('‘Y’', None, None),
        Q('‘SURF’s Up’', None, None),
        Q('“ultracold”', None, None),
    ],
    aliases={},
),
dict(
    id="ngb-2013-05-02-guard-train-respond-natural-disasters",
    source="https://www.nationalguard.mil/News/Article-View/Article/574424/national-guard-members-continue-to-train-respond-to-natural-and-other-disasters/",
    license=PD, retrieved=PAGES + " (site header lines, 'Home : News : Article View', the date line 'NEWS | May 2, 2013' and the byline 'By Sgt. 1st Class Jon Soucy National Guard Bureau' dropped; the paragraph 'In early April, United States Northern Command and U.S. Army North worked with ... in a hu...', cut in the stored copy, dropped)",
    text='''National Guard members continue to train, respond to natural and other disasters
ARLINGTON, Va. - Members of the National Guard continue to stand ready and prepare for response to possible natural disasters and other events as the summer months, and the potential for hurricanes and tornadoes, approaches.
The Alabama National Guard recently ran a hurricane preparedness exercise where they worked with local, state and federal officials and practiced hurricane response plans.
"This is an exciting event," said Army Brig. Gen. Allen Harrell, director of the joint staff with the Alabama National Guard. "I am pleased with how good we have gotten. We are synchronized and coordinated in our expected missions. I am convinced that if we can get our (troops) mobilized and to the point of need, that we can effectively accomplish the mission."
Members of the Alabama Guard are scheduled to follow up this training with a weeklong hurricane response exercise to be conducted in May.
This recent training, and the upcoming training in May, has worked to seal the relationship between the Alabama Guard and local and state authorities.
"The (Alabama Emergency Management Agency) and the Alabama National Guard's relationship is seamless," said Jeff Byard, AEMA executive operations officer. "All I have to do is ask and the National Guard responds. The Alabama National Guard is the best in the nation — EMA could not do what they do without them."''',
    quotes=[
        Q('"This is an exciting event,"', None, "Allen Harrell"),
        Q('"I am pleased with how good', 'accomplish the mission."', "Allen Harrell"),
        Q('"The (Alabama Emergency Management Agency)', 'is seamless,"', "Jeff Byard"),
        Q('"All I have to do is ask', 'without them."', "Jeff Byard"),
    ],
    aliases={"Allen Harrell": ["Army Brig. Gen. Allen Harrell"]},
),
dict(
    id="115fw-2012-11-national-guard-essential-in-storm-response",
    source="https://www.115fw.ang.af.mil/Media/Article-Display/Article/442801/national-guard-essential-in-storm-response/",
    license=PD, retrieved=PAGES + " (a 115th Fighter Wing copy of a National Guard Bureau story; the breadcrumb line 'HomeMediaArticle Display' dropped; the paragraph 'This morning, more than 2,800 Army and Air National Gua...', cut in the stored copy, dropped)",
    text='''National Guard essential in storm response
ARLINGTON, Va. -- National Guard members have played a key role in the large-scale, coordinated, whole-of-government response to the domestic emergencies triggered by Superstorm Sandy and Winter Storm Athena, saving lives, protecting infrastructure and supporting recovery.
"Teamwork between all responding agencies, dual status commanders in New York and New Jersey, Emergency Management Assistance Compacts and the National Guard Coordination Center here have been some of the key ingredients of success tackling the aftermath of these storms," said Army Gen. Frank Grass, the chief of the National Guard Bureau.
"We are incredibly fortunate to have a force of Citizen-Soldiers and -Airmen who have spent more than a decade serving at home and overseas and have reached a peak of readiness in the National Guard's almost 376-year history," Grass said. "These are highly trained troops, many of them combat veterans, using some of the best equipment we have ever had. They continue to perform magnificently at home and overseas.
"What is perhaps most striking to me is that after more than a decade of a high operational tempo, Guard members are eager to serve and to meet our nation's needs both here at home and overseas," he said. "We had troops showing up in uniform at their local readiness centers before they had even been called, before Sandy had even hit. We had troops helping their neighbors even though their own homes had been damaged. We are just privileged as a nation to benefit from that kind of incredible spirit for service."
At the peak of operations, almost 12,000 Guard members from 21 states and the District of Columbia supported the response.
"Guard members' families and their employers should also take credit for helping people affected by these storms," Grass said. "Without supportive families and employers, we could not do what we do."''',
    quotes=[
        Q('"Teamwork between all responding agencies', 'aftermath of these storms,"', "Frank Grass"),
        Q('"We are incredibly fortunate', '376-year history,"', "Frank Grass"),
        Q('"These are highly trained troops', 'at home and overseas.', "Frank Grass"),
        Q('"What is perhaps most striking', 'here at home and overseas,"', "Frank Grass"),
        Q('"We had troops showing up', 'spirit for service."', "Frank Grass"),
        Q('"Guard members\' families', 'by these storms,"', "Frank Grass"),
        Q('"Without supportive families', 'what we do."', "Frank Grass"),
    ],
    aliases={"Frank Grass": ["Army Gen. Frank Grass", "Grass"]},
),
dict(
    id="ngb-2011-05-27-wicked-weather-national-guard-responds",
    source="https://www.nationalguard.mil/News/Article-View/Article/608687/wicked-weather-the-national-guard-responds",
    license=PD, retrieved=PAGES + " (site header lines, 'Home : News : Article View', the date line 'NEWS | May 27, 2011' and the byline 'By American Forces Press Service Cheryl Pellerin' dropped; the paragraph 'The armory is without power and gas, \"but we\\'re still using it to help in the response,\" Harris said, ... \"So it\\'s still a part of the community and still work...', cut in the stored copy, dropped)",
    text='''Wicked weather: The National Guard responds
WASHINGTON - More than 3,400 men and women of the National Guard are on the ground in seven states helping communities damaged by deadly tornadoes and floods, Army Maj. Gen. David L. Harris said Thursday.
Harris, director of domestic operations and force development for the National Guard Bureau, spoke in a joint interview with the Pentagon Channel and American Forces Press Service.
The states include Alabama, Arkansas, Minnesota, Mississippi, Missouri, Oklahoma and Wisconsin, Harris said.
Guard members are working with local and state officials, police and emergency responders in Joplin, Mo., he said, where a powerful tornado struck Sunday, causing at least 125 deaths, more than 750 injuries and damage to homes and businesses.
The National Guard Citizen-Soldiers there are working in the life-saving phase, which Harris said lasts 72 to 96 hours before they transition to the recovery phase.
Soldiers are searching debris for survivors, working with local law enforcement to provide security, going house to house doing wellness checks of people who have no power, water or gas.
"We know that there are many still unaccounted for and our hearts go out to the community," Harris said. "It just couldn't be any harder than not knowing the status of a loved one." In Joplin, he added, the roof was torn off the National Guard Armory.''',
    quotes=[
        Q('"We know that there are many', 'out to the community,"', "David L. Harris"),
        Q('"It just couldn\'t be any harder', 'status of a loved one."', "David L. Harris"),
    ],
    aliases={"David L. Harris": ["Army Maj. Gen. David L. Harris", "Maj. Gen. David L. Harris", "Harris"]},
),
dict(
    id="ngb-2011-02-01-guardmembers-respond-to-years-biggest-storm",
    source="https://www.nationalguard.mil/News/Article-View/Article/590326/2-pm-est-update-2500-national-guardmembers-respond-to-years-biggest-storm/",
    license=PD, retrieved=PAGES + " (site header lines, 'Home : News : Article View', the date line 'NEWS | Feb. 1, 2011' and the byline 'By Air Force Tech. Sgt. John Orrell National Guard Bureau' dropped; the paragraph 'Until the Missouri National Guard is recalled back to their home stations by the governor, they will be performing health and w...', cut in the stored copy, dropped)",
    text='''2 p.m. EST UPDATE: 2,500 National Guardmembers respond to year's biggest storm
WASHINGTON - More than 72 hours into a winter storm that halted traffic, canceled airline flights and knocked out power to hundreds of thousands of people from Texas to Maine, the National Guard is continuing relief operations in seven states.
Some states have already completed their missions, but National Guardmembers from Illinois, Indiana, Iowa, Kansas, Missouri, Oklahoma and Texas still are battling the elements and long hours to ensure the safety of their citizens.
With 567 Guardmembers still on state active duty and 295 Guardmembers providing home station support, the Missouri National Guard has the largest contingency of Guardmembers still performing relief efforts.
Because Missouri’s Citizen-Soldiers and Airmen were pre-positioned in the areas that were expected to be hit hardest before the storm, they were ready to conduct missions as soon as help was requested, said Army Maj. Gen. Stephen L. Danner, the Show-Me state’s adjutant general.
“Gov. Jay Nixon knew this storm [had] the potential to cause major damage, so he gave us guidance to lean forward and be prepared to combat the worst,” Danner said.
“By getting our troops out to their task forces early, we sent a message to Missourians that this was going to be a serious storm and that help had already arrived. Although there’s no way to measure it, we know that early action saved lives.”''',
    quotes=[
        Q('“Gov. Jay Nixon knew this storm', 'combat the worst,”', "Stephen L. Danner"),
        Q('“By getting our troops out', 'early action saved lives.”', "Stephen L. Danner"),
    ],
    aliases={"Stephen L. Danner": ["Army Maj. Gen. Stephen L. Danner", "Danner"]},
),
]
