# Held-out English news texts (tests/data/heldout242-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Marine Corps, National Guard and other US military feature stories on non-sports
# topics (public domain, 17 U.S.C. § 105): two DVIDS stories of Marine Corps Installations East on the Joint Daytime
# Ceremony at Camp Lejeune (2013, printable page; 2014), a marforres.marines.mil story (Toys for Tots at the State
# Department, 2014), a lejeune.marines.mil story (Toys for Tots kick-off, 2012), a jbcharleston.jb.mil story (Marine
# reservists' Toys for Tots drive, 2018), two nationalguard.mil stories (Air National Guard in the Cedar Rapids flood,
# 2008; Guard members battling western wildfires, 2018) and an American Forces Press Service story on the Indiana Guard's
# flood response (2008) in its verbatim repost on airforcewives.com. None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped (noted in `retrieved`). Site lines, photo captions and credits, datelines of the DVIDS page header, bylines,
# the 'Devastating wildfires' subheading and the DVIDS indentation are dropped; a headline is kept once as the first
# line; wording, spelling ('under privileged', 'Donators'), spacing inside paragraphs and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1505-H1507 in
# ANNOTATION.md on top of H1-H1504).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDR = "public domain (US government work, 17 U.S.C. § 105; verbatim repost of an American Forces Press Service story)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout242-en.jsonl

