# Held-out English news texts (tests/data/heldout576-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105) of NASA, FEMA, the
# Department of Energy, the Environmental Protection Agency and the State Department: three NASA Langley Research Center
# stories (Youth Day 2011, nasa.gov researchernews rn_YouthDay2011; Technology Day at the Virginia Air & Space Center,
# July 16, 2014; Administrator Bill Nelson's tour with members of a local NSBE Jr. chapter, 2023), a FEMA mitigation
# story on a Kansas City family's tornado safe room (release FNF-03-02 of May 20, 2003, End of Term web archive copy),
# two Department of Energy releases on the National Science Bowl (2016, science.osti.gov; 2019, copy on newswise.com),
# an EPA release of March 26, 1998 on the 1997 President's Environmental Youth Awards (archive.epa.gov) and a U.S.
# Embassy Yerevan story on Ambassador Richard M. Mills, Jr. donating equipment to the Tsiatsan and Amberd schools
# (am.usembassy.gov). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines
# ('LOADING...', 'Text Size', 'Contact Us', 'Newsroom', 'All News Releases By Date', '» En Español'), date, release,
# contact and byline lines, image placeholders and photo captions, a site's label glued to the first paragraph, a
# headline printed twice (kept once), the empty lines between paragraphs and spaces at the end of a line are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); wording,
# typos, dashes and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H2275-H2279 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the Department of Energy release on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout576-en.jsonl

