# Held-out English news texts (tests/data/heldout475-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105), each on the site of
# the service or agency that wrote it: three Air Force stories (usafa.af.mil 429106, a blood drive at the Air Force
# Academy, 2009; afsoc.af.mil 163805, Hurlburt Field volunteers at a Special Olympics basketball tournament, 2010;
# goodfellow.af.mil 621319, the Armed Forces Chili Cook-Off at Goodfellow Air Force Base), two Marine Corps stories
# (cd.marines.mil 553863, Fleet Week Marines at a New York City school, 2009; 2ndmardiv.marines.mil 515596, the 2nd Marine
# Division's Family Eggstravaganza, 2011), an All Hands story of the Navy on Navy Band Northeast (navy.mil ah_online
# 84690), a National Guard Bureau story on a readiness exercise of the Florida Air National Guard's 125th Fighter Wing
# (nationalguard.mil 573858) and a NASA Glenn feature on the FIRST Robotics Buckeye Regional of 2022 (nasa.gov). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site, notice and 'Suggested Searches'
# lines, '• Published' / '• By ...' lines, 'Photo Information' blocks, photo captions and credits, date and byline lines,
# the indentation of the stored lines, the empty lines between paragraphs and spaces at the end of a paragraph are
# dropped; a headline (and a deck under it) is kept as stored where the stored copy has one (none is added where it has
# none); a copy stored as one run of text keeps its headline as the first line and its body as one paragraph (H1485);
# datelines at the start of a paragraph are kept as stored; wording, typos, double spaces and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2175-H2182 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout475-en.jsonl

