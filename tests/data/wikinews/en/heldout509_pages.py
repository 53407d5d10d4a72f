# Held-out English news texts (tests/data/heldout509-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Air Force Reserve, the Army, the Navy and NASA: an Air Combat Command story on a Read to Kids day at the Langley
# Air Force Base child development center (acc.af.mil 199964); a 349th Air Mobility Wing story on Travis airmen reading
# to a Fairfield elementary school (349amw.afrc.af.mil 4150397); two Army News Service stories on army.mil (Sergeant
# Major of the Army Kenneth O. Preston before a House committee on volunteerism, February 2009, 17474; Fort Wainwright
# soldiers of C/2-8th Field Artillery volunteering at home, 39495); three Navy NewsStand stories (USS Fort McHenry's
# port visit to Key West, NNS120501-18, 2012, and USS Bulkeley's port visits to Naples and Souda Bay, NNS080328-01,
# 2008, both as copies on globalsecurity.org; USS Abraham Lincoln sailors with Habitat for Humanity near Seattle,
# NNS090313-16, 2009, on navy.mil); a Navy News Service story on USS Constitution sailors at a Habitat for Humanity
# build during New Orleans Navy Week (2011), reposted on military-online.blogspot.com; and a NASA Ames Research Center
# story on its 2012 family day, reposted on the blog talk-technology.blogspot.com. None is credited to AP, Reuters, AFP
# or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the
# cut paragraph is dropped, also where it holds a complete quotation before the cut (noted in `retrieved`). Site and
# blog lines, blog date lines, '• Published' / '• By ...' lines, bylines, Navy NewsStand story number and release date
# lines, image titles and captions and the empty lines between paragraphs are dropped; a headline is kept once as the
# first line where the stored copy has one (none is added where it has none); datelines at the start of a paragraph are
# kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H2225-H2232 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout509-en.jsonl