Built by `build.py` from `heldout576_pages.py`. Like heldout559-en, heldout566-en and the other US government sets above,
these texts are stored web pages (the `pages` search corpus) of US federal government news texts, works of federal
employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not available for any work of
the United States Government"), this time from civilian agencies: three stories of NASA's Langley Research Center,
'Plenty for Youth to See and Do at NASA Langley' (nasa.gov researchernews page rn_YouthDay2011_prt, 08.12.11, by Denise
Lineberry), 'Technology Day Puts NASA Langley's Work on Display for All to See' (nasa.gov/larc, July 16, 2014, no writer
in the stored copy) and the story on NASA Administrator Bill Nelson's tour of Langley with members of the Christine Darden
chapter of NSBE Jr. (nasa.gov, slug 'nasa-administrator-local-nsbe-jr-chapter-marvel-at-langley-during-tour', tour of
Feb. 24, 2023 by its content; no headline, date or writer in the stored copy); a FEMA story, 'A Kansas Family's Safe Room
Story' (release FNF-03-02, May 20, 2003), as kept by the End of Term web archive (webarchive.library.unt.edu/eot2008, as
the archived FEMA releases of heldout62-en, heldout532-en and heldout559-en); two Department of Energy releases on the
National Science Bowl, 'Students from Maryland and California Win DOE's 26th National Science Bowl®' (Office of Science
news archive on science.osti.gov, featured article of May 3, 2016 by its address) and the release on the 2019 winners
from Wayzata High School and Jonas Clarke Middle School as reposted on newswise.com (article 712066; no headline in the
stored copy); an EPA headquarters release of March 26, 1998, 'Students Honored at the White House with President's
Environmental Youth Award' (EPA newsroom archive, archive.epa.gov, release 51dca18a325933c9852565d4005b7456), quoting
Vice President Gore and Administrator Carol M. Browner; and a story of the U.S. Embassy in Yerevan, 'U.S. Embassy
donates $80,000 of equipment to Tsiatsan and Amberd schools' (am.usembassy.gov, slug 'tsiatsan-amberd'; no date in the
stored copy; 2018 by its content, 'nearly three years after' a 2015 visit), quoting Ambassador Richard M. Mills, Jr.
Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the nasa.gov,
fema.gov, science.osti.gov, epa.gov and usembassy.gov pages carry the bodies' own stories and releases, and the End of
Term archive keeps fema.gov unchanged; the newswise.com copy reproduces a Department of Energy release (with its quotations
of the Secretary of Energy and the NNSA Administrator) and is marked as a copy on another site (as the blog and
coastguardnews.com copies of earlier sets). Texts credited to AP, Reuters, AFP or another third party were excluded.
Licence caveats: the Technology Day, NSBE Jr., FEMA, Energy, EPA and embassy texts name no writer in the kept text, so
the writer's status is taken from the body that publishes them as its own; the newswise.com copy may differ from DOE's
own page in details the stored copy cannot show, and newswise adds its label 'Newswise —' (dropped); the texts quote
private people (a Newport News mother and teacher and her son, a Kansas City homeowner, an eighth-grade student) and a
Vice President inside the public-domain texts, and the Science Bowl releases quote competition questions. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored copy is
dropped (noted per page: the Youth Day story's 'They ended their Hangar visit by peeking into NASA Langley's UC-12 ...
(Cloud-Aerosol Lidar and Infrare'; the Technology Day story's 'Across the center and dow'; the NSBE Jr. story's 'Kimani,
an eighth-grade student at Ella Fitzgerald Middle School in Newport New'; the FEMA story's 'Already thinking about
rebuilding, ... "The one thing that will remain the same is that safe'; the 2016 release's 'The top two high school teams
... For winning the national championship, the Montgomery Blair High School team will recei'; the 2019 release's
'Wayzata High School defeated Dulles High School ... “A group of Department of Energy Office of Science researchers ...
Identify all'; the EPA release's 'The National Environmental Education Act of 1990 governs the program. The act states
that PEYA awa'; the embassy copy ends on a complete paragraph, which is kept). The site lines ('LOADING...', 'Text Size',
'Contact Us', 'Newsroom', 'All News Releases By Date', '» En Español'), the date and byline lines ('08.12.11', 'By:',
'Denise Lineberry', 'July 16, 2014', 'Release Date: May 20, 2003', 'Release Number: FNF-03-02', 'Release Date: 03/26/98',
'Contact Information:', 'FOR RELEASE: THURSDAY, MARCH 26, 1998'), the image placeholders '[image-36]' and '[image-51]',
the FEMA story's four photo captions ('A man stands in the doorway of a tornado safe room. FEMA photo by Adam DuBrowa' and
three on the Carrender family's safe room and home), the newswise label 'Newswise —' glued to the first paragraph, the
EPA archive's title line 'PR STUDENTS HONORED AT THE WHITE HOUSE WITH PRESIDENT’S ENVIRONMENTAL YOUTH AWARD' (the
release's own headline, printed on two lines under it, is kept as two lines), the embassy headline printed twice (kept
once), the empty lines between paragraphs and the space at the end of the FEMA headline were dropped; headlines are kept
as the first line where the stored copy has one (the NSBE Jr. and newswise copies have none and get none, H1818);
datelines ('WASHINGTON, D.C. –') are kept as stored; wording and typos ('Langley Researcher Center', 'a bunch NASA
Langley researchers', 'to hear a researcher described', 'early space flight mission happened', 'Sklyar Montaque', 'The
Carrender's were', 'neighborts', 'Indian Treaty room', 'Girls, Inc of the Greater Peninsula'), dashes, '√2', '®' and
quotation marks (straight, curly or mixed within one quotation, as stored) are as stored. Pages read but left out:
stories and releases already in earlier sets (the Langley 95th anniversary open house, heldout539-en; the EPA 2010
brownfields release, heldout87-en; the FWS 2001 refuge awards story, heldout122-en; the USGS 1998 California flood
release; the USDA community facilities releases of 2018, heldout175-en and heldout259-en), pages whose stored part keeps
fewer than two complete quotations (an NIH Clinical Center News story on a patient feedback tool; EPA releases on the
President's Environmental Youth Awards of 2006 and 2009 with a single quotation; a 2006 Science Bowl kick-off release), a
NASA Ames release on Ronald McNair Academy students kept only on spaceref.com (as noted in heldout460-en), a FEMA safe
room story on an Alabama family kept only on a private blog without a credit line, a fema.gov page reprinting a
Tuscaloosa News article (not a government work), an Ames Laboratory feature on EurekAlert! (a contractor's text), list,
newsletter and index pages (Teacher at Sea blog tags, Job Corps newsletters, USDA blog tag pages, Solar Decathlon blog
lists, FDA press-announcement lists, CDC briefing transcripts, NPS Archeology E-Grams) and pages of newspapers, TV
stations and blogs found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (rn_YouthDay2011, technology-day-puts-nasa-langleys-work, nsbe-jr-chapter-marvel,
newsrelease.fema?id=3073, FNF-03-02, 05-03-16, 712066, 51dca18a325933c9852565d4005b7456, tsiatsan-amberd), by title and
slug and by the names of their speakers and phrases, such as Plenty for Youth, Quander-Hoss, Ed Radwinski, Girls, Inc,
Raptor demonstration team, Deb Hicks, Syms Middle, MindShift, Lucy Lee, Nia Williamson, Kimani Grady, Akiyah Joyner,
Christine Darden chapter, the impossible is possible, Carrender, David Balora, Safe Room Story, hollow-core door,
National Science Bowl, Sherwood-Randall, Montgomery Blair High School, bulk modulus, Wayzata, Gordon-Hagerty, Jonas Clarke
Middle School, President's Environmental Youth Award, neighborts, Indian Treaty room, Richard M. Mills, Tsiatsan, Amberd
and Excess Property program, with grep over tests/data of the main tree and of every other helper's worktree
(heldout552-575): no hit). The annotation (rules H2275–H2279 in `ANNOTATION.md` on top of the earlier rules) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nasa-larc-h576-2011-youth-day",
    source="https://www.nasa.gov/centers/langley/news/researchernews/rn_YouthDay2011_prt.htm",
    license=PD, retrieved=PAGES + " (NASA Langley Research Center researcher news story by Denise Lineberry, 08.12.11, on Youth Day 2011 at Langley, printer version of the page; the lines '08.12.11', 'By:' and 'Denise Lineberry' dropped; headline kept as the first line; the last paragraph, 'They ended their Hangar visit by peeking into NASA Langley's UC-12 twin turbo-prop aircraft, ... (Cloud-Aerosol Lidar and Infrare', cut in the stored copy, dropped; a question put in the passive to a group with no asker named, a demonstrator's questions and explanation with `one of the demonstrators asked` and `he explained`, and a quotation running on into the next paragraph, all null (H2275); straight marks, mixed apostrophes and en dashes as stored)",
    text='''Plenty for Youth to See and Do at NASA Langley
Towards the end of every summer, parents, aunts, uncles, grandparents and cousins are invited to bring the children in their lives to NASA's Langley Research Center. This year, several community and academic groups were invited to attend, making Youth Day at NASA Langley more diverse than ever.
Scenes of fun and education combined were abundant in the Reid Conference Center, Langley's gymnasium and tour spots throughout the center.
Patrice Quander-Hoss, who was manning the table for tour tickets, started with about 325 tickets. By 10:30 a.m., she was left with one.
A popular tour spot was NASA Langley’s Hangar. There, the SR-22, an F-22 and the UC-12 were lined up with their wings towering over dozens of curious children.
"How many of you would get in a plane without anyone flying it?" a large group from Girls, Inc of the Greater Peninsula were asked. A few raised their hands.
They learned that Langley's Cirrus SR-22 was an unmanned aerial vehicle (UAV), and that a data link atop the plane communicates with pilots who control the plane from NASA Langley. As Ed Radwinski explained, a pilot rides aboard the SR-22, but only for added safety.
Their next stop was an F-22, where the Raptor demonstration team from Langley Air Force Base led small groups around the massive plane’s exterior.
"How many of you have been on a commercial airplane?" one of the demonstrators asked. About half of the group raised their hands.
"A commercial airplane goes about 25,000 to 35,000 feet in the air. The F-22 goes about 60,000 feet – extremely high," he explained. "And also extremely fast.
"In a car you might go about 45 to 50 miles per hour, but in this plane you could go up to 1,500 miles per hour – twice the speed of sound."''',
    quotes=[
        Q('"How many of you would get in a plane', 'anyone flying it?"', None),
        Q('"How many of you have been on', 'commercial airplane?"', None),
        Q('"A commercial airplane goes', 'extremely high,"', None),
        Q('"And also extremely fast.', None, None),
        Q('"In a car you might go', 'speed of sound."', None),
    ],
    aliases={},
),
dict(
    id="nasa-larc-h576-2014-technology-day",
    source="https://www.nasa.gov/larc/technology-day-puts-nasa-langleys-work-on-display-for-all-to-see/",
    license=PD, retrieved=PAGES + " (NASA Langley Research Center story of July 16, 2014 on Langley's Technology Day at the Virginia Air & Space Center, July 15 (no writer in the stored copy); the lines 'LOADING...', 'Text Size' and 'July 16, 2014' and the image placeholders '[image-36]' and '[image-51]' dropped; headline kept as the first line; the last paragraph, 'Across the center and dow', cut in the stored copy, dropped; a mother's words with `she said, gesturing to her 8-year-old son, William`, the son's words with `he said` after a sentence about him, and a child named only by his first name (H2278); 'Langley Researcher Center', 'a bunch NASA Langley researchers', 'to hear a researcher described' and straight marks as stored)",
    text='''Technology Day Puts NASA Langley's Work on Display for All to See
It's not often that the researchers from NASA's Langley Researcher Center gather in one spot at the same time to show off their work to the public.
But on July 15, a bunch NASA Langley researchers packed up their cutting-edge technologies, headed over to the Virginia Air & Space Center and did exactly that.
More than two-dozen exhibits filled the Air & Space Center's two floors as part of NASA Langley's Technology Day. The event put some of NASA Langley's coolest, most exciting technologies front and center for visitors to see and experience first hand.
The displays focused on everything from advanced radiation protection to small unmanned aerial vehicles.
At one table, children and adults took turns stuffing their hands into real astronaut gloves. At another, people craned their necks to hear a researcher described how the Hypersonic Inflatable Aerodynamic Decelerator could one day help people land on another planet.
After watching researcher Lucy Lee use a laser pointer, two erasers and a fish tank filled with water and cotton balls to explain how the CALIPSO satellite works, Deb Hicks, a Newport News resident and mother of two, said Technology Day was a can't-miss event for her family.
"My son has been obsessed with outer space and he's been reading a bunch of NASA books and space books, so he's been wanting to come," she said, gesturing to her 8-year-old son, William.
A few minutes earlier, William had tried out MindShift, a system that brings together biofeedback technology with video games. "I wish we could buy it at the store," he said.
For Hicks, who is also a sixth grade science teacher at Syms Middle School in Hampton, Technology Day wasn't just about her son's obsession with space.
"The fact that there's a lot of resources I can use in my classroom was an extra benefit to coming today," she said.''',
    quotes=[
        Q('"My son has been obsessed', 'wanting to come,"', "Deb Hicks"),
        Q('"I wish we could buy it at the store,"', None, "William"),
        Q('"The fact that there\'s a lot of resources', 'coming today,"', "Deb Hicks"),
    ],
    aliases={"Deb Hicks": ["Deb Hicks", "a Newport News resident and mother of two", "Hicks", "a sixth grade science teacher at Syms Middle School in Hampton"],
             "William": ["William", "her 8-year-old son, William"]},
),
dict(
    id="nasa-larc-h576-2023-nelson-nsbe-jr-tour",
    source="https://www.nasa.gov/centers-and-facilities/langley/nasa-administrator-local-nsbe-jr-chapter-marvel-at-langley-during-tour/",
    license=PD, retrieved=PAGES + " (NASA Langley Research Center story on NASA Administrator Bill Nelson's tour of Langley with four members of the Christine Darden chapter of NSBE Jr. on Introduce a Girl to Engineering Day, Feb. 24 (2023 by the address and content; no headline, date or writer in the stored copy, so no headline is added, H1818); the last paragraph, 'Kimani, an eighth-grade student at Ella Fitzgerald Middle School in Newport New', cut in the stored copy, dropped; `Nelson said, adding that ...` with reported speech after the cue, and a student named in a list of four and then cued by her first name (H2278); 'early space flight mission happened', 'Sklyar Montaque', em dash and curly marks as stored)",
    text='''Visiting NASA’s Langley Research Center can be a life-changing experience for those who see the agency’s historic and oldest center. The opportunities to do so, however, can be few and far between.
So when NASA Administrator Bill Nelson paid a visit to the Hampton, Virginia facility, girls of a local youth chapter of the National Society of Black Engineers jumped at the chance to be there — and on Introduce a Girl to Engineering Day, no less.
Four members of the local Christine Darden chapter of NSBE Jr. joined the NASA administrator, along with Langley officials, members of Congress and other honored guests, for his tour of Langley Feb. 24.
“This center is very important and it’s a legacy center because a lot of the early space flight mission happened here,” Nelson said, adding that Langley mathematicians, such as NASA legend Katherine Johnson, helped send humans to the Moon.
The center promoted its role in agency missions, projects and initiatives in Earth science, space technology and exploration, aeronautics and STEM (science, technology, engineering and math) engagement.
“This is the excitement that we have,” Nelson said. “This is where the impossible is possible.”
The local NSBE Jr. members who joined the tour, Nia Williamson, Sklyar Montaque, Kimani Grady and Akiyah Joyner, marveled at the center’s historic hangar, larger-than-life fan blades at the 14- by 22-Foot Subsonic Tunnel, various research laboratories and even had a virtual tour of the International Space Station via Oculus VR headsets. They had a chance to pick Administrator Nelson’s brain about technologies and missions present and future as part of the tour. They even asked about his time in space during his time as an astronaut on mission STS-61-C aboard the Space Shuttle Columbia.
“I was excited to hear that I was going,” Kimani said. “I’ve always been interested in stuff like this.”''',
    quotes=[
        Q('“This center is very important', 'mission happened here,”', "Bill Nelson"),
        Q('“This is the excitement that we have,”', None, "Bill Nelson"),
        Q('“This is where the impossible is possible.”', None, "Bill Nelson"),
        Q('“I was excited to hear that I was going,”', None, "Kimani Grady"),
        Q('“I’ve always been interested', 'stuff like this.”', "Kimani Grady"),
    ],
    aliases={"Bill Nelson": ["Bill Nelson", "NASA Administrator Bill Nelson", "Nelson", "the NASA administrator", "Administrator Nelson"],
             "Kimani Grady": ["Kimani Grady", "Kimani"]},
),
dict(
    id="fema-h576-2003-kansas-family-safe-room",
    source="https://webarchive.library.unt.edu/eot2008/20081025063459/http://www.fema.gov/news/newsrelease.fema?id=3073",
    license=PD, retrieved=PAGES + " (FEMA story 'A Kansas Family's Safe Room Story', release FNF-03-02 of May 20, 2003, on Robert and Vanessa Carrender of Kansas City, whose home was destroyed by the F4 tornado of May 4, 2003, as kept by the End of Term web archive; the lines 'Release Date: May 20, 2003', 'Release Number: FNF-03-02' and '» En Español', the four photo captions ('A man stands in the doorway of a tornado safe room. FEMA photo by Adam DuBrowa' and three on the Carrender family's safe room and home, each ending 'FEMA photo by Adam DuBrowa') and the space at the end of the headline dropped; headline kept as the first line; the last paragraph, 'Already thinking about rebuilding, the Carrenders are not yet certain ... But one thing is definite. \"The one thing that will remain the same is that safe', cut in the stored copy, dropped; a surname shared by a couple, `said Carrender, talking from his cell phone`, later cues by the bare surname and reported speech with `Carrender explained` (H2276); 'The Carrender's were' and straight marks as stored)",
    text='''A Kansas Family's Safe Room Story
Vanessa and Robert Carrender feel remarkably blessed to be alive.
Their Kansas City home was completely destroyed by an F4 tornado on May 4, 2003. The Carrender's were in their house when the tornado hit.
"We have lived in the house for almost four years," said Carrender, talking from his cell phone and directing clean-up efforts on his property.
The Carrenders and their 5-year-old grandson, David Balora, made it to a safe room under the garage of their home with only moments to spare.
"We had no advance warning," Carrender said. "If a friend had not called me and said the tornado was less than two miles from our house, I would never have known it was coming."
The 42-year-old house had been lived in by the Parker family for 35 years prior to the time the Carrenders purchased it. Mr. Parker added on the safe room. The floor of the garage was the roof of the safe room, Carrender explained. The family has used the room on several occasions in the past when tornado warnings have been issued.
"The door to the room was an interior, hollow-core door. I had to pull hard on it to keep it closed," Carrender noted. Robert, Vanessa and young David spent exactly two minutes in that room on May 4. Those two minutes saved their lives.''',
    quotes=[
        Q('"We have lived in the house', 'almost four years,"', "Robert Carrender"),
        Q('"We had no advance warning,"', None, "Robert Carrender"),
        Q('"If a friend had not called me', 'it was coming."', "Robert Carrender"),
        Q('"The door to the room was', 'keep it closed,"', "Robert Carrender"),
    ],
    aliases={"Robert Carrender": ["Robert Carrender", "Carrender", "Robert"]},
),
dict(
    id="doe-osti-h576-2016-national-science-bowl",
    source="https://science.osti.gov/Science-Features/News-Archive/Featured-Articles/2016/05-03-16",
    license=PD, retrieved=PAGES + " (Department of Energy Office of Science release on the 2016 National Science Bowl won by Montgomery Blair High School and Joaquin Miller Middle School (featured article of May 3, 2016 by its address; no writer in the stored copy); headline kept as the first line; the last paragraph, 'The top two high school teams emerged victorious ... For winning the national championship, the Montgomery Blair High School team will recei', cut in the stored copy, dropped; a quotation in two pieces split by an inverted cue with a long title, and the championship question and its answer in marks after `by correctly answering the physics question,` and `with the correct answer,` (H2277); 'DOE’s' with a curly apostrophe in the headline, '®', '√2' and straight marks as stored)",
    text='''Students from Maryland and California Win DOE’s 26th National Science Bowl®
WASHINGTON, D.C. – Students from Montgomery Blair High School from Silver Spring, Md. won the 2016 U.S. Department of Energy (DOE) National Science Bowl® (NSB) today in Washington D.C. This year's championship team in the middle school competition is Joaquin Miller Middle School from San Jose, Calif.
"I congratulate this year's National Science Bowl® Champions, Montgomery Blair High School and Joaquin Miller Middle School, and all of the finalists for their achievement in this highly competitive academic tournament. I encourage these future scientists and engineers to continue in their STEM studies and become the innovators who will power our future," said Deputy Secretary of Energy Elizabeth Sherwood-Randall. "The National Science Bowl® showcases the next generation of American science and technology leaders. Their success will inspire students to compete to win next year!"
Altogether, about 9,000 high school students and 5,100 middle school students from all 50 U.S. states, the District of Columbia, Puerto Rico and the U.S. Virgin Islands participated in this year's regional competitions. In the high school competition, Montgomery Blair High School defeated Lynbrook High School from San Jose, Calif. by correctly answering the physics question, "Material A has a bulk modulus that is twice the bulk modulus of material B. If both A and B have the same densities, by what factor must the speed of sound in B be multiplied to find the speed of sound in A?" with the correct answer, "√2." The members of the winning high school team are Eric Lu, Arnold Mong, James Vinson, Alex Miao, and Elliot Kienzle, and they are coached by Tran Pham.''',
    quotes=[
        Q('"I congratulate this year', 'power our future,"', "Elizabeth Sherwood-Randall"),
        Q('"The National Science Bowl® showcases', 'win next year!"', "Elizabeth Sherwood-Randall"),
        Q('"Material A has a bulk modulus', 'speed of sound in A?"', None),
        Q('"√2."', None, None),
    ],
    aliases={"Elizabeth Sherwood-Randall": ["Elizabeth Sherwood-Randall", "Deputy Secretary of Energy Elizabeth Sherwood-Randall"]},
),
dict(
    id="doe-newswise-h576-2019-national-science-bowl",
    source="https://newswise.com/articles/view/712066/?sc=c57",
    license=PDC, retrieved=PAGES + " (Department of Energy release on the 2019 National Science Bowl won by Wayzata High School and Jonas Clarke Middle School, as reposted on newswise.com (article 712066; no headline, date or writer in the stored copy, so no headline is added, H1818); newswise's label 'Newswise —' glued to the first paragraph dropped (H2249); the last paragraph, 'Wayzata High School defeated Dulles High School from Sugar Land, Texas by correctly answering the short answer energy question, “A group of Department of Energy Office of Science researchers ... Identify all', cut in the stored copy, dropped with its unfinished question; a speaker presented in the sentence before her quotation, and pieces whose opening and closing marks differ in shape, straight and curly (H2277); marks and apostrophes (curly and straight) as stored)",
    text='''Students from Wayzata High School in Plymouth, Minnesota, won the 2019 U.S. Department of Energy (DOE) National Science Bowl® (NSB) today in Washington, D.C. In the middle school competition, students from Jonas Clarke Middle School in Lexington, Massachusetts, took home first place.
“I’d like to congratulate the winning teams from Wayzata High School and Jonas Clarke Middle School,” said U.S. Secretary of Energy Rick Perry. “I am excited to see where the dedication and focus of these teams, as well as each and every National Science Bowl participant, will take them in the years to come. After this challenging competition, I know the next generation is up to the great task of ensuring this nation remains a leader in science, technology and innovation.”
DOE Under Secretary for Nuclear Security and Administrator of the National Nuclear Security Administration (NNSA) Lisa E. Gordon-Hagerty was this year’s featured keynote speaker. "I'd like to acknowledge the more than 3,000 teams who took part in this year's competition. The practice, study, and sacrifice of not only the students, but their dedicated teachers, parents, and coaches is truly inspiring,” said Administrator Gordon-Hagerty. “There will be a continuing need for a new generation of nuclear engineers, chemists, radiochemists, health physicists, nuclear physicists, technicians, and other related disciplines for decades to come and I am confident that our Nation is up to the task."
The top two high school teams emerged victorious from a field of 64 high school regional champions who came to D.C. to compete in the National Science Bowl® Finals.''',
    quotes=[
        Q('“I’d like to congratulate the winning teams', 'Middle School,”', "Rick Perry"),
        Q('“I am excited to see', 'technology and innovation.”', "Rick Perry"),
        Q('"I\'d like to acknowledge', 'truly inspiring,”', "Lisa E. Gordon-Hagerty"),
        Q('“There will be a continuing need', 'up to the task."', "Lisa E. Gordon-Hagerty"),
    ],
    aliases={"Rick Perry": ["Rick Perry", "U.S. Secretary of Energy Rick Perry"],
             "Lisa E. Gordon-Hagerty": ["Lisa E. Gordon-Hagerty", "DOE Under Secretary for Nuclear Security and Administrator of the National Nuclear Security Administration (NNSA) Lisa E. Gordon-Hagerty", "Administrator Gordon-Hagerty", "this year’s featured keynote speaker"]},
),
dict(
    id="epa-h576-1998-03-26-presidents-environmental-youth-awards",
    source="https://archive.epa.gov/epapages/newsroom_archive/newsreleases/51dca18a325933c9852565d4005b7456.html",
    license=PD, retrieved=PAGES + " (EPA headquarters news release of March 26, 1998 on the 1997 President's Environmental Youth Awards presented at the White House, in the newsroom archive on archive.epa.gov; the site lines 'Contact Us', 'Newsroom' and 'All News Releases By Date', the archive's title line 'PR STUDENTS HONORED AT THE WHITE HOUSE WITH PRESIDENT’S ENVIRONMENTAL YOUTH AWARD', 'Release Date: 03/26/98', 'Contact Information:' and 'FOR RELEASE: THURSDAY, MARCH 26, 1998' dropped; the release's own headline, printed on two lines, kept as the first two lines, as stored; the last paragraph, 'The National Environmental Education Act of 1990 governs the program. The act states that PEYA awa', cut in the stored copy, dropped; `Vice President Gore said,` with a comma before the quotation, a speaker given only by title and surname, and `said Browner` after an opening sentence that presents her (H2279); 'neighborts', 'Indian Treaty room' and curly marks as stored)",
    text='''STUDENTS HONORED AT THE WHITE HOUSE WITH
PRESIDENT’S ENVIRONMENTAL YOUTH AWARD
EPA Administrator Carol M. Browner will honor students from nine states and from the Northern Mariana Islands with the 1997 President’s Environmental Youth Awards. This annual awards program recognizes students who take a leadership role in learning about and taking action to protect public health and the environment and promoting environmental awareness in their local communities. The awards were presented at a White House ceremony in the Indian Treaty room on Thursday, March 26.
Vice President Gore said, “I am extremely heartened by the commitment and leadership of these young people working so hard to better their communities and our environment. Through their inspiring efforts, they are assuring a healthier environment for themselves, for their neighborts and for future generations.”
“These young students have shown promise and potential through their extraordinary projects in helping to create a cleaner, safer and healthier environment. They are our future and we are proud of their accomplishments,” said Browner.
The award recipients are from Soldotna, Alaska; Clearwater, Fla.; Chicago, Ill.; West Branch, Iowa; La Plata, Md.; Saipan, Mariana Islands; Scotch Plains, N.J.; Anthony, N.M.; Hyrum, Utah; and New Haven, Vt.
The President’s Environmental Youth Awards places emphasis on community involvement in protecting the environment and the role the environment plays in building a strong economy and protecting public health. The PEYA program was established in 1971 and it was President Carter who instituted an annual awards ceremony at the White House.''',
    quotes=[
        Q('“I am extremely heartened', 'for future generations.”', "Gore"),
        Q('“These young students have shown', 'their accomplishments,”', "Carol M. Browner"),
    ],
    aliases={"Gore": ["Gore", "Vice President Gore"],
             "Carol M. Browner": ["Carol M. Browner", "EPA Administrator Carol M. Browner", "Browner"]},
),
dict(
    id="state-am-usembassy-h576-tsiatsan-amberd-schools",
    source="https://am.usembassy.gov/tsiatsan-amberd/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Yerevan story on Ambassador Richard M. Mills, Jr. and the Embassy's Office of Defense Cooperation donating $80,000 of equipment from the Defense Department's Excess Property program to the Tsiatsan and Amberd schools (no date or writer in the stored copy; 2018 by its content); the headline, printed twice, kept once as the first line; the copy ends on a complete paragraph, which is kept; a quotation in two pieces with `Ambassador Mills said to an audience of local leaders, school staff and students`, and a name with the suffix `Jr.` after a comma (H2279); curly marks as stored)",
    text='''U.S. Embassy donates $80,000 of equipment to Tsiatsan and Amberd schools
Today, U.S. Ambassador to Armenia Richard M. Mills, Jr., along with representatives from the U.S. Embassy’s Office of Defense Cooperation, visited Tsiatsan and Amberd schools to donate $80,000 worth of new school equipment, training aids, furniture, sports equipment, and kitchen appliances.
These schools were chosen to receive the donation, provided by the U.S. Department of Defense’s Excess Property program, after Ambassador Mills’ 2015 visit to the region, where he saw first-hand the efforts of the United Nations World Food Program to provide hot meals for primary school students.
“It is very special for me to be back here nearly three years after my first visit to these schools, and I am delighted to deliver on the promises I made to you back then,” Ambassador Mills said to an audience of local leaders, school staff and students. “By working with the UN Food Program, you will now have the equipment you need to provide hot meals and educational support to nearly 300 children in your communities.”
The goal of the U.S. Department of Defense’s Excess Property program at the Tsiatsan and Amberd Schools is to support the schools by providing new furniture and equipment and to supplement programs implemented by other donors, including the UN World Food Program.
The Tsiatsan School, with World Food Program support, began providing hot meals to students in September 2015. Half of the 300 students at the Tsiatsan School receive hot meals through this program. The feeding program at the Amberd School began even earlier, in 2014. Around 120 out of a total of 244 primary grade students benefit from this program. The school feeding program was implemented as a social safety net to provide nutrition and sustenance for children to enable them to focus on their studies.''',
    quotes=[
        Q('“It is very special for me', 'to you back then,”', "Richard M. Mills, Jr."),
        Q('“By working with the UN Food Program', 'in your communities.”', "Richard M. Mills, Jr."),
    ],
    aliases={"Richard M. Mills, Jr.": ["Richard M. Mills, Jr.", "U.S. Ambassador to Armenia Richard M. Mills, Jr.", "Ambassador Mills"]},
),
]
