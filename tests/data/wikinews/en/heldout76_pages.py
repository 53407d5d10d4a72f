# Held-out English news texts (tests/data/heldout76-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US military and veterans outlets on their own sites, all works of the US government in the
# public domain (17 U.S.C. § 105): an American Forces Press Service story on defense.gov (servicemembers in the Katrina
# response, 2005), two Navy News Service stories on navy.mil (USS Harry S. Truman volunteers, 2019; Naval District
# Washington chiefs at the ALIVE! food drive), two DVIDS stories on dvidshub.net (Naval Station Norfolk's CPO 365 food-bank
# project, 2013; 2nd Marine Logistics Group volunteers at Camp Lejeune, 2014), two National Guard Bureau stories on
# nationalguard.mil (the Hurricane Joaquin floods, 2015; the Indiana floods, 2008), two Department of Veterans Affairs
# releases (va.gov, Jim Nicholson on Veterans Day; news.va.gov, Gordon Mansfield on Veterans Day events, 2007) and three
# Marine Corps air-station stories (mcipac.marines.mil, Futenma volunteers at a school in Nakagusuku, 2013;
# cherrypoint.marines.mil, volunteers at Graham A. Barden Elementary School, 2013; beaufort.marines.mil, toys for
# Adopt-a-School children, 2001). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Site lines, '.mil website' notices, 'Home : News' and 'NEWS | date' lines, DVIDS location, date and 'Courtesy Story'
# lines, navy.mil 'Story Number' and e-mail lines, photo captions and photo credits, bylines, '###' marks and media-contact
# lines are dropped; leading and trailing spaces of a stored line are trimmed; wording, spelling ('first classe', 'They
# toys', 'hand and hand'), inner spacing, list bullets and quotation marks are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H450-H455 in ANNOTATION.md on top of H1-H437).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout76-en.jsonl

