# Held-out English news texts (tests/data/heldout717-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Navy, the
# Army (DVIDS), the Air Force and the Army Reserve: a Navy NewsStand story on USS Carl Vinson's chiefs mess at the
# Special Olympics in Virginia Beach (navy.mil story 36955, 2008), a DVIDS story on the Wreaths Across America ceremony
# at the Missouri State Veterans Cemetery - Fort Leonard Wood (dvidshub.net 460864), two Navy News Service stories
# reposted on military-online.blogspot.com (the MCPON at the Special Olympics Armed Forces Day relay, May 2015; USS
# Theodore Roosevelt Sailors at the 'Little Feet Meet' in Norfolk, April 2011), a Minot Air Force Base story on an Airman
# who helped save a girl after a car crash (minot.af.mil 266005), an Air Force Personnel Center story on a sergeant's
# lifesaving actions (afpc.af.mil 423263), an Army Reserve story on the 311th ESC's Best Warrior Best Squad Competition
# (usar.army.mil 3714655, 2024) and a DVIDS story on Naval Base Kitsap Sailors at a Special Olympics bowling tournament
# (dvidshub.net 213399, 2016). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
# complete quotation (noted in `retrieved`). Site lines (the .mil banner lines, 'NEWS | date', '• Published' / '• By ...'
# / unit lines, the Navy NewsStand story number and release date line, its font-size and e-mail line and byline, the
# blog's title and date lines and bylines, the DVIDS maintenance, login, logo, photo caption, place, date and byline
# lines), the empty lines between paragraphs, the indentation of the DVIDS lines and spaces at the end of a paragraph are
# dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has none);
# datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2445-H2449 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout717-en.jsonl