Built by `build.py` from `heldout242_pages.py`. Like heldout234-en and other military sets above, these texts are stored
web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105), none of them used in
a set above, this time Marine Corps and National Guard feature stories on ceremonies, community relations and disaster
response: two DVIDS stories of Marine Corps Installations East on the Joint Daytime Ceremony at Camp Lejeune (November
2013, printable page; November 2014), a Marine Forces Reserve story (Toys for Tots at the State Department, December
2014), a Camp Lejeune story (Toys for Tots kick-off, November 2012), a Joint Base Charleston story (Marine reservists'
Toys for Tots drive, December 2018), two nationalguard.mil stories (the Iowa Air National Guard in the Cedar Rapids flood,
June 2008; Guard members battling western wildfires, August 2018) and an American Forces Press Service story (the
Indiana Guard's flood response, June 2008) in its verbatim repost on airforcewives.com. None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Site lines, captions, bylines, the DVIDS page header and a subheading were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names
of their speakers and by 8-word overlap with every existing text: only two generic 8-word sequences are shared, the
headline-plus-dateline 'Joint Daytime Ceremony / MARINE CORPS BASE CAMP LEJEUNE' and 'the Soldiers and Airmen of the
National Guard'). The annotation (rules
H1505–H1507 in `ANNOTATION.md` on top of H1–H1504) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-2014-11-joint-daytime-ceremony-celebrates-heritage-of-usmc",
    source="https://dvidshub.net/news/149870/joint-daytime-ceremony-celebrates-heritage-usmc",
    license=PD, retrieved=PAGES + " (DVIDS news story 'Joint Daytime Ceremony celebrates heritage of USMC', Nov. 13, 2014; headline kept once; the maintenance and login lines, photo caption, location/date/byline header and the four-space indentation dropped; the paragraph beginning 'The historical uniform pageant featured', cut in the stored copy, and the rest dropped)",
    text='''Joint Daytime Ceremony celebrates heritage of USMC
CAMP LEJEUNE, N.C. - The community aboard Marine Corps Base Camp Lejeune recognized the Marine Corps Birthday with the Joint Daytime Ceremony, at Liversedge Field aboard the installation, Nov. 5.
Participants and guests joined to commemorate 239 eventful years, in which the Marine Corps has given meaning and strength to the motto ‘Semper Fidelis,’ said Capt. Kristin Dalton, the event’s narrator and public affairs officer with Marine Corps Installations East.
"It is fitting that we recall those Marines who have gone before us, who molded the tradition of courage and honor which we cherish now," Dalton, a native of Flemington, New Jersey, added.
The annual observance not only marked the Corps’ 239th birthday, but displayed the history and the heritage that distinguishes the Marine Corps among the armed forces.
It is a history Marines honor from the moment they enter, said Col. Yori Escalante, deputy commander for Marine Corps Installations East and Camp Lejeune.
"No other service celebrates their birthday the way the Marine Corps does," said Escalante, a native of Houston, Texas.
The ceremony featured music from the 2nd Marine Division Band, and troops from units throughout the installation participating in color guards, a rifle firing detail and a historical pageant.''',
    quotes=[
        Q('‘Semper Fidelis,’', None, None),
        Q('"It is fitting', 'cherish now,"', "Kristin Dalton"),
        Q('"No other service', 'Corps does,"', "Yori Escalante"),
    ],
    aliases={"Kristin Dalton": ["Dalton"], "Yori Escalante": ["Escalante"]},
),
dict(
    id="dvids-2013-11-marines-celebrate-238-years-with-joint-daytime-ceremony",
    source="https://www.dvidshub.net/news/printable/116724",
    license=PD, retrieved=PAGES + " (DVIDS printable page of the news story 'Marines celebrate 238 years with Joint Daytime Ceremony', Nov. 14, 2013; headline kept; unit, byline, date, posted and News ID lines and the photo title dropped; the last paragraph, cut in the stored copy after its opening mark, dropped)",
    text='''Marines celebrate 238 years with Joint Daytime Ceremony
MARINE CORPS BASE CAMP LEJEUNE, N.C. - Marine Corps Base Camp Lejeune celebrated the 238th Marine Corps birthday with the time honored tradition of the Joint Daytime Ceremony at Liversedge Field aboard base, Nov. 6.
The Joint Daytime Ceremony honored Marines from past and present wars, but also pays tribute to the combined service cooperation aboard the base.
“As the son of a former Marine and a former Marine myself, the Joint Daytime Ceremony provides us all a great time to pause and reflect on the proud history of the Marine Corps,” said John Sollis, director of Camp Lejeune Marine Corps Community Services. “It reminds us of the obligations we swore to uphold.”
Marines know there are expectations because they signed up to be a part of something higher, and the ceremony exemplifies what the expectations are, Sollis added.
After each unit present was recognized, pageant Marines marched out onto the field donned in authentic uniforms from each era, to symbolize every major conflict since 1775.
Following the pageant, Brig. Gen. Robert F. Castellvi, commanding general of Camp Lejeune, presented the first piece of cake to Master Gunnery Sgt. Jerry Morris, battalion maintenance chief with 2nd Light Armored Reconnaissance Battalion, 2nd Marine Division, during a traditional cake cutting ceremony. Morris was born in 1960. Morris then presented a piece to the youngest Marine in attendance, Pfc. Austin J. Hawk, a student with Marine Corps Engineer School. Hawk was born in 1996.
The passing of the birthday cake from the oldest to youngest Marine signifies the passing of traditions and knowledge from one generation to the next.
The ceremony concluded with the playing of Taps and the Marines marching off the field.''',
    quotes=[
        Q('“As the son of a former Marine', 'the Marine Corps,”', "John Sollis"),
        Q('“It reminds us', 'to uphold.”', "John Sollis"),
    ],
    aliases={"John Sollis": ["Sollis"]},
),
dict(
    id="ng-2008-06-air-national-guard-shores-up-as-flood-recedes",
    source="https://www.nationalguard.mil/News/Article-View/Article/573297/air-national-guard-shores-up-as-flood-recedes/",
    license=PD, retrieved=PAGES + " (nationalguard.mil story 'Air National Guard shores up as flood recedes', June 16, 2008; headline kept; the .mil banner lines, breadcrumb, date and byline dropped; the paragraph beginning '\"First and foremost, our mission', cut in the stored copy, and the rest dropped)",
    text='''Air National Guard shores up as flood recedes
CEDAR RAPIDS, Iowa - One hundred-fifty Air National Guardsmen from the 185th Air Refueling Wing in Sioux City, Iowa, landed at The Eastern Iowa Airport June 15 to augment the 295 already working with Army National Guard and state agencies in Cedar Rapids as flood waters recede from what is being called the 500-year mark.
This is one of the largest operations for the wing in several years. It's also the first time in recent memory the Iowa ANG has been recalled for duty by the state.
"I've been in for 22 years and this is the first time I remember our unit being state activated. With this record flooding, we've got Airmen in the fight and our people are really excited and ready to jump in and do what they can," said Maj. Jerry Self, 185th Mission Support Group deputy commander. "This is history in the making."
As the water receded, mission focus shifted from protecting Cedar Rapids from flooding to protecting residents. Airmen from several backgrounds have come to help Cedar Rapids including civil engineers to operate heavy equipment during clean up and recovery operations.
"The Army has the equipment and we have the people to operate it," said Lt. Col. Joe Ascherl, 185th Mission Support Group commander. "This is truly a purple (joint between Army and Air Force) mission."''',
    quotes=[
        Q('"I\'ve been in for 22 years', 'what they can,"', "Jerry Self"),
        Q('"This is history', 'the making."', "Jerry Self"),
        Q('"The Army has the equipment', 'to operate it,"', "Joe Ascherl"),
        Q('"This is truly a purple', 'mission."', "Joe Ascherl"),
    ],
),
dict(
    id="ng-2018-08-thousands-of-guard-members-battling-western-wildfires",
    source="https://www.nationalguard.mil/News/Article/1601821/thousands-of-guard-members-battling-western-wildfires/",
    license=PD, retrieved=PAGES + " (nationalguard.mil story 'Thousands of Guard members battling western wildfires', Aug. 14, 2018, by Jim Garamone, DoD News; headline kept; the .mil banner lines, breadcrumb, date, byline and the subheading 'Devastating wildfires' dropped (H1505); the paragraph beginning 'The California Guard has been instrument', cut in the stored copy, and the rest dropped)",
    text='''Thousands of Guard members battling western wildfires
WASHINGTON — Calling up the Soldiers and Airmen of the National Guard has become an unfortunate ritual of summer.
Wildfires through the western United States - especially in California - started earlier than normal this year and expanded faster than in past years. Thousands of Airmen and Soldiers of the Guard responded.
These service members are helping firefighters and police save lives and property. National Guard members directed traffic, helped evacuate families, provided logistical support, flew helicopters with water buckets, flew C-130s that dropped fire-suppression slurry on blazes and actually were on the ground helping fire crews battle the blazes.
In California, the governor called up first group of 800 Guard members July 2. The California National Guard is providing nine UH-60 Black Hawk helicopters, two CH-47 Chinook helicopters, a LUH-72 Lakota helicopter and a C-12 Huron, as well as an MQ-9 Reaper and two RC-26 Metroliners for fire mapping, an HH-60 rescue/medical evacuation helicopter and four Modular Airborne Fire Fighting Systems for air support and personnel providing traffic assistance.
"We live and serve in the communities that have been devastated by these fires. We train year-round to come to the aid of our neighbors when tragedy strikes," said Army Lt. Col. Jonathan Shiroma, spokesman for the California Guard. "We have alerted the entire Cal Guard, and already more than 2,000 Guardsmen have mobilized to support this response."''',
    quotes=[
        Q('"We live and serve', 'tragedy strikes,"', "Jonathan Shiroma"),
        Q('"We have alerted', 'this response."', "Jonathan Shiroma"),
    ],
),
dict(
    id="marforres-2014-12-president-first-lady-volunteer-at-toys-for-tots-event",
    source="https://www.marforres.marines.mil/News-Photos/MARFORRES-News/Article/558125/president-first-lady-volunteer-at-toys-for-tots-event/",
    license=PD, retrieved=PAGES + " (Marine Forces Reserve story 'President, First Lady Volunteer at Toys for Tots Event', Dec. 12, 2014; headline kept; 'Photo Information', the photo caption and credit and the date/byline line dropped; the paragraph beginning ' “Their role is to collect the toys', cut in the stored copy, and the rest dropped)",
    text='''President, First Lady Volunteer at Toys for Tots Event
Marines and civilians gathered at the U.S. Department of State building Dec. 9, and Joint Base Anacostia-Bolling Dec. 10, to show their support and donate toys to the Toys for Tots drive sponsored by Marine Forces Reserve to provide Christmas toys for needy or under privileged children.
The U.S. Department of State was the first stop for Marine Forces Reserve personnel to pick up donations with the assistance of Secretary of State John Kerry.
“It is a great opportunity to be able to provide to a child,” said Byron D. Harley, a physical security specialist for the Bureau of Diplomatic Security with the U.S. State Department. “I don’t have any of my own so having the opportunity is a great feeling that I get when I see these kids’ smiling faces.”
According to Harley, the State Department has been donating toys to Toys for Tots since 2001 and donations come from the employees of each bureau.
Donators from the State Department gave willingly to Toys for Tots, knowing that just one toy from them brings smiles to kids’ faces.
Marines who volunteer their time to Toys for Tots, by giving out gifts and collecting toys, were present at both events. The Inspector Instructor staff and their Reserve Marines were on site at various locations.''',
    quotes=[
        Q('“It is a great opportunity', 'to a child,”', "Byron D. Harley"),
        Q('“I don’t have any', 'smiling faces.”', "Byron D. Harley"),
    ],
    aliases={"Byron D. Harley": ["Harley"]},
),
dict(
    id="lejeune-2012-11-marines-step-up-to-help-santa",
    source="http://www.lejeune.marines.mil/News/Article/Article/513146/marines-step-up-to-help-santa/",
    license=PD, retrieved=PAGES + " (Marine Corps Base Camp Lejeune story 'Marines step up to help Santa', Nov. 6, 2012; headline kept; 'Marines', 'Photo Information', the photo caption and credit and the date/byline line dropped; the paragraph beginning '“Last year, Onslow County pledged', cut in the stored copy, and the rest dropped)",
    text='''Marines step up to help Santa
The presence of chilly weather and seasonal retail sales signifies the nearing Christmas holiday. Many cherish the time spent with families, but children wait all year to unwrap presents that magically appear under the tree.
Unfortunately, there are children who make it on the nice list, but may not have a single gift tucked under the tree. Luckily, Santa is blessed with elves in green as well as Marines in blues who help collect and deliver toys across the nation.
The Marine Corps Reserve Toys for Tots program recently kicked off the start of toy collections at the Marine Corps Exchange aboard Marine Corps Base Camp Lejeune Nov. 1.
“Today, we have situations such as the natural disaster (throughout the east coast), and the tragedies in New Orleans a few years back. Those affected families may have difficulty providing for their children,” said Cpl. Ryan A. Moszcienski, a landing support specialist with 2nd Landing Support Battalion, 4th Marine Logistics Group, who volunteered at the formal collection kick-off event. “Growing up and getting toys always brought me a smile. Bringing smiles and hope back to children and families are one of the biggest things we can do.”
The Toys for Tots program is a way to give back to the children and families, said Brig. Gen. Thomas A. Gorry, the commanding general of Marine Corps Installations East-MCB Camp Lejeune. Onslow County is a community that strongly supports service members.''',
    quotes=[
        Q('“Today, we have situations', 'for their children,”', "Ryan A. Moszcienski"),
        Q('“Growing up and getting toys', 'we can do.”', "Ryan A. Moszcienski"),
    ],
),
dict(
    id="jbcharleston-2018-12-marine-reservists-spread-holiday-spirit",
    source="https://www.jbcharleston.jb.mil/News/Features/Display/Article/1717792/marine-reservists-spread-holiday-spirit/",
    license=PD, retrieved=PAGES + " (Joint Base Charleston story 'Marine Reservists Spread Holiday Spirit', Dec. 19, 2018; headline kept; the .mil banner lines, date and byline dropped; the double space after 'holiday season.' kept; the paragraph beginning '“When you get to actually take one of these toys', cut in the stored copy, and the rest dropped)",
    text='''Marine Reservists Spread Holiday Spirit
Since 1947, The U.S. Marine Corps Reserve has spearheaded the Toys for Tots organization, providing toys to children who otherwise may not have the opportunity to open a gift on Christmas. The nationally recognized organization makes its positive impact locally. For the Lowcountry families and children who receive the gifts, it could be the Christmas miracle they were looking for.
This year, Team Charleston’s USMCR component is expected to collect and distribute around 25,000 of those Christmas miracles.
“The Charleston chapter of the program really took off around 2005,” said retired USMCR Gunnery Sgt. Michael Sroka, local Toys for Tots volunteer. “Since then, the impact of the program has gained so much momentum in the community.”
All of the toys are donated by individuals and businesses within the Lowcountry and given to those in the community who may have, for one reason or another, fallen on hard times during the holiday season.  With help of charitable citizens, the goal of the program is to – through the gift of a new toy – help bring the joy of Christmas and send a message of hope to America's less fortunate children.''',
    quotes=[
        Q('“The Charleston chapter', 'around 2005,”', "Michael Sroka"),
        Q('“Since then, the impact', 'the community.”', "Michael Sroka"),
    ],
),
dict(
    id="afps-2008-06-indiana-guard-responds-to-regional-flooding",
    source="http://airforcewives.com/index.php/news-mainmenu-2/226-latest/3557-indiana-guard-responds-to-regional-flooding",
    license=PDR, retrieved=PAGES + " (American Forces Press Service story 'Indiana Guard Responds to Regional Flooding' by Air Force Staff Sgt. Chris Jennings, June 9, 2008, reposted verbatim on airforcewives.com; headline kept; the byline lines dropped; the paragraph beginning '\"We filled more than 12,000 sand bags', cut in the stored copy, and the rest dropped)",
    text='''Indiana Guard Responds to Regional Flooding
TERRE HAUTE, Ind., June 9, 2008 - As members of the Air National Guard's 181st Intelligence Wing and the Army National Guard's 519th Combat Sustainment Support Battalion made their way toward Hulman Field here, they had an idea what their mission was going to be during June's drill weekend.
More than six inches of rain dumped into the Wabash Valley on the evening of June 6 and well into the morning of June 7, stranding motorists and pouring storm water into local residents' homes.
When the call for assistance came in, the Guard was ready to begin sandbag operations.
"There were several soldiers and airmen who made it in only to find out their homes were being flooded," said Air Force Maj. Jim Jensen, public affairs officer for 181st Intelligence Wing. "This is a disaster that is affecting us all, but we have a mission to support. Some stayed here to continue filling sand bags for others while their own homes were flooding. That says a lot about Indiana Guardsmen and how much they care about the community."
As of yesterday, more than 900 soldiers and airmen from across the state had been activated to fight the floods in southern Indiana.
When the governor of Indiana declared a state of emergency, drill weekend became a constant effort to lend a hand to a community in need. Sand bag operations began on base as local television crews were reporting the extent of the damage. Reports of families' and friends' homes being flooded trickled in throughout the morning.
Less than a mile from the base entrance, State Road 42 had collapsed under the weight of rushing flood waters. Airmen and soldiers on base could not see the devastation, but reports from other sources became enough to motivate them throughout the night.''',
    quotes=[
        Q('"There were several soldiers', 'being flooded,"', "Jim Jensen"),
        Q('"This is a disaster', 'the community."', "Jim Jensen"),
    ],
),
]
