# Held-out English news texts (tests/data/heldout671-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Space Force, the Marine Corps, the Army and the Navy: a Goodfellow Air Force Base story on Airmen judging the
# District XI Regional Science and Engineering Competition (goodfellow.af.mil 375669), a Laughlin Air Force Base story on
# base members judging Del Rio High School's science fair (laughlin.af.mil 355871), an Altus Air Force Base story on
# civil engineers visiting Frederick High School's robotics students (altus.af.mil 2953604), a Los Angeles Air Force
# Base story on its 2019 Diversity and Inclusion Day (losangeles.spaceforce.mil 1874238), a Keesler Air Force Base story
# on its 5th Annual STEM Diversity Day (keesler.af.mil 1800813), a Marine Corps Base Hawaii story of 2005 on wounded
# Marines helping at Mokapu Elementary School (mcbhawaii.marines.mil 539001), a DVIDS story on a military working dog
# handler at Forward Operating Base Loyalty, Iraq (dvidshub.net 26255), an army.mil story of 2016 on Fort Sill's dog
# handlers (army.mil 178486) and a Pacific Fleet story of 2013 on USS Preble's Sailors at a Sydney children's hospital
# (cpf.navy.mil 2751070). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete
# quotation (noted in `retrieved`). Site lines (the .mil banner lines, 'Marines', '• Published' / '• By ...' / unit
# lines, date and byline lines, DVIDS maintenance, login, logo, photo caption and byline lines, army.mil's photo titles
# and caption lines), the empty lines between paragraphs, the indentation of the DVIDS lines and spaces at the end of a
# line are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has
# none); datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2390-H2394 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout671-en.jsonl

