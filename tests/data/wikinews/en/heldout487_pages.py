# Held-out English news texts (tests/data/heldout487-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the armed services,
# the Air National Guard and USAID: an Air Force story on Barksdale airmen building a Habitat for Humanity house (af.mil
# 117093); three Navy News Service stories reposted on military-online.blogspot.com (Little Rock Navy Week, 2010; USS
# Shiloh and USS Lassen sailors painting a school in Goa, India, 2010; USS Annapolis sailors at a Fort Lauderdale church
# during Fleet Week Port Everglades, 2011); a Navy NewsStand story on USS George Washington's community relations projects
# in Antigua (2006, copy on globalsecurity.org); two DVIDS stories (the printable page of 118843, the Army-sponsored VEX
# All-American Robotics competition in San Antonio, January 2014; 419585, a deployment ceremony of the Vermont Air National
# Guard's 158th Fighter Wing); an Oregon Air National Guard story on a mobilization ceremony at Kingsley Field
# (173fw.ang.af.mil 3902376, September 2024); and a USAID Impact blog post on the former head of USAID's Afghanistan
# mission, Bill Frej (blog.usaid.gov archive page). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also
# where it holds a complete quotation before the cut (noted in `retrieved`). Site and blog lines, '• Published' / '• By
# ...' lines, bylines, unit lines, DVIDS 'Date', 'Posted' and 'News ID' lines and the image title line after them, Navy
# NewsStand story number and release date lines, the following blog post of the USAID archive page, the empty lines
# between paragraphs and spaces at the end of a paragraph are dropped; a headline is kept once as the first line where
# the stored copy has one (none is added where it has none); datelines at the start of a paragraph are kept as stored;
# wording, double spaces, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H2195-H2200 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout487-en.jsonl