Built by `build.py` from `heldout76_pages.py`. Like heldout25-en, heldout29-en, heldout33-en, heldout38-en, heldout43-en and
heldout47-en, these texts are stored web pages (the `pages` search corpus) of US military and veterans outlets, each on the
outlet's own site, none of them used in a set above: an American Forces Press Service story on defense.gov (servicemembers
in the Hurricane Katrina response, 2005), two Navy News Service stories on navy.mil (USS Harry S. Truman's volunteer
programme, 2019; Naval District Washington chiefs and first class petty officers at the ALIVE! food drive), two DVIDS
stories on dvidshub.net (Naval Station Norfolk's CPO 365 project at the Foodbank of Southeastern Virginia, 2013; 2nd Marine
Logistics Group Marines giving back in Jacksonville, N.C., 2014), two National Guard Bureau stories on nationalguard.mil
(Guard members in the Hurricane Joaquin floods, 2015; the Indiana National Guard and the Army Corps of Engineers in the
2008 floods), two Department of Veterans Affairs releases (va.gov: Secretary Jim Nicholson on Veterans Day ceremonies;
news.va.gov: Acting Secretary Gordon Mansfield on Veterans Day events, 2007) and three Marine Corps air-station stories
(mcipac.marines.mil: Futenma volunteers at the World Mission Christian School, 2013; cherrypoint.marines.mil: volunteers at
Graham A. Barden Elementary School, 2013; beaufort.marines.mil: toys for Adopt-a-School children, 2001). All are works of
the US federal government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped
is noted per page). Site lines, captions, photo credits, bylines, DVIDS and navy.mil metadata lines and contact lines were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text: the only shared 8-word sequences are the stock
phrase 'chief petty officers (CPO) and first class petty officers', also in a different Navy story of heldout29-en). The
annotation (rules H450–H455 in `ANNOTATION.md` on top of H1–H437) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="afps-katrina-servicemembers-proud-2005",
    source="http://www.defense.gov/News/NewsArticle.aspx?ID=17397",
    license=PD, retrieved=PAGES + " (American Forces Press Service story on defense.gov; the site lines 'United States Department of Defense United States Department of Defense', 'DoD News', 'Bookmark and Share', 'News Article' and the byline 'By Donna Miles / American Forces Press Service' dropped; the paragraph '\"We want to help people in our own backyard,\" echoed Marine Sgt. Ma', cut in the stored copy, dropped)",
    text='''Servicemembers Proud to Support Katrina Response
WASHINGTON, Sept. 6, 2005 – Servicemembers supporting hurricane-relief efforts along the Gulf Coast agree that while it's heartbreaking to see the massive devastation left in Hurricane Katrina's wake, they're happy to be able to roll up their sleeves to help their fellow countrymen.
That's the across-the-board assessment of the military responders who, U.S. Northern Command officials reported today, number almost 14,000 active-duty troops and more than 38,000 National Guardsmen, a force expected to continue to grow in the days ahead.
Regardless of their missions -- conducting search-and-rescue operations, evacuating displaced residents, providing law-and-order support, or distributing food and water -- troops supporting the hurricane-relief operation agree that they're part of one of the most important missions they've ever participated in, right in their own country.
"I hate this situation, but it makes you feel good to do something positive," said Army Sgt. Will Jones of the Alabama National Guard's 1206th Quartermaster Company, which is distributing food, water, personal items and other essentials to Katrina victims in Mississippi. Like many servicemembers, Jones said it's particularly difficult to see such loss and suffering within the United States. "What makes this worse is that this is at home," he said.
"We will go anywhere we need to go," said Navy Cmdr. Joseph Paulding, an anesthesiologist from Naval Hospital Jacksonville, Fla., who is headed to New Orleans to provide critically needed medical support. "But when you go to help someone in your own country, in your own backyard, it gives you a good feeling inside that you're doing the right thing for a really good purpose."''',
    quotes=[
        Q('"I hate this situation', 'something positive,"', "Will Jones"),
        Q('"What makes this worse', 'at home,"', "Will Jones"),
        Q('"We will go anywhere we need to go,"', None, "Joseph Paulding"),
        Q('"But when you go to help', 'good purpose."', "Joseph Paulding"),
    ],
    aliases={"Will Jones": ["Army Sgt. Will Jones", "Jones"],
             "Joseph Paulding": ["Navy Cmdr. Joseph Paulding"]},
),
dict(
    id="nns-truman-for-country-and-community-2019",
    source="https://www.navy.mil/submit/display.asp?story_id=108492",
    license=PD, retrieved=PAGES + " (Navy News Service story NNS190201-13 on navy.mil; the lines 'Story Number: NNS190201-13Release Date: 2/1/2019 2:37:00 PM', 'A  A  A   Email this story to a friend   Print this story' and 'From USS Harry S. Truman (CVN 75) Public Affairs' dropped; the paragraph 'Aside from a notable evaluation, other rewards await the Sailor committed to their civil duty. Through dedicated', cut in the stored copy, dropped)",
    text='''For Country and Community
NORFOLK, VA. (NNS) -- Martin Luther King, Jr. once said, “Life’s most persistent and urgent question is, what are you doing for others?” and this rings true for Sailor and civilian alike. What can Sailors on the USS Harry S. Truman (CVN 75) do for others and contribute to the community? As luck would have it, volunteer opportunities are abundant on this carrier, and Sailors need only ask.
Senior Chief Religious Programs Specialist Hector Feliciano, the Command Religious Ministries Department (CRMD) leading chief petty officer on Harry S. Truman, encourages all Sailors to take a more civic interest in their community for the benefit of others and themselves.
“When it comes to volunteering it’s really a win-win for Sailors and the organization,” said Feliciano. “It also gives Sailors something positive and productive to do.”
Organizations such as the Norfolk Botanical Garden and the Norfolk Society for the Prevention of Cruelty to Animals (SPCA) welcome Navy volunteers. Harry S. Truman will be sending 20 Sailors to the Norfolk Botanical Garden Feb. 12 to assist with ground work, retail transactions and even greeting guests. Shortly after, Feb. 26, Sailors will spend time with the SPCA helping their furry friends by socializing and preparing the animals for a family home.
On the career side, volunteer work can give a motivated Sailor many advantages come evaluation season.
“Volunteer work is a very impressive bullet to have on a Sailor’s evaluation,” said Feliciano, a recipient of the Military Outstanding Volunteer Service Medal. “It shows a multitude of characteristics: teamwork, leadership, compassion and a good work ethic.”''',
    quotes=[
        Q('“Life’s most persistent', 'for others?”', "Martin Luther King, Jr."),
        Q('“When it comes to volunteering', 'the organization,”', "Hector Feliciano"),
        Q('“It also gives Sailors', 'productive to do.”', "Hector Feliciano"),
        Q('“Volunteer work is a very impressive', 'evaluation,”', "Hector Feliciano"),
        Q('“It shows a multitude', 'work ethic.”', "Hector Feliciano"),
    ],
    aliases={"Hector Feliciano": ["Senior Chief Religious Programs Specialist Hector Feliciano", "Feliciano"]},
),
dict(
    id="nns-ndw-chiefs-alive-food-drive",
    source="http://www.navy.mil/submit/display.asp?story_id=73732",
    license=PD, retrieved=PAGES + " (Navy News Service story on navy.mil; the stored copy begins with the dateline, without headline; the paragraph '\"Becoming a chief in the Navy is a special accomplishment,\" explained Senior Chief Yeo', cut in the stored copy, dropped)",
    text='''ALEXANDRIA, Va. (NNS) -- More than 25 first class and chief petty officers from commands around Naval District Washington volunteered their time and energy to help feed needy families in Alexandria, Va., April 27.
The Sailors, along with other volunteers from non-profit organizations One Brick and ALIVE!, spent four hours putting together and distributing more than a ton of food in the form of bags of canned and dry goods and boxes filled with fresh vegetables, bread and meats.
ALIVE! is ALexandrians InVolved Ecumenically, a group of approximately 40 congregations in Alexandria. On the last Saturday of every month, ALIVE! has groups of volunteers process food "orders" for needy families and individuals in our community.
One Brick is a non-profit organization that provides support to other local non-profit and community organizations by creating a unique, social and flexible volunteer environment for those interested in making a concrete difference in the community.
"It makes you feel good when you are out here. You can help out 'one brick' at a time," said Coast Guard 2nd Class Petty Officer Ryan Wheeler, One Brick event manager and coordinator. "You might feel like just staying at home on a Saturday, but you get out here and get some physical work in. I mean I could do cardio later or I could just come here and get stuff in boxes and give it to people."
The Navy chiefs and petty officers came together to volunteer as part of the Chief Petty Officer Association and CPO 365. CPO 365 is a year-round leadership training environment for first class petty officers that are seeking to take the mantle of chief.
"It grooms us and takes petty officers first classe to the next level," said Information Systems Technician 1st Class Detrick Richardson, one of the petty officers who came out to help.
Volunteer events like VA Alive! food drive as a teambuilding and morale building event as well.''',
    quotes=[
        Q('"orders"', None, None),
        Q('"It makes you feel good', 'at a time,"', "Ryan Wheeler"),
        Q('"You might feel like', 'give it to people."', "Ryan Wheeler"),
        Q('"It grooms us', 'next level,"', "Detrick Richardson"),
    ],
    aliases={"Ryan Wheeler": ["Coast Guard 2nd Class Petty Officer Ryan Wheeler"],
             "Detrick Richardson": ["Information Systems Technician 1st Class Detrick Richardson"]},
),
dict(
    id="dvids-norfolk-cpo365-foodbank-2013",
    source="https://www.dvidshub.net/news/101239/freedom-food-and-cpo-365-initiative",
    license=PD, retrieved=PAGES + " (Naval Station Norfolk Public Affairs 'Courtesy Story' on dvidshub.net; the site lines (maintenance notice, log-in lines, 'Defense Visual Information Distribution Service Logo'), the location line 'NORFOLK, VA, UNITED STATES', the date '01.29.2013', 'Courtesy Story' and 'Naval Station Norfolk Public Affairs Office' dropped; the leading spaces of the stored lines trimmed; the paragraph 'Everyone in attendance was pleased to be a part of t', cut in the stored copy, dropped)",
    text='''Freedom, food, and the CPO 365 Initiative
NORFOLK, Va. – Several Navy chief petty officers (CPO) and first class petty officers from Naval Station Norfolk participated in a community relations (COMREL) project at the Foodbank of Southeastern Virginia and the Eastern Shore Jan. 29.
Sailors helped sort, bag and deliver food to people in need. The effort was inspired by the MCPON’s CPO 365 initiative.
CPO 365 was designed for chief petty officers to train first classes in professionalism, quality leadership, appearance and living in accordance with Navy core values 365 days a year.
“This takes training outside the class room,” said Culinary Specialist 1st Class Nicholas D. Josshua, a participant. “The chief’s mess and the first class mess worked together hand and hand to be Navy ambassadors for our community.”
Chief Culinary Specialist Eric Johnson, the project coordinator, said the Sailors are taking their training outside the base into the surrounding communities.
“This boils down to Core values and who you are as a leader,” said Johnson. “As a chief petty officer you’re expected to lead from the front, set the example and be the example.”
The comrel was a way for chief petty officers and first class petty officers to work together, build camaraderie, and become better acquainted all while giving back to the community.
“It is really a great opportunity to provide this kind of service to the community,” said Mass Communication Specialist 1st Class Michael Jon Sandberg, a comrel participant. “I hope this can be a trend for us.”''',
    quotes=[
        Q('“This takes training', 'class room,”', "Nicholas D. Josshua"),
        Q('“The chief’s mess', 'our community.”', "Nicholas D. Josshua"),
        Q('“This boils down', 'as a leader,”', "Eric Johnson"),
        Q('“As a chief petty officer', 'be the example.”', "Eric Johnson"),
        Q('“It is really a great opportunity', 'to the community,”', "Michael Jon Sandberg"),
        Q('“I hope this can be a trend for us.”', None, "Michael Jon Sandberg"),
    ],
    aliases={"Nicholas D. Josshua": ["Culinary Specialist 1st Class Nicholas D. Josshua"],
             "Eric Johnson": ["Chief Culinary Specialist Eric Johnson", "Johnson"],
             "Michael Jon Sandberg": ["Mass Communication Specialist 1st Class Michael Jon Sandberg"]},
),
dict(
    id="ngb-joaquin-flooding-east-coast-2015",
    source="https://www.nationalguard.mil/News/Article/621802/more-than-2300-guard-members-respond-to-flooding-throughout-east-coast/",
    license=PD, retrieved=PAGES + " (National Guard Bureau story on nationalguard.mil; the lines 'Home : News', 'NEWS | Oct. 5, 2015' and the byline 'By National Guard Bureau' dropped; the paragraph 'Guard members have also been responding to flood conditions in North Carolina and Virginia as well. ... Over the weekend, more than 550 Guard ', cut in the stored copy, dropped)",
    text='''More than 2,300 Guard members respond to flooding throughout East Coast
ARLINGTON, Va.– Roughly 2,300 Guard members in three states are on duty Wednesday responding to severe flooding as a result of heavy rainfall from Hurricane Joaquin.
In hard-hit South Carolina, Soldiers and Airmen with the South Carolina National Guard have been performing a variety of missions. On Saturday, Guard members delivered more than 14,000 sandbags to numerous locations throughout areas affected by flooding.
“With all the rainfall we’ve been getting, these sandbags will go on highways and bridges to ensure that the highway infrastructure stays intact,” said Sgt. 1st Class Joseph Smith, with the South Carolina Army National Guard’s 1050th Transportation Battalion. “The process will probably wrap up Sunday night or Monday morning.”
Soldiers from the South Carolina Army Guard also used UH-60 Black Hawk helicopters to respond to multiple rescue missions over the weekend, said South Carolina Guard officials. Additionally, Guard members have used Humvees and other trucks to transport first responders through high water and also used HEMTT trucks to recover fire trucks stranded in high water areas.
Guard members in South Carolina may be called out to support other missions, including clearing debris, security operations and distribution of food and water.
“I like being able to help the people of South Carolina because I know they need my help,” said Spc. Joshua Monk, with the South Carolina Army Guard’s 1052nd Transportation Company. “We train and prepare for this throughout the year.”''',
    quotes=[
        Q('“With all the rainfall', 'stays intact,”', "Joseph Smith"),
        Q('“The process will probably', 'Monday morning.”', "Joseph Smith"),
        Q('“I like being able to help', 'need my help,”', "Joshua Monk"),
        Q('“We train and prepare', 'throughout the year.”', "Joshua Monk"),
    ],
    aliases={"Joseph Smith": ["Sgt. 1st Class Joseph Smith"],
             "Joshua Monk": ["Spc. Joshua Monk"]},
),
dict(
    id="ngb-indiana-guard-army-corps-flood-relief-2008",
    source="http://www.nationalguard.mil/News/ArticleView/tabid/5563/Article/573302/guard-army-corps-provide-flood-relief.aspx",
    license=PD, retrieved=PAGES + " (story on nationalguard.mil; the site lines ('An official website of the United States government', the .mil and lock notices), 'Home : News : Article View', 'NEWS | June 17, 2008' and the byline 'By SSgt Justin Goeden, Sgt Kimberly Calkins, and Spc William E. Henry' dropped; the paragraph 'Indiana National Guard Soldiers and Airmen pushed out an average of 2,500 sandbags an hour at the height of mobilization We', cut in the stored copy, dropped)",
    text='''Guard, Army Corps Provide Flood Relief
INDIANAPOLIS - Soldiers and Airmen from the Indiana National Guard began returning to home stations Sunday after spending eight days fighting floodwaters in southwest Indiana.
Sixty Soldiers from Joint Task Force-81 will remain behind in the vicinity of East Mount Carmel and New Harmony, Ind., working with local responders to observe the water level at local levees.
"I think we've done really well," said Sgt. Lauren Hroblak of the 38th Infantry Division, who was participating in her first relief mission near New Harmony. "I see a lot of progress, there's a lot of good that's happened because of what we're doing. Hopefully, a lot of damage has been avoided because of this. We're keeping motivation high and of course you know it's raining so it's never fun, but we're making it fun."
More than 1,300 Soldiers and Airmen have worked with Indiana communities for the past week in their efforts to keep the water out and protect critical infrastructure and historical sites. Work included filling at least 60,000 sand bags and positioning more than 23,000, providing potable water to civilians and protecting clean water and sewage facilities.
The U.S. Army Corps of Engineers, Rock Island District, also supplemented local efforts by providing additional supplies to Midwest communities, including another 5,948,000 sandbags, 45 emergency water pumps and 516 rolls (approximately 9 miles) of plastic sheeting.''',
    quotes=[
        Q('"I think we\'ve done really well,"', None, "Lauren Hroblak"),
        Q('"I see a lot of progress', 'making it fun."', "Lauren Hroblak"),
    ],
    aliases={"Lauren Hroblak": ["Sgt. Lauren Hroblak"]},
),
dict(
    id="va-nicholson-veterans-day-ceremonies",
    source="http://www.va.gov/opa/pressrel/pressrelease.cfm?id=1206",
    license=PD, retrieved=PAGES + " (VA Office of Public and Intergovernmental Affairs news release on va.gov; the closing marks '#   #   #' and '###', the media-relations line 'Reporters and media outlets with questions or comments should contact ...' and the cut line after it dropped; trailing spaces of the stored lines trimmed)",
    text='''Ceremonies throughout Nation Honor Veterans’ Service
WASHINGTON — Secretary of Veterans Affairs Jim Nicholson urged Americans to “honor our heroes” on November 11, Veterans Day, from the handful of World War I survivors to the nearly 600,000 veterans who have served in Iraq and Afghanistan.
“America has been blessed by having brave men and women willing to answer the call of their country,” said Nicholson, himself a combat veteran of the Vietnam War. “The 24 million surviving American veterans are models of self-sacrifice, devotion to duty and love of country.”
Nicholson also called on veterans to show their pride in their military service by wearing on Veterans Day the medals they received on active duty.  The VA Secretary said he hopes this display of military decorations, called the “Veterans Pride Initiative,” will become a traditional part of Veterans Day, Memorial Day, the Fourth of July and other patriotic observances.
On Veterans Day, Nicholson will take part in the traditional laying of the wreath at the Tomb of the Unknowns at Arlington National Cemetery.  The annual event is scheduled for 11 a.m., which commemorates the official end of World War I.
Also during the Veterans Day weekend, Public Broadcasting System stations across the country plan to broadcast a special hour-long program highlighting the National Veterans Creative Arts Festival held in Rapid City, S.D., on Oct. 22.
The National Veterans Creative Arts Festival is a year-long fine arts competition for patients at VA hospitals and clinics, many of whom use the creative arts as part of their rehabilitation.
In addition, VA medical centers and especially the 124 VA-administered national cemeteries across the country will be holding their own local events to mark Veterans Day.''',
    quotes=[
        Q('“honor our heroes”', None, "Jim Nicholson"),
        Q('“America has been blessed', 'their country,”', "Jim Nicholson"),
        Q('“The 24 million surviving', 'love of country.”', "Jim Nicholson"),
        Q('“Veterans Pride Initiative,”', None, None),
    ],
    aliases={"Jim Nicholson": ["Secretary of Veterans Affairs Jim Nicholson", "Nicholson", "The VA Secretary"]},
),
dict(
    id="va-mansfield-veterans-day-events-2007",
    source="https://news.va.gov/?p=5582",
    license=PD, retrieved=PAGES + " (VA news release of November 2007 on news.va.gov; the stored copy begins with the dateline, without headline; trailing spaces trimmed and the leading spaces before the list bullets '•' trimmed, the bullets kept; the fourth list item 'A “Dancing with the S', cut in the stored copy, dropped)",
    text='''WASHINGTON — Department of Veterans Affairs facilities across the country will observe Veterans Day (Sunday, Nov. 11) with events including parades featuring military bands, wheelchair races, motorcycle rides, aircraft flyovers and appearances by celebrities and political leaders.
The variety of local events occurring over this weekend will be in addition to those taking place around the nation’s capital, including the traditional wreath-laying ceremony on Sunday morning at the Tomb of the Unknowns at Arlington National Cemetery.   A special Veterans Day Observance early Sunday afternoon at the Wall will mark the 25th anniversary of the Vietnam Veterans Memorial and will feature a keynote address by Gen. Colin Powell.
“There are events taking place just about everywhere in our country to show our nation’s veterans how proud our people are of the service and sacrifices they have made for our country,” said Acting VA Secretary Gordon Mansfield. “We at VA are honored to help organize and take part in these activities because our mission is to provide the best possible care, treatment and benefits for our nation’s veterans.”
Highlights include:
• A “Veterans for Veterans Motorcycle Ride and Show” at the Shreveport, La., VA Medical Center.  Last year, 350 motorcyclists rode in the parade to the medical center.
• The appearance of nationally renowned stuntman and former Green Beret Spanky Spangler as Grand Marshal of the 2007 Veterans Day Parade in Phoenix.  Other Grand Marshals for the parade will be Medal of Honor recipients Silvestre Herrera and Fred Ferguson.
• A speech in Columbia, Mo., by Dr. James Toombs, a primary care provider and director of the VA Medical Center’s Pain Clinic.  Toombs recently received the Army’s Bronze Star Medal for his efforts while deployed in Iraq to help create a system to track soldiers with multiple head injuries resulting from explosive blasts.''',
    quotes=[
        Q('“There are events taking place', 'for our country,”', "Gordon Mansfield"),
        Q('“We at VA are honored', 'nation’s veterans.”', "Gordon Mansfield"),
        Q('“Veterans for Veterans Motorcycle Ride and Show”', None, None),
    ],
    aliases={"Gordon Mansfield": ["Acting VA Secretary Gordon Mansfield"]},
),
dict(
    id="mcipac-futenma-volunteers-school-2013",
    source="https://www.mcipac.marines.mil/Media-Room/News/Article/532173/service-members-unselfishness-shines",
    license=PD, retrieved=PAGES + " (Marine Corps Installations Pacific story on mcipac.marines.mil; the site lines 'NEWS', 'MCIPAC Logo', 'Forward Deployed. Forward Engaged.', 'Official U.S. Marine Corps Website', 'Photo Information', the photo caption, 'Photo by Lance Cpl. Pete Sanders' (twice) and the date and byline line '27 Jun 2013 | Lance Cpl. Pete Sanders Marine Corps Installations Pacific' dropped; the paragraph '“It’s great that we came out here to get dirty and clean up the school,” said Cpl. Kandice Barney, a motor transport operator', cut in the stored copy, dropped)",
    text='''Service members’ unselfishness shines
The Marine Corps has long held unselfishness as a prized virtue and lists this quality as one of 14 leadership traits expected to be possessed by all Marines.
Service members demonstrated this trait June 15 when they helped clean the grounds of the World Mission Christian School in Nakagusuku.
The volunteer service was an effort to strengthen the ties between service members and the surrounding community, according to Navy Lt. Wesley E. Scholtz, the chaplain with Headquarters and Headquarters Squadron, Marine Corps Air Station Futenma, Marine Corps Installations Pacific.
“Our goal is to show our host country that we can be a blessing to them, and by extending that blessing to them our relationship is infinitely better,” said Scholtz.
The good will demonstrated by participating in events like this serves as proof of the true nature of the U.S. military, according to Scholtz.
“These community relations projects show that the Marines and sailors are caring, good neighbors,” said Scholtz. “This is the true, accurate representation of our armed services.”
Throughout the day, volunteers pulled weeds, cut grass, trimmed hedges, and picked up litter to beautify the school area.''',
    quotes=[
        Q('“Our goal is to show', 'infinitely better,”', "Wesley E. Scholtz"),
        Q('“These community relations', 'good neighbors,”', "Wesley E. Scholtz"),
        Q('“This is the true', 'armed services.”', "Wesley E. Scholtz"),
    ],
    aliases={"Wesley E. Scholtz": ["Navy Lt. Wesley E. Scholtz", "Scholtz"]},
),
dict(
    id="cherrypoint-hhs-volunteers-barden-school-2013",
    source="https://www.cherrypoint.marines.mil/News/Article/525732/marines-sailors-volunteer-beautify-local-school/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Cherry Point story on cherrypoint.marines.mil; the site lines ('An official website of the United States government', 'Here's how you know', the .mil and lock notices), 'MCAS Cherry Point News', 'Photo Information', the photo caption, 'Photo by Pfc. Grace L. Waladkewics' and the date and byline line '14 Aug 2013 | Pfc. Grace L. Waladkewics Marine Corps Air Station Cherry Point' dropped; the leading space of the second paragraph trimmed; the principal's second sentence is left open at its paragraph end in the copy (H450); the stored copy ends after the custodian's paragraph)",
    text='''Marines, Sailors volunteer, beautify local school
More than 15 Marines and Sailors with Headquarters and Headquarters Squadron and 2nd Marine Aircraft Wing gathered at Graham A. Barden Elementary School in Havelock Friday as volunteers to prepare the school grounds for the students’ return from summer break as part of the H&HS’s adopt-a-school program.
The volunteers grabbed rakes, wheel barrels, hedge clippers, leaf blowers and power washers and got to work on a variety of clean-up and beautification projects.
“The purpose of this volunteer opportunity is to beautify our campus,” said Marilyn M. Brown, the school’s principal. “Appearance is everything, and the outside of the school determines what the inside is like in the eyes of the community.
“Having a beautiful and welcoming school is something the students take pride in,” said Chief Petty Officer Michael P. Larson, a supply chief with H&HS. “When they take pride in their school, they take pride in themselves,” he said.
“The volunteers are greatly appreciated by everyone; anytime the base personnel are contacted, they come,” said Alonzo J. Falls, the lead day custodian at the school.''',
    quotes=[
        Q('“The purpose of this volunteer', 'our campus,”', "Marilyn M. Brown"),
        Q('“Appearance is everything', 'of the community.', "Marilyn M. Brown"),
        Q('“Having a beautiful', 'take pride in,”', "Michael P. Larson"),
        Q('“When they take pride', 'in themselves,”', "Michael P. Larson"),
        Q('“The volunteers are greatly', 'they come,”', "Alonzo J. Falls"),
    ],
    aliases={"Michael P. Larson": ["Chief Petty Officer Michael P. Larson"]},
),
dict(
    id="beaufort-marines-toys-adopt-a-school-2001",
    source="https://www.beaufort.marines.mil/CommStrat/News/News-View/Article/523746/air-station-marines-volunteer-time-with-local-kids/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Beaufort story on beaufort.marines.mil; the date and byline line '12 Jan 2001 | Sgt. Todd Greenwood' dropped; the paragraph '\"You can't say enough about the Marines who give of their time to make these readin', cut in the stored copy, dropped)",
    text='''Air Station Marines volunteer time with local kids
Marines from commands across the Air Station recently topped their volunteer efforts at Beaufort County schools by donating toys to children who might otherwise not receive them.
"They came over with several carloads of toys," said Beverly McIntyre, Lady's Island Elementary school counselor. "We had identified about 25 children who could benefit from a donation, but we got a lot more than we'd anticipated. The generosity of the Marines was really impressive."
Adopt-a-School is a Department of Defense-sponsored volunteer reading program that pairs military units with area elementary schools. The program is designed to help school children improve their literacy, while encouraging stronger bonds between service members and the local community.
With several of the Air Station's larger units now partnered with schools in reading programs, donations this holiday season added up to a lot of toys for local children.
According to Whale Branch Elementary School Principal Cheryl Fuller, her school anticipates great things from their recent partnership with Combat Service Support Detachment 23.
"We're at a really exciting time because we were just adopted by them (CSSD-23)," said Fuller. "We've heard really good things about the Marine volunteers and their work reading with the children at other schools, so we were glad to be able to participate. They toys are an added bonus."
According to Fuller, the CSSD Marines may have set the mark to beat for holiday volunteer spirit among Air station units.
"That's a toy for every child declared free or reduced lunch - that's about 400 children here," said Fuller. "That's a very impressive beginning."
While toy donations once a year are appreciated by the schools, Marine volunteers in local area reading programs embody the Christmas spirit of giving year-round.''',
    quotes=[
        Q('"They came over', 'carloads of toys,"', "Beverly McIntyre"),
        Q('"We had identified', 'really impressive."', "Beverly McIntyre"),
        Q('"We\'re at a really exciting time', '(CSSD-23),"', "Cheryl Fuller"),
        Q('"We\'ve heard really good things', 'added bonus."', "Cheryl Fuller"),
        Q('"That\'s a toy for every child', 'children here,"', "Cheryl Fuller"),
        Q('"That\'s a very impressive beginning."', None, "Cheryl Fuller"),
    ],
    aliases={"Cheryl Fuller": ["Whale Branch Elementary School Principal Cheryl Fuller", "Fuller"]},
),
dict(
    id="dvids-2nd-mlg-marines-give-back-2014",
    source="https://www.dvidshub.net/news/122130/our-community-2nd-mlg-marines-make-time-give-back",
    license=PD, retrieved=PAGES + " (II Marine Expeditionary Force story on dvidshub.net; the site lines (maintenance notice, log-in lines, 'Defense Visual Information Distribution Service Logo'), the headline's second copy, the photo line 'Photo By Sgt. Paul Peterson | Lance Cpl. Travis Brunson, ... read more read more', the location line 'CAMP LEJEUNE, NC, UNITED STATES', the date '03.17.2014', 'Story by Cpl. Paul Peterson' and 'II Marine Expeditionary Force' dropped; the leading spaces of the stored lines trimmed; the paragraph 'Company representatives reached out to four area sites to facil', cut in the stored copy, dropped)",
    text='''Our community: 2nd MLG Marines make time to give back
CAMP LEJEUNE, N.C. - Service members are a crucial facet of the community in Jacksonville, N.C. With the largest Marine Corps installation on the East Coast sitting right outside the city’s center, the Marine presence helps define the community’s atmosphere, which in turn shapes the day-to-day lives of the Marines who serve here.
Jacksonville is home to their children’s schools and shopping centers. They follow its local ordinances, vote in its voting centers, and visit with friends in local restaurants. For many young Marine families, it is also the site of their first home.
It’s an easily overlooked reality for the men and women on base, whose long working hours absorb much of their attention. In that spirit, 30 Marines with General Support Maintenance Company, 2nd Maintenance Battalion, 2nd Marine Logistics Group decided to take time out of their day March 15 and give back to the people who support them.
“I have long envisioned a day like this to help out our community and build camaraderie amongst the Marines in this company,” said 1st Lt. Joseph Strumolo, the company’s commanding officer, in a letter of instruction addressed to his Marines. “I want the Marines to volunteer because they want to make a difference ... I want Marines to give back to the community on their own time.”''',
    quotes=[
        Q('“I have long envisioned', 'in this company,”', "Joseph Strumolo"),
        Q('“I want the Marines to volunteer', 'their own time.”', "Joseph Strumolo"),
    ],
    aliases={"Joseph Strumolo": ["1st Lt. Joseph Strumolo"]},
),
]
