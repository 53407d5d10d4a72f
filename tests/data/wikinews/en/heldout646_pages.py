# Held-out English news texts (tests/data/heldout646-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air National
# Guard, the Air Force, the Department of Veterans Affairs, DVIDS, the Army, the Navy, the Marine Corps and the Coast
# Guard: a 113th Wing story on three airmen performing CPR on a jogger at the Lincoln Memorial (113wg.ang.af.mil 2210563,
# 2020), a Luke Air Force Base story on two airmen helping an injured cyclist (luke.af.mil 757307), a VA News story on the
# start of National Nurses Week 2019 (news.va.gov 59587), a DVIDS story on Robins Air Force Base employees moving a
# honeybee hive (dvidshub.net 271731), two army.mil stories on soldiers at burning houses (Fort Drum, 92021, 2012; a Fort
# Bragg specialist in rural Virginia, 37900), a Navy NewsStand story of 2003 on Carl Vinson Sailors reenlisting at the USS
# Arizona Memorial (navy.mil story 5796), the script of a Marine Minute radio item on Hurricane Florence (DVIDS audio
# 53818, 2018) and a Coast Guard release on a rescue of three fishermen off Hilo (copy on coastguardnews.com). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped, also where it holds a complete or partial quotation (noted in
# `retrieved`). Site lines (the '• Published' / '• By ...' lines, army.mil's byline-and-date line, image line and photo
# caption, the navy.mil story number, release date, tool and byline lines, the corpus date line of the DVIDS audio page),
# the empty lines between paragraphs and the hard line breaks inside the paragraphs of the luke.af.mil copy are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); datelines are
# kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H2360-H2364 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout646-en.jsonl