Built by `build.py` from `heldout487_pages.py`. Like heldout467-en, heldout89-en, heldout80-en and the other US government
sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): an Air Force story of the 2nd Bomb Wing on Barksdale Air
Force Base airmen building a Habitat for Humanity house in Shreveport, La. ('Barksdale Airmen build homes for needy
families', af.mil 117093, by Senior Airman Megan M. Tracy, March 20 with no year in the stored copy); three Navy News
Service stories reposted verbatim on the blog military-online.blogspot.com (sailors' community service during Little Rock
Navy Week, May 2010, by Chief Mass Communication Specialist Steve Johnson, Navy Office of Community Outreach; sailors of
USS Shiloh and USS Lassen painting classrooms of the Bhatikar Model English School in Goa, India, April 2010, by Mass
Communication Specialist 3rd Class Charles Oki, Commander Task Force 70; USS Annapolis sailors working for First
Presbyterian Church of Fort Lauderdale during Fleet Week Port Everglades, April 2011, by Mass Communication Specialist
2nd Class Charles White, Navy Region Southeast); a Navy NewsStand story on USS George Washington sailors' community
relations projects in Antigua ('GW Completes COMREL in Antigua', NNS060519-14, May 19, 2006, by Chief Journalist Henry W.
Rice, copy on globalsecurity.org); two DVIDS (Defense Visual Information Distribution Service) stories, the printable page
of 118843 ('Overrun by robots', by Sgt. 1st Class Lisa Litchfield, 319th Mobile Public Affairs Detachment, January 4,
2014, on the Army-sponsored 2014 VEX All-American Robotics competition in San Antonio) and 419585 (slug
'vtang-honors-deploying-airmen-and-their-families', a deployment ceremony of the Vermont Air National Guard's 158th
Fighter Wing, no date or writer in the stored copy); an Oregon Air National Guard story of the 173rd Fighter Wing ('Team
Kingsley deployers and families celebrated with mobilization ceremony', 173fw.ang.af.mil 3902376, by Tech. Sgt. Emily
Copeland, on a ceremony of September 7, 2024); and a USAID Impact blog post ('Former Afghan Aid Chief Reflects on Career
in Foreign Assistance', on Bill Frej, former head of USAID's Afghanistan mission, no date in the stored copy) as kept on
an archive page of blog.usaid.gov, as the USAID blog pages of heldout80-en. Reuse terms relied on: US government works
are not subject to copyright in the US (17 U.S.C. § 105); the .mil pages are the services' own stories; the DVIDS pages
carry the units' own public-affairs stories (as in heldout453-en and heldout467-en); the blog and globalsecurity.org
copies reproduce Navy News Service stories credited to Navy public affairs writers and are marked as copies on a
non-government site (as the globalsecurity.org and military-online.blogspot.com copies of heldout89-en); the USAID blog
is the agency's own. Licence caveats: the stored copy of DVIDS 419585 names no writer, so the writer's status is taken
from DVIDS publishing it as the unit's own story; a National Guard member's status (state or federal duty) at the time of
writing cannot be checked from the stored copies of 419585 and of the 173rd Fighter Wing story (treated as the National
Guard pages of earlier sets); the USAID post names no writer; the stories quote private people (a Habitat for Humanity
coordinator and a future homeowner, a pastor, a hospital's child life specialist, an Indian school's headmistress, a
church administrator) inside the public-domain stories. None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped,
also where it holds a complete quotation before the cut (what was dropped is noted per page). The Air Force '• Published'
/ '• By ...' lines, the blog's bylines, the globalsecurity.org banner and site lines ('UNITED24 - Make a charitable
donation in support of Ukraine!', 'Military', 'Navy NewsStand', 'Story Number: NNS060519-14', 'Release Date: 5/19/2006
3:42:00 PM'), the DVIDS printable page's unit, 'Story by', 'Date', 'Posted' and 'News ID' lines and the image title line
after them, the USAID blog's site lines ('USAID Impact Photo Credit: USAID and Partners', 'Archives for USAID') and the
following post, the empty lines between paragraphs and spaces at the end of a paragraph were dropped; headlines are kept
once as the first line where the stored copy has one (the three blog copies and DVIDS 419585 have none and get none,
H1818); datelines at the start of a paragraph are kept as stored (with the blog copy's date before the Goa dateline);
wording, double spaces ('Oregon.  Approximately'), dashes ('history—in Afghanistan— Bill', 'at our best--when') and
quotation marks (straight or curly as stored) are as stored. Pages read but left out: the Air Force Habitat for Humanity
stories of Davis-Monthan (12af.acc.af.mil 319404), Seymour Johnson (307172), Shaw (214491), Tyndall (317017), Ellsworth
(8af.af.mil 1031713) and Eielson (af.mil 123319597), all in heldout346-en; the Navy science fair story navy.mil 28367
(heldout234-en); the Wisconsin Air National Guard ceremonies of December 2011 (heldout137-en); National Guard flood stories
(nationalguard.mil 611419, 1794723, 573315, army.mil 41598, used in earlier sets); the McConnell Habitat story on
military-online.blogspot.com (stored with hard line breaks whose paragraph ends cannot be told), the Madison Hometown
Heroes story (one speaker), the USS Jackson story (navy.mil 2256299, one quotation), the Louisiana National Guard
deployment story (a state site), the Alaska Air Guard release (a docstoc.com copy), the Stennis awards release (one
speaker), Fermilab and ORNL pages (contractor-run laboratories) and pages of newspapers, TV stations and blogs found by the
same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(117093, 118843, 419585, 3902376), by title and slug and by the names of their speakers and phrases, such as Barksdale
Airmen build, Martha Lawrence, Michelle Hart, Cherie Ashley, Megan M. Tracy, Little Rock Navy Week, Kimberly Bradley,
Hezekiah, Watershed Human, Amanda Auttonberry, Caps for Kids, USS Shiloh, Bhatikar, Michael Tagaloa, Revathy Kane,
Malabar 2010, Charles Oki, COMREL in Antigua, Jim Edwards, Luis Isassi, St. Joseph’s Academy, Henry W. Rice, Overrun by
robots, Todd Semonite, Sherwood Baker, Lisa Litchfield, VEX, Gregory Knight, David Shevchik, Green Mountain Boy battle
flag, Blue Star Banner, Team Kingsley, Alan Gronewold, No Slack, Emily Copeland, Former Afghan Aid Chief, Frej, Aga Khan,
First Presbyterian Church of Fort Lauderdale, David Kramer and Jacob Lalonde, with grep over tests/data of the main tree
and of every other helper's worktree (heldout468-486): no hit). The annotation (rules H2195–H2200 in `ANNOTATION.md` on
top of H1–H2191) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-117093-barksdale-airmen-habitat-for-humanity",
    source="https://www.af.mil/News/Article-Display/Article/117093/barksdale-airmen-build-homes-for-needy-families",
    license=PD, retrieved=PAGES + ' (Air Force story by Senior Airman Megan M. Tracy, 2nd Bomb Wing Public Affairs, on Barksdale airmen building a Habitat for Humanity house in Shreveport, La., March 20 (no year in the stored copy); the lines \'• Published\', \'• By Senior Airman Megan M. Tracy\' and \'• 2nd Bomb Wing Public Affairs\' and the space at the end of the third paragraph dropped; headline kept as the first line; the last paragraph, \'"We have financial guidelines," Mrs. Lawrence said. "You have to demonstrate three things. One is a need for decen\', cut in the stored copy, dropped with its complete first quotation (H2121); the parenthesis \'(Hurricane)\' inside Hart\'s span and straight marks as stored (H2200))',
    text='''Barksdale Airmen build homes for needy families
More than a dozen Barksdale Air Force Base Airmen came together to help give a deserving family the gift of a lifetime March 20 in downtown Shreveport, La.
The volunteers met up at the building site with Habitat for Humanity volunteers, family members and workers from the Military Entrance Processing Station.
After an initial safety brief, everyone lined up on either side of the concrete foundation and on the count of three, raised the wooden beams that would become the walls of the house.
Building a house takes 23 working days from start to finish. During that time, Airmen will help with everything from hanging sheetrock, putting up walls, installing windows and landscaping.
"We do everything that does not require a license," said Martha Lawrence, volunteer coordinator for Habitat for Humanity. "We have subcontractors who come out and do the electric, plumbing and air conditioning. When we finish this house, it's ready to move in. The only thing the homeowners have to buy is a shower curtain."
"We first came up here after (Hurricane) Katrina," said Michelle Hart, the future homeowner. "When we got here, we met up with Cherie Ashley who's the executive director for Habitat, and an old classmate of mine from New Orleans. She encouraged us to fill out an application, and we were one of the families selected for one of the homes."
Habitat for Humanity is a non-profit Christian housing ministry that partners with volunteers from all backgrounds, races and religions to build houses for families in need. Since its creation in 1976, Habitat for Humanity has built more than 350,000 houses, giving shelter to more than 1.75 million people. To be considered for a house, potential homeowners must fill out an application.''',
    quotes=[
        Q('"We do everything', 'require a license,"', "Martha Lawrence"),
        Q('"We have subcontractors', 'a shower curtain."', "Martha Lawrence"),
        Q('"We first came up here', 'Katrina,"', "Michelle Hart"),
        Q('"When we got here', 'one of the homes."', "Michelle Hart"),
    ],
    aliases={"Martha Lawrence": ["Martha Lawrence", "volunteer coordinator for Habitat for Humanity"],
             "Michelle Hart": ["Michelle Hart", "the future homeowner"]},
),
dict(
    id="navy-nns-2010-little-rock-navy-week-sailors-volunteer",
    source="https://military-online.blogspot.com/2010/06/sailors-volunteer-at-little-rock-navy.html?m=1",
    license=PDC, retrieved=PAGES + " (Navy News Service story by Chief Mass Communication Specialist Steve Johnson, Navy Office of Community Outreach Public Affairs, on sailors' community service during Little Rock Navy Week, May 23-30 (2010 by the blog's address), reposted on the blog military-online.blogspot.com; the byline line dropped; the stored copy has no headline line (slug 'sailors-volunteer-at-little-rock-navy') and gets none (H1818); the dateline 'LITTLE ROCK, Ark. (NNS) -- ' kept as stored; the last paragraph, 'Habitat for Humanity received assistance from 15 Sailors and recruits hailing from various area command', cut in the stored copy, dropped; the title 'Rev.' left out of the canonical name and the suffix 'Jr.' kept (H2199); straight marks and 'Arkansas' only' as stored)",
    text='''LITTLE ROCK, Ark. (NNS) -- Sailors volunteered for a variety of community service projects during Little Rock Navy Week May 23-30 in Little Rock, Ark.
More than 12 Sailors and recruits gave the Watershed Human and Community Development Agency, Inc. a fresh coat of white paint, covering the facility's exterior walls and walkway support columns.
"The Navy has such a small presence in Arkansas, it's nice that we get out and do these things so people know we're here," said Information Systems Technician 1st Class Kimberly Bradley, assigned to Navy Operational Support Center Little Rock. "They don't know how diverse we are. The Navy's mission isn't just about being on a ship. We do everything from security to deployments in the desert and Afghanistan. We need to make people aware of us by getting out in the community."
The agency representatives were very appreciative of all the work the Sailors completed for them.
"It's one thing for the Navy to fight the war overseas for freedom, but another thing to fight the war on poverty here at home," said Rev. Hezekiah D. Stewart Jr., who helped found the organization. "It's a big deal that the Navy is coming here to help spruce up the place because we just don't have the manpower."
Painting wasn't the only thing Sailors did during Navy Week Little Rock. Earlier in the week, six Sailors delivered Navy ball caps to patients at the Arkansas Children's Hospital, Arkansas' only pediatric medical center, as part of the Caps for Kids program.
"This has been a neat special event where they get to interact with the Sailors," said Amanda Auttonberry, a child life specialist at the hospital. "The children have a chance to forget about their illness, plus it inspires them to think about the future. It's fun, but it also gives them hope."''',
    quotes=[
        Q('"The Navy has such a small presence', "know we're here,\"", "Kimberly Bradley"),
        Q('"They don\'t know how diverse', 'out in the community."', "Kimberly Bradley"),
        Q('"It\'s one thing for the Navy', 'here at home,"', "Hezekiah D. Stewart Jr."),
        Q('"It\'s a big deal', 'the manpower."', "Hezekiah D. Stewart Jr."),
        Q('"This has been a neat', 'with the Sailors,"', "Amanda Auttonberry"),
        Q('"The children have a chance', 'gives them hope."', "Amanda Auttonberry"),
    ],
    aliases={"Kimberly Bradley": ["Kimberly Bradley", "Information Systems Technician 1st Class Kimberly Bradley"],
             "Hezekiah D. Stewart Jr.": ["Hezekiah D. Stewart Jr.", "Rev. Hezekiah D. Stewart Jr."],
             "Amanda Auttonberry": ["Amanda Auttonberry", "a child life specialist at the hospital"]},
),
dict(
    id="navy-nns-2010-uss-shiloh-lassen-goa-school",
    source="https://military-online.blogspot.com/2010/04/uss-shiloh-lassen-renovate-primary.html?m=1",
    license=PDC, retrieved=PAGES + ' (Navy News Service story by Mass Communication Specialist 3rd Class Charles Oki, Commander Task Force 70 Public Affairs, April 26, 2010, on sailors of USS Shiloh and USS Lassen painting classrooms of the Bhatikar Model English School in Goa, India, reposted on the blog military-online.blogspot.com; the byline line dropped; the stored copy has no headline line (slug \'uss-shiloh-lassen-renovate-primary\') and gets none (H1818); the date and dateline \'April 26, 2010 - GOA, India (NNS) -- \' kept as stored (H2199); the last paragraph, \'"We\'re here to show the people of India that we\'re here as friends," said Operations Specialist 2nd Class (SW) Joshua Eddy, a Cleveland native and Lassen\'s communi\', cut in the stored copy, dropped with its complete quotation (H2121), so Joshua Eddy is no speaker; \'class rooms\', \'busses\' and straight marks as stored)',
    text='''April 26, 2010 - GOA, India (NNS) -- Sailors from the Ticonderoga-class guided-missile cruiser USS Shiloh (CG 67) and Arleigh Burke-class guided-missile destroyer USS Lassen (DDG 82) painted class rooms at the Bhatikar Model English School in Goa, India, April 23.
Sailors from both ships hopped onto busses and made their way to the school where they painted classrooms and interacted with the school staff and students.
More than 40 Sailors attended the event and repainted four classrooms in a span of two hours.
"Many of the Sailors stepped off the ship only minutes after the brow set," said Lt. Michael Tagaloa, Shiloh's command chaplain. "Instead of rushing to go on liberty we had many Sailors rushing to go to the community service project. The Sailors love being able to reach out to the community and even in such a short time they learned a lot about the people and the culture. The Sailors worked hard, and they did a wonderful job."
The staff in attendance at the event included several teachers and the principal of the school.
"I must say that they are doing a wonderful job," said Revathy Kane, the headmistress of the Bhatikar Model English School. "I am so happy to see the Sailors doing the work sincerely and so systematically. I know that they didn't have any rest before coming here, and we greatly appreciate the help. I hope that if the Sailors come back that we can welcome them once again."
Shiloh and Lassen's visit is the first part of Exercise Malabar 2010, a bilateral exercise with the Indian Navy. As an important military exercise, Malabar helps the U.S. and Indian navies maintain a strong bond. Community service projects often help Sailors make that same bond with citizens out in the general population.''',
    quotes=[
        Q('"Many of the Sailors stepped', 'the brow set,"', "Michael Tagaloa"),
        Q('"Instead of rushing', 'did a wonderful job."', "Michael Tagaloa"),
        Q('"I must say', 'doing a wonderful job,"', "Revathy Kane"),
        Q('"I am so happy', 'welcome them once again."', "Revathy Kane"),
    ],
    aliases={"Michael Tagaloa": ["Michael Tagaloa", "Lt. Michael Tagaloa", "Shiloh's command chaplain"],
             "Revathy Kane": ["Revathy Kane", "the headmistress of the Bhatikar Model English School"]},
),
dict(
    id="navy-nns060519-14-gw-comrel-antigua",
    source="https://www.globalsecurity.org/military/library/news/2006/05/mil-060519-nns06.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS060519-14 by Chief Journalist (SW/AW/IUSS) Henry W. Rice, USS George Washington Carrier Strike Group Public Affairs, May 19, 2006, on community relations projects of USS George Washington sailors in Antigua, reproduced on globalsecurity.org; the lines 'UNITED24 - Make a charitable donation in support of Ukraine!', 'Military', 'Navy NewsStand', 'Story Number: NNS060519-14', 'Release Date: 5/19/2006 3:42:00 PM' and the byline dropped; headline kept as the first line; the dateline 'ST. JOHNS, Antigua (NNS) -- ' kept as stored; the last paragraph, 'At the Antigua Girls School, Sa', cut in the stored copy, dropped; the quotation after the paragraph with reported speech and 'he said' (H2200); curly marks and the apostrophes of 'GW’s', 'St. Joseph’s' and 'boy’s' as stored)",
    text='''GW Completes COMREL in Antigua
ST. JOHNS, Antigua (NNS) -- USS George Washington (CVN 73) (GW) Sailors completed more than 1,200 hours of volunteer service during community relations (COMREL) projects in Antigua May 17.
More than 250 Sailors worked on more than 20 projects located at 11 sites, including the St. Johns Anglican Cathedral, the Salvation Army Preschool, Antigua Girls High School, Antigua Grammar School, T.N. Kirnon School and various local Roman Catholic schools and agencies.
Sailors completed a variety of tasks, including a general cleanup of outside areas, landscaping, painting, repairing windows, repairing lunch benches, and playing with students. At the St. Johns Cathedral, Sailors cleaned and painted handrails on the stairwells, and stained a huge wooden balcony.
“We wanted to get out to as many locations as we could,” said Lt. Cmdr. Jim Edwards, a chaplain assigned to GW and the COMREL coordinator. “GW Sailors enjoy the opportunity to help and interact with people during these projects, and the community was grateful for their assistance.”
Airman Luis Isassi from GW’s air department painted a wall at St. Joseph’s Academy, a local boy’s school. He said volunteer projects like this are great for the community and for the Sailors.
“Being involved in the COMREL overseas and accomplishing so much during the projects really makes me feel good about myself,” he said.
The GW Sailors were also able to interact with the children at the schools. At St. Joseph’s Academy, the children sang to the Sailors.
“The children were really good singers,” said Isassi. “They were singing songs that I used to sing in Sunday school when I was younger.”''',
    quotes=[
        Q('“We wanted to get out', 'as we could,”', "Jim Edwards"),
        Q('“GW Sailors enjoy', 'their assistance.”', "Jim Edwards"),
        Q('“Being involved in the COMREL', 'good about myself,”', "Luis Isassi"),
        Q('“The children were really good singers,”', None, "Luis Isassi"),
        Q('“They were singing songs', 'when I was younger.”', "Luis Isassi"),
    ],
    aliases={"Jim Edwards": ["Jim Edwards", "Lt. Cmdr. Jim Edwards", "a chaplain assigned to GW and the COMREL coordinator"],
             "Luis Isassi": ["Luis Isassi", "Airman Luis Isassi", "Isassi"]},
),
dict(
    id="dvidshub-118843-vex-robotics-san-antonio-2014",
    source="https://www.dvidshub.net/news/printable/118843",
    license=PD, retrieved=PAGES + " (DVIDS printable page of story 118843 by Sgt. 1st Class Lisa Litchfield, 319th Mobile Public Affairs Detachment, on the Army-sponsored 2014 VEX All-American Robotics competition at Sunset Station, San Antonio, Jan. 3, 2014; the lines '319th Mobile Public Affairs Detachment', 'Story by Sgt. 1st Class Lisa Litchfield', 'Date: 01.04.2014', 'Posted: 01.04.2014 11:37' and 'News ID: 118843' and the image title line 'Robotics at rest' after them dropped (H2156); headline kept as the first line; the dateline 'SAN ANTONIO – ' kept as stored; the last paragraph, 'The U.S. Army received the Partner of the Year award for their participation in the event and M', cut in the stored copy, dropped; the general's partial quotation in the lead and the writer's idiom '“talk shop”' (H2195); the dashes inside Baker's second span and curly marks as stored)",
    text='''Overrun by robots
SAN ANTONIO – Approximately 700 students and 150 mentors were on hand at Sunset Station in San Antonio Jan. 3, 2014, to hear Maj. Gen. Todd Semonite proclaim the 2014 VEX All-American Robotics competitors as the generation that “is going to carry on to set the path for the future.”
The competition, sponsored by the U.S. Army, is geared toward attracting the next generation of scientists, technologists, engineers and mathematicians. These advanced skills are critical to ensuring the Army will continue to remain relevant in the race for innovation and global competitiveness.
High school and middle school students comprised the more than 50 teams from 18 schools across central and eastern Texas for this critical part of the science, technology, engineering and mathematics program.
VEX robotics competitions like this one encourage the integration of robotics in the classroom and engage students in all facets of the STEM education. With the competitive edge added to curriculum, learning STEM concepts and life skills becomes fun.
Systems Automation Engineer Col. Sherwood Baker of the U.S. Army Tank Automotive Research, Development and Engineering Center, was on hand to “talk shop” with some of the competitors between rounds.
“This is good because we can see upcoming students that want to get involved in engineering, science, robotics, the kind of things we need in the Army,” he said.
With an increase in reconnaissance robots used to pick up IEDs and keep soldiers further from harm’s way, Baker pointed out the relevance of this competition.
“These are the kind of robots – here at the competition – that are able to pick up balls, and move them and do things like that,” he said.''',
    quotes=[
        Q('“is going to carry on', 'for the future.”', "Todd Semonite"),
        Q('“talk shop”', None, None),
        Q('“This is good because', 'need in the Army,”', "Sherwood Baker"),
        Q('“These are the kind of robots', 'things like that,”', "Sherwood Baker"),
    ],
    aliases={"Todd Semonite": ["Todd Semonite", "Maj. Gen. Todd Semonite"],
             "Sherwood Baker": ["Sherwood Baker", "Col. Sherwood Baker", "Systems Automation Engineer Col. Sherwood Baker", "Baker"]},
),
dict(
    id="dvidshub-419585-vtang-deploying-airmen-ceremony",
    source="https://www.dvidshub.net/news/419585/vtang-honors-deploying-airmen-and-their-families",
    license=PD, retrieved=PAGES + " (DVIDS story on a deployment ceremony of the Vermont Air National Guard before the 158th Fighter Wing's deployment to Europe (no date and no writer in the stored copy); the stored copy opens with the dateline paragraph and has no headline line (slug 'vtang-honors-deploying-airmen-and-their-families'), so none is added (H1818); the dateline 'SOUTH BURLINGTON, Vt. – ' kept as stored; the stored copy ends after the paragraph on Governor Phil Scott and Senator Bernie Sanders, who speak without marks and are no speakers (H2198); the empty lines between paragraphs dropped; 'best--when' and curly marks as stored)",
    text='''SOUTH BURLINGTON, Vt. – The Vermont Air National Guard held a deployment ceremony this evening to recognize the sacrifices of Airmen and their families ahead of the 158th Fighter Wing’s deployment to Europe.
“There are not words to tell you how immensely proud I am of our Vermont Air National Guard,” said Maj. Gen. Gregory Knight, Vermont Adjutant General. “For our families and employers, I offer sincere thanks for your support. We simply couldn’t do what we do without you.”
During the ceremony Knight presented a Green Mountain Boy battle flag to two deploying Airmen. The flag is used as the regimental flag of the Vermont National Guard and accompanies units on missions as a symbol of the trust and confidence the Adjutant General places in the unit to succeed in their assigned mission.
“Like many other times throughout our proud Green Mountain Boy history, it is when we’re needed most that we are at our best--when you are at your best,” said Col. David Shevchik, commander, 158th Fighter Wing. “That time again is right now. I want to thank you and your families for all that you’ve already done up to this point and for what you’re about to do. We’re extremely proud of you.”
A Blue Star Banner was presented to a family member of a deploying Airman. Families display these banners when a loved one is serving overseas.
“Know that the Blue Star Banner represents your loved one, but also it represents the service of your household,” Shevchik said. “The support and strength of your family members and the pride that goes along with it.”
Governor Phil Scott and Senator Bernie Sanders also spoke at the ceremony thanking the Airmen and families for their service to the state and nation.''',
    quotes=[
        Q('“There are not words', 'Air National Guard,”', "Gregory Knight"),
        Q('“For our families', 'without you.”', "Gregory Knight"),
        Q('“Like many other times', 'at your best,”', "David Shevchik"),
        Q('“That time again', 'proud of you.”', "David Shevchik"),
        Q('“Know that the Blue Star Banner', 'of your household,”', "David Shevchik"),
        Q('“The support and strength', 'goes along with it.”', "David Shevchik"),
    ],
    aliases={"Gregory Knight": ["Gregory Knight", "Maj. Gen. Gregory Knight", "Vermont Adjutant General", "Knight"],
             "David Shevchik": ["David Shevchik", "Col. David Shevchik", "commander, 158th Fighter Wing", "Shevchik"]},
),
dict(
    id="usaid-blog-former-afghan-aid-chief-bill-frej",
    source="http://blog.usaid.gov/category/agriculture/page/2/storify.com/usaid/page/82/",
    license=PD, retrieved=PAGES + " (USAID Impact blog post 'Former Afghan Aid Chief Reflects on Career in Foreign Assistance', on Bill Frej, as kept first on an archive page of blog.usaid.gov (no date and no writer in the stored copy); the site lines 'USAID Impact Photo Credit: USAID and Partners' and 'Archives for USAID' and the following post ('Flying Over Swat Showed me the True Scope of the Disaster', a first-person post of another writer) dropped; one complete post is one document (H257); the post's headline kept as the first line; the partial quotation and the cue-less closing quotation (H2196); the bracket '[Afghanistan]' inside the span, the em dashes ('history—in Afghanistan— Bill', 'children—only boys—in') and curly marks as stored)",
    text='''Former Afghan Aid Chief Reflects on Career in Foreign Assistance
After 14 months heading the largest USAID office in Agency history—in Afghanistan— Bill Frej stepped down from a long career in foreign assistance this summer. “We have completely transformed the aid program and made agriculture the number one priority,” said Frej in an interview in Washington.
Although Frej admitted to many challenges in delivering large amounts of foreign assistance in a war zone, the aid veteran is replete with success stories. Frej counts the mass enrollment of girls in schools as one of USAID’s major accomplishments in Afghanistan, explaining that U.S. assistance helped increase countrywide school enrollment from 400,000 children—only boys—in 2001 to 6.5 million today, 40 percent of them girls.
Frej said he recently travelled three hours by jeep to visit a USAID program in a village in Bamiyan at 10,000 feet. He was struck to see children, boys and girls, being taught to read, write and even speak English by a trained teacher in such an isolated place. “USAID and our development partner, Aga Khan Trust, were the first development organizations to visit this village,” he said.
Frej also points to major healthcare improvements as a result of U.S. government aid activity. “I’ve been to 28 of the 34 provinces and in almost every visit, seen midwives training. [Afghanistan] had the highest mortality rate of mothers and children in childbirth in the world and it has been completely turned around,” he said. Frej called Afghanistan one of the best success stories “anywhere in the developing world” in terms of gains in mother-child health. “USAID has a great deal to be proud of.”''',
    quotes=[
        Q('“We have completely transformed', 'number one priority,”', "Bill Frej"),
        Q('“USAID and our development partner', 'visit this village,”', "Bill Frej"),
        Q('“I’ve been to 28', 'completely turned around,”', "Bill Frej"),
        Q('“anywhere in the developing world”', None, "Bill Frej"),
        Q('“USAID has a great deal to be proud of.”', None, "Bill Frej"),
    ],
    aliases={"Bill Frej": ["Bill Frej", "Frej", "the aid veteran"]},
),
dict(
    id="navy-nns-2011-uss-annapolis-fort-lauderdale-church",
    source="http://military-online.blogspot.com/2011/04/submariners-assist-south-florida-church.html",
    license=PDC, retrieved=PAGES + " (Navy News Service story by Mass Communication Specialist 2nd Class Charles White, Navy Region Southeast Public Affairs, on USS Annapolis sailors working for First Presbyterian Church of Fort Lauderdale during Fleet Week Port Everglades 2011, April 26, reposted on the blog military-online.blogspot.com; the byline line dropped; the stored copy has no headline line (slug 'submariners-assist-south-florida-church') and gets none (H1818); the dateline 'PORT EVERGLADES, Fla. (NNS) -- ' kept as stored; the last paragraph, 'With more than just a meal though, ... and b', cut in the stored copy, dropped; the pronoun cue after a presenting paragraph and the partial quotation after 'He said it was the best way to' (H2197); straight marks and the apostrophes of 'Sailors' helpfulness' and 'Port Everglades' Galley Wars' as stored)",
    text='''PORT EVERGLADES, Fla. (NNS) -- USS Annapolis (SSN 760) Sailors volunteered to work on two major projects for First Presbyterian Church of Fort Lauderdale as part of Fleet Week Port Everglades 2011, April 26.
The eight Sailors assisted church staff members with painting a two-story church building and clearing a large parking lot of crumbling concrete parking blocks, the materials of which were then donated to a local Habitat for Humanity project where they will be recycled.
Church Administrator David Kramer noted the difficulty in organizing a large working party of strong people to handle the two projects from within the church body and was appreciative of the Sailors' helpfulness. Adding to that appreciation was his surprise to learn of a very typical Navy skill set.
"It was wonderful to learn that all of the Sailors know how to paint," he said. "If you don't know how to paint, it can get messy."
Electronics Technician 3rd Class Jacob Lalonde of Corpus Christi, Texas, had never before been to Florida but still chose to spend his first day ashore volunteering. He said it was the best way to "experience Florida and touch base with the people who live here, to show them that we actually care."
In addition to volunteering his time at First Presbyterian, Lalonde decided to spend his next two liberty days speaking to patients at a children's hospital and feeding the homeless.
After a few hours of work, Navy volunteers were surprised with a lunch prepared by Executive Chef Kevin Hyotte, judge of Fleet Week Port Everglades' Galley Wars, which is scheduled for April 28. The meal included gourmet submarine sandwiches and muffins.''',
    quotes=[
        Q('"It was wonderful to learn', 'how to paint,"', "David Kramer"),
        Q('"If you don\'t know how to paint', 'get messy."', "David Kramer"),
        Q('"experience Florida', 'we actually care."', "Jacob Lalonde"),
    ],
    aliases={"David Kramer": ["David Kramer", "Church Administrator David Kramer"],
             "Jacob Lalonde": ["Jacob Lalonde", "Electronics Technician 3rd Class Jacob Lalonde", "Lalonde"]},
),
dict(
    id="ang-173fw-3902376-kingsley-mobilization-ceremony",
    source="https://www.173fw.ang.af.mil/News/Article-Display/Article/3902376/team-kingsley-deployers-and-families-celebrated-with-mobilization-ceremony/",
    license=PD, retrieved=PAGES + " (Oregon Air National Guard story by Tech. Sgt. Emily Copeland, 173rd Fighter Wing, on a mobilization ceremony at Kingsley Field, Klamath Falls, Sept. 7, 2024; the lines '• Published', '• By Tech. Sgt. Emily Copeland' and '• 173rd Fighter Wing' dropped; headline kept as the first line; the last paragraph, '“I would like to remind you that as you are going out to support our deployment period, that your identity carries with you,” said Brigadier General', cut in the stored copy inside the cue, dropped with its complete quotation (H2121, H2198); the wing's nickname '“No Slack”' is null (H2198); the double space in 'Oregon.  Approximately' and curly marks as stored)",
    text='''Team Kingsley deployers and families celebrated with mobilization ceremony
Members of the 173rd Fighter Wing were formally recognized with a mobilization ceremony September 7, 2024, at Kingsley Field in Klamath Falls, Oregon.  Approximately 50 members from every group on base are deploying this year to support missions and American interests across the globe.
Deployments for the “No Slack” Airmen are a central part of the role that Guardsman take on when they make the decision to serve in the United States military and Oregon Air National Guard. Oregon’s military has a proud heritage of answering the call to active service since 1848, which has been comprised of missions within the state and abroad.
“This iteration marks the third time the 173rd has participated in this four-year cycle, demonstrating our unwavering commitment to the defense of our nation,” said Brigadier General Alan Gronewold, the Adjutant General of the Oregon National Guard. “You represent the best of our wing and the best of our nation.”
While the service members were celebrated for their selfless actions, service and sacrifice to their nation, the families were also recognized as the silent heroes who bear the burden of their service member’s absence.
“I want to personally thank our families,” said Gronewold. “We can’t do what we do without you, and I want to ensure that you avail yourselves of the family programs and resources that are available to you while your loved one is deployed.”
The Air National Guard participates in Reserve Component Period (RCP) tasking which normally occurs every four years, with individual members deploying to multiple locations that have a specific need for the Airman’s Air Force Specialty Code, or job.''',
    quotes=[
        Q('“No Slack”', None, None),
        Q('“This iteration marks', 'defense of our nation,”', "Alan Gronewold"),
        Q('“You represent the best', 'best of our nation.”', "Alan Gronewold"),
        Q('“I want to personally thank our families,”', None, "Alan Gronewold"),
        Q('“We can’t do what we do', 'loved one is deployed.”', "Alan Gronewold"),
    ],
    aliases={"Alan Gronewold": ["Alan Gronewold", "Brigadier General Alan Gronewold", "the Adjutant General of the Oregon National Guard", "Gronewold"]},
),
]