Built by `build.py` from `heldout671_pages.py`. Like heldout663-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a Goodfellow Air Force Base feature, 'Servicemembers help
judge district science competition' (goodfellow.af.mil 375669; no writer and no year in the stored copy); a Laughlin Air
Force Base story, 'Base members judge science fair, give back to community' (laughlin.af.mil 355871; no writer and no
year in the stored copy); an Altus Air Force Base story by Judy Mott, 97th Air Mobility Wing, 'AAFB Airmen pave way for
future engineers' (altus.af.mil 2953604, printable commentary path; no date in the stored copy); a Los Angeles Air Force
Base story by Rodney Crum, Space and Missile Systems Center Public Affairs, 'LAAFB celebrates Diversity and Inclusion Day
2019' (losangeles.spaceforce.mil 1874238, the base's site now under spaceforce.mil; event of May 31, 2019); a Keesler Air
Force Base story on the 5th Annual STEM Diversity Day of March 29 (keesler.af.mil 1800813, slug
'stem-diversity-day-building-the-air-force-we-need'; 2019 by its article id and the WLOX report of the same event; the
stored copy opens with the dateline paragraph and has no headline and no byline); a Marine Corps Base Hawaii story by
Cpl. Megan L. Stiner, 'War veterans help out at school before leaving Marine Corps' (mcbhawaii.marines.mil 539001, 7 Oct
2005); a DVIDS story by Staff Sgt. Matt Meadows, 4th Brigade Combat Team, 10th Mountain Division, 'Day in the life of a
military working dog handler' (dvidshub.net 26255; no date in the stored copy); an army.mil story by Cindy McIntyre,
'Bond with dog, handler deeper than duty' (army.mil 178486, dateline Nov. 17, 2016); and a U.S. Pacific Fleet story by
Mass Communication Specialist 3rd Class Paul Kelly, 'USS Preble Sailors Visit Sydney Children's Hospital' (cpf.navy.mil
2751070, 31 July 2013). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C.
§ 105); the .mil and DVIDS pages are the services', bases' and units' own stories. Licence caveats: the Goodfellow,
Laughlin and Keesler stories name no writer in the stored copy and are taken as the bases' own work by their .mil
pages; Judy Mott, Rodney Crum and Cindy McIntyre are taken as public affairs employees of the 97th Air Mobility Wing,
the Space and Missile Systems Center and Fort Sill, as their bylines and the publishing sites say; the stories quote
private people inside the public-domain texts (the chairmen of a science competition, high school teachers and
students, a school principal, a school district superintendent). None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph
is dropped, also where it holds a complete quotation, noted per page: the Goodfellow story's 'American Airmen weren't
the only judge volunteers. The entire International Officer's Course took a d'; the Laughlin story's 'Some of the
projects that stood out among the judge'; the Altus story's 'Earlier this school year, the Altus AFB STEM Council
host'; the Los Angeles story's 'Col. Igl concluded the event ... She also shared a favorite saying from her father, “My
Dad alwa'; the Keesler story's 'The day concluded with a canine demonstration from the 81st Security Forces '; the
Hawaii story's '“It is great to have these guys out here interacting with the kids durin'; the DVIDS story's
'"Everything revolves around what missions need to be done," commented Moore, ... and attached to Multi-National
Division '; the army.mil story's 'Another, more official, tradition is naming dogs ... living with the fam'; the Preble
story's 'For many of the Sailors, ... less worried about their own '. The site lines (the .mil banner lines 'An
official website of the United States government', 'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock
) or https:// means ...'; the af.mil lines '• Published', '• By ...' and '• ... Public Affairs' / '• 97th Air Mobility
Wing'; the Marine Corps site line 'Marines' and the date and byline line '7 Oct 2005 | Cpl. Megan L. Stiner Marine Corps
Base Hawaii'; the DVIDS maintenance line 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400
est. February 15th', the login lines '(e.g. yourname@email.com)' and 'Forgot Password?', the logo line 'Defense Visual
Information Distribution Service Logo', the repeated headline, the caption line 'Photo By Sgt. 1st Class Matthew Meadows
| Air Force Staff Sgt. Travis Hazelton (right), a military working dog handler from...... read more read more' and the
byline lines 'By Staff Sgt. Matt Meadows' and '4th Brigade Combat Team, 10th Mountain Division'; army.mil's byline and
date line 'By Cindy McIntyreNovember 17, 2016', the photo titles 'Rock solid evidence', 'Trained attack', 'Nose for
narcotics', 'Romp 'n reward' and their caption lines '1 / 4 Show Caption + Hide Caption – ... VIEW ORIGINAL'; the
navy.mil date line '31 July 2013' and byline 'From Mass Communication Specialist 3rd Class Paul Kelly'), the empty lines
between paragraphs, the four-space indentation of the DVIDS lines and the spaces at the end of lines were dropped;
headlines are kept once as the first line where the stored copy has one (the Keesler story has none and gets none,
H1818; the DVIDS copy prints its headline twice, H1246), the navy.mil summary line under the headline, worded unlike the
first body paragraph, is kept as a line; datelines are kept as stored ('GOODFELLOW AIR FORCE BASE, Texas -- ', 'LAUGHLIN
AIR FORCE BASE, Texas -- ', 'KEESLER AIR FORCE BASE, Miss. -- ', 'FORWARD OPERATING BASE LOYALTY, Iraq – ', 'FORT SILL,
Okla., Nov. 17, 2016 -- ', 'SYDNEY, Australia - '); wording and typos ('fuel cell hanger', 'overserving system', 'the
Airman here', 'Military Working Dogs (WMD)', 'Wisky', 'for awhile', the double space in 'mechanical engineering.  She'),
dashes and quotation marks (straight or curly as stored, including the mixed curly and straight marks of Blake Silvers'
two pieces and the missing comma in 'like these" said') are as stored. Pages read but left out: stories already in
earlier sets (the Habitat for Humanity stories of Davis-Monthan, Seymour Johnson, Eielson, Tyndall and Ellsworth,
heldout346-en; the Bismarck-Mandan flood story, heldout105-en; the Moorhead Red River story, heldout532-en; the Indiana
Guard flood relief story, heldout76-en; the USS Abraham Lincoln science fair story, heldout234-en; the USS Ronald Reagan
Seattle Children's Hospital story, heldout558-en; the Davis-Monthan dog handler feature 314938, heldout276-en; the
Salerno Veterans Day ceremony, heldout467-en; the MCAS Yuma track meet story, heldout258-en; the USS Dallas visit to
Harbordale Elementary, named as used in heldout639-en), pages whose stored part keeps fewer than two complete quotations
(a Quantico story on a commander reading to students, a MARFORPAC school volunteer story, a Recruit Depot school tour
story, a Fargo Navy Week story, a Coast Guard Station Annapolis open house post, a Cannon science fair story, a
Fairchild STEM fair story), a Defense Logistics Agency story on an Independence Day ceremony at an assisted living home
(a defence agency, not one of the services), reposts on blogs and on news aggregators (military-online.blogspot.com
reposts, militaryspot.com's copy of a Coast Guard story, rssing.com feed copies of the Coast Guard newsroom), lists and
newsletters (usace.army.mil news lists, Kennel Talk newsletters, VAnguard magazines stored as documents), and pages of
newspapers, broadcasters and blogs found by the same searches. Other stories found and left for other sets: the
Keesler STEM stories of 2014, 2017, 2017 (summer camp) and 2019 (33fw.af.mil 874264, keesler.af.mil 1316786, 618038 and
1890508) and the Altus High School STEM fair of 2013 (altus.af.mil 352134) and Altus Junior High STEM fair (352146). None
of the pages used is in any set above or in another helper's worktree (checked by URL and page id (375669, 355871,
2953604, 1874238, 1800813, 539001, news/26255, article/178486, 2751070), by title and slug and by the names of their
speakers and phrases, such as Paul Swets, Steve Skinner, Jonathan Blythe, SPINSTRA, District XI Regional, Angelo State,
Alejandria Torres, Blandon Thomas, the Science Guy, Del Rio High School, Ryan Yeargin, Jaci Skinner, Amery Newton,
Frederick High School, Judy Mott, Ann Igl, Blake Silvers, Wiseburn, Scorplus, Rodney Crum, Gerald Cross, Tyree
Jones-Magee, Harrison Central, fuel cell hanger, Bryan C. Bordog, Larry D. Biggs, Mokapu, Owen R. Lovejoy, Megan L.
Stiner, Robert Moore, Rustamiyah, Wisky, Matt Meadows, Christopher Oliver, 902nd Military Working Dog, Zzazu, Cindy
McIntyre, Andrea Catindig, Jay Jay Robles and Paul Kelly, with grep over tests/data of the main tree and of every other
helper's worktree (heldout665-672): no hit, except the phrase 'military working dog handler' in other texts
(heldout276-en, heldout414-en) and the Keesler STEM Diversity Day story named as left for other sets in heldout663-en,
none of them one of these texts). The annotation (rules H2390–H2394 in `ANNOTATION.md` on top of the earlier rules)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by
the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-goodfellow-h671-servicemembers-judge-district-science-competition",
    source="https://www.goodfellow.af.mil/Newsroom/Features/Display/Article/375669/servicemembers-help-judge-district-science-competition/",
    license=PD, retrieved=PAGES + " (Goodfellow Air Force Base feature on about 60 military members judging the District XI Regional Science and Engineering Competition at Angelo State University on Feb. 24 (no year and no writer in the stored copy), with the judging chairman Dr. Paul Swets, the event chairman Steve Skinner, Airman 1st Class Jonathan Blythe and Master Sgt. Steven Clark; headline kept as the first line; the last paragraph, 'American Airmen weren't the only judge volunteers. The entire International Officer's Course took a d', cut in the stored copy, dropped; partial quotations closing a relative clause and an `According to X,` sentence, `he said` set off inside reported speech and before a partial quotation, and short rank forms with the surname (H2390); straight marks as stored)",
    text='''Servicemembers help judge district science competition
GOODFELLOW AIR FORCE BASE, Texas -- Approximately 60 military members lent their services as judges to the District XI Regional Science and Engineering Competition, Feb. 24 at Angelo State University. The competition showcased the projects of more than 300 junior high and high school students from all over West Texas, from as far away as Del Rio, Texas, to as close as students from Central and Lake View High Schools.
"You are going to see the result of a lot of hard work," said Dr. Paul Swets, chairman of judging. The volunteers from Goodfellow joined others from the San Angelo community to judge the event. Any volunteer was eligible to judge the junior high school events, while judging the high school categories required a master's degree.
"This is a competition, not a fair," said Steve Skinner, the chairman of the event. Winners here, he said, will go on to the state level. Additionally, the top three high school projects will receive scholarships to Angelo State University. "It's amazing the effects we can have on these kids," he said.
That sentiment was shared by the military judges, like Airman 1st Class Jonathan Blythe, a 17th Comptroller Squadron Airman who volunteered to judge "mostly to help the young people embrace education." Airman Blythe expressed his admiration for these young men and women, and for their projects. "They're our future developers of new technology," he said. "Potentially, they're the future of America."
Other judges, like Master Sgt. Steven Clark, a special instruments instructor with the 312th Training Squadron, felt drawn to volunteer for different reasons. According to Sergeant Clark, SPINSTRA is "matched up pretty well for this, with our background in physics and science." This is his second year judging, in part, he said, because "you never know what you're going to see."''',
    quotes=[
        Q('"You are going to see the result of a lot of hard work,"', None, "Paul Swets"),
        Q('"This is a competition, not a fair,"', None, "Steve Skinner"),
        Q('"It\'s amazing the effects we can have on these kids,"', None, "Steve Skinner"),
        Q('"mostly to help the young people embrace education."', None, "Jonathan Blythe"),
        Q('"They\'re our future developers of new technology,"', None, "Jonathan Blythe"),
        Q('"Potentially, they\'re the future of America."', None, "Jonathan Blythe"),
        Q('"matched up pretty well for this,', 'physics and science."', "Steven Clark"),
        Q('"you never know what you\'re going to see."', None, "Steven Clark"),
    ],
    aliases={"Paul Swets": ["Paul Swets", "Dr. Paul Swets", "chairman of judging"],
             "Steve Skinner": ["Steve Skinner", "the chairman of the event"],
             "Jonathan Blythe": ["Jonathan Blythe", "Airman 1st Class Jonathan Blythe", "a 17th Comptroller Squadron Airman", "Airman Blythe"],
             "Steven Clark": ["Steven Clark", "Master Sgt. Steven Clark", "a special instruments instructor with the 312th Training Squadron", "Sergeant Clark"]},
),
dict(
    id="af-laughlin-h671-base-members-judge-del-rio-science-fair",
    source="https://www.laughlin.af.mil/News/Article-Display/Article/355871/base-members-judge-science-fair-give-back-to-community/",
    license=PD, retrieved=PAGES + " (Laughlin Air Force Base story on more than ten base members judging Del Rio High School's science fair on Jan. 24 (no year and no writer in the stored copy), with the science teacher Alejandria Torres and Airman 1st Class Blandon Thomas; headline kept as the first line; the last paragraph, 'Some of the projects that stood out among the judge', cut in the stored copy, dropped; a nickname in marks in the writer's comparison, a teacher presented in an `According to X,` sentence and cued as `Mrs. Torres said`, and a reported sentence of the Airman after his quotation (H2391); straight marks as stored)",
    text='''Base members judge science fair, give back to community
LAUGHLIN AIR FORCE BASE, Texas -- Although they may not have the experience of Bill Nye "the Science Guy" or Sir Isaac Newton, Laughlin members put their science skills to the test Jan. 24 during Del Rio High School's science fair.
More than ten Laughlin members from various squadrons volunteered to judge the school's annual science fair.
According to Alejandria Torres, a science teacher with DRHS, Laughlin members were selected because of the cordial relationship between the base and the local community and because the school authority trusted them to provide unbiased judgments.
"They are our kids; we know them very well, and it will be hard for us to judge them ourselves," Mrs. Torres said. "We believe Laughlin members will provide the accurate judgment we need, and we also knew we could count on them when they said they wanted to help."
DRHS students presented their projects in written, oral and graphical formats. Judges evaluated them based on the information and guidelines set forth in an initial briefing given by Mrs. Torres. During the fair, judges made comments and provided feedback to help the children on future projects.
"I volunteered as one of the judges for the project because I love science and have always found science fairs interesting," said Airman 1st Class Blandon Thomas, 47th Maintenance Squadron precision measurement equipment laboratory technician. "I did my best to provide very positive and constructive feedback. I wanted to give them ideas that might be helpful the next time around."
Airman Thomas, who judged the behavioral sciences and chemistry sections, said the students he judged were very creative and explored very interesting ideas.
With numerous projects on display, the judges had to critique a wide variety of research in various fields including engineering, animal science behavior, and energy and environmental science.''',
    quotes=[
        Q('"the Science Guy"', None, None),
        Q('"They are our kids;', 'judge them ourselves,"', "Alejandria Torres"),
        Q('"We believe Laughlin members', 'wanted to help."', "Alejandria Torres"),
        Q('"I volunteered as one of the judges', 'science fairs interesting,"', "Blandon Thomas"),
        Q('"I did my best to provide', 'the next time around."', "Blandon Thomas"),
    ],
    aliases={"Alejandria Torres": ["Alejandria Torres", "a science teacher with DRHS", "Mrs. Torres"],
             "Blandon Thomas": ["Blandon Thomas", "Airman 1st Class Blandon Thomas", "47th Maintenance Squadron precision measurement equipment laboratory technician", "Airman Thomas"]},
),
dict(
    id="af-altus-h671-airmen-pave-way-for-future-engineers",
    source="https://www.altus.af.mil/News/Print/Commentaries/Display/Article/2953604/aafb-airmen-pave-way-for-future-engineers/",
    license=PD, retrieved=PAGES + " (Altus Air Force Base story by Judy Mott, 97th Air Mobility Wing, on engineers of the 97th Civil Engineer Squadron visiting the robotics students of Frederick High School, Oklahoma (no date in the stored copy), with Capt. Ryan Yeargin and the students Jaci Skinner and Amery Newton; the lines '• Published', '• By Judy Mott' and '• 97th Air Mobility Wing' dropped; headline kept as the first line; the spaces at the end of paragraphs dropped; the last paragraph, 'Earlier this school year, the Altus AFB STEM Council host', cut in the stored copy, dropped; `explained how he was grateful` and `he said`, `admitted,` before a quotation and a quotation with no cue after a sentence about a student (H2391); the double space in 'engineering.  She' and curly marks as stored)",
    text='''AAFB Airmen pave way for future engineers
Having top-notch education opportunities for families is a major priority. Therefore, Altus Air Force Base, Oklahoma, supports its two main public school districts, a private school, and 10 other more rural districts in numerous ways. One of those rural districts is Frederick Public Schools. Located in Tillman County, Frederick defied odds and built an amazing robotics program for their students.
In support of that program and as part of the Altus AFB Science Technology Engineering and Math Council, Airmen from the 97th Civil Engineer Squadron paid a visit to Frederick High School robotics students to share information on their engineering tracks and journeys. For more than an hour, 30 high school robotics students had one-on-one time with engineers who shared their stories, answered questions, and gave advice.
One of the presenters, Capt. Ryan Yeargin, 97th CES engineering flight section commander, explained how he was grateful for the opportunity.
“My experience could have shaped the opinion of any student in the room,” he said. “Maybe I persuaded someone to stick with engineering, maybe I steered someone towards the Air Force. That’s the beauty of community outreach, you never know who you may inspire.”
Jaci Skinner, a builder and engineer on the robotics team, is a senior at FHS who plans to major in mechanical engineering.  She stayed after the presentation to get advice from the engineers and admitted, “I wasn’t even considering the military. Now I am.”
Likewise, Amery Newton, a 10th grader and a programmer for her robotics team, was excited to hear about the Air Force Academy’s options. “This opened my eyes to the different aspects of engineering in the military. I didn’t realize there was such a wide span of opportunities within one area of engineering.”''',
    quotes=[
        Q('“My experience could have shaped', 'in the room,”', "Ryan Yeargin"),
        Q('“Maybe I persuaded someone', 'you may inspire.”', "Ryan Yeargin"),
        Q('“I wasn’t even considering the military. Now I am.”', None, "Jaci Skinner"),
        Q('“This opened my eyes', 'one area of engineering.”', "Amery Newton"),
    ],
    aliases={"Ryan Yeargin": ["Ryan Yeargin", "Capt. Ryan Yeargin", "97th CES engineering flight section commander"],
             "Jaci Skinner": ["Jaci Skinner", "a builder and engineer on the robotics team"],
             "Amery Newton": ["Amery Newton", "a 10th grader and a programmer for her robotics team"]},
),
dict(
    id="ussf-laafb-h671-2019-diversity-and-inclusion-day",
    source="http://www.losangeles.spaceforce.mil/News/Article-Display/Article/1874238/laafb-celebrates-diversity-and-inclusion-day-2019/",
    license=PD, retrieved=PAGES + " (Los Angeles Air Force Base story by Rodney Crum, Space and Missile Systems Center Public Affairs, on about 100 students of Dana and El Segundo middle schools at the base's Diversity and Inclusion Day on May 31, 2019, with Col. Ann Igl, 61st Air Base Group commander, and Blake Silvers, Wiseburn Unified School District superintendent, on the base's site under spaceforce.mil; the lines '• Published', '• By Rodney Crum' and '• Space and Missile Systems Center Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Col. Igl concluded the event by emphasizing some key lessons to the students.  She also shared a favorite saying from her father, “My Dad alwa', cut in the stored copy, dropped, so `Col. Igl` is not in the text; two cued quotations of one speaker in one paragraph around a sentence of the writer, a two-piece quotation with curly and straight marks mixed, and a cue-less quotation after `also highlighted the importance of` (H2392); the double hyphen inside the first span as stored)",
    text='''LAAFB celebrates Diversity and Inclusion Day 2019
Approximately 100 students from Dana and El Segundo middle schools gathered together at Los Angeles Air Force Base on May 31 to celebrate the 2019 Diversity and Inclusion Day.
The students were divided into four teams and asked to participate in activities that focused on STEM (Science, Technology, Engineering and Math) related activities, which included robotics, Lego bridge building challenge and Scorplus Rocket tour.
“Everyone in this room has the brain for Math, Science, Engineering and Technology because just like every other subject under the sun -- it just takes practice to get good,” said Col. Ann Igl, 61st Air Base Group commander. In her opening remarks as key speaker for the event, she also encouraged the students to think about their futures. “Focus on what it is you want to do, not so much on what you want to be,” said Igl.
The students from the middle schools were invited to Los Angeles Air Force Base in support of Air Force Space Command’s diversity and inclusion goals focused on exposing students to the Air Force’s STEM career fields.
“We’re really excited to be able to be a part of this event," said Blake Silvers, Wiseburn Unified School District superintendent. "The 2019 Diversity and Inclusion Day is really an introduction for kids and to see that this is a place of learning, a place of development, a place of STEM and to see how STEM kind of works, particularly here in the South Bay.”
Silvers also highlighted the importance of partnership. “It is all about partnership with the Air Force and a deeper understanding of the role of the military and in particular Los Angeles Air Force Base; and we are just thrilled to be a part of it.”''',
    quotes=[
        Q('“Everyone in this room', 'practice to get good,”', "Ann Igl"),
        Q('“Focus on what it is you want to do,', 'want to be,”', "Ann Igl"),
        Q('“We’re really excited', 'part of this event,"', "Blake Silvers"),
        Q('"The 2019 Diversity and Inclusion Day', 'in the South Bay.”', "Blake Silvers"),
        Q('“It is all about partnership', 'a part of it.”', "Blake Silvers"),
    ],
    aliases={"Ann Igl": ["Ann Igl", "Col. Ann Igl", "61st Air Base Group commander", "Igl"],
             "Blake Silvers": ["Blake Silvers", "Wiseburn Unified School District superintendent", "Silvers"]},
),
dict(
    id="af-keesler-h671-5th-annual-stem-diversity-day",
    source="https://www.keesler.af.mil/About-Us/News/Article-Display/Article/1800813/stem-diversity-day-building-the-air-force-we-need",
    license=PD, retrieved=PAGES + " (Keesler Air Force Base story on the base's 5th Annual STEM Diversity Day at the fuel cell hangar on March 29 (2019 by its article id), with Gerald Cross, the base's school liaison officer, and Tyree Jones-Magee, a Harrison Central High School sophomore; the stored copy opens with the dateline paragraph and has no headline and no byline, none added (H1818); the last paragraph, 'The day concluded with a canine demonstration from the 81st Security Forces ', cut in the stored copy, dropped; an official named in a sentence without marks who is no speaker (H2392); 'fuel cell hanger', 'overserving system', 'the Airman here' and curly marks as stored)",
    text='''KEESLER AIR FORCE BASE, Miss. -- It’s not every day that teenagers get to witness how the Air Force uses science, technology, engineering and mathematics across its career fields. However, for the Airman here, it’s what they do every day.
Keesler Air Force Base hosted its 5th Annual STEM Diversity Day at the fuel cell hanger on March 29.
Approximately 250 students and educators from across eight high schools on the Gulf Coast experienced how the Air Force uses STEM to complete its missions.
“The schools had interest in STEM,” said Gerald Cross, the school liaison officer for Keesler Air Force Base. “Everything we do here at Keesler is surrounded by STEM, so we thought it would be a really good fit for us.”
The day began with the presentation of the colors by the honor guard and opening remarks by Col. Lance Burnett, 81st Training Wing vice commander. Afterward, the students broke into groups to explore the diverse STEM career fields offered in the Air Force.
Students saw how the Office of Special Investigations uses scientific instruments to collect forensic data from a crime scene, got to practice life-saving medical procedures on a realistic medical simulator used to train the Airman at the Keesler Medical Center and saw how the 335th Training Squadron uses a TMQ-53 tactical meteorological overserving system to provide accurate weather forecasting in all operating locations.
Furthermore, the students were able to jump into virtual reality through HTC Vive virtual reality headsets, provided by the 81st Training Support Squadron and communicate with each other through several radios supplied by the 338th Training Squadron.
“My favorite booth was the one about hacking Wi-Fi and robot technologies,” said Tyree Jones-Magee, a sophomore from Harrison Central High School. “I’ve always been interested in technology, programming and coding so that really sparked my interest.”''',
    quotes=[
        Q('“The schools had interest in STEM,”', None, "Gerald Cross"),
        Q('“Everything we do here at Keesler', 'good fit for us.”', "Gerald Cross"),
        Q('“My favorite booth was the one', 'robot technologies,”', "Tyree Jones-Magee"),
        Q('“I’ve always been interested', 'sparked my interest.”', "Tyree Jones-Magee"),
    ],
    aliases={"Gerald Cross": ["Gerald Cross", "the school liaison officer for Keesler Air Force Base"],
             "Tyree Jones-Magee": ["Tyree Jones-Magee", "a sophomore from Harrison Central High School"]},
),
dict(
    id="usmc-mcbh-h671-2005-10-07-war-veterans-help-at-school",
    source="https://www.mcbhawaii.marines.mil/News/News-Article-Display/Article/539001/war-veterans-help-out-at-school-before-leaving-marine-corps/",
    license=PD, retrieved=PAGES + " (Marine Corps Base Hawaii story of 7 Oct 2005 by Cpl. Megan L. Stiner on five wounded Marines of the 3rd Marine Regiment working at Mokapu Elementary School before leaving the Marine Corps, with Lance Cpl. Bryan C. Bordog and the principal Larry D. Biggs; the site line 'Marines' and the date and byline line '7 Oct 2005 | Cpl. Megan L. Stiner Marine Corps Base Hawaii' dropped; headline kept as the first line; the last paragraph, '“It is great to have these guys out here interacting with the kids durin', cut in the stored copy, dropped; roles after the name set off by a comma, a home town after a surname cue, and an officer named in reported speech of the principal (H2393); 'for awhile' and curly marks as stored)",
    text='''War veterans help out at school before leaving Marine Corps
When Marines return from combat, wounded, they are usually given an option of how they want to finish out their time in the Corps. Some choose to be a lifeguard at the base pool, others spend their time as range coaches, but for five Marines from Marine Corps Base Hawaii, Kaneohe Bay, the choice was one that has changed their outlook on life, as well as the people they work with.
“This is definitely the best thing I have volunteered for in the Marine Corps,” said Lance Cpl. Bryan C. Bordog, mortarman, 3rd Marine Regiment. “It is nice to escape military life for awhile and give back to the community.”
Bordog and the other volunteers spend five days a week tutoring children, acting as monitors, assisting the teachers, and serving as coaches for after-school basketball teams at Mokapu Elementary School.
“It is great to see that the kids are actually learning the mechanics of the game,” said Larry D. Biggs, principal, Mokapu Elementary School. “We hope to be able to introduce other sports in the future, because basketball has gone so well for the kids.”
Biggs explained the Adopt-A-School Program really took flight after Lt. Col. Owen R. Lovejoy, executive officer, 3rd Marine Regiment, spoke to him and said he was interested in sending wounded Marines over to the school to assist the students.
“We had a chance to go meet the Marines before they came to work at the school, and we were very pleased,” said Biggs, a Des Moines, Iowa native. “Several of the volunteers have expressed that they are interested in pursuing a teaching career, once they get out of the Corps. I think this is a great thing for them to experience.”
Biggs also stressed the fact that activities, such as basketball, have never been available before due to lack of manpower.''',
    quotes=[
        Q('“This is definitely the best thing', 'in the Marine Corps,”', "Bryan C. Bordog"),
        Q('“It is nice to escape', 'to the community.”', "Bryan C. Bordog"),
        Q('“It is great to see that the kids', 'mechanics of the game,”', "Larry D. Biggs"),
        Q('“We hope to be able', 'so well for the kids.”', "Larry D. Biggs"),
        Q('“We had a chance to go meet', 'we were very pleased,”', "Larry D. Biggs"),
        Q('“Several of the volunteers', 'them to experience.”', "Larry D. Biggs"),
    ],
    aliases={"Bryan C. Bordog": ["Bryan C. Bordog", "Lance Cpl. Bryan C. Bordog", "mortarman, 3rd Marine Regiment", "Bordog"],
             "Larry D. Biggs": ["Larry D. Biggs", "principal, Mokapu Elementary School", "Biggs"]},
),
dict(
    id="dvids-h671-day-in-the-life-military-working-dog-handler",
    source="https://www.dvidshub.net/news/26255/day-life-military-working-dog-handler",
    license=PD, retrieved=PAGES + " (DVIDS story by Staff Sgt. Matt Meadows, 4th Brigade Combat Team, 10th Mountain Division, on Staff Sgt. Robert Moore, a specialized search dog handler and kennel master at Forward Operating Base Loyalty, Iraq, and his dog Wisky (no date in the stored copy); the maintenance, login and logo lines, the photo caption line 'Photo By Sgt. 1st Class Matthew Meadows | Air Force Staff Sgt. Travis Hazelton (right), a military working dog handler from...... read more read more' and the byline lines dropped (H2384); the headline, printed twice, kept once as the first line (H1246); the four-space indentation of the stored lines dropped; the last paragraph, '\"Everything revolves around what missions need to be done,\" commented Moore, who is assigned to 217th Military Police Detachment at Fort Lee, Va., and attached to Multi-National Division ', cut in the stored copy, dropped with its complete quotation (H2121); `explained X, role from a home town` between two pieces (H2393); 'Wisky', the en dashes and straight marks as stored)",
    text='''Day in the life of a military working dog handler
FORWARD OPERATING BASE LOYALTY, Iraq – Many Soldiers work outside of their military occupational specialties when they deploy to Iraq; but for some who do not, it's a dog's life – or something very close to it.
Although a dog's life is associated with an easy and lazy existence, that's not the life of a military working dog or the military professionals who handle them. They earn their money each and every day.
"We give them as much down time over here as we possibly can, but still, training has to be conducted because it's a diminishing skill," explained Staff Sgt. Robert Moore, a specialized search dog handler and kennel master from Charleston, W.Va. "We try to put them on odors every day so that we can keep them in tune to what they are doing."
Deployed in support of Multi-National Division – Baghdad's 4th Brigade Combat Team, 10th Mountain Division units at Forward Operating Bases Loyalty and Rustamiyah, Moore said MWDs and their handlers' schedules vary according to requests from various maneuver units they support. Therefore, keeping the dogs on a regular schedule doesn't always work out, but he at least tries to feed his dog, Wisky, about the same times every day: once in the morning and once in the evening.''',
    quotes=[
        Q('"We give them as much down time', 'a diminishing skill,"', "Robert Moore"),
        Q('"We try to put them on odors', 'what they are doing."', "Robert Moore"),
    ],
    aliases={"Robert Moore": ["Robert Moore", "Staff Sgt. Robert Moore", "a specialized search dog handler and kennel master", "Moore"]},
),
dict(
    id="army-h671-2016-11-17-fort-sill-dog-handler-bond",
    source="https://www.army.mil/article/178486/bond_with_dog_handler_deeper_than_duty",
    license=PD, retrieved=PAGES + " (army.mil story by Cindy McIntyre, dateline Nov. 17, 2016, on the 902nd Military Working Dog Detachment at Fort Sill, with its kennelmaster Sgt. 1st Class Christopher Oliver; the byline and date line 'By Cindy McIntyreNovember 17, 2016', the photo titles 'Rock solid evidence', 'Trained attack', 'Nose for narcotics' and 'Romp 'n reward' and their caption lines ('1 / 4 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL' and the others, one with the caption 'Chili finds the scent she was trained to detect - narcotics. ...') dropped (H792); headline kept as the first line; the last paragraph, 'Another, more official, tradition is naming dogs who were born at the military working dog training center ... Zzazu, for instance, is a retired Belgian Malinois living with the fam', cut in the stored copy, dropped; a second piece closed by its own `he said` and a reported sentence ending `said Oliver.` (H2393); 'Military Working Dogs (WMD)' and straight marks as stored)",
    text='''Bond with dog, handler deeper than duty
FORT SILL, Okla., Nov. 17, 2016 -- They might be government issue to the Army, but Military Working Dogs (WMD) are much more than that to their Soldier handlers. Sometimes they even get to be part of the Soldier's family when the K-9 retires.
"It's a very rewarding position," said Sgt. 1st Class Christopher Oliver, kennelmaster at the 902nd Military Working Dog Detachment here. "You are everything to that animal. They don't talk back. They don't have an opinion. You're just borrowing this animal for the next handler," he said. How a Soldier trains the dog determines how well the next handler will work with his or her new partner.
Oliver said he was deployed to Bosnia as a military policeman when he first saw the K-9s working there, and decided his re-enlistment would be as a dog handler. He's been at it since 2003, and has seen a few deployments with K-9s.
The unofficial tradition is that MWDs are one rank higher than that of their handler, so that they are accorded the respect due to them, said Oliver.''',
    quotes=[
        Q('"It\'s a very rewarding position,"', None, "Christopher Oliver"),
        Q('"You are everything to that animal.', 'for the next handler,"', "Christopher Oliver"),
    ],
    aliases={"Christopher Oliver": ["Christopher Oliver", "Sgt. 1st Class Christopher Oliver", "kennelmaster at the 902nd Military Working Dog Detachment", "Oliver"]},
),
dict(
    id="navy-cpf-h671-2013-07-31-uss-preble-sydney-childrens-hospital",
    source="https://www.cpf.navy.mil/Newsroom/News/Article/2751070/uss-preble-sailors-visit-sydney-childrens-hospital/",
    license=PD, retrieved=PAGES + " (U.S. Pacific Fleet story of 31 July 2013 by Mass Communication Specialist 3rd Class Paul Kelly on Sailors of USS Preble visiting the Royal Alexandra Hospital for Children in Sydney, with Logistics Specialist 3rd Class Andrea Catindig and Personnel Specialist 1st Class Jay Jay Robles; the .mil banner lines, the date line '31 July 2013' and the byline 'From Mass Communication Specialist 3rd Class Paul Kelly' dropped; headline kept as the first line; the summary line under it, worded unlike the first body paragraph (`during their Australia port call`, no dateline), kept as a line; the last paragraph, 'For many of the Sailors, it was their first time visiting a children's hospital. ... less worried about their own ', cut in the stored copy, dropped; a first piece closed without a comma before `said X` (H2394); straight marks as stored)",
    text='''USS Preble Sailors Visit Sydney Children's Hospital
Sailors from the guided-missile destroyer USS Preble took some of their time off during their Australia port call to visit the Royal Alexandra Hospital for Children, July 31.
SYDNEY, Australia - Sailors assigned to the Arleigh Burke-class guided-missile destroyer USS Preble took some of their time off during their port call to visit the Royal Alexandra Hospital for Children, July 31.
The visit was part of a community service (COMSERV) event. COMSERVs give Sailors a chance to experience new cultures, share some of theirs, and leave a place better than they found it.
"I like to have opportunities like these" said Logistics Specialist 3rd Class Andrea Catindig. "It's nice to get out of the norm and do some random acts of kindness. It doesn't take much to brighten someone's day."
Sailors moved room to room visiting approximately 30 children. Many of the children were curious about life on a ship, and the different jobs Sailors do. Questions were asked from both sides about music, animals, school, sports, and hobbies.
"I think that they felt like people care about them, and it also broke the monotony," said Personnel Specialist 1st Class Jay Jay Robles. "We were able to talk to them and offer them something different and share each other's cultures."''',
    quotes=[
        Q('"I like to have opportunities like these"', None, "Andrea Catindig"),
        Q('"It\'s nice to get out of the norm', 'brighten someone\'s day."', "Andrea Catindig"),
        Q('"I think that they felt like people care', 'broke the monotony,"', "Jay Jay Robles"),
        Q('"We were able to talk to them', 'each other\'s cultures."', "Jay Jay Robles"),
    ],
    aliases={"Andrea Catindig": ["Andrea Catindig", "Logistics Specialist 3rd Class Andrea Catindig"],
             "Jay Jay Robles": ["Jay Jay Robles", "Personnel Specialist 1st Class Jay Jay Robles"]},
),
]
