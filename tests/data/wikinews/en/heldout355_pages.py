# Held-out English news texts (tests/data/heldout355-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US National Guard, Navy, DVIDS and Army news stories (public domain, 17 U.S.C. § 105): a
# nationalguard.mil story on State Partnership for Peace units training for Afghanistan (2008), two Navy News Service
# stories as reposted verbatim with their bylines on blogs (USS Harry S. Truman sailors volunteering in Souda Bay, 2010,
# on military-online.blogspot.com; chief petty officers serving sailors at the Norfolk galley, 2010, on
# roundthechuckbox.blogspot.com), a DVIDS story of the 5th Mobile Public Affairs Detachment on an engineer platoon at the
# National Training Center (2011) and two army.mil stories on training exercises (Mountain Peak at Fort Drum, 2015; a
# platoon live fire exercise at Yakima Training Center). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped
# (noted in `retrieved`). Site lines, date and byline lines, DVIDS metadata lines, photo credits, blog footer lines and
# the empty lines between paragraphs are dropped; a headline is kept once as the first line where the stored copy has one
# (none is added where it has none); datelines inside the lead paragraph are kept as stored; wording and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1885-H1888 in ANNOTATION.md on top of H1-H1884).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout355-en.jsonl

Built by `build.py` from `heldout355_pages.py`. Like heldout268-en, heldout296-en, heldout302-en, heldout337-en and the
other military sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories
(public domain, 17 U.S.C. § 105), none of them used in a set above: a National Guard story on nationalguard.mil (article
573881, State Partnership for Peace units pair up for deployment, Nov. 6, 2008), two Navy News Service stories as
reposted verbatim with their bylines on blogs (USS Harry S. Truman (CVN 75) Public Affairs, 'Truman Sailors Volunteer in
Souda Bay', on military-online.blogspot.com, Dec. 9, 2010; Navy Public Affairs Support Element, Detachment East, 'Chief
petty officers serve sailors at Norfolk galley', on roundthechuckbox.blogspot.com, April 11, 2010; like the
military-online.blogspot.com, soldiersystems.net and indianairforce.info reposts of government stories in earlier
sets, the text is the government work, the blog adds nothing but its date and footer lines), a DVIDS story (printable
page of news ID 79643, 5th Mobile Public Affairs Detachment, Nov. 2011) and two army.mil stories (article 153068, Mountain
Peak at Fort Drum, July 2015; article 10630, a platoon live fire exercise at Yakima Training Center). None is credited
to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, also where it holds or opens a quotation (what was dropped is
noted per page). The '.mil website' notice lines, 'Home : News : Article View', 'NEWS |' date lines, blog date lines,
byline lines, the DVIDS lines 'Story by', 'Date:', 'Posted:', 'News ID:' and its repeated headline, photo credit lines,
the blog footer lines ('No comments:', 'Post a Comment') and the empty lines between paragraphs were dropped; datelines
that open the lead paragraph are kept as stored; wording and quotation marks (straight and curly) are as stored. Pages
read but left out: navy.mil 73395 (already in heldout29-en), navy.mil 73732 and 108492 (already in heldout76-en and
other sets), dvidshub.net 172814 (already in heldout23-en), the globalsecurity.org Souda Bay story (already in
heldout56-en), and pages off the family's sites (hawaiiarmyweekly.com, coastguardnews.com, a webarchive copy of a
eucom.mil story). None of the pages used is in any set above (checked by URL and article number (573881, 79643,
153068, 10630, the two blog URLs), by title and by the names of their speakers and phrases, such as Frank Buchheit,
holistic approach to the global, Michaella Suffa-Wuya, Kristina Young, Shawn McGuire, Mojave Desert begins, Bob
Chatman, John Tripp, Rocco Boccuti, C-130 aircraft simulator, guns talking, Yakima Training Center, Kenneth Vereen,
Christopher Bailey, Naval Station Norfolk March 29, with grep over tests/data of the main tree and of every other
helper's worktree: no hit; 'Chania' occurs only in two other Souda Bay stories, of 2008 and 2023, in heldout50-en and
heldout56-en). The annotation (rules H1885–H1888 in `ANNOTATION.md` on top of H1–H1884) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ngmil-2008-state-partnership-for-peace-units-pair-up-for-deployment",
    source="https://www.nationalguard.mil/News/Article-View/Article/573881/state-partnership-for-peace-units-pair-up-for-deployment",
    license=PD, retrieved=PAGES + " (National Guard story of Nov. 6, 2008 by the 118th Mobile Public Affairs Detachment, Tenn. Army National Guard; the '.mil website' notice lines, 'Home : News : Article View', 'NEWS | Nov. 6, 2008', the byline 'By Sgt. Lee Elder 118th Mobile Public Affairs Detachment, Tenn. Army National Guard' and the empty lines between paragraphs dropped (H1888); headline kept once; the dateline 'HOHENFELS, Germany - ' kept in the lead paragraph as stored; the paragraph '\"This is just an absolute huge step in the right direction to enable more nations to contribut', cut in the stored copy, dropped; straight marks as stored)",
    text='''State Partnership for Peace units pair up for deployment
HOHENFELS, Germany - The pairing of state National Guards with former Warsaw Pact nations to train Afghanistan National Army soldiers has been "a huge success" during its early stages, officials report.
The first group - a task force of Latvian soldiers supplemented by members of the Michigan Army National Guard - debuted during the just-concluded Operational Mentor and Liaison Team exercise. They will deploy together to Afghanistan next month.
"The partnering of these nations is really establishing this holistic approach to the global war on terror," said Maj. Frank Buchheit, director of training at the Joint Multinational Readiness Center. "There are so many countries who want to contribute, but don't necessarily have the means to contribute entirely.
"Now, with this state partnership program, they have the ability to contribute." Buchheit said another group will be here next month. Soldiers from Hungary and the Ohio National Guard make up the second group. More could follow.
For more than a decade, states militias have been partnered with former Warsaw Pact nations and breakaway Soviet republics. The partners have trained together both overseas and in the U.S.
Units do the first level of their training at their home stations. They do their second phase at JMRC and then do the final level in Afghanistan. These combined Partnership for Peace units do all three levels of training together.''',
    quotes=[
        Q('"a huge success"', None, None),
        Q('"The partnering of these nations', 'global war on terror,"', "Frank Buchheit"),
        Q('"There are so many countries', 'contribute entirely.', "Frank Buchheit"),
        Q('"Now, with this state partnership', 'ability to contribute."', "Frank Buchheit"),
    ],
    aliases={"Frank Buchheit": ["Frank Buchheit", "Buchheit", "Maj. Frank Buchheit", "director of training at the Joint Multinational Readiness Center"]},
),
dict(
    id="nns-2010-truman-sailors-volunteer-in-souda-bay",
    source="http://military-online.blogspot.com/2010/12/truman-sailors-volunteer-in-souda-bay.html",
    license=PD, retrieved=PAGES + " (Navy News Service story by USS Harry S. Truman (CVN 75) Public Affairs, reposted verbatim with its byline on military-online.blogspot.com on Dec. 9, 2010, no third-party credit (like the military-online.blogspot.com reposts in earlier sets, H1887); the blog date line 'Thursday, December 09, 2010', the byline 'By Mass Communication Specialist Seaman Apprentice Kristina Young, USS Harry S. Truman (CVN 75) Public Affairs' and the empty lines between paragraphs dropped (H1888); headline kept once; the dateline 'USS HARRY S. TRUMAN, At Sea (NNS) -- ' kept in the lead paragraph as stored; the paragraph 'Crew members who participated in the Chania Senior Citizens Center ... spent more than four hours cleaning w', cut in the stored copy, dropped; straight marks as stored)",
    text='''Truman Sailors Volunteer in Souda Bay
USS HARRY S. TRUMAN, At Sea (NNS) -- During a recent port visit to Souda Bay, Crete, USS Harry S. Truman (CVN 75) crew members volunteered to participate in several community relations (COMREL) projects Dec. 3-6 in an effort to bond with the local community.
Eighty-eight Sailors and Marines volunteered their time, energy and services during the three COMREL projects.
"I think it is important for us to do COMRELs because it shows the locals we are people who are willing to give and help out in any way we can," said Religious Program Specialist 1st Class (SW) Michaella Suffa-Wuya. "It shows we are not only here to visit the town, but also to do good while we are here."
The Sailors and Marines spent more than 390 volunteer hours at the Chania Senior Citizens Center and Church, the Chania Boys' Long Term Care Facility and the Naval Support Activity Souda Bay Church.
During the visit to the Boys' Long Term Care facility, Truman Sailors and Marines interacted with the 29 underprivileged boys and provided them with ping-pong equipment, basketballs and soccer balls donated by the ship's crew.
"The kids really enjoyed the toys we brought them and couldn't wait to kick around the ball," said Aviation Electronics Technician 3rd Class Shelby Bennett. "I feel we established a good bond with them, and we had a great game of soccer."
"One little boy was so excited to see us there," said Aviation Electronics Technician 3rd Class Shelby Bennett. "He just wanted to run around and meet everyone in our group. It was a really fun and rewarding experience."''',
    quotes=[
        Q('"I think it is important', 'any way we can,"', "Michaella Suffa-Wuya"),
        Q('"It shows we are not only', 'we are here."', "Michaella Suffa-Wuya"),
        Q('"The kids really enjoyed', 'around the ball,"', "Shelby Bennett"),
        Q('"I feel we established', 'game of soccer."', "Shelby Bennett"),
        Q('"One little boy', 'to see us there,"', "Shelby Bennett"),
        Q('"He just wanted to run', 'rewarding experience."', "Shelby Bennett"),
    ],
    aliases={"Michaella Suffa-Wuya": ["Michaella Suffa-Wuya", "Religious Program Specialist 1st Class (SW) Michaella Suffa-Wuya"],
             "Shelby Bennett": ["Shelby Bennett", "Aviation Electronics Technician 3rd Class Shelby Bennett"]},
),
dict(
    id="dvids-2011-engineers-use-training-exercise-to-build-team",
    source="https://www.dvidshub.net/news/printable/79643",
    license=PD, retrieved=PAGES + " (DVIDS printable page of news ID 79643, story by the 5th Mobile Public Affairs Detachment, dated 11.05.2011; the lines '5th Mobile Public Affairs Detachment', 'Story by Sgt. Austan Owen', 'Date: 11.05.2011', 'Posted: 11.06.2011 23:40', 'News ID: 79643', the repeated headline and the empty lines between paragraphs dropped (H1888); headline kept once; the dateline 'FORT IRWIN, Calif. – ' kept in the lead paragraph as stored; the paragraph '“It takes time to build a team and get into a grove,” said Sgt. Matthew Chupp, leader of', cut in the stored copy, dropped with Chupp's complete quotation (H1888); 'guys performance' and 'vehicle born' as stored; curly marks as stored)",
    text='''Engineers use training exercise to build team
FORT IRWIN, Calif. – A truck charges across the open desert toward 3rd Platoon, 562nd Engineer Company’s morning convoy, is fired on and explodes. The smoke billowing over the Mojave Desert begins 2nd Brigade, 2nd Infantry Division’s rotation into the box at the National Training Center.
Third Platoon’s mission was to gather as much information about the route as they could to include: dangers that exist from the opposition force acting as a local terrorist cell, obstacles that might hinder future operations in the area and general feelings toward American soldiers operating in the area.
The platoon was happy to take on the mission, eager to show off its ability to accomplish a route reconnaissance and demonstrate the platoon’s level of teamwork. Over the course of the situational training exercise the combat trainers at the NTC challenged 3rd Platoon with many different obstacles. The platoon reacted to situations varying from a complex ambush, including snipers and a vehicle born improvised explosive device, to encountering a civilian trying to fix a truck with a flat tire.
Over the first day of training hard lessons were learned. The unit continued to build on the skills they brought with them and took full advantage of the training here.
“I was quite impressed with my guys performance,” said Sgt. 1st Class Shawn McGuire, platoon sergeant for 3rd Platoon. “The only training we have done as a platoon involved route clearance and it was on a very controlled route in a controlled environment. Today was a lot different. It’s definitely different terrain than we are used to and different scenarios than a lot of us have dealt with as a team.”''',
    quotes=[
        Q('“I was quite impressed', 'guys performance,”', "Shawn McGuire"),
        Q('“The only training', 'with as a team.”', "Shawn McGuire"),
    ],
    aliases={"Shawn McGuire": ["Shawn McGuire", "Sgt. 1st Class Shawn McGuire", "platoon sergeant for 3rd Platoon"]},
),
dict(
    id="armymil-2015-warrior-brigade-soldiers-conduct-mountain-peak",
    source="https://www.army.mil/article/153068/warrior_brigade_soldiers_conduct_mountain_peak",
    license=PD, retrieved=PAGES + " (army.mil story of July 30, 2015 on the 1st Brigade Combat Team, 10th Mountain Division; the stored copy has no headline (the URL names it 'Warrior brigade Soldiers conduct Mountain Peak') and opens with the dateline paragraph 'FORT DRUM, N.Y. (July 30, 2015) -- ...', kept as stored, no title added (H1888); the paragraph '\"I think it's just getting everybody in a real', cut in the stored copy, dropped; straight marks as stored)",
    text='''FORT DRUM, N.Y. (July 30, 2015) -- Units throughout 1st Brigade Combat Team, 10th Mountain Division (LI) had an opportunity to sharpen their basic Soldier skills during a weeklong Mountain Peak training exercise July 18-25 at Fort Drum.
During the exercise, members of 1st Platoon, B Battery, 3rd Battalion, 6th Field Artillery Regiment, 1st BCT, participated in an emergency deployment readiness exercise, which consisted of a unique type of training that is new to the division: using a C-130 aircraft simulator to learn and practice how to tie down the Soldiers' bags on pallets and properly load the pallets onto the aircraft.
"It's more or less for Soldiers who have not deployed," said Staff Sgt. Bob Chatman, platoon sergeant for 1st Platoon, B Battery, 3-6 FA. "They get a feel of the whole process from the start of getting your equipment and stuff ready to actually getting on a bird and going down range."
The EDRE portion is set in place to test the efficiency and speed at which Soldiers will be ready to deploy at a moment's notice.
"If we go down range, it's going to help us prepare for actually doing this in real life," said 1st Lt. John Tripp, platoon leader for 1st Platoon, B Battery, 3-6 FA.
"When we get the call, we basically get on the bird as soon as possible, and there are steps we have to take in order to get to that point," he continued.
The overall exercise tested everything from basic Soldier skills to advanced military tactics from the team to platoon level.
"It's the first time a lot of these platoon leaders and their platoons had the chance to work together in the training glide path going from fire team to squad, and now at the platoon level," said Capt. Rocco Boccuti, assistant operations officer for 2nd Battalion, 22nd Infantry Regiment, 1st BCT.
During Mountain Peak, participating units had a chance to work at the team, squad and platoon levels in order to accomplish whatever task was thrown their way.''',
    quotes=[
        Q('"It\'s more or less', 'not deployed,"', "Bob Chatman"),
        Q('"They get a feel', 'going down range."', "Bob Chatman"),
        Q('"If we go down range', 'in real life,"', "John Tripp"),
        Q('"When we get the call', 'to that point,"', "John Tripp"),
        Q('"It\'s the first time', 'the platoon level,"', "Rocco Boccuti"),
    ],
    aliases={"Bob Chatman": ["Bob Chatman", "Staff Sgt. Bob Chatman", "platoon sergeant for 1st Platoon, B Battery, 3-6 FA"],
             "John Tripp": ["John Tripp", "1st Lt. John Tripp", "platoon leader for 1st Platoon, B Battery, 3-6 FA"],
             "Rocco Boccuti": ["Rocco Boccuti", "Capt. Rocco Boccuti", "assistant operations officer for 2nd Battalion, 22nd Infantry Regiment, 1st BCT"]},
),
dict(
    id="armymil-taking-it-one-step-at-a-time",
    source="https://www.army.mil/article/10630/taking_it_one_step_at_a_time",
    license=PD, retrieved=PAGES + " (army.mil story on a platoon live fire exercise of 2nd Battalion, 3rd Infantry Regiment at Yakima Training Center, undated and without byline in the stored copy; the stored copy has no headline (the URL names it 'Taking it one step at a time') and opens with the first paragraph, no title added (H1888); empty lines between paragraphs dropped; the paragraph 'The live fire exercise included both night and day iterations, snipers, AT4s, an un-piloted aerial ve', cut in the stored copy, dropped; 'assualt' and 'Private 2' as stored; straight marks as stored)",
    text='''Make-believe insurgents didn't know what hit them last week in Yakima Training Center as 2nd Battalion, 3rd Infantry Regiment descended upon them for a platoon-level combined arms live fire exercise.
It was 2nd Platoon, C Company's turn on a windy, sweltering June 24.
Dust clouds swirled high enough to obscure the formation of Stryker vehicles as it rolled across the sagebrush dotted landscape.
The support-by-fire element rolled onto a hill top and dismounted. Within seconds, 60mm mortar rounds landed with great thuds on the objective, a ramshackle plywood structure where notional insurgents had been making improvised explosive devices.
Rifle and .50-caliber machine gun fire set the rhythm as the assualt element's Strykers rolled up to the objective.
"Let's go, let's get those guns talking," shouted an NCO behind the line of Soldiers in the support element.
The element shifted fire as Soldiers from the assault element ran from their Strykers to the objective, the wind blowing up dust clouds all around them.
Once inside, one team of Soldiers squatted behind the bullet-riddled remains of a car while others moved tactically around the objective, from one improvised building to the next, clearing each as they went, popping yellow smoke, kicking in doors and shooting down targets.
Private 2 John Murphy knelt near the outer wall of the structure, securing the perimeter while his fellow Patriots finished clearing the area and suffered a simulated casualty.
"It's going really good," Murphy said, as he scanned his sectors. He learned a lot during the exercise from clearing houses and dismounting Strykers to working as a team.
"That's the whole purpose of it," he said with a laugh.
Murphy, who has been a Patriot since October, was completing his first platoon live fire exercise in Yakima. His goal was to learn as much as he could to be the best at his job, he said.''',
    quotes=[
        Q('"Let\'s go, let\'s get those guns talking,"', None, None),
        Q('"It\'s going really good,"', None, "John Murphy"),
        Q('"That\'s the whole purpose of it,"', None, "John Murphy"),
    ],
    aliases={"John Murphy": ["John Murphy", "Murphy", "Private 2 John Murphy"]},
),
dict(
    id="nns-2010-chief-petty-officers-serve-sailors-at-norfolk-galley",
    source="http://roundthechuckbox.blogspot.com/2010/04/chief-petty-officers-serve-sailors-at.html",
    license=PD, retrieved=PAGES + " (Navy News Service story by the Navy Public Affairs Support Element, Detachment East, reposted verbatim with its byline and photo credit on roundthechuckbox.blogspot.com on April 11, 2010, no third-party credit (H1887); the blog date line 'Sunday, April 11, 2010', the byline 'By Mass Communication Specialist Seaman Scott Pittman, Navy Public Affairs Support Element, Detachment East', the photo credit line 'U.S. Navy photo by Mass Communication Specialist Seaman Richard J. Stevens.', the blog lines 'No comments:' and 'Post a Comment' and the empty lines between paragraphs dropped (H1888); headline kept once; the dateline 'NORFOLK, Va (NNS) -- ' kept in the lead paragraph as stored; the stored copy is complete; straight marks as stored)",
    text='''Chief petty officers serve sailors at Norfolk galley
NORFOLK, Va (NNS) -- Members from the local chief petty officer mess gathered to serve Sailors at the galley at Naval Station Norfolk March 29.
The event was one of several during the week to celebrate the 117th birthday of the rate of chief petty officer in the United States Navy.
"I helped coordinate this event and it was no problem to find volunteers," said Chief Aviation Machinist's Mate Kenneth Vereen.
According to Vereen, approximately 30 chief petty officers volunteered.
"It's a great feeling and a good opportunity to give back to Sailors," said Chief Culinary Specialist Christopher Bailey. "It's a tribute to our Sailors. It's in recognition of their efforts because without them, we wouldn't be able to do a chief's job."
Sailors eating at the galley were glad to see the chief's mess willing to work to feed their shipmates.
"It lets me know they get their hands dirty just like the rest of us," said Aviation Electrician's Mate 2nd Class James Carter from squadron HM-14 Vanguard.
There are several events lined up for the week including an "Ask the Chief" all hands call, The Goat Locker Challenge and the Chief Petty Officer Birthday Lunch April 1.''',
    quotes=[
        Q('"I helped coordinate', 'find volunteers,"', "Kenneth Vereen"),
        Q('"It\'s a great feeling', 'back to Sailors,"', "Christopher Bailey"),
        Q('"It\'s a tribute to our Sailors', 'a chief\'s job."', "Christopher Bailey"),
        Q('"It lets me know', 'rest of us,"', "James Carter"),
        Q('"Ask the Chief"', None, None),
    ],
    aliases={"Kenneth Vereen": ["Kenneth Vereen", "Vereen", "Chief Aviation Machinist's Mate Kenneth Vereen"],
             "Christopher Bailey": ["Christopher Bailey", "Chief Culinary Specialist Christopher Bailey"],
             "James Carter": ["James Carter", "Aviation Electrician's Mate 2nd Class James Carter"]},
),
]
