# Held-out English news pages (tests/data/heldout199-en.jsonl), none of them used in an earlier set. US Army, Army
# Reserve, National Guard and Army Corps of Engineers news stories, works of the US government in the public domain
# (17 U.S.C. § 105), taken from stored web pages (the `pages` search corpus): the National Guard birthday celebration at
# Bagram Air Field (dvidshub.net), the Army chief of staff on Guard Soldiers (nationalguard.mil, by Sean Kimmons, Army News
# Service), Fort Polk's 814th Multi-Role Bridge Company at bridge training (army.mil), a Connecticut Guard bridge-collapse
# exercise in Vermont (vt.public.ng.mil, by Staff Sgt. Ashley Hayes), the 211th Regional Support Group's change of command
# (dvidshub.net), Louisville District park rangers in winter (lrl.usace.army.mil) and the National Guard Bureau fun run
# and ruck of December 2024 (an NGB release as redistributed on publicnow.com). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site banners, photo lines and captions, location/date/byline blocks,
# 'NEWS | date' and 'Published' labels are dropped; leading and trailing blanks of a line are dropped; wording (also
# 'Why the training' Because', 'Brian. Kendrick', 'Further more'), spacing inside paragraphs and quotation marks are as
# stored. Annotated by reading the pages, before whosaid was run on them (rules H1295-H1299 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of a National Guard Bureau release on a redistribution site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout199-en.jsonl

Built by `build.py` from `heldout199_pages.py`. Like heldout166-en, heldout174-en and heldout179-en, these texts are US
military news stories, this time on ceremonies, training, engineering and community events rather than sport, taken from
stored web pages (the `pages` search corpus), none of them used in a set above: the National Guard's 376th birthday at
Bagram Air Field, Afghanistan (dvidshub.net: Paul Funk II, Larry Howl), Gen. James C. McConville on Guard Soldiers at
the 2020 NGAUS conference (nationalguard.mil, Army News Service, by Sean Kimmons), Fort Polk's 814th Multi-Role Bridge
Company training on a dry support bridge (army.mil: Kevin Lewis, Michael Wozniak), a simulated bridge collapse exercise
of the Connecticut National Guard and the Vermont Agency of Transportation, 2016 (vt.public.ng.mil, by Staff Sgt. Ashley
Hayes: Eric Roy), the 211th Regional Support Group's change of command at Corpus Christi, 2017 (dvidshub.net: Kelly D.
McNeese), Louisville District park rangers in winter, 2019 (lrl.usace.army.mil: Chase Wilson, Spencer Beard) and the
National Guard Bureau Fun Run and Ruck of December 2024 (an NGB release as redistributed on publicnow.com: Jon Stubbs,
Brian Kendrick). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Site banners, photo lines, bylines, 'NEWS | date' and 'Published' labels were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by distinctive phrases, including the other helpers' worktrees). The annotation (rules
H1295–H1299 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-dvids-99400-bagram-celebrates-national-guard-birthday",
    source="https://www.dvidshub.net/news/99400/bagram-celebrates-national-guard-birthday",
    license=PD, retrieved=PAGES + " (DVIDS story; the login lines, the repeated headline, the 'Photo By Sgt. Christopher Bonebrake | ...... read more read more' caption line dropped; headline kept as first line; leading blanks dropped; the paragraph 'U.S. Army Sgt. Ryan Wilkins, the noncommissio...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Bagram celebrates National Guard birthday
