# Held-out English news texts (tests/data/heldout362-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force news stories (public domain, 17 U.S.C. § 105): five crew-chief features
# (Mountain Home AFB on the 332nd Expeditionary Maintenance Squadron, the 455th Air Expeditionary Wing's 'Crew chief for a
# day', the 15th Wing's flying crew chiefs at the Fort Benning airborne school, Moody AFB's 'The Airmen behind the
# planes', the 20th Fighter Wing's home-front crew chiefs on af.mil), a 379th Air Expeditionary Wing story on military
# working dogs (af.mil) and a 36th Wing story of Operation Christmas Drop 2012 on the U.S. Pacific Command site. None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, '• Published' / '• By ...'
# byline lines, photo captions and the empty lines between paragraphs are dropped; the headline is kept once as the first
# line; wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1910-H1914 in ANNOTATION.md on top of H1-H1909).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout362-en.jsonl

Built by `build.py` from `heldout362_pages.py`. Like heldout333-en, heldout302-en, heldout268-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17
U.S.C. § 105), none of them used in a set above, this time Air Force stories: a Mountain Home Air Force Base story
(mountainhome.af.mil article 1058289, crew chiefs of the 332nd Expeditionary Maintenance Squadron launching combat
sorties), a 455th Air Expeditionary Wing story on afcent.af.mil (article 275550, 'Crew chief for a day'), a 15th Wing
story (15wing.af.mil article 376773, flying crew chiefs supporting the airborne school at Fort Benning), a 23rd Wing
story of Moody Air Force Base (moody.af.mil article 212474, 'The Airmen behind the planes'), a 20th Fighter Wing story
on af.mil (article 132512, 'Home front crew chiefs still make it happen'), a 379th Air Expeditionary Wing story on af.mil
(article 135510, 'Four-legged sentinels key to force protection') and a 36th Wing Public Affairs story of December 2012
on the U.S. Pacific Command site pacom.mil ('Operation Christmas Drop: Tales from the Tail'; pacom.mil was used for
another story in wikinews-en). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
quotation (what was dropped is noted per page). The '.mil website' notice lines, the '• Published' and '• By ...' byline
lines, the pacom.mil byline lines, its 'click for a closer look image' line and photo caption, and the empty lines
between paragraphs were dropped; wording and quotation marks (straight and curly, mixed where the copy mixes them) are
as stored. Pages read but left out: afmc.af.mil 155950 (already in heldout276-en), army.mil 160861 (already in
heldout250-en), jble.af.mil 260913 (already in heldout296-en), usar.army.mil 1858214 (read and left out by heldout302-en;
its stored copy keeps one quotation paragraph), and copies of military stories on blogs, aggregators and newspaper sites
(globalsecurity.org, usapatriotism.org, militarywives.com, combataircraft.com, military-online.blogspot.com; not the
public-domain originals or credited elsewhere). None of the pages used is in any set above (checked by URL and article
number (1058289, 275550, 376773, 212474, 132512, 135510, 19-operation-christmas-drop), by title and by the names of
their speakers and phrases, such as Anthony Willard, Kelly Matthew, Crew Chiefs Take Pride, Eymi Acevedo, Brian
Hornback, Camp Cunningham, crew chief for a day, Leugers, Jonathan Solomon, airborne school a fun, jacks-of-all-trades,
Steven Ellison, Korey Clark, Airmen behind the planes, Home front crew chiefs, Strickenberger, Caleb Pangborn, Theron
Sutton, Keith Harris, Duane Stinson, Four-legged sentinels, force multiplier and a compliment, Mitchell Foy, Cameron
Leslie, Tales from the Tail and Operation Christmas Drop, with grep over tests/data of the main tree and of every other
helper's worktree: no hit). The annotation (rules H1910–H1914 in `ANNOTATION.md` on top of H1–H1909) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mountainhome-1058289-crew-chiefs-take-pride-in-launching-combat-sorties",
    source="http://www.mountainhome.af.mil/News/Article-Display/Article/1058289/crew-chiefs-take-pride-in-launching-combat-sorties/",
    license=PD, retrieved=PAGES + " (Mountain Home Air Force Base story on crew chiefs of the 332nd Expeditionary Maintenance Squadron, undated and without byline in the stored copy; the empty lines after the headline and between paragraphs dropped; headline kept once; the paragraph '“I am really proud to say that we have the best group of maintainers in the Air Force,” said Master Sgt. Kelly Matthew, ... for any air tasking order we\\'re given', cut in the stored copy, dropped with Matthew's quotation (H1914); the curly single marks of ‘go get ‘em’ as stored (H1912))",
    text='''Crew Chiefs Take Pride in Launching Combat Sorties
An F-15E Strike Eagle starts its engines drowning out all other sounds and conversation in the area. The pilot is communicating with an airman standing in sight of the cockpit with his arms forming an X across his chest. He marshals the jet out of the parking spot onto the taxiway after an operations check and salutes. The pilot returns the salute and the airman, holding down all fingers except his pinky and thumb, shakes his hand back and forth, a gesture to say ‘go get ‘em’. The airman is a crew chief assigned to the 332nd Expeditionary Maintenance Squadron.
“My job as a crew chief is to launch and recover mission-essential aircraft,” said Senior Airman Anthony Willard, 332nd EMXS crew chief. “I service them, inspect them and make sure they are up to proper standards, as well as, lead and mentor the younger airmen.”
Crew chiefs are easy to spot, like most aircraft maintainers they almost always wear coveralls soiled with a mixture jet fuel and other oils, a reflective belt and have ear protection nearby. They are responsible for maintaining the F-15E Strike Eagles in theater from Mountain Home Air Force Base, Idaho.
“I know what we do is eye-opening for a lot of the guys here and makes them realize that all the stuff we do back home, is for right now,” Willard said. “Although we miss our families the importance of our mission makes it worthwhile.”
These airmen are disciplined professionals and play a big part in defending the region and delivering decisive airpower.''',
    quotes=[
        Q('‘go get ‘em’', None, None),
        Q('“My job as a crew chief', 'mission-essential aircraft,”', "Anthony Willard"),
        Q('“I service them', 'the younger airmen.”', "Anthony Willard"),
        Q('“I know what we do', 'for right now,”', "Anthony Willard"),
        Q('“Although we miss', 'makes it worthwhile.”', "Anthony Willard"),
    ],
    aliases={"Anthony Willard": ["Anthony Willard", "Senior Airman Anthony Willard", "Willard", "332nd EMXS crew chief"]},
),
dict(
    id="afcent-455aew-275550-crew-chief-for-a-day",
    source="http://www.afcent.af.mil/Units/455th-Air-Expeditionary-Wing/News/Display/Article/275550/crew-chief-for-a-day/",
    license=PD, retrieved=PAGES + " (455th Air Expeditionary Wing story on afcent.af.mil, undated in the stored copy (launch on July 25, Camp Cunningham); the '.mil website' notice lines ('An official website of the United States government', 'Here\\'s how you know', ...), the lines '• Published', '• By Sgt. Orville F. Desjarlais Jr.' and '• 455th Air Expeditionary Wing' and the empty lines between paragraphs dropped (H1914); headline kept once; the paragraph '\"Since I work with them every day, I wanted to see what it was like on the other side, to see how they operated so I could get', Ross's quotation cut in the stored copy, dropped; 'what its all about' and the double hyphens as stored)",
    text='''Crew chief for a day
As an inbound traffic management office clerk, Airman 1st Class Eymi Acevedo processes cargo coming into Camp Cunningham.
On July 25, she helped send an important item off base.
She launched an A-10 Thunderbolt II in a war zone.
"I couldn't believe I was actually sending an aircraft to war," said Airman Acevedo, who is deployed from Dover Air Force Base, Del.
Airman Acevedo was one of the first Airmen to participate in the 455th Expeditionary Maintenance Group's "Crew Chief for a Day" program.
The program's goal is to expand people's knowledge about the aircraft maintenance world.
"When you work in finance, you never get to see what happens on the flight line," said Chief Master Sgt. Brian Hornback, the group's superintendent. "When they come out, they learn what it takes to put bombs on target and the challenges with getting an aircraft in the air."
When her jet returned from its mission, Airman Acevedo had to "recover" it, park it back in its spot and check it over for damage, then refuel it to make sure it was ready to go again.
"Crew chiefs do a lot, and they don't get credit for all the stuff they do," Airman Acevedo said. "That's what its all about -- being out there -- and you don't really appreciate it until you do it."
Staff Sgt. William Ross, also from Dover, wanted to launch a jet because he has spent his entire nine-year Air Force career pouring fuel into them. So, he, too, took part in the program.''',
    quotes=[
        Q('"I couldn\'t believe', 'aircraft to war,"', "Eymi Acevedo"),
        Q('"Crew Chief for a Day"', None, None),
        Q('"When you work in finance', 'the flight line,"', "Brian Hornback"),
        Q('"When they come out', 'aircraft in the air."', "Brian Hornback"),
        Q('"recover"', None, None),
        Q('"Crew chiefs do a lot', 'stuff they do,"', "Eymi Acevedo"),
        Q('"That\'s what its all about', 'until you do it."', "Eymi Acevedo"),
    ],
    aliases={"Eymi Acevedo": ["Eymi Acevedo", "Airman 1st Class Eymi Acevedo", "Airman Acevedo", "inbound traffic management office clerk"],
             "Brian Hornback": ["Brian Hornback", "Chief Master Sgt. Brian Hornback", "the group's superintendent"]},
),
dict(
    id="15wing-376773-maintainer-support-of-airborne-school",
    source="https://www.15wing.af.mil/News/Article-Display/Article/376773/maintainer-support-of-airborne-school-a-fun-valuable-opportunity",
    license=PD, retrieved=PAGES + " (15th Wing Public Affairs story, undated in the stored copy (mission Oct. 9-15); the '.mil website' notice lines, the lines '• Published', '• By Staff Sgt. Nathan Allen' and '• 15th Wing Public Affairs' and the empty lines between paragraphs dropped (H1914); headline kept once; the paragraph 'During the mission to Fort Benning, Sergeant Leuge', cut in the stored copy, dropped; Leugers's quotation with its lost second opening mark as stored (H1910))",
    text='''Maintainer support of airborne school a fun, valuable opportunity
It might be hard to tell a flying crew chief from a loadmaster when they all show up in flight suits ready to fly a sortie. Here's a hint: if you see an Airman in a flight suit working on a jet engine, it's probably not a loadmaster.
Two flying crew chiefs from the 15th Aircraft Maintenance Squadron at Joint Base Pearl Harbor Hickam zipped up their flight suits alongside the normal air crew and took the week-long journey to Fort Benning, Ga. from Oct. 9-15 to support the 507th Airborne School there. Regardless of the mission, being a flying crew chief means having an opportunity to experience new things.
"Being able to see the world is always fun," said Staff Sgt. Joseph Leugers, 15th AMXS flying crew chief. Meeting new people, seeing new places, doing new things...not all crew chiefs get this opportunity."
According to Staff Sgt. Jonathan Solomon, 15th AMXS flying crew chief, the experiences are fun, but the responsibility is great.
"Being a flying crew chief is not a deployment or a temporary duty," said Solomon. "It's a mission that requires an individual to perform their job to their fullest ability. It's a lot of responsibility."
Sergeant Solomon believes the advanced technology and mission capability a C-17 offers make being a flying crew chief on a C-17 a particular treat.
"The aircraft's capabilities go hand in hand with the advanced systems installed on it," Sergeant Solomon said. "Overall, it beats other aircraft in the realms of range, efficiency and reliability."''',
    quotes=[
        Q('"Being able to see the world', 'get this opportunity."', "Joseph Leugers"),
        Q('"Being a flying crew chief is not', 'temporary duty,"', "Jonathan Solomon"),
        Q('"It\'s a mission that', 'lot of responsibility."', "Jonathan Solomon"),
        Q('"The aircraft\'s capabilities', 'installed on it,"', "Jonathan Solomon"),
        Q('"Overall, it beats', 'efficiency and reliability."', "Jonathan Solomon"),
    ],
    aliases={"Joseph Leugers": ["Joseph Leugers", "Staff Sgt. Joseph Leugers", "15th AMXS flying crew chief"],
             "Jonathan Solomon": ["Jonathan Solomon", "Staff Sgt. Jonathan Solomon", "Solomon", "Sergeant Solomon", "15th AMXS flying crew chief"]},
),
dict(
    id="moody-212474-the-airmen-behind-the-planes",
    source="https://www.moody.af.mil/News/Features/Display/Article/212474/the-airmen-behind-the-planes/",
    license=PD, retrieved=PAGES + " (23rd Wing Public Affairs story of Moody Air Force Base, undated in the stored copy; the lines '• Published', '• By Airman 1st Class Jarrod Grammel' and '• 23rd Wing Public Affairs' and the empty lines between paragraphs dropped (H1914); headline kept once; the paragraph 'Despite the long hours and hard work, Clark enjoys h', cut in the stored copy, dropped; the two quotation paragraphs that end without a closing mark before a '..., he added.' paragraph as stored (H1911))",
    text='''The Airmen behind the planes
It takes countless hours and Airmen to keep a single aircraft flying, and it all starts with the crew chiefs often seen working on their planes covered in grease.
Behind each aircraft is a dedicated team of Airmen who perform regular maintenance and determine whether it is safe to fly.
"We are jacks-of-all-trades when it comes to maintenance," said Airman 1st Class Steven Ellison Jr., 723rd Aircraft Maintenance Squadron crew chief apprentice. "We know a little about everything. We do small maintenance like changing tires, fueling, servicing locks and checking tire pressure. Once we launch a plane, we wait on the flightline to ensure it gets in the air safely.
"If we encounter a problem that we cannot fix, we call in specialists and delegate the jobs out to them," he added.
In addition to performing regular maintenance, crew chiefs are in charge of the records and forms for each aircraft.
"We use a computer system and forms to track maintenance on aircraft," said Tech. Sgt. Korey Clark, 723rd AMXS lead technician. "Each part we replace, even as small as a missing screw, is documented. Each part has its own code, so if anyone wants to see which parts are replaced the most, they can easily find the code and look up what part it is."
Clark has been a C-130 crew chief for 13 years and knows the challenges and long hours that often come with the job.
"There are always challenges in keeping a 1964 model plane in the air," said Clark. "We prepare the planes for flight. I get to work at 6:45 a.m. and usually don't leave until 5:00 p.m. I also train and supervise Airmen who are newer to the career field.
"A lot of people don't realize how much work goes into making these planes fly," he added. "These planes wouldn't fly without us. We pour our hearts into these planes, and they are important to us."''',
    quotes=[
        Q('"We are jacks-of-all-trades', 'comes to maintenance,"', "Steven Ellison Jr."),
        Q('"We know a little', 'in the air safely.', "Steven Ellison Jr."),
        Q('"If we encounter a problem', 'jobs out to them,"', "Steven Ellison Jr."),
        Q('"We use a computer system', 'maintenance on aircraft,"', "Korey Clark"),
        Q('"Each part we replace', 'what part it is."', "Korey Clark"),
        Q('"There are always challenges', 'plane in the air,"', "Korey Clark"),
        Q('"We prepare the planes', 'to the career field.', "Korey Clark"),
        Q('"A lot of people', 'these planes fly,"', "Korey Clark"),
        Q('"These planes wouldn\'t fly', 'are important to us."', "Korey Clark"),
    ],
    aliases={"Steven Ellison Jr.": ["Steven Ellison Jr.", "Airman 1st Class Steven Ellison Jr.", "723rd Aircraft Maintenance Squadron crew chief apprentice"],
             "Korey Clark": ["Korey Clark", "Tech. Sgt. Korey Clark", "Clark", "723rd AMXS lead technician"]},
),
dict(
    id="afmil-132512-home-front-crew-chiefs-still-make-it-happen",
    source="https://www.af.mil/News/Article-Display/Article/132512/home-front-crew-chiefs-still-make-it-happen",
    license=PD, retrieved=PAGES + " (20th Fighter Wing Public Affairs story on af.mil, undated in the stored copy; the lines '• Published', '• By Senior Airman Joel Mease' and '• 20th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped (H1914); headline kept once; the paragraph 'They often tr', cut in the stored copy, dropped; Pangborn's mixed straight and curly marks and 'Sergeant Strickenber' as stored (H1913); the unmarked reported statements of Strickenberger and Sutton not annotated)",
    text='''Home front crew chiefs still make it happen
When they finish their shifts their uniforms are often covered in oil, dirt and sweat. They are no longer the crisp, starched uniforms they once were.
However, for crew chiefs here -- and elsewhere on the home front -- this is a symbol of pride.
The life of a crew chief is a tiring but rewarding job, said Staff Sgt. Tim Strickenberger, a dedicated crew chief with the 79th Aircraft Maintenance Unit.
The primary role of the crew chief is simply to keep jets ready for combat. To do this, crew chiefs work long hours. Their calendar is tied to the flying schedule -- where jets normally fly two to three times a day, Sergeant Strickenberger said.
What many Airmen do not see are the crew chiefs who work in the rain or freezing cold to keep the mission going. The elements can often present a significant challenge to those Airmen. For example, a crew chief can't feel a small bolt with gloves on, the sergeant said.
Another challenge crew chiefs face is fewer people to do the job. This often forces supervisors to schedule crew chiefs to work 12-hour days to meet mission needs, unit section chief Master Sgt. Theron Sutton said.
But the challenges are what attract crew chiefs to the job, crew chief Airman 1st Class Caleb Pangborn said.
"I enjoy having to figure out what's wrong with a jet,” the Airman said. “It's kind of like a puzzle sometimes, and it helps me learn more about the jet."
Sergeant Strickenber said, "The most difficult part of our job is being flexible. If something breaks, it needs to be fixed right away."
A crew chief finishing technical school is expected to maintain a multi-million dollar jet and look out for the safety of those around it. Crew chiefs cannot tolerate mistakes on the flightline because someone can die, Sergeant Strickenberger said.
So crew chiefs take great pride in being mistake-free.''',
    quotes=[
        Q('"I enjoy having to figure', 'wrong with a jet,”', "Caleb Pangborn"),
        Q('“It\'s kind of like a puzzle', 'more about the jet."', "Caleb Pangborn"),
        Q('"The most difficult part', 'fixed right away."', "Tim Strickenberger"),
    ],
    aliases={"Caleb Pangborn": ["Caleb Pangborn", "Airman 1st Class Caleb Pangborn", "crew chief Airman 1st Class Caleb Pangborn", "the Airman"],
             "Tim Strickenberger": ["Tim Strickenberger", "Staff Sgt. Tim Strickenberger", "Sergeant Strickenberger", "Sergeant Strickenber", "the sergeant", "a dedicated crew chief with the 79th Aircraft Maintenance Unit"]},
),
dict(
    id="afmil-135510-four-legged-sentinels-key-to-force-protection",
    source="https://www.af.mil/News/Article-Display/Article/135510/four-legged-sentinels-key-to-force-protection",
    license=PD, retrieved=PAGES + " (379th Air Expeditionary Wing Public Affairs story on af.mil, undated in the stored copy (a forward-deployed location); the lines '• Published', '• By Capt. Mae-Li Allison' and '• 379th Air Expeditionary Wing Public Affairs' and the empty lines between paragraphs dropped (H1914); headline kept once; the paragraph 'The training Sergeant Stinson gives is ', cut in the stored copy, dropped; 'free reign' and 'a compliment to' as stored)",
    text='''Four-legged sentinels key to force protection
Dogs are rarely permitted anywhere these days. Whether it is the grocery store or a crowded rock concert, dogs are often turned away at the door.
However, at a forward-deployed location here, the dogs have free reign and an important job to do.
From detecting explosives to searching buildings and sniffing out suspects, the 379th Expeditionary Security Forces Squadron’s military working dogs and their handlers help keep the base secure 24 hours a day. This mission ensures their attendance at nearly every base event, and people said they gladly welcome their presence.
“Our military working dogs are a force multiplier and a compliment to the human and technological security elements we have here,” said Lt. Col. Keith Harris, 379th ESFS commander. “Because these dogs have more than a 90-percent detection rate regardless of the environmental conditions, we know our detection capability is really as good as it gets.”
Despite the harsh, hot and dusty environment, the military working dogs maintain their sharp skills because of regular training and their breed. Some breeds can withstand more extreme temperatures than others.
It is still challenging to keep dogs proficient at doing their jobs, said the unit’s dog trainer, Staff Sgt. Duane Stinson, who is deployed from Peterson Air Force Base, Colo. However, a consistent training regimen using the natural drive of the dogs and positive feedback keeps them at peak performance.
“We focus on behavior modification and conditioning to train them, and build upon their natural instincts to form packs, find prey and defend themselves,” he said. “In our training, the dogs are always successful at their tasks.”
Dog handlers in the squadron said the best type of working dog is one that is obedient and wants to please the handler.''',
    quotes=[
        Q('“Our military working dogs', 'elements we have here,”', "Keith Harris"),
        Q('“Because these dogs', 'as good as it gets.”', "Keith Harris"),
        Q('“We focus on behavior', 'defend themselves,”', "Duane Stinson"),
        Q('“In our training', 'at their tasks.”', "Duane Stinson"),
    ],
    aliases={"Keith Harris": ["Keith Harris", "Lt. Col. Keith Harris", "379th ESFS commander"],
             "Duane Stinson": ["Duane Stinson", "Staff Sgt. Duane Stinson", "the unit’s dog trainer"]},
),
dict(
    id="pacom-2012-operation-christmas-drop-tales-from-the-tail",
    source="http://www.pacom.mil/media/news/2012/12/19-operation-christmas-drop.shtml",
    license=PD, retrieved=PAGES + " (36th Wing Public Affairs story of December 2012 on the U.S. Pacific Command site (drop Dec. 11-18, 2012); the byline lines 'By Senior Airman Robert Hicks' and 'From 36th Wing Public Affairs', the line 'click for a closer look image', the photo caption 'PACIFC OCEAN (Dec. 18, 2012) - A bundle carrying humanitarian supplies ... (U.S. Air Force photo by Tech. Sgt. Samuel Morse)' and the empty lines between paragraphs dropped (H1914); headline kept once; the dateline 'ANDERSEN AIR FORCE BASE, Guam  - ' with its two spaces kept at the head of the first paragraph as stored; the paragraph '\"When we all signed up to join the military, it was abou', cut in the stored copy, dropped with its quotation)",
    text='''Operation Christmas Drop: Tales from the Tail
ANDERSEN AIR FORCE BASE, Guam  - The men and women from Team Andersen, Yokota Air Base, Japan, the University of Guam, the local community and charitable organizations provided more than 39,000 pounds of humanitarian supplies to islanders during Operation Christmas Drop from Dec. 11-18.
Fifty-four islands, which included Chuuk, Palau, Yap, Marshall Islands and Commonwealth of the Northern Mariana Islands, benefitted from the drop that consisted of toys, clothing, fishing equipment, sporting goods, food items, tools and other items that would make their day-to-day life easier.
"This gives us a chance to give them much needed equipment that they don't have access to," said Master Sgt. Cameron Leslie, 36th Force Support Squadron career assistant advisor. "In a sense, these items are Christmas presents, but also helps their livelihood."
Long before the C-130 Hercules soar into the sky to execute OCD, Airmen and volunteers come together for several packing sessions to prepare each box to be dropped.
"The time and dedication that people are willing to give is astounding," said Capt. Mitchell Foy, president of the OCD committee. "It's amazing watching everyone come together to make this humanitarian effort happen."
"It's probably the most humbling experience of my life," continued Captain Foy.
As Christmas Drop operates on its 61st year, it remains the longest-running humanitarian effort in the DoD.''',
    quotes=[
        Q('"This gives us a chance', 'have access to,"', "Cameron Leslie"),
        Q('"In a sense', 'their livelihood."', "Cameron Leslie"),
        Q('"The time and dedication', 'is astounding,"', "Mitchell Foy"),
        Q('"It\'s amazing watching', 'effort happen."', "Mitchell Foy"),
        Q('"It\'s probably the most', 'of my life,"', "Mitchell Foy"),
    ],
    aliases={"Cameron Leslie": ["Cameron Leslie", "Master Sgt. Cameron Leslie", "36th Force Support Squadron career assistant advisor"],
             "Mitchell Foy": ["Mitchell Foy", "Capt. Mitchell Foy", "Captain Foy", "president of the OCD committee"]},
),
]
