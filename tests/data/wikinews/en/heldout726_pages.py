# Held-out English news texts (tests/data/heldout726-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): a National Park
# Service release on free admission during National Park Week 2010 as printed on Bryce Canyon National Park's news page
# (nps.gov/brca), two Jet Propulsion Laboratory stories (a science-fair feature of JPL's old news site, feature 5817, and
# the 24th Invention Challenge of December 2023, reposted on aliensandspace.com), three NASA Ames Research Center texts
# (release 99-12AR of February 23, 1999 on the Western Regional Robot Games; the RoboCamp-West graduation release of
# August 2003, reposted on spacenews.com; a 2009 feature on a FIRST LEGO League tournament, reposted on phys.org), a
# NASA Armstrong Flight Research Center feature on the Aerospace Valley Regional Robotics Competition (nasa.gov) and a
# NASA Glenn Research Center newsletter item of August 13, 2024 on a career-exploration programme for Cleveland high
# school students (nasa.gov). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
# complete quotation (noted in `retrieved`). Site and release lines, contact and release-number lines, editors' notes,
# bylines, photo captions and credits, a forum's lines, a date marker, a list of winners with its lead-in, the empty
# lines between paragraphs and spaces at the end of a line are dropped; a headline is kept once as the first line where
# the stored copy has one (none is added where it has none); wording, typos, spacing inside paragraphs, dashes and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H2460-H2464 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout726-en.jsonl

