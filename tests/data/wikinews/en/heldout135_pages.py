# Held-out English news pages (tests/data/heldout135-en.jsonl), none of them used in an earlier set. US military news
# stories, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages`
# search corpus): a DVIDS story of June 2011 on the Army's 236th birthday at Camp Victory, Baghdad (dvidshub.net), a
# Marine Corps Installations Pacific story on Marines' field stories (mcipac.marines.mil), a Fort Detrick 'Standard' story
# of June 2013 on the Army's 238th birthday streamer ceremony (detrick.army.mil), and two verbatim reposts on military news
# blogs: a 366th Fighter Wing Public Affairs story of June 2014 on the 391st Fighter Squadron's deployment to the Pacific
# (military-online.blogspot.com) and a 2nd Marine Aircraft Wing (Fwd) story of May 2011 on the dedication of a compound at
# Camp Leatherneck to Lt. Col. Benjamin J. Palmer (militaryphotographer.blogspot.com, a monthly archive page). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, photo captions, 'Posted by PAO'
# and footer lines are dropped; the hard line wraps of the military-online copy are joined with a space (one line per
# paragraph), leading and trailing blanks of a line are dropped; wording, spelling, spacing inside paragraphs and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1035-H1038 in ANNOTATION.md on
# top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDB = "public domain (US government work, 17 U.S.C. § 105; verbatim repost on a military news blog)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout135-en.jsonl

