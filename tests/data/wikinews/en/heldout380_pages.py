# Held-out English news texts (tests/data/heldout380-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Army National Guard, Air Force and Marine Corps news stories (public domain,
# 17 U.S.C. § 105): an army.mil story of the 1st Armored Division's marksmanship competition at Fort Bliss (2012), a
# Fort Riley story on the 1st Infantry Division's culinary arts team (2014), a DVIDS story of a 3d Cavalry Regiment
# cooking competition at Fort Hood (2022), a nationalguard.mil story of Guard Soldiers patrolling the Moorhead flood
# (2009), a Sixteenth Air Force story on Airmen volunteering during the COVID-19 pandemic (2020), a Marine Corps Air
# Station Yuma story on the 2007 Marine Corps birthday pageant and a Marine Corps Air Station Cherry Point story on a
# battalion's trip to the Marine Corps museum. None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped
# (noted in `retrieved`). Site lines, date and byline lines and the empty lines between paragraphs are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); wording
# and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H1975-H1978 in ANNOTATION.md on top of H1-H1974).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout380-en.jsonl

Built by `build.py` from `heldout380_pages.py`. Like heldout370-en, heldout362-en, heldout333-en, heldout302-en and
the other military sets above, these texts are stored web pages (the `pages` search corpus) of US military news
stories (public domain, 17 U.S.C. § 105), none of them used in a set above, this time feature stories with several
quoted people: an army.mil story (article 84080, on the 'Blackhawk' who won as the post's top marksman, 1st Armored
Division squad designated marksmanship competition at Fort Bliss), a Fort Riley story on riley.army.mil (article
473708, 'Soldier chefs make final preparations for Military Culinary Arts competition', March 13, 2014), a DVIDS story
of the 3d Cavalry Regiment (dvidshub.net news 418547, 'Culinary specialists chop their way to the top', Fort Hood,
April 2022), a National Guard story on nationalguard.mil (article 574181, 'North Dakota Guard Soldiers keep watch',
April 2, 2009, Minnesota National Guard), a Sixteenth Air Force story on 16af.af.mil (article 2150565, 'Cyber Airmen
step up volunteer efforts during COVID-19 pandemic', April 2020; the same story is stored as aetc.af.mil article
2152161, 'Airmen lead volunteerism during COVID-19 pandemic', whose stored copy is cut earlier, so the 16af copy was
used and the aetc copy not), a Marine Corps Air Station Yuma story on mcasyuma.marines.mil (article 549904, 'Happy
Birthday Marines', Nov. 8, 2007) and a Marine Corps Air Station Cherry Point story on cherrypoint.marines.mil
(article 525270, 2nd Low Altitude Air Defense Battalion's trip to the National Museum of the Marine Corps). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped, also where it holds a quotation (what was dropped is
noted per page). The '.mil website' notice lines, site lines, date lines, byline lines and the empty lines between
paragraphs were dropped; wording and quotation marks (straight and curly as stored) are as stored. Pages read but left
out because they are already in a set above: army.mil 5841 (heldout327-en), vandenberg 340082, travis 767918 and
afgsc 3525841 (heldout97-en), navy.mil 73395 (heldout29-en), dvidshub.net 85201 (heldout258-en), 162wing 2527885 and
113wg 447992 (heldout85-en), nationalguard.mil 1794723 (heldout33-en) and 611419 (listed by heldout370-en); pages of
newspapers, broadcasters and other non-government sites found by the same searches (dailypress.com, meridianstar.com,
wfsb.com, delawareonline.com, navaltoday.com, taskandpurpose.com, kens5.com, stripes.com, americanmilitarynews.com)
and the shaw.af.mil Habitat for Humanity story were not used. None of the pages used is in any set above or in
another helper's worktree (checked by URL, article number and slug (84080, 473708, 418547, 574181, 2150565, 2152161,
549904, 525270, chop their way, Soldier chefs make final), by title and by the names of their speakers and phrases,
such as Jonathan R. Evans, Michael Mizell, Evan Sapiel, Jeffrey Matthews, Jigna Panchal, Robin Mattson, Shawn Sims,
lift spirits, Steven Anderson, Israel Jaeger, care of our own, Jonathan Knauth, Bryan Weingart, Justin Gaines, Laylon
Wilson and Robert Basham, with grep over tests/data of the main tree and of every other helper's worktree: no hit).
The annotation (rules H1975–H1978 in `ANNOTATION.md` on top of H1–H1974) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-84080-blackhawk-victorious-as-posts-top-marksman",
    source="https://www.army.mil/article/84080/_Blackhawk__victorious_as_post_s_top_marksman/",
    license=PD, retrieved=PAGES + " (army.mil story 84080 of the 1st Armored Division at Fort Bliss, undated in the stored copy (teaching on July 16, competition two days later); the stored copy has no headline and opens with the first paragraph 'On July 16, Sgt. Jonathan R. Evans ...', kept as stored, no title added (H1818); the paragraph 'In the end the competition yielded something of infinitely greater significance than bragging rights, it offered a pro', cut in the stored copy, dropped; 'an M-4 or and M-110' and Mizell's 'proud, \" said' with the space before the closing mark as stored (H1976))",
    text='''On July 16, Sgt. Jonathan R. Evans, a cavalry scout with A Troop, 1st Squadron 1st Cavalry Regiment, 2nd Heavy Brigade Combat Team, was teaching the rudiments of marksmanship to a group of 1-1 CAV Soldiers. "I was teaching a shooting class on the four fundamentals of marksmanship," said Evans. "I was going in depth on how the bullet travels and my tricks of the trade that I've learned over my time in the Army."
A mere two days later Evans put said skill set to work, won the 1st Armored Division's first Squad Designated Marksmanship Competition held at Dona Ana Base Camp, N.M., Range 56, and was awarded a Precision rifle package optimized for military use, with a Leupold scope.
The competition was comprised of approximately 30 Soldiers from four different brigades on Fort Bliss. The 30 Soldiers were broken into three firing orders of 10 firers, all using either an M-4 or and M-110. Each firer was to fire at a static black silhouette painted over a white background. The firers would first fire 10 rounds from the standing position at 300m. Next, the firers would fire 10 rounds from a kneeling position at 400 m. Finally, the firers would fire 10 rounds from a prone position at 500 m. After all firing orders had completed their shots, scores were tallied and the firer with the most total hits to the silhouette target won.
"I felt confident with my shots, but I assumed that there was someone out there that could shoot better than me," said Evans.
His by-the-numbers training and career experience yielded a laudable championship performance as well as a familiar feeling among "Blackhawks."
"We are very proud, " said Sgt. Maj. Michael Mizell, operations sergeant major, 1-1 CAV. "We feel great that he represented our battalion and went out there and won it. It just shows how competitive we are because we are the post champions in about five different events."''',
    quotes=[
        Q('"I was teaching a shooting', 'fundamentals of marksmanship,"', "Jonathan R. Evans"),
        Q('"I was going in depth', 'time in the Army."', "Jonathan R. Evans"),
        Q('"I felt confident', 'better than me,"', "Jonathan R. Evans"),
        Q('"Blackhawks."', None, None),
        Q('"We are very proud, "', None, "Michael Mizell"),
        Q('"We feel great', 'five different events."', "Michael Mizell"),
    ],
    aliases={
        "Jonathan R. Evans": ["Jonathan R. Evans", "Sgt. Jonathan R. Evans", "Evans", "a cavalry scout with A Troop, 1st Squadron 1st Cavalry Regiment, 2nd Heavy Brigade Combat Team"],
        "Michael Mizell": ["Michael Mizell", "Sgt. Maj. Michael Mizell", "operations sergeant major, 1-1 CAV"],
    },
),
dict(
    id="riley-2014-03-13-soldier-chefs-culinary-arts-competition",
    source="http://www.riley.army.mil/News/Article-Display/Article/473708/soldier-chefs-make-final-preparations-for-military-culinary-arts-competition/",
    license=PD, retrieved=PAGES + " (Fort Riley story 473708 of March 13, 2014 by 1st Infantry Division Public Affairs; the site line 'Fort Riley, Kansas', the byline line 'By J. Parker Roberts | 1ST INF. DIV. PUBLIC AFFAIRS | March 13, 2014' and the empty lines dropped; headline kept once; the paragraph 'Matthews said th', cut in the stored copy, dropped; the ellipsis inside Sapiel's first quotation and the division nickname “Big Red One” as stored (H1977))",
    text='''Soldier chefs make final preparations for Military Culinary Arts competition
“Big Red One” chefs are making their final preparations ahead of one of the largest culinary competitions in the U.S. The 1st Infantry Division’s Culinary Arts Team will compete against Soldiers, Airmen, Marines and other military personnel from across the armed forces March 9 to 14 during the 39th annual Military Culinary Arts Competitive Training Event at Fort Lee, Va.
Twelve Soldiers from across the 1st Inf. Div. will compete in the weeklong contest of culinary champions, creating cold buffets, hot meals, desserts and more. Spc. Yuri Palenzuela, 5th Squadron, 4th Cavalry Regiment, 2nd Armored Brigade Combat Team, 1st Inf. Div., will represent the Big Red One in the Armed Forces Chef of the Year category, while Spc. Evan Sapiel, also of 5th Sqdn, 4th Cav. Regt., 2nd ABCT, 1st Inf. Div., will represent the team in the Armed Forces Junior Chef of the Year competition.
“I had to compete to be able … to compete for that, so it feels rewarding,” said Sapiel, who didn’t start cooking until after he joined the Army two years ago. “It just happened.”
The chef said his wife, in particular, enjoys his cooking skills.
“It’s a little intimidating, but I think I have the skill for it,” Sapiel said of the competition.
He also will be working with other members of the team on a cold-food buffet.
“I like group efforts,” he said. “I love working with everybody here.”
Sapiel said the other members of the team are “awesome,” and all were doing their best in preparing for the competition.
“It’s the largest culinary competition in North America,” said Sgt. Jeffrey Matthews, Division Headquarters and Headquarters Battalion, 1st Inf. Div., who serves as the team captain and coach. “It’s all branches coming together to compete at one installation.”''',
    quotes=[
        Q('“Big Red One”', None, None),
        Q('“I had to compete', 'feels rewarding,”', "Evan Sapiel"),
        Q('“It just happened.”', None, "Evan Sapiel"),
        Q('“It’s a little intimidating', 'skill for it,”', "Evan Sapiel"),
        Q('“I like group efforts,”', None, "Evan Sapiel"),
        Q('“I love working', 'everybody here.”', "Evan Sapiel"),
        Q('“awesome,”', None, "Evan Sapiel"),
        Q('“It’s the largest', 'North America,”', "Jeffrey Matthews"),
        Q('“It’s all branches', 'one installation.”', "Jeffrey Matthews"),
    ],
    aliases={
        "Evan Sapiel": ["Evan Sapiel", "Spc. Evan Sapiel", "Sapiel", "The chef"],
        "Jeffrey Matthews": ["Jeffrey Matthews", "Sgt. Jeffrey Matthews", "the team captain and coach"],
    },
),
dict(
    id="dvids-418547-culinary-specialists-chop-their-way-to-the-top",
    source="https://www.dvidshub.net/news/418547/culinary-specialists-chop-their-way-top",
    license=PD, retrieved=PAGES + " (DVIDS news story 418547 of the 3d Cavalry Regiment, competition on April 14, 2022 at Fort Hood; the stored copy has no headline and opens with the corpus date line ' date 2022-04-14' before the dateline paragraph 'FORT HOOD, Texas – ...'; the date line dropped, no title added (H1818, H1978); the empty lines between paragraphs dropped; the paragraph '“Trying to figure out what to do with all the ingredients was the hardest part for m', cut in the stored copy, dropped with Martinez's quotation; 'Brussel sprouts' and the en dashes as stored)",
    text='''FORT HOOD, Texas – Twenty culinary food specialists from 3d Cavalry Regiment competed in a cooking competition at Theodore Roosevelt Warrior Restaurant April 14, here.
Culinary specialists are in charge of preparing and serving large-scale meals while in garrison, in the field training or even deployed overseas.
“We hold these competitions quarterly because it’s important for the troopers to build confidence in their skills,” said Sgt. 1st Class Jigna Panchal, field feeding non-commissioned officer in charge for 3d Squadron, 3d Cavalry Regiment.
The food specialists gathered to receive their instructions before the competition. Similar to popular television cooking competitions, they were given a mystery basket full of ingredients they then had to turn into a meal ready to present for the judges.
“They had ground beef, bread, tomatoes, cherries, Brussel sprouts in there,” said Panchal.
With only one hour to prepare, cook and plate their dish, the kitchen was alive with action.
Once the hour was over, each culinary specialist took turns presenting and explaining their dish to the judges, describing how they used the ingredients.
The two groups were divided between non-commissioned officers and lower enlisted during the judging portion of the competition.
Initially a little stumped at all the ingredients, Sgt. Courtney Anderson – a native of Charleston, South Carolina – placed first in her category with her dish of meatballs served with Brussel sprouts and a cherry glaze.
“The mystery basket was really hard,” Anderson said.
Coming in first for the lower enlisted was Pfc. Jonathan Martinez of Los Angeles with his creative take on albondigas – commonly known as meatballs – with a tomato sauce and cherry-glazed Brussels sprouts.''',
    quotes=[
        Q('“We hold these competitions', 'in their skills,”', "Jigna Panchal"),
        Q('“They had ground beef', 'sprouts in there,”', "Jigna Panchal"),
        Q('“The mystery basket was really hard,”', None, "Courtney Anderson"),
    ],
    aliases={
        "Jigna Panchal": ["Jigna Panchal", "Sgt. 1st Class Jigna Panchal", "Panchal", "field feeding non-commissioned officer in charge for 3d Squadron, 3d Cavalry Regiment"],
        "Courtney Anderson": ["Courtney Anderson", "Sgt. Courtney Anderson", "Anderson", "a native of Charleston, South Carolina"],
    },
),
dict(
    id="ng-2009-04-02-north-dakota-guard-soldiers-keep-watch",
    source="https://www.nationalguard.mil/News/Article-View/Article/574181/north-dakota-guard-soldiers-keep-watch",
    license=PD, retrieved=PAGES + " (National Guard story 574181 of April 2, 2009 by the Minnesota National Guard; the '.mil website' notice lines ('An official website of the United States government', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...'), the lines 'Home : News : Article View', 'NEWS | April 2, 2009' and 'By Master Sgt. Jason Rolfe Minnesota National Guard' and the empty lines dropped; headline kept once; the paragraph 'The National Guard has a dual mission, operating for', cut in the stored copy, dropped; Mattson's quotation broken over two paragraphs with one opening and one closing mark as stored (H1975))",
    text='''North Dakota Guard Soldiers keep watch
MOORHEAD, Minn. - As flood waters loom in Moorhead, Minn., National Guard members patrol the streets to aid residents and local authorities in the fight against the flood.
Patrolling in a Humvee, Staff Sgt. Robin Mattson and Spc. Shawn Sims, both from the Moorhead-based 2nd Combined Arms Battalion, check water depths in the streets throughout Zone One of Moorhead.
They update their map with a multitude of colors signifying depths of one to two inches, three to five inches, six to twelve inches and more. They also keep track of the condition of standing temporary dikes and any new dikes that have been constructed.
The guardsmen stop along the route to speak with local residents. Wading through almost waist high waters in some areas, they make their way to the people anxiously watching temporary dikes in the roadways and alongside homes.
Residents update the guardsmen of water levels, current situations and the well-being of neighbors.
"I try to keep the mood light with a joke or just friendly small talk in hopes of helping to lift spirits," said Sims.
With a friendly wave, sometimes a smile and often a snap of a photo, residents are aware that the National Guard is here.
"The Guard is here in ready reserve to provide support if it gets worse.
Also, I think that the mere presence of guard members gives residents a better feeling of the situation," Staff Sgt. Mattson said.
Both Mattson and Sims spent over a year deployed to Iraq in 2006-2007 supporting Operation Iraqi Freedom.''',
    quotes=[
        Q('"I try to keep the mood', 'lift spirits,"', "Shawn Sims"),
        Q('"The Guard is here', 'if it gets worse.', "Robin Mattson"),
    ],
    aliases={
        "Shawn Sims": ["Shawn Sims", "Spc. Shawn Sims", "Sims"],
        "Robin Mattson": ["Robin Mattson", "Staff Sgt. Robin Mattson", "Staff Sgt. Mattson", "Mattson"],
    },
),
dict(
    id="16af-2150565-cyber-airmen-step-up-volunteer-efforts-covid-19",
    source="https://www.16af.af.mil/Newsroom/Article-Display/Article/2150565/cyber-airmen-step-up-volunteer-efforts-during-covid-19-pandemic/",
    license=PD, retrieved=PAGES + " (Sixteenth Air Force story 2150565, undated in the stored copy (volunteering on April 7, COVID-19 pandemic, 2020); the lines '• Published', '• By Sharon Singleton' and '• Sixteenth Air Force' and the empty lines dropped; headline kept once; the spaces at paragraph ends dropped, the double spaces between sentences inside the quotations kept as stored (H1978); the paragraph 'Public Health val', cut in the stored copy, dropped; the same story is stored as aetc.af.mil 2152161 ('Airmen lead volunteerism during COVID-19 pandemic'), cut inside Anderson's second quotation paragraph, not used)",
    text='''Cyber Airmen step up volunteer efforts during COVID-19 pandemic
Airmen from JBSA-Lackland came together overnight on April 7 to volunteer for charge of quarters duties in support of Airmen across the base whose lives have been affected by the COVID-19 pandemic.
The team, led by Col. Steven Anderson, 688th Cyberspace Wing commander and Chief Master Sgt. Israel Jaeger, 688th Cyberspace Wing command chief, consisted of Airmen from various squadrons, including Capt. Nathan Spradley, 502nd Air Base Wing, Master Sgt. Stephanie Russ, 323rd Training Squadron, and Staff Sgt. Ryan Owen, 67th Operations Support Squadron.
“COVID-19 is an unplanned crisis impacting the entire globe.  As service members, we are committed to readiness for both the known and unknown,” said Anderson. “COVID-19 is driving every command team to balance health of our force in uncommon environments while assuring continued readiness to execute primary missions.  It’s also offering opportunities to support other Air Force missions where possible.”
Volunteers are working around the clock to ensure support for Airmen sequestered in any one of the four COVID-19 statuses known as RPQI: Restriction of Movement, Person Under Investigation, Quarantine, or Isolation.
“This is an opportunity to help take care of our own.  Supporting our Airmen is how we build trust across the force and instill the meaning of being a Wingman from the very beginning of a career.  This is a critical mission we must support…especially as we seek ways to grow connectedness and build resiliency across our force,” Anderson said.
CQ shifts are generally 12 hours long; however, volunteers cover eight-hour shifts. Duties range from intake, tracking and reporting, wellness checks, meal and personal item delivery, and arranging transport upon release. The concern for spreading COVID-19 has left a growing need for CQ-duty volunteers.''',
    quotes=[
        Q('“COVID-19 is an unplanned', 'known and unknown,”', "Steven Anderson"),
        Q('“COVID-19 is driving', 'where possible.”', "Steven Anderson"),
        Q('“This is an opportunity', 'across our force,”', "Steven Anderson"),
    ],
    aliases={
        "Steven Anderson": ["Steven Anderson", "Col. Steven Anderson", "Anderson", "688th Cyberspace Wing commander"],
    },
),
dict(
    id="mcasyuma-549904-2007-11-08-happy-birthday-marines",
    source="https://www.mcasyuma.marines.mil/News/Article/Article/549904/happy-birthday-marines/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Yuma story 549904 of Nov. 8, 2007; the site line 'Marines', the line '8 Nov 2007 | Lance Cpl. Gregory Aalto Marine Corps Air Station Yuma' and the empty lines dropped; headline kept once; the space at the head of each paragraph of the stored copy dropped (H1978); the paragraph 'Those in attendance then listened to Lt. Gen. John Lejeune’s, 13th Commandant of the Marine Corps, 146th Marine Corps birthday message, followed by the curr', cut in the stored copy, dropped; curly marks as stored)",
    text='''Happy Birthday Marines
The 2007 Marine Corps Birthday cake cutting ceremony and uniform pageant to celebrate and honor Corps traditions and history was held Nov. 7 on the station parade deck.
“Having the cake cutting ceremony and uniform pageant gives Marines, sailors, dependents and community members an opportunity to come and witness a reenactment of the history of the Marine Corps,” said Gunnery Sgt. Jonathan Knauth, Combat Camera staff non-commissioned officer-in-charge and pageant coordinator.
After the invocation by Lt. Shawn Osborne, station chaplain, the event began with the uniform pageant.
“The uniform pageant is a living lineage of Marine Corps history. We take Continental Marines from 1776, and transition all the way to present day Marines in their dress blues. It allows for the spectator to see what Marines looked like during the battles the narrator is explaining,” said Knauth.
As each time period was presented, narration explained facts about the specific era.
“We were able to incorporate a special tribute to Iwo Jima Marines by having a six-man team simulate the flag raising on Mount Suribachi,” Knauth explained.
The pageant featured 31 service members from E-2 to E-6.
“Luckily we were able to have all volunteers for the pageant. So it’s great to have Marines out there who have a passion for the Marine Corps and everything it represents showing their pride,” said Knauth.
“I did the pageant last year as well and it takes a lot of time and effort to be a part of. But I feel it is a great way to spend your time because it honors those Marines that are no longer with us today,” said Lance Cpl. Bryan Weingart, H&HS weather observer and Korean War era pageant participant.''',
    quotes=[
        Q('“Having the cake cutting', 'of the Marine Corps,”', "Jonathan Knauth"),
        Q('“The uniform pageant is', 'narrator is explaining,”', "Jonathan Knauth"),
        Q('“We were able to incorporate', 'Mount Suribachi,”', "Jonathan Knauth"),
        Q('“Luckily we were able', 'their pride,”', "Jonathan Knauth"),
        Q('“I did the pageant', 'with us today,”', "Bryan Weingart"),
    ],
    aliases={
        "Jonathan Knauth": ["Jonathan Knauth", "Gunnery Sgt. Jonathan Knauth", "Knauth", "Combat Camera staff non-commissioned officer-in-charge and pageant coordinator"],
        "Bryan Weingart": ["Bryan Weingart", "Lance Cpl. Bryan Weingart", "H&HS weather observer and Korean War era pageant participant"],
    },
),
dict(
    id="cherrypoint-525270-2nd-laad-field-trip-marine-corps-museum",
    source="https://www.cherrypoint.marines.mil/News/Story/Article/525270/2nd-laad-takes-holiday-field-trip-to-national-museum-of-united-states-marine-co",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Cherry Point story 525270 on the 2nd Low Altitude Air Defense Battalion's trip to the National Museum of the Marine Corps on Dec. 2, undated in the stored copy; the stored copy has no headline and opens with the dateline paragraph 'MARINE CORPS AIR STATION CHERRY POINT, N.C. -- ...', kept as stored, no title added (H1818); the paragraph '“Coming here allows us all to be brought back to why we chose to join', cut in the stored copy, dropped with its quotation; the line break after Wilson's 'Nagasaki,”' before 'Wilson added.' as stored (H1976))",
    text='''MARINE CORPS AIR STATION CHERRY POINT, N.C. -- The Marine Corps has a rich history and traditions that today’s Marines and Sailors continue to forge upon to extend the legacy to the men and women who will follow them.
Marines from 2nd Low Altitude Air Defense Battalion saw their part in the Corps’ lore when they took a quick Friday morning KC-130J flight from Cherry Point to the National Museum of the United States Marine Corps in Quantico, Va., Dec. 2.
“Today was about giving back to our Marines,” said 2nd Lt. Justin Gaines, the second platoon commander with 2nd LAAD. “For the past couple of months they have been putting forth the effort and this is a good way for us to give back.”
The battalion’s command made arrangements for the trip weeks in advance.
“This shows the Marine Corps’ rich history when you just look around the museum and you can see how much we’ve evolved,” said Lance Cpl. Laylon Wilson III, a motor transport operator with 2nd LAAD. “At the World War II exhibit they have a piece of glass from the bombing of Nagasaki,”
Wilson added. “My grandfather was in the Navy on a battleship and saw the explosion.” As the Marines viewed the exhibits patrons thanked them for their service and former Marines offered first-hand accounts of their time served in the Corps.
“My favorite part about today has been talking to all the retired Marines that work here,” said Sgt. Robert Basham II, a field radio operator with 2nd LAAD. “Listening to them tell you about how it was in their day and all of their knowledge really brings the experience to life.”
Basham said the museum unifies past, present and future Marines by highlighting the sacrifices, valor and accomplishments of those who came before them.
The outing concluded with 2nd LAAD making some of its own history by promoting Charles Smith and Paul Sanders to lance corporal in front of the museum’s entrance.''',
    quotes=[
        Q('“Today was about giving', 'our Marines,”', "Justin Gaines"),
        Q('“For the past couple', 'to give back.”', "Justin Gaines"),
        Q('“This shows the Marine', 'we’ve evolved,”', "Laylon Wilson III"),
        Q('“At the World War II', 'bombing of Nagasaki,”', "Laylon Wilson III"),
        Q('“My grandfather was', 'saw the explosion.”', "Laylon Wilson III"),
        Q('“My favorite part', 'that work here,”', "Robert Basham II"),
        Q('“Listening to them', 'experience to life.”', "Robert Basham II"),
    ],
    aliases={
        "Justin Gaines": ["Justin Gaines", "2nd Lt. Justin Gaines", "the second platoon commander with 2nd LAAD"],
        "Laylon Wilson III": ["Laylon Wilson III", "Lance Cpl. Laylon Wilson III", "Laylon Wilson", "Wilson", "a motor transport operator with 2nd LAAD"],
        "Robert Basham II": ["Robert Basham II", "Sgt. Robert Basham II", "Robert Basham", "Basham", "a field radio operator with 2nd LAAD"],
    },
),
]
