# Held-out English news texts (tests/data/heldout327-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army, Army National Guard and Department of Defense news stories (public domain,
# 17 U.S.C. § 105): three army.mil stories (the Sergeant Major of the Army at Grafenwoehr and Vilseck, 2007; the 17th
# Fires Brigade's staff exercise at Joint Base Lewis-McChord; the NETCOM NCO and Soldier of the Year, 2009), an NCO
# Journal story (ncojournal.dodlive.mil, June 2016) on the Battle Staff NCO Course's video teletraining, a DVIDS story of
# the 1st Cavalry Division Sustainment Brigade's Soldier and NCO of the Year competition (2018), an American Forces Press
# Service story on Guardsmen after Hurricane Floyd (1999, defenselink.mil in the UNT web archive) and a DoD News story by
# the Texas National Guard on the May 2015 floods (verbatim repost on the military-online blog). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, byline and date lines, photo captions and
# 'Show Caption' lines, DVIDS header lines and the empty lines between paragraphs are dropped; a headline is kept once as
# the first line where the stored copy has one (none is added where it has none); wording and quotation marks (straight
# or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1805-H1808 in
# ANNOTATION.md on top of H1-H1804).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout327-en.jsonl

Built by `build.py` from `heldout327_pages.py`. Like heldout50-en, heldout296-en, heldout302-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time Army, Army National Guard and Department of Defense
stories: three army.mil stories (article 5841, the Sergeant Major of the Army Kenneth O. Preston at Grafenwoehr and
Vilseck, Oct. 2007; article 105726, the 17th Fires Brigade's staff exercise at Joint Base Lewis-McChord, June 2013;
article 23306, the NETCOM/9th Signal Command NCO and Soldier of the Year, June 2009), an NCO Journal story on the monthly
archive page ncojournal.dodlive.mil/2016/06 (the Battle Staff NCO Course's video teletraining, as heldout29-en used NCO
Journal pages), a DVIDS story of the 1st Cavalry Division Sustainment Brigade (story 271924, April 2018), an American
Forces Press Service story of Oct. 5, 1999 on Guardsmen after Hurricane Floyd (defenselink.mil news item
n10051999_9910051 in the UNT end-of-term web archive, as heldout50-en used) and a DoD News story by the Texas National
Guard of May 28, 2015 on flood rescues at Granbury, Texas, in the verbatim repost of the military-online.blogspot.com
blog (as heldout50-en used verbatim reposts of DoD stories on that blog). None is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the
cut paragraph is dropped, also where it holds a quotation (what was dropped is noted per page). The site and navigation
lines, byline and date lines, photo captions with their 'Show Caption' lines, the DVIDS header lines and the empty lines
between paragraphs were dropped; wording (typos included) and quotation marks (straight and curly) are as stored. Pages
read but left out: shaw.af.mil 214062 (already in heldout68-en), nationalguard.mil 611419 (already in heldout33-en),
DVIDS 88744 and army.mil 24524 and the Fort Stewart 'Dogface Soldiers' story (already in heldout25-en), shaw.af.mil
213822 and fairchild.af.mil 239757 (their stored copies keep only one complete quotation), a navy.mil-derived DVIDS story
on petty officers (one quotation, of an unnamed voice) and newspaper or agency-credited copies of Guard flood stories.
None of the pages used is in any set above (checked by URL and article or story number (5841, 105726, 23306, 271924,
n10051999_9910051, ncojournal.dodlive.mil/2016/06), by title and by the names of their speakers and phrases, such as
Iuniasolua, cream of society, Costantini, staffex, Brian Hong, Deanna Cubert, Mounlasy, Andrea Thomas, Jazmine Smith,
Middlebrook, Max Perez, Kennington and Martha Nigrelle, with grep over tests/data of the main tree and of every other
helper's worktree: no hit). The annotation (rules H1805–H1808 in `ANNOTATION.md` on top of H1–H1804) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="armymil-5841-sma-preston-visits-grafenwoehr-vilseck",
    source="http://www.army.mil/article/5841/Sergeant_Major_of_the_Army_Visits_Soldiers__Views_Training_During_Day_in_Grafenwoehr__Vilseck/",
    license=PD, retrieved=PAGES + " (army.mil story of a visit on Oct. 28 (2007, article number of late 2007); the photo caption line 'Sgt. Maj. of the Army Kenneth O. Preston (right) talks with Soldiers on a range ...' under the headline and the empty lines between paragraphs dropped (H1807); headline kept once; the paragraph 'The concept of the modular redesign began in January of 2004, the sergeant major said. At ', cut in the stored copy, dropped; 'Preston tour the ranges' and 'we want and MP company' as stored)",
    text='''Sergeant Major of the Army Visits Soldiers, Views Training During Day in Grafenwoehr, Vilseck
HEIDELBERG, Germany -- Sgt. Maj. of the Army Kenneth O. Preston observed training and talked with troops about the ever-changing face of today's force during a visit to the Joint Multinational Training Command here Oct. 28.
U.S. Army Europe Command Sgt. Maj. Iuniasolua T. Savusa and V Corps Command Sgt. Maj. Ralph Beam joined Preston for the visit.
Preston began his day here talking with Warrior Leader Course students at the 7th Army NCO Academy. In his remarks he praised the Soldiers for choosing the Army as a career, and challenged them to talk about their jobs and share their experiences with their families and friends back home.
"I urge you to tell the Soldier's story," he said. "Let them know what it is you do."
"Don't let anybody tell you are anything less than the cream of society," Preston said. "You should be proud to talk about what you, as a Soldier, do every day."
Following his discussion with the students, Preston tour the ranges here and had an opportunity to observe members of 1st Armored Division's 1st Battalion, 6th Infantry taking part in a Mission Readiness Exercise.
Following the range visit, it was on to Vilseck, where Preston addressed members of the 2nd Stryker Cavalry Regiment's rear detachment. Preston spoke about how the Army is striving to be more modular in design.
"What this means is, we want and MP company in Heidelberg, Germany to look just like an MP Company from the reserves based out of Baltimore, and that company should look just like a unit from the Kentucky National Guard," he said.
"Like units -- whether it be reserve, active, or National Guard -- we want them all to be the same."''',
    quotes=[
        Q('"I urge you', 'Soldier\'s story,"', "Kenneth O. Preston"),
        Q('"Let them know', 'it is you do."', "Kenneth O. Preston"),
        Q('"Don\'t let anybody', 'cream of society,"', "Kenneth O. Preston"),
        Q('"You should be proud', 'do every day."', "Kenneth O. Preston"),
        Q('"What this means is', 'Kentucky National Guard,"', "Kenneth O. Preston"),
        Q('"Like units', 'to be the same."', "Kenneth O. Preston"),
    ],
    aliases={"Kenneth O. Preston": ["Kenneth O. Preston", "Preston", "Sgt. Maj. of the Army Kenneth O. Preston"]},
),
dict(
    id="armymil-105726-thunderbolt-soldiers-solve-puzzle",
    source="https://www.army.mil/article/105726/Thunderbolt_soldiers_solve_puzzle___/",
    license=PD, retrieved=PAGES + " (army.mil story of the 17th Fires Brigade, staff exercise June 4-5 (2013, before Ulchi Freedom Guardian; article number of mid-2013); the stored copy has no headline and opens with the dateline paragraph, no title added (H1807); the empty lines between paragraphs dropped; the paragraph '\"There\\'s a lot of im', cut in the stored copy, dropped; the single marks around the example order as stored (H1805))",
    text='''JOINT BASE LEWIS-MCCHORD, Wash. - In an unpolished, stripped-down room, U.S. Army soldiers are trying to put together a puzzle.
They already know what the finished picture is supposed to look like - a tenacious and resourceful staff of soldiers, in charge of running a field artillery headquarters. They need to figure out how the pieces, in this case - the soldiers themselves, connect; which is a demanding venture.
In preparation for their participation in the annual training exercise, Ulchi Freedom Guardian, soldiers with Headquarters and Headquarters Battery, 17th Fires Brigade, conducted a staff exercise, or staffex, at the Mission Command Training Complex, June 4 through 5, to refine how they fit into the big picture of UFG operations.
"What the staffex does, first of all it gets us focused on UFG, it takes us away from the day to day stuff and puts us here so that we're focused," said Capt. Christopher R. Smith, a Green Bay, Wisc., native, and brigade fire support coordinator with HHB, 17th Fires Bde.
During the staffex, the staff as a whole becomes familiar with the terrain and other factors of the fictitious training scenario, then each section determines how those aspects are going to affect their operations, Smith said.
"You're refining the way you do things, so you're constantly improving yourself, you're improving your shop, you're improving the way the brigade functions as a whole," Smith explained.
While the brigade receives an order from a higher headquarters for I Corps training exercises, each staff section is responsible for turning their task into a detailed plan, which is where soldiers are really able to open up with critical thinking, said Sgt. 1st Class David K. Costantini, a brigade operations non-commissioned officer with HHB, 17th Fires Bde.
For example, a section might have a seemingly simple, one-sentence order from a higher-level, such as 'requisition movement of a battalion from one operating base to another.\'''',
    quotes=[
        Q('"What the staffex does', 'that we\'re focused,"', "Christopher R. Smith"),
        Q('"You\'re refining the way', 'as a whole,"', "Christopher R. Smith"),
        Q("'requisition movement", "to another.'", None),
    ],
    aliases={"Christopher R. Smith": ["Christopher R. Smith", "Smith", "Capt. Christopher R. Smith", "brigade fire support coordinator with HHB, 17th Fires Bde."]},
),
dict(
    id="ncojournal-2016-06-vtt-connects-battle-staff-nco-course",
    source="https://ncojournal.dodlive.mil/2016/06/",
    license=PD, retrieved=PAGES + " (NCO Journal monthly archive page for June 2016; only its first post, the NCO Journal story by Martha C. Koester, is taken; the byline lines 'By MARTHA C. KOESTER' and 'NCO Journal', the photo caption 'Sgt. 1st Class Khambao Mounlasy, a VTT instructor, says he values sharing his experience ... (Photo by Martha C. Koester / NCO Journal)', printed twice, and the empty lines between paragraphs dropped (H1807); headline kept once; the paragraph '“I love it; it’s back-to-back-to-back classes,” Thomas said. “It’s a phenomenal ', cut in the stored copy, dropped with Thomas's complete first sentence; 'Its savings benefits' as stored)",
    text='''VTT connects in new way with Battle Staff NCO Course students
The U.S. Army Video Teletraining Program for the Battle Staff Noncommissioned Officer Course at the U.S. Army Sergeants Major Academy at Fort Bliss, Texas, has long since established its reputation as a cost-effective program.
VTT eliminates the need for students’ temporary duty assignments and allows one instructor to teach many Soldiers at remote locations. Its savings benefits just grew as the nonresident training program recently eliminated a third-party contracting agency, which connected all sites, in favor of a more direct connection that the Battle Staff Noncommissioned Officer Course can control.
The result is a new clarity in photo transmission for students, as well as a staff of instructors excited to deliver the next generation of VTT with enhanced equipment, said Master Sgt. Andrea Thomas, Video Teleconference manager and senior instructor, BSNCOC.
“We are the controlling tower, if you will,” Thomas said. “It will be easier, and it saves the Army money. This equipment is phenomenal. Our old equipment, you kind of had to patch it up and keep it going. We were well overdue.”
The new equipment will ease operations and help get instructors back to the fast-paced business of training the future leaders of the Army.''',
    quotes=[
        Q('“We are the controlling tower', 'if you will,”', "Andrea Thomas"),
        Q('“It will be easier', 'well overdue.”', "Andrea Thomas"),
    ],
    aliases={"Andrea Thomas": ["Andrea Thomas", "Thomas", "Master Sgt. Andrea Thomas", "Video Teleconference manager and senior instructor, BSNCOC"]},
),
dict(
    id="dvids-271924-1cdsb-soldier-and-nco-of-the-year-competition",
    source="https://www.dvidshub.net/news/271924/soldiers-compete-1cdsb-soldier-and-nco-year-competition",
    license=PD, retrieved=PAGES + " (DVIDS story 271924 of April 5, 2018, 1st Cavalry Division Sustainment Brigade; the maintenance notice, the login lines ('(e.g. yourname@email.com)', 'Forgot Password?'), 'Defense Visual Information Distribution Service Logo', the headline's second copy, the photo line 'Photo By Sgt. 1st Class Lasonya Morales | A soldier from ... read more read more', the place line 'FORT HOOD, TX, UNITED STATES', the date line '04.05.2018', 'Story by Sgt. 1st Class Lasonya Morales', the unit line and the empty lines between paragraphs dropped (H1807); headline kept once; the paragraph '“I thought it would be fun to d', cut in the stored copy, dropped)",
    text='''Soldiers compete in 1CDSB Soldier and NCO of the Year competition
The brigade competition tested the mental and physical endurance of five soldiers from 1CDSB over a three-day period that began March 30 at Fort Hood, Texas.
The Soldier and NCO of the Year Competition is the culminating test for NCOs and Soldiers who demonstrate commitment to the Army values, embody the Warrior Ethos and represent the Army’s future force.
Each soldier was tested mentally and physically during the competition, which included an Army Physical Fitness Test, weapons qualifications, warrior task and battle drills, day and night land navigation course, a written exam, and a 12-mile ruck march that pushed them to their limit, and finally they each had to appear before a board.
“This competition has multiple layers to it. It’s about having a physical and mental balance. You have to keep pushing beyond what’s comfortable and drive on,” said Staff Sgt. Deanna Cubert, current operations NCOIC. “That is why these soldiers were selected, because their leaders knew they have what it takes to compete in such a rigorous competition.”
The competition benefits mission readiness, and is designed to provide the most realistic training to exhibit the core skills the Army deems critical to succeed on the battlefield, as well as the attributes that often accompany them.''',
    quotes=[
        Q('“This competition has', 'and drive on,”', "Deanna Cubert"),
        Q('“That is why these soldiers', 'rigorous competition.”', "Deanna Cubert"),
    ],
    aliases={"Deanna Cubert": ["Deanna Cubert", "Staff Sgt. Deanna Cubert", "current operations NCOIC"]},
),
dict(
    id="armymil-23306-soldiers-push-to-win-nco-soldier-of-the-year-titles",
    source="http://www.army.mil/article/23306/Soldiers_push_to_win_NCO__Soldier_of_the_Year_titles/",
    license=PD, retrieved=PAGES + " (army.mil story of June 23, 2009 (NETCOM); the byline-and-date line 'By Mr. Eric Hortin (NETCOM)June 23, 2009', the five photo blocks ('Soldiers push to win NCO, Soldier of the Year titles' / '1 / 5 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL' ...) and the empty lines between paragraphs dropped (H1807); headline kept once; the paragraph '\"I\\'m honore', cut in the stored copy, dropped; 'Spec. Daniel Justice' as stored)",
    text='''Soldiers push to win NCO, Soldier of the Year titles
FORT HUACHUCA, Ariz. - After long, grueling days of hot sun, yelling and pushing themselves to the point of exhaustion, two Soldiers stood tall in front of a capacity crowd June 19, in the Greely Hall Auditorium. Staff Sgt. Brian Hong and Spec. Daniel Justice, both representing the 5th Signal Command (Theater), were announced as the Network Enterprise Technology Command/9th Signal Command (Army) 2009 Noncommissioned Officer and Soldier of the Year, respectively.
The command held their annual competition June 15-18, on the historic post, culminating with the awards ceremony. Sixteen Soldiers representing each of the commands and brigades from around the globe engaged in numerous events to decide who would take the title and move onto the next level of competition.
The ceremony honored all the competitors who took part in the competition. Maj. Gen. Susan Lawrence and Command Sgt. Maj. Donald Manley, NETCOM/9th SC (A) commanding general and command sergeant major, along with retired Sgt. Maj. of the Army Jack Tilley, presented Hong and Justice several gifts from the command and commercial sponsors.
"I feel really good," Hong said after the announcement of his win. "I am also very proud of all the other competitors."''',
    quotes=[
        Q('"I feel really good,"', None, "Brian Hong"),
        Q('"I am also very proud', 'other competitors."', "Brian Hong"),
    ],
    aliases={"Brian Hong": ["Brian Hong", "Hong", "Staff Sgt. Brian Hong"]},
),
dict(
    id="afps-1999-10-05-guardsmen-rally-to-aid-floyd-flood-victims",
    source="https://webarchive.library.unt.edu/eot2008/20090114233409/http://www.defenselink.mil/news/Oct1999/n10051999_9910051.html",
    license=PD, retrieved=PAGES + " (American Forces Press Service story of Oct. 5, 1999 on defenselink.mil, in the UNT end-of-term web archive; the lines 'Skip navigation links', 'US Department of Defense', 'American Forces Press Service', the byline 'By Sgt. 1st Class Eric Wedeking' and 'Special to American Forces Press Service' and the empty lines between paragraphs dropped (H1807); headline kept once; the paragraph '\"Five logistical staging areas, 11 c', cut in the stored copy, dropped; the dateline stays inside the first paragraph as stored)",
    text='''Thousands of Guardsmen Rally to Aid Floyd's Flood Victims
TRENTON, N.C., Oct. 5, 1999 – "I'm scared," said Jazmine Smith, as soldiers hoisted her aboard the North Carolina Army National Guard 2½-ton truck.
It's going to be a long time before the 8-year-old Trenton girl and thousands of her neighbors forget Hurricane Floyd. She and her family were among those the Guard rescued from their flooded homes along the nearby Trent River. The Smith family joined others in the safety of a homeless shelter at the Jones County Civic Center.
In the aftermath of what experts are calling the "flood of the century," National Guard troops deployed from their homes throughout the state and region to help the thousands of storm victims along the East Coast.
While three Trenton boys, Denzel Brinkley, 9, Donjae Davis, 10, and Jerome Dove, 11, clambered around in his military truck, Spc. Fred Middlebrook said keeping children and their families safe from natural disasters is one of the primary reasons he stays in the Guard. Even though, he added, in this case duty means separation from his family and friends in flooded Greensboro, N.C.
"It's about people and that's what the Guard is all about," said Middlebrook, a reconnaissance sergeant in the North Carolina Army National Guard's Battery A, 5th Battalion, 113th Field Artillery, based in High Point, N.C., and civilian truck driver for a grocery chain in Greensboro. "I enjoy it, actually. It's our job."
Because the unexpected flooding in North Carolina was so severe, Gov. James B. Hunt Jr. "declared war" on the disaster created by the hurricane. State officials confirmed their commander in chief's declarations, saying the Guard had mounted a massive logistical effort to get basic items like food, water and clothing to the people in most need.''',
    quotes=[
        Q('"I\'m scared,"', None, "Jazmine Smith"),
        Q('"flood of the century,"', None, None),
        Q('"It\'s about people', 'all about,"', "Fred Middlebrook"),
        Q('"I enjoy it', 'our job."', "Fred Middlebrook"),
        Q('"declared war"', None, "James B. Hunt Jr."),
    ],
    aliases={"Jazmine Smith": ["Jazmine Smith", "the 8-year-old Trenton girl"],
             "Fred Middlebrook": ["Fred Middlebrook", "Middlebrook", "Spc. Fred Middlebrook"],
             "James B. Hunt Jr.": ["James B. Hunt Jr.", "Gov. James B. Hunt Jr.", "commander in chief"]},
),
dict(
    id="afps-2015-05-28-national-guard-responds-to-floods-in-texas-oklahoma",
    source="http://military-online.blogspot.com/2015/05/national-guard-responds-to-floods-in.html",
    license=PD, retrieved=PAGES + " (DoD News story by Army Capt. Martha Nigrelle, Texas National Guard, of May 28, 2015, in a verbatim repost on a military news blog (as heldout50-en); the blog's date line 'Thursday, May 28, 2015', the byline lines 'By Army Capt. Martha Nigrelle' and 'Texas National Guard' and the empty lines between paragraphs dropped (H1807); headline kept once; the subheading 'Stranded Car' kept as a line; the paragraph '“This is the first', cut in the stored copy, dropped; the dashes '–-' and '--' as stored)",
    text='''National Guard Responds to Floods in Texas, Oklahoma
GRANBURY, Texas, May 28, 2015 – Texas National Guard engineers rescued three people here May 26, and searchers continue hunting for survivors and victims of raging flood waters.
Working with local and state first responders, Texas Guard members spent the Memorial Day weekend responding to calls for help all over Texas as heavy rain pounded the region.
“We got a call around midnight from the local sheriff’s department,” said 1st Lt. Max Perez of the Texas Army National Guard’s 236th Engineer Company, 111th Engineer Battalion. “They asked us to check a neighborhood near the Brazos River for flooded homes and anyone in need.”
Perez took his team of engineers and split into two groups to better search the neighborhood for citizens in need.
“The soldiers responded very quickly. They only took 10 or 15 minutes to get ready to go,” Perez said. “They were pretty motivated about the mission –- eager to save lives.”
With the help of a police officer and a firefighter, the engineers combed through the neighborhood, checking on residents.
Stranded Car
“We found a stranded car that couldn’t move,” Perez said. “There was water up to the window of the car.”
The engineers immediately stopped and got out to help, being sure to first secure themselves to a safety line attached to their military vehicle or another stationary object, Perez said. “We saw a family –- a woman, her daughter, about 3 or 4, and a man -- stuck in the car,” he added.
Army Staff Sgt. Thomas Kennington, 111th Forward Support Company, 111th Engineer Battalion, along with several other soldiers, pulled the girl and her mother from the car and brought them to safety, then returned for the man. Once all three people were safe, the team pulled the vehicle to dry land to ensure that it wouldn’t wash away, Perez said.''',
    quotes=[
        Q('“We got a call', 'sheriff’s department,”', "Max Perez"),
        Q('“They asked us', 'anyone in need.”', "Max Perez"),
        Q('“The soldiers responded', 'ready to go,”', "Max Perez"),
        Q('“They were pretty motivated', 'save lives.”', "Max Perez"),
        Q('“We found a stranded car', 'couldn’t move,”', "Max Perez"),
        Q('“There was water', 'of the car.”', "Max Perez"),
        Q('“We saw a family', 'in the car,”', "Max Perez"),
    ],
    aliases={"Max Perez": ["Max Perez", "Perez", "1st Lt. Max Perez"]},
),
]
