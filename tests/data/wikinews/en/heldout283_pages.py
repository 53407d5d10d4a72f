# Held-out English news texts (tests/data/heldout283-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Army Reserve, Army National Guard and Army Corps of Engineers news stories
# (public domain, US government works, 17 U.S.C. § 105): an Army News Service story on the Army Best Warrior
# competition 2019 (awg.army.mil copy), an army.mil story of the Corps of Engineers' Tulsa District (a deputy commander on
# water patrol with park rangers), an Army Reserve story (usar.army.mil, Soldiers whose civilian jobs match their
# military skills, 2018), a US Army Central story (Best Warrior Competition at Camp Buehring, Kuwait, 2017), a National
# Guard Bureau story (the director of the Army National Guard with Minnesota Soldiers at Saber Strike 17), an army.mil
# story (South Carolina National Guard leaders visiting engineers at Cincu, Romania) and an army.mil story (the 96th
# Sustainment Brigade's Army Reserve Best Warrior competition in Utah). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut
# paragraph is dropped (noted in `retrieved`; one copy without paragraph breaks is cut after its last complete
# sentence, H1700). Site lines, 'NEWS | date' lines, byline lines and 'Feature Stories' lines are dropped; a headline is
# kept once as the first line where the stored copy has one; trailing spaces at paragraph ends are removed; wording
# (typos included: 'Brain Hazzard', 'Lt .Gen.', 'had to knowledgeable'), spacing inside paragraphs and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1700-H1703 in ANNOTATION.md on top of H1-H1699).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout283-en.jsonl