Built by `build.py` from `heldout509_pages.py`. Like heldout487-en, heldout475-en, heldout467-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): an Air Combat Command story of the
633rd Air Base Wing on a Read to Kids day at the Langley Air Force Base child development center ('JBLE hosts Read to
Kids day', acc.af.mil 199964, by Senior Airman Jarad A. Denton, on July 17 with no year in the stored copy); a 349th Air
Mobility Wing (Air Force Reserve) story on Travis airmen reading to Fairview Elementary School in Fairfield, California
(349amw.afrc.af.mil 4150397, slug 'team-travis-volunteers-read-to-local-elementary-schoolers', no headline, date or
writer in the stored copy); two Army News Service stories on army.mil, 17474 ('Sergeant Major of the Army speaks to
Congress on volunteerism', by Lance D. Davis, February 26, 2009) and 39495 (slug
'Soldiers_applying_humanitarian_assistance_learned_overseas_at_home', Fort Wainwright soldiers of Charlie Battery, 2nd
Battalion, 8th Field Artillery Regiment, no headline, date or writer in the stored copy); three Navy NewsStand stories,
'USS Fort McHenry Departs NAS Key West' (NNS120501-18, May 1, 2012, by Ensign Laura Price, USS Fort McHenry Public
Affairs) and 'Bulkeley Visits Naples, Italy and Souda Bay, Crete During Deployment' (NNS080328-01, March 28, 2008, by
Mass Communication Specialist 3rd Class David Wyscaver, Nassau Expeditionary Strike Group Public Affairs), both as copies
on globalsecurity.org, and 'Habitat For Humanity, Abe Help Seattle-area Locals' (NNS090313-16, March 13, 2009, by Mass
Communication Specialist 3rd Class Kirk T. Putnam, USS Abraham Lincoln Public Affairs, navy.mil story 43439); a Navy News
Service story on USS Constitution sailors at a Habitat for Humanity build during New Orleans Navy Week ('Constitution
Sailors Lend a Hand to Habitat for Humanity in New Orleans', May 2011, by Seaman Shannon Heavin, USS Constitution Public
Affairs) reposted verbatim on the blog military-online.blogspot.com; and a NASA Ames Research Center story on the
center's 2012 'Bring Your Family to Work Day' ('NASA’s Family Welcomes Its Extended Families') reposted on the blog
talk-technology.blogspot.com ('Science and Technology News', June 27, 2012). Reuse terms relied on: US government works
are not subject to copyright in the US (17 U.S.C. § 105); the .mil pages are the services' own stories; the
globalsecurity.org and blog copies reproduce Navy News Service stories credited to Navy public affairs writers and are
marked as copies on a non-government site (as the globalsecurity.org and military-online.blogspot.com copies of
heldout487-en and heldout89-en); the NASA blog repost is marked the same way (as the NASA blog reposts of earlier sets).
Licence caveats: the stored copies of the 349th Air Mobility Wing story and of army.mil 39495 name no writer, so the
writer's status is taken from the service publishing them as its own stories; the NASA Ames story's stored copy carries
no NASA credit or byline, and is taken as the center's own story from its wording (the center `recently hosted` an
event for the families of those `who will work here this summer`, `what happens here in our workplace`) and its
subject; the stories quote private people (a Habitat for Humanity site supervisor, a school principal) and, in one
case, a former president's inaugural words recited by the Sergeant Major of the Army, inside the public-domain stories.
None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation before the
cut (what was dropped is noted per page). The Air Force '• Published' / '• By ...' / unit lines, the army.mil byline and
date line and its image titles and captions ('SMA speaks volunteerism on Capitol Hill', '1 / 2 Show Caption + Hide
Caption – ...', 'Packing boxes', 'From left to right, Sgt. Jerry Poellnitz, ...'), the globalsecurity.org banner and
site lines ('UNITED24 - Make a charitable donation in support of Ukraine!', 'Military', 'Navy News Service', 'Navy
NewsStand'), the Navy story number, release date and byline lines, navy.mil's tool line ('A  A  A   Email this story to a
friend   Print this story'), the blogs' title and date lines ('Science and Technology News', 'Wednesday, June 27, 2012',
'Sunday, May 15, 2011') and bylines, and the empty lines between paragraphs were dropped; headlines are kept once as the
first line where the stored copy has one (the 349th Air Mobility Wing story and army.mil 39495 have none and get none,
H1818); datelines at the start of a paragraph are kept as stored ('USS BULKLEY, At Sea (NNS) -- ', misspelt as stored);
wording, typos ('one 21 Navy Weeks', 'Hemmingway House', '1st Class(SCW)') and quotation marks (straight or curly as
stored) are as stored. The NASA Ames page is stored twice under one address, once with hard line breaks inside the
paragraphs and once in paragraphs; the paragraph copy (with the blog's headline line) is used, and it is cut inside
`“Very good,” sai`, so the text ends on the paragraph before. Pages read but left out: the Truman chiefs' work aboard
USS Wisconsin (navy.mil 73395, heldout29-en), the Norfolk galley chiefs (heldout355-en), the Forest Service chiefs'
statements (heldout31-en and others), the JSC Roundup stories (heldout431-en), the Fort Rucker NCO Academy story
(heldout38-en), the US Army Central volunteer ceremony (heldout127-en), the DVIDS Talon troops story (114626, only one
complete quotation before the cut), the Fort Eustis 'F Troop' story (29091), the Fort Jackson volunteer reception
(78702, a list of nominations), the McChord 'buddy readers' story (stored as one run of text cut inside a sentence), the
Beale, Offutt, Davis-Monthan (hard-wrapped, with a caption inside a paragraph), Edwards and Joint Base San Antonio
reading stories, the Navy stories on USS New Orleans in Pearl City, USS Forrest Sherman at Fleet Week Port Everglades,
Des Moines and Little Rock Habitat for Humanity builds (left for other sets), a navaltoday.com repost and pages of
newspapers, TV stations and blogs found by the same searches. None of the pages used is in any set above or in another
helper's worktree (checked by URL and page id (199964, 4150397, 17474, 39495, 43439, NNS120501, NNS080328), by title and
slug and by the names of their speakers and phrases, such as JBLE hosts Read to Kids, Jacquelyne Millender, Sarah
Shoemaker, Antoinette Hyman, Rafael Hernandez, Igbineweka, Candace Wills, Fairview Elementary, renewing America, Ask not
what your country, Lance D. Davis, Justino Lopez, Nichlous Horn, Yukon Quest, Joshua Powers, Jared Moore, Conch Fritters,
Laura Price, Lex Walker, Megan Boyd, Argonaut, David Wyscaver, Mike Taggart, Casey Rountree, Kirk T. Putnam, Stephen
Shirley, Chrishinda Dobbs, Vic Guillory, Shannon Heavin, Carolina Blake, Cara Dodge and Bring Your Family to Work Day,
with grep over tests/data of the main tree and of every other helper's worktree (heldout495-508): no hit). The
annotation (rules H2225–H2232 in `ANNOTATION.md` on top of H1–H2200) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="acc-199964-jble-read-to-kids-day",
    source="https://www.acc.af.mil/News/Article-Display/Article/199964/jble-hosts-read-to-kids-day",
    license=PD, retrieved=PAGES + " (Air Combat Command story by Senior Airman Jarad A. Denton, 633rd Air Base Wing Public Affairs, on a Read to Kids day at the Langley Air Force Base child development center, July 17 (no year in the stored copy); the lines '• Published', '• By Senior Airman Jarad A. Denton' and '• 633rd Air Base Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '\"The rea', cut in the stored copy, dropped, so Antoinette Hyman, named only in reported speech before it, is no speaker; the book's lines recited by the airman and shouted by the children are null (H2227); straight marks as stored)",
    text='''JBLE hosts Read to Kids day
With a wave of her finger, Staff Sgt. Jacquelyne Millender looked out over a group of children, July 17, at the Langley Air Force Base, Va. Child Development Center and spoke.
"Mama called the doctor and the doctor said," she recited as her finger rhythmically moved to the words.
Suddenly, the children mimicked her gesture and shouted at the top of their lungs.
"No more monkeys jumping on the bed!"
As she continued reading, Millender, who normally works as a mental health technician with the 633rd Medical Operations Squadron, was able to see the reactions from the children she was reading to during the Read to Kids day event, sponsored by the Langley Family Advocacy Office.
"I love kids," Millender said. "They share so much with you when you read to them."
Millender was joined by three other Airmen, who all took time away from their workday to come to the CDC and read stories to children, ages 3 to 5.
"I think they entertain me as much as I entertain them," said Senior Airman Sarah Shoemaker, 633rd MDOS mental health technician. "I remember when I was a kid I loved having books read to me. This is my chance to give back."
Shoemaker said the facial reactions and emotions expressed by the children are the most rewarding part of volunteering to read. This marks the second time Family Advocacy has arranged for Airmen to come read to the children, as well as the second time Shoemaker has devoted her time to the cause. She said both times have shown her how amazing children can be.
"One kid was actually appalled when we got to the end of the story and the mother started jumping on the bed," Shoemaker said, smiling. "They were actually disappointed with her."
According to Antoinette Hyman, CDC supervisory child development technician, children will hear a story read to them, remember it and begin to understand it in their own way.''',
    quotes=[
        Q('"Mama called the doctor', 'the doctor said,"', None),
        Q('"No more monkeys jumping on the bed!"', None, None),
        Q('"I love kids,"', None, "Jacquelyne Millender"),
        Q('"They share so much', 'read to them."', "Jacquelyne Millender"),
        Q('"I think they entertain me', 'entertain them,"', "Sarah Shoemaker"),
        Q('"I remember when I was a kid', 'to give back."', "Sarah Shoemaker"),
        Q('"One kid was actually appalled', 'jumping on the bed,"', "Sarah Shoemaker"),
        Q('"They were actually disappointed with her."', None, "Sarah Shoemaker"),
    ],
    aliases={"Jacquelyne Millender": ["Jacquelyne Millender", "Staff Sgt. Jacquelyne Millender", "Millender"],
             "Sarah Shoemaker": ["Sarah Shoemaker", "Senior Airman Sarah Shoemaker", "633rd MDOS mental health technician", "Shoemaker"]},
),
dict(
    id="afrc-349amw-4150397-travis-read-across-america",
    source="https://www.349amw.afrc.af.mil/News/Article-Display/Article/4150397/team-travis-volunteers-read-to-local-elementary-schoolers",
    license=PD, retrieved=PAGES + " (349th Air Mobility Wing (Air Force Reserve) story on airmen of the 349th and 60th Air Mobility wings reading to the pupils of Fairview Elementary School in Fairfield, California, during Read Across America (no date and no writer in the stored copy); the stored copy opens with the dateline paragraph and has no headline line (slug 'team-travis-volunteers-read-to-local-elementary-schoolers'), so none is added (H1818); the dateline 'TRAVIS AIR FORCE BASE, Calif. -- ' kept as stored; the last paragraph, 'Sponsored by the National Education Association, Read Across Amer', cut in the stored copy, dropped; the opening 'he said' before the speaker is named and the missing comma before the closer in 'among the children” said' (H2226); curly marks and apostrophes as stored)",
    text='''TRAVIS AIR FORCE BASE, Calif. -- Recently airmen from the 349th and 60th Air Mobility wings participated in the Read Across America event at Fairview Elementary School in Fairfield, California, with 19 Total Force volunteers reading to 595 students across 25 classrooms. The volunteers collectively spent 750 minutes reading to children in Transitional Kindergarten through Fifth grade.
“When we get opportunities to volunteer with local schools, it is important we take advantage of these not only to showcase our partnership but to engage with the youth that one day might join our force,” he said. “Events like Read Across America allow us to develop stronger connections with our community partners and boost a love for learning among the children” said Master Sgt. Rafael Hernandez, 349th AMW First Sergeant.
Hernandez coordinated the volunteers as a liaison between the base and the school. The opportunity was open to both active and reserve units on base.
Tech. Sgt. Alexandra Isoken Igbineweka, of the 349th Force Support Squadron, described the experience as fulfilling and insightful.
“Reading to the 2nd-grade class was an absolute pleasure,” she said. “Their enthusiasm and curiosity made the session truly enjoyable. As a parent and a volunteer, I appreciate the principal’s thoughtful approach in having me read to the class, giving me an opportunity to engage with the teacher my child will have next year.”
Principal Candace Wills expressed appreciation for the volunteers’ impact.
“Our students were captivated by your storytelling and energized by your passion. This experience has undoubtedly left a lasting impression and helped to nurture the joy of reading among our students,” she said.
The event underscored the valuable role of community partnerships in enriching local education while providing an opportunity for Air Force personnel to give back and connect with future generations.''',
    quotes=[
        Q('“When we get opportunities', 'join our force,”', "Rafael Hernandez"),
        Q('“Events like Read Across America', 'among the children”', "Rafael Hernandez"),
        Q('“Reading to the 2nd-grade class', 'absolute pleasure,”', "Alexandra Isoken Igbineweka"),
        Q('“Their enthusiasm and curiosity', 'next year.”', "Alexandra Isoken Igbineweka"),
        Q('“Our students were captivated', 'among our students,”', "Candace Wills"),
    ],
    aliases={"Rafael Hernandez": ["Rafael Hernandez", "Master Sgt. Rafael Hernandez", "349th AMW First Sergeant", "Hernandez"],
             "Alexandra Isoken Igbineweka": ["Alexandra Isoken Igbineweka", "Tech. Sgt. Alexandra Isoken Igbineweka"],
             "Candace Wills": ["Candace Wills", "Principal Candace Wills"]},
),
dict(
    id="army-17474-sma-preston-congress-volunteerism",
    source="https://www.army.mil/article/17474/Sergeant_Major_of_the_Army_speaks_to_Congress_on_volunteerism/",
    license=PD, retrieved=PAGES + " (Army News Service story by Lance D. Davis, February 26, 2009, on Sergeant Major of the Army Kenneth O. Preston's testimony before the House Committee on Education and Labor; the byline and date line 'By Lance D. DavisFebruary 26, 2009' and the image titles and captions ('SMA speaks volunteerism on Capitol Hill', '1 / 2 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL', 'Usher testifies to Congress', '2 / 2 Show Caption + Hide Caption – Usher Raymond IV, ...') dropped, so Usher Raymond IV, named only in a caption, is not in the text; headline kept as the first line; the dateline 'WASHINGTON (Army News Service, Feb. 26, 2009) - ' kept as stored; the last paragraph, '\"Thro', cut in the stored copy, dropped; the hearing's theme in marks and the inaugural words of President Kennedy recited by Preston (H2225); straight marks as stored)",
    text='''Sergeant Major of the Army speaks to Congress on volunteerism
WASHINGTON (Army News Service, Feb. 26, 2009) - Sgt. Maj. of the Army Kenneth O. Preston spoke about the impact of volunteerism and national service Wednesday on Capitol Hill to the U.S. House of Representatives Committee on Education and Labor.
This was the first full committee education hearing in the 111th Congress with a theme of examining the importance of "renewing America through national service and volunteerism."
"Ask not what your country can do for you; ask what you can do for your country," Preston said to begin his congressional testimony, quoting the late 35th U.S. President John F. Kennedy. "It is our responsibility as Americans to volunteer our time and effort to make the nation and local communities better places to live and thrive."
Preston made it known that the Army has consisted of volunteers for years. "This past July we celebrated the 35th anniversary of our all-volunteer force," he said. "In 2008, we recruited approximately 170,000 young men and women across all three components of the Active, Guard and Reserve."
According to Preston, the Army has seen the most successful retention period in history just in the first three months of fiscal year 2009. He also added accomplishments like these are not only attributed to young men and women who volunteer to serve, but also to the hard work of recruiters, Army leaders, support of Congress and the support from the nation.''',
    quotes=[
        Q('"renewing America', 'volunteerism."', None),
        Q('"Ask not what your country', 'for your country,"', "John F. Kennedy"),
        Q('"It is our responsibility', 'live and thrive."', "Kenneth O. Preston"),
        Q('"This past July', 'all-volunteer force,"', "Kenneth O. Preston"),
        Q('"In 2008, we recruited', 'Guard and Reserve."', "Kenneth O. Preston"),
    ],
    aliases={"John F. Kennedy": ["John F. Kennedy", "the late 35th U.S. President John F. Kennedy"],
             "Kenneth O. Preston": ["Kenneth O. Preston", "Sgt. Maj. of the Army Kenneth O. Preston", "Preston"]},
),
dict(
    id="army-39495-fort-wainwright-soldiers-volunteer-at-home",
    source="http://www.army.mil/article/39495/Soldiers_applying_humanitarian_assistance_learned_overseas_at_home/",
    license=PD, retrieved=PAGES + " (army.mil story on volunteer work of the soldiers of Charlie Battery, 2nd Battalion, 8th Field Artillery Regiment, 1st Stryker Brigade Combat Team, 25th Infantry Division at Fort Wainwright, Alaska, after their return from Iraq (no date and no writer in the stored copy); the image title 'Packing boxes' and its caption ('From left to right, Sgt. Jerry Poellnitz, Spc. Thomas Baumeister and Pfc. Adrian Herron, ...') dropped (H792); the stored copy has no headline line (slug 'Soldiers_applying_humanitarian_assistance_learned_overseas_at_home') and gets none (H1818); the dateline 'FORT WAINWRIGHT, Alaska -- ' kept as stored; the last paragraph, 'Spc. Stev', cut in the stored copy, dropped; the sentence split by 'Lopez said,' and the partial quote after 'because he wants to' with a trailing 'he said' (H2231); straight marks as stored)",
    text='''FORT WAINWRIGHT, Alaska -- Capt. Justino Lopez, commander of Charlie Battery, 2nd Battalion, 8th Field Artillery Regiment, 1st Stryker Brigade Combat Team, 25th Infantry Division is proud of his Soldiers.
"They were able to come out of Iraq," Lopez said, "then come back here and apply the humanitarian assistance they gave to Iraqis here at home; that's why I am proud of them."
Since returning in September, Soldiers of C/2-8th have volunteered to pack food for the Fairbanks Rescue Mission, organized an activity for the Boys and Girls Club, collected toys for Santa's Clearing House and volunteered with the Yukon Quest.
They also went to Lost Lake to help with Boy Scout cold-weather training, cleaned up between miles 355-356 on Richardson Highway, worked with school children and volunteered at an event honoring senior citizens.
The entire battalion participated in the toy drive, but the favorite among the Soldiers was the Yukon Quest. "The unique thing about the Yukon Quest is that it was specific to Alaska. That's not something you're going to find down south," Lopez said. "That was pretty neat, getting them to see and participate in something specific to this area."
"It seems like they're excited about all of them. They always come back with a story," Lopez said.
For Sgt. Nichlous Horn, volunteering is a family event. He and his wife Amber help out at the Family Resource Group fundraisers and he helps her with their daughter's Girl Scout troop and school activities.
Horn volunteers because he wants to "give back and help other people," he said. "I get a sense of pride."''',
    quotes=[
        Q('"They were able to come out of Iraq,"', None, "Justino Lopez"),
        Q('"then come back here', 'proud of them."', "Justino Lopez"),
        Q('"The unique thing', 'down south,"', "Justino Lopez"),
        Q('"That was pretty neat', 'to this area."', "Justino Lopez"),
        Q('"It seems like', 'with a story,"', "Justino Lopez"),
        Q('"give back and help other people,"', None, "Nichlous Horn"),
        Q('"I get a sense of pride."', None, "Nichlous Horn"),
    ],
    aliases={"Justino Lopez": ["Justino Lopez", "Capt. Justino Lopez", "Lopez"],
             "Nichlous Horn": ["Nichlous Horn", "Sgt. Nichlous Horn", "Horn"]},
),
dict(
    id="navy-nns120501-18-fort-mchenry-departs-key-west",
    source="https://www.globalsecurity.org/military/library/news/2012/05/mil-120501-nns02.htm",
    license=PDC, retrieved=PAGES + " (Navy News Service story NNS120501-18 by Ensign Laura Price, USS Fort McHenry Public Affairs, May 1, 2012, on the ship's four-day port visit to Key West, reproduced on globalsecurity.org; the lines 'UNITED24 - Make a charitable donation in support of Ukraine!', 'Military', 'Navy News Service', 'Story Number: NNS120501-18', '5/1/2012' and the byline dropped; headline kept as the first line; the dateline 'KEY WEST, Fla. (NNS) -- ' kept as stored; the last paragraph, 'While visiting Key West, Fort McHenry Sailors took the opportunity to give back to the commu', cut in the stored copy, dropped; the dish name and the mile marker in marks and the present-tense 'states Powers' (H2229); 'sight seers', 'Hemmingway House' and straight marks as stored)",
    text='''USS Fort McHenry Departs NAS Key West
KEY WEST, Fla. (NNS) -- The dock landing ship USS Fort McHenry (LSD 43) departed NAS Key West, Fla., April 18, following a scheduled four-day port visit.
After a lengthy yard period, Fort McHenry had a large turnover among the crew. For the majority of Sailors, the visit to Key West was their first port visit since joining the Navy.
"For my first liberty port, it was quite an experience," said Operations Specialist Seaman Joshua Powers. "Everyone treated us really well. It has gotten me really excited for future port calls."
With such a new crew, the visit gave the ship a chance to practice liberty policies that will be in play when the ship deploys later this summer. The simple practices of being accountable for fellow shipmates, abiding by curfew, and maintaining an accurate liberty log were all executed flawlessly, and gave the crew a chance to see how it will work when visiting overseas ports.
While visiting Key West, Sailors had the opportunity to immerse themselves in the local culture.
"The parasailing was spectacular," said Interior Communications 2nd Class Jared Moore. "You could literally see the entire island from up there."
Sailors were able to sample unique dishes including Key West's infamous "Conch Fritters," in local establishments surrounded by live music and entertainment.
For the sight seers on board, there were plenty of notable landmarks. Whether it was visiting the Hemmingway House, posing with mile marker "0", or seeking out the southernmost point in the continental United States, there was something for everyone.
"My favorite area was Duval Street," states Powers. "There were a ton of activities, stores, and places to eat."''',
    quotes=[
        Q('"For my first liberty port', 'quite an experience,"', "Joshua Powers"),
        Q('"Everyone treated us', 'future port calls."', "Joshua Powers"),
        Q('"The parasailing was spectacular,"', None, "Jared Moore"),
        Q('"You could literally see', 'up there."', "Jared Moore"),
        Q('"Conch Fritters,"', None, None),
        Q('"0"', None, None),
        Q('"My favorite area was Duval Street,"', None, "Joshua Powers"),
        Q('"There were a ton', 'places to eat."', "Joshua Powers"),
    ],
    aliases={"Joshua Powers": ["Joshua Powers", "Operations Specialist Seaman Joshua Powers", "Powers"],
             "Jared Moore": ["Jared Moore", "Interior Communications 2nd Class Jared Moore"]},
),
dict(
    id="navy-nns090313-16-abraham-lincoln-habitat-seattle",
    source="http://www.navy.mil/submit/display.asp?story_id=43439",
    license=PD, retrieved=PAGES + " (Navy NewsStand story NNS090313-16 by Mass Communication Specialist 3rd Class Kirk T. Putnam, USS Abraham Lincoln Public Affairs, March 13, 2009, on Abraham Lincoln sailors rebuilding a house with Habitat for Humanity in South King County, Wash.; the lines 'Story Number: NNS090313-16Release Date: 3/13/2009 5:22:00 PM', 'A  A  A   Email this story to a friend   Print this story' and the byline dropped; headline kept as the first line; the dateline 'EVERETT, Wash. (NNS) -- ' kept as stored; the last paragraph, '\"We couldn't have done it without them. ... We can use the help,\" said Casey Rountree, a member of Amer', cut in the stored copy, dropped with its complete quotation (H2121), so Casey Rountree is no speaker; the second piece of Taggart's first quotation, never closed in the story, ends at the end of its paragraph (H2229); straight marks as stored)",
    text='''Habitat For Humanity, Abe Help Seattle-area Locals
EVERETT, Wash. (NNS) -- Sailors from USS Abraham Lincoln (CVN 72) volunteered March 7 to take part in a Habitat for Humanity program, offered through the Fleet and Family Support Liberty Program.
Sailors were transported to the South King County area where they took part in an experimental Habitat for Humanity program still in the trial phases. This experimental program takes volunteers into older neighborhoods in disrepair and actually rebuilds existing houses rather than build from the ground up like other Habitat programs, according to Mike Taggart, site supervisor for Habitat for Humanity.
"A lot of these neighborhoods were pretty bad with crime so first the police came in and cleaned them up. Then we come in," said Taggart. "One thing I noticed was the attitude changed. Before, people were not very neighborly, but now people talk to neighbors they might not have talked to before. I think it's changed the attitude of the people living here. It's become like a real neighborhood.
Sailors were rewarded with praise from the Habitat crew and fellow civilian volunteers for their effort.
"We were looking forward to the Sailors because we had a lot of back-breaking work today. I knew it would probably be a bunch of young, tough Sailors," said Taggart.
Most of the day consisted of dedicated crews repairing the roof by tearing off worn shingles and patching holes and leveling the backyard with fresh dirt. Another crew spent the day jackhammering concrete near the house and taking the concrete fragments to a nearby dumping site.''',
    quotes=[
        Q('"A lot of these neighborhoods', 'Then we come in,"', "Mike Taggart"),
        Q('"One thing I noticed', 'like a real neighborhood.', "Mike Taggart"),
        Q('"We were looking forward', 'tough Sailors,"', "Mike Taggart"),
    ],
    aliases={"Mike Taggart": ["Mike Taggart", "site supervisor for Habitat for Humanity", "Taggart"]},
),
dict(
    id="navy-nns-2011-uss-constitution-habitat-new-orleans",
    source="http://military-online.blogspot.com/2011/05/constitution-sailors-lend-hand-to.html",
    license=PDC, retrieved=PAGES + " (Navy News Service story by Seaman Shannon Heavin, USS Constitution Public Affairs, on Constitution sailors at a Habitat for Humanity build during New Orleans Navy Week, May 11 (2011 by the blog's address and date line), reposted on the blog military-online.blogspot.com; the blog's date line 'Sunday, May 15, 2011' and the byline line dropped; the headline kept as the first line; the dateline 'NEW ORLEANS (NNS) -- ' kept as stored; the last paragraph, 'Constitution is located in the Charlestown Navy Yard in Boston. She is the world's ol', cut in the stored copy, dropped; the speakers presented in a list of participants and named by surname in their cues (H2232); '1st Class(SCW)', 'one 21 Navy Weeks' and straight marks as stored)",
    text='''Constitution Sailors Lend a Hand to Habitat for Humanity in New Orleans
NEW ORLEANS (NNS) -- USS Constitution Sailors helped build a home as part of a Habitat for Humanity project in New Orleans, May 11.
Lt. Cmdr. Stephen Shirley, executive officer of Constitution, Yeoman 1st Class(SCW) Chrishinda Dobbs, Airman Sang Nguyen, Aviation Structural Mechanic Airman Andrew Wyall and Master-at-Arms Seaman Gary Matthias participated in the project as part of New Orleans Navy Week.
"I'm glad we were able to support Habitat for Humanity," said Shirley. "We worked as a global force for good with local Sailors as one team conquering the hard work at hand."
Sailors assigned to Navy Operational Support Center New Orleans and Naval Support Activity, New Orleans, also participated in digging out an area of earth in preparation for building the home's driveway. They also dug holes and trimmed the yard for a future fence.
"I look forward to seeing the end result," said Dobbs. "Although we will never meet the family we're helping, we know through our combined efforts, there will be, in a sense, a miracle to come for this family."
"That certainly was inspiring," said Rear Adm. Vic Guillory, commander of U.S. Naval Forces Southern Command and U.S. 4th Fleet. "The Sailors have been a tremendous representative of the Navy, and it gives me a tremendous sense of pride; men and women with different stories serving in a Navy bigger than ourselves, and today they proved just that."
Habitat for Humanity, a nonprofit organization, offers their homes at no interest to families who qualify.
New Orleans Navy Week is one 21 Navy Weeks planned across America in 2011. Navy Weeks are designed to show Americans the investment they have made in their Navy and increase awareness in cities that do not have a significant Navy presence.''',
    quotes=[
        Q('"I\'m glad we were able', 'for Humanity,"', "Stephen Shirley"),
        Q('"We worked as a global force', 'work at hand."', "Stephen Shirley"),
        Q('"I look forward to seeing the end result,"', None, "Chrishinda Dobbs"),
        Q('"Although we will never meet', 'for this family."', "Chrishinda Dobbs"),
        Q('"That certainly was inspiring,"', None, "Vic Guillory"),
        Q('"The Sailors have been', 'proved just that."', "Vic Guillory"),
    ],
    aliases={"Stephen Shirley": ["Stephen Shirley", "Lt. Cmdr. Stephen Shirley", "executive officer of Constitution", "Shirley"],
             "Chrishinda Dobbs": ["Chrishinda Dobbs", "Yeoman 1st Class(SCW) Chrishinda Dobbs", "Dobbs"],
             "Vic Guillory": ["Vic Guillory", "Rear Adm. Vic Guillory", "commander of U.S. Naval Forces Southern Command and U.S. 4th Fleet"]},
),
dict(
    id="nasa-ames-2012-family-day-blog-repost",
    source="http://talk-technology.blogspot.com/2012/06/nasas-family-welcomes-its-extended.html",
    license=PDC, retrieved=PAGES + " (NASA Ames Research Center story on the center's 2012 'Bring Your Family to Work Day', reposted on the blog talk-technology.blogspot.com ('Science and Technology News', post of June 27, 2012; no NASA credit and no writer in the stored copy); the page is stored twice under this address, once with hard line breaks inside the paragraphs and once in paragraphs: the paragraph copy is used; the blog's title line 'Science and Technology News' and date line 'Wednesday, June 27, 2012' dropped; the post's headline kept as the first line; the last paragraph, '“Very good,” sai', cut in the stored copy, dropped; the event name in marks, the question after 'she asked:' and the answer of an unnamed man in the audience (H2228); the straight marks of the event name, the curly marks and apostrophes elsewhere and 'arm-chair', 'barbeque' as stored)",
    text='''NASA’s Family Welcomes Its Extended Families
To kick off a memorable summer, one would hope will never end, NASA Ames Research Center, Moffett Field, Calif., recently hosted a "Bring Your Family to Work Day" celebration to welcome employee families and student interns who will work here this summer. The day’s events allowed employees to share their excitement of working at NASA, and demonstrate technology developed here.
A bright and balmy summer’s day was the backdrop for NASA’s family day. Attended by approximately 1,000 guests, they strolled from exhibits to tour stops, which included the Ames Exploration Center, a Robonaut exhibit, the Ames Exploration Encounter (AEE) Center, a robotics laboratory and national research facilities. In addition, more than 3,500 guests and employees took a break from the tours, exhibits and work to share a bite of lunch at the free barbeque picnic, donated by the Ames Exchange Council, in the historic NACA (National Advisory Committee for Aeronautics) Park.
“We had a fantastic event at Ames,” said Carolina Blake, acting deputy director of the New Ventures and Communications directorate. “It was great to see so many children and students and their families take advantage of such an outstanding opportunity to see what happens here in our workplace.”
NASA’s family day started 9 a.m. sharp in the Ames Exploration Center, where visitors and guests viewed high-definition videos on a 14-foot-by-36-foot screen in an immersive theater. Videos included Mars missions and simulated flights through the Milky Way and beyond. Education outreach specialist Cara Dodge was there to guide these arm-chair space travelers through the universe. Profiled against a red planet on a multiplex screen and in front of an audience of about 50 people, she asked: “Why is Mars red?”
“There’s iron oxide in its soil,” said an older gentleman in the audience.''',
    quotes=[
        Q('"Bring Your Family to Work Day"', None, None),
        Q('“We had a fantastic event at Ames,”', None, "Carolina Blake"),
        Q('“It was great to see', 'in our workplace.”', "Carolina Blake"),
        Q('“Why is Mars red?”', None, "Cara Dodge"),
        Q('“There’s iron oxide in its soil,”', None, None),
    ],
    aliases={"Carolina Blake": ["Carolina Blake", "acting deputy director of the New Ventures and Communications directorate"],
             "Cara Dodge": ["Cara Dodge", "Education outreach specialist Cara Dodge"]},
),
dict(
    id="navy-nns080328-01-bulkeley-naples-souda-bay",
    source="https://www.globalsecurity.org/military/library/news/2008/03/mil-080328-nns01.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS080328-01 by Mass Communication Specialist 3rd Class David Wyscaver, Nassau Expeditionary Strike Group Public Affairs, March 28, 2008, on USS Bulkeley's port visits to Naples, Italy, and Souda Bay, Crete, reproduced on globalsecurity.org; the lines 'Navy NewsStand', 'Story Number: NNS080328-01', 'Release Date: 3/28/2008 2:19:00 AM' and the byline dropped; headline kept as the first line; the dateline 'USS BULKLEY, At Sea (NNS) -- ' kept as stored, with the ship's name misspelt; the last paragraph, 'During the long journey of a deployment, ... port visits play an important role in mission accomplishment', cut in the stored copy, dropped; the name in single marks inside Boyd's span and 'Boyd added, \"...\"' (H2230); 'a gel a little bit' and straight marks as stored)",
    text='''Bulkeley Visits Naples, Italy and Souda Bay, Crete During Deployment
USS BULKLEY, At Sea (NNS) -- The guided missile destroyer USS Bulkeley (DDG 84) has recently completed successful port visit to Naples, Italy March 6-10 and Souda Bay, Crete March 18-20.
Both port visits allowed the crew of Bulkeley to experience and enjoy all the amenities and sights each city had to offer.
"Naples, Italy was great for the crew with the proximity of Rome and Pompeii where everyone could get out and see some of the things they learned about in school," said Lt. Cmdr. Lex Walker, executive officer, Bulkeley. "Souda Bay, Crete, our second port visit, was another enjoyable experience for the crew. The local city of Chania offered nice food and shopping and then on base with the softball fields and MWR (Morale, Welfare and Recreation) pier gave the crew an opportunity to a gel a little bit."
"We were fortunate to have the 'Argonaut' on our pier in Souda Bay, Crete which offered a full kitchen, free laundry, wireless internet service, and various billiard and ping pong games," said Ensign Megan Boyd, MWR officer on board Bulkeley. "The convenience of this establishment was absolutely wonderful as our Sailors were able to frequent the establishment on their own time and didn't need a liberty buddy to do so."
Boyd added, "MWR, along with the Supply Department on board, provided buses that ran to and from the NEX and Chania which allowed Bulkeley Sailors to stock up on any necessary supplies as well as afforded them the opportunity to walk around beautiful Chania and experience a different culture."''',
    quotes=[
        Q('"Naples, Italy was great', 'learned about in school,"', "Lex Walker"),
        Q('"Souda Bay, Crete, our second', 'a little bit."', "Lex Walker"),
        Q('"We were fortunate', 'ping pong games,"', "Megan Boyd"),
        Q('"The convenience of this establishment', 'to do so."', "Megan Boyd"),
        Q('"MWR, along with', 'a different culture."', "Megan Boyd"),
    ],
    aliases={"Lex Walker": ["Lex Walker", "Lt. Cmdr. Lex Walker", "executive officer, Bulkeley"],
             "Megan Boyd": ["Megan Boyd", "Ensign Megan Boyd", "MWR officer on board Bulkeley", "Boyd"]},
),
]