BAGRAM AIR FIELD, Afghanistan – U.S. Army Brig. Gen. Paul Funk II, deputy commanding general (maneuver) for Combined Joint Task Force-1, stood before 22 National Guard soldiers assembled at Bagram Air Field, Afghanistan.
“Raise your right hand and repeat after me,” the general ordered.
On the 376th birthday of the National Guard, the soldiers of National Guard Affairs-Afghanistan decided to do something special to celebrate by hosting the National Guard Birthday Bash, which culminated in a reenlistment ceremony for National Guardsmen overseas.
“The National Guard birthday is very important because it is an opportunity to share the history of the Guard with the younger troops,” said U.S. Army Col. Larry Howl, chief of NGA-Afghanistan. “I wanted to make our Guardsmen proud of where they came from.”
In his speech during the birthday celebration, Howl mentioned that half of the Army divisions that fought in World War II were Guard units.
“It’s a good refresher to remember what the Guard has done in past wars,” Howl said.
The celebration started the day prior with performances by Controlled Det and The Surge. Both bands are comprised of military personnel on Bagram and play covers of popular rock songs from the 80s and 90s.
The morning of, NGA-Afghanistan organized a 5K run followed by a strength competition that included push-ups, sit-ups and a bench-press event. Service members and civilians braved the early morning cold and rain to show support for their National Guard brethren. Participants were given a free t-shirt after they finished the race.''',
    quotes=[
        Q('“Raise your right hand', 'after me,”', "Paul Funk II"),
        Q('“The National Guard birthday is very important', 'younger troops,”', "Larry Howl"),
        Q('“I wanted to make', 'came from.”', "Larry Howl"),
        Q('“It’s a good refresher', 'past wars,”', "Larry Howl"),
    ],
    aliases={"Paul Funk II": ["U.S. Army Brig. Gen. Paul Funk II", "the general"],
             "Larry Howl": ["U.S. Army Col. Larry Howl", "Howl"]},
),
dict(
    id="mil-en-ngb-2335308-guard-soldiers-succeed-in-toughest-places",
    source="https://www.nationalguard.mil/News/Article-View/Article/2335308/guard-soldiers-succeed-in-toughest-places/",
    license=PD, retrieved=PAGES + " (Army News Service story by Sean Kimmons on nationalguard.mil; the '.mil website' banner lines, 'Home : News : Article View', 'NEWS | Sept. 3, 2020' and the byline dropped; headline kept as first line, its partial quote opens with a curly and closes with a straight mark as stored (H1296); McConville's quotation runs over two paragraphs, the first piece unclosed (H1297); the paragraph 'At the height of the pandemic, ... logistics sup...', cut in the stored copy, dropped)",
    text='''Guard Soldiers succeed in ‘toughest places'
WASHINGTON – During a late July visit to the National Training Center in California, the Army's chief of staff said he met a Soldier who embodied what the National Guard is all about.
Assigned to the 34th Infantry Division's 1st Armored Brigade Combat Team, the Soldier had been with his unit as part of the first NTC rotation under COVID-19 conditions, said Gen. James C. McConville.
As a civilian, the Guard member managed several grocery stores in Minnesota. Despite one of his stores being damaged following the death of George Floyd in May, he remained committed to his unit, which had responded to the civil unrest, the COVID-19 pandemic and now prepared for a deployment to the Middle East.
"These are the incredible people you have in your formations," McConville said Aug. 28 during the U.S. National Guard Association's annual conference. "They're proving the purpose of the National Guard is to protect your fellow neighbors and communities, while also defending the nation.
"The Army could absolutely not do what it does without the National Guard, and I would say this year that is even more true."
In early June, nearly 100,000 members of the Guard were activated to support homeland operations – surpassing the previous record of 51,000 during the 2005 Hurricane Katrina response, according to the National Guard Bureau.''',
    quotes=[
        Q("‘toughest places'", None, "James C. McConville"),
        Q('"These are the incredible people', 'your formations,"', "James C. McConville"),
        Q('"They\'re proving the purpose', 'defending the nation.', "James C. McConville"),
        Q('"The Army could absolutely not', 'even more true."', "James C. McConville"),
    ],
    aliases={"James C. McConville": ["Gen. James C. McConville", "McConville", "the Army's chief of staff"]},
),
dict(
    id="mil-en-army-18833-fort-polk-multi-role-bridge-company",
    source="https://www.army.mil/article/18833/fort_polks_multi_role_bridge_company_uses_complex_techniques_to_build_bridges",
    license=PD, retrieved=PAGES + " (army.mil story on Fort Polk's 814th Engineers; the stored copy has no headline and begins with the first paragraph; 'Why the training' Because', with a stray mark for a question mark, is as stored and is no quotation (H1298); the paragraph 'What is a dry support bridge' This type of bridge ... can also be use...', cut in the stored copy, dropped; straight marks as stored)",
    text='''The old adage, 'practice makes perfect,' is true for most any skill. The Soldiers of the 814th Engineers, Multi-Role Bridge Company is busy personifying that practice with bridge training exercises. The MRBC began honing their bridge building skills Feb. 25 at the 814th Engineer training area. Why the training' Because 814th Soldiers are preparing for anything their mission might throw at them. That includes constructing a dry support bridge.
