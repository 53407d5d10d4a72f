# Held-out English news pages (tests/data/heldout216-en.jsonl), none of them used in an earlier set. US National Guard
# and Marine Corps news stories, works of the US government in the public domain (17 U.S.C. § 105), written by soldiers,
# Marines or civilian public-affairs staff and taken from stored web pages (the `pages` search corpus), none on sports:
# three National Guard Bureau stories on hurricane response (nationalguard.mil: the chief's visit to New Orleans after
# Hurricane Ida, 2021, by Master Sgt. Jim Greenhill; the Guard's rescues after Hurricane Ike, 2008;
# arkansas.nationalguard.mil: the relief after Hurricanes Milton and Helene, 2024), a change-of-command ceremony of the
# 10th Marine Regiment, 2011 (2ndmardiv.marines.mil), the 26th Marine Expeditionary Unit's volunteers at Swansboro
# Elementary School, 2014 (26thmeu.marines.mil, by Lance Cpl. Joshua W. Brown) and Marine Rotational Force - Darwin at
# Moulden Park Primary School, 2013 (dvidshub.net printable page, by Sgt. Sarah Fiocco). None is credited to AP, Reuters,
# AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and
# a cut paragraph is dropped (noted in `retrieved`). Site banners ('An official website of the United States
# government', 'Here's how you know', the .mil and lock lines, 'Home : News : Article View', 'Unit HomeNews', the unit
# name and motto lines, 'SHARE'), 'NEWS | date' labels, byline lines, the DVIDS printable page's unit, 'Story by',
# 'Date', 'Posted' and 'News ID' lines and its image title line are dropped; leading and trailing blanks of a line are
# dropped; wording ('Maj. Gen Charles Rodriguez', 'Guardmembers', 'Guardmen'), spacing inside paragraphs and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1365-H1369 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout216-en.jsonl

