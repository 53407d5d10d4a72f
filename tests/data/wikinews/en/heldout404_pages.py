# Held-out English news texts (tests/data/heldout404-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force Reserve, Air National Guard, Army, Air Force and Marine Corps news stories
# (public domain, 17 U.S.C. § 105): a Pittsburgh Air Reserve Station story on the 911th Airlift Wing's deployments and
# families (2008), a 136th Airlift Wing (Texas Air National Guard) story of its Airmen leaving for Southwest Asia (2013),
# two army.mil stories of Soldiers at elementary schools (Fort Stewart career day, Fort Jackson mural), a Robins Air
# Force Base story of the Air Force's 60th birthday retreat ceremony (2007) and a DVIDS story of a Marine squadron's
# trip to the National Museum of the Marine Corps (2010). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines, date and byline lines and the empty lines between paragraphs are dropped;
# a headline is kept once as the first line where the stored copy has one (none is added where it has none); wording
# and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H2005-H2009 in ANNOTATION.md on top of H1-H2004).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout404-en.jsonl

Built by `build.py` from `heldout404_pages.py`. Like heldout392-en, heldout380-en, heldout370-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time feature stories with several quoted people: a Pittsburgh
Air Reserve Station story on pittsburgh.afrc.af.mil (article 184364, 'Deployments affect families', 911th Airlift Wing,
2008 deployments), a 136th Airlift Wing story on 136aw.ang.af.mil (article 446724, 'Deploying is never easy', Feb. 26,
2013), two army.mil stories (AMP pages; article 74016, Fort Stewart Soldiers at George Washington Carver Elementary
School's career day, and article 27417, Fort Jackson Soldiers repainting a map at Caughman Road Elementary School), a
Robins Air Force Base story on robins.af.mil (article 379217, 'U.S. Air Force celebrates, honors 60 years of
excellence', 2007) and a DVIDS printable story (news 52720, 'VMAQ-4 sparks esprit de corps', II Marine Expeditionary
Force, June 29, 2010). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
quotation (what was dropped is noted per page). Site lines ('HomeNewsArticle Display', 'News'), the '  • Published' /
'  • By ...' lines, DVIDS' unit, 'Story by', 'Date:', 'Posted:' and 'News ID:' lines, trailing spaces and the empty lines
between paragraphs were dropped; wording, typos and quotation marks (straight and curly as stored) are as stored. Pages
read but left out because they are already in a set above: usar.army.mil 3470495 (heldout23-en), nationalguard.mil
1794723, 611419 and 572966 (heldout33-en), army.mil 41598 (heldout68-en), army.mil 202042 (heldout38-en), dvidshub.net
253676 (heldout29-en), 162wing.ang.af.mil 2527885 (heldout85-en); usar.army.mil 1858214 was left out as earlier sets
left it out (one complete quotation in the stored part), dvidshub.net 76786 because its stored part keeps only one
complete quotation, and afcent.af.mil 220679 and dla.mil 1686944 because their stored parts hold almost no quotations;
pages of newspapers, broadcasters, blogs and other non-government sites found by the same searches (s-j.ca,
theadvertiser.com, heraldnet.com, 12news.com, azcentral.com, paraglideonline.net, usapatriotism.org,
military-online.blogspot.com, globalsecurity.org copies) were not used. None of the pages used is in any set above or in
another helper's worktree (checked by URL, article number and slug (184364, 446724, 74016, 27417, 379217, 52720), by
title (Deployments affect families, Deploying is never easy, 60 years of excellence, sparks esprit de corps) and by the
names of their speakers and phrases, such as Michael Tucker, ministry of presence, Shelly Jackson, brotherhood of the
military, Gordon King, Joshua Weaver, giant beanstalk, Nicole Downs, Lori Cain, Theresa Carter, Severson, David A.
Suggs and Lori A. Gaston, with grep over tests/data of the main tree and of every other helper's worktree: no hit). The
annotation (rules H2005–H2009 in `ANNOTATION.md` on top of H1–H2004) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="pittsburgh-afrc-184364-deployments-affect-families",
    source="http://www.pittsburgh.afrc.af.mil/News/Article-Display/Article/184364/deployments-affect-families/",
    license=PD, retrieved=PAGES + " (Pittsburgh Air Reserve Station (911th Airlift Wing) story 184364 on the wing's 2008 deployments; the site line 'HomeNewsArticle Display' and the empty lines dropped; headline kept once; trailing spaces at paragraph ends dropped; the paragraph '\"We were a Joint Readiness Team,\" he said. \"We were there with all branches of the military. I really enjoyed the ca', cut in the stored copy, dropped with its quotation; 'eleven-year-olds birthday' without apostrophe as stored; straight marks as stored)",
    text='''Deployments affect families
PITTSBURGH AIR RESERVE STATION -- When Airmen deploy, it can affect not only the Airmen but their families as well.
Senior Airman Michael Tucker has been married for 12 years when he deployed to Balad Air Base, Iraq, in May. "I missed my family. I missed being home," he said. "I have two kids; one is 11 and the other is five. I missed my eleven-year-olds birthday. That was tough."
Senior Airman Tucker, who works in military pay and travel at the 911th Airlift Wing, believes the deployment was worth it. "It gave me the chance to see and do new things," he said. "I got the chance to work with the active duty and gain experience in my career field that I would not gain during a UTA."
In 2008, the 911th Airlift Wing deployed 15 of its Airmen to eight different locations including Kyrgyzstan, Spain and Kuwait. The Airlift Wing support staff is a hodgepodge of sections that together support the wing. One of these sections is the chaplain, where Tech. Sgt. Timothy Crane is assigned.
"We were a ministry of presence," said Tech. Sgt. Crane who deployed to Bagram Air Base, Afghanistan, in May 2008. As the noncommissioned officer in charge of the chaplain's office, he was out meeting and talking to everyone, he said, from the Airmen on the flight line to the general in his office. "We made sure everyone was mentally, morally and spiritually ready to perform their mission."
This was not Tech. Sgt. Crane's first deployment, though this was his first deployment with the Air Force. "I've been deployed before, so my wife of over 20 years handled it very well," he said. "Fortunately, I was deployed over the summer, so my oldest son was able to come home from college and help out around the house."
One of the things Tech. Sgt. Crane liked most about being deployed were the friendships he developed.''',
    quotes=[
        Q('"I missed my family.', 'being home,"', "Michael Tucker"),
        Q('"I have two kids;', 'That was tough."', "Michael Tucker"),
        Q('"It gave me the chance', 'new things,"', "Michael Tucker"),
        Q('"I got the chance', 'during a UTA."', "Michael Tucker"),
        Q('"We were a ministry of presence,"', None, "Timothy Crane"),
        Q('"We made sure everyone', 'their mission."', "Timothy Crane"),
        Q('"I\'ve been deployed before', 'very well,"', "Timothy Crane"),
        Q('"Fortunately, I was deployed', 'around the house."', "Timothy Crane"),
    ],
    aliases={
        "Michael Tucker": ["Michael Tucker", "Senior Airman Michael Tucker", "Senior Airman Tucker"],
        "Timothy Crane": ["Timothy Crane", "Tech. Sgt. Timothy Crane", "Tech. Sgt. Crane", "the noncommissioned officer in charge of the chaplain's office"],
    },
),
dict(
    id="136aw-446724-deploying-is-never-easy",
    source="https://www.136aw.ang.af.mil/News/Article-Display/Article/446724/deploying-is-never-easy/",
    license=PD, retrieved=PAGES + " (Texas Air National Guard 136th Airlift Wing story 446724 on the wing's departure to Southwest Asia of Feb. 26, 2013; the lines '  • Published', '  • By Staff Sgt. Ebony Daughtry' and '  • 136th airlift Wing Public Affairs' and the empty lines dropped; headline kept once; the paragraph '\"I am feeling sad, but ok because they are going to a safer location,\" said Gordon Sr., Father of Staff Sgt. Gordon King Jr., 136th', cut in the stored copy, dropped with its quotation; 'said, Jennifer Hood wife Tech Sgt.', \"Wing' s\" and the single marks around '9-11' as stored; straight marks as stored)",
    text='''Deploying is never easy
Approximately 70 members from the 136th Airlift Wing departed from here to Southwest Asia Feb. 26, 2013, in support of the Air and Space Expeditionary Forces.
"This [deployment] is where you really experience the brotherhood of the military," said Tech. Sgt. Shelly Jackson, 136th Maintenance Squadron. "This unit is a part of my family, even though I will be missing my son's and wife's birthday; I will be with my guard family."
Representatives from the offices of Senators John Cornyn and Ted Cruz were on hand to thank the Airmen for their self-sacrifices and answering the call of duty as citizen Guardsmen representing Texas.
"This is what I was trained to do, so I feel like I am fulfilling my obligation," said Jackson.
For many members and their families, deployment is all too familiar. More than half of the service members have deployed multiple times since '9-11'.
"You never get used to it," said Master Sgt. Ferrier, 136th Aircraft Maintenance Squadron, whose wife is feeling anxious. "This is my fifth deployment."
Despite the cold weather, military and family members waited on the flight line for the Wing' s C-130 aircraft to take-off carrying their loved ones on board. As the plane taxied onto the runway, a line of Airmen saluted the aircraft and family members waving farewell; some with tears and others with sadness.
"We are just trying to be positive," said, Jennifer Hood wife Tech Sgt. Christopher Hood, 136th Maintenance Squadron. "He will be missing his daughter's birthday this Friday ... he is hoping to communicate with us while deployed."
There was a thankful tone amongst the civilians for the sacrifices of the deploying service members who will be separated from their families for the next 60 to 180 days.''',
    quotes=[
        Q('"This [deployment]', 'of the military,"', "Shelly Jackson"),
        Q('"This unit is a part', 'my guard family."', "Shelly Jackson"),
        Q('"This is what I was trained', 'my obligation,"', "Shelly Jackson"),
        Q("'9-11'", None, None),
        Q('"You never get used to it,"', None, "Ferrier"),
        Q('"This is my fifth deployment."', None, "Ferrier"),
        Q('"We are just trying to be positive,"', None, "Jennifer Hood"),
        Q('"He will be missing', 'while deployed."', "Jennifer Hood"),
    ],
    aliases={
        "Shelly Jackson": ["Shelly Jackson", "Tech. Sgt. Shelly Jackson", "Jackson"],
        "Ferrier": ["Ferrier", "Master Sgt. Ferrier"],
        "Jennifer Hood": ["Jennifer Hood"],
    },
),
dict(
    id="army-74016-soldiers-share-army-experiences-inspire-kids",
    source="https://www.army.mil/article-amp/74016/soldiers_share_army_experiences_inspire_kids",
    license=PD, retrieved=PAGES + " (army.mil story 74016 (AMP page) of Fort Stewart, Ga., on 3rd Battalion, 69th Armor Regiment Soldiers at George Washington Carver Elementary School's career day, Feb. 3; the stored copy has no headline and opens with the dateline paragraph 'FORT STEWART, Ga. - ...', kept as stored, no title added (H1818); the paragraph '\"I think it's important to get out to the communities especially being that Richmond Hill is so close to us,\" said Staff Sgt. Weaver, \"It's a way to show that the Army is t', cut in the stored copy, dropped with its quotation; the missing space in 'today's Army.\"I thought' as stored; straight marks as stored)",
    text='''FORT STEWART, Ga. - Five Soldiers from 3rd Battalion, 69th Armor Regiment, 1st Heavy Brigade Combat Team, Third Infantry Division, braved the hallways of George Washington Carver Elementary School, Feb. 3, for the school's career day.
"We were invited to come to the career day at Washington Carver Elementary School," said Staff Sgt. Joshua Weaver, Co. B, 3/69 Armor. "We sat down with the class and showed them the different jobs there are in the Army, showed them the different uniforms and answered any questions they had. Most of the kids knew someone in the military so they already knew a little bit."
The kids sat in rapt attention as each Soldier walked through what they do in the Army. From infantryman to mechanic and scout to medic the group tried to provide a rounded look at what makes up today's Army."I thought it was a blast, it was a good chance for the kids to experience what we do in the Army to keep them safe," said Spc. David Vansandt, Headquarters and Headquarters Company, 3/69 Armor, then he laughed. "We had a lot of fun together and they asked a lot of questions."
One very serious question was asked by a 4th grader, "Can a tank take out a giant beanstalk?"
One Soldier responded quickly and confidently, "Yes, yes it can."
After their presentation, the Soldiers brought out the full Marne Standard for the kids to try on.
"The kids enjoyed being able to put on the gear," said Sgt. Jesse Mitchell, Co. E, 3/69 Armor. "They may see it a lot but they don't get a chance to wear it. Growing up as a kid, I always wondered what it was like to put Army gear on, and that's one of the reasons for me being here now."
The kids were so excited to try on the vest and see the various uniforms they wore that they went over their time limit. Both the children and the Soldiers left the class begrudgingly.''',
    quotes=[
        Q('"We were invited', 'Elementary School,"', "Joshua Weaver"),
        Q('"We sat down', 'knew a little bit."', "Joshua Weaver"),
        Q('"I thought it was a blast', 'keep them safe,"', "David Vansandt"),
        Q('"We had a lot of fun', 'a lot of questions."', "David Vansandt"),
        Q('"Can a tank take out a giant beanstalk?"', None, None),
        Q('"Yes, yes it can."', None, None),
        Q('"The kids enjoyed', 'on the gear,"', "Jesse Mitchell"),
        Q('"They may see it a lot', 'being here now."', "Jesse Mitchell"),
    ],
    aliases={
        "Joshua Weaver": ["Joshua Weaver", "Staff Sgt. Joshua Weaver"],
        "David Vansandt": ["David Vansandt", "Spc. David Vansandt"],
        "Jesse Mitchell": ["Jesse Mitchell", "Sgt. Jesse Mitchell"],
    },
),
dict(
    id="army-27417-soldiers-paint-positive-image-of-army",
    source="https://www.army.mil/article-amp/27417/soldiers_paint_positive_image_of_army",
    license=PD, retrieved=PAGES + " (army.mil story 27417 (AMP page) of Fort Jackson, S.C., on Company A, 3rd Battalion, 34th Infantry Regiment repainting a map at Caughman Road Elementary School; the stored copy has no headline and opens with the dateline paragraph 'FORT JACKSON, S.C. -- ...', kept as stored, no title added (H1818); the paragraph 'In addition, the unit will supply guest speakers for events', cut in the stored copy, dropped; the bracket-like '(enjoyed)' inside Cain's quotation as stored; straight marks as stored)",
    text='''FORT JACKSON, S.C. -- Fifty Soldiers with Company A, 3rd Battalion, 34th Infantry Regiment took a break recently from training new Soldiers on proper marksmanship techniques to do some training on proper painting techniques.
The Soldiers recently took on the project of repainting a large map of the United States in the courtyard of Richland I's Caughman Road Elementary School.
The project is the first of many to follow in the developing relationship that the unit has established with the school as part of the Adopt-a-School program. The program's purpose is to raise public awareness about the Army's mission and foster good relations with the local community.
For the Soldiers, it allowed them to make an immediate difference for about 600 elementary school children who pass the mural each day.
"The Soldiers had an awesome time, they had an opportunity to see the military in a different light, how service to their country has a direct impact on their immediate community," said Capt. Nicole Downs, company commander. "If I could give all my Soldiers that opportunity, I would."
Staff Sgt. Lori Cain shared a similar sentiment.
"The Soldiers (enjoyed) it a great deal. It gave them an opportunity to see that the military is more than just going to combat, but it also involves giving back something to the community," said the drill sergeant.
Over the course of the next school year, many projects and activities have been identified for voluntary participation by cadre and Soldiers.
Cadre will visit the school each week to participate in the school's reading program and Lunch Buddy Program, which pairs at-risk children with mentors.
On Friday, the unit's color guard instructed the school's student color guard on the proper care and handling of the U.S. flag. The drill sergeants taught students how to properly fold the flag, how to present the colors and how to properly raise and lower the flag on the school's flagpole.''',
    quotes=[
        Q('"The Soldiers had an awesome time', 'immediate community,"', "Nicole Downs"),
        Q('"If I could give', 'I would."', "Nicole Downs"),
        Q('"The Soldiers (enjoyed)', 'to the community,"', "Lori Cain"),
    ],
    aliases={
        "Nicole Downs": ["Nicole Downs", "Capt. Nicole Downs", "company commander"],
        "Lori Cain": ["Lori Cain", "Staff Sgt. Lori Cain", "the drill sergeant"],
    },
),
dict(
    id="robins-379217-air-force-celebrates-60-years",
    source="https://www.robins.af.mil/News/Article-Display/Article/379217/us-air-force-celebrates-honors-60-years-of-excellence/",
    license=PD, retrieved=PAGES + " (Robins Air Force Base story 379217 of the 78th Air Base Wing on the retreat ceremony for the Air Force's 60th birthday (Sept. 17, 2007); the site line 'News', the lines '  • Published', '  • By Amanda Creel' and '  • 78th ABW/PA' and the empty lines dropped; headline kept once; the paragraph '\"I think it is impor', cut in the stored copy, dropped with Owen's quotation; straight marks as stored)",
    text='''U.S. Air Force celebrates, honors 60 years of excellence
Monday evening as the duty day came to a close members of Team Robins joined together to celebrate 60 years of Air Force history.
The retreat ceremony was an opportunity to recognize the many accomplishments of the Air Force and its members over the past 60 years - just one day before the official birthday of the Air Force, Sept. 18, 1947.
"A retreat ceremony is a fantastic way to honor and celebrate our Air Force's 60th birthday. For six decades, we've had men and women from all walks of life who answered their nation's call to serve in a variety of ways - as active duty Airmen, as citizen Airmen in the Reserves or National Guard, as civilian employees or as community leaders who support the installation and our families. Even the newest and most sophisticated aircraft or weapons systems are ineffective without talented Airmen to operate and maintain them and the various systems and facilities that support them," said Col. Theresa Carter, 78th Air Base Wing commander.
Brig. Gen. Richard Severson, Air Force Reserve Command assistant vice commander, said celebrating the achievements of Airmen over the last 60 years is "important because of the proud heritage and legacy we have."
General Severson said it was amazing to see how far the Air Force had advanced since his own career began in 1971. "There is no question why we are the world's best Air Force," he said.
Maj. Gen. Tom Owen agreed the total force of Airmen of the past, present and future should be thanked for their contributions in creating the superb Air Force of today. General Owen said there are many benefits to looking back to the Air Force's beginnings when the first generation of Airmen were facing the challenges of the Cold War and an uncertain future, because today our Airmen are facing a similar uncertainty as they continue to fight the global war on terror.''',
    quotes=[
        Q('"A retreat ceremony', 'that support them,"', "Theresa Carter"),
        Q('"important because', 'legacy we have."', "Richard Severson"),
        Q('"There is no question', 'best Air Force,"', "Richard Severson"),
    ],
    aliases={
        "Theresa Carter": ["Theresa Carter", "Col. Theresa Carter", "78th Air Base Wing commander"],
        "Richard Severson": ["Richard Severson", "Brig. Gen. Richard Severson", "Air Force Reserve Command assistant vice commander", "General Severson"],
    },
),
dict(
    id="dvids-52720-vmaq-4-sparks-esprit-de-corps",
    source="https://www.dvidshub.net/news/printable/52720",
    license=PD, retrieved=PAGES + " (DVIDS printable news story 52720 of II Marine Expeditionary Force, June 29, 2010, on Marine Tactical Electronic Warfare Squadron 4's trip to the National Museum of the Marine Corps; the lines 'II Marine Expeditionary Force', 'Story by Lance Cpl. Tyler J. Bolken', 'Date: 06.29.2010', 'Posted: 07.12.2010 13:54' and 'News ID: 52720' and the empty lines dropped; headline kept once; the paragraph '“I feel like the museum gave my family a better feeling of what I do and what the Marine Corps is about,” said Cpl. Matthew P. Chase, flight equipment technician with VMAQ-4. “It makes me feel bet', cut in the stored copy, dropped with Chase's quotation; curly marks as stored)",
    text='''VMAQ-4 sparks esprit de corps
The Marine Corps’ proud tradition and storied history could humble any man or woman and holds significant merit to active duty Marines and their family members.
Marine Tactical Electronic Warfare Squadron 4 Marines and their family members loaded four charter busses at the station theater, June 29. They took a field trip to the National Museum of the Marine Corps in Quantico, Va., followed by a stop in Arlington, Va., to see the Sunset Parade at the Iwo Jima Memorial featuring the silent drill team and the commandant’s own band.
The goal for this trip was to bring the squadron together as a whole, including the Marines’ family members, while having an opportunity to take in some motivating Marine Corps history and tradition, explained Lt. Col. David A. Suggs, commanding officer for VMAQ-4.
“A stagnant state kills and can erode morale,” said Suggs. “Taking our Marines to events away from the air station sparks a lot more interest. The squadron picnics can get a little played out.”
VMAQ-4 Sgt. Maj. Jerry L. Bates was instrumental in the planning of this evolution, said Suggs.
The trip involved full squadron participation and was free to the Marines and their dependents.
“There was a huge amount of logistics, from travel arrangements, to where we’d be making stops along the way,” said Lori A. Gaston, family readiness officer for VMAQ-4. “The Marine Corps Association helped assist and sponsor the trip as well.”
The charter busses arrived at the museum around noon after a six hour drive and the Marines and their families strolled through the many wings of the museum until about 3:00 p.m.''',
    quotes=[
        Q('“A stagnant state', 'erode morale,”', "David A. Suggs"),
        Q('“Taking our Marines', 'little played out.”', "David A. Suggs"),
        Q('“There was a huge amount', 'along the way,”', "Lori A. Gaston"),
        Q('“The Marine Corps Association', 'trip as well.”', "Lori A. Gaston"),
    ],
    aliases={
        "David A. Suggs": ["David A. Suggs", "Lt. Col. David A. Suggs", "Suggs", "commanding officer for VMAQ-4"],
        "Lori A. Gaston": ["Lori A. Gaston", "family readiness officer for VMAQ-4"],
    },
),
]