"We have to be prepared in case we are called to use this bridge anywhere -- not just in Iraq. As company commander, it's my job to make sure we are trained to standards across the board -- not just on equipment, but on all of our tasks. It's a bridge -- we are a bridge company -- I'm going to make sure we are trained and able to use it," said Capt. Kevin Lewis, company commander.
The unit is training to have this skill down pat before deployment. That way, when or if the bridge is needed in Iraq, they can hit the ground running and assemble the bridge with speed. "There are a lot of steps involved in dealing with a bridge like this and when we use it in Iraq, we have to finish as fast as possible," said Sgt. Michael Wozniak, noncommissioned officer in charge of the dry support bridge.
Wozniak said the unit receives new Soldiers every few months. Often, the training is for their benefit. "But it's also beneficial for Soldiers who know what they are doing. It's like a refresher course," he said.
"Soldiers can train on this bridge without any prior knowledge of the systems or steps involved because their NCOs have the knowledge and training to teach them what to do and how to do it. The NCOs have taken classes and understand the ins and outs of the bridge. This gives them a better understanding of the mission set and the bridge itself -- its capabilities and limitations," said Lewis.''',
    quotes=[
        Q("'practice makes perfect,'", None, None),
        Q('"We have to be prepared', 'able to use it,"', "Kevin Lewis"),
        Q('"There are a lot of steps', 'as possible,"', "Michael Wozniak"),
        Q('"But it\'s also beneficial', 'refresher course,"', "Michael Wozniak"),
        Q('"Soldiers can train', 'and limitations,"', "Kevin Lewis"),
    ],
    aliases={"Kevin Lewis": ["Capt. Kevin Lewis", "Lewis"],
             "Michael Wozniak": ["Sgt. Michael Wozniak", "Wozniak"]},
),
dict(
    id="mil-en-vtng-1417426-bridge-collapse-training-exercise",
    source="https://vt.public.ng.mil/News/News-Article-View/Article/1417426/bridge-collapse-training-exercise/",
    license=PD, retrieved=PAGES + " (Vermont National Guard story by Staff Sgt. Ashley Hayes, 172nd Public Affairs Detachment; 'NEWS | July 29, 2016' and the byline dropped; headline kept as first line; 'Further more' as stored; the paragraph '“Establishing this relationship ... how we can fine...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Bridge Collapse Training Exercise
Soldiers with the 250th Engineers Company, Connecticut National Guard, and the Vermont Agency of Transportation (AOT) came together for a simulated bridge collapse exercise, Berlin, Vt., July 29, 2016. This training provided an opportunity for both groups to gain knowledge, while bringing together two entities who don’t often get to train together as a group.
Vigilant Guard is a national level emergency response exercise that is co-sponsored by the National Guard and NORTHCOM. It’s designed to provide National Guard units an opportunity to improve cooperation and relationships with regional civilian, military and federal partners, in preparation for emergencies and catastrophic events.
“Having an exercise where you have National Guard units working with civilian agencies is great,” said U.S. Army Captain Eric Roy, the battalion operations officer, with the 192nd Engineer Battalion, Connecticut National Guard. “Further more, having a National Guard unit not even organic to the state of Vermont up here working with your civilian agencies is certainly a plus.”
The simulated scenario included an earthquake occurring, causing a bridge to be washed out. The unit was then notified of the need for assistance by the Vermont AOT. Roy stated that they have military bridges of their own they train with, but the bridge used for this exercise was one more commonly used by civilian authorities. This training provided the soldiers and the AOT the chance to offer up mutual information and expertise. Roy went on to say that he wanted to fill in gaps of expertise, especially for junior enlisted soldiers and those who haven’t had much hands-on experience.''',
    quotes=[
        Q('“Having an exercise', 'is great,”', "Eric Roy"),
        Q('“Further more,', 'certainly a plus.”', "Eric Roy"),
    ],
    aliases={"Eric Roy": ["U.S. Army Captain Eric Roy", "Roy"]},
),
dict(
    id="mil-en-dvids-247661-211th-rsg-welcomes-new-commander",
    source="https://dvidshub.net/news/247661/211th-rsg-welcomes-new-commander",
    license=PD, retrieved=PAGES + " (DVIDS story; the stored copy has no headline and begins with the dateline paragraph; the paragraph 'However, it is not only the soldiers ... by his side while he was ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''CORPUS CHRISTI, Texas – U.S. Army Reserve soldiers from the 211th Regional Support Group participated in a change of command ceremony on Aug. 6, 2017, here.
Army change of command ceremonies are a long-standing military tradition to honor the outgoing commander while welcoming the incoming commander. Each ceremony requires significant planning and coordination for locations, invitations and sometimes includes bands or horse cavalry demonstration teams.
“The importance of ceremony is the tradition of the military,” said U.S. Army Reserve Col. Kelly D. McNeese, the incoming commander for the 211th RSG. “It is the guidons, the colors. That is what makes the unit. Where ever you see the colors, you know that is where the leadership is.”
McNeese explained that the use of flags and guidons has been used throughout military history for hundreds or even thousands of years. He explained that in ancient times, soldiers carried flags marking the location their units.
“That was how they communicated with each other,” said McNeese. “There is a rich history and tradition that we don’t necessarily get to embellish too deeply in the ceremony itself, but that is part of who we are. It pays homage to those who have gone before us.”
Military ceremonies can have a profound impact on the soldiers of the unit. In the case of a change of command, McNeese said they show the soldiers that their mission will continue without disruption.
“The significance is the tradition of the accession of command,” said McNeese. “That battle hand off, whether it is done in peace time or war, that is that continuity of command and the continued focus for the unit to be able to move forward and do the missions they have got to do.”''',
    quotes=[
        Q('“The importance of ceremony', 'of the military,”', "Kelly D. McNeese"),
        Q('“It is the guidons,', 'the leadership is.”', "Kelly D. McNeese"),
        Q('“That was how', 'with each other,”', "Kelly D. McNeese"),
        Q('“There is a rich history', 'gone before us.”', "Kelly D. McNeese"),
        Q('“The significance is', 'accession of command,”', "Kelly D. McNeese"),
        Q('“That battle hand off,', 'have got to do.”', "Kelly D. McNeese"),
    ],
    aliases={"Kelly D. McNeese": ["U.S. Army Reserve Col. Kelly D. McNeese", "McNeese"]},
),
dict(
    id="mil-en-lrl-1756209-summer-may-be-over-park-rangers",
    source="https://www.lrl.usace.army.mil/Media/News-Stories/Article/1756209/summer-may-be-over-but-the-job-isnt-for-our-park-rangers/",
    license=PD, retrieved=PAGES + " (USACE Louisville District story; the site-move banner and 'Published Jan. 15, 2019' dropped; headline kept as first line; trailing blanks of lines dropped; the paragraph '“It is nice to get outside ... work out a...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Summer may be over but the job isn’t for our park rangers
Often thought of as the face of the Corps of Engineers, park rangers interact with the public quite a bit. Known for hosting summertime events and maintaining the parks, the ranger’s responsibilities don’t stop when winter arrives.
The summer months are a high demand time for Corps’ rangers; they stay busy ensuring the safety of the park visitors, provide educational programs promoting water safety for schools and the local community and they manage wildlife areas stimulating growth of native species and removing invasive plant species.
Winter is considered the offseason for many recreational areas, but that in no way means the rangers take a break.
“The main focus in the winter months are boundary inspections,” said Chase Wilson, Upper Wabash area office ranger. “While the vegetation is easier to walk through we try to get as much of the boundary inspected as we can.”
At some of the recreational areas, like Brookville Lake in southwest Indiana, this can be extremely treacherous.
“Just imagine bulldozing in a straight line through unmanaged forests full of ravines, creeks and thick cover while trying to carry a bag of four-foot Carsonite posts and a 20 pound steel post pounder,” said Spencer Beard, Brookville Lake ranger. “The goal is to protect the fee-owned government land from any disturbances that directly impact the public recreation experience.”
Although boundary inspections can be very tough, some rangers say it’s what they look forward to most during their off season.''',
    quotes=[
        Q('“The main focus', 'boundary inspections,”', "Chase Wilson"),
        Q('“While the vegetation', 'as we can.”', "Chase Wilson"),
        Q('“Just imagine bulldozing', 'post pounder,”', "Spencer Beard"),
        Q('“The goal is to protect', 'recreation experience.”', "Spencer Beard"),
    ],
    aliases={"Chase Wilson": [], "Spencer Beard": []},
),
dict(
    id="mil-en-ngb-2024-12-13-fun-run-and-ruck",
    source="https://publicnow.com/view/731EBCB239ECD8CDCB6BFE6D86E13CD5644BED68",
    license=PDC, retrieved=PAGES + " (National Guard Bureau release of December 2024 as redistributed on publicnow.com; the line '12/18/2024 | Press release | Distributed by Public on 12/18/2024 11:04' dropped; the stored copy has no headline; 'Command Sgt. Maj. Brian. Kendrick' as stored (H1299); the paragraph '\"It's great to see everyone out here, ...,\" said Army Master Sgt. Kimberly Salmon. \"The fun run is a great way to honor our past while looking forward to the fu...', cut in the stored copy, dropped; straight marks as stored)",
    text='''WASHINGTON - National Guard Soldiers and community members gathered at Fort Lesley J. McNair Dec. 13 to celebrate the National Guard's 388th birthday at the annual National Guard Bureau Fun Run and Ruck.
The event, hosted by Army Lt. Gen. Jon Stubbs, 23rd director of the Army National Guard, brought together participants of all ages and fitness levels for a morning of camaraderie and physical fitness.
"This event symbolizes the spirit and enduring commitment of the National Guard," said Stubbs. "It's a wonderful opportunity for us to come together as a family and celebrate our long and storied history of supporting our states and defending our nation."
The National Guard Bureau Fun Run and Ruck March, one of many such observances held annually throughout the 50 states, three territories and the District of Columbia, has become an annual tradition commemorating the federally recognized founding of the National Guard on Dec. 13, 1636, when the Massachusetts Bay Colony's East Regiment militia first mustered in Salem, Massachusetts.
Command Sgt. Maj. Brian. Kendrick, the new 14th command sergeant major of the Army National Guard, noted the long history of the National Guard and its extraordinary contributions to the nation.
"We were there before the United States was the United States," said Kendrick. "From Lexington and Concord to the surrender of Lord Cornwallis at Yorktown, and for nearly every war and modern national disaster since, the National Guard has been there. The Guard is Always Ready, Always There!"
As the participants crossed the finish line, they were greeted with cheers from the road guard and a sense of accomplishment, embodying the unity and spirit of the National Guard community.''',
    quotes=[
        Q('"This event symbolizes', 'the National Guard,"', "Jon Stubbs"),
        Q('"It\'s a wonderful opportunity', 'defending our nation."', "Jon Stubbs"),
        Q('"We were there before', 'the United States,"', "Brian. Kendrick"),
        Q('"From Lexington and Concord', 'Always There!"', "Brian. Kendrick"),
    ],
    aliases={"Jon Stubbs": ["Army Lt. Gen. Jon Stubbs", "Stubbs"],
             "Brian. Kendrick": ["Command Sgt. Maj. Brian. Kendrick", "Kendrick"]},
),
]