Built by `build.py` from `heldout717_pages.py`. Like heldout709-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a Navy NewsStand story by Mass Communication Specialist
Seaman Philip Schrickel, USS Carl Vinson Public Affairs, 'Gold Eagle Chief's Mess Helps Special Olympics' (navy.mil
story_id 36955, story number NNS080508-22, released 5/8/2008); a DVIDS story on the Wreaths Across America ceremony at
the Missouri State Veterans Cemetery - Fort Leonard Wood (dvidshub.net 460864, slug
'fort-leonard-wood-community-honors-veterans-during-wreaths-across-america-service'; the stored copy opens with the
first paragraph and shows no headline, byline or date); two Navy News Service stories reposted verbatim with their
bylines on military-online.blogspot.com (licence constant PDC, as the military-online.blogspot.com reposts of earlier
sets, H1887): 'MCPON Participates Alongside Athletes At Special Olympics Relay Race' by Mass Communication Specialist 2nd
Class Kevin J. Steinberg, Defense Media Activity (blog date May 20, 2015), and 'USS Theodore Roosevelt Sailors Assist
Special Olympics' by Mass Communication Specialist Seaman Apprentice John Paul Kotara, USS Theodore Roosevelt (CVN 71)
Public Affairs (blog date April 9, 2011); a Minot Air Force Base story by Senior Airman Wesley Wright, Minot Air Force
Base Public Affairs, 'A real American hero' (minot.af.mil 266005; no date in the stored copy, the ceremony of March 20
after an accident of Aug. 23, 2008); an Air Force Personnel Center story by Richard Salomon, Air Force Personnel Center
Public Affairs, 'AFPC Airman earns commendation for lifesaving actions' (afpc.af.mil 423263; no date in the stored
copy); an Army Reserve story by Capt. William Stroud, 311th Sustainment Command (Expeditionary), 'Strength in unity: From
Best Warrior to Best Squad – Centurions prepare for glory' (usar.army.mil 3714655, March 21, 2024); and a DVIDS story by
Petty Officer 2nd Class Vaughan Dill, Navy Public Affairs Support Element, Det. Northwest, 'Puget Sound Sailors
volunteer at Special Olympics bowling tournament' (dvidshub.net 213399, dated 10.30.2016). Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil and DVIDS pages are the services'
own stories, and the blog pages reproduce Navy News Service stories (NNS datelines) with their Navy bylines, marked as
copies on a non-government site. Licence caveats: the DVIDS Wreaths Across America copy shows no byline in its stored
part and is taken as a government work by its site (DVIDS publishes the services' public affairs stories) and its
content (an Army installation's ceremony with the Military Police School commandant); the Air Force Personnel Center
writer Richard Salomon is named without rank, taken as the center's public affairs staff, as the byline's unit says; the
blog copies may differ from the navy.mil originals in details the stored copies cannot show; the stories quote civilians
inside the public-domain texts (the cemetery director Stacy Wilson, the teacher Patrick Doyle, the Special Olympics
coordinator Mark Barker). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
complete quotation, noted per page: the Carl Vinson story's 'The big'; the Wreaths Across America story's '“Please don’t
rush. ... laid them to rest,” Albrycht said. “Give them the gift of your time in a season designed to do'; the MCPON
story's 'Special Olympics is an international organization that encourages and empo'; the Theodore Roosevelt story's
'Giddens explained that while he does not '; the Minot story's 'As Airman McDonald retrieved a first aid kit the young
girl fell unconscious ag'; the AFPC story's '"That's when I got really nervous and said, 'Don't die on me!'" Sergeant
Ward recall'; the Army Reserve story's 'Founded in 1877 at the base of the Huachuca Mountains, ... This grueling five-day
event brought together f'; the Puget Sound story's '“I got involved in this event [through] my [Leading Petty Officer],
... involving kids,” said Petty Of'. The site lines (the .mil banner lines 'An official website of the United States
government', 'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...', 'NEWS | March
21, 2024', the '• Published' / '• By ...' / unit lines and the byline lines; the Navy NewsStand line 'Story Number:
NNS080508-22Release Date: 5/8/2008 3:45:00 PM', the line 'A  A  A   Email this story to a friend   Print this story' and
the byline; the blog's 'Military News' line and date lines 'Wednesday, May 20, 2015' and 'Saturday, April 09, 2011' and
the bylines; the DVIDS lines 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February
15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo', the
photo caption line 'Photo By Vaughan Dill | 161030-N-SH284-085 SILVERDALE, Wash. (Oct. 30, 2016) Petty Officer 2nd Class
Melanie...... read more read more', 'SILVERDALE, WASHINGTON, UNITED STATES', '10.30.2016', 'Story by Petty Officer 2nd
Class Vaughan Dill' and 'Navy Public Affairs Support Element, Det. Northwest'), the empty lines between paragraphs, the
four-space indentation of the DVIDS lines and the spaces at the end of lines were dropped; headlines are kept once as
the first line (the Puget Sound copy prints its headline twice, H1246; the Wreaths Across America copy has none and gets
none, H1818), datelines are kept as stored; wording and typos ('The athlete's enthusiasm', 'Special Olyimpians', 'said
Doyle."', 'it’s annual bowling tournament', 'SILVERDALE Wash.', 'Fort Huachuca, remains'), dashes and quotation marks
(straight or curly as stored) are as stored. Pages read but left out: stories already in earlier sets (the Manchester VA
Memorial Day release, news.va.gov 5582, the awg.army.mil and army.mil Best Warrior stories 1809271 and 52964, the 19th
SDS birthday story, the Habitat for Humanity stories of 12th Air Force, Seymour Johnson, Tyndall, Sheppard, Eielson,
Ellsworth and Shaw, the Fleet Week school story 553863, the Landers Elementary and MRF-D school stories, the Indiana and
North Dakota Guard flood stories, the Fort Sill and Fort Lee Thanksgiving stories 139384 and 70127, the NMCB 1
kindergarten story, the CBMU 303 story), pages whose stored part keeps fewer than two complete quotations (the
Davis-Monthan Space Force enlistment story 2905629, the San Diego school tour story on tecom.marines.mil and DVIDS, the
Guam Seabees story 381589, the NNS Philippines Seabees story on globalsecurity.org, the af.mil Honor Flight greeting
story in the UNT web archive), copies on newspaper, radio, forum and private sites where the government page was not at
hand or the site is no government one (the archive.kitsapsun.com Reagan Special Olympics story, the 1350kman.com Fort
Riley Thanksgiving story, militaryspot.com and military1.com copies of Army stories, the usapatriotism.org and
collegeconfidential.com copies of Navy stories, micronesia.com's Seabee Magazine copy, the okinawa.stripes.com copy of a
Marine Corps story, the marines.com Oak Roads story), hard-wrapped blog reposts (military-online.blogspot.com's Honor
Flight, Eielson river rescue and McConnell Habitat stories), aggregator and list pages (the Coast Guard Digital Newsroom
rssing.com pages, usace.army.mil news lists) and pages of newspapers, broadcasters and magazines found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(36955, NNS080508-22, 460864, mcpon-participates, uss-theodore-roosevelt-sailors-assist, 266005, 423263, 3714655,
213399), by title and slug and by the names of their speakers and phrases, such as Gold Eagle, Richard Vallet, Lesa
Carsten, Robin Phifer, Stacy Wilson, Sarah Albrycht, Missouri State Veterans Cemetery, Mike Stevens, Mark Rich, Angela
Davis, Little Feet Meet, Patrick Doyle, Ryan Giddens, Whiting, Iowa, Jimmy Doolittle Center, K.C. McClain, Jeffery Ward,
Justin Lorentz, groggy coworker, Centurions, Denny J. Walker, Fort Hunter-Liggett, Mark Barker and All Star Lanes, with
grep over tests/data of the main tree and of every other helper's worktree (heldout711-718): no hit, except Salem High
School in an unrelated Navy text of heldout166-en). The annotation (rules H2445–H2449 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="navy-h717-2008-05-08-gold-eagle-chiefs-mess-special-olympics",
    source="http://www.navy.mil/submit/display.asp?story_id=36955",
    license=PD, retrieved=PAGES + " (Navy NewsStand story NNS080508-22, released 5/8/2008, by Mass Communication Specialist Seaman Philip Schrickel, USS Carl Vinson Public Affairs, on the chiefs mess of USS Carl Vinson (CVN 70) at the Special Olympics in Virginia Beach on May 3; the lines 'Story Number: NNS080508-22Release Date: 5/8/2008 3:45:00 PM', 'A  A  A   Email this story to a friend   Print this story' and the byline dropped; headline kept as the first line; the last paragraph, 'The big', cut in the stored copy, dropped; a second piece set on its own line after the cue's line and a third quotation of the same chief after another chief's paragraph (H2446); 'The athlete's enthusiasm' and straight marks as stored)",
    text='''Gold Eagle Chief's Mess Helps Special Olympics
NEWPORT NEWS, Va. (NNS) -- USS Carl Vinson's (CVN 70) chiefs mess reached out to lend a helping hand at the annual Special Olympics held in Virginia Beach, Va., May 3, at the Salem High School track and field.
"Having the opportunity to participate in such an event was an honor," said Senior Chief Hospital Corpsman (SW/AW) Richard Vallet, health services department leading chief petty officer. "The athlete's enthusiasm and competitiveness really shows all of their hard work and preparation."
The chief's mess assisted with everything from the 50-meter dash to the long-jump. They were also there to help facilitate, judge, and most importantly, cheer on and encourage the athletes to do their best.
"I was amazed at the skill and dedication everyone showed," said Chief Interior Communications Electrician (SW/AW) Lesa Carsten, from the Engineering Department.
"They weren't there just to compete, but also to have fun and enjoy their day with family and friends."
Many of the chiefs were also there as mentors and friends for the athletes, supporting Special Olympians by promoting their unique and diverse contributions to the community.
"Being able to spend time with and coach these men and women made me realize how beautiful and gifted they really are," said Chief Engineman (SW/AW) Robin Phifer, of engineering department. "They don't judge or exclude anyone, they respect and accept everybody."
Once the event was complete, the chiefs worked with Salem High School's Navy Reserve Officer Training Corps (NJROTC) to help take down all of the concessions and tents.
"This was my first chance to work with people with special needs, and I would definitely do this again if the opportunity arose," said Carsten.''',
    quotes=[
        Q('"Having the opportunity', 'was an honor,"', "Richard Vallet"),
        Q('"The athlete\'s enthusiasm', 'and preparation."', "Richard Vallet"),
        Q('"I was amazed at the skill', 'everyone showed,"', "Lesa Carsten"),
        Q('"They weren\'t there just to compete,', 'family and friends."', "Lesa Carsten"),
        Q('"Being able to spend time', 'they really are,"', "Robin Phifer"),
        Q('"They don\'t judge', 'accept everybody."', "Robin Phifer"),
        Q('"This was my first chance', 'the opportunity arose,"', "Lesa Carsten"),
    ],
    aliases={"Richard Vallet": ["Richard Vallet", "Senior Chief Hospital Corpsman (SW/AW) Richard Vallet", "health services department leading chief petty officer"],
             "Lesa Carsten": ["Lesa Carsten", "Chief Interior Communications Electrician (SW/AW) Lesa Carsten", "Carsten"],
             "Robin Phifer": ["Robin Phifer", "Chief Engineman (SW/AW) Robin Phifer"]},
),
dict(
    id="dvids-h717-fort-leonard-wood-wreaths-across-america",
    source="https://dvidshub.net/news/460864/fort-leonard-wood-community-honors-veterans-during-wreaths-across-america-service",
    license=PD, retrieved=PAGES + " (DVIDS story on the Wreaths Across America ceremony at the Missouri State Veterans Cemetery - Fort Leonard Wood, with the cemetery director Stacy Wilson and Brig. Gen. Sarah Albrycht, U.S. Army Military Police School commandant; the stored copy opens with the first paragraph and shows no headline, byline or date, and none is added (H1818); the last paragraph, '“Please don’t rush. Stop for a moment. ... laid them to rest,” Albrycht said. “Give them the gift of your time in a season designed to do', cut in the stored copy, dropped with its complete first piece (H2121); a speaker presented in a relative clause of reported speech and cued by surname in the next paragraph (H2449); em dashes and curly marks as stored)",
    text='''Fort Leonard Wood community members took time to remember, honor and teach during a Wreaths Across America ceremony Saturday at the Missouri State Veterans Cemetery - Fort Leonard Wood.
“Across the country, at more than 3,700 memorial sites like this one, there are millions of Americans gathered as one nation to remember, honor and teach,” said Stacy Wilson, cemetery director. “Today, we remember the fallen, honor those that serve and teach the next generation the value of freedom.”
The Missouri State Veterans Cemetery - Fort Leonard Wood is located just outside the installation’s West Gate, making it easily accessible to the community — and hundreds gathered to participate in and watch the ceremony, including service members, their families, area Cub Scouts, Boy Scouts, Girl Scouts, Pulaski Young Marines and cadets with Waynesville High School’s Junior ROTC.
The crowd stood for a moment of silence and the posting of colors by a joint-service color guard here, before Sgt. Nicholas Johnson, with Fort Leonard Wood’s 399th Army Band, sent the lyrics of the National Anthem echoing across the cemetery.
The guest speaker at the event was Brig. Gen. Sarah Albrycht, U.S. Army Military Police School commandant, who said the Wreaths Across America gatherings across the country provide a unique opportunity for an important lesson.
“On Memorial Day, we remember our fallen heroes; on Veterans Day, we honor our service members, but today is special — today, we get to teach the next generation the true value of freedom,” Albrycht said.
During her speech, she asked the crowd to do something special.''',
    quotes=[
        Q('“Across the country,', 'remember, honor and teach,”', "Stacy Wilson"),
        Q('“Today, we remember the fallen,', 'the value of freedom.”', "Stacy Wilson"),
        Q('“On Memorial Day,', 'true value of freedom,”', "Sarah Albrycht"),
    ],
    aliases={"Stacy Wilson": ["Stacy Wilson", "cemetery director"],
             "Sarah Albrycht": ["Sarah Albrycht", "Brig. Gen. Sarah Albrycht", "U.S. Army Military Police School commandant", "Albrycht"]},
),
dict(
    id="nns-h717-2015-05-20-mcpon-special-olympics-relay",
    source="http://military-online.blogspot.com/2015/05/mcpon-participates-alongside-athletes.html",
    license=PDC, retrieved=PAGES + " (Navy News Service story by Mass Communication Specialist 2nd Class Kevin J. Steinberg, Defense Media Activity, on the Special Olympics Armed Forces Day relay at Catholic University in Washington on May 20, 2015, with Master Chief Petty Officer of the Navy Mike Stevens, reposted verbatim with its byline on military-online.blogspot.com (H1887); the blog lines 'Military News' and 'Wednesday, May 20, 2015' and the byline dropped; headline kept as the first line; the dateline 'WASHINGTON (NNS) -- ' kept in the lead paragraph as stored; the last paragraph, 'Special Olympics is an international organization that encourages and empo', cut in the stored copy, dropped; a title's abbreviation in parentheses used as the speaker's name in `the MCPON's sentiments` before another Sailor's cued quotation (H2449); 'Special Olyimpians' and straight marks as stored)",
    text='''MCPON Participates Alongside Athletes At Special Olympics Relay Race
WASHINGTON (NNS) -- Volunteers from around Naval District Washington (NDW) joined in support of this year's Special Olympics Armed Forces Day at Catholic University in Washington, D.C., May 20. The event was part of the 2015 Special Olympics Summer Games.
The event included volunteers from every military branch and from a variety of military ranks, both enlisted and officer. Along with supporting the event by providing their efforts, such as athlete escorts, staging personnel and finish line personnel, military personnel also participated in the Special Olympics Armed Forces Day Joint Service 4x100 meter relay.
Each relay team consisted of two active duty military personnel and two Special Olympics athletes. Team Navy was comprised of NDW Commandant Rear Adm. Mark Rich, Master Chief Petty Officer of the Navy (MCPON) Mike Stevens and Special Olyimpians Darryl Meadows and Douglas Medrono with team Navy finishing in 2nd place, earning silver medals.
"Since the very existence of the Navy, volunteer service has been something that we've cherished and we believe to be very important and it's no different today," said Stevens. "We're very, very pleased and happy to be here and be part of this Special Olympics event."
Stevens participated to not only show support but to be inspired as well.
"When I come to events like this and see the challenges that young men and women have overcome, it's inspiring," Stevens said. "So I come here to support the event but also to be inspired myself."
Other Sailors echoed the MCPON's sentiments.
"I've never done an event like this before," said Information Systems Technician 1st Class Angela Davis, from Orlando, Florida. "It feels great giving back to the community."''',
    quotes=[
        Q('"Since the very existence', 'no different today,"', "Mike Stevens"),
        Q('"We\'re very, very pleased', 'Special Olympics event."', "Mike Stevens"),
        Q('"When I come to events', 'it\'s inspiring,"', "Mike Stevens"),
        Q('"So I come here', 'inspired myself."', "Mike Stevens"),
        Q('"I\'ve never done an event', 'like this before,"', "Angela Davis"),
        Q('"It feels great giving back', 'to the community."', "Angela Davis"),
    ],
    aliases={"Mike Stevens": ["Mike Stevens", "Master Chief Petty Officer of the Navy (MCPON) Mike Stevens", "Stevens", "MCPON"],
             "Angela Davis": ["Angela Davis", "Information Systems Technician 1st Class Angela Davis"]},
),
dict(
    id="nns-h717-2011-04-uss-theodore-roosevelt-sailors-special-olympics",
    source="http://military-online.blogspot.com/2011/04/uss-theodore-roosevelt-sailors-assist.html",
    license=PDC, retrieved=PAGES + " (Navy News Service story by Mass Communication Specialist Seaman Apprentice John Paul Kotara, USS Theodore Roosevelt (CVN 71) Public Affairs, on some 50 Sailors helping Norfolk schoolchildren at the Special Olympics 'Little Feet Meet' at Old Dominion University on April 7, reposted verbatim with its byline on military-online.blogspot.com (H1887); the blog date line 'Saturday, April 09, 2011' and the byline dropped; headline kept as the first line; the dateline 'NORFOLK (NNS) -- ' kept in the lead paragraph as stored; the last paragraph, 'Giddens explained that while he does not ', cut in the stored copy, dropped, so Giddens' surname alone is not in the text; an event's name in marks and a stray closing mark after an inverted cue's full stop (H2445); 'said Doyle.\"' and straight marks as stored)",
    text='''USS Theodore Roosevelt Sailors Assist Special Olympics
NORFOLK (NNS) -- Approximately 50 Sailors from USS Theodore Roosevelt (CVN 71) volunteered, April 7 at Old Dominion University (ODU) in Norfolk to help more than 200 elementary school children from Norfolk Public Schools participate in this year's Special Olympics event, dubbed "Little Feet Meet."
The event was put together by Patrick Doyle, an Adapted Physical Education teacher with Norfolk Public Schools. Doyle has been the director of this event for the last two years, and explains that the attendance grew from 88 children last year to more than 200 children this year.
"This is a great opportunity to advocate for these children," said Doyle. "My goal is for this event to grow and include every child."
Doyle said he is proud of the turnout, both of the kids and support.
"This is the first year the Navy has come out and we are very proud to see them out here," said Doyle."
When TR Sailors took the field they were divided into groups, each assigned to a corresponding group of students.
From start to finish, the Sailors looked to enjoy every moment they spent there. Sailors did everything from running hand in hand, jumping and cheering alongside students in 18 events which lasted two hours. The events held were well rounded and offered a variety of exercises such as a 50-meter dash and standing long jump, as well as: softball throw, hula hoop toss, football throw, golf putting, tee-ball hitting, tossing station, parachute activities, obstacle course, soccer kick, weightlifting, bean bag toss, fitness station, ladder ball, track events, hockey shot and races.
"Just to see the smiles on their face, that's enough for me," said Engineman 1st Class (SW) Ryan Giddens. "This means a lot to me, it felt like something I had to do."''',
    quotes=[
        Q('"Little Feet Meet."', None, None),
        Q('"This is a great opportunity', 'for these children,"', "Patrick Doyle"),
        Q('"My goal is for this event', 'include every child."', "Patrick Doyle"),
        Q('"This is the first year', 'them out here,"', "Patrick Doyle"),
        Q('"Just to see the smiles', 'enough for me,"', "Ryan Giddens"),
        Q('"This means a lot to me,', 'I had to do."', "Ryan Giddens"),
    ],
    aliases={"Patrick Doyle": ["Patrick Doyle", "an Adapted Physical Education teacher with Norfolk Public Schools", "Doyle"],
             "Ryan Giddens": ["Ryan Giddens", "Engineman 1st Class (SW) Ryan Giddens"]},
),
dict(
    id="af-minot-h717-a-real-american-hero",
    source="https://www.minot.af.mil/News/Article-Display/Article/266005/a-real-american-hero",
    license=PD, retrieved=PAGES + " (Minot Air Force Base story by Senior Airman Wesley Wright, Minot Air Force Base Public Affairs, on Senior Airman Christopher McDonald, 791st Missile Security Forces Squadron, awarded an Air Force Commendation Medal on March 20 for helping save a girl after a car crash in Whiting, Iowa, on Aug. 23, 2008 (no year of the ceremony in the stored copy); the lines '• Published', '• By Senior Airman Wesley Wright' and '• Minot Air Force Base Public Affairs' dropped; headline kept as the first line; the space at the end of the 'in a vehicle accident.' paragraph dropped; the last paragraph, 'As Airman McDonald retrieved a first aid kit the young girl fell unconscious ag', cut in the stored copy, dropped; an unnamed driver's yelled words and cues by a shortened rank form (H2447); straight marks as stored)",
    text='''A real American hero
Air Force security forces Airmen are trained to persevere and take charge in many emergency situations, and for one Airman here it meant keeping a level head in a life-and-death situation.
Senior Airman Christopher McDonald, 791st Missile Security Forces Squadron, was awarded an Air Force Commendation Medal during a ceremony at the Jimmy Doolittle Center here March 20 for his actions Aug. 23, 2008, when he helped save a young girl's life in a vehicle accident.
Airman McDonald and his family were traveling through Whiting, Iowa, when Airman McDonald saw a car accelerate in an attempt to go around an 18-wheel truck. After realizing the passing lane was blocked, the driver attempted to return to his lane causing a severe collision with the rear of the truck. The car came to rest in the median.
Airman McDonald quickly pulled his car to the roadside and ran to the accident scene while dialing 911.
As Airman McDonald approached the scene, the driver exited the crashed vehicle yelling, "she is dead," referring to the front seat passenger.
"At first it was a little scary," Airman McDonald said. "I've never seen anything like that before. I didn't know what to expect. The 911 dispatcher wanted me to check the pulse of the passenger in the front seat. After confirming that she was deceased I started checking for others."
Airman McDonald then saw a second unconscious female in the rear seat with glass protruding from her forehead. He began to check her vital signs when she came to.
"At that point I saw the 14-year-old and she wasn't moving and my first thought was we have another fatality," Airman McDonald said. "When I got in the car and checked her pulse I knew that was not the case. I was excited because she was alive and then started looking at what we need to do next."''',
    quotes=[
        Q('"she is dead,"', None, None),
        Q('"At first it was a little scary,"', None, "Christopher McDonald"),
        Q('"I\'ve never seen anything', 'checking for others."', "Christopher McDonald"),
        Q('"At that point I saw', 'another fatality,"', "Christopher McDonald"),
        Q('"When I got in the car', 'need to do next."', "Christopher McDonald"),
    ],
    aliases={"Christopher McDonald": ["Christopher McDonald", "Senior Airman Christopher McDonald", "Airman McDonald"]},
),
dict(
    id="af-afpc-h717-airman-earns-commendation-lifesaving",
    source="https://www.afpc.af.mil/News/Article-Display/Article/423263/afpc-airman-earns-commendation-for-lifesaving-actions/",
    license=PD, retrieved=PAGES + " (Air Force Personnel Center story by Richard Salomon, Air Force Personnel Center Public Affairs, on Master Sgt. Jeffery Ward, awarded the Air Force Commendation Medal on Sept. 9 for helping his coworker Staff Sgt. Justin Lorentz through a seizure (no year in the stored copy); the lines '• Published', '• By Richard Salomon' and '• Air Force Personnel Center Public Affairs' dropped; headline kept as the first line; the last paragraph, '\"That's when I got really nervous and said, 'Don't die on me!'\" Sergeant Ward recall', cut in the stored copy, dropped with its complete quotation (H2121); sentences split by the cue with a lower-case second piece after a comma, `he said,` after a paragraph about the speaker, and a cue with a relative clause (H2448); straight marks as stored)",
    text='''AFPC Airman earns commendation for lifesaving actions
The wingman concept of watching over one's fellow Airmen can be found among those patrolling dangerous skies, guarding convoys in rugged mountain passes and, as in the case of a couple of personnelists at the Air Force Personnel Center here, while driving a groggy coworker home after a recent outpatient foot surgery.
Last April, Master Sgt. Jeffery Ward, an Air Force training management team leader, gave lifesaving assistance to coworker Staff Sgt. Justin Lorentz after he had a seizure and became unconscious.
For his heroic actions, Sergeant Ward received the Air Force Commendation Medal during an AFPC Commander's Call Sept. 9.
"Sergeant Ward exemplifies what being a true wingman is all about," said Maj. Gen. K.C. McClain, AFPC commander, who presented the award. "It's an honor to be able to recognize him for his prompt and courageous actions; I'm proud to have him on our team."
Of course, being a good wingman comes second nature to this 16-year veteran.
"After Sergeant Lorentz's surgery that morning, he was still in a lot of pain even after taking his medication," said Sergeant Ward, "so I offered to drive him home in his car while another co-worker followed to give me a ride back to the office."
Sergeant Ward couldn't have foreseen the events that followed.
"I didn't notice anything different in the car because he was talking to me like there was nothing wrong," he said, "but out of nowhere he started making this weird noise as he grabbed my right arm. He quickly glanced at me and then started having these convulsions. His eyes rolled back in his head as he struggled to breathe."
Sergeant Ward said it took everything in his power to stay in his lane, but by the time he was able to pull over, Sergeant Lorentz had stopped breathing.''',
    quotes=[
        Q('"Sergeant Ward exemplifies', 'is all about,"', "K.C. McClain"),
        Q('"It\'s an honor to be able', 'on our team."', "K.C. McClain"),
        Q('"After Sergeant Lorentz\'s surgery', 'his medication,"', "Jeffery Ward"),
        Q('"so I offered to drive him home', 'back to the office."', "Jeffery Ward"),
        Q('"I didn\'t notice anything different', 'nothing wrong,"', "Jeffery Ward"),
        Q('"but out of nowhere', 'struggled to breathe."', "Jeffery Ward"),
    ],
    aliases={"K.C. McClain": ["K.C. McClain", "Maj. Gen. K.C. McClain", "AFPC commander"],
             "Jeffery Ward": ["Jeffery Ward", "Master Sgt. Jeffery Ward", "an Air Force training management team leader", "Sergeant Ward"]},
),
dict(
    id="usar-h717-2024-03-21-centurions-best-warrior-best-squad",
    source="https://www.usar.army.mil/News/News-Display/Article/3714655/strength-in-unity-from-best-warrior-to-best-squad-centurions-prepare-for-glory/",
    license=PD, retrieved=PAGES + " (Army Reserve story of March 21, 2024 by Capt. William Stroud, 311th Sustainment Command (Expeditionary), on the 311th ESC's Best Warrior Best Squad Competition at Fort Huachuca, March 3-7, 2024, with Command Sgt. Maj. Denny J. Walker; the .mil banner lines, the blank lines of the page, 'NEWS | March 21, 2024' and the byline line dropped; headline kept as the first line with its en dash; the last paragraph, 'Founded in 1877 at the base of the Huachuca Mountains, Fort Huachuca, remains ... The home of the “Buffalo Soldiers” hosted this year’s competition, ... This grueling five-day event brought together f', cut in the stored copy, dropped with its nickname in marks; a command's nickname in marks with the comma after the closing mark, and a second quotation of the same paragraph introduced by `concluded his comments by saying,` (H2449); curly marks as stored)",
    text='''Strength in unity: From Best Warrior to Best Squad – Centurions prepare for glory
From March 3-7, 2024, four squads from the 311th Expeditionary Sustainment Command (ESC), “Centurions”, conducted the 2024 Best Warrior Best Squad Competition (BWBSC).
Held annually, the BWBSC, assesses squad and individual Soldier technical and tactical proficiencies in basic Soldier tasks, including individual and crew marksmanship, tactical combat casualty care, land navigation, obstacle course, and foot marches, as well as their ability to work as a disciplined and cohesive team.
When asked why the Centurions selected Fort Huachuca, the 311th ESC Command Sergeant Major, Command Sgt. Maj. Denny J. Walker said, “Fort Hunter-Liggett in California is what we have used historically for this event. This year, I asked the team to find a place that would give us a true test of endurance.” As the participants gathered for their initial briefing, Walker concluded his comments by saying, “Using this location allows us to rely on one of our brigades for logistical support. This elevation and unfamiliar terrain will test our Soldiers’ capabilities like never before.”''',
    quotes=[
        Q('“Centurions”', None, None),
        Q('“Fort Hunter-Liggett', 'test of endurance.”', "Denny J. Walker"),
        Q('“Using this location', 'like never before.”', "Denny J. Walker"),
    ],
    aliases={"Denny J. Walker": ["Denny J. Walker", "Command Sgt. Maj. Denny J. Walker", "the 311th ESC Command Sergeant Major", "Walker"]},
),
dict(
    id="dvids-h717-2016-10-30-puget-sound-sailors-special-olympics-bowling",
    source="http://dvidshub.net/news/213399/puget-sound-sailors-volunteer-special-olympics-bowling-tournament",
    license=PD, retrieved=PAGES + " (DVIDS story by Petty Officer 2nd Class Vaughan Dill, Navy Public Affairs Support Element, Det. Northwest, on Naval Base Kitsap Sailors at the Special Olympics Washington bowling tournament in Silverdale, dated 10.30.2016; the lines 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo', the photo caption line 'Photo By Vaughan Dill | 161030-N-SH284-085 SILVERDALE, Wash. (Oct. 30, 2016) Petty Officer 2nd Class Melanie...... read more read more', 'SILVERDALE, WASHINGTON, UNITED STATES', '10.30.2016', 'Story by Petty Officer 2nd Class Vaughan Dill' and 'Navy Public Affairs Support Element, Det. Northwest' dropped; the headline, printed twice, kept once as the first line (H1246); the four-space indentation of the stored lines dropped; the last paragraph, '“I got involved in this event [through] my [Leading Petty Officer], ... involving kids,” said Petty Of', cut in the stored copy, dropped with its complete quotation (H2121); a courtesy title before the name and a role after it (H2449); 'SILVERDALE Wash.', 'it’s annual', the en dash and curly marks as stored)",
    text='''Puget Sound Sailors volunteer at Special Olympics bowling tournament
SILVERDALE Wash. – More than 28 Sailors assigned to various commands around Naval Base Kitsap volunteered to assist athletes as Special Olympics Washington (SOWA) hosted it’s annual bowling tournament at All Star Lanes and Casino, Oct. 30.
The event offered another chance for Sailors stationed around Silverdale and Bremerton, Washington, to engage and experience the community, while highlighting services that SOWA brings to local families.
“We know every year when we come up here to run this program, we’re going to have an overwhelming amount of volunteers so the relationship with the Navy is wonderful, we really like having the Navy here,” said Mr. Mark Barker, program coordinator for Thurston County and Timberland area director. “You can’t imagine how much it helps us out that I don’t have to worry about having enough volunteers.”
The event ran all day and volunteers helped set-up, keep score, acted as lane helpers for all 40 lanes, entered data into computers, handed out awards and souvenirs, interacted with the athletes and helped clean up afterwards.''',
    quotes=[
        Q('“We know every year', 'the Navy here,”', "Mark Barker"),
        Q('“You can’t imagine', 'enough volunteers.”', "Mark Barker"),
    ],
    aliases={"Mark Barker": ["Mark Barker", "Mr. Mark Barker", "program coordinator for Thurston County and Timberland area director"]},
),
]