Built by `build.py` from `heldout135_pages.py`. Like heldout43-en, heldout50-en and heldout133-en, these texts are US
military news stories taken from stored web pages (the `pages` search corpus), none of them used in a set above: a DVIDS
story of June 2011 on the Army's 236th birthday celebration at Camp Victory, Baghdad, with Gen. Lloyd J. Austin III
(dvidshub.net), a Marine Corps Installations Pacific story on Marines' stories from the field (Camp Sendai, Japan;
mcipac.marines.mil), a Fort Detrick 'Standard' story of June 2013 on the Army's 238th birthday streamer ceremony
(detrick.army.mil), and two verbatim reposts on military news blogs: the 366th Fighter Wing Public Affairs story of June 2014
on the 391st Fighter Squadron's deployment to the Pacific (military-online.blogspot.com) and the 2nd Marine Aircraft Wing
(Fwd) story of May 2011 on the dedication of a Camp Leatherneck compound to Lt. Col. Benjamin J. Palmer
(militaryphotographer.blogspot.com, monthly archive page; only that story is kept). All are US government works in the
public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party (the Fort Detrick story is
signed 'Special to the Standard' and was posted by the garrison's public affairs office; see the doubt noted in
`ANNOTATION.md`, H1035). The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Site lines, captions, 'Posted by PAO' and footer lines were dropped, the hard line wraps of the
military-online copy joined; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text, including the other
helpers' worktrees). The annotation (rules H1035–H1038 in `ANNOTATION.md`) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-dvids-2011-06-army-236th-birthday-baghdad",
    source="https://www.dvidshub.net/news/72401/deployed-service-members-commemorate-celebrate-armys-236th-birthday",
    license=PD, retrieved=PAGES + " (DVIDS story of June 2011; the stored part begins with the dateline, no headline; the paragraph 'The Army is indeed evolving professionally and technologicall...', cut in the stored copy, dropped; the en dash in 'United States Forces – Iraq' and the curly marks kept)",
    text='''BAGHDAD - “Our Army is older than our country,” said Gen. Lloyd J. Austin III, commanding general for United States Forces – Iraq, when he spoke to more than 200 attendees during the Army birthday celebration in the Al Faw Palace on Camp Victory, June 14. “We should be very proud of our Army heritage.”
Service members, civilians and Iraqi officials gathered in the rotunda to witness the birthday celebration of the nation’s oldest and largest military branch.
Stemming from a conscripted Army, Austin said this military branch has become the most professional, educated, and lethal Army in the world since its transition to an all-volunteer Army in 1973.
The overhaul of the Army doctrine, personnel and training took years to mature, but the Army has reached a level of proficiency and lethality that has never been achieved before, he said.
“Our Army is resilient,” he said. “The all-volunteer Army has been essential to our success in this period of persistent conflicts and our soldiers are what make our Army great.”
The celebration included a display of unit and company guidons that are currently deployed in Iraq, a video of the Army’s history, fine tunes orchestrated by the Tropic Lightning Band of the 25th Infantry Division and a cake-cutting ceremony.
The cake cutting is a tradition within the military which is performed by the oldest and the youngest service members of the branch.
As the oldest Army service member on Victory Base Complex, Col. James Snyder, commander of 804th Medical Brigade, said he was extremely honored and privileged to be a part of the ceremony.
Also having the honors of cutting the cake, Pvt. 1st Class Aaron Johnston, the youngest Army service member on VBC and a chemical operations specialist with 145th Brigade Support Battalion, said it was a pleasure to take part in the event alongside Austin and Command Sgt. Maj. Joseph R. Allen, senior enlisted advisor, USF-I.''',
    quotes=[
        Q('“Our Army is older than our country,”', None, "Lloyd J. Austin III"),
        Q('“We should be very proud of our Army heritage.”', None, "Lloyd J. Austin III"),
        Q('“Our Army is resilient,”', None, "Lloyd J. Austin III"),
        Q('“The all-volunteer Army', 'make our Army great.”', "Lloyd J. Austin III"),
    ],
    aliases={"Lloyd J. Austin III": ["Gen. Lloyd J. Austin III", "Austin"]},
),
dict(
    id="gov-en-mcipac-stories-from-the-firing-line",
    source="https://www.mcipac.marines.mil/Media-Room/News/Article/531182/stories-from-the-firing-line-marines-ready-to-stand-against-any-foe",
    license=PD, retrieved=PAGES + " (Marine Corps Installations Pacific story 'Stories from the firing line: Marines ready to stand against any foe'; the stored part begins with the dateline, no headline or byline; the subheadings 'Facing the Elements', 'Marines in Mud' and 'Fighting in Fallujah' kept as lines; the paragraph '“I shot artillery in Iraq during the battle of Fallujah. ...', cut in the stored copy, dropped; the nested curly “peanut butter” inside Fruge's quotation and the missing verb after it kept as stored)",
    text='''CAMP SENDAI, Japan -- Marine Corps lore is as storied as any fighting force in history. The Marine Corps hymn tells of famous battles from “the halls of Montezuma, to the shores of Tripoli.”
Each field exercise, operation, or real-world deployment gives new opportunities for Marines to carry on the legacy, or at the least, have a good story to tell.
Facing the Elements
Equipped with combat boots, Kevlar helmets, and flak jackets, Marines are ready to stand against any foe. But cold is cold. And everyone gets cold.
“I was deployed to an exercise where it was so cold and we did not have enough warming layers and we had to run around just to keep warm. And in between the times we ran, we would stop and be standing separate, with space between us, and slowly we all started to mass together trying to stay warm. That night, it had gotten so cold that we were all pretty much laying on top of each other in an attempt to stay warm,” said Lance Cpl. Duane L. Carroll Jr., cannoneer.
Marines in Mud
Rain seems to chase around Marines during every training opportunity. Marines have even adapted a motto for it; “If it ain’t raining, we ain’t training.” However, with the rain comes the mud which the Marines are certain to find.
“I was sent to a field exercise and while we were out there it rained the entire time. The rain caused the ground to turn into “peanut butter” mud. We call it that because it was like trying to walk in peanut butter. Well this mud was orange, so from us lying in it to fire the weapons, every one of us looked like giant Cheetos. The mud got so bad; it was getting into the weapons and jamming them. The inside of the trucks looked like giant mud caves; it was on everything,” Cpl. Jacob Fruge, motor transportation operator, Gun Team Five.
Fighting in Fallujah
There are also the stories of Marines that originate on the battlefield.''',
    quotes=[
        Q('“the halls of Montezuma, to the shores of Tripoli.”', None, None),
        Q('“I was deployed to an exercise', 'attempt to stay warm,”', "Duane L. Carroll Jr."),
        Q('“If it ain’t raining, we ain’t training.”', None, None),
        Q('“I was sent to a field exercise', 'it was on everything,”', "Jacob Fruge"),
    ],
    aliases={"Duane L. Carroll Jr.": ["Lance Cpl. Duane L. Carroll Jr."], "Jacob Fruge": ["Cpl. Jacob Fruge"]},
),
dict(
    id="gov-en-army-detrick-2013-06-streamer-ceremony",
    source="http://www.detrick.army.mil/standard/entry.cfm?entry_id=75964685-901E-9DC9-3FAE8C4DD3D84808",
    license=PD, retrieved=PAGES + " (Fort Detrick 'Standard' story of June 28, 2013 on detrick.army.mil; date line, headline and byline 'By Alexis Underwood, Special to the Standard' kept as lines; the two leading blanks of the first body paragraph and the trailing blanks of Redd's paragraph dropped; 'Posted by PAO' and the footer 'For more Fort Detrick News, vist \"The Standa...' dropped; the spaced hyphens '- its soldiers -and' kept)",
    text='''28 June 2013
238 Years of Excellence Commemorated by Streamer Ceremony
By Alexis Underwood, Special to the Standard
A large crowd of onlookers honored the Army’s 238 years of quality service at a Streamer Ceremony, featuring U.S. Army Garrison Fort Detrick commander Col. Steven Middlecamp and Command Sgt. Maj. Cassandra Redd.
The event took place in front of the Headquarters building June 14. During the ceremony, the importance of the Army’s history and service was highlighted as various streamers were added to the Army flag by Redd. Afterwards, Middlecamp described the significance behind the Army’s efforts throughout American history that earned each streamer’s inclusion.
“The Army colors count 187 streamers to commemorate the 187 campaigns we have fought in, from those desperate, frigid days at Valley Forge, to the hilltops of San Juan Hill, the beaches of Normandy, the jungles of Vietnam and Panama, to the deserts of Iraq and Kuwait, and to the mountainous terrain of Afghanistan,” Middlecamp wrote in his commentary earlier this month.
Middlecamp also stressed the importance of the Army as a team, which includes families and civilians that have provided hope and support to the Army.
“During the times of war and peace, our Army has been entrusted to defend this great nation, preserve democracy and defend freedom at home and abroad,” said Middlecamp during his ceremonial speech. “America’s greatest generations are built on the strength of America’s strongest citizens - its soldiers -and they are the strength of this nation’s future.”
The soldiers of the past were reflected upon for the readiness and resiliency that is necessary to support the nation during uncertain times, and the soldiers of the present and future were appreciated as well.
“[The streamers were presented] to show recognition of the many men and woman that fought for our country,” commented Redd.''',
    quotes=[
        Q('“The Army colors count 187 streamers', 'terrain of Afghanistan,”', "Steven Middlecamp"),
        Q('“During the times of war and peace', 'home and abroad,”', "Steven Middlecamp"),
        Q('“America’s greatest generations', 'this nation’s future.”', "Steven Middlecamp"),
        Q('“[The streamers were presented]', 'for our country,”', "Cassandra Redd"),
    ],
    aliases={"Steven Middlecamp": ["Col. Steven Middlecamp", "Middlecamp"],
             "Cassandra Redd": ["Command Sgt. Maj. Cassandra Redd", "Redd"]},
),
dict(
    id="gov-en-af-2014-06-391st-fighter-squadron-deploys",
    source="https://military-online.blogspot.com/2014/06/391st-fighter-squadron-deploys.html?m=1",
    license=PDB, retrieved=PAGES + " (verbatim repost of a 366th Fighter Wing Public Affairs story; the stored part begins with the byline, no headline; the byline lines 'by Senior Airman Caitlin Guinazu' and '366th Fighter Wing Public Affairs' kept; the copy's hard line wraps joined with a space; the paragraph '\"This is my husband's six or seventh deployment, ...\" said Michelle Cates, ...', cut in the stored copy, dropped; the blank before the closing mark in 'may develop. \"' kept)",
    text='''by Senior Airman Caitlin Guinazu
366th Fighter Wing Public Affairs
6/5/2014 - MOUNTAIN HOME AIR FORCE BASE, Idaho -- Bags packed, farewells made and the Airmen have prepared themselves to fly thousands of miles for their deployment.
Approximately ten F-15E Strike Eagles and hundreds of Airmen from the 366th Fighter Wing deployed to the Pacific Air Forces, demonstrating continued U.S. commitment to stability and security in the Asia-Pacific region.
"During this deployment, we can be called on at any moment to be re-tasked to go somewhere else within that theater," said Lt. Col. Richard Dickens, 391st Fighter Squadron commander. "Our forces have been made available to respond at any given time."
Air Combat Command continues to routinely deploy fighter aircraft to the region, providing Pacific Air Forces and the U.S. Pacific Command with rotational forces as well as deepening ties with our allies and our relationship with the international community.
"The deployment for us sends the signal that we are heavily postured in the region and we are committed to our partners," said Dickens. "By continuing our presence there, we'd be able to respond better to any crises that may develop. "
Since March 2014, U.S. fighter squadrons have routinely integrated movements into the U.S. Pacific Command, in order to maintain a prudent deterrent against threats to regional security and stability.
"We are excited for the opportunity to represent our base and show what Gunfighter airpower can do," said Senior Airman Jessica Reyes, 366th Operations Support Squadron weather forecaster. "We will miss our family and friends but this is our job and what we train for each and every day. We are excited to use our unique capabilities in a joint-force environment."
Military members aren't the only ones missing family and friends during deployments.''',
    quotes=[
        Q('"During this deployment', 'within that theater,"', "Richard Dickens"),
        Q('"Our forces have been made available', 'any given time."', "Richard Dickens"),
        Q('"The deployment for us sends the signal', 'to our partners,"', "Richard Dickens"),
        Q('"By continuing our presence there', 'may develop. "', "Richard Dickens"),
        Q('"We are excited for the opportunity', 'airpower can do,"', "Jessica Reyes"),
        Q('"We will miss our family', 'joint-force environment."', "Jessica Reyes"),
    ],
    aliases={"Richard Dickens": ["Lt. Col. Richard Dickens", "Dickens"],
             "Jessica Reyes": ["Senior Airman Jessica Reyes"]},
),
dict(
    id="gov-en-usmc-2011-05-leatherneck-compound-dedicated-to-palmer",
    source="http://militaryphotographer.blogspot.com/2011/05/",
    license=PDB, retrieved=PAGES + " (verbatim repost of a 2nd Marine Aircraft Wing (Fwd) story on the blog's May 2011 archive page; only that story is kept: the blog headings 'Ode to Joy', the 'Photo of the Day' item of May 25, 2011 and the date line 'May 23, 2011' dropped; the story's headline kept as the first line; the photo caption 'Marines bow their heads in prayer ... (Photo by Cpl. Rashaun X. James)' dropped; the byline kept, its trailing blank dropped; the paragraph 'Bajus and Palmer served together with the group – P...', cut in the stored copy, dropped; the double blank before the dash of the dateline and the garbled cue 'said Lt. Col. Thomas P. Bajus serves as ...' kept as stored)",
    text='''Marines dedicate Afghanistan compound to fallen lieutenant colonel
By Cpl. Rashaun X. James, 2nd Marine Aircraft Wing (Fwd)
CAMP LEATHERNECK, Afghanistan  — Deployed Marines and sailors honored the life and service of former 2nd Low Altitude Air Defense Battalion commanding officer, Lt. Col. Benjamin J. Palmer, by dedicating to him the Marine Air Control Group 28 compound on Camp Leatherneck, Afghanistan, May 21.
“Marines, this is not a day of sadness,” said Lt. Col. Thomas P. Bajus serves as the MACG-28 detachment commander in Afghanistan. “We should remember Lt. Col. Palmer as a hero who gave his life for us.”
Palmer served with 2nd LAAD Bn., part of MACG-28, through December 2010, at Marine Corps Air Station Cherry Point, N.C.''',
    quotes=[
        Q('“Marines, this is not a day of sadness,”', None, "Thomas P. Bajus"),
        Q('“We should remember Lt. Col. Palmer', 'his life for us.”', "Thomas P. Bajus"),
    ],
    aliases={"Thomas P. Bajus": ["Lt. Col. Thomas P. Bajus"]},
),
]