Built by `build.py` from `heldout475_pages.py`. Like heldout467-en, heldout460-en, heldout453-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"), each on the site of the service or
agency that wrote it: three Air Force stories, a U.S. Air Force Academy story on an Armed Services Blood Program blood
drive ('Donors send 1,155 pints of blood downrange', usafa.af.mil 429106, Sept. 21, 2009, by Butch Wehry, staff writer of
the Academy Spirit, the Academy's own newspaper), an Air Force Special Operations Command feature of the 1st Special
Operations Wing on volunteers at the Special Olympics Florida 2010 Northwest State Basketball Tournament at Hurlburt
Field ('Volunteers make Special Olympics an "exhilirating experience"', afsoc.af.mil 163805) and a 17th Training Wing
story on the 42nd Annual Armed Forces Chili Cook-Off ('Time to heat it up again', goodfellow.af.mil 621319, Sept. 26, no
year in the stored copy); two Marine Corps stories, one on Fleet Week Marines at The School for Global Leaders in New
York City ('Fleet Week Marines visit NYC school', cd.marines.mil 553863, May 23, 2009) and one announcing the 2nd Marine
Division Family Eggstravaganza at Camp Lejeune (2ndmardiv.marines.mil 515596, April 2011, no headline stored); a Navy
story of All Hands magazine on Navy Band Northeast ('The Sound of Music', navy.mil/ah_online deptStory 84690); a National
Guard Bureau story on an Operational Readiness Exercise of the Florida Air National Guard's 125th Fighter Wing
(nationalguard.mil 573858, slug 'florida-air-guard-holds-realistic-ore-training', no headline stored); and a NASA Glenn
Research Center feature on Glenn volunteers at the FIRST Robotics Buckeye Regional Competition ('Return of the Battling
Robots: NASA Volunteers Support Robotics Competition', nasa.gov/feature/glenn/2022). Reuse terms relied on: US government
works are not subject to copyright in the US (17 U.S.C. § 105); the .mil pages are the services' own stories; NASA states
that its text material is generally not copyrighted. Licence caveats: the stored copies of 515596, 84690 and 573858 name
no writer, so the writer's status is taken from the service publishing them as its own stories on its own site (the
National Guard Bureau story may be the work of a state Guard public affairs member, whose duty status cannot be checked
from the stored copy, as for the Guard pages of earlier sets); the Academy Spirit writer of 429106 is presumably a
civilian public affairs employee of the Academy, which the stored copy does not state. None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
and the cut paragraph is dropped (what was dropped is noted per page; the USAFA copy, stored as one run of text, ends on
a complete quotation and is kept whole after its headline, H1485). Site lines ('An official website ...' notices, 'Due
to government shutdown, this website is not being updated', 'Suggested Searches', '4 min read'), '• Published' / '• By
...' lines, the Marine Corps 'Photo Information' block and the '23 May 2009 | Cpl. Kari D. Keeran' line, the USAFA run's
'Published Sept. 21, 2009 By Butch Wehry Academy Spirit staff writer', photo captions and 'Credits: NASA' lines, the
space that indents stored paragraphs, the empty lines between paragraphs and spaces at the end of a paragraph were
dropped; headlines (and the All Hands deck) are kept as lines where the stored copy has them, none is added where it
has none (H1818); datelines at the start of a paragraph are kept as stored; wording, typos ('exhilirating' in the
afsoc headline beside 'exhilarating' in its body, 'JoAnne S. Bass’,' with a curly mark after the name, 'free for the.',
'Today' s', 'the125th', 'state side'), double spaces and quotation marks (straight and curly as stored, also the
nested curly pair inside Willey's quotation) are as stored. Pages read but left out: fairchild.af.mil 239757, the
nationalguard.mil flood stories 573315 and 611419, army.mil 41598, dvidshub.net 132221, 106926 and 415259, the EPA
brownfields release b706051420b3e551852577bc0077df10 and the JSC Roundup stories on NCAS and the Robonauts, all used in
earlier sets; the Fort Riley, Fort Stewart and Fort Hood Easter stories on army.mil (one speaker each before the cut),
the hqmc.marines.mil Peruvian school story and the Coast Guard Station Annapolis open-house post (one complete quotation
each), other chili cook-off, blood drive and Special Olympics stories of the same searches (445aw.afrc.af.mil,
malmstrom, dobbins, holloman, travis, mildenhall, dover, dvidshub.net 108193; kept back so that one story of each kind
is used), the NASA Armstrong robotics feature (one speaker), military-online.blogspot.com, kaiserslauternamerican.com,
coastguardnews.com, militaryliving.com and other copies of service stories on other sites, and pages of newspapers and TV
stations found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (429106, 163805, 621319, 553863, 515596, 84690, 573858, return-of-the-battling-robots), by
title and slug and by the names of their speakers and phrases, such as Steve Honda, Juan Nolasco, Dietrich-Williams,
Bockelman, 1,155, Roashelle Rose, Bill Porter, exhilirating, exhilarating experience, Terlingua, Harry F. Gilbert, JoAnne
S. Bass, Cynthia J. Willey, Goodfellow, chili cook, Carry Chan, School for Global Leaders, Kenneth Williams, Kari D.
Keeran, Ann E. Morey, Eggstravaganza, Damian P. Smith, Navy Band Northeast, Chris Sams, Cassy DeMoss, deptStory, Bob
Branyon, Operational Readiness Exercise Jan, Herb Schilling, Metrobots and Buckeye Regional, with grep over tests/data
of the main tree and of every other helper's worktree (heldout468-474): no hit; 'Kim Young' occurs in heldout301-en as
part of another name, Kim Young Soon, in another story). The annotation (rules H2175–H2182 in `ANNOTATION.md` on top of
H1–H2174) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usafa-429106-donors-send-1155-pints-of-blood",
    source="https://www.usafa.af.mil/US-Air-Force-Academy-News/News-View/Article/429106/donors-send-1155-pints-of-blood-downrange",
    license=PD, retrieved=PAGES + " (U.S. Air Force Academy story by Butch Wehry, Academy Spirit staff writer, of Sept. 21, 2009 on an Armed Services Blood Program blood drive in Arnold Hall, Sept. 9-11; the stored copy runs headline, date, byline and body together in one line (H1485, H2177): the headline kept as the first line, 'Published Sept. 21, 2009 By Butch Wehry Academy Spirit staff writer' dropped, the body kept as one paragraph as stored (no breaks invented) from the dateline 'U.S. AIR FORCE ACADEMY, Colo. -- ' on, ending on the stored copy's last sentence, Young's closed quotation; 'state side' and straight marks as stored)",
    text='''Donors send 1,155 pints of blood downrange
U.S. AIR FORCE ACADEMY, Colo. -- Arnold Hall's ballroom looked like an assembly line Sept. 11 as people crowded into it to donate blood to the Armed Services Blood Program. The blood drive took place Sept. 9-11 with a final count of 1,155 good units of blood, said Master Sgt. Steve Honda, who helped coordinate the blood drive here. "The blood drive was a complete success," said Sergeant Honda, who is assigned to Cadet Squadron 22. "By the time this goes to print, that blood will be in theater saving lives." The donors, mostly Academy cadets, had no doubts about why they were giving. "I want to help someone who needs it," said Cadet 1st Class Juan Nolasco from Cadet Squadron 5. "Our program is very special," said ASBP spokeswoman Carmen Dietrich-Williams. "We collect blood from the military for the military." ASBP's mission is to support those in need on a weekly basis. "It only takes a week to collect and process the blood," she said. "One donation can save three lives. One injured service member can require 20 to 100 units of blood." Blood has a 42-day shelf life, but the ASBP has collected blood state side and had it in Afghanistan and Iraq within four days after it was drawn. Numerous ASBP teams from Fort Bliss, Texas, travel to military bases annually. "We require continuous donations," the spokeswoman said. Not only people in uniforms came to donate the life-giving fluid. "I hope to help replenish blood to supply the military," said David Bockelman, an Academy contractor who has given five times in the past. "I give to help my troops," said local mother and cadet sponsor Kim Young. "My troops fight for my freedom, and I want to help support them."''',
    quotes=[
        Q('"The blood drive was', 'complete success,"', "Steve Honda"),
        Q('"By the time this goes', 'saving lives."', "Steve Honda"),
        Q('"I want to help someone', 'who needs it,"', "Juan Nolasco"),
        Q('"Our program is very special,"', None, "Carmen Dietrich-Williams"),
        Q('"We collect blood', 'for the military."', "Carmen Dietrich-Williams"),
        Q('"It only takes a week', 'process the blood,"', "Carmen Dietrich-Williams"),
        Q('"One donation can save', 'units of blood."', "Carmen Dietrich-Williams"),
        Q('"We require continuous donations,"', None, "Carmen Dietrich-Williams"),
        Q('"I hope to help replenish', 'supply the military,"', "David Bockelman"),
        Q('"I give to help my troops,"', None, "Kim Young"),
        Q('"My troops fight', 'help support them."', "Kim Young"),
    ],
    aliases={"Steve Honda": ["Steve Honda", "Master Sgt. Steve Honda", "Sergeant Honda"],
             "Juan Nolasco": ["Juan Nolasco", "Cadet 1st Class Juan Nolasco"],
             "Carmen Dietrich-Williams": ["Carmen Dietrich-Williams", "ASBP spokeswoman Carmen Dietrich-Williams", "the spokeswoman"],
             "David Bockelman": ["David Bockelman", "an Academy contractor who has given five times in the past"],
             "Kim Young": ["Kim Young", "local mother and cadet sponsor Kim Young"]},
),
dict(
    id="afsoc-163805-special-olympics-volunteers-hurlburt",
    source="https://www.afsoc.af.mil/News/Features/Display/Article/163805/volunteers-make-special-olympics-an-exhilirating-experience/",
    license=PD, retrieved=PAGES + " (Air Force Special Operations Command feature by Airman 1st Class Joe McFadden, 1st Special Operations Wing Public Affairs, on the Special Olympics Florida 2010 Northwest State Basketball Tournament at Hurlburt Field, Feb. 5-6, 2010; the '.mil website' notice lines and the lines '• Published', '• By Airman 1st Class Joe McFadden' and '• 1st Special Operations Wing Public Affairs' dropped; headline kept as the first line; the two spaces at the end of the second paragraph dropped; the last paragraph, 'Lieutenant Rose said many people who watched Friday's opening ceremony and games', cut in the stored copy, dropped; the headline's misspelt 'exhilirating' beside the body's 'exhilarating' as stored (H2175); straight marks as stored)",
    text='''Volunteers make Special Olympics an "exhilirating experience"
The triumph over adversity, the excitement of competition and the chance to cheer for others are some of the reasons the athletes, coaches and spectators come to the Special Olympics each year.
But for those who volunteered their time and efforts to make the tournament possible, they were just happy to be a part of a good cause.
Nearly 150 volunteers from the Hurlburt Field and Eglin Air Force Base communities supported the Special Olympics Florida 2010 Northwest State Basketball Tournament at Hurlburt Field Feb. 5-6.
This year's games comprised more than 250 athletes and 90 coaches from 10 counties in northwest Florida. The Hurlburt and Eglin Company Grade Officer's Councils sponsored this year's tournament and coordinated the games at the Aderholt and Commando gyms.
"This was a great partnership between our bases to show our support for the Special Olympics," said Col. Bill Porter, vice commander of the 96th Air Base Wing. "We want to thank the volunteers for being here. This could not have happened without them."
For more than a decade, the tournament took place at Eglin. However, with Eglin's gym closed for renovations, Hurlburt Field hosted this year's games for the second time in base history.
"This year's tournament was an exhilarating experience," said 2nd Lt. Roashelle Rose, Air Force Research Laboratory and event coordinator. "Seeing the joy on the athletes' faces made this all worthwhile."''',
    quotes=[
        Q('"exhilirating experience"', None, "Roashelle Rose"),
        Q('"This was a great partnership', 'the Special Olympics,"', "Bill Porter"),
        Q('"We want to thank', 'without them."', "Bill Porter"),
        Q('"This year\'s tournament', 'exhilarating experience,"', "Roashelle Rose"),
        Q('"Seeing the joy', 'this all worthwhile."', "Roashelle Rose"),
    ],
    aliases={"Bill Porter": ["Bill Porter", "Col. Bill Porter", "vice commander of the 96th Air Base Wing"],
             "Roashelle Rose": ["Roashelle Rose", "2nd Lt. Roashelle Rose", "Air Force Research Laboratory and event coordinator"]},
),
dict(
    id="goodfellow-621319-armed-forces-chili-cook-off",
    source="https://www.goodfellow.af.mil/Newsroom/Article-Display/Article/621319/time-to-heat-it-up-again",
    license=PD, retrieved=PAGES + " (Goodfellow Air Force Base story by Staff Sgt. Laura R. McFarlane, 17th Training Wing Public Affairs, on the 42nd Annual Armed Forces Chili Cook-Off at the base Recreation Camp, Sept. 26 (no year in the stored copy); the notice line 'Due to government shutdown, this website is not being updated' and the lines '• Published', '• By Staff Sgt. Laura R. McFarlane' and '• 17th Training Wing Public Affairs' dropped; headline kept as the first line; the space before each stored paragraph from the second on dropped (indentation); the last paragraph, 'Spectators sampled chili by obt', cut in the stored copy, dropped; the category name in marks is null twice, the same words nested in Willey's quotation lie inside her span (H2176); the curly mark after 'JoAnne S. Bass', the brackets '[The]', '[going to]' and '[chili]', the two spaces in 'implies:  anything goes' and the marks (straight in the writer's sentences, curly in the quotations) as stored)",
    text='''Time to heat it up again
During the 42nd Annual Armed Forces Chili Cook-Off, competitors entered 83 culinary creations at the Goodfellow Air Force Base Recreation Camp Sept. 26.
The chili cook-off, which began as a morale booster for students and instructors of the training group in the 1970s is split into two categories: Terlingua chili and "anything goes" chili.
Terlingua is made with only meat and spices; whereas "anything goes" is just as the name implies:  anything goes. Along with the chili competition, the contest includes categories for best chicken, brisket, beans and ribs.
The Terlingua chili category is the highlight of the event with the top three winners receiving an invitation to the prestigious annual Original Terlingua International Championship Chili Cookoff in Terlingua, Texas.
“[The] top three people that win here automatically get to go to Terlingua,” said Harry F. Gilbert, 17th Force Support Squadron outdoor recreation director. “Anywhere else you have to cook in numerous cook-offs to just get points enough to be invited.”
This tends to put a little bit of strain on judges like Chief Master Sgt. JoAnne S. Bass’, 17th Training Wing Command Chief.
“Well that’s a whole lot of pressure on me, to have to nominate the number one team that’s [going to] head to the Terlingua cook-off,” said Bass. “The best cook-off in the whole world is relying on me.”
Some of the competitors shied away from the Terlingua because of the restrictions on ingredients.
“We made the people’s choice “anything goes” [chili] because the main event is Terlingua chili, which does not have beans,” said retired Master Sgt. Cynthia J. Willey, Team Bada Bing Tailgater member. “And we are from the North so we put beans in our chili.”''',
    quotes=[
        Q('"anything goes"', None, None),
        Q('"anything goes"', None, None, 1),
        Q('“[The] top three', 'go to Terlingua,”', "Harry F. Gilbert"),
        Q('“Anywhere else', 'to be invited.”', "Harry F. Gilbert"),
        Q('“Well that’s a whole lot', 'Terlingua cook-off,”', "JoAnne S. Bass"),
        Q('“The best cook-off', 'relying on me.”', "JoAnne S. Bass"),
        Q('“We made the people’s choice', 'does not have beans,”', "Cynthia J. Willey"),
        Q('“And we are from the North', 'beans in our chili.”', "Cynthia J. Willey"),
    ],
    aliases={"Harry F. Gilbert": ["Harry F. Gilbert", "17th Force Support Squadron outdoor recreation director"],
             "JoAnne S. Bass": ["JoAnne S. Bass", "Chief Master Sgt. JoAnne S. Bass", "Bass", "17th Training Wing Command Chief"],
             "Cynthia J. Willey": ["Cynthia J. Willey", "retired Master Sgt. Cynthia J. Willey", "Team Bada Bing Tailgater member"]},
),
dict(
    id="cd-marines-553863-fleet-week-marines-visit-nyc-school",
    source="https://www.cd.marines.mil/News/News-Article-Display/Article/553863/fleet-week-marines-visit-nyc-school/",
    license=PD, retrieved=PAGES + " (Marine Corps story by Cpl. Kari D. Keeran of May 23, 2009 on Marines of Special Purpose Marine Air Ground Task Force New York and sailors of USS Iwo Jima at The School for Global Leaders during Fleet Week 2009, May 21; the 'Photo Information' block (the photo caption ending '(Official Marine Corps photo by Cpl. Kari D. Keeran)' and the line 'Photo by Cpl. Kari D. Keeran') and the line '23 May 2009 | Cpl. Kari D. Keeran' dropped (H2178); headline kept as the first line; the first two body paragraphs, stored on lines of their own separated by a single line break, kept as two paragraphs, the space at the end of the first dropped; the space before each later stored paragraph dropped (indentation); the last paragraph, '“I’ve got two kids of my own and it is good to see', cut in the stored copy, dropped; the double spaces after full stops inside and before spans, 'U.S.S. Iwo Jima', the en dash and curly marks as stored)",
    text='''Fleet Week Marines visit NYC school
Marines and sailors went to The School for Global Leaders May 21, and spoke with classes about the values that are upheld in the Marine Corps as well as the school.
Marines with the Special Purpose Marine Air Ground Task Force – New York and sailors from the U.S.S. Iwo Jima took time out of their day to give back to the community of New York by going to one of the local schools to speak to students and help paint a mural at the school.
“The core values of honor, courage and commitment that the Marines hold directly reflect those that we teach our students,” said Carry Chan, principal for the school. “Teamwork is emphasized as well as promoting individualism.  We highlight the importance of working as a team.”
Working as a team with the students, the Marines and sailors helped paint a mural on the walls of the school as part of the school expansion project.  The mural was drawn by students and promoted ways for the school to “go green.”
“It’s great to see the kids who will be stepping in our footprints later in life,” said Cpl. Kenneth Williams, artilleryman with Echo Battery, 1st Battalion 10th Marine Regiment.  “Above all it’s good to be able to interact with the kids and make a difference.  All it takes for a person to make a difference is just a little time out of your day and everyone has that.”
The students sat and listened to what the Marines and sailors had to say and were afforded the opportunity to ask many questions and learn a little about each service and person.''',
    quotes=[
        Q('“The core values', 'teach our students,”', "Carry Chan"),
        Q('“Teamwork is emphasized', 'working as a team.”', "Carry Chan"),
        Q('“go green.”', None, None),
        Q('“It’s great to see', 'later in life,”', "Kenneth Williams"),
        Q('“Above all', 'everyone has that.”', "Kenneth Williams"),
    ],
    aliases={"Carry Chan": ["Carry Chan", "principal for the school"],
             "Kenneth Williams": ["Kenneth Williams", "Cpl. Kenneth Williams", "artilleryman with Echo Battery, 1st Battalion 10th Marine Regiment"]},
),
dict(
    id="2ndmardiv-515596-family-eggstravaganza",
    source="https://www.2ndmardiv.marines.mil/News/Article/Article/515596/2nd-marine-division-family-eggstravaganza/",
    license=PD, retrieved=PAGES + " (2nd Marine Division story announcing the division's Family Eggstravaganza at W.P.T. Hill Field, Marine Corps Base Camp Lejeune, April 16, 2011 (no writer and no headline in the stored copy, which opens with the dateline paragraph; no title is added, H1818); the last paragraph, 'Event contributors include division commanders and staff, ... Exceptional Family Member Program and Marine Co', cut in the stored copy, dropped; the dateline 'MARINE CORPS BASE CAMP LEJEUNE, N.C. -- ' kept as stored; the unfinished 'free for the.' and curly marks as stored (H2179))",
    text='''MARINE CORPS BASE CAMP LEJEUNE, N.C. -- Children ages 0-12 and exceptional family members of all ages have the opportunity to play, enjoy activities and collect Easter eggs aboard Marine Corps Base Camp Lejeune, N.C. The 2nd Marine Division Family Eggstravaganza is scheduled for 2 p.m., April 16, 2011, at William Pendleton Thompson (W.P.T.) Hill Field.
The purpose of the event is to bring together division personnel and their families in order to provide them a safe, enjoyable, and family oriented environment.
“The event is awesome, it’s all about smiles on faces, looking up at the bunny and getting a picture, and of course the candy is not bad,” said Ann E. Morey, the family readiness officer for 2nd Marine Division.
Morey and other volunteers are currently working hard to organize the event. Morey estimates around 3,500 people are scheduled to attend.
“I think families are always appreciative of the opportunity to do something together,” said Morey. “Military families love to come together with other military families and this event offers them the ability to do that.”
Whether rain or shine, Morey and her team of volunteers say the event is going to happen, however, in the event it rains, the activities will take place in the Goettge Memorial field house located adjacent to W.P.T. field.
Staff Sgt. Damian P. Smith, the 2nd Marine Division deputy family readiness officer and father of two boys, said, “The FROs are here to support the Marines as much as possible and especially the families of deployed Marines. I think this is great chance for families to have a nice time.”
Everything at the event is free for the. The egg hunts will have different sections for different aged children and will also have an area for family members who have difficulty with mobility.''',
    quotes=[
        Q('“The event is awesome', 'the candy is not bad,”', "Ann E. Morey"),
        Q('“I think families', 'something together,”', "Ann E. Morey"),
        Q('“Military families love', 'ability to do that.”', "Ann E. Morey"),
        Q('“The FROs are here', 'have a nice time.”', "Damian P. Smith"),
    ],
    aliases={"Ann E. Morey": ["Ann E. Morey", "Morey", "the family readiness officer for 2nd Marine Division"],
             "Damian P. Smith": ["Damian P. Smith", "Staff Sgt. Damian P. Smith", "the 2nd Marine Division deputy family readiness officer"]},
),
dict(
    id="navy-allhands-84690-sound-of-music-navy-band-northeast",
    source="https://www.navy.mil/ah_online/deptStory.asp?issue=3&dep=2&id=84690",
    license=PD, retrieved=PAGES + " (All Hands magazine (navy.mil ah_online) department story on Navy Band Northeast's Veterans Day tour (no writer and no date in the stored copy); the headline 'The Sound of Music' and its deck 'Navy Band is entertaining, educating and hiring' kept as two lines as stored; the last paragraph, 'The Navy B', cut in the stored copy, dropped; the spaced straight apostrophe of 'Today' s' (no mark, H2180) and straight marks as stored)",
    text='''The Sound of Music
Navy Band is entertaining, educating and hiring
Musicians have a proud tradition and a rich history in the Navy. Starting in 1798 when the first ship was put to sea with a fifer and a drummer to present day, where Navy music has grown to 11 fleet bands, the Navy has kept pace to music.
Today' s Navy Bands entertain the masses by playing in parades, sports events and schools to honor the service of past and present military members.
The Navy Band Northeast is one of those fleet bands whose mission is to support active duty Sailors by performing on ships, ceremonies and other official events. The musicians tour nationally and their most recent tour was in celebration of Veterans Day.
"It's a salute to our veterans," said Musician 1st Class Chris Sams, who plays saxophone and sings. "We wanted to show them how much we appreciate the sacrifices that they've made through the years."
The Navy has fleet bands in the continental U.S. as well as Japan, Italy and Hawaii. Musician 2nd Class Cassy DeMoss said that playing to international audiences and traveling has been the highlight of her career.
"Just bringing Navy music and military music to people who have never seen an American before; it's pretty powerful," said DeMoss, who plays flute and piccolo. "People think of the military as guns and ships and war. When we go in with music, we can change minds and change attitudes about the United States and what we do, and what we represent."
Another piece of the Navy music mission is to help promote and foster music education in the United States. The band's high level of training and visibility presents a unique opportunity for educational outreach. The current tour included a stop at a New Jersey High School, where the Sailors worked with younger musicians.
"We did a clinic with the students," said DeMoss. "They're preparing contest pieces that they have to audition for and so we helped them with their pieces. Later we played a concert for them."''',
    quotes=[
        Q('"It\'s a salute to our veterans,"', None, "Chris Sams"),
        Q('"We wanted to show them', 'through the years."', "Chris Sams"),
        Q('"Just bringing Navy music', 'pretty powerful,"', "Cassy DeMoss"),
        Q('"People think of the military', 'what we represent."', "Cassy DeMoss"),
        Q('"We did a clinic with the students,"', None, "Cassy DeMoss"),
        Q('"They\'re preparing contest pieces', 'a concert for them."', "Cassy DeMoss"),
    ],
    aliases={"Chris Sams": ["Chris Sams", "Musician 1st Class Chris Sams"],
             "Cassy DeMoss": ["Cassy DeMoss", "Musician 2nd Class Cassy DeMoss", "DeMoss"]},
),
dict(
    id="ng-573858-florida-air-guard-ore-training",
    source="https://www.nationalguard.mil/News/Article-View/Article/573858/florida-air-guard-holds-realistic-ore-training",
    license=PD, retrieved=PAGES + " (National Guard Bureau news story on an Operational Readiness Exercise of the Florida Air National Guard's 125th Fighter Wing at Jacksonville International Airport, Jan. 22-25 (no year, no writer and no headline in the stored copy, which opens with the story's first paragraph; no title is added, H1818); the last paragraph, 'Col. Branyon noted the majority of the participants ... the intense combat scenarios thrown at ', cut in the stored copy, dropped; the rating name in marks is null, Branyon's words after 'explained that' are his partial quote (H2181); 'the125th', the en dash inside the span and straight marks as stored)",
    text='''Explosions thumped in succession across the air base and pale yellow smoke plumed over the fighter jets. As klaxons wailed in earsplitting alarm, the ground crews scattered across flight lines and sought cover.
Their fingers numb in the frosty morning air, the Airmen scrambled to put on chemical masks and ran to the closest protective bunkers. Seconds meant the difference between life and death; this was a lethal blister agent attack on Florida National Guard Airmen.
This realistic scenario was part of a recent training exercise for the 125th Fighter Wing at the Jacksonville International Airport. The National Guard unit was participating in an intense Operational Readiness Exercise Jan. 22-25 where it was tested on how its Airmen would react during a deployment to a combat zone in Southwest Asia.
This exercise was in preparation for an upcoming Operational Readiness Inspection the125th will conduct in May. In 2006 the unit received an "Outstanding" rating on another readiness inspection, and the Airmen were training hard to repeat the near-perfect score.
Besides periodic missile attacks, the exercise included random terrorist threats, civil unrest and situations that a deployed fighter wing could encounter in a war zone.
During a break in the seemingly constant attacks on his unit, Fighter Wing Commander Col. Bob Branyon explained that the scenarios were "very hostile – almost like a World War III environment."
He said the simulated chemical and terrorists attacks honed the combat skills of the more than 1,000 Airmen participating in the exercise: F-15 Eagle fighter jets were forced to take off or land during chemical attacks, the base security forces were constantly tested by terrorists hiding in the nearby woods, and even the base fire fighters and finance personnel were on high-alert for hours on end.''',
    quotes=[
        Q('"Outstanding"', None, None),
        Q('"very hostile', 'World War III environment."', "Bob Branyon"),
    ],
    aliases={"Bob Branyon": ["Bob Branyon", "Fighter Wing Commander Col. Bob Branyon"]},
),
dict(
    id="nasa-glenn-2022-battling-robots-first-buckeye-regional",
    source="http://www.nasa.gov/feature/glenn/2022/return-of-the-battling-robots-nasa-volunteers-support-robotics-competition",
    license=PD, retrieved=PAGES + " (NASA Glenn Research Center feature of 2022 on Glenn volunteers at the FIRST Robotics Buckeye Regional Competition in Cleveland, March 2022; the site lines 'Suggested Searches' and '4 min read' dropped; headline kept as the first line; the image caption under the headline ('The Metrobots from Metro Early College High School, ... won the Gracious Professional Award. Credits: NASA') and the caption of Schilling's photo, stored twice, with its 'Credits: NASA' line dropped (captions, H792; H2182); the last paragraph, 'Students worked with their mentors for six weeks ... inspired by the future of high-speed t', cut in the stored copy, dropped; curly marks as stored)",
    text='''Return of the Battling Robots: NASA Volunteers Support Robotics Competition
When the FIRST Robotics Buckeye Regional Competition returned to Cleveland in March for the first time since 2019, nobody was more excited than the high school student competitors. They came from Ohio, Pennsylvania, and New York with their robots to vie for a spot in the international championship. But joy also shone on the faces of the volunteers and mentors who helped make the competition possible.
“I just love seeing all the students here learning and meeting friends. The atmosphere is fantastic,” said Herb Schilling, a computer scientist at NASA’s Glenn Research Center in Cleveland. “It’s a lot of fun. You get to meet awesome young people and see them grow. You get to build a robot, code a robot, everything about it is great. I don’t know why everyone doesn’t do it.”
Schilling, who mentored two Cleveland area teams, was one of dozens of Glenn employees who served as mentors, judges, referees, and other volunteers. The center supported the event through grants and helped coordinate it while sponsoring nine Ohio teams.''',
    quotes=[
        Q('“I just love seeing', 'is fantastic,”', "Herb Schilling"),
        Q('“It’s a lot of fun', 'doesn’t do it.”', "Herb Schilling"),
    ],
    aliases={"Herb Schilling": ["Herb Schilling", "Schilling", "a computer scientist at NASA’s Glenn Research Center in Cleveland"]},
),
]
