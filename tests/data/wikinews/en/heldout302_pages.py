# Held-out English news texts (tests/data/heldout302-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Navy, Army, Army Reserve and National Guard news stories (public domain, 17 U.S.C.
# § 105): an Army News Service story on army.mil (the 2016 Best Warrior Competition at Fort A.P. Hill), an army.mil
# story of the 16th Special Troops Battalion's rifle range at Q-West, Iraq (2009), a DVIDS story of the 110th Chemical
# Battalion's Iron Dragon certification course (2014), a DVIDS story of the Chief of the Army Reserve visiting FOB Fenty
# in Afghanistan, a nationalguard.mil story of the chief of the National Guard Bureau at the 2020 NGAUS conference and
# two navy.mil stories (USS George H.W. Bush mass communication specialists, 2016; USS George Washington Sailors at a
# food bank). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines,
# byline and date lines, photo captions and 'Show Caption' lines, the DVIDS labels and metadata lines and the empty
# lines between paragraphs are dropped; a headline is kept once as the first line where the stored copy has one (none
# is added where it has none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1745-H1748 in ANNOTATION.md on top of H1-H1744).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout302-en.jsonl

Built by `build.py` from `heldout302_pages.py`. Like heldout268-en, heldout276-en, heldout283-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time Navy, Army, Army Reserve and National Guard stories: an
Army News Service story on army.mil (article 175953, the Best Warrior Competition at Fort A.P. Hill, Sept. 2016), an
army.mil story of the 3d Expeditionary Sustainment Command (article 24716, 'Dark Knights make firing range a safe
place', July 2009), a DVIDS story of the 20th CBRNE Command (story 147163, the 110th Chemical Battalion's Iron Dragon
Leader Certification Course, Nov. 2014), a DVIDS story on the Chief of the Army Reserve visiting Forward Operating Base
Fenty in Afghanistan (story 63995), a nationalguard.mil story of the National Guard Bureau (article 2337308, Sept.
2020), a navy.mil story of USS George H.W. Bush (article 2259691, July 2016) and a navy.mil press release of USS George
Washington Sailors volunteering at the Virginia Peninsula Foodbank (article 2239122). None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
and the cut paragraph is dropped, also where it holds a quotation (what was dropped is noted per page). The '.mil
website' notice lines, headline labels, byline and date lines, photo captions with their 'Show Caption' lines, the
DVIDS metadata lines and the empty lines between paragraphs were dropped; wording and quotation marks (straight and
curly) are as stored. Pages read but left out: usar.army.mil 3470495 (already in heldout23-en and heldout268-en),
nationalguard.mil 572966 and 573315 (already in heldout33-en and other sets), DVIDS 440094 (already in heldout50-en),
navy.mil story 108492 (already in heldout76-en), usar.army.mil 1858214 and navy.mil 2259679 (their stored copies keep
only one complete quotation). None of the pages used is in any set above (checked by URL and article or story number
(175953, 24716, 147163, 63995, 2337308, 2259691, 2239122), by title and by the names of their speakers and phrases,
such as Joseph Broam, talking dummies, Natasha Dumig, Dark Knights, Brant Hoskins, Iron Dragon, FOB Fenty, Ashley
Rodriguez, very emotional mission, Jen Blake, Connor McDermott, Nicolas Garcia and Maria Quigley, with grep over
tests/data of the main tree and of every other helper's worktree: no hit). The annotation (rules H1745–H1748 in
`ANNOTATION.md` on top of H1–H1744) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="armymil-best-warrior-2016-talking-dummies",
    source="https://www.army.mil/article/175953/at_best_warrior_soldiers_encounter_rare_challenges_talking_dummies",
    license=PD, retrieved=PAGES + " (Army News Service story of Sept. 2016; the stored copy has no headline and opens with the dateline paragraph, no title added (H1747); the empty lines between paragraphs dropped; the paragraph '\"Adding stress into training like this is good, because whenever Soldiers get into situations like this, they're not freaking out when they're looking at a Soldier that's bleeding wit', cut in the stored copy, dropped; Dailey's nested single marks as stored (H1746))",
    text='''FORT A.P. Hill, Va. (Army News Service) -- "We've got to get away from traditional training and get more realistic training like this," said Sgt. Maj. of the Army Daniel A. Dailey at the Best Warrior Competition Wednesday, Sept. 28.
During the competition, Soldiers encountered live fire, multiple enemy threats and casualties needing assistance. The Soldiers had to remove all threats and treat and evacuate the casualties. The event was so realistic that the dummy casualties were streaming blood and talking to the Soldiers, saying they're hurting, and afraid of dying.
As he watched during this event, Dailey, himself a combat veteran, described the rush of thoughts that will run through the head of a Soldier experiencing either real combat or this type of realistic training.
"A casualty is telling them they're hurting and feeling fear," Dailey said. "With the urgency of the situation, every second that ticks by [the Soldier is] thinking, 'This is taking way too long. What's the enemy situation like? What's the threat? I just killed a bunch of enemy targets right in front of me and are there more coming? I'm out here by myself. I need to get help and reinforcements. I have to get my battlefield buddy to safety quickly.'"
Spc. Joseph Broam, representing the Army National Guard, said the event just described was very stressful. "You have to think rationally, rather than letting your nerves get to you. Sometimes you've got to think through the process rather than try to think step-by-step, so you don't forget anything. Sometimes it gets the best of you. Sometimes you think you're moving too slow, sometimes slow is smooth and smooth is fast."
Some units get to participate in this kind of realistic training on a regular basis, but for most units, the event is a rare opportunity, he said.''',
    quotes=[
        Q('"We\'ve got to get away', 'like this,"', "Daniel A. Dailey"),
        Q('"A casualty is telling', 'feeling fear,"', "Daniel A. Dailey"),
        Q('"With the urgency', 'safety quickly.\'"', "Daniel A. Dailey"),
        Q('"You have to think rationally', 'smooth is fast."', "Joseph Broam"),
    ],
    aliases={"Daniel A. Dailey": ["Daniel A. Dailey", "Dailey", "Sgt. Maj. of the Army Daniel A. Dailey"],
             "Joseph Broam": ["Joseph Broam", "Spc. Joseph Broam"]},
),
dict(
    id="armymil-2009-dark-knights-make-firing-range-a-safe-place",
    source="https://www.army.mil/article/24716/Dark_Knights_make_firing_range_a_safe_place/",
    license=PD, retrieved=PAGES + " (3d Expeditionary Sustainment Command story of July 22, 2009; the byline-and-date line 'By 3d Expeditionary Sustainment Command public affairsJuly 22, 2009', the two photo blocks ('Dark Knights make firing range a safe place', '1 / 2 Show Caption + Hide Caption – Capt. Stacy Osborn ... VIEW ORIGINAL', '2 / 2 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL') and the empty lines between paragraphs dropped; headline kept once; the paragraph '\"There was great feedback during the after action review that were condu', cut in the stored copy, dropped; Dumig's first quotation has no comma before 'said', as stored (H1748))",
    text='''Dark Knights make firing range a safe place
CONTINGENCY OPERATING BASE Q-WEST, Iraq - Soldiers from the 16th Special Troops Battalion, 16th Sustainment Brigade, qualified on their M16 rifles at Sykes range here June 22-24.
The three-day training event was the last M16 qualification in Iraq before their redeployment to Bamberg, Germany.
The "Dark Knights" of Headquarters and Headquarters Company, 16th STB, assumed range responsibilities. Capt. Russell Matusiak, range officer in charge, and Sgt. 1st Class Nancy Fisher, range noncommissioned officer in charge led Soldiers from HHC to help ensure the 16th STB Soldiers qualified on their assigned weapons.
In a three-day period, 78 Soldiers from the battalion qualified, as well as several Soldiers from attached units. Qualification consisted of the new standards of the prone supported, prone unsupported and the kneeling unsupported positions.
"The elements posed a challenge for many Soldiers" said Staff Sgt. Natasha Dumig, tower NCO. "But even with all the gear, new shooting positions, and heat, the Soldiers persevered and qualified."
The range began at 4:30 a.m., avoiding the summer Iraqi heat. Each day the temperature reached over one-hundred degrees. Range safeties ensured the Soldiers at the range had shade as well as ice water, sports drinks and snacks to prevent any heat injuries.''',
    quotes=[
        Q('"Dark Knights"', None, None),
        Q('"The elements posed', 'many Soldiers"', "Natasha Dumig"),
        Q('"But even with all the gear', 'persevered and qualified."', "Natasha Dumig"),
    ],
    aliases={"Natasha Dumig": ["Natasha Dumig", "Staff Sgt. Natasha Dumig", "tower NCO"]},
),
dict(
    id="dvids-147163-20th-cbrne-troops-prove-mettle-during-iron-dragon",
    source="http://dvidshub.net/news/147163/20th-cbrne-troops-prove-mettle-during-iron-dragon",
    license=PD, retrieved=PAGES + " (DVIDS story 147163 of Nov. 6, 2014, 20th CBRNE Command; the stored copy has no headline and opens with the dateline paragraph, no title added (H1747); the metadata lines 'Date Taken: | 11.06.2014 |', 'Date Posted: ...', 'Story ID: | 147163 |', 'Location: ...', 'Web Views: ...', 'Downloads: ...' and the cut line 'This w' that follow the story dropped; the story itself is complete; 'followed of a series' as stored)",
    text='''JOINT BASE LEWIS-MCCHORD, Wash. - Soldiers proved their mettle during the Iron Dragon Leader Certification Course here Oct. 30.
During the event, Soldiers from the 110th Chemical Battalion (Technical Escort) took part in an eight mile ruck march through the North Fort of Joint Base Lewis-McChord.
Traversing paved roads, dirt trails and forested hills through heavy rain, 110th Chemical Battalion Soldiers encountered six different skill and knowledge stations that challenged them to work together.
The stations included maintenance, weapons, medical, communications, movement techniques, reporting and a written test.
The 110th Chemical Battalion is part of 48th Chemical Brigade, 20th CBRNE Command (Chemical, Biological, Radiological, Nuclear, Explosives), the Department of Defense's only formation that combats chemical, biological, radiological, nuclear and explosive threats.
According to 110th Chemical Battalion Commander Lt. Col. Brant Hoskins, every Soldier in the battalion participated in the certification course.
Hoskins said the course followed of a series of pre-qualifying events where Soldiers demonstrated their proficiency in physical fitness, marksmanship and other military skills.
"The highlight of the leader certification process was the execution of the culminating event," said Hoskins, a native of Albany, Oregon. "The culminating event gives them a chance to demonstrate their proficiency in these areas."
Soldiers who achieved the standards earned a black unit belt buckle, said Hoskins. Those who exceeded standards earned a gold belt buckle and are known within the battalion as Iron Dragon Masters.
"The highlight from the training was being able to present the belt buckles at the end of the event and see the sense of accomplishment and camaraderie among the Soldiers," said Hoskins.''',
    quotes=[
        Q('"The highlight of the leader', 'culminating event,"', "Brant Hoskins"),
        Q('"The culminating event gives', 'these areas."', "Brant Hoskins"),
        Q('"The highlight from the training', 'among the Soldiers,"', "Brant Hoskins"),
    ],
    aliases={"Brant Hoskins": ["Brant Hoskins", "Hoskins", "Lt. Col. Brant Hoskins", "110th Chemical Battalion Commander Lt. Col. Brant Hoskins"]},
),
dict(
    id="dvids-63995-chief-of-usar-visits-afghanistan",
    source="https://www.dvidshub.net/news/63995/chief-usar-visits-afghanistan",
    license=PD, retrieved=PAGES + " (DVIDS story 63995 by Staff Sgt. Mark Burrell, January (year not in the stored copy; FOB Fenty, drawdown in Iraq to start that summer, i.e. 2011); the lines 'News Icon', the label 'News: ' before the headline, 'Story by Staff Sgt. Mark BurrellSmall RSS Icon', the photo title 'USAR CG Visits FOB Fenty Master Sgt. Mark Burrell' and the photo caption paragraph 'With the U.S. and Afghan flags waving ...' and the empty lines between paragraphs dropped (H1747); headline kept once; the paragraph '“We’ve been told that we’re going to start to draw down this summer,” Stultz said. “Nobody knows what that means. One person leaves or a ', cut in the stored copy, dropped)",
    text='''Chief of USAR Visits Afghanistan
NANGARHAR PROVINCE, Afghanistan – The Chief of the Army Reserve visited with deployed Army Reserve troops at Forward Operating Base Fenty in eastern Afghanistan’s Nangarhar Province, Jan. 21.
“What I always stress whenever I get to talk to a group, whether it’s in public or in front of Congress, is how much our nation needs to appreciate what you do. You are a national treasure,” said U.S. Army Lt. Gen. Jack C. Stultz to a group of about 50 Army Reserve soldiers.
During his two-day whirlwind tour of Afghanistan, Stultz is slated to visit more than 400 U.S. Army Reserve soldiers stationed throughout six different bases.
Stultz spoke about his early experiences in the military and how much things have changed for the Army, but particularly the Army Reserve.
“This is a totally different Army and a totally different Army Reserve than when I entered back in the 70s. Our Nation, I don’t think really understands or appreciates what you do,” explained Stultz. “These are soldiers who have jobs, have families, have homes that are willing to leave that to go serve their country and risk their lives.”
With the upcoming drawdown of forces in Iraq, he answered questions on what the future of Afghanistan holds for men and women in the USAR.''',
    quotes=[
        Q('“What I always stress', 'a national treasure,”', "Jack C. Stultz"),
        Q('“This is a totally different', 'what you do,”', "Jack C. Stultz"),
        Q('“These are soldiers', 'risk their lives.”', "Jack C. Stultz"),
    ],
    aliases={"Jack C. Stultz": ["Jack C. Stultz", "Stultz", "U.S. Army Lt. Gen. Jack C. Stultz", "The Chief of the Army Reserve"]},
),
dict(
    id="ngb-2020-ngb-chief-touts-soldiers-and-airmen-at-virtual-guard-event",
    source="https://www.nationalguard.mil/News/Article/2337308/ngb-chief-touts-soldiers-and-airmen-at-virtual-guard-event/",
    license=PD, retrieved=PAGES + " (National Guard Bureau story of Sept. 4, 2020; the '.mil website' notice lines, 'Home : News', 'NEWS | Sept. 4, 2020', the byline 'By Tech. Sgt. Erich B. Smith National Guard Bureau' and the empty lines between paragraphs dropped; headline kept once; the paragraph '“Though trained as a cable stems installer, she started the decedent recovery mission in late March, ... said Hokanson. “She continued this miss', cut in the stored copy, dropped; the partial quotation '“very emotional mission,”' read as Hokanson's (H1745))",
    text='''NGB chief touts Soldiers and Airmen at virtual Guard event
ARLINGTON, Va. – In a year filled with unprecedented challenges, the National Guard’s mission is as relevant as ever, the chief of the National Guard Bureau told virtual attendees at the 142nd General Conference of the National Guard Association of the United States Aug. 29.
“As 2020 has shown us time and again, our work is invaluable to our communities, states, and nation – and we have plenty of work to do,” said Army Gen. Daniel Hokanson, who was sworn in as the NGB’s 29th leader earlier in August. “I believe this is an important and pivotal time in [the Guard’s] history, and what we do now, and what we do next, will ultimately shape our nation’s future.”
Service chiefs and the directors for the Army and Air National Guard joined Hokanson at the conference hosted by NGAUS, a membership organization that advocates on behalf of the National Guard.
Hokanson cited the outstanding service of individual Guard members who operated center stage supporting law enforcement’s response to civil disturbances and the nationwide COVID-19 response.
For the latter, Hokanson told the story of Army Spc. Ashley Rodriguez with the New York Army National Guard unit that found itself in a “very emotional mission,” recovering people who died as the pandemic ravaged New York City.''',
    quotes=[
        Q('“As 2020 has shown us', 'plenty of work to do,”', "Daniel Hokanson"),
        Q('“I believe this is', 'nation’s future.”', "Daniel Hokanson"),
        Q('“very emotional mission,”', None, "Daniel Hokanson"),
    ],
    aliases={"Daniel Hokanson": ["Daniel Hokanson", "Hokanson", "Army Gen. Daniel Hokanson", "the chief of the National Guard Bureau"]},
),
dict(
    id="navymil-2016-ghwb-mcs-celebrate-ratings-10th-anniversary",
    source="https://www.navy.mil/Press-Office/News-Stories/display-news/Article/2259691/ghwb-mcs-celebrate-ratings-10th-anniversary",
    license=PD, retrieved=PAGES + " (USS George H.W. Bush (CVN 77) Public Affairs story of July 1, 2016; the '.mil website' notice lines, the date line '01 July 2016', the byline 'From Mass Communication Specialist 3rd Class Connor McDermott, USS George H.W. Bush (CVN 77) Public Affairs' and the empty lines between paragraphs dropped; headline kept once; the lead paragraph 'You see them on the deck plates each day, ...', printed twice (summary and body), kept once (H1747); the paragraph 'Mass Communication Specialist 1st Class Sean Hurt said, \"The plus s', cut in the stored copy, dropped)",
    text='''GHWB MCs Celebrate Rating's 10th Anniversary
You see them on the deck plates each day, documenting the lives and accomplishments of USS George H.W. Bush (CVN 77) Sailors.
They're the Navy's mass communication specialist (MC) rating and this year marks the 10th anniversary of its formation.
In 2006 four legacy rates, photographer's mate, lithographer, journalist and illustrator/ draftsman, merged to create the Navy's "MC" rating.
The merger was the idea of former Navy Chief of Information Rear Adm. T. L. McCreary, who envisioned well-rounded Sailors capable of meeting the Navy's many communication needs.
"I want the basic MC A-school graduate to be able to write stories, shoot storytelling pictures and video and deliver that information in multiple formats to multiple customers from anywhere in the world," McCreary said.
Sailors that once specialized in one specific job field were asked to diversify their talents.
"I think what the merger did for Sailors is it made them more well-rounded, gave them more of a skill set," said Mass Communication Specialist 1st Class Jen Blake. "As a journalist, I was good at writing print stories and doing newspaper layout and design, but now I've learned more about photography than I would have if I had stayed just a legacy journalist."
The MC has become a "jack-of-all-trades" in media, much like their civilian counterparts.''',
    quotes=[
        Q('"MC"', None, None),
        Q('"I want the basic MC', 'anywhere in the world,"', "T. L. McCreary"),
        Q('"I think what the merger', 'a skill set,"', "Jen Blake"),
        Q('"As a journalist', 'legacy journalist."', "Jen Blake"),
        Q('"jack-of-all-trades"', None, None),
    ],
    aliases={"T. L. McCreary": ["T. L. McCreary", "McCreary", "Rear Adm. T. L. McCreary", "former Navy Chief of Information Rear Adm. T. L. McCreary"],
             "Jen Blake": ["Jen Blake", "Mass Communication Specialist 1st Class Jen Blake"]},
),
dict(
    id="navymil-gw-sailors-team-up-with-local-foodbank",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2239122/sailors-service-community-gw-sailors-team-up-with-local-foodbank",
    license=PD, retrieved=PAGES + " (navy.mil press release of USS George Washington (CVN 73), undated in the stored copy; the lines 'Official websites use .mil' and 'Secure .mil websites use HTTPS' dropped; the stored copy has no headline and opens with the first paragraph, no title added (H1747); the paragraph '“We as Sailors join the Navy as volunteers,” said Garcia. “Goi', cut in the stored copy, dropped with Garcia's complete first sentence; straight apostrophes inside curly marks ('today's', 'It's', 'you've') as stored)",
    text='''The words “Sailors” and “service” go hand-in-hand. Many Sailors around the globe protect and serve our country by defending it from its foreign enemies, but back home, serving can mean something entirely different.
Sailors aboard the Nimitz-class aircraft carrier USS George Washington (CVN 73) did just that by serving as volunteers for the Virginia Peninsula Foodbank Mobile Food Pantry Program.
The event ran from 9 a.m. to 12 p.m., March 12, with volunteers unpacking, bagging, and distributing food items to low-income families and in-need individuals.
Operations Specialist 2nd Class Nicolas Garcia, from West Springfield, Massachusetts, and the leading petty officer of George Washington’s morale, welfare and recreation (MWR) team, said that Sailors need to get involved in the community and help give back to those less fortunate.
“After today's event, I felt that we as volunteers really made a difference by helping those that really need assistance,” said Garcia. “It's a great feeling when you know you've made a difference.”
According to Maria Quigley, the volunteer coordinator for Virginia Peninsula Foodbank, events such as these can be a large undertaking, making volunteers an essential part of the process. Quigley said that efforts are made to sort food as much as possible prior to an event, but certain items make advanced preparation impractical.
“Sometimes you have something like onions or potatoes which we can’t really separate out in advance because, if they sit too long, they get moldy,” said Quigley. “You need to have people on site who can bag items as needed.”
As one of seven foodbanks in the state of Virginia, Virginia Peninsula Foodbank has partnered with nearly 160 agencies to provide meals for those in need and is supported heavily by the commitment of those who volunteer their time, Sailors included.''',
    quotes=[
        Q('“Sailors”', None, None),
        Q('“service”', None, None),
        Q('“After today\'s event', 'need assistance,”', "Nicolas Garcia"),
        Q('“It\'s a great feeling', 'made a difference.”', "Nicolas Garcia"),
        Q('“Sometimes you have', 'get moldy,”', "Maria Quigley"),
        Q('“You need to have people', 'as needed.”', "Maria Quigley"),
    ],
    aliases={"Nicolas Garcia": ["Nicolas Garcia", "Garcia", "Operations Specialist 2nd Class Nicolas Garcia"],
             "Maria Quigley": ["Maria Quigley", "Quigley", "the volunteer coordinator for Virginia Peninsula Foodbank"]},
),
]