Built by `build.py` from `heldout726_pages.py`. Like heldout718-en, heldout704-en, heldout103-en, heldout23-en and the
other US government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government
news texts, works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a National Park Service release, 'Interior Secretary
Salazar Announces National Park Service Will Waive Entrance Fees During National Park Week' (April 2010), with
Secretary of the Interior Ken Salazar and National Park Service Director Jon Jarvis, as printed on the news page of
Bryce Canyon National Park with the park's own closing paragraph (nps.gov/brca/learn/news/parkweek.htm, contact Dan Ng);
two stories of NASA's Jet Propulsion Laboratory, a science-fair feature of JPL's old news site with Kimberly Lievense of
JPL's Public Education Office (jpl.nasa.gov/news/news.php?feature=5817; no date in the stored copy) and 'Students Create
Elaborate Homemade Machines for JPL Competition', on the 24th JPL Invention Challenge of December 8, 2023, with the
mechanical systems engineer Paul MacNeal, reposted under the poster name 'NASA' on the forum aliensandspace.com (topic
11133; licence constant PDC, as the aliensandspace.com copy of a NASA Johnson story in heldout704-en); three NASA Ames
Research Center texts, release 99-12AR of February 23, 1999, 'NASA Ames to Host Western Regional Robot Games for
Students', with Mark Leon, NASA's manager of the competition (nasa.gov/centers/ames/news/releases/1999/99_12AR.html,
contact John Bluck), a release of August 2003 on the graduation of the second RoboCamp-West summer programme, with
Daniel Clancy, acting director of Ames' Information Sciences and Technology Directorate, reposted in spacenews.com's
press-release pages (slug 'robocamp-graduation-showcases-students-new-robotic-skills'; licence constant PDC), and a
feature of December 9, 2009 by Karen Hanner, 'Students Hone Engineering Skills in Robotics', on the first FIRST LEGO
League tournament at Ames, with Mark León of the NASA Robotics Alliance Project, reposted on phys.org
(news/2009-12-students-hone-skills-robotics; licence constant PDC); a NASA Armstrong Flight Research Center feature,
'NASA Armstrong Supports Robotics Competition', with the center chief technologist David Voracek (nasa.gov/feature/
nasa-armstrong-supports-robotics-competition; no year in the stored copy); and a NASA Glenn Research Center newsletter
item of August 13, 2024 on the NASA Glenn High School Career Exploration and Research Experience programme, with the
participant JayLeesa Jones (nasa.gov/newsletters/aerospace-frontiers/cleveland-high-school-students-land-stem-career-
exploration-experience). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C.
§ 105); the nps.gov, jpl.nasa.gov and nasa.gov pages are the agencies' own; the copies on aliensandspace.com,
spacenews.com and phys.org carry NASA texts, and the reposting sites' own lines are dropped. Licence caveats: JPL is a
federally funded research centre operated for NASA by the California Institute of Technology, so its staff are Caltech
employees; JPL's news features are taken as NASA public-information material in the public domain, as the JPL features
of heldout23-en and heldout103-en were, but a Caltech claim cannot be ruled out; the phys.org feature is signed by Karen
Hanner, taken as a writer for NASA Ames (the stored copy names no employer); the reposts' fidelity to the nasa.gov
originals cannot be checked from the stored copies (no nasa.gov copy of the 2003 RoboCamp release, the 2009 feature or
the 2023 JPL story was found in the corpus); the texts quote a private person (the student JayLeesa Jones) and unnamed
organizers and judges inside the public-domain texts. None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored
copy is dropped, also where it holds a complete quotation, noted per page: the Bryce page's last sentence 'You can also
purchase books, watch an orientation video and explore the museum' (the page is stored as one run of text, H2460); the
Invention Challenge story's 'Team Pink, the winning student team from Oakwood High School in North Hollywood,
California, sank its paper ball in t'; the JPL science-fair feature's list of winners ('Eliot students who won awards
were: Eighth Grade', 'Matt Schwartz, ...', 'Thad Kousser, "What Effect Does'), dropped as a list with its lead-in line
(H2438, H2462); the 1999 Ames release's 'Students and their advisors designed and constructed r'; the RoboCamp
release's '“RoboCamp has opened my eyes to robotics,” said Jaime Barajas, ... “This was better than any program I’ve
ever done dur' (a complete first piece, dropped with the cut, so Barajas is no speaker); the FIRST LEGO League
feature's 'Awards were presented in four equally weighted areas: ... The Xbots team from San Jose w'; the Armstrong
feature's caption 'Students and their mentors stand next to a robotics robot.' and the cut caption after it. The Glenn
item ends on a complete paragraph, which is kept. Site and release lines ('Contact: Dan Ng, 435-834-4740'; 'NASA Jet
Propulsion Laboratory, California Institute of Technology'; 'Jump to content', the poster name 'NASA', 'Recommended
Posts', '• Publishers'; 'Search Ames', 'Go', 'Text Size', the date, contact, phone, e-mail and 'RELEASE: 99-12AR'
lines; 'Suggested Searches', '5 min read'; the Glenn page's date marker ' date 2024-08-13'), the editors' notes 'NOTE TO
EDITORS AND NEWS DIRECTORS: ...' of the 1999 and 2003 Ames releases, the phys.org byline 'December 9, 2009 by Karen
Hanner' and the headline printed again as an image title, photo captions and credits (the Invention Challenge caption
'JPL’s Paul MacNeal started the Invention Challenge ...', stored twice, and 'NASA/JPL-Caltech'; the Armstrong captions
'Two robots retrieve game cubes.' and 'Robots battle it out ... returning them to their “community.”' with
'NASA/Genaro Vavuris'; the phys.org caption 'Wendy Holforty, ... Image Credit: Girl Scouts of Northern California / Vera
Dadok'; the Glenn captions on Amber Krauss and Henry Nahra, 'Credit: NASA/Jef Janis'), the empty lines between paragraphs
and spaces at the end of lines were dropped; headlines are kept once as the first line where the stored copy has one
(the Bryce headline stands inside the stored run after the contact line and is set as the first line, H2460; the 1999
Ames headline is kept in capitals as stored; the JPL science-fair feature, the RoboCamp repost and the Glenn item have
none in the stored copy and get none, H1818); the phys.org remnant '( -- ' at the start of the first paragraph, wording
and typos ('for handful of junior-high students', 'district- wide', 'well- structured', 'asking "scientifically
interesting" question', 'CSMD participant', 'drew 139 ages nine to 14', 'a robotics robot' in a dropped caption), dashes
and quotation marks (straight or curly as stored) are as stored. Pages read but left out: pages already in earlier sets
(VOA reports on the Washington Chinese New Year parade (163698), on the 2014 Boston Marathon (1897512) and on a robotics
competition (554446), the Justice Department release on new Bureau of Prisons leaders on nationandstate.com, the EPA
'What They Are Saying' Superfund page, NPS Morning Reports), pages whose stored part keeps fewer than two complete
quotations (a VOA Learning English report on Hmong farmers in Minnesota, a VOA report on the Chinese New Year in New
York, an EPA release on Administrator Wheeler's visit to Ohio and Pennsylvania, a Justice Department statement of
interest, a JPL story on Team CoSTAR, a JPL page on the National Community College Aerospace Scholars, a NASA Glenn
release on a Career Exploration Day reposted with unrelated link lines), a VOA report credited to Reuters, pages that are
lists, feeds, tag or column pages (BLM and FEMA release lists, NIH 'In the News' pages, JPL tag and column pages,
Peace Corps association tag pages, NOAA Teacher at Sea blog pages) and pages of newspapers, broadcasters and blogs
found by the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL,
slug and page id (brca/learn/news/parkweek, feature=5817, 11133-students-create, 99_12AR, robocamp-graduation,
students-hone-skills-robotics, nasa-armstrong-supports-robotics, cleveland-high-school-students-land), by headline and
by the names of their speakers and phrases, such as Dan Ng, rolling out the red carpet, places of quiet refuge, Forever
Resorts, Paul MacNeal, bit of oomph, trebuchet catapults, Lievense, cough drops, Eliot Middle School, Mark Leon, Mark
León, 27 high schools in California, two-minute rounds, Daniel Clancy, RoboCamp, space is cool, Wendy Holforty, Smart
Move, signature blue hair, Voracek, Eastside High School, JayLeesa, Youth Opportunities Unlimited, with grep over
tests/data of the main tree and of every other helper's worktree (heldout719-725): no hit, except the programme name
Adopt-A-School, which other texts of heldout127-en and heldout671-en use for other programmes). The annotation (rules
H2460–H2464 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nps-en-h726-2010-04-national-park-week-fee-waiver-bryce",
    source="https://www.nps.gov/brca/learn/news/parkweek.htm",
    license=PD, retrieved=PAGES + " (National Park Service release of April 2010 on free admission to all 392 national parks during National Park Week, April 17 to 25, with Secretary of the Interior Ken Salazar and National Park Service Director Jon Jarvis, as printed on Bryce Canyon National Park's news page with the park's closing paragraph on its own promotions; the page is stored as one run of text: the contact line 'Contact: Dan Ng, 435-834-4740' at its start dropped, the headline that follows it set as the first line and the body kept as one paragraph, no further breaks invented (H1067, H2460); the last sentence, 'You can also purchase books, watch an orientation video and explore the museum', cut in the stored copy, dropped; two speakers with two pieces each, cued by their full presented forms (H2460); the en dash of the dateline, straight double marks and curly apostrophes as stored)",
    text='''Interior Secretary Salazar Announces National Park Service Will Waive Entrance Fees During National Park Week
WASHINGTON, DC – Secretary of the Interior Ken Salazar announced that all 392 national parks will have free admission during National Park Week, April 17 to 25. Parks will also offer additional family friendly activities and special offers on tours, lodging, food, and souvenirs. A listing of parks and promotions is available at www.nps.gov/npweek. This fee waiver does not include camping and special permit fees. "We are rolling out the red carpet and inviting everyone to visit a national park and help celebrate National Park Week," said Secretary of the Interior Ken Salazar. "Parks are fun and affordable destinations and great places to engage in healthy, outdoor activities, whether for a few hours or a few days." National Park Week, a program of the National Park Service, is an opportunity to engage families and communities in America’s Great Outdoors, reconnecting them with nature and creating close to home opportunities for people to get outside, be active, and have fun. "National parks preserve our heritage, promote recreational experiences, and provide places of quiet refuge," said National Park Service Director Jon Jarvis. "Most people live within a short drive of a national park so I encourage everyone to spend some time enjoying America’s Great Outdoors during National Park Week." Bryce Canyon National Park is renowned for its spectacular geology and colorful rock formations. In recognition of National Park Week, special promotions will be offered by Forever Resorts and the Bryce Canyon Natural History Association. Park rangers will offer special programs. For details on National Park Week check at the park’s visitor center, opened daily from 8 am to 6 pm. Here you can obtain information on hiking, trail conditions and ranger programs.''',
    quotes=[
        Q('"We are rolling out the red carpet', 'celebrate National Park Week,"', "Ken Salazar"),
        Q('"Parks are fun and affordable', 'or a few days."', "Ken Salazar"),
        Q('"National parks preserve our heritage', 'places of quiet refuge,"', "Jon Jarvis"),
        Q('"Most people live within a short drive', 'during National Park Week."', "Jon Jarvis"),
    ],
    aliases={"Ken Salazar": ["Ken Salazar", "Secretary of the Interior Ken Salazar", "Interior Secretary Salazar"],
             "Jon Jarvis": ["Jon Jarvis", "National Park Service Director Jon Jarvis"]},
),
dict(
    id="nasa-jpl-en-h726-2023-12-invention-challenge-homemade-machines",
    source="https://aliensandspace.com/topic/11133-students-create-elaborate-homemade-machines-for-jpl-competition/applications/tapatalkapp/sources/manifest.json",
    license=PDC, retrieved=PAGES + " (JPL story of December 2023 on the 24th annual JPL Invention Challenge of December 8, with the mechanical systems engineer Paul MacNeal, reposted under the poster name 'NASA' on the forum aliensandspace.com (topic 11133); the forum lines 'Jump to content', 'NASA', 'Recommended Posts' and '• Publishers' dropped; headline kept as the first line; the story's summary line kept as its first paragraph; the photo caption 'JPL’s Paul MacNeal started the Invention Challenge so that students could experience the fun of hands-on engineering and of STEM learning while developing team-building skills.', stored twice, and the credit 'NASA/JPL-Caltech' dropped (H792); the last paragraph, 'Team Pink, the winning student team from Oakwood High School in North Hollywood, California, sank its paper ball in t', cut in the stored copy, dropped; a phrase in marks closing the writer's list before an inverted cue, and a participle clause after `MacNeal said,` (H2461); curly marks and apostrophes as stored)",
    text='''Students Create Elaborate Homemade Machines for JPL Competition
To compete in a race against the clock and each other, 18 student teams built complicated contraptions for the annual Invention Challenge at NASA’s Jet Propulsion Laboratory.
Some 250 students hauled homemade machines they’d spent weeks honing to NASA’s Jet Propulsion Laboratory in Southern California on Friday, Dec. 8, for the 24th annual JPL Invention Challenge.
The rules for the creative engineering competition change every year, but the overall goal is the same: Build a device capable of accomplishing a specified task within 60 seconds. This year, teams needed to come up with machines that could accomplish seven consecutive steps, ultimately dropping a crumpled piece of paper in a wastebasket. Students employed trebuchet catapults, crossbows, small motors, and “things with a bit of oomph,” said mechanical systems engineer Paul MacNeal, who has been organizing the competition since it began in 1998.
“The Mouse Trap game from when I was a little kid is what it’s patterned after,” MacNeal said, referring to the board game in which players would construct elaborate traps for each other’s plastic rodents. “It was such a tough competition this year. It’s almost like unfolding the James Webb Space Telescope: Every action has to go right.”
And in this competition, fast. Every team that completed the task did so in under five seconds.''',
    quotes=[
        Q('“things with a bit of oomph,”', None, "Paul MacNeal"),
        Q('“The Mouse Trap game', 'what it’s patterned after,”', "Paul MacNeal"),
        Q('“It was such a tough competition', 'has to go right.”', "Paul MacNeal"),
    ],
    aliases={"Paul MacNeal": ["Paul MacNeal", "mechanical systems engineer Paul MacNeal", "MacNeal"]},
),
dict(
    id="nasa-jpl-en-h726-eliot-science-fair-awards",
    source="https://www.jpl.nasa.gov/news/news.php?feature=5817",
    license=PD, retrieved=PAGES + " (JPL news feature on awards won by students of Altadena's Charles W. Eliot Middle School, JPL's adopted school, at science fairs judged by JPL staff, with Kimberly Lievense of JPL's Public Education Office; no date in the stored copy; the site line 'NASA Jet Propulsion Laboratory, California Institute of Technology' dropped; the stored copy has no headline and gets none (H1818); the list of winners after the last kept paragraph ('Eliot students who won awards were: Eighth Grade', 'Matt Schwartz, \"Which Areas of the Los Angeles Basin Have Chemical and Bacterial Pollutants in Their Water Supplies?\" First place, ...', 'Thad Kousser, \"What Effect Does', the last cut) dropped with its lead-in line (H2438); a project's topic and a programme's name in marks, an unnamed group's words cued `judges agreed`, and a sentence split by `Lievense added` (H2462); typos ('for handful of', 'district- wide', 'well- structured', 'asking \"scientifically interesting\" question') and straight marks as stored)",
    text='''Projects ranging from study of "superlearning" to experiments with the effectiveness of cough drops have won awards for handful of junior-high students who entered area science fairs coordinated with JPL.
Several of the students, enrolled at Altadena's Charles W. Eliot Middle School, now advance to the Los Angeles County Science Engineering Fair in May.
The round of science fairs began with Eliot's own schoolwide science fair, staged in April at JPL. Eliot is the Laboratory's "Adopt-A-School" under JPL program sponsoring educational activities for local students.
More than 70 JPL scientists and engineers judged the Eliot fair, which drew more than 160 experiments from sixth, seventh and eighth graders.
JPL employees also assisted in judging the district- wide Pasadena Unified School District science fair, in which several Eliot students won awards. Laboratory personnel in addition served as judges for the local Robert A. Millikan Region Science and Engineering Fair, an independent event affiliated with the International Science and Engineering Fair program.
The key to project's success, judges agreed, was evidence of the student asking "scientifically interesting" question and then designing and carrying out well- structured experiment to test it.
"We've received great feedback from the parents, who were pleased JPL employees were able to spend this time with their children," said Kimberly Lievense of JPL's Public Education Office.
"Many of the students," Lievense added, "seem to have benefited by being exposed to the working methods of professional scientist or engineer."''',
    quotes=[
        Q('"superlearning"', None, None),
        Q('"Adopt-A-School"', None, None),
        Q('"scientifically interesting"', None, None),
        Q('"We\'ve received great feedback', 'time with their children,"', "Kimberly Lievense"),
        Q('"Many of the students,"', None, "Kimberly Lievense"),
        Q('"seem to have benefited', 'scientist or engineer."', "Kimberly Lievense"),
    ],
    aliases={"Kimberly Lievense": ["Kimberly Lievense", "Kimberly Lievense of JPL's Public Education Office", "Lievense"]},
),
dict(
    id="nasa-ames-en-h726-1999-02-23-western-regional-robot-games",
    source="http://www.nasa.gov/centers/ames/news/releases/1999/99_12AR.html",
    license=PD, retrieved=PAGES + " (NASA Ames Research Center release 99-12AR of February 23, 1999 on the Western Regional Robot Games for students in Hangar 1, February 25 to 27, with Mark Leon, NASA's manager of the competition; the site lines 'Search Ames', 'Go' and 'Text Size', the lines 'Feb. 23, 1999', 'John Bluck', 'NASA Ames Research Center, Moffett Field, CA', the phone and e-mail lines and 'RELEASE: 99-12AR', and the editors' note 'NOTE TO EDITORS AND NEWS DIRECTORS: You are invited to the Western Regional Robot Games ... to be admitted onto Ames property.' dropped; the headline, in capitals, kept as the first line as stored; the last paragraph, 'Students and their advisors designed and constructed r', cut in the stored copy, dropped; the writer's verbs in marks, an unnamed group's name for the event in marks, an organisation's name in marks with the comma inside and a task's label in marks (H2463); straight marks as stored)",
    text='''NASA AMES TO HOST WESTERN REGIONAL ROBOT GAMES FOR STUDENTS
Student-made robots will "clash" in a western regional competition to be held Feb. 25 to 27, 1999 at NASA's Ames Research Center, Moffett Field, CA.
Organizers say that the "robot games" will attract participants from at least 27 high schools in California, Arizona and Texas. During the competition, robots will "battle" for two-minute rounds in an arena setting.
"In the next two decades, NASA will engage in bold new missions of exploration of our star system with robots," said Mark Leon, NASA's manager of the competition at Ames. "In order to accomplish these robotic missions, we will need talented people to build the next generation of robots; that fact, plus NASA's dedication to education, is our motivation for helping students to participate in this competition."
NASA is working cooperatively with a non-profit group called "For Inspiration and Recognition of Science and Technology," FIRST, of Manchester, NH, which organizes the contests. Each year, the group develops the competition by supplying "a problem" and a kit of parts to teams of students.''',
    quotes=[
        Q('"clash"', None, None),
        Q('"robot games"', None, None),
        Q('"battle"', None, None),
        Q('"In the next two decades', 'star system with robots,"', "Mark Leon"),
        Q('"In order to accomplish', 'participate in this competition."', "Mark Leon"),
        Q('"For Inspiration and Recognition of Science and Technology,"', None, None),
        Q('"a problem"', None, None),
    ],
    aliases={"Mark Leon": ["Mark Leon", "NASA's manager of the competition at Ames"]},
),
dict(
    id="nasa-armstrong-en-h726-aerospace-valley-robotics-competition",
    source="https://www.nasa.gov/feature/nasa-armstrong-supports-robotics-competition",
    license=PD, retrieved=PAGES + " (NASA Armstrong Flight Research Center feature on Armstrong volunteers at the Aerospace Valley Regional Robotics Competition, March 29 to April 1 at Eastside High School in Lancaster, California, with the center chief technologist David Voracek; no year in the stored copy; the site lines 'Suggested Searches' and '5 min read' dropped; headline kept as the first line; the photo captions 'Two robots retrieve game cubes.' and 'Robots battle it out in the Aerospace Valley Regional Robotics Competition ... returning them to their “community.”' with the credit 'NASA/Genaro Vavuris' dropped (H792), so the word in marks of the caption gives no span (H2464); the caption after the last kept paragraph, 'Students and their mentors stand next to a robotics robot.', and the cut caption after it dropped; a speaker presented by full name and role, then called by surname, by given name and by `he` before his cue `Voracek said` (H2464); curly marks and apostrophes as stored)",
    text='''NASA Armstrong Supports Robotics Competition
Helping develop the next generation of engineers and technicians, volunteers from NASA’s Armstrong Flight Research Center in Edwards, California, assisted students competing in the Aerospace Valley Regional Robotics Competition.
The competition, a For Inspiration and Recognition of Science and Technology (FIRST) robotics event, held on March 29 through April 1 at Eastside High School in Lancaster, California, drew more than 30 teams comprised of 1,100 students and their supporters from throughout California, as well as from Arizona and Switzerland.
NASA Armstrong sponsored several Antelope Valley teams, employee volunteers served as mentors and judges, and the mobile fabrication shop helped with team repairs. The volunteers were organized by David Voracek, NASA Armstrong’s Center Chief Technologist. Voracek began working with Antelope Valley robotics teams in 2005, at first helping his son and daughter. In 2018, David worked with NASA and the community to bring a robotics competition to the area. As part of the planning committee, he is responsible for the logistics of the competition.
“The center and NASA have always supported center involvement in the robotics program including volunteers for the competition and our several mentors helping teams,” Voracek said. “I am very grateful to our volunteers, supervisors, and Center Directors that have made this event possible.”''',
    quotes=[
        Q('“The center and NASA have always supported', 'mentors helping teams,”', "David Voracek"),
        Q('“I am very grateful', 'this event possible.”', "David Voracek"),
    ],
    aliases={"David Voracek": ["David Voracek", "Voracek", "David", "NASA Armstrong’s Center Chief Technologist"]},
),
dict(
    id="nasa-ames-en-h726-2003-08-robocamp-west-graduation",
    source="https://spacenews.com/robocamp-graduation-showcases-students-new-robotic-skills/",
    license=PDC, retrieved=PAGES + " (NASA Ames Research Center release of August 2003 on the graduation of the second annual RoboCamp-West summer robotics programme, co-sponsored by NASA and Carnegie Mellon University, on August 15, 2003, with Daniel Clancy, acting director of Ames' Information Sciences and Technology Directorate, reposted in spacenews.com's press-release pages; the editors' note 'NOTE TO EDITORS AND NEWS DIRECTORS: News media are invited to cover the graduation ceremony ... Turn right at the stop sign before the main gate.' at the start of the stored copy dropped; the stored copy has no headline and gets none (H1818); the last paragraph, '“RoboCamp has opened my eyes to robotics,” said Jaime Barajas, a student from Sequoia High School, Redwood City, Calif. “This was better than any program I’ve ever done dur', cut in the stored copy, dropped with its complete first piece (H2121), so Barajas is no speaker (H2464); curly marks and apostrophes as stored)",
    text='''After seven weeks of extensive programming instruction and hands-on engineering training, 36 high school students are ready to demonstrate their newly developed skills in autonomous robotics.
On Aug. 15, the diverse group of students will receive their graduation diplomas and conduct robotics demonstrations for family, friends and invited guests. Officials from NASA, Carnegie Mellon University and San Jose State University will address the students and award graduation certificates. After the ceremony, the students’ robots will perform a variety of pre-programmed autonomous tasks, such as playing tag, using on-board color cameras and laser range finders.
“A key objective of the summer robotics camp is to inspire students and engage them in understanding both the science and engineering challenges of space exploration,” said Daniel Clancy, acting director of NASA Ames’ Information Sciences and Technology Directorate. “The premise is that space is cool, robots are cool, and the combination of both is really cool. We believe that robotics and space exploration are a way to motivate, challenge and encourage students.”
Judging by the reactions of the students, the program seems to be winning students over and dramatically expanding their horizons.''',
    quotes=[
        Q('“A key objective of the summer robotics camp', 'challenges of space exploration,”', "Daniel Clancy"),
        Q('“The premise is that space is cool', 'and encourage students.”', "Daniel Clancy"),
    ],
    aliases={"Daniel Clancy": ["Daniel Clancy",
                               "acting director of NASA Ames’ Information Sciences and Technology Directorate"]},
),
dict(
    id="nasa-ames-en-h726-2009-12-09-first-lego-league-tournament",
    source="https://phys.org/news/2009-12-students-hone-skills-robotics.html",
    license=PDC, retrieved=PAGES + " (NASA Ames Research Center feature of December 9, 2009 by Karen Hanner on the first FIRST LEGO League tournament at Ames, held with the Girl Scouts of Northern California, with Mark León of the NASA Robotics Alliance Project, reposted on phys.org; the byline line 'December 9, 2009 by Karen Hanner', the headline printed again as an image title and the caption 'Wendy Holforty, outreach chair of the Women’s Influence Network at NASA's Ames Research Center, high fives students at the competition. Image Credit: Girl Scouts of Northern California / Vera Dadok' dropped; headline kept as the first line; the remnant '( -- ' of the repost's source label at the start of the first paragraph kept as stored (H2464); the last paragraph, 'Awards were presented in four equally weighted areas: robot performance, robot design, teamwork and project. The Xbots team from San Jose w', cut in the stored copy, dropped; a theme's title in marks and an inverted cue with the role after the name (H2464); 'drew 139 ages nine to 14', the straight marks and the one curly apostrophe of the dropped caption as stored)",
    text='''Students Hone Engineering Skills in Robotics
( -- Robots have fascinated future engineers for generations. Recently, a group of young students had an opportunity to design and build their own robots using LEGOs, the popular plastic pieces used to assemble models of everything from trains to airplanes, at NASA's Ames Research Center, Moffett Field, Calif.
Hosted by NASA Ames, in conjunction with the Girl Scouts of Northern California, the first annual FIRST LEGO League (FLL) tournament drew 139 ages nine to 14.
For Inspiration and Recognition of Science and Technology (FIRST), an organization dedicated to inspiring students in science, technology, engineering and math, has collaborated with NASA for robotics competitions since 1998. This year was the first time NASA Ames and the Girl Scouts partnered to produce a LEGO competition.
During the tournament, students were introduced to engineering challenges by building LEGO-based robots to complete tasks in a competition. Every year, the theme of the tournament changes. This year's theme, titled "Smart Move," focused on transportation alternatives. Constructing the robot with LEGOs allows students to practice hands-on critical thinking and applying real-world math and science concepts to help solve engineering challenges.
"The kids are just awesome and having so much fun," said Mark León, project manager of the NASA Robotics Alliance Project at NASA Ames. León was the master of ceremonies during the rounds of the competition, sporting his signature blue hair that he dyes for every robotics competition.''',
    quotes=[
        Q('"Smart Move,"', None, None),
        Q('"The kids are just awesome and having so much fun,"', None, "Mark León"),
    ],
    aliases={"Mark León": ["Mark León", "León", "project manager of the NASA Robotics Alliance Project at NASA Ames"]},
),
dict(
    id="nasa-glenn-en-h726-2024-08-13-cleveland-students-career-exploration",
    source="https://www.nasa.gov/newsletters/aerospace-frontiers/cleveland-high-school-students-land-stem-career-exploration-experience/",
    license=PD, retrieved=PAGES + " (NASA Glenn Research Center newsletter item (Aerospace Frontiers) of August 13, 2024 on ten Cleveland Metropolitan School District students in the NASA Glenn High School Career Exploration and Research Experience programme, with the participant JayLeesa Jones; the date marker ' date 2024-08-13' and the captions 'NASA Glenn Research Center’s Amber Krauss talks to students about how NASA uses ground integration units to prepare for flight science operations. Credit: NASA/Jef Janis' (run into the start of the stored copy) and 'NASA Glenn Research Center’s Henry Nahra shares details about Glenn’s ISS Payload Operations Center with Glenn Career Exploration and Research Experience program students. Credit: NASA/Jef Janis' dropped (H792); the stored copy has no headline and gets none (H1818); it ends on a complete paragraph, which is kept; a student's role form with a typo of the district's abbreviation ('CSMD participant', H2464); curly marks and apostrophes as stored)",
    text='''This summer, 10 Cleveland Metropolitan School District (CMSD) students landed the opportunity to participate in the NASA Glenn High School Career Exploration and Research Experience program at NASA’s Glenn Research Center in Cleveland.
High school students were paired with a mentor in their field of study who they shadowed for eight weeks during a hands-on workplace experience exploring their interests. The students prepared presentations to highlight their experiences and discussed how the program will impact their career choices.
“This opportunity has substantially helped me develop my soft skills and technical skills,” said CSMD participant JayLeesa Jones. “I have come to realize that I can reach new heights as an intern, team member, and aspiring engineer!”
This unique, paid STEM engagement learning experience is part of a series of NASA Glenn programs focused on attracting and retaining a diverse, skilled workforce. The Glenn Career Exploration and Research Experience program is made possible through a Space Act Agreement between NASA Glenn and Youth Opportunities Unlimited.''',
    quotes=[
        Q('“This opportunity has substantially helped me', 'technical skills,”', "JayLeesa Jones"),
        Q('“I have come to realize', 'aspiring engineer!”', "JayLeesa Jones"),
    ],
    aliases={"JayLeesa Jones": ["JayLeesa Jones", "CSMD participant JayLeesa Jones"]},
),
]