Built by `build.py` from `heldout283_pages.py`. Like heldout234-en, heldout250-en, heldout258-en and other military sets
above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17
U.S.C. § 105), none of them used in a set above, this time Army, Army Reserve, Army National Guard and Army Corps of
Engineers stories on competitions, visits and public safety: an Army News Service story on the 2019 Army Best Warrior
competition (the copy on awg.army.mil, April 2019), an army.mil story of the Corps of Engineers' Tulsa District (its
deputy commander on water-safety patrol with park rangers at Lake Eufaula), an Army Reserve story on usar.army.mil
(98th Training Division Soldiers whose civilian jobs match their military skills, June 2018), a US Army Central story on
usarcent.army.mil (the USARCENT Best Warrior Competition at Camp Buehring, Kuwait, June 2017), a National Guard Bureau
story on nationalguard.mil (the director of the Army National Guard visiting Minnesota Soldiers at Saber Strike 17 in
Lithuania), an army.mil story (South Carolina National Guard leaders visiting the state's engineers at Cincu, Romania,
during Resolute Castle 17) and an army.mil story (the 96th Sustainment Brigade's Army Reserve Best Warrior competition at
Camp Williams and Fort Douglas, Utah). None is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page; the Utah copy,
stored without paragraph breaks, is cut after its last complete sentence, H1700). Site lines, 'NEWS | date' lines,
byline lines and 'Feature Stories' lines were dropped; wording (typos included) and quotation marks are as stored. None
of these pages is used in any set above (checked by URL and article number, by title, by the names of their speakers
such as Hagensick, Acosta, Kriewaldt, Snyman, Dunkin, Hazzard, Karlston Wilson, Castaneda, Kadavy, Vickery, Vlad and
Strachan, and by phrases such as 'unknown mileage', 'Weekend Warriors', 'Physical Challenge I', 'Saber Strike',
'Resolute Castle', 'masterpiece of the master' and 'swayed on his feet', grepped in tests/data of the main checkout and
of every other helper's worktree: no hits; two other pages read for the set, the National Guard flood stories
army.mil/article/41598 and nationalguard.mil 573315, and the First Army Division East Best Warrior story
army.mil/article/186492, were found in heldout68-en, heldout33-en and heldout85-en and left out). The annotation (rules
H1700–H1703 in `ANNOTATION.md` on top of H1–H1699) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="awg-2019-04-winners-of-best-warrior-contest-announced",
    source="https://www.awg.army.mil/AWG-Contributions/AWG-Recruiting/Article-View/Article/1809271/winners-of-best-warrior-contest-announced-earn-nco-soldier-of-the-year-titles/",
    license=PD, retrieved=PAGES + " (Army News Service story reposted by the Asymmetric Warfare Group; the line 'NEWS | April 9, 2019' and the byline 'By Joe Lacdan, Army News Service' dropped; headline kept once; the dateline stays inside the first paragraph as stored; trailing spaces and empty lines removed; the last paragraph 'The consistent theme by competition planner 1st Sgt. Mike Kriewaldt was tackling the unknown.', where the stored copy ends and may be cut, dropped (H1700))",
    text='''Winners of Best Warrior contest announced, earn NCO, Soldier of the Year titles
WASHINGTON -- The 22 Soldiers had barely settled into their rooms at Fort Lee, Virginia, when they faced their first test of the annual Best Warrior competition.
At midnight, they boarded a bus and traveled 90 minutes north to Fort A.P. Hill, in the rural wilderness of Virginia. Then, carrying their M-4 carbine, four magazines and a total of 50 pounds of gear, they began an unknown mileage ruck march in the early morning darkness.
Some Soldiers struggled with the heavy weight on their shoulders. Others tried to push themselves to their limits.
Four of the Soldiers, including eventual Soldier of the Year winner Cpl. Matthew Hagensick, banded together in a pack, pacing themselves to their designated location. Hagensick is from 3rd Battalion, 75th Ranger Regiment, Fort Benning, Georgia.
"I think [the Best Warrior Competition] 100 percent prepares [us] because you never know what you're going to face in combat," said Sgt. 1st Class Sean Acosta, who was named 2018 NCO of the Year. Acosta is a civil affairs specialist from the 1st Special Warfare Training Group at Fort Bragg, North Carolina.
Throughout the competition, planners from the Asymmetric Warfare Group told contestants that the roads were unsafe. And that meant rucking in full gear. Everywhere.
The Soldiers agreed the heavy ruck marches tested their cognitive and physical abilities, especially the opening morning march that turned out to be 16 miles.
"It was a long distance," Hagensick said. "So that obviously plays with people's mental abilities; not knowing how hard to push."
In A.P. Hill's uneven terrain, they had to ruck over streams and hilly brush. Their uniforms occasionally would get caught in thorny bushes. "A lot of us got caught pretty often," Hagensick said.''',
    quotes=[
        Q('"I think [the Best Warrior', 'face in combat,"', "Sean Acosta"),
        Q('"It was a long distance,"', None, "Matthew Hagensick"),
        Q('"So that obviously plays', 'how hard to push."', "Matthew Hagensick"),
        Q('"A lot of us got caught', 'pretty often,"', "Matthew Hagensick"),
    ],
    aliases={"Sean Acosta": ["Sgt. 1st Class Sean Acosta", "Acosta"],
             "Matthew Hagensick": ["Cpl. Matthew Hagensick", "Hagensick", "eventual Soldier of the Year winner Cpl. Matthew Hagensick"]},
),
dict(
    id="armymil-tulsa-district-corps-of-engineers-rangers-keep-public-safe",
    source="https://www.army.mil/article/62212/corps_of_engineers_rangers_keep_public_safe",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens with the dateline paragraph, kept as stored with its date 'July 21, 2022'; empty lines removed; the paragraph '“We made several boat traffic stops for minor infractions ...', cut in the stored copy, dropped)",
    text='''TULSA, Okla., July 21, 2022 -- U.S. Army Corps of Engineers park rangers will tell you they have the best job in the world. They get to be outdoors when they are on patrol and they interact with the public they are responsible for keeping safe at corps lakes.
There is, however, one part of the job the rangers dread. It is when they have to respond to a public fatality. As first responders they have to retrieve or search for the victim’s remains, and they often witness the traumatic impact the death has on the victim’s family and friends. The grief and sadness are amplified when the death could have been prevented and in most cases by simply wearing a life vest.
Public safety is the number one priority of the corps and that includes water safety. Rangers spend hours and hours interacting with the public when they are out on patrol or at various community events, urging people to wear a life jacket and practice water and boating safety. Unfortunately, people still drown at corps lakes.
Tulsa District Deputy Commander Lt. Col. Gene Snyman believes the issue is so important that he is spending some weekends this summer going out on water patrol (in his Army uniform) to support the rangers and to try to spread the water safety message.
“I wanted to support our rangers who deal with the public on a daily basis,” said Snyman. “They have the most invested since they are the primary spokespersons for the corps and also bear the responsibility of trying to keep the public safe, often from themselves.”
“Behind each of those public fatality reports there are tough first-hand images of destroyed lives and grieving families,” he continued. “The rangers carry that burden.”
Snyman accompanied rangers Eric Summars and Stacey Dunkin on water patrol at Lake Eufaula, July 10, making more than 50 water safety contacts at area beaches.''',
    quotes=[
        Q('“I wanted to support', 'on a daily basis,”', "Gene Snyman"),
        Q('“They have the most invested', 'often from themselves.”', "Gene Snyman"),
        Q('“Behind each of those', 'grieving families,”', "Gene Snyman"),
        Q('“The rangers carry that burden.”', None, "Gene Snyman"),
    ],
    aliases={"Gene Snyman": ["Lt. Col. Gene Snyman", "Snyman", "Tulsa District Deputy Commander Lt. Col. Gene Snyman", "Tulsa District Deputy Commander"]},
),
dict(
    id="usar-2018-06-army-reserve-soldiers-always-on-the-trail",
    source="https://www.usar.army.mil/News/News-Display/Article/1559891/us-army-reserve-soldiers-always-on-the-trail/",
    license=PD, retrieved=PAGES + " (the '.mil website' notice lines, the line 'NEWS | June 26, 2018' and the byline 'By Spc. Tynisha Daniel 108th Training Command (IET)' dropped; headline kept once; trailing spaces and empty lines removed; the stored copy ends with the complete paragraph '“The benefit of being a 68W ... “ said Hazzard.'; the name 'Brain Hazzard' and the stray opening mark '“' before 'said Hazzard' kept as stored (H1703))",
    text='''U.S. Army Reserve Soldiers: Always on the trail
Soldiers from across the U.S. Army Reserve bring a unique set of skills to the Army, as they not only serve their country but they also have a civilian lifestyle and occupations that mirror their military skills.
Military training of Army Reserve Soldiers is often received once a month on the weekend. However, these “Weekend Warriors” are always ready to respond to the call of duty.
Army Reserve Sgt 1st Class Brain Hazzard, Staff Sgt. Karlston Wilson and Staff Sgt. Randy Pittman, 98th Training Division (IET) are prime examples of Citizen Soldiers.
Each Soldier has served more than a decade in the Army Reserve and all have civilian jobs that correlate with their military occupational specialties (MOS).
As a combat medic (68W) with the 343rd Ground Ambulance Company, Hazzard used his military skill set to help land his job as a bio medical technician for General Electric.
“Because of my military training and experiences, I was able to get this position, a lot of what you learn as a 68W I use daily at my job,” said Hazzard.
While many Reserve Soldiers use their training received for their MOS to find jobs in the civilian sector, the opposite is true as they use their civilian education to perform and excel in military ranks.
“The benefit of being a 68W is the biology and anatomy piece, understanding how the human body works. It has equated to some of the equipment I see and work on, I am able to have an intelligent conversations with medical providers because of my military training, “ said Hazzard.''',
    quotes=[
        Q('“Weekend Warriors”', None, None),
        Q('“Because of my military', 'daily at my job,”', "Brain Hazzard"),
        Q('“The benefit of being a 68W', 'my military training, “', "Brain Hazzard"),
    ],
    aliases={"Brain Hazzard": ["Army Reserve Sgt 1st Class Brain Hazzard", "Sgt 1st Class Brain Hazzard", "Hazzard", "a combat medic (68W) with the 343rd Ground Ambulance Company"]},
),
dict(
    id="usarcent-2017-06-us-army-central-names-best-warriors",
    source="https://www.usarcent.army.mil/News/Article/1211104/us-army-central-names-best-warriors/",
    license=PD, retrieved=PAGES + " (the '.mil website' notice lines, the line 'Feature Stories', the line 'NEWS | June 1, 2017' and the byline 'By Sgt. Kelly Gary U.S. Army Central' dropped; headline kept once; the dateline 'CAMP BUEHRING, Kuwait--' stays inside the first paragraph as stored; the paragraph 'The last day, all of the participants were eager to find out who had clinched the winning titles and would', cut in the stored copy, dropped)",
    text='''U.S. Army Central Names Best Warriors
CAMP BUEHRING, Kuwait-- Soldiers from across the U.S. Army Central area of operations came together for the USARCENT Best Warrior Competition, Camp Buehring, Kuwait, May 22-25.
The competition was broken down into a Soldier category for E-4 and below and noncommissioned officer category for E-5 to E-7. Despite two Soldiers falling out due to medical reasons, 17 pulled through to the last event.
The first day tested the competitor's knowledge and written skills with an exam and an essay. Fitness and fortitude was put to the test on the second day when participants took an Army Physical Fitness Test, then traversed the air assault obstacle course.
Master Sgt. Ernesto Castaneda, noncommissioned officer-in-charge for Physical Challenge I, said the task is daunting on a multitude of levels. The Physical Challenge I consists of obstacles such as a rope confidence climb, barbed-wire low crawl, and weaving over-under beams.
"A lot of people, when they think about the obstacle course, they only think of the physical aspect," said Castaneda. "Yet, it is also very mental, often the fear of heights or confidence in strength presents more challenges."
On day three Soldiers got up before dawn to start the first leg of the 12-mile ruck march. Each competitor made the march under three hours and then immediately geared up for the range. Due to a severe dust storm and low visibility the range was not able to open and left the competitors minus one event.''',
    quotes=[
        Q('"A lot of people, when', 'the physical aspect,"', "Ernesto Castaneda"),
        Q('"Yet, it is also very mental', 'presents more challenges."', "Ernesto Castaneda"),
    ],
    aliases={"Ernesto Castaneda": ["Master Sgt. Ernesto Castaneda", "Castaneda", "noncommissioned officer-in-charge for Physical Challenge I"]},
),
dict(
    id="nationalguard-2017-06-minnesota-soldiers-welcome-army-guard-director-to-saber-strike-17",
    source="https://www.nationalguard.mil/News/Article-View/Article/1213590/minnesota-soldiers-welcome-army-guard-director-to-saber-strike-17/",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens with the dateline paragraph; 'Lt .Gen.', 'Parade, Lithuania' and the dashes in 'Lithuania— the site of Exercise Iron Wolf 17—' kept as stored; the paragraph 'During Lt. Gen. Kadavy's visit, a few Soldiers had the opportunity to sit down with him Saturday morning, a move', cut in the stored copy, dropped)",
    text='''PABRADE, Lithuania - Lt .Gen. Timothy J. Kadavy, director of the Army National Guard, with Maj. Gen. Timothy P. McGuire, deputy commanding general of U.S. Army Europe, met with Minnesota Army National Guard soldiers during Exercise Saber Strike 17 on June 10.
The Soldiers from the Minnesota National Guard, the 2-136th Combined Arms Battalion, represented the largest contingent of Guard members to participate in the exercise, which includes 20 allied and partnered nations.
While the Army National Guard has participated in the exercise in previous years, the number of Soldiers involved was historically limited to the size of a company. During Saber Strike 17, the 2-136 CAB from the 34th Infantry Division was mobilized to Lithuania; something Kadavy said was not only the next step in training the already-capable Soldiers from Minnesota, but also supports the larger mission at hand.
"We are visiting the soldiers in Pabrade to observe their training that serves as a culminating event after last year's National Training Center rotation," Kadavy said.
Of the 17 NATO countries participating in Saber Strike 17, the Minnesota National Guard is most closely tied with Croatia, whose soldiers have worked shoulder to shoulder with Minnesota Guard members since 1996 in the State Partnership Program.
After the Minnesota Guard troops met with their international counterpart in Parade, Lithuania— the site of Exercise Iron Wolf 17— for training operations that further strengthened the bonds between the two fighting forces, the Minnesota Guard members said that while the training site changed, their focus on mission readiness hasn't. Kadavy echoed these ideas during his visit to the Pabrade training area.
"This training supports the European Resolution Initiative, in support of U.S. Army Europe and EUCOM as well as strengthens partnerships with NATO Allies," Kadavy said.''',
    quotes=[
        Q('"We are visiting the soldiers', 'Training Center rotation,"', "Timothy J. Kadavy"),
        Q('"This training supports', 'with NATO Allies,"', "Timothy J. Kadavy"),
    ],
    aliases={"Timothy J. Kadavy": ["Lt .Gen. Timothy J. Kadavy", "Kadavy", "director of the Army National Guard"]},
),
dict(
    id="armymil-2017-south-carolina-national-guard-leadership-visits-soldiers-in-romania",
    source="https://www.army.mil/article/191687/south_carolina_national_guard_leadership_visits_soldiers_in_romania",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens with the dateline paragraph; the paragraph 'Building berms and roads is only part of the story. The South Carolina Soldiers are also building friendships and greater professional understanding with their partners in other', cut in the stored copy, dropped)",
    text='''CINCU, Romania -- "Everyone here who's played football, you know what's going on. Go ahead and take a knee." Command Sgt. Maj. Russell A. Vickery, state sergeant major of the South Carolina National Guard, looked around at the men and women wearing camouflage uniforms and palmetto patches. "We're very proud of you and the work you guys have been doing." Maj. Gen. Robert E. Livingston, the adjutant general of the South Carolina National Guard, and Vickery were visiting South Carolina Army National Guard Soldiers currently working at Joint National Training Center in Cincu, Romania.
Since April, Engineers from the 59th Troop Command have been working at Cincu in 3-week rotations as part of Resolute Castle 17. Soldiers in the National Guard are required to train for 2-3 weeks annually, and this overseas training gives them experience working in different environments and with soldiers of different Allied nations.
Livingston and Vickery met with Brig. Gen. Gheorghita Vlad, base commander of JNTC, to discuss the projects. Resolute Castle is a NATO exercise, now in its third year, focused on building training infrastructure in Eastern European NATO countries, including Bulgaria, Hungary, Romania, and Poland. This year's projects include a light demolition range, buildings for a sniper range, and a tank live-fire range. Vlad has described the live-fire range as the "masterpiece of the master-plan"-10 kilometers of tank trails, firing points and berms for targetry, a loading dock for ammunition and multiple other buildings to support the personnel and equipment involved.
The cooperation between the Romanian Army and U.S. Army has been close for this exercise, and Gen. Vlad said, "It has been a pleasure working with the Soldiers of the South Carolina National Guard as a part of Resolute Castle."''',
    quotes=[
        Q('"Everyone here who\'s played', 'take a knee."', "Russell A. Vickery"),
        Q('"We\'re very proud of you', 'have been doing."', "Russell A. Vickery"),
        Q('"masterpiece of the master-plan"', None, "Gheorghita Vlad"),
        Q('"It has been a pleasure', 'of Resolute Castle."', "Gheorghita Vlad"),
    ],
    aliases={"Russell A. Vickery": ["Command Sgt. Maj. Russell A. Vickery", "Vickery", "state sergeant major of the South Carolina National Guard"],
             "Gheorghita Vlad": ["Brig. Gen. Gheorghita Vlad", "Vlad", "Gen. Vlad", "base commander of JNTC"]},
),
dict(
    id="armymil-2010-fighting-to-become-the-army-reserves-best-warrior",
    source="https://www.army.mil/article/52964/fighting_to_become_the_army_reserves_best_warrior",
    license=PD, retrieved=PAGES + " (the stored copy has no headline, opens with the dateline and has lost its paragraph breaks: paragraphs and the subheadings 'Train hard' and 'Be well rounded' run together without space ('forehead.Three days', 'Train hardEach soldier', 'test.\"I spent'), kept as one line as stored; the copy ends inside the next sentence, '\"It\\'s all important b', which is dropped, so the line ends after the last complete sentence '... with the 423rd Transportation Company.' (H1700, H1701))",
    text='''SALT LAKE CITY - Staff Sgt. Leith W. Strachan swayed on his feet, visibly exhausted, sweat dripping from his forehead.Three days of intense competition had just culminated in a three-minute grappling match for the combatives championship. As the judge held up hand, a winner by decision, Strachan gave a small smile, finished with both the match and the 96th Sustainment Brigade's Best Warrior competition and the champion of both, in his division.Fifteen other soldiers joined Strachan, a transportation specialist with the 419th Transportation Company, in the competition at Camp Williams and Fort Douglas, March 4-6.The participants competed in eight events, including a written essay, land navigation, and a grueling 10-mile road march.Completing the Best Warrior competition is not easy, and significant preparation is required if a participant wishes to excel, participants said.Train hardEach soldier worked hard before the competition to prepare for the tasks ahead. Those who were prepared did well appearing before the board of senior non-commissioned officers and on the Army physical fitness test."I spent at least three or four weeks training, just about every day. Running, hiking, back-country skiing, trying to do a lot of high altitude hiking to open up my lungs," said Strachan. But getting ready for the Best Warrior competition involved more than just physical work, soldiers said."I studied my brains out! Everything we did during the competition, I studied that," said Pfc. Mark A. Hansen, a transportation specialist with the 889th Transportation Company.Be well roundedA competitor had to knowledgeable in every task because they receive points from each task based on their performance, which are tallied for the final score."A Best Warrior is a leader that performs all of their duties, and every kind of performance here, not just average or good, but the best," said Pfc. Jose Castro, a transportation specialist with the 423rd Transportation Company.''',
    quotes=[
        Q('"I spent at least three', 'open up my lungs,"', "Leith W. Strachan"),
        Q('"I studied my brains out!', 'I studied that,"', "Mark A. Hansen"),
        Q('"A Best Warrior is a leader', 'but the best,"', "Jose Castro"),
    ],
    aliases={"Leith W. Strachan": ["Staff Sgt. Leith W. Strachan", "Strachan", "a transportation specialist with the 419th Transportation Company"],
             "Mark A. Hansen": ["Pfc. Mark A. Hansen", "a transportation specialist with the 889th Transportation Company"],
             "Jose Castro": ["Pfc. Jose Castro", "a transportation specialist with the 423rd Transportation Company"]},
),
]