Built by `build.py` from `heldout216_pages.py`. Like heldout166-en, heldout174-en, heldout179-en, heldout206-en and
heldout210-en, these texts are US military news stories written by soldiers, Marines or civilian public-affairs staff,
taken from stored web pages (the `pages` search corpus), none of them used in a set above and none on sports, this time
National Guard and Marine Corps stories: three National Guard Bureau stories on hurricane response (nationalguard.mil:
Army Gen. Daniel Hokanson in New Orleans after Hurricane Ida, 2021, Jay Banks, LaToya Cantrell; the Guard's rescues
after Hurricane Ike, 2008, James Waskom, Charles Rodriguez; arkansas.nationalguard.mil: Hurricanes Milton and Helene,
2024, Pedro Montero), the 10th Marine Regiment's change of command, 2011 (2ndmardiv.marines.mil: W. Lee Miller,
Phillip W. Boggs), the 26th Marine Expeditionary Unit at Swansboro Elementary School, 2014 (26thmeu.marines.mil: Wayne
Hall, Matthew Davies) and Marine Rotational Force - Darwin at Moulden Park Primary School, 2013 (dvidshub.net: Mary
Warlick, Eli Cuaresma). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site banners, bylines, 'NEWS | date' labels and the DVIDS printable
page's header lines were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by article id, by the names of their speakers, including the other helpers' worktrees). The
annotation (rules H1365–H1369 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-ng-2021-09-07-thank-your-troops-louisiana-leaders",
    source="https://www.nationalguard.mil/News/Article-View/Article/2766724/thank-your-troops-louisiana-leaders-tell-national-guard-chief/",
    license=PD, retrieved=PAGES + " (National Guard Bureau story on nationalguard.mil, by Army Master Sgt. Jim Greenhill; the banner lines, 'Home : News : Article View', 'NEWS | Sept. 7, 2021' and the byline dropped; headline kept as first line; the paragraph '\"For ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Thank your troops, Louisiana leaders tell National Guard chief
NEW ORLEANS – Community leaders had a message for Army Gen. Daniel Hokanson when he visited New Orleans Tuesday to assess the National Guard's response to Hurricane Ida and see troops.
They gathered around him on the street with words they wanted shared with the entire force.
"We are absolutely eternally grateful for all the help that you all have given us," said Councilman Jay Banks, New Orleans City Council, one of several leaders who heaped praise on the response led by the Louisiana National Guard.
A Category 4 storm with 150 mph maximum sustained winds, Hurricane Ida made landfall near Port Fourchon, Louisiana, Aug. 29, the 16th anniversary of Hurricane Katrina.
"This storm was devastating, one of the biggest five in the history of this country," Banks said. "We had infrastructure fails that have never happened before, yet you all are helping us get our people back into place. That is something that we can never say enough thanks for."
By Tuesday morning, more than 8,800 Guard members from 14 states had rescued 397 people and 65 pets; distributed more than 4.4 million bottles of water, more than 3.8 million meals ready to eat and 224,000 sandbags; assessed more than 4,400 miles of roads, and cleared more than 2,700 miles, the Louisiana Guard reported.
"Heroic work," New Orleans Mayor LaToya Cantrell called the continuing response.
Guard members also are providing security, communication, generator support and command and control, and continuing route clearance.''',
    quotes=[
        Q('"We are absolutely', 'given us,"', "Jay Banks"),
        Q('"This storm was devastating', 'this country,"', "Jay Banks"),
        Q('"We had infrastructure fails', 'thanks for."', "Jay Banks"),
        Q('"Heroic work,"', None, "LaToya Cantrell"),
    ],
    aliases={"Jay Banks": ["Councilman Jay Banks", "Banks"], "LaToya Cantrell": ["New Orleans Mayor LaToya Cantrell"]},
),
dict(
    id="mil-en-ng-2008-09-16-guard-hauls-nearly-2500-to-safe-havens",
    source="https://www.nationalguard.mil/News/Article-View/Article/573585/guard-hauls-nearly-2500-to-safe-havens",
    license=PD, retrieved=PAGES + " (National Guard Bureau story on nationalguard.mil; the banner lines, 'Home : News : Article View', 'NEWS | Sept. 16, 2008' and the byline 'By National Guard Bureau' dropped; headline kept as first line; the paragraph 'Louisiana troops rescued 308 citizens ...', cut in the stored copy, dropped; 'Maj. Gen Charles Rodriguez' and straight marks as stored; the army.mil copy of the same story (article 12445) is not used)",
    text='''Guard hauls nearly 2,500 to safe havens
ARLINGTON, Va. - Hauling people to safe, dry places became one of the main missions for National Guard troops after Hurricane Ike rampaged through Texas and Louisiana on Friday night and Saturday.
Guardmembers had rescued nearly 2,000 people in Texas, the hardest hit state, by Monday, and had rescued or evacuated another 343 in Louisiana, the states reported.
"We're proud of the work our troops are doing out there," said Lt. Col. James Waskom, deputy commander of Louisiana's 256th Infantry Brigade Combat Team. "But we've got to keep our heads in the game because there is lots of work still out there to do."
Texas Guard members utilized ground, water and air assets to help people stranded by the hurricane that, ironically, bears the famous nickname of one of the state's most famous sons. Dwight D. Eisenhower, the 34th president, was born in Denison, Texas, near the Oklahoma border, in 1890.
Texas troops had rescued 1,554 people with ground vehicles and boats and had rescued another 394 people with helicopters by midday Monday, reported Kristine Munn, a spokesperson for the National Guard Bureau. Furthermore, they had assisted 639 people who were not evacuated and had assessed the damage to about 500 buildings.
"The No. 1 mission is search and rescue, second is damage assessment, and third is setting up points of distribution," said Maj. Gen Charles Rodriguez, the Texas adjutant general, before the storm struck. That is how it all worked out in both states.''',
    quotes=[
        Q('"We\'re proud of the work', 'out there,"', "James Waskom"),
        Q('"But we\'ve got to keep', 'there to do."', "James Waskom"),
        Q('"The No. 1 mission', 'points of distribution,"', "Charles Rodriguez"),
    ],
    aliases={"James Waskom": ["Lt. Col. James Waskom"], "Charles Rodriguez": ["Maj. Gen Charles Rodriguez"]},
),
dict(
    id="mil-en-arng-2024-10-09-national-guard-helps-hurricane-milton-helene-victims",
    source="https://arkansas.nationalguard.mil/Public-Affairs-Office/News/Article/3931559/national-guard-helps-hurricane-milton-helene-victims",
    license=PD, retrieved=PAGES + " (National Guard Bureau story on the Arkansas National Guard's site; the banner lines, 'NEWS | Oct. 9, 2024' and the byline 'By National Guard Bureau' dropped; headline kept as first line; the paragraph 'More than 3,600 Guard members from 15 states ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''National Guard Helps Hurricane Milton, Helene Victims
ARLINGTON, Va. - Over 11,000 National Guard Soldiers and Airmen were conducting Hurricane Milton and Hurricane Helene relief missions in the Southeast Sunday, helping first responders and victims by air, land and water.
Disaster relief operations were centered in the hardest-hit areas of Florida, North Carolina, Georgia and Tennessee. Guard assistance also continued in Virginia.
As of Sunday, over 7,600 Guardsmen from 19 states were mobilized in response to the severe damage caused by Hurricane Milton, which made landfall in Florida Wednesday as a Category 3 hurricane. They rescued hundreds of people threatened by flooding, cleared roads, distributed food, water and other vital supplies, provided security, directed traffic — even provided much-needed hugs to residents reeling from the damage caused by the storms. Resources included two helicopters, 590 high-water vehicles and 13 boats.
“We train for situations like this, but actually being out there, saving lives and removing people from dangerous conditions really hits home,” said 1st Sgt. Pedro Montero, who was among the Florida National Guardmen helping people in the Fort Pierce area following tornadoes. “Our Soldiers are dedicated to helping the community, and there’s no greater honor than stepping in when people need us most. These aren’t just strangers we’re helping — these are our neighbors, our families.”''',
    quotes=[
        Q('“We train for situations', 'really hits home,”', "Pedro Montero"),
        Q('“Our Soldiers are dedicated', 'our families.”', "Pedro Montero"),
    ],
    aliases={"Pedro Montero": ["1st Sgt. Pedro Montero"]},
),
dict(
    id="mil-en-usmc-2011-07-boggs-leads-artillery-to-the-21st-century",
    source="https://www.2ndmardiv.marines.mil/News/Article/Article/515697/boggs-leads-artillery-to-the-21st-centuryleaves-big-shoes-to-fill/",
    license=PD, retrieved=PAGES + " (2nd Marine Division story on 2ndmardiv.marines.mil; the stored copy has no headline and begins with the dateline paragraph; the paragraph '“We have been civil affairs, military police, infantry, trucks; you name it we...', cut in the stored copy, dropped; 'LEJEUNE' and curly marks, the nested single marks in Boggs' first quotation and the '—' before '“The needs' as stored)",
    text='''MARINE CORPS BASE CAMP LEJEUNE, N.C. -- Friends, families, Marines and sailors gathered for a change of command ceremony July 15, 2011, aboard Marine Corps Base Camp Lejeune, N.C., during which Col. Phillip W. Boggs relinquished his duties as commanding officer of 10th Marine Regiment, 2nd Marine Division, to Col. Bradley R. Hall.
“Phillip, as you relinquish command from 10th Marine Regiment, do so with a tremendous sense of pride and accomplishment. The performance of this fine battalion is nothing short of historic,” said Brig. Gen. W. Lee Miller, the acting commanding general of 2nd MarDiv.
In typical Marine Corps fashion, Boggs handed the unit colors to his counterpart, and Hall officially took control of the battalion.
A chest pounding thud ripped through the air as cannons blasted rounds through the sky. The historically symbolic display of artillery’s firepower engulfed the crowd with a cloud of smoke. Boggs approached the parade deck and turned to the crowd.
“I would like to start off with a famous quote from Thomas Paine, ‘These are the times that try men’s souls’,” said Boggs.
What he was referring to was the challenge he took on with transforming 10th Regiment into the powerhouse it is known for today. When Boggs originally came on deck, he said he was a little concerned about where his unit stood in—“The needs of the Marine Corps.”
“Are we irrelevant? Are we a cold war relic? Are we something of the industrial age and not a part of the information age?” said Boggs.
Boggs got straight to work and simultaneously trained and deployed units to Afghanistan. He made it a point to make sure his, “Kings of the battlefield,” didn’t become a relic.
Over the past several years, Boggs said the artillery community morphed into a multi-purpose task force that proved no matter what the circumstances are, any type of Marine unit can, “Adapt and overcome.”''',
    quotes=[
        Q('“Phillip, as you relinquish', 'short of historic,”', "W. Lee Miller"),
        Q('“I would like to start off', 'men’s souls’,”', "Phillip W. Boggs"),
        Q('“The needs of the Marine Corps.”', None, None),
        Q('“Are we irrelevant?', 'information age?”', "Phillip W. Boggs"),
        Q('“Kings of the battlefield,”', None, None),
        Q('“Adapt and overcome.”', None, None),
    ],
    aliases={"W. Lee Miller": ["Brig. Gen. W. Lee Miller"], "Phillip W. Boggs": ["Col. Phillip W. Boggs", "Boggs"]},
),
dict(
    id="mil-en-usmc-2014-03-24-swansboro-school-gets-marine-reinforcements",
    source="http://www.26thmeu.marines.mil/News/Article/516731/swansboro-school-gets-marine-reinforcements/",
    license=PD, retrieved=PAGES + " (26th Marine Expeditionary Unit story on 26thmeu.marines.mil, by Lance Cpl. Joshua W. Brown; the site lines 'Unit HomeNews', '26th Marine Expeditionary Unit', 'A Certain Force in an Uncertain World', 'Camp Lejeune, North Carolina', '26th MEU News Search', 'News', the byline with its date and 'SHARE' dropped; headline kept as first line; the paragraph 'Volunteers commit their own leisure time ...', cut in the stored copy, dropped; curly marks and the ellipsis '…' in Matthew Davies' quotation as stored)",
    text='''Swansboro school gets Marine reinforcements
The 26th Marine Expeditionary Unit conducts a wide range of operations to fulfill the mission of the Marine Corps. Sometimes these responsibilities lie outside the field of battle and diplomacy, and instead focus on the needs of their local community.
The MEU is sponsoring Swansboro Elementary School, which involves volunteers helping with math, reading, art and a variety of other classes.
U.S. Navy Lt. Cmdr. Wayne Hall, 26th MEU chaplain, arranged the unit’s connection with the school and encouraged volunteer involvement.
“Many kids out in the community may not be aware what Marines and sailors do,” said Hall. “We want to show them.”
Hall said volunteering is beneficial to both MEU personnel and Swansboro Elementary School students.
“It’s professionally and personally rewarding,” said Hall. “Getting out and helping a child learn how to read is pretty cool.”
Volunteers help teachers meet their goals for each student and help provide one-on-one tutoring.
“The school staff is positive, and the volunteers help them focus on their objectives,” said Hall.
Hall said the relationship between the school and the MEU is meant to be long lasting and continue to benefit and reward both parties.
Those who volunteered expressed joy after assisting in classrooms and working with students.
“The best part of volunteering is exercising selflessness … with only the reward of seeing kids, in a variety of situations, having fun learning,” said Sgt. Matthew Davies, 26th MEU radio supervisor.''',
    quotes=[
        Q('“Many kids out', 'sailors do,”', "Wayne Hall"),
        Q('“We want to show them.”', None, "Wayne Hall"),
        Q('“It’s professionally and personally rewarding,”', None, "Wayne Hall"),
        Q('“Getting out and helping', 'pretty cool.”', "Wayne Hall"),
        Q('“The school staff is positive', 'their objectives,”', "Wayne Hall"),
        Q('“The best part of volunteering', 'fun learning,”', "Matthew Davies"),
    ],
    aliases={"Wayne Hall": ["U.S. Navy Lt. Cmdr. Wayne Hall", "Hall"], "Matthew Davies": ["Sgt. Matthew Davies"]},
),
dict(
    id="mil-en-dvids-2013-05-15-mrf-d-marines-engage-local-schools",
    source="https://www.dvidshub.net/news/printable/106926",
    license=PD, retrieved=PAGES + " (printable DVIDS page of news ID 106926, by Sgt. Sarah Fiocco, Marine Rotational Force - Darwin; headline kept as first line; the lines 'Marine Rotational Force - Darwin', 'Story by Sgt. Sarah Fiocco', 'Date: 05.15.2013', 'Posted: 05.15.2013 03:24', 'News ID: 106926' and the image title line 'MRF-D Marines engage local school' dropped; the paragraph '“This is the most rewarding part of the rotation ...,” said Lt. Col. Matthew Puglisi ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''MRF-D Marines engage local schools
PALMERSTON, Northern Territory, Australia – Marines with Marine Rotational Force – Darwin reached out to students at Moulden Park Primary School by serving an American-style breakfast, helping out in their lessons and breaking a sweat with the pupils during their physical education classes, here, May 15.
The Marines weren’t the only ones visiting with the students at the local school. Consul General Mary Warlick, US Consulate General, also spent time getting to know the students.
“It’s been a real pleasure to be here at Moulden Primary School and to see the Marines at work collaborating with the students,” said Warlick. “I really want to thank the teachers and leadership here at the school for their partnership and bringing the Marines into the school. I think it’s a wonderful collaboration.”
Marines who visit with students at the school three times a week say they enjoy spending time with the children.
“We’ve noticed a big difference in their attitudes. They’re excited we’re here,” said Sgt. Eli Cuaresma, embark chief, Forward Coordination Element, MRF-D. “Their three values are being safe, being responsible and being respectful. We try to talk to them about exactly what those values mean. I feel like we’re making a difference.”
Since last year, when the community-relations program began at Moulden during the first rotation, Marine involvement in the school system has continued to grow. Now there is a Marine presence at Gray Primary School and at Casuarina Senior College’s Clontarf Foundation.''',
    quotes=[
        Q('“It’s been a real pleasure', 'the students,”', "Mary Warlick"),
        Q('“I really want to thank', 'wonderful collaboration.”', "Mary Warlick"),
        Q('“We’ve noticed a big difference', 'we’re here,”', "Eli Cuaresma"),
        Q('“Their three values', 'making a difference.”', "Eli Cuaresma"),
    ],
    aliases={"Mary Warlick": ["Consul General Mary Warlick", "Warlick"], "Eli Cuaresma": ["Sgt. Eli Cuaresma"]},
),
]
