# Held-out English news texts (tests/data/heldout56-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies (public domain, 17 U.S.C. § 105): two Air Force stories on the wings' own
# sites (mildenhall.af.mil, 2000s; 552acw.acc.af.mil, 2020), an American Forces Press Service story reposted verbatim on a
# military news blog (2007), three Navy News Service stories reposted verbatim (a message board, 2004; globalsecurity.org,
# 2008; a military news blog, 2014), a VA feature on va.gov (2011), a VA Western New York release reposted verbatim on a
# local news site under the line 'From the VA Medical Center:', and a USDA Rural Development release on rd.usda.gov. None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and a cut paragraph is dropped (noted in `retrieved`). Site headers, navigation, 'Published' and date lines, story
# numbers, blog post dates, 'Posted on ... by' lines, photo captions and alt texts, download links and site footers are
# dropped; bylines of reposted service stories are kept as lines (as in heldout51-en); a hard-wrapped blog copy is joined
# (H214); trailing spaces at paragraph ends are removed; wording, spelling, spacing inside paragraphs and quotation marks
# are as stored. Annotated by reading the texts, before whosaid was run on them (rules H277-H281 in ANNOTATION.md on top
# of H1-H271).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout56-en.jsonl

Built by `build.py` from `heldout56_pages.py`. Like heldout50-en, heldout52-en and heldout54-en, these texts are stored web
pages (the `pages` search corpus), none of them used in a set above. All nine are news items of US federal agencies (public
domain, 17 U.S.C. § 105): two Air Force stories on the wings' own sites (the departure of about 100 Airmen from RAF
Mildenhall, mildenhall.af.mil; the 726th Air Control Squadron's delayed homecoming, 552acw.acc.af.mil, 2020); an American
Forces Press Service story on the 380th Air Expeditionary Wing (2007) reposted verbatim on a military news blog; three Navy
News Service stories reposted verbatim (the USS Memphis homecoming at Groton, 2004, on a message board; the Nassau
Expeditionary Strike Group's community relations projects at Souda Bay, 2008, on globalsecurity.org; the USS Abraham
Lincoln community relations day, 2014, on a military news blog); a VA feature on va.gov (the National Salute to
Veteran Patients Week, 2011); a VA Western New York Healthcare System release reposted verbatim on a local news site
(thebatavian.com) under the line 'From the VA Medical Center:'; and a USDA Rural Development release on rd.usda.gov
(water infrastructure funding, Gilmore City, Iowa). None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site
headers, navigation, date and story-number lines, 'Posted on ... by' lines, captions, alt texts, download links and
footers were dropped; bylines of reposted service stories were kept as lines; a hard-wrapped blog copy was joined (H214);
wording and quotation marks are as stored. None of these texts is used in any set above (checked by URL and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H277–H281 in `ANNOTATION.md` on top of
H1–H271) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-mildenhall-airmen-depart-big-push",
    source="http://www.mildenhall.af.mil/News/Article-Display/Article/273283/the-big-push-airmen-depart-raf-mildenhall-for-deployed-locations/",
    license=PD, retrieved=PAGES + " (100th Air Refueling Wing story on mildenhall.af.mil; the 'Published' and byline lines dropped; the paragraph 'With her head on her husband's shoulder, Christine Mellor, wife of Airman 1st Class Tylor Ketring, said, \"I'm worried, ... I know he'll be', cut in the stored copy, dropped)",
    text='''The big push - Airmen depart RAF Mildenhall for deployed locations
The largest group of Air Expeditionary Force responders this cycle - about 100 Team Mildenhall members - departed for various locations in Southwest Asia Friday.
The passenger terminal was packed. Families cuddled in nearly every corner of the ground level. Supportive comments from commanders floated up to the ceiling while the sounds of children danced along the tile floor. Every so often a voice came over the loudspeaker to spread a message about security vigilance while traveling.
"It's been an emotional roller coaster," said Master Sgt. Julie Privette, from the 100th Services Squadron, while referencing the three-day departure delay.
"I just want to start the clock and get it over with," she said as she hugged her 8-year-old daughter Rachel.
The flight was held up from its original itinerary due to mechanical problems. Now, ready and receiving fuel, the aircraft awaited the loading of its passengers - whether they were eager or not.
"I'm looking forward to it," Staff Sgt. Travis Register, from the 100th Logistics Readiness Squadron, said. "I've never been to that part of the world."
The mixed mass of travelers included folks deploying by themselves and others leaving with a group such as the firefighters and those who will perform escort duties downrange. For some, deploying was a familiar task, while others were embarking on their first adventure of this type.
"Excited? So-so," Airman 1st Class Matthew Hutchinson, from the 100th SVS, said. "I'm not sure what's going to happen."
This is Airman Hutchinson's first deployment.
The uncertainty is surely the culprit behind family members' concerns as well.''',
    quotes=[
        Q('"It\'s been an emotional roller coaster,"', None, "Julie Privette"),
        Q('"I just want to start the clock and get it over with,"', None, "Julie Privette"),
        Q('"I\'m looking forward to it,"', None, "Travis Register"),
        Q('"I\'ve never been to that part of the world."', None, "Travis Register"),
        Q('"Excited? So-so,"', None, "Matthew Hutchinson"),
        Q('"I\'m not sure what\'s going to happen."', None, "Matthew Hutchinson"),
    ],
    aliases={"Julie Privette": ["Master Sgt. Julie Privette"],
             "Travis Register": ["Staff Sgt. Travis Register"],
             "Matthew Hutchinson": ["Airman 1st Class Matthew Hutchinson", "Airman Hutchinson"]},
),
dict(
    id="af-552acw-726th-acs-deployed-wingmen-2020",
    source="https://www.552acw.acc.af.mil/News/Article-Display/Article/2212176/deployed-airmen-find-hope-resiliency-through-wingmen/",
    license=PD, retrieved=PAGES + " (366th Fighter Wing Public Affairs story on the 552nd Air Control Wing's site; the 'Published' and byline lines dropped; the paragraph '“We definitely saw a mutually beneficial camaraderie with families ...,” Barber said. “They were hosting virtual coffee hours ... maintain a social life w', cut in the stored copy, dropped)",
    text='''Deployed Airmen find hope, resiliency through wingmen
As COVID-19 continues to impact deployments around the world, Airmen down-range found hope in their wingmen and showed true resiliency when challenges were thrown their way.
Due to the unforeseen mission impacts due to COVID-19, the 729th Air Control Squadron at Hill AFB, Utah, was unable to replace the members of the 726th ACS on time. This pushed back the 726th redeployment date by almost a month.
As COVID-19 began to ramp up, Airman 1st Class Barbara Miller, 726th ACS surveillance technician, knew her homecoming would not be the same.
“During month seven we still didn’t know when we were coming home,” Miller, a first-time deployer, said. “Our leadership was transparent and they were doing what they could to get us back.”
Despite their best efforts, the delay was still disheartening to many. But Miller found ways to stay positive and keep pushing forward.
“We got to work with our coalition partners and the Marines,” Miller explained. “I couldn’t have asked for a better support system; they make the job easier. We knew there would be a light at the end of the tunnel somewhere.”
Positivity in the midst of hardship can be difficult but as it took root in the squadron people began to notice, including Lt. Col. Richard Barber, 726th ACS commander.
“There were many mental and physical challenges that they had to go through with this deployment,” Barber said. “These Airmen adapted so well with the changes that were thrown their way.”
Not only did the Airmen come together during this time of uncertainty, but so did their families back home.''',
    quotes=[
        Q('“During month seven', 'coming home,”', "Barbara Miller"),
        Q('“Our leadership was transparent', 'get us back.”', "Barbara Miller"),
        Q('“We got to work', 'the Marines,”', "Barbara Miller"),
        Q('“I couldn’t have asked', 'tunnel somewhere.”', "Barbara Miller"),
        Q('“There were many mental', 'this deployment,”', "Richard Barber"),
        Q('“These Airmen adapted', 'thrown their way.”', "Richard Barber"),
    ],
    aliases={"Barbara Miller": ["Miller", "Airman 1st Class Barbara Miller"],
             "Richard Barber": ["Barber", "Lt. Col. Richard Barber"]},
),
dict(
    id="afps-380th-aew-supporting-warfighters-2007",
    source="http://terrorism-online.blogspot.com/2007/08/deployed-airmen-cite-supporting.html",
    license=PD, retrieved=PAGES + " (American Forces Press Service story of Aug. 3, 2007, reposted verbatim on a military news blog; the blog's date line dropped; the hard-wrapped lines joined (H214); the paragraph 'The mission here centers around two U-2 \"Dragon Lady\" high-altitude reconnaissance aircraft, ... \"eyes in the sky\" over Ira', cut in the stored copy, dropped)",
    text='''Deployed Airmen Cite Supporting Warfighters as No. 1 Priority
By Donna Miles
American Forces Press Service
Aug. 3, 2007 - Airmen of the 380th Air Expeditionary Wing are a two-hour flight away from combat operations in both Iraq and Afghanistan, but they know they're big players in the fight. Whether providing intelligence, reconnaissance and surveillance support, flying tankers or supporting the mission on the ground, airmen at this base know it's all about the warfighters, said Air Force Chief Master Sgt. Angelo Wilson. U.S. Central Command Air Forces policy prohibits releasing its bases' names and locations.
"Our No. 1 priority is to contribute to the war on terror and support the guys on the ground," said Wilson, one of the highest-ranking noncommissioned officers here.
Everyone based here, regardless of their job, understands the stakes.
"If we don't fly, there will be an American or a coalition life lost in Iraq or Afghanistan," said Air Force Brig. Gen. Larry Wells, wing commander. "The boots on the ground need the intelligence we provide."
To drive that point home, Wells personally briefs every airman rotating through here, typically for four-month deployments, about the mission and its direct impact.
"He makes sure people understand where we fit in and what will happen if we're not there," Wilson said. "People understand at every level here that if we don't have that picture up in the sky, our fellow brothers and sisters on the ground could die."
That message resonates throughout the wing. "Our motto here is 'One Team, One Fight,'" said Airman 1st Class Chrissina Tavake, who works in security forces. "No matter what our job is, we all support the mission. Everybody here has a role."''',
    quotes=[
        Q('"Our No. 1 priority', 'on the ground,"', "Angelo Wilson"),
        Q('"If we don\'t fly', 'Iraq or Afghanistan,"', "Larry Wells"),
        Q('"The boots on the ground', 'we provide."', "Larry Wells"),
        Q('"He makes sure people', 'we\'re not there,"', "Angelo Wilson"),
        Q('"People understand at every level', 'ground could die."', "Angelo Wilson"),
        Q('"Our motto here is', 'One Fight,\'"', "Chrissina Tavake"),
        Q('"No matter what our job', 'has a role."', "Chrissina Tavake"),
    ],
    aliases={"Angelo Wilson": ["Wilson", "Air Force Chief Master Sgt. Angelo Wilson"],
             "Larry Wells": ["Wells", "Air Force Brig. Gen. Larry Wells"],
             "Chrissina Tavake": ["Airman 1st Class Chrissina Tavake"]},
),
dict(
    id="nns-uss-memphis-homecoming-groton-2004",
    source="https://freerepublic.com/focus/f-news/1064990/posts",
    license=PD, retrieved=PAGES + " (Navy News Service story by Journalist 2nd Class Steven Feller, Commander, Navy Region Northeast Public Affairs, reposted verbatim on a message board without its headline; the 'Posted on ... by' line dropped; the stored copy starts with the byline; the paragraph 'After waiting for nearly two hours in the bitter cold, ... many Sailors departed the ship witho', cut in the stored copy, dropped)",
    text='''By Journalist 2nd Class Steven Feller, Commander, Navy Region Northeast Public Affairs
GROTON, Conn. (NNS) -- Neither rain, nor sleet, nor snow, nor subzero temperatures could keep 300 friends and family members of USS Memphis (SSN 691) Sailors from gathering at Naval Submarine Base New London (SUBASE) Jan. 16 to welcome them home.
Memphis returned to port on the coldest day of the year after a regularly scheduled six-month deployment to the Mediterranean Sea.
Although people lined the waterfront to greet Memphis, they were not left out in the cold. SUBASE opened the old Squadron 2 building for those seeking shelter, and free donuts and coffee were provided by Dunkin' Donuts to the cold and hungry. WCTY 97.7 FM was also on hand to play music for those waiting.
Many friends and family came from all over the country, eagerly awaiting the crew's arrival. Johnny Crawley, a Vietnam veteran and father of Sonar Technician (Submarine) 2nd Class (SS) Jason Crawley, said he and Jason's grandmother came all the way from Houston to see his son.
"He's (Jason) been in the Navy now for five years, and this was his second deployment," said Crawley. "He said he's got orders to go back overseas, but for right now, we're going to enjoy his company."
Arguably, the most anxious family member on the waterfront was Megan McKinney, wife of Machinist's Mate 2nd Class (SS) Benjamin Smith. McKinney was the recipient of the envied "first kiss." McKinney said she and her husband got married just two months before he deployed, leaving her to find a new place for them to live.
"I'm very nervous and excited," said McKinney. "I have a home-cooked meal for him when he gets home, and then we are going to check out our new apartment. I've been waiting for this for a long time."''',
    quotes=[
        Q('"He\'s (Jason) been in the Navy', 'second deployment,"', "Johnny Crawley"),
        Q('"He said he\'s got orders', 'enjoy his company."', "Johnny Crawley"),
        Q('"first kiss."', None, None),
        Q('"I\'m very nervous and excited,"', None, "Megan McKinney"),
        Q('"I have a home-cooked meal', 'for a long time."', "Megan McKinney"),
    ],
    aliases={"Johnny Crawley": ["Crawley"], "Megan McKinney": ["McKinney"]},
),
dict(
    id="nns-nassau-esg-souda-bay-comrel-2008",
    source="https://www.globalsecurity.org/military/library/news/2008/04/mil-080412-nns02.htm",
    license=PD, retrieved=PAGES + " (Navy NewsStand story NNS080412-03 reposted verbatim on globalsecurity.org; the site banner, 'Military', 'Navy NewsStand', the story-number and release-date lines dropped; the paragraph 'The biggest project was the base chapel ... shelves, chairs and ', cut in the stored copy, dropped)",
    text='''NAS ESG Ships Help Souda Bay Community
By Mass Communication Specialist 1st Class (SW/AW) Rustum Rivera, Nassau Expeditionary Strike Group Public Affairs
SOUDA BAY, Crete (NNS) -- Sailors from the Nassau Expeditionary Strike Group's (NAS ESG) amphibious assault ship, USS Nassau (LHA 4), and amphibious transport dock ship, USS Nashville (LPD 13), participated in community relations projects while in port Naval Support Activity (NSA), Souda Bay, April 9-10.
More than 120 Sailors from both ships were dispersed in three teams accomplishing three different projects: the Chania Senior Citizens Home, building a fence for a local woman and repairs at NSA Souda Bay's Base Chapel.
At the Chania Senior Citizens Home, home to 125 elderly residents, volunteers painted three common areas, the front gate and the fence.
"This project is a good opportunity for me to help the town, and it helps the Navy at the same time," said Nassau volunteer Air Traffic Controller 3rd Class Christine Kanakis, who also acted as a translator. "I don't really get the chance to use my language skill; I speak Greek which made this project more fun."
Another group of volunteers helped an elderly widow, who has been assisted by NSA on prior occasions, by putting up a fence and tiling an area where she can turn into a patio garden.
"She was very glad to see us and was very happy with the fence that we put up," said Nassau volunteer, Aerographer's Mate 2nd Class (AW) Christopher Hanson. "We have the ability and time to help, and we are improving people's perception of the United States in a very positive way."''',
    quotes=[
        Q('"This project is a good opportunity', 'at the same time,"', "Christine Kanakis"),
        Q('"I don\'t really get the chance', 'project more fun."', "Christine Kanakis"),
        Q('"She was very glad to see us', 'that we put up,"', "Christopher Hanson"),
        Q('"We have the ability and time', 'very positive way."', "Christopher Hanson"),
    ],
    aliases={"Christine Kanakis": ["Air Traffic Controller 3rd Class Christine Kanakis"],
             "Christopher Hanson": ["Aerographer's Mate 2nd Class (AW) Christopher Hanson"]},
),
dict(
    id="nns-uss-abraham-lincoln-comrel-hampton-roads-2014",
    source="http://military-online.blogspot.com/2014/08/uss-abraham-lincoln-sailors-volunteer.html",
    license=PD, retrieved=PAGES + " (Navy News Service story reposted verbatim on a military news blog without its headline; the stored copy starts with the byline; the hard-wrapped lines joined (H214); the paragraph '\"It\\'s an honor and a privilege ...,\" said Master Chief Avionics Maintenance Technician Jean Previllon, ... \"It is also an opportunity ... what the enlistment oath r', cut in the stored copy, dropped)",
    text='''By Mass Communication Specialist 1st Class Leeanna Shipps, USS Abraham Lincoln Media Department
NEWPORT NEWS, Va. (NNS) -- Nearly 1,700 Sailors assigned to the Nimitz-class aircraft carrier USS Abraham Lincoln (CVN 72) volunteered at more than 25 locations over a 70-mile area in the Hampton Roads region during an all-day community relations (COMREL) event, Aug. 15.
This marks the third COMREL Lincoln has coordinated throughout the Hampton Roads region since the ship arrived to Newport News Shipbuilding in February 2013. Lincoln Sailors volunteered more than 4,000 hours during this event.
Capt. Ronald Ravelo, Lincoln's commanding officer, visited various COMREL locations alongside Command Master Chief Gregg Webber, to thank the crew for their volunteerism.
"The ability for us to be out here and help beautify the community and to contribute in such a positive manner to the region is obviously a big deal," Ravelo said. "I thank all the Sailors who took the time to come out."
The all-day event included volunteers from 18 departments divided throughout the region.
One of the assistant coordinators for weapons department's COMREL at Lafayette Park in Norfolk, was Aviation Ordnanceman 1st Class Courtney Dorsey.
"It was awesome to be a part of this experience," Dorsey said. "I am grateful I had the opportunity to come out and volunteer alongside my shipmates during this event."
More than 120 Sailors assigned to Lincoln's aviation intermediate maintenance department (AIMD) volunteered at Mount Trashmore Park, a world-renowned park encompassing 165 acres, comprised of two man-made mountains, two lakes, two playgrounds, a skate park, a vert ramp, and multi-use paths.''',
    quotes=[
        Q('"The ability for us', 'a big deal,"', "Ronald Ravelo"),
        Q('"I thank all the Sailors', 'to come out."', "Ronald Ravelo"),
        Q('"It was awesome', 'this experience,"', "Courtney Dorsey"),
        Q('"I am grateful', 'during this event."', "Courtney Dorsey"),
    ],
    aliases={"Ronald Ravelo": ["Ravelo", "Capt. Ronald Ravelo"],
             "Courtney Dorsey": ["Dorsey", "Aviation Ordnanceman 1st Class Courtney Dorsey"]},
),
dict(
    id="va-wny-national-salute-to-veterans-release",
    source="https://www.thebatavian.com/blogs/philipanselmo/va-invites-community-salute-veterans/4345",
    license=PD, retrieved=PAGES + " (release of the VA Western New York Healthcare System reposted verbatim on a local news site under the line 'From the VA Medical Center:'; 'Skip to main content', the poster's byline 'By Philip Anselmo', the line 'Please click here to download the complete schedule of events.' and the site footer 'Authentically Local' dropped; double spaces inside the paragraph as stored)",
    text='''VA invites community to "Salute Veterans"
From the VA Medical Center:
VA Western New York Healthcare System invites the public to participate in open-house activities Feb. 8-14 during the National Salute to Veterans.
"The National Salute to Veterans gives everyone a chance to let those who have given so much to our nation know that they are not forgotten," said David J. West  Interim Medical Center Director "We've invited local celebrities, elected officials, school children and other groups to visit during the week.  We want people of all ages to bring Valentine’s Day cheer to our patients.”  West said he hopes visitors will also learn more about the important roles volunteers play at the medical center throughout the year and perhaps pursue volunteer opportunities.  "Over 600 volunteers are an important part of our health care team in Buffalo and Batavia, and the National Salute program is a great way for people to learn more about helping the Veterans we serve," West said.  “Visitors are often surprised at how varied our volunteer opportunities are.”  Citizens, young and old, are once again sending Valentine’s Day cards and letters to VA medical centers simply addressed “Dear Veteran.” West said they are being distributed to patients throughout the medical center.
VA Western New York Healthcare System’s National Salute Week schedule includes an open house Friday, February 13 at 1:00 p.m. in Freedom Hall, room 301. Additional activities are included below.
Individuals or groups wishing to participate in the medical center program should call the Voluntary Service office, in Buffalo at 716-862-8671 and in Batavia at 585-297-1196.''',
    quotes=[
        Q('"Salute Veterans"', None, None),
        Q('"The National Salute to Veterans gives', 'not forgotten,"', "David J. West"),
        Q('"We\'ve invited local celebrities', 'to our patients.”', "David J. West"),
        Q('"Over 600 volunteers', 'Veterans we serve,"', "David J. West"),
        Q('“Visitors are often surprised', 'opportunities are.”', "David J. West"),
        Q('“Dear Veteran.”', None, None),
    ],
    aliases={"David J. West": ["West"]},
),
dict(
    id="va-national-salute-veteran-patients-week-2011",
    source="https://www.va.gov/health/NewsFeatures/20110216a.asp",
    license=PD, retrieved=PAGES + " (VA health news feature of February 2011 on va.gov; the site header lines, the image alt text 'Portraits of two men' and the photo caption under the headline dropped; the paragraph 'Timed to coincide with Valentine’s Day, th...', cut in the stored copy, dropped)",
    text='''National Salute to Veteran Patients Week
The week of February 13-19 is VA’s National Salute to Veteran Patients Week.
All this week, VA medical facilities across America are honoring the men and women who have given so much to protect and preserve all we hold dear as Americans and providing an opportunity for the public to join in the recognition.
Exciting musical concerts and bags and bags of Valentines set the tone for the festivities.
On Friday, The Drifters performed for Vets in Montgomery, Ala.; a concert for Veterans in Atlanta featured The Platters.
But wait…there’s more! Seventeen VA Medical Centers in 17 major cities are hosting “Valentines for Veterans” concerts featuring country artists and Motown legends.
According to Dennis Smith, Director of the VA Maryland Health Care System, “It’s very exciting for us to bring Martha Reeves and the Vandellas and the Charlie Thomas Drifters to Baltimore as part of our 2nd Annual Valentines for Veterans Concert.
“This is our Veterans Appreciation & Welcome Home Celebration to honor the sacrifices of our nation’s Veterans and to encourage the community at large to volunteer at VA medical centers and outpatient clinics throughout the state.”
After a concert last year, Vietnam Veteran Jim Burg said, “This is a terrific idea!”
Daytime television actor and Emmy nominee James Reynolds and Country Music sensation Stephen Cochran are co-chairs of the 2011 National Salute to Veteran Patients.
VA’s National Salute to Veteran Patients Week and the Valentines for Veterans Concerts are also a wonderful opportunity for the local community to come together and show their appreciation for the dedicated men and women who served our country in uniform.''',
    quotes=[
        Q('“Valentines for Veterans”', None, None),
        Q('“It’s very exciting for us', 'Valentines for Veterans Concert.', "Dennis Smith"),
        Q('“This is our Veterans Appreciation', 'throughout the state.”', "Dennis Smith"),
        Q('“This is a terrific idea!”', None, "Jim Burg"),
    ],
    aliases={},
),
dict(
    id="usda-rd-water-infrastructure-gilmore-city",
    source="https://www.rd.usda.gov/newsroom/news-release/gilmore-city-receives-usda-rural-development-funding-make-water-system",
    license=PD, retrieved=PAGES + " (USDA Rural Development news release on rd.usda.gov; the stored copy starts with the first paragraph, without headline (H131); the link text '(PDF, 158 KB)' kept as stored; the paragraph 'In April 2017, President Donald J. ...', cut in the stored copy, dropped)",
    text='''Acting Assistant to the Secretary for Rural Development Joel Baxley today announced that USDA is investing $116 million (PDF, 158 KB) to help rebuild and improve rural water infrastructure for 171,000 rural Americans in 23 states.
“Helping to bring modern water and wastewater infrastructure to rural communities will increase economic opportunities and improve the quality of life for rural residents,” Baxley said. “The investments USDA is announcing today are foundational to health, safety and economic development in rural communities across America.”
In Iowa, Gilmore City is receiving a $175,000 loan and a $125,000 grant from USDA Rural Development for additional financing to help the community update its water system. Funds will be used to construct a water tower, drill a well, make distribution system improvements and complete treatment plant renovations. These improvements will address low water pressures that the city is experiencing and will update aging infrastructure. Gilmore City, population 504, received a $1,350,000 Rural Development loan and an $800,000 Rural Development grant in 2016 to begin making these system improvements.
USDA is working with local partners to provide financing for 49 water and environmental infrastructure projects across the country. The funding is being provided through the Water and Waste Disposal Loan and Grant program. It can be used for drinking water, stormwater drainage and waste disposal systems for rural communities with 10,000 or fewer residents.
Eligible communities and water districts can apply online on the interactive RD Apply tool or through one of USDA Rural Development’s state or field offices.
USDA is making investments in rural communities in: Alabama, Arkansas, Arizona, California, Georgia, Iowa, Idaho, Illinois, Indiana, Kentucky, Maine, Michigan, Mississippi, North Carolina, Nebraska, New Mexico, Ohio, Oklahoma, Pennsylvania, South Dakota, Texas, Utah and Washington.''',
    quotes=[
        Q('“Helping to bring modern water', 'for rural residents,”', "Joel Baxley"),
        Q('“The investments USDA is announcing', 'communities across America.”', "Joel Baxley"),
    ],
    aliases={"Joel Baxley": ["Baxley", "Acting Assistant to the Secretary for Rural Development Joel Baxley"]},
),
]
