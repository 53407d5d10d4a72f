# Held-out English news texts (tests/data/heldout679-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army Corps
# of Engineers, the Space Force (DVIDS), the Department of Veterans Affairs, the National Guard (the American Forces
# Press Service and nationalguard.mil) and the Air Force: a Mobile District release on the Fourth of July at the
# district's lakes (sam.usace.army.mil 1231046, 2017), a DVIDS story on the Chief of Space Operations' visit to Andersen
# Air Force Base (dvidshub.net 417236, 2022), a Manchester VA Medical Center release on its Memorial Day ceremony
# (va.gov, 2025), an AFPS story of March 1, 2012 on the Guard's response to Midwest tornadoes (copy on the blog
# randomgovernmentpressreleases.blogspot.com), two nationalguard.mil stories on tornado responses (575958, March 5,
# 2012; 607132, Alabama, May 2011) and three Air Force base stories on honorary commander programmes (fairchild.af.mil
# 762922, luke.af.mil 640995, 557weatherwing.af.mil 1603608). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines (the .mil banner lines, 'Home :
# News : Article View', 'NEWS | date', 'ARTICLE SEARCH', 'Press Releases', 'Published ...', the '• Published' / '• By
# ...' / unit lines, 'PRESS RELEASE' and the date line of the VA release, the crawl field ' date 2025-05-27'), the blog's
# introducing line with the opening mark it sets before the release headline (H2400), byline lines, the empty lines
# between paragraphs and spaces at the end of a paragraph are dropped; a headline is kept once as the first line where
# the stored copy has one (none is added where it has none); datelines are kept as stored; wording, typos, double
# spaces inside paragraphs, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H2400-H2404 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_MIL = "the .mil banner lines dropped"
DROP_AF = "the byline lines '• Published', '• By ...' and the unit line dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout679-en.jsonl