Built by `build.py` from `heldout646_pages.py`. Like heldout607-en, heldout623-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a 113th Wing (D.C. Air National Guard) story by Capt.
Chelsi Johnson, 113th Wing Public Affairs, '113th Wing airmen credited with saving a life' (113wg.ang.af.mil 2210563,
on June 4, 2020; no publication date in the stored copy); a Luke Air Force Base story on Senior Airmen Keith Schultz and
Elizabeth Roman helping an injured cyclist (luke.af.mil 757307, 'Luke Airmen helps save life' in the address; no
headline, year or byline in the stored copy); a VA News story of May 2019 on the start of National Nurses Week 2019
(news.va.gov 59587; no headline or byline in the stored copy); a DVIDS story from Robins Air Force Base on three base
employees moving a honeybee hive (dvidshub.net 271731, 'honey-its-time-move' in the address; no headline, year or byline
in the stored copy); two army.mil stories, 'Soldiers rescue residents from burning building' by Sgt. Melissa Stewart
(army.mil 92021, November 29, 2012) and a Fort Bragg story on Specialist James D. Story waking a family in a burning house
(army.mil 37900, 'Fort Bragg Soldier's instincts, training saves lives' in the address; no headline, year or byline in
the stored copy); a Navy NewsStand story by Journalist 3rd Class Curtis Longo, USS Carl Vinson Public Affairs, 'Carl
Vinson Sailors Honor History, Preserve Future' (story NNS030211-03, released 2/11/2003, navy.mil story_id 5796); the
script of a Marine Minute radio news item by Cpl. Savannah Mosby on Hurricane Florence (DVIDS audio 53818, September
2018); and a Coast Guard news release from Honolulu, 'Coast Guard air crews rescue three fishermen from sinking boat', in
the copy of coastguardnews.com (licence constant PDC, as the coastguardnews.com copies of earlier sets; no date or byline
in the stored copy). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C.
§ 105); the .mil, army.mil, navy.mil, news.va.gov and DVIDS pages are the publishing agencies' own stories, and the
coastguardnews.com page reproduces a Coast Guard release, marked as a copy on a non-government site. Licence caveats:
several stored copies show no byline (the Luke, VA News, Robins DVIDS, Fort Bragg and Coast Guard texts); they are taken
as the agencies' own staff work by the sites that publish them (the Luke story is credited to Senior Airman James
Hensley in the base newspaper's copy on aerotechnews.com, which was not used), and the Coast Guard text is taken as the
Coast Guard's release by its wording (its search coordinators, its air station, its lieutenant quoted by rank), as the
earlier coastguardnews.com copies were; a closing credit to a third party cannot be ruled out where the stored copy is
cut, but none was found in any kept text; the texts quote civilians inside the public-domain texts (a county EMS member
in the Marine Minute script, VA nurse executives, civilian base employees). The stored copies are cut after about 2,000
characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete or a
partial quotation, noted per page: the 113th Wing story's 'During the initial response, Nicholas radioed for'; the Luke
story's 'Just as Schultz returned with the emergency responders, ... The emergency respo'; the VA story's 'VA nurses
provide support for Veterans at risk of homelessness, ... to improve nursin'; the Robins story's 'The cut-out revealed a
very active hive ... it turned out to be thr'; the Fort Drum story's 'Without hesitation'; the Fort Bragg story's 'Story
and Sharitz were informed there was a propane tank in the camper, "... once I found out about the propane I wanted to
get them'; the Navy story's '"I feel pro'; the Coast Guard release's 'One of the most important safety practices ...
personal floatation device (PF'. The Marine Minute script ends on its last line, which is kept. The site lines ('•
Published', '• By Capt. Chelsi Johnson, 113th Wing Public Affairs'; army.mil's 'By Sgt. Melissa StewartNovember 29,
2012', 'usa image' and the photo caption line ending '(Photo Credit: U.S. Army) VIEW ORIGINAL'; navy.mil's 'Story Number:
NNS030211-03Release Date: 2/11/2003 10:33:00 AM', 'A  A  A   Email this story to a friend   Print this story' and 'By
Journalist 3rd Class Curtis Longo, USS Carl Vinson Public Affairs'; the DVIDS audio page's corpus line ' date
2018-09-19'), the empty lines between paragraphs and the hard line breaks inside the paragraphs of the luke.af.mil copy
were dropped (the line breaks joined with a space, the paragraphs kept apart as the story's paragraphs, H2360); headlines
are kept once as the first line where the stored copy has one, none is added where it has none (H1818); datelines are
kept as stored (the Luke dateline 'LUKE AIR FORCE BASE, Arizona --' on a line of its own, H1165); wording and typos
('March 13th', 'alright', 'self aid', the surname spelt both 'Schultz' and 'Shultz', 'my first-time doing CPR',
'Aircraft maintenance Squadron', 'He didn't waiver', 'about 22-years-old', 'are sill visible', 'Onslow county', 'Hawaii
county'), double spaces between sentences, dashes, the ellipsis in 'in his car … and' and quotation marks (straight or
curly as stored, including the stray apostrophe in '2 a.m.'"') are as stored. Pages read but left out: stories already in
earlier sets (the Indiana Guard flood story 573302 and the East Coast flood story 621802, the Bismarck-Mandan flood story
71295, the Louisiana flood stories with Bryan Campo, the Hampton Roads chiefs' birthday story 2255411, the Norfolk food
bank COMREL story 101239, the Truman chiefs' Wisconsin story 73395, the Norfolk galley story, the Clear AFS beekeeper
story 850053, army.mil 62212 on Tulsa rangers, the Louisville rangers story 1756209, the Toys for Tots stories of
Lejeune, Joint Base Charleston, Marine Forces Reserve and Miramar), pages whose stored part keeps fewer than two complete
quotations (the Space Force story on Col. Nick Hague in a us-vo.org copy, the Little Rock District archaeology story,
the 386th Air Expeditionary Wing story 2040468, a VA nurse executive story 88773, a Louisville District recreation
story), pages of captions or lists (the Beale and Malmstrom bee stories' stored parts, usace.army.mil news lists, DVIDS
tag pages), a spun copy of the Malmstrom bee story, blog reposts with hard line breaks where no agency page was at hand
(military-online.blogspot.com), copies on private sites of Navy stories (popularmilitary.com) and pages of newspapers,
broadcasters and magazines found by the same searches. None of the pages used is in any set above or in another helper's
worktree (checked by URL and page id (2210563, 757307, 59587, 271731, 92021, 37900, story_id=5796, NNS030211-03, audio
53818, the coastguardnews.com slug), by headline and slug and by the names of their speakers and phrases, such as Mark
Nicholas, Jacen Vaughan, civil disturbance mission, Keith Schultz, Elizabeth Roman, Phoenix International Raceway,
Kelly Irving, Michael E. DeBakey, nonadministrative hours, Zach Porter, Alejandero Rodriguez, vacant Bldg. 272, Rhicard
Hills, Khiry White, flaring up, James D. Story, Sharitz, lonely highway, Gene Durham, Keith Fitch, Carolyn Spicer, Aloha
State, Savannah Mosby, Jeron Blackmon, Zachary Hierl, Eric Majeska and clinging to a cooler, with grep over tests/data of
the main tree and of every other helper's worktree (heldout633-648): no hit, except Barbers Point in another Coast Guard
text (heldout70-en) and the generic phrase 'asking for help' in a Wikinews text (heldout3-en), neither of them one of
these texts). The annotation (rules H2360–H2364 in `ANNOTATION.md` on top of the earlier rules) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ang-113wg-h646-2020-06-airmen-credited-saving-life",
    source="https://www.113wg.ang.af.mil/News/Article-Display/Article/2210563/113th-wing-airmen-credited-with-saving-a-life/",
    license=PD, retrieved=PAGES + " (113th Wing (D.C. Air National Guard) story by Capt. Chelsi Johnson, 113th Wing Public Affairs, on three of the wing's airmen performing CPR on a civilian jogger at the Lincoln Memorial on June 4, 2020 (no publication date in the stored copy); the lines '• Published' and '• By Capt. Chelsi Johnson, 113th Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'During the initial response, Nicholas radioed for', cut in the stored copy, dropped; three airmen presented in one sentence and cued by surname, each paragraph in two pieces, and `said X, who ...` before a second piece (H2364); double spaces between sentences, `who’s` with a curly and `patient's` with a straight apostrophe, 'my first-time doing CPR' and straight marks as stored)",
    text='''113th Wing airmen credited with saving a life
Airmen from the 113th Wing, D.C. Air National Guard, performed life-saving CPR on a civilian jogger at the Lincoln Memorial, June 4, 2020.
The airmen, who were posted at the Lincoln Memorial supporting the civil disturbance mission, began walking down the steps, heading towards the Vietnam Memorial, when they heard a cry for help.
"As we were walking to our next post, a civilian waved us down, asking for help," said Chief Master Sgt. Mark Nicholas, wing weapons manager.  "Hearing the urgency in their voice, we ran down the stairs and arrived on-scene, finding a female unconscious lying face down on the ground.  We took immediate action, braced her neck and rolled her over so we could assess her situation."
Assisting Nicholas was Staff Sgt. Emmanuel Morales, crew chief, and Staff Sgt. Jacen Vaughan, avionics technician with the 113th Wing.  Vaughan, a certified CPR instructor, sensed the severity of the situation and began directing airmen on what to do.
"The patient took a gasp of air, and her pulse started to weaken," said Vaughan. "I told a person to get an AED from park police and told Morales to begin CPR."
Morales, who’s only done CPR in training, jumped into action and began chest compressions on the patient.
"It was my first-time doing CPR on a real person," said Morales. "My training kicked in, so we were able to assist the civilians in doing CPR."
Morales and Vaughan continued CPR with the assistance of two other civilians, changing out as they got tired.  As the two airmen were performing life-saving measures, Nicholas grabbed the patient's phone and dialed the last person she called.
"The last person she called was her husband," said Nicholas, who was able to inform him of the situation. "I asked him does she have any allergies or medical conditions we need to know about."''',
    quotes=[
        Q('"As we were walking to our next post,', 'asking for help,"', "Mark Nicholas"),
        Q('"Hearing the urgency in their voice,', 'assess her situation."', "Mark Nicholas"),
        Q('"The patient took a gasp of air,', 'started to weaken,"', "Jacen Vaughan"),
        Q('"I told a person to get an AED', 'to begin CPR."', "Jacen Vaughan"),
        Q('"It was my first-time doing CPR', 'on a real person,"', "Emmanuel Morales"),
        Q('"My training kicked in,', 'in doing CPR."', "Emmanuel Morales"),
        Q('"The last person she called was her husband,"', None, "Mark Nicholas"),
        Q('"I asked him does she have', 'need to know about."', "Mark Nicholas"),
    ],
    aliases={"Mark Nicholas": ["Mark Nicholas", "Chief Master Sgt. Mark Nicholas", "wing weapons manager", "Nicholas"],
             "Jacen Vaughan": ["Jacen Vaughan", "Staff Sgt. Jacen Vaughan", "avionics technician with the 113th Wing", "Vaughan"],
             "Emmanuel Morales": ["Emmanuel Morales", "Staff Sgt. Emmanuel Morales", "Morales"]},
),
dict(
    id="af-luke-h646-airmen-help-save-life",
    source="https://www.luke.af.mil/News/Article-Display/Article/757307/luke-airmen-helps-save-life",
    license=PD, retrieved=PAGES + " (Luke Air Force Base story on Senior Airmen Keith Schultz and Elizabeth Roman helping an injured cyclist on March 13 (no year and no byline in the stored copy); the stored copy is hard-wrapped: the line breaks inside paragraphs joined with a space, the paragraphs separated where a line opens a new paragraph (as in the base newspaper's unwrapped copy of the story, aerotechnews.com, which was not used, H2360); no headline in the stored copy, none added (H1818); the dateline line 'LUKE AIR FORCE BASE, Arizona --' kept as a line of its own (H1165); the last paragraph, 'Just as Schultz returned with the emergency responders, the victim’s shock symptoms started to get worse. The emergency respo', cut in the stored copy, dropped; the second speaker's surname spelt `Schultz` where he is presented and `Shultz` in the cue and after it (H2360); 'March 13th', 'alright', 'self aid' and curly marks as stored)",
    text='''LUKE AIR FORCE BASE, Arizona --
Airmen are trained to respond to emergency situations anytime and anywhere. On March 13th, two Airmen put that training to use.
Senior Airman Keith Schultz, 56th Maintenance Squadron commander’s support staff airman, and Senior Airman Elizabeth Roman, 56th Communication Squadron infrastructure technician, were driving home after volunteering at the Phoenix International Raceway when they noticed a man lying on the side of the road next to his bicycle.
“We immediately turned around and pulled over to check on him,” Roman said. “At first, we thought he just had too much to drink, but once we got to him we saw he was seriously injured.”
The Airmen tried to communicate with the victim but he was in and out of consciousness.
“I asked if he was alright and he didn’t respond,” Shultz said. “We noticed his eyes were rolled back into his head and he was going into shock so Roman immediately called 9-1-1 and stayed by his side. I left to get help from the sheriffs back directing traffic at the raceway.”
While Shultz was gone, the man regained temporary consciousness and explained what happened.
“He told me a car hit him and then just drove away without checking on him,” Roman said. “We were the first to stop and see if he was okay.”
Every year Airmen renew their self aid and buddy care certification. SABC teaches them basic life-support and limb-saving techniques to help wounded or injured personnel until medical responders arrive. Roman’s SABC training immediately kicked in and she was able to recognize the man’s symptoms and begin treatment.
“Initially, I wanted to treat him for shock, but I noticed he had a neck injury,” she said. “So, I stayed with him and followed the instructions from 9-1-1 personnel. I was able to keep his vitals intact until emergency responders arrived.”''',
    quotes=[
        Q('“We immediately turned around', 'check on him,”', "Elizabeth Roman"),
        Q('“At first, we thought', 'seriously injured.”', "Elizabeth Roman"),
        Q('“I asked if he was alright', 'didn’t respond,”', "Keith Schultz"),
        Q('“We noticed his eyes', 'at the raceway.”', "Keith Schultz"),
        Q('“He told me a car hit him', 'checking on him,”', "Elizabeth Roman"),
        Q('“We were the first to stop', 'if he was okay.”', "Elizabeth Roman"),
        Q('“Initially, I wanted to treat him', 'neck injury,”', "Elizabeth Roman"),
        Q('“So, I stayed with him', 'responders arrived.”', "Elizabeth Roman"),
    ],
    aliases={"Elizabeth Roman": ["Elizabeth Roman", "Senior Airman Elizabeth Roman", "56th Communication Squadron infrastructure technician", "Roman"],
             "Keith Schultz": ["Keith Schultz", "Senior Airman Keith Schultz", "Shultz"]},
),
dict(
    id="va-news-h646-2019-05-national-nurses-week",
    source="https://news.va.gov/59587/celebrating-va-nurses-leaders-kick-off-national-nurses-week-2019-thanking-nearly-100000-va-nurses-serve-veterans/",
    license=PD, retrieved=PAGES + " (VA News (news.va.gov) story of May 2019 on the start of National Nurses Week 2019, with Kelly Irving of the Michael E. DeBakey VA Medical Center and Beth Taylor, Acting Chief Nursing Officer of the Veterans Health Administration (no byline in the stored copy); no headline in the stored copy, none added (H1818); the subheading 'Serving 24/7' kept as a line (H19); the last paragraph, 'VA nurses provide support for Veterans at risk of homelessness, ... or conduct research to improve nursin', cut in the stored copy, dropped; professional credentials between a name and the role (`Beth Taylor, DHA RN, NEA-BC and Acting Chief Nursing Officer ...`) and a reported sentence ending `she added.` before a paragraph cued by the surname (H2363); curly marks as stored)",
    text='''Every day, the nurses of the U.S. Department of Veterans Affairs (VA) provide exceptional service to Veterans. Today marks the start of National Nurses Week 2019, when VA joins our healthcare partners in celebrating the 100,000-strong VA nursing corps for tirelessly serving those who have served and for choosing a career based on giving back.
“I celebrate VA nurses because they are committed and dedicated,” said Kelly Irving, Associate Director for Patient Care Services at Michael E. DeBakey VA Medical Center in Houston. “They show up every day willing to do it all over again.”
In fact, ask almost any VA nurse or nurse leader how they feel about their job and expect to be quickly corrected: It’s not just a job, it’s a mission. VA nurses take that to heart, advocating for Veterans and making sure they get the care they need, when they need it.
Beyond their fierce dedication to the mission, VA nurses also offer innovative, caring solutions that resolve the complex health challenges faced by Veterans.
“The most rewarding part of my job is knowing that I’m serving our nation’s heroes,” said Beth Taylor, DHA RN, NEA-BC and Acting Chief Nursing Officer for the Veterans Health Administration (VHA). “There’s no better mission than the one that we have.”
Serving 24/7
As the nation’s largest nursing corps, VA nurses touch Veterans lives 24 hours a day, seven days a week, she added.
“We’re one of the professions that is present during administrative hours and throughout all the nonadministrative hours,” Taylor said. “That’s when the majority of healthcare for our inpatients and our long-term care residents is provided.”''',
    quotes=[
        Q('“I celebrate VA nurses', 'committed and dedicated,”', "Kelly Irving"),
        Q('“They show up every day', 'all over again.”', "Kelly Irving"),
        Q('“The most rewarding part of my job', 'nation’s heroes,”', "Beth Taylor"),
        Q('“There’s no better mission', 'that we have.”', "Beth Taylor"),
        Q('“We’re one of the professions', 'nonadministrative hours,”', "Beth Taylor"),
        Q('“That’s when the majority', 'is provided.”', "Beth Taylor"),
    ],
    aliases={"Kelly Irving": ["Kelly Irving", "Associate Director for Patient Care Services at Michael E. DeBakey VA Medical Center in Houston"],
             "Beth Taylor": ["Beth Taylor", "Acting Chief Nursing Officer for the Veterans Health Administration (VHA)", "Taylor"]},
),
dict(
    id="dvids-h646-robins-honey-its-time-to-move",
    source="https://dvidshub.net/news/271731/honey-its-time-move",
    license=PD, retrieved=PAGES + " (DVIDS story from Robins Air Force Base, Ga., on three base employees removing a honeybee hive from the wall of vacant Bldg. 272 on March 23 (no year, no headline and no byline in the stored copy, which opens with the dateline; none added, H1818); the last paragraph, 'The cut-out revealed a very active hive ... but it turned out to be thr', cut in the stored copy, dropped; `Porter laughed` and `Rodriguez explained` as cues, and a third employee presented but never quoted (H2363); the en dash of the dateline, 'Aircraft maintenance Squadron' and curly marks as stored)",
    text='''ROBINS AIR FORCE BASE, Ga. – A group of contractors recently noticed several honeybees constantly going in and out of a small hole in the wall of vacant Bldg. 272.
When Zach Porter, 78th Civil Engineering construction management, learned about the beehive, he was very anxious to help with the situation.
“I’ve always been interested in honeybees and becoming a beekeeper,” said Porter. “I’ve just never had the opportunity to work with and learn from an experienced beekeeper.”
In order to get to the hive, boards would first have to be removed from the outside wall of the battered facility that is currently being demolished.
Porter tried removing the hive himself, but it didn’t go very well. He learned quickly that approaching bees wearing blue jeans and a dark color shirt isn’t a good idea.
“I pried one board off the wall and had about 1,000 bees on my head,” Porter laughed. He said the bees saw him as a predator dressed the way he was.
After calling around base in search of assistance, Porter met Joe Money, 562nd Aircraft Maintenance Squadron aircraft overhaul systems worker, and Alejandero Rodriguez, 402nd Aircraft maintenance Squadron aircraft electrician.
Rodriguez, who is now going into his second year of beekeeping, was the most experienced of the group.
“I’ve gone into these cut-out situations before,” Rodriguez explained. “Whenever you go into something like this, you have to expect the unexpected.”
The three Robins employees all showed up to the site on March 23, decked out in white beekeeper suits complete with veils and sting resistant gloves.
Rodriguez took the front line when the group of aspiring beekeepers cut out a 36- by 20-inch section of wall and uncovered the unexpected.''',
    quotes=[
        Q('“I’ve always been interested', 'becoming a beekeeper,”', "Zach Porter"),
        Q('“I’ve just never had the opportunity', 'experienced beekeeper.”', "Zach Porter"),
        Q('“I pried one board off the wall', 'on my head,”', "Zach Porter"),
        Q('“I’ve gone into these cut-out situations before,”', None, "Alejandero Rodriguez"),
        Q('“Whenever you go into something like this,', 'expect the unexpected.”', "Alejandero Rodriguez"),
    ],
    aliases={"Zach Porter": ["Zach Porter", "Porter"],
             "Alejandero Rodriguez": ["Alejandero Rodriguez", "402nd Aircraft maintenance Squadron aircraft electrician", "Rodriguez"]},
),
dict(
    id="army-h646-2012-11-29-fort-drum-soldiers-rescue-residents",
    source="https://www.army.mil/article/92021/Soldiers_rescue_residents__from_burning_building/",
    license=PD, retrieved=PAGES + " (army.mil story of November 29, 2012 by Sgt. Melissa Stewart on eight soldiers of G Company, 710th Brigade Support Battalion, helping residents out of a burning building in the Rhicard Hills neighborhood of Fort Drum on Oct. 31; the byline-and-date line 'By Sgt. Melissa StewartNovember 29, 2012', the image line 'usa image' and the photo caption line ending '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; headline kept as the first line; the last paragraph, 'Without hesitation', cut in the stored copy, dropped; one soldier's words in single marks inside another's quotation, with the soldier's own name in brackets (H2363); the ellipsis in 'in his car … and' and straight marks as stored)",
    text='''Soldiers rescue residents from burning building
FORT DRUM, N.Y. -- Soldiers deploy, defend and protect their homes, Families and people they have never met. Eight 3rd Brigade Combat Team Soldiers proved that on Oct. 31 when they helped several people in the Rhicard Hills neighborhood.
The Soldiers, who were all from G Company, 710th Brigade Support Battalion, help rescue residents and pets from a burning building in the Fort Drum neighborhood while they were conducting training last month.
Staff Sgt. Eduardo Rodriguez, Spc. Eric Anderson, Spc. Ronrico Philips, Spc. Chris Schneider, Spc. Khiry White, Pfc. Dijion McEachen, Pvt. Jonathan Mendoza and Pvt. Michael Parham without question, risked their lives to save strangers.
What started off as a day of training turned into a day of rescuing several Fort Drum residents in imminent danger.
The Soldiers were at the Rhicard Hills Community Center on Halloween for training when the fire started.
As they prepared to leave the neighborhood and return to work, the Soldiers noticed a house was on fire.
"I noticed there was a little smoke on the balcony of the apartment, and I looked again and it started flaring up," said Anderson, a truck driver. "I informed Spc. White and Spc. Philips about the incident, and we began to proceed over there."
White remembered seeing Anderson frantically try to get his attention.
"Spc. Anderson was sitting right across from me in his car … and he was trying to get my attention and waving his hand at me. I look up out of my car and he was like, 'Hey, (Spc. White), the house is on fire,'" said White, who also is a truck driver.''',
    quotes=[
        Q('"I noticed there was a little smoke', 'started flaring up,"', "Eric Anderson"),
        Q('"I informed Spc. White', 'proceed over there."', "Eric Anderson"),
        Q('"Spc. Anderson was sitting', 'house is on fire,\'"', "Khiry White"),
    ],
    aliases={"Eric Anderson": ["Eric Anderson", "Spc. Eric Anderson", "Spc. Anderson", "Anderson"],
             "Khiry White": ["Khiry White", "Spc. Khiry White", "Spc. White", "White"]},
),
dict(
    id="army-h646-fort-bragg-soldier-instincts-training-saves-lives",
    source="https://www.army.mil/article/37900/Fort_Bragg_Soldier__039_s_instincts__training_saves_lives/",
    license=PD, retrieved=PAGES + " (army.mil story from Fort Bragg on Specialist James D. Story of the 18th Fires Brigade waking a family in a burning house in rural Virginia on April 3 (no year, no headline and no byline in the stored copy, which opens with the dateline; none added, H1818); the last paragraph, 'Story and Sharitz were informed there was a propane tank in the camper, \"... once I found out about the propane I wanted to get them', cut in the stored copy, dropped with its partial quotation (H2121); the lines set off by a single line break ('\"I woke him up ...,\" said Story.' and 'There had been a camper out back; ...') kept as paragraphs; a stray apostrophe before the closing mark of a question, a quotation left open at its paragraph's end and continued in the next paragraph, a speaker whose surname is a common noun and `he said` after a quotation that reports his cousin (H2361); 'He didn't waiver', 'about 22-years-old', the hyphens in 'front door - banged on it -' and straight marks as stored)",
    text='''FORT BRAGG, N.C. - It was 2 a.m., April 3, on a lonely highway in rural Virginia when two young men noticed a flicker in the dark. Specialist James D. Story and his cousin, Dennis W. Sharitz, slowed their car to take a better look at what they initially thought was a bonfire.
"Yeah, who'd be burning stuff at 2 a.m.'" said Story, Headquarters and Headquarters Battery, 18th Fires Brigade, 82nd Airborne Division, as they approached the house. "That's about the time we noticed the flames were really, really close to the back of the house.
"As we passed by and got further away we noticed it was on the roof of the house and shooting through the tree limbs. So we turned around on the highway."
When Story got out of the car, his instincts kicked in, instincts honed by Army training which produced a clear mind and he did what he knew he had to do. Safety was the number one priority when Story and Sharitz leaped from their vehicle.
"My goal was to make sure everyone got out of the house," Story said. "My cousin, Dennis, went straight to the back of the house. I ran to the front door - banged on it - no one answered."
But luckily the door was unlocked so the young Soldier rushed into the unknown. He didn't waiver, and immediately spotted a young man, about 22-years-old, asleep on the living room sofa.
"I woke him up and told him his house was on fire," said Story.
Disoriented, the young man got up, but with Story's help they ran to the back rooms.
"He went in one and I went in the other," Story said.
They were able to awaken the two young teenagers easily, and led them out of the house.
There had been a camper out back; it was completely engulfed in flames by the time Sharitz got there, and the flames had jumped to the house.
"As we exited, my cousin who was then in the front yard, told me the whole back of the house was gone," he said.''',
    quotes=[
        Q('"Yeah, who\'d be burning stuff', 'at 2 a.m.\'"', "James D. Story"),
        Q('"That\'s about the time', 'back of the house.', "James D. Story"),
        Q('"As we passed by', 'on the highway."', "James D. Story"),
        Q('"My goal was to make sure', 'out of the house,"', "James D. Story"),
        Q('"My cousin, Dennis,', 'no one answered."', "James D. Story"),
        Q('"I woke him up', 'was on fire,"', "James D. Story"),
        Q('"He went in one', 'in the other,"', "James D. Story"),
        Q('"As we exited,', 'house was gone,"', "James D. Story"),
    ],
    aliases={"James D. Story": ["James D. Story", "Specialist James D. Story", "Story"]},
),
dict(
    id="navy-h646-2003-02-11-carl-vinson-sailors-reenlist-arizona-memorial",
    source="http://www.navy.mil/submit/display.asp?story_id=5796",
    license=PD, retrieved=PAGES + " (Navy NewsStand story NNS030211-03, released 2/11/2003, by Journalist 3rd Class Curtis Longo, USS Carl Vinson Public Affairs, on seven Sailors of USS Carl Vinson and Carrier Air Wing 9 reenlisting at the USS Arizona Memorial on Feb. 1; the lines 'Story Number: NNS030211-03Release Date: 2/11/2003 10:33:00 AM', 'A  A  A   Email this story to a friend   Print this story' and the byline line dropped; headline kept as the first line; the last paragraph, '\"I feel pro', cut in the stored copy, dropped; a one-word quotation before `said X, describing ...` and a second piece after it (H2363); 'are sill visible' and straight marks as stored)",
    text='''Carl Vinson Sailors Honor History, Preserve Future
PEARL HARBOR, Hawaii (NNS) -- Seven Sailors from USS Carl Vinson (CVN 70) and her embarked Carrier Air Wing 9 reenlisted at the USS Arizona Memorial Feb. 1 during the aircraft carrier's five-day port visit to the Aloha State.
For these Sailors, the opportunity to reenlist at the national monument allowed them to honor shipmates who stood the Navy's watch before them and gave the ultimate sacrifice for their country.
"I think Sailors like to be a part of the history of this memorial," said Navy Counselor 1st Class (SW) Gene Durham, Vinson's command career counselor. "They can feel like they're a part of what makes this country great."
Thousands of tourists make their way through the memorial each day, paying tribute and respect to the fallen Sailors in Pearl Harbor. Japanese bombers sank USS Arizona (BB 39) Dec. 7, 1941, during a surprise attack on Pearl Harbor. Of the 1,513 crewmen aboard the battleship, 1,177 perished, and the mighty warship sank at her berth.
"Tranquil," said Personnelman 3rd Class (SW/AW) Keith Fitch, describing his reenlistment experience. "I feel tranquil and humbled."
Fitch's emotions were shared by most of the reenlistees, their guests and respective reenlistment officers, as they quietly observed and reflected on the remains of Arizona resting in the silt of Pearl Harbor only several feet below the surface. Portions of the ship, including the forward gun-mount, are sill visible above the waterline.
"It feels real humbling," said Aviation Ordnanceman 3rd Class Carolyn Spicer of Sea Control Squadron 33, the air wing's refueling squadron. Spicer was one of two Sailors from the air wing to raise and lower their own commemorative American flag before taking the oath of reenlistment.''',
    quotes=[
        Q('"I think Sailors like to be a part', 'of this memorial,"', "Gene Durham"),
        Q('"They can feel like', 'this country great."', "Gene Durham"),
        Q('"Tranquil,"', None, "Keith Fitch"),
        Q('"I feel tranquil and humbled."', None, "Keith Fitch"),
        Q('"It feels real humbling,"', None, "Carolyn Spicer"),
    ],
    aliases={"Gene Durham": ["Gene Durham", "Navy Counselor 1st Class (SW) Gene Durham", "Vinson's command career counselor"],
             "Keith Fitch": ["Keith Fitch", "Personnelman 3rd Class (SW/AW) Keith Fitch", "Fitch"],
             "Carolyn Spicer": ["Carolyn Spicer", "Aviation Ordnanceman 3rd Class Carolyn Spicer", "Spicer"]},
),
dict(
    id="dvids-audio-h646-2018-09-marine-minute-florence",
    source="https://www.dvidshub.net/audio/53818/marine-minute",
    license=PD, retrieved=PAGES + " (DVIDS audio page: the script of a Marine Minute radio news item of September 2018 by Cpl. Savannah Mosby on Marines and Onslow County rescuers after Hurricane Florence; the corpus date line ' date 2018-09-19' before the title dropped (H2332); the runs of empty lines between the script's lines dropped; the title 'Marine Minute' kept as the first line; the script's section lines 'Part 1:' and 'Closing Outro:' and the host's opening and closing lines kept as lines; `X, role, said:` closing a paragraph and the sound bite in the next paragraph behind the label `SB:` (H2362); the stored copy ends on the script's last line, which is kept; 'Onslow county' and straight marks as stored)",
    text='''Marine Minute
I'm Corporal Savannah Mosby with your Marine Minute.
Part 1:
Hurricane Florence hit North Carolina hard, but the Marine Corps isn't backing down. Marines with II Marine Expeditionary Force and Marine Corps Base Camp Lejeune are continuing the search and rescue efforts providing those in need with disaster relief support. Zachary Hierl, Onslow Co. EMS and Swift Fire Rescue Team, said:
SB: "Joint efforts with the Marines has been absolutely phenomenal. Having that great relationship with the base and the county is beneficial to all the citizens of Onslow county."
Marines are here to help and Cpl. Jeron Blackmon, Assistant Mission Commander, CLB-8, said:
SB: "And we're working to get them out. Some homes are very flooded some homes are just stranded and they have nowhere to go so we have to bring them to a shelter."
Without the combined effort getting people to safety would have proven difficult, but the Marines and Onslow County rescue teams are working together and will not give up and will continue to bring people to safety.
Closing Outro:
That's it for your Marine Minute, for more news around the Corps go to Marines.mil.''',
    quotes=[
        Q('"Joint efforts with the Marines', 'citizens of Onslow county."', "Zachary Hierl"),
        Q('"And we\'re working to get them out.', 'to a shelter."', "Jeron Blackmon"),
    ],
    aliases={"Zachary Hierl": ["Zachary Hierl"],
             "Jeron Blackmon": ["Jeron Blackmon", "Cpl. Jeron Blackmon", "Assistant Mission Commander, CLB-8"]},
),
dict(
    id="uscg-h646-honolulu-air-crews-rescue-three-fishermen",
    source="https://coastguardnews.com/coast-guard-air-crews-rescue-three-fishermen-from-sinking-boat/",
    license=PDC, retrieved=PAGES + " (Coast Guard news release from Honolulu on an HH-65 Dolphin crew and a C-130 crew of Air Station Barbers Point rescuing three fishermen south of Hilo, in the copy of coastguardnews.com (no date and no byline in the stored copy; taken as the Coast Guard's release by its wording, H2364); headline kept as the first line; the last paragraph, 'One of the most important safety practices boaters can take on the water is wearing a Coast Guard-approved personal floatation device (PF', cut in the stored copy, dropped; the em dashes and curly marks as stored)",
    text='''Coast Guard air crews rescue three fishermen from sinking boat
HONOLULU — Two U.S. Coast Guard air crews — one piloting an HH-65 Dolphin helicopter and the other a C-130 long-range search plane from Air Station Barbers Point — were airborne early Wednesday to rescue three fishermen after a boat capsized and sank 12 miles southeast of the Big Island.
Search and rescue coordinators in a 24-hour U.S. Coast Guard Sector Honolulu command center in Honolulu Harbor received a patched distress call from the Hawaii County Fire Department at approximately 1 a.m. Wednesday after one of the fishermen used his cell phone to call 911.
The fishermen were about three miles southeast of Hilo when they hailed distress after their 19-foot small boat overturned. Coast Guard search coordinators immediately relayed the information to the air station and deployed rescue crews.
When the Coast Guard air rescue crews arrived on scene, the fishermen had drifted 12 miles south of Hilo. The co-pilot of the rescue helicopter spotted all three of the fishermen in the water, clinging to a cooler. The flight mechanic in the back of the HH-65 helicopter lowered a rescue basket and plucked all three from the water.
Once safely aboard the helicopter, the Coast Guard crew flew to Hilo International Airport and the fishermen were then transferred to an awaiting Hawaii county emergency medical services team. All of the distressed fishermen involved in the rescue were reported to be in good condition.
“We were lucky to be able to reach them via cell phone,” said Lt. j.g. Eric Majeska, a C-130 pilot at Air Station Barbers Point and an instrumental member of the rescue team. “It’s important to remind mariners to have the proper safety gear on board and to leave a plan with friends or families because that makes our job as rescuers that much easier.”''',
    quotes=[
        Q('“We were lucky to be able', 'via cell phone,”', "Eric Majeska"),
        Q('“It’s important to remind mariners', 'that much easier.”', "Eric Majeska"),
    ],
    aliases={"Eric Majeska": ["Eric Majeska", "Lt. j.g. Eric Majeska", "a C-130 pilot at Air Station Barbers Point"]},
),
]