Built by `build.py` from `heldout679_pages.py`. Like heldout607-en, heldout663-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a press release of the U.S. Army Corps of Engineers,
Mobile District, 'U.S. Army Corps of Engineers encourages celebrating safely' (sam.usace.army.mil 1231046, June 27,
2017), with the district commander Col. James DeLapp; a DVIDS story on the Chief of Space Operations, Gen. John W. "Jay"
Raymond, visiting Guardians and Airmen at Andersen Air Force Base, Guam, on March 25-26, 2022 (dvidshub.net 417236, slug
'cso-visits-guardians-airmen-andersen-afb'; no headline and no byline in the stored copy); a press release of the
Manchester VA Medical Center of May 27, 2025 on its Memorial Day ceremony, with the acting director Julie Vose (va.gov,
slug 'va-manchester-honors-americas-fallen-heroes-during-memorial-day-ceremony'; no headline in the stored copy); an
American Forces Press Service story by Air Force Tech. Sgt. John Orrell, National Guard Bureau, 'National Guard Responds
to Midwest Tornadoes' (March 1, 2012), with Missouri Gov. Jay Nixon and Maj. Gen. Stephen Danner, in the verbatim copy
of the blog randomgovernmentpressreleases.blogspot.com (2012/03, slug 'national-guard-responds-to-midwest'; licence
constant PDC); a National Guard Bureau story by Army National Guard Staff Sgt. Jim Greenhill, 'Tornadoes: "The
deployment of the National Guard was one of the most timely ... I've ever seen"' (nationalguard.mil 575958, March 5,
2012), with Kentucky State Trooper Capt. Scott Miller; a nationalguard.mil story on the Alabama Guard's tornado response
one week after April 27, 2011, with Gov. Robert Bentley (nationalguard.mil 607132, slug
'aftermath-alabama-guard-still-heavily-engaged-in-tornado-response'; no headline and no byline in the stored copy); and
three Air Force stories on honorary commander programmes: 'Honorary commanders fly high with Team Fairchild' by Scott
King, 92nd Air Refueling Wing Public Affairs (fairchild.af.mil 762922; no year in the stored copy), 'Honorary commanders
bid farewell' by Staff Sgt. Timothy Boyer, 56th Fighter Wing Public Affairs (luke.af.mil 640995; no year in the stored
copy) and 'Honorary commander program inspires outreach' by Airman 1st Class Michael X. Beyer, 355th Fighter Wing Public
Affairs (a Davis-Monthan story on 557weatherwing.af.mil 1603608; no year in the stored copy). Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil, va.gov and DVIDS pages are the
services' and the department's own stories and releases, and the blog page reproduces an AFPS story under its own
headline and byline, marked as a copy on a non-government site. Licence caveats: the blog copy may differ from the
defense.gov original in details the stored copy cannot show, and the blog's own introducing line is dropped (H2400); the
DVIDS, VA and Alabama copies name no writer in the stored part (the DVIDS and VA pages are published by the Space Force
and the VA themselves); the Fairchild writer Scott King is taken as the wing's public affairs staff, as the byline's unit
says; the texts quote civilian officials (Gov. Jay Nixon, Gov. Robert Bentley, Kentucky State Trooper Capt. Scott
Miller) and honorary commanders (Molly Allen, a radio personality; Brendan Lyons) inside the public-domain texts. None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per page:
the USACE release's '“Our slogan is ‘Watch the show and go slow,’” said Allatoona Lake Operations Project Manager, Jerry
Fulton. “We enco'; the DVIDS story's '“What we are doing at Andersen AFB ...,” said U.S. Space Force Master Sgt.
Zachary Moore, ... and we are the RQ-4B'; the VA release's '“If these walls could talk [medical center], ...,” said
Vose. “Together, we are here today to gather in solemn remembrance for those who made the ultimate sacri'; the AFPS
story's 'The Kentucky National Guard has mobilized about 30 Guard members to LaRue County – 56 miles south of
Louisville – to assist local authorities wit'; the nationalguard.mil story of 2012's 'Severe storms affected multiple
states from late on Feb. 28 through March 3, National Guard Bu'; the Fairchild story's 'The purpose of the Honorary
Commanders program is to partn'; the Luke story's 'Brig. Gen. Scott Pleus, 56th FW commander, spoke to the outgoing
honorar'; the Davis-Monthan story's 'Charity events such as these give Airmen the'. The Alabama story ends on a complete
paragraph, which is kept. The site lines (the .mil banner lines 'An official website of the United States government',
'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...'; 'Home : News : Article View', 'NEWS | March 5,
2012', 'ARTICLE SEARCH', the USACE lines 'Press Releases' and 'Published June 27, 2017', the '• Published' / '• By ...' /
unit lines of the Air Force pages and the byline line 'By Army National Guard Staff Sgt. Jim Greenhill National Guard
Bureau'; the VA page's crawl field ' date 2025-05-27', 'PRESS RELEASE' and 'May 27, 2025'; the blog's line 'The
following excerpt is from the Department of Defense American Forces Press Service:' with the opening mark it sets before
the release headline, and the byline lines 'By Air Force Tech. Sgt. John Orrell' and 'National Guard Bureau', stored
twice), the empty lines between paragraphs and the spaces at the end of paragraphs were dropped; headlines are kept once
as the first line where the stored copy has one (the DVIDS, VA and Alabama copies have none and get none, H1818),
datelines are kept as stored ('MOBILE, Ala. - ', 'Manchester , NH — ', 'ARLINGTON, Va., March 1, 2012 - ', 'ARLINGTON,
Va. - ', 'MONTGOMERY, Ala. - '); wording and typos ('special day for you and yours', 'that includes 429 recreation
sites', '-troops', 'storm-ravaged areas--take care', 'gives local civic and business leaders to gain', 'Ronald McDonald
house'), the double space in DeLapp's quotation, dashes and quotation marks (straight or curly as stored, including the
straight opening and curly closing mark of Lyons' second quotation) are as stored. Pages read but left out: stories
already in earlier sets (usar.army.mil 3470495, the DVIDS stories 205109, 229970, 122130, 132221 and 69764, marines.mil
1435697, lejeune.marines.mil 512209, the 19th SDS anniversary story on 101veterans.com, the VA release of 2001 on
info.5y1.org, news.va.gov 5582, the Norfolk galley story on roundthechuckbox.blogspot.com), pages whose stored part
keeps fewer than two complete quotations (the DVIDS Camp Blaz school story 559241, the Louisville District's park
ranger story lrd.usace.army.mil 3636593, the DVIDS Fairchild honorary commander story 489895), other honorary commander
and tornado stories held back for other sets (301fw.afrc.af.mil 690828, fairchild.af.mil 762619, dvidshub.net 482593,
nationalguard.mil 2101261, the assolutatranquillita.blogspot.com copy of the AFPS story of March 3, 2012), lists and
aggregator pages (usace.army.mil tag pages, news.uscg.mil's news list, seapowermagazine.org print pages, pacmar.com),
and pages of newspapers, broadcasters, magazines and blogs found by the same searches. None of the pages used is in any
set above or in another helper's worktree (checked by URL and page id (1231046, 417236,
va-manchester-honors-americas-fallen-heroes, national-guard-responds-to-midwest, 575958, 607132, 762922, 640995,
1603608), by title and slug and by the names of their speakers and phrases, such as James DeLapp, Jerry Fulton, Watch
the show and go slow, Operation Get Home Safe, Allatoona, Zachary Moore, Det 2 has a long, only USSF unit at Andersen,
Julie Vose, Stella Lareau, Memorial Day is a sacred day, 35th Engineer Brigade, Branson, Mo., police, LaRue County,
Stephen Danner, Kentucky State Trooper, most timely deployments, Robert Bentley, joint session of the Alabama
Legislature, Molly Allen, KXLY, Dennis Clay, Club Five Six, Barbara Plante, Scott Pleus, Brendan Lyons, 25th OWS and
Ronald McDonald house, with grep over tests/data of the main tree and of every other helper's worktree
(heldout665-680): no hit, except Stephen L. Danner, quoted in other Missouri Guard texts (heldout38-en, heldout68-en),
and the name Andrea May in an unrelated German text). The annotation (rules H2400–H2404 in `ANNOTATION.md` on top of
the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usace-h679-2017-06-27-encourages-celebrating-safely",
    source="https://www.sam.usace.army.mil/Media/News-Releases/Article/1231046/us-army-corps-of-engineers-encourages-celebrating-safely/",
    license=PD, retrieved=PAGES + " (press release of the U.S. Army Corps of Engineers, Mobile District, of June 27, 2017 on safety at the district's lakes over the Fourth of July, with the district commander Col. James DeLapp; the section line 'Press Releases' and the date line 'Published June 27, 2017' dropped; headline kept as the first line; the last paragraph, '“Our slogan is ‘Watch the show and go slow,’” said Allatoona Lake Operations Project Manager, Jerry Fulton. “We enco', cut in the stored copy, dropped, so Fulton is not in the text (H2121); a release that opens on a quotation after the dateline with a long inverted cue `explained <body>, <district> Commander, Col. X.`, and `he said` two paragraphs later after `according to DeLapp` (H2404); the double space inside the first quotation, 'special day for you and yours' and curly marks as stored)",
    text='''U.S. Army Corps of Engineers encourages celebrating safely
MOBILE, Ala. - “July Fourth is a very special day in our Nation’s history and I hope it will be special day for you and yours.  As we near the Independence Day holiday, I’m sure most of you are looking forward to a day off to spend with family and friends. But, such outings are not without an increased risk of accidents,” explained U.S. Army Corps of Engineers (USACE), Mobile District Commander, Col. James DeLapp.
U.S. Army Corps of Engineers, Mobile District is responsible for 27 lakes that includes 429 recreation sites in Alabama, Florida, Georgia and Mississippi that receive approximately 28 million visits each year.
Any of them are wonderful destinations to visit on the Fourth of July or any other day, weekend or week. And, at most of those recreation sites, you’ll find Corps’ Park Rangers hard at work, according to DeLapp. The Park Rangers have two areas of responsibility: practicing good stewardship of the public lands in their care, and promoting and protecting public safety.
“So, as we approach the Independence Day weekend and holiday, I’d like to recognize the 108 full-time and summer Park Rangers in the Mobile District, most of whom will be on duty this weekend and on July Fourth. They are there to make sure you, your family and friends remember your visit to a U.S. Army Corps of Engineers Recreation site because you had a great time rather than an unfortunate accident,” he said.
The Mobile District’s Park Rangers take pride in their efforts to provide visitors with safe outing opportunities. For example, again this year, Allatoona Lake in Cartersville, Ga., will host Operation Get Home Safe on July 3 and 4. The campaign focuses on boaters navigating crowded lakes after enjoying celebratory fireworks shows.''',
    quotes=[
        Q('“July Fourth is a very special day', 'risk of accidents,”', "James DeLapp"),
        Q('“So, as we approach the Independence Day', 'an unfortunate accident,”', "James DeLapp"),
    ],
    aliases={"James DeLapp": ["James DeLapp", "U.S. Army Corps of Engineers (USACE), Mobile District Commander, Col. James DeLapp",
                              "Col. James DeLapp", "DeLapp"]},
),
dict(
    id="dvids-h679-2022-03-cso-visits-guardians-andersen",
    source="https://dvidshub.net/news/417236/cso-visits-guardians-airmen-andersen-afb",
    license=PD, retrieved=PAGES + " (DVIDS story on the Chief of Space Operations, Gen. John W. “Jay” Raymond, visiting the Space Force's 21st Space Operations Squadron, Detachment 2, and the Guardians of other units at Andersen Air Force Base, Guam, March 25-26, 2022; the stored copy opens on the first paragraph and has no headline and no byline, none added (H1818); the last paragraph, '“What we are doing at Andersen AFB directly affects having a free and open Indo-Pacific,” said U.S. Space Force Master Sgt. Zachary Moore, ... and we are the RQ-4B', cut in the stored copy, dropped, so Moore is not in the text (H2121); a nickname in marks inside the speaker's name in the first sentence (H2100, H2402); curly marks as stored)",
    text='''U.S. Space Force Gen. John W. “Jay” Raymond, Chief of Space Operations, visited Guardians, Airmen and leadership during his first trip to Andersen Air Force Base, Guam, March 25-26, 2022.
Raymond’s primary stop was the Space Force’s 21st Space Operations Squadron, Detachment 2, which is the only USSF unit at Andersen AFB. Det 2 comprises about 30 personnel who provide 24/7 on-demand real-time space capabilities in support of joint force missions in the Indo-Pacific area of responsibility.
“Det 2 has a long, storied history dating back to the mid-60s, and its geographic location in the Pacific is critical to our ability to rapidly transport data to and from space,” said Raymond. “The Det 2 team may be small in number, but their contribution to the joint force is immeasurable.”
In addition to the Det 2 personnel, there are also 12 uniformed Guardians assigned to Air Force units on the base who transferred from the Air Force to the Space Force over the last 18 months. They remained in their assignments since that time and are awaiting future permanent change of station assignments to USSF units.
“You are all critical to the Space Force mission because of your expertise, experience and the unique perspective you bring to our most pressing challenges,” said Raymond. “Thank you for the important work you continue to do for our new service. I am excited to see what each of you will achieve in your future assignments.”
Those Guardians currently hold a variety of jobs in several units on base including the 4th Reconnaissance Squadron, 36th Communications Squadron, 644th Combat Communications Squadron, 36th Contingency Response Squadron and 36th Civil Engineer Squadron.''',
    quotes=[
        Q('“Jay”', None, None),
        Q('“Det 2 has a long, storied history', 'to and from space,”', "John W. “Jay” Raymond"),
        Q('“The Det 2 team may be small', 'is immeasurable.”', "John W. “Jay” Raymond"),
        Q('“You are all critical to the Space Force', 'pressing challenges,”', "John W. “Jay” Raymond"),
        Q('“Thank you for the important work', 'future assignments.”', "John W. “Jay” Raymond"),
    ],
    aliases={"John W. “Jay” Raymond": ["John W. “Jay” Raymond", "U.S. Space Force Gen. John W. “Jay” Raymond",
                                       "Chief of Space Operations", "Raymond"]},
),
dict(
    id="va-manchester-h679-2025-05-27-memorial-day-ceremony",
    source="https://www.va.gov/manchester-health-care/news-releases/va-manchester-honors-americas-fallen-heroes-during-memorial-day-ceremony/",
    license=PD, retrieved=PAGES + " (press release of the Manchester VA Medical Center of May 27, 2025 on its Memorial Day ceremony of May 26, 2025, with the acting director Julie Vose; the crawl field ' date 2025-05-27', the label line 'PRESS RELEASE' and the date line 'May 27, 2025' dropped; the stored copy has no headline above the release and gets none (H1818); the last paragraph, '“If these walls could talk [medical center], ...,” said Vose. “Together, we are here today to gather in solemn remembrance for those who made the ultimate sacri', cut in the stored copy, dropped (H2121); `stated` in an inverted cue and `Added Vose,` before a quotation (H2402); the dateline 'Manchester , NH — ' and curly marks as stored)",
    text='''Manchester , NH — The Manchester VA Medical Center held a Memorial Day Ceremony to honor, remember, and pay tribute to America’s military members who made the ultimate sacrifice for our nation.
Hundreds of Veterans, family members, survivors, and community members from across the Granite State attended the ceremony May 26, 2025.
“Memorial Day is a sacred day for America,” stated Acting Manchester VA Medical Center Director Julie Vose. “It’s dedicated to all service members who gave their lives when duty called them to defend our nation.”
Added Vose, “On this Memorial Day, let us pledge not only to remember the fallen, but to live lives worthy of their sacrifice. Let us support one another as a community. Let us speak their names and let us ensure that their legacy continues.”
The heartfelt ceremony is a labor of love for VA employees, spearheaded by Stella Lareau, chief of Civic Engagement and Community Development, and a team of dedicated medical center staff and community leaders joining together to recognize the legacy of our fallen heroes and continued support for Veterans.
Guest speakers in this year’s program included New Hampshire’s Gov. Kelly Ayotte, U.S. Rep. Chris Pappas, U.S. Rep. Maggie Goodlander, Manchester City Mayor Jay Ruais, and congressional delegation members.
The memorial ceremony also pays tribute to Granite State Veterans who lost their lives over the past year to remember them and provide comfort to family members with a remembrance rose and tolling of the bell.''',
    quotes=[
        Q('“Memorial Day is a sacred day for America,”', None, "Julie Vose"),
        Q('“It’s dedicated to all service members', 'defend our nation.”', "Julie Vose"),
        Q('“On this Memorial Day, let us pledge', 'legacy continues.”', "Julie Vose"),
    ],
    aliases={"Julie Vose": ["Julie Vose", "Acting Manchester VA Medical Center Director Julie Vose", "Vose"]},
),
dict(
    id="afps-h679-2012-03-01-national-guard-responds-midwest-tornadoes",
    source="http://randomgovernmentpressreleases.blogspot.com/2012/03/national-guard-responds-to-midwest.html",
    license=PDC, retrieved=PAGES + " (copy of an American Forces Press Service story by Air Force Tech. Sgt. John Orrell, National Guard Bureau, of March 1, 2012 on the Guard's response to tornadoes in the Midwest, with Missouri Gov. Jay Nixon and Maj. Gen. Stephen Danner, on a blog that reposts government releases; the blog's introducing line 'The following excerpt is from the Department of Defense American Forces Press Service:' and the opening mark it sets before the release headline dropped (H2400); the byline lines 'By Air Force Tech. Sgt. John Orrell' and 'National Guard Bureau' (stored twice) dropped; the release headline kept as the first line; the last paragraph, 'The Kentucky National Guard has mobilized about 30 Guard members to LaRue County – 56 miles south of Louisville – to assist local authorities wit', cut in the stored copy, dropped; a quotation left open at its paragraph end and continued in the next paragraph around `he continued,` (H2400); straight marks as stored)",
    text='''National Guard Responds to Midwest Tornadoes
ARLINGTON, Va., March 1, 2012 - As of 11 a.m. EDT, the National Guard had about 90 Guard members supporting civilian authorities responding to tornadoes that ripped through communities throughout the Midwest, Guard officials said today.
The twisters struck during the early morning hours yesterday, affecting Illinois, Kansas, Kentucky, Missouri and Tennessee.
Missouri Gov. Jay Nixon has mobilized 50 to 60 Army Guard members from the 35th Engineer Brigade to assist the Branson, Mo., police department with nighttime security efforts, Missouri Guard officials said.
"These storms have caused extensive damage across Missouri, and widespread damage and debris continue to pose significant risk to lives and property," Nixon said. "As a result, I have ordered the Missouri National Guard to deploy citizen-soldiers and assets to support local law enforcement agencies with emergency coordination and recovery.
"Missouri's citizen-soldiers performed tremendously during disaster response efforts throughout 2011," he continued, "and I know that they will help ensure public safety."
Army Maj. Gen. Stephen Danner, Missouri's adjutant general, said his Guard members are prepared and equipped to handle anything the governor requires of the National Guard.
"Our soldiers and airmen are ready to assist their fellow Missourians," Danner said. "We served extensive state missions in 2011, and have seasoned leaders, soldiers and airmen who bring years of experience to their mission."
In addition to the Guard members mobilized, the Missouri National Guard has a total force of more than 11,500 soldiers and airmen ready to respond, he said.''',
    quotes=[
        Q('"These storms have caused extensive damage', 'lives and property,"', "Jay Nixon"),
        Q('"As a result, I have ordered', 'coordination and recovery.', "Jay Nixon"),
        Q('"Missouri\'s citizen-soldiers performed', 'throughout 2011,"', "Jay Nixon"),
        Q('"and I know that they will help', 'public safety."', "Jay Nixon"),
        Q('"Our soldiers and airmen are ready', 'fellow Missourians,"', "Stephen Danner"),
        Q('"We served extensive state missions', 'to their mission."', "Stephen Danner"),
    ],
    aliases={"Jay Nixon": ["Jay Nixon", "Missouri Gov. Jay Nixon", "Nixon"],
             "Stephen Danner": ["Stephen Danner", "Army Maj. Gen. Stephen Danner", "Missouri's adjutant general", "Danner"]},
),
dict(
    id="ng-h679-2012-03-05-tornadoes-most-timely-deployment",
    source="https://www.nationalguard.mil/News/Article-View/Article/575958/tornadoes-the-deployment-of-the-national-guard-was-one-of-the-most-timely-ive-e",
    license=PD, retrieved=PAGES + " (National Guard Bureau story by Army National Guard Staff Sgt. Jim Greenhill of March 5, 2012 on more than 700 Guard members supporting civilian authorities in four states after tornadoes and floods, with Kentucky State Trooper Capt. Scott Miller; " + DROP_MIL + ", with 'Home : News : Article View', 'NEWS | March 5, 2012' and the byline line 'By Army National Guard Staff Sgt. Jim Greenhill National Guard Bureau'; headline kept as the first line; the last paragraph, 'Severe storms affected multiple states from late on Feb. 28 through March 3, National Guard Bu', cut in the stored copy, dropped; a headline of a topic label and a shortened quotation whose words stand in the body (H2401); '-troops' and straight marks as stored)",
    text='''Tornadoes: "The deployment of the National Guard was one of the most timely ... I've ever seen"
ARLINGTON, Va. - More than 700 National Guard Citizen-Soldiers and -Airmen were supporting civilian authorities in four states recovering from tornadoes and floods this morning -troops who arrived on-scene within a few hours of the storms.
Civilian authorities in both Indiana and Kentucky - two of the most severely affected states - noted how fast the National Guard had boots on the ground, which emergency managers said was the result of years of relationship-building and partnership before the natural disaster hit.
"The deployment of the National Guard was one of the most timely deployments of Guardsmen I've ever seen," said Kentucky State Trooper Capt. Scott Miller. "The Soldiers were ready to go within hours."
Numbers of Guard members helping civilian authorities peaked at more than 800 on Sunday, and this morning there are still 390 Guard members providing presence patrols and traffic control points in Kentucky; more than 70 distributing water and conducting presence patrols in Indiana; more than 100 providing security in Missouri and more than 140 removing debris after flooding in West Virginia. Presence patrols provide security to affected citizens and their devastated communities.
All four states declared states of emergency after tornadoes that struck on Leap Day and on March 2 in the Midwest and South and heavy rains that drenched West Virginia on Feb. 28.''',
    quotes=[
        Q('"The deployment of the National Guard was one of the most timely ...', 'I\'ve ever seen"', "Scott Miller"),
        Q('"The deployment of the National Guard was one of the most timely deployments', 'I\'ve ever seen,"', "Scott Miller"),
        Q('"The Soldiers were ready to go within hours."', None, "Scott Miller"),
    ],
    aliases={"Scott Miller": ["Scott Miller", "Kentucky State Trooper Capt. Scott Miller"]},
),
dict(
    id="ng-h679-2011-05-alabama-guard-tornado-response",
    source="https://www.nationalguard.mil/News/State-Partnership-Program/Article/607132/aftermath-alabama-guard-still-heavily-engaged-in-tornado-response",
    license=PD, retrieved=PAGES + " (nationalguard.mil story on the Alabama National Guard's response one week after the tornadoes of April 27, 2011, with Gov. Robert Bentley's speech to the Alabama Legislature of May 3; the stored copy opens on the dateline paragraph and has no headline and no byline, none added (H1818); it ends on a complete paragraph, which is kept; a governor's speech quoted over two paragraphs, the first piece after the cue left open at its paragraph end, and `officials said` without marks (H2404); 'storm-ravaged areas--take care' and straight marks as stored)",
    text='''MONTGOMERY, Ala. - One week after the April 27 tornadoes that ripped across much of the central and northern parts of Alabama, the National Guard is still heavily engaged in assisting the residents of the affected areas with more than 2,700 Soldiers and Airmen called to duty.
"Our Alabama National Guard is working tirelessly to provide security and assist with transportation and distribution of aid," said Gov. Robert Bentley in a speech to a joint session of the Alabama Legislature, May 3. "I can tell you I have never been more proud to be an Alabamian.
"Since this tragedy, we have seen the true character of our state. Alabamians care about one another. We take care of each other."
This is what Alabama Guardsmen continue to do in the storm-ravaged areas--take care of fellow Alabamians.
The Guard continues to help the residents throughout the affected area recover from the devastating tornadoes by patrolling streets to prevent looting, providing power to critical infrastructure that are still without commercial electricity, distributing meals ready-to-eat, ice and water, and flying overhead to aid in search and recovery efforts.
Supporting civil authorities in times of disaster is a core competency of the National Guard and the Alabama Guard will continue to work directly with the Alabama Emergency Management Agency to ensure the right personnel, equipment and resources are utilized to support each need, officials said.''',
    quotes=[
        Q('"Our Alabama National Guard is working tirelessly', 'distribution of aid,"', "Robert Bentley"),
        Q('"I can tell you I have never been more proud', 'to be an Alabamian.', "Robert Bentley"),
        Q('"Since this tragedy, we have seen', 'take care of each other."', "Robert Bentley"),
    ],
    aliases={"Robert Bentley": ["Robert Bentley", "Gov. Robert Bentley"]},
),
dict(
    id="af-fairchild-h679-honorary-commanders-fly-high",
    source="https://www.fairchild.af.mil/News/Article/762922/honorary-commanders-fly-high-with-team-fairchild",
    license=PD, retrieved=PAGES + " (92nd Air Refueling Wing story by Scott King, 92nd Air Refueling Wing Public Affairs, on sixteen Fairchild honorary commanders touring the 92nd Operations Group and flying on a KC-135 on Nov. 6 (no year in the stored copy); " + DROP_MIL + ", with 'ARTICLE SEARCH'; " + DROP_AF + "; headline kept as the first line; the spaces at the end of two paragraphs dropped; the last paragraph, 'The purpose of the Honorary Commanders program is to partn', cut in the stored copy, dropped; an honorary commander with a role of two functions joined by `and`, and a person named inside another speaker's quotation (H2403); straight marks as stored)",
    text='''Honorary commanders fly high with Team Fairchild
Sixteen Fairchild honorary commanders toured the 92nd Operations Group and also boarded a KC-135 Stratotanker Nov. 6 for an orientation flight showcasing the base's aerial refueling mission.
The group started off their day with joint mission briefings from the 92nd and 141st Air Refueling Wing commanders highlighting the Total Force Enterprise concept between the two wings. They then received briefings from the 92nd OG weather, aircrew flight equipment and intelligence sections to gain a thorough understanding of the operations group mission.
Following that, the group boarded a KC-135 and took off en route to refuel F-15E Strike Eagles from Mountain Home Air Force Base, Idaho, allowing them to witness the important role the Stratotanker plays in projecting airpower.
"The flight on the KC-135 is officially one of my top five favorite things I have ever experienced," said Molly Allen, 141st ARW honorary commander and KXLY 4 radio personality. "Although I knew it was something special that very few people get to witness, it felt so comfortable because of the level of professionalism and confidence the crew showed."
The crew was impressed with the honorary commanders and enjoyed their interactions with them.
"The experience was great," said Capt. Andrea May, 93rd Air Refueling Squadron pilot. "They seemed really excited to be flying with us and I enjoyed talking with Dennis Clay who was in the cockpit with us for most of the flight - he was very fun to talk with."''',
    quotes=[
        Q('"The flight on the KC-135 is officially', 'ever experienced,"', "Molly Allen"),
        Q('"Although I knew it was something special', 'the crew showed."', "Molly Allen"),
        Q('"The experience was great,"', None, "Andrea May"),
        Q('"They seemed really excited', 'fun to talk with."', "Andrea May"),
    ],
    aliases={"Molly Allen": ["Molly Allen", "141st ARW honorary commander and KXLY 4 radio personality"],
             "Andrea May": ["Andrea May", "Capt. Andrea May", "93rd Air Refueling Squadron pilot"]},
),
dict(
    id="af-luke-h679-honorary-commanders-bid-farewell",
    source="https://www.luke.af.mil/News/Article-Display/Article/640995/honorary-commanders-bid-farewell",
    license=PD, retrieved=PAGES + " (56th Fighter Wing story by Staff Sgt. Timothy Boyer, 56th Fighter Wing Public Affairs, on the farewell ceremony for outgoing honorary commanders at Luke Air Force Base on Sept. 17 (no year in the stored copy); " + DROP_AF + "; headline kept as the first line; the last paragraph, 'Brig. Gen. Scott Pleus, 56th FW commander, spoke to the outgoing honorar', cut in the stored copy, dropped, so Pleus is not in the text; a verb in marks used by the writer for leaving the programme (H2403); straight marks as stored)",
    text='''Honorary commanders bid farewell
The United States military is made up of less than 1 percent of the total population, and for most of the other 99 percent, understanding the inner workings of military operations and training is not an option. At Luke Air Force Base, however, there is an opportunity designed to give local community members that inside look known as the Honorary Commander Program.
Outgoing honorary commanders joined squadron, group and wing leadership Sept. 17 at Club Five Six for a farewell ceremony in celebration of their time spent at Luke. The honorary commanders in attendance at the farewell ceremony served for two years, and "retired" their positions as honorary commanders.
The Honorary Commander Program links local business and community leaders with members of Luke leadership. The honorary commanders serve for a term of two years, during which time they learn about the Air Force and various facets of the Luke mission.
"Honorary commanders are invited to base and unit events such as ceremonies, social functions, commander's calls and graduation banquets," said Barbara Plante, 56th Fighter Wing Community Initiatives Team member. "Through their base involvement, the honorary commanders build relationships with their respective military leaders which results in a better understanding of the Luke mission and, in turn, stronger support from the local community."
The benefits of this program are not only for the honorary commander.
"The honorary commanders are encouraged to extend reciprocal invitations to their military commanders," Plante said. "This is a mutual support program allowing the military host commander to become familiar with his or her honorary commander's place of business. This allows the military commander to learn from the practices of successful civilian leaders."''',
    quotes=[
        Q('"retired"', None, None),
        Q('"Honorary commanders are invited', 'graduation banquets,"', "Barbara Plante"),
        Q('"Through their base involvement', 'the local community."', "Barbara Plante"),
        Q('"The honorary commanders are encouraged', 'their military commanders,"', "Barbara Plante"),
        Q('"This is a mutual support program', 'successful civilian leaders."', "Barbara Plante"),
    ],
    aliases={"Barbara Plante": ["Barbara Plante", "56th Fighter Wing Community Initiatives Team member", "Plante"]},
),
dict(
    id="af-dm-h679-honorary-commander-program-outreach",
    source="https://www.557weatherwing.af.mil/News/Article-Display/Article/1603608/honorary-commander-program-inspires-outreach/",
    license=PD, retrieved=PAGES + " (355th Fighter Wing story by Airman 1st Class Michael X. Beyer, 355th Fighter Wing Public Affairs, on the Davis-Monthan Air Force Base Honorary Commander Program and the 25th OWS's honorary commander Brendan Lyons (no year in the stored copy), stored on the 557th Weather Wing's site; " + DROP_AF + "; headline kept as the first line; the last paragraph, 'Charity events such as these give Airmen the', cut in the stored copy, dropped; a quotation opened by a straight mark and closed by a curly one before `Lyons said.` (H2403); 'gives local civic and business leaders to gain', 'Ronald McDonald house' and the marks as stored)",
    text='''Honorary commander program inspires outreach
With buzzing aircraft and armed guards at the gates, a military installation can be a mystery to those outside its gates. The Davis-Monthan Air Force Base Honorary Commander Program gives local civic and business leaders to gain a better understanding and greater insight of the various missions and units on base by providing tours and activities.
There are approximately 50 honorary commanders in the program. These commanders gain access to D-M, creating a bridge from the local community to the base and are partnered with a squadron commander for a two year term.
Thanks to the program, commanders and their Airmen gain the invaluable opportunity to learn more about the community in which they live through increased association and interaction with the community and its leaders.
“My job as an honorary commander is to be the conduit between the greater Tucson community and the Airmen,” said Brendan Lyons, 25th OWS honorary commander.
The base hosts immersion tours where a unit or specific mission is highlighted to help inform the honorary commanders on daily operations. The honorary commanders also attend large base events to gain a better understanding of the Air Force culture.
They also have unique one-on-one relationships with their respective units. There they meet Airmen and learn about their jobs and families, as well as attend squadron functions like holiday parties and award ceremonies.
Recently the 25th OWS partnered with the Tucson Ronald McDonald house to cook dinner for families in need.
"I was taught at an early age that a great life is when you live it to your potential and give back to others, and I thought this was a great way to pay it forward with the Airmen,” Lyons said. “Because they not only serve our country, but they also serve the community.”''',
    quotes=[
        Q('“My job as an honorary commander', 'and the Airmen,”', "Brendan Lyons"),
        Q('"I was taught at an early age', 'with the Airmen,”', "Brendan Lyons"),
        Q('“Because they not only serve', 'serve the community.”', "Brendan Lyons"),
    ],
    aliases={"Brendan Lyons": ["Brendan Lyons", "25th OWS honorary commander", "Lyons"]},
),
]
