# Held-out English news texts (tests/data/heldout654-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news releases and features (public domain, 17 U.S.C. § 105) of
# NASA, NOAA, the EPA and the Fish and Wildlife Service (Department of the Interior): a NASA Stennis Space Center release
# on three summer interns (nasa.gov CLT-11-176, October 3, 2011), a NOAA release on Acting Administrator Scott Gudes's
# speech at the 55th Interdepartmental Hurricane Conference (publicaffairs.noaa.gov NOAA 2001-228), a NASA Langley
# release on South Carolina teachers at a NASA Explorer School workshop (nasa.gov 06-059A, 2006), a NASA Langley
# Researcher News story on Center Director Lesa Roe and Sen. Tim Kaine at an educator workshop in Richmond (nasa.gov,
# 2013), a NASA Dryden release on a workshop for educators (nasa.gov 04-31, July 2, 2004), a NASA Stennis release on the
# 2007 Astro Camp schedule (nasa.gov STS-07-012, 2007), an EPA release on drinking water resilience grants (EPA page on
# a cloudfront.net mirror of epa.gov, August 20, 2024 by its content), a Fish and Wildlife Service release on the 75th
# Federal Duck Stamp Contest reposted on a blog (grousers.blogspot.com, December 2007) and a NASA feature on the 13th
# Great Moonbuggy Race (nasa.gov, 2006). None is credited to AP, Reuters, AFP or another third party. Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it
# holds a complete quotation before the cut (noted in `retrieved`). Site lines (nasa.gov's 'Text Size', 'News
# Releases', 'Suggested Searches', 'min read', the funding-lapse banner, the page-title line with the site path and
# 'Printer Friendly Version'), release number, date and contact lines, the blog's date line, photo alt text, 'Click to
# enlarge' and photo captions, the empty lines between paragraphs and spaces at the end of a line are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); wording,
# typos, dashes and quotation marks (straight or curly as stored, mismatched as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H2375-H2379 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NASA = "nasa.gov's site lines ('Text Size', 'News Releases', 'Suggested Searches', 'N min read') dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout654-en.jsonl

Built by `build.py` from `heldout654_pages.py`. Like heldout607-en, heldout460-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news releases and
features, works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a NASA Stennis Space Center news release, 'Stennis
Students Make Real Contribution to NASA Space Program' (nasa.gov CLT-11-176, October 3, 2011, NASA News Chief Rebecca
Strecker as contact); a NOAA news release on Acting Administrator Scott Gudes's speech at the 55th Interdepartmental
Hurricane Conference in Orlando (publicaffairs.noaa.gov, NOAA 2001-228, March 2001, no headline in the stored copy);
a NASA Langley Research Center release, 'South Carolina Teachers Play Role of Students at NASA' (nasa.gov 06-059A,
2006); a NASA Langley Researcher News story, 'Roe, Kaine Offer Encouragement to Virginia Teachers' (nasa.gov
rn_RoeKaineAerospace, on the AeroSpace Educator Workshop of February 9, 2013 announced in Langley release 13-010; no
date or byline in the stored copy); a NASA Dryden Flight Research Center release, 'Educators Apply Aero, Space Concepts
to Curriculum at NASA Workshop' (nasa.gov, Release 04-31, July 2, 2004); a NASA Stennis Space Center release, 'SSC
LAUNCHES 2007 ASTRO CAMP SCHEDULE' (nasa.gov STS-07-012, January 30, 2007, the date printed in a scribd.com copy of
the release); an EPA news release, 'Biden-Harris
Administration Awards $25.5 Million in New Grants to Combat Impact of Climate Change on Drinking Water Infrastructure'
(dated 'Today, August 20' with no year in the stored copy; August 20, 2024 by the programme's first awards it
announces), as stored on d32i4z0dxazdtp.cloudfront.net, a content-delivery mirror that serves epa.gov's
newsreleases path (taken as EPA's page by its path and wording; licence constant PD, with the caveat below); a U.S.
Fish and Wildlife Service (Department of the Interior) news release on the winner of the 75th Federal Duck Stamp
Contest, Joe Hautman, announced by Interior Secretary Dirk Kempthorne, reposted on the blog grousers.blogspot.com on
December 31, 2007 (licence constant PDC); and a NASA feature, 'Huntsville Center for Technology and Pittsburg State
University Rise to the Challenge in Great Moonbuggy Race' (nasa.gov moonbuggy_2006, April 2006). Reuse terms relied
on: US government works are not subject to copyright in the US (17 U.S.C. § 105); NASA states that its text material is
generally not copyrighted; the blog copy reproduces the release under the release's own contact lines and adds no
rights of its own (the blogger's words 'Josh has been busy...' in the post title are kept only as part of the stored
title line, H2376). Licence caveats: the cloudfront.net host is not an EPA domain, so the page is taken as EPA's by its
path and its release wording alone; the blog copy may differ from the fws.gov original in details the stored copy cannot
show; the NASA releases and the Researcher News story name no writer (only media contacts), and the Researcher News
story, written for Langley's staff paper, may have been drafted by a contractor of the center's public affairs office;
the texts quote non-federal people inside the public-domain texts (teachers, a student team captain, Sen. Tim Kaine,
whose words at a public workshop are quoted by NASA). None is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the
stored copy is dropped, also where it holds a complete quotation before the cut (noted per page: the Gudes release's
'"With our partners in the media, the public offi'; the Langley teachers release's 'The theme for the one-week
worksho'; the Roe and Kaine story's '"Your inspiration of your students, to tackle scientific challenges an'; the
Dryden release's 'NASA education programs were of interest to the group. Kathy Hylton, ... at Tehachapi Hig'; the Astro
Camp release's 'With the launch of NASA’s STS-118 mission, ... all types of backgrounds c'; the EPA release's list item
'- Antelope Valley-East Kern (California): $559,760 t'; the Duck Stamp release's '"This was the most exciting Duck Stamp
contest in history,' said H. Dale Hall, ... "To have a three-way tie for first pla'; the Moonbuggy feature's photo
caption 'Moonbuggy team from the Huntsville Center for Technology in Huntsville, Ala. Image at right'). The Stennis
intern release ends on a complete paragraph, which is kept. Site lines (nasa.gov's 'Text Size', 'News Releases',
'Suggested Searches', '3 min read', the banner 'Due to the lapse in federal government funding, NASA is not updating
this website.', the page-title line 'NASA – Dryden Flight Research Center – News Room: News Releases: Educators Apply
...' and 'Printer Friendly Version'), release number, date and contact lines ('NOAA 2001-228', 'Contact: Susan
Weaver', 'RELEASE : 06-059A', 'Release: 04-31', 'July 2, 2004', 'October 3, 2011', the Stennis, Langley and blog
contact blocks with names and telephone numbers), the blog's date line 'Monday, December 31, 2007', the Researcher News
photo alt text 'Lesa Roe and Tim Kaine', 'Click to enlarge' and its photo caption '... Credit: NASA/Sean Smith', the
Moonbuggy feature's photo caption '... Image at right: ... Credit: NASA/MSFC', the empty lines between paragraphs and
spaces at the end of lines were dropped; headlines are kept once as the first line where the stored copy has one (the
NOAA release has none and gets none, H1818); the EPA release's dateline 'WASHINGTON –' and its list items opened by
'- ' are kept as stored; wording and typos ('the threat of hurricanes and accompanying storm surge present', 'This
group of friends and family members are', 'the world face', 'laymen’s terms', 'Josh has been busy...Winner', the
misplaced mark in 'Kaine told the audience of teachers." I think'), dashes and quotation marks (straight or curly as
stored, the Duck Stamp release's single opening mark closed by a double one as stored) are as stored. Pages read but left out:
pages already in earlier sets (the NOAA Kodiak ship ceremony, heldout371-en; NOAA's 2006 accomplishments release,
heldout339-en; the EPA Region 7 Superfund release, heldout29-en; the Olympic National Park birthday release,
heldout41-en; the VOA Moore tornado report, heldout647-en; the DOJ turtle-trafficking release, heldout600-en; the NIH
Record Rall lecture page, heldout108-en), pages whose marks are stored as question marks (the GLIN copy of NOAA's 2008
release on Conrad Lautenbacher's resignation), pages whose stored part keeps fewer than two complete quotations or only
one paragraph with a cut (the BLM Wyoming fire release, the Edwards Air Force Base story on NASA Dryden's BaseCamp, stored
as one paragraph, a FEMA Harvey elevation story, a Fish and Wildlife Service 2012 Recovery Champion release, a DOJ
release on a Kentucky tuition rule), a NASA Stennis release on the Hancock County awards of 2008 and other NASA Langley
releases on Explorer School workshops (left for other sets), newsletters, feed and list pages (NIH 'In the News' pages,
NOAA Shipshape bulletins, FWS Refuge Update issues, BLM press-release lists) and pages of newspapers, TV stations and
blogs found by the same searches. None of the pages used is in any set above or in another helper's worktree (checked by
URL and page id (CLT-11-176, noaa01r228, 06-059A, rn_RoeKaineAerospace, 04-31, STS-07-012,
biden-harris-administration-awards-255-million, grousers, moonbuggy_2006), by headline and by the names of their
speakers and phrases, such as Wendy Holladay, Dawn Davis, Harvest Zhang, the triplets, Scott Gudes, Interdepartmental
Hurricane Conference, Kappy Cannon, Elizabeth Padget, Brenda Richards, Forest Lake Elementary, Lesa Roe,
AeroSpace Educator Workshop, MathScience Innovation, Office of Academic Investments, Marilyn Ayers, Reukauf, Maria Lott,
Rocketry 101, My Place in Space, Bruno Pigott, Ketchikan Gateway, Saint Paul Island, Joe Hautman, BIG Arts,
three-way tie, Jacob Lehman, Pittsburg State and Huntsville Center for Technology, with grep over tests/data of the main
tree and of every other helper's worktree (heldout641-656): no hit, except Gudes, quoted in a 2003 NOAA release of
heldout251-en, Tim Kaine, speaking in campaign texts of heldout157-en and others, Dirk Kempthorne, speaking in other
Interior texts, and the NASA Explorer Schools blog of heldout431-en, all about other events). The annotation (rules
H2375–H2379 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nasa-en-h654-2011-10-03-stennis-students-contribution",
    source="https://www.nasa.gov/centers/stennis/news/newsreleases/2011/CLT-11-176.html",
    license=PD, retrieved=PAGES + " (NASA Stennis Space Center news release CLT-11-176 of October 3, 2011 on three summer interns and their mentors Wendy Holladay and Dawn Davis; the line 'Text Size', the date line and the contact block 'Rebecca Strecker, NASA News Chief' / 'NASA Public Affairs Office' / 'Stennis Space Center, MS 39529-6000' / '(228) 688-3249' dropped; headline kept as the first line; the copy ends on a complete paragraph, which is kept; a nickname in marks that a named mentor gave the interns, and `agreed X, role` as the cue of a second mentor (H2377); straight marks as stored)",
    text='''Stennis Students Make Real Contribution to NASA Space Program
NASA engineers talk seriously about their responsibility to inspire the next generation of space leaders and pioneers. This summer at John C. Stennis Space Center, a trio of college students turned the tables on the idea.
"We tend to forget how advanced many students are," said Wendy Holladay, a data systems/instrumentation engineer in the Stennis Engineering & Test Directorate who served as one of several mentors to the two NASA Undergraduate Student Research Program interns and one 2011 Mississippi Space Grant intern who worked at Stennis this summer.
Jason Warren of Olive Branch, Miss., and Ryan Nazaretian of Long Beach, Miss., are students at Mississippi State University in Starkville. Harvest Zhang of Rochester, N.Y., is a student at Princeton University. Warren and Zhang were USRP summer interns; Nazaretian was a Mississippi Space Grant intern.
At Stennis, the students, fondly tagged as "the triplets" by Holladay, were assigned to work on a NASA Data Acquisition System Software upgrade. Mentors from NASA, Lockheed Martin and ASRC Research and Technology Solutions counseled them during their work.
"They completed a lot that we didn't think they would have time to accomplish," agreed Dawn Davis, the electronic instrumentation systems lead in the Engineering & Test Directorate and also a mentor to the interns. "And everything those three did will be in the final product, which hopefully will be used for all rocket propulsion test centers."
NDAS is critical for rocket engine testing work at Stennis, especially as testing of J-2X and RS-25 D/E rocket engines gets under way for NASA's new Space Launch System vehicle.
The software suite reads raw data from test stand sensors during engine tests and converts it into usable information for engineers and operators.''',
    quotes=[
        Q('"We tend to forget', 'many students are,"', "Wendy Holladay"),
        Q('"the triplets"', None, None),
        Q('"They completed a lot', 'time to accomplish,"', "Dawn Davis"),
        Q('"And everything those three did', 'propulsion test centers."', "Dawn Davis"),
    ],
    aliases={"Wendy Holladay": ["Wendy Holladay", "Holladay"],
             "Dawn Davis": ["Dawn Davis", "the electronic instrumentation systems lead in the Engineering & Test Directorate"]},
),
dict(
    id="noaa-en-h654-2001-228-gudes-hurricane-conference",
    source="http://www.publicaffairs.noaa.gov/releases2001/mar01/noaa01r228.html",
    license=PD, retrieved=PAGES + " (NOAA news release NOAA 2001-228 of March 2001 on Acting Administrator Scott Gudes's speech at the 55th Interdepartmental Hurricane Conference in Orlando; the release number line 'NOAA 2001-228' and the contact line 'Contact: Susan Weaver' dropped (H2141); no headline in the stored copy, none added (H1818); the last paragraph, '\"With our partners in the media, the public offi', cut in the stored copy, dropped; a lead with `said X` after reported speech without marks, `said X` after a first quotation and `he reported,` between the two pieces of a later one (H2379); straight marks as stored)",
    text='''As greater numbers of Americans move to coastal areas, the threat of hurricanes and accompanying storm surge present an increasingly serious threat to public safety, said NOAA Acting Administrator Scott Gudes.
In a speech at the 55th Interdepartmental Hurricane Conference on Wednesday in Orlando, Fla., Gudes stressed the importance of timely public awareness to meet this threat.
"The National Weather Service has improved the 72 hour hurricane track forecast accuracy by 50 percent," said Gudes. "Unless the public gets the warnings and takes action, however, the benefits from improved technology are lost."
The 2000 Atlantic hurricane season was the third consecutive year of above-average seasons. Fourteen named storms occurred in the Atlantic Ocean, Gulf of Mexico and Caribbean Sea, eight of which became hurricanes and three reached major hurricane strength. The season was the first since 1994 that no hurricane made landfall in the continental United States, although two tropical storms did reach land in Florida – Tropical Storm Gordon and Tropical Storm Helene.
Gudes was named NOAA deputy under secretary for oceans and atmosphere June 1998. With his 17 years of involvement with NOAA as both the Office of Management and Budget budget examiner and Senate Appropriations Committee director for the subcommittee having jurisdiction over NOAA, he is tasked with steering the organization through the present administrative transition period. On January 20, 2001, he was asked to serve as NOAA's acting administrator by the Bush administration.
In his comments to the conference participants, Gudes described the NOAA science and technical resources which are mobilized in support of public safety during the hurricane season. "We have come a long way," he reported, "but we expect to continue to improve. Our goal is to improve the 72 hour forecast error by 2 percent per year through 2005."''',
    quotes=[
        Q('"The National Weather Service has improved', 'by 50 percent,"', "Scott Gudes"),
        Q('"Unless the public gets the warnings', 'technology are lost."', "Scott Gudes"),
        Q('"We have come a long way,"', None, "Scott Gudes"),
        Q('"but we expect to continue', 'through 2005."', "Scott Gudes"),
    ],
    aliases={"Scott Gudes": ["Scott Gudes", "NOAA Acting Administrator Scott Gudes", "Gudes"]},
),
dict(
    id="nasa-en-h654-2006-06-059a-south-carolina-teachers-langley",
    source="https://www.nasa.gov/centers/langley/news/releases/2006/06-059A.html",
    license=PD, retrieved=PAGES + " (NASA Langley Research Center news release 06-059A of 2006 on five educators of Forest Lake Elementary Technology Magnet School, Columbia, S.C., at a NASA Explorer School workshop; the lines 'News Releases' and 'Text Size', the contact block 'Lindsay Crouch' / 'Langley Research Center, Va.' / '757-864-3189, 757-870-6912 (mobile)' and the release line 'RELEASE : 06-059A' dropped; headline kept as the first line; the last paragraph, 'The theme for the one-week worksho', cut in the stored copy, dropped; five people presented in one sentence and cued in turn by `said X, role, school` (H2378); straight marks as stored)",
    text='''South Carolina Teachers Play Role of Students at NASA
For one week in June, 14 elementary and middle school teachers and administrators traveled to NASA Langley Research Center, Hampton, Va., to take their turn as students again.
Kappy Cannon, Tammy Lundy, Elizabeth Padget, Brenda Richards and Paulette Williams of Forest Lake Elementary Technology Magnet School, in Columbia, S.C., spent the week of June 19 learning about NASA and how to incorporate NASA technology in their classrooms. They toured NASA Langley's facilities, including model shops, laboratories and a wind tunnel. They also participated in team-building activities to take back to their school.
"Being able to physically see and visit some of the places where history has been made brings about such a feeling of pride and patriotism," said Cannon, principal, Forest Lake Elementary.
The NASA Explorer School (NES) program is sponsored by NASA to help educators and students join NASA's mission of discovery through educational activities and special learning opportunities tailored to promote science, mathematics and technology applications and career explorations.
"I had no idea that there were so many exceptional resources available," said Padget, media specialist, Forest Lake Elementary. "I can't wait to work with the students and teachers, using the resources and activities now available to us!"
Forest Lake Elementary School was announced as one of NASA's 2006 Explorer Schools in May. They will be starting the NES program this fall and will continue the partnership for the next three years.
"We wanted to broaden our students' awareness of space, exploration and careers in science and technology," said Richards, curriculum resource teacher, Forest Lake Elementary. "We also wanted to expand our teachers' base of resources through this program."''',
    quotes=[
        Q('"Being able to physically see', 'pride and patriotism,"', "Kappy Cannon"),
        Q('"I had no idea', 'resources available,"', "Elizabeth Padget"),
        Q('"I can\'t wait to work', 'available to us!"', "Elizabeth Padget"),
        Q('"We wanted to broaden', 'science and technology,"', "Brenda Richards"),
        Q('"We also wanted to expand', 'through this program."', "Brenda Richards"),
    ],
    aliases={"Kappy Cannon": ["Kappy Cannon", "Cannon", "principal, Forest Lake Elementary"],
             "Elizabeth Padget": ["Elizabeth Padget", "Padget", "media specialist, Forest Lake Elementary"],
             "Brenda Richards": ["Brenda Richards", "Richards", "curriculum resource teacher, Forest Lake Elementary"]},
),
dict(
    id="nasa-en-h654-2013-roe-kaine-virginia-teachers",
    source="https://www.nasa.gov/centers/langley/news/researchernews/rn_RoeKaineAerospace.html",
    license=PD, retrieved=PAGES + " (NASA Langley Researcher News story on Center Director Lesa Roe and Sen. Tim Kaine at the AeroSpace Educator Workshop in Richmond, Va., of February 2013 (no date or byline in the stored copy); the line 'Text Size', the photo alt text 'Lesa Roe and Tim Kaine', 'Click to enlarge' and the photo caption 'NASA Langley Director, Lesa Roe, and Sen. Tim Kaine were keynote speakers ... Credit: NASA/Sean Smith' dropped (H792); headline kept as the first line; the last paragraph, '\"Your inspiration of your students, to tackle scientific challenges an', cut in the stored copy, dropped, so the paragraph before it, whose quotation goes on into the cut paragraph, ends unclosed (one span to the paragraph end, main rules); an opening mark printed before the space instead of after it, `she said` after a man's quotation that resolves to the only woman of the text, and `(NASA)` inside a quotation (H2375); straight marks as stored)",
    text='''Roe, Kaine Offer Encouragement to Virginia Teachers
Lesa Roe knows the importance of a child having a good teacher. For her, it's a subject that hits close to home.
"I see it personally with my own three kids," she said, "when they come home and suddenly have a teacher that believes in them and then they believe in themselves."
Roe, Director of NASA's Langley Research Center, was speaking to an audience of 70 teachers from across central Virginia at a NASA AeroSpace Educator Workshop held at the MathScience Innovation Center in Richmond, Va.
Sen. Tim Kaine, who also spoke at the workshop, echoed Roe's sentiment.
"My wife and I have three children," Kaine told the audience of teachers." I think teachers do an amazing job; our children have been academically prepared, but also prepared for life."
Ultimately, teachers are the root of the growing Science Technology Engineering and Math (STEM) pipeline.
"You are the bridge for us (NASA) that enables us to have these students that are going to be our next generation workforce," she said. "We really, truly need them. You help them believe that they can, and we thank you very much for that."
Kaine and Roe are eager to see how NASA and the next-generation workforce will answer some of the tough questions the nation and, more importantly, the world face.
"On the macro scale, the fate of the entire planet is a science question," Kaine said. "At a policy level, we are wrestling with: does human activity affect climate? If so, how much and what to do about it? This might be the biggest issue we face as a species.''',
    quotes=[
        Q('"I see it personally', 'three kids,"', "Lesa Roe"),
        Q('"when they come home', 'in themselves."', "Lesa Roe"),
        Q('"My wife and I have three children,"', None, "Tim Kaine"),
        Q('" I think teachers', 'prepared for life."', "Tim Kaine"),
        Q('"You are the bridge for us', 'next generation workforce,"', "Lesa Roe"),
        Q('"We really, truly need them.', 'very much for that."', "Lesa Roe"),
        Q('"On the macro scale', 'a science question,"', "Tim Kaine"),
        Q('"At a policy level', 'face as a species.', "Tim Kaine"),
    ],
    aliases={"Lesa Roe": ["Lesa Roe", "Roe"],
             "Tim Kaine": ["Tim Kaine", "Sen. Tim Kaine", "Kaine"]},
),
dict(
    id="nasa-en-h654-2004-07-02-dryden-educators-workshop",
    source="https://www.nasa.gov/news-release/nasa-dryden-flight-research-center-news-room-news-releases-educators-apply-aero-space-concepts-to-curriculum-at-nasa-workshop",
    license=PD, retrieved=PAGES + " (NASA Dryden Flight Research Center news release 04-31 of July 2, 2004 on a workshop for educators who are friends and family of Dryden employees, with Dryden's pre-college officer Michelle Davis; the banner 'Due to the lapse in federal government funding, NASA is not updating this website.', the lines 'Suggested Searches' and '3 min read', the page-title line 'NASA – Dryden Flight Research Center – News Room: News Releases: Educators Apply Aero, Space Concepts to Curriculum at NASA Workshop', the date line 'July 2, 2004', the line 'Release: 04-31' and 'Printer Friendly Version' dropped; the headline kept once as the first line; the last paragraph, 'NASA education programs were of interest to the group. Kathy Hylton, a recently-hired English teacher at Tehachapi Hig', cut in the stored copy, dropped; `explained X, role` and a quotation that runs over two paragraphs, the first left open, with `she added` in the second (H2378); curly marks as stored)",
    text='''Educators Apply Aero, Space Concepts to Curriculum at NASA Workshop
Educators who are friends and family of NASA Dryden Flight Research Center employees learned how to apply aeronautics and space science concepts to their curriculums during a recent two-day workshop at the NASA aeronautics research facility in Southern California. Sponsored by Dryden’s Office of Academic Investments, the workshop June 28 and 29 was targeted toward elementary and secondary-level teachers.
“For several years, Dryden employees have supported educator events,” explained Michelle Davis, Dryden’s pre-college officer. “The Office of Academic Investments wanted to offer a specially-designed workshop targeting the extended NASA family.
“This group of friends and family members are already familiar with the center’s mission,” she added. “As a result of this workshop, these educators have the resources to bring Dryden’s missions into their classrooms.”
The educators toured the center, located on Edwards Air Force Base, Calif., viewing first hand some of the historical airplanes on display. Current projects and aircraft, such as the modified Boeing 747 Shuttle Carrier Aircraft and X-43A hypersonic research aircraft, were shown by Dryden personnel.
Marilyn Ayers, a fifth-grade teacher at Bethel Christian School in Lancaster, remarked on the enthusiasm of X-43A deputy project manager Paul Reukauf for that vehicle. Reukauf explained the complicated technology of the aircraft, expected to fly at Mach 10 or 10 times the speed of sound, in laymen’s terms.''',
    quotes=[
        Q('“For several years', 'educator events,”', "Michelle Davis"),
        Q('“The Office of Academic Investments wanted', 'extended NASA family.', "Michelle Davis"),
        Q('“This group of friends', 'center’s mission,”', "Michelle Davis"),
        Q('“As a result of this workshop', 'into their classrooms.”', "Michelle Davis"),
    ],
    aliases={"Michelle Davis": ["Michelle Davis", "Dryden’s pre-college officer"]},
),
dict(
    id="nasa-en-h654-2007-01-30-stennis-astro-camp-schedule",
    source="http://www.nasa.gov/centers/stennis/news/newsreleases/2007/STS-07-012.html",
    license=PD, retrieved=PAGES + " (NASA Stennis Space Center news release STS-07-012 of January 30, 2007 (the date printed in a scribd.com copy of the release; none in this stored copy) on the Astro Camp sessions of 2007, with Astro Camp director Maria Lott; " + DROP_NASA + "; headline kept as the first line in capitals as stored; the last paragraph, 'With the launch of NASA’s STS-118 mission, ... Campers will learn that all types of backgrounds c', cut in the stored copy, dropped; session titles in marks, one opening a paragraph (H2377); curly marks as stored)",
    text='''SSC LAUNCHES 2007 ASTRO CAMP SCHEDULE
NASA Stennis Space Center in South Mississippi will hold four sessions of its popular daylong Astro Camp Saturday this spring.
Astro Camp Saturdays are one-day science camps held on Saturdays throughout the school year for children ages 7-12. Participants take part in themed missions filled with exciting experiments and activities. Camp hours are 8:30 a.m. to 4 p.m. “Rocketry 101” will be held Feb. 24 and March 3. “Mission to Mars” will be held March 31 and April 14.
“Astro Camp Saturday crewmembers will design, build and test a rocket based on the same principles that would be used to build a rocket suitable for returning astronauts to the moon,” said Maria Lott, Astro Camp director. “Campers will look ahead to the future of space exploration: the moon, Mars and beyond. They’ll explore the principles of space travel – distances to the moon and Mars, the time it would take to get there, the supplies they would need and surviving in the environment of space.”
Cost for Astro Camp Saturday is $30 and includes lunch.
“My Place in Space” will be the theme of Astro Camp’s seven summer sessions. Each weeklong session will take children ages 7 to 12 on an exciting adventure, learning about the variety of skills and talents it takes to voyage into space.
As NASA embarks on its next mission to send humans back to the moon and on to Mars, campers will learn about the different goals and assignments it takes to make the space program a success. Counselors work with campers on team projects and games that teach science and math principles as they inspire future scientists, engineers and astronauts to follow their dreams.''',
    quotes=[
        Q('“Rocketry 101”', None, None),
        Q('“Mission to Mars”', None, None),
        Q('“Astro Camp Saturday crewmembers', 'astronauts to the moon,”', "Maria Lott"),
        Q('“Campers will look ahead', 'environment of space.”', "Maria Lott"),
        Q('“My Place in Space”', None, None),
    ],
    aliases={"Maria Lott": ["Maria Lott", "Astro Camp director"]},
),
dict(
    id="epa-en-h654-2024-08-20-drinking-water-resilience-grants",
    source="https://d32i4z0dxazdtp.cloudfront.net/newsreleases/biden-harris-administration-awards-255-million-new-grants-combat-impact-climate-change",
    license=PD, retrieved=PAGES + " (EPA news release of August 20 (2024 by its content; no year in the stored copy) on the first grants of the Drinking Water System Infrastructure Resilience and Sustainability Program, with Acting Assistant Administrator Bruno Pigott, as stored on a cloudfront.net mirror of epa.gov's newsreleases path (taken as EPA's page by its path and wording, caveat in SOURCES.md); headline kept as the first line; the dateline 'WASHINGTON –' inline and kept as stored; the list lines opened by '- ' kept as stored, the third, '- Antelope Valley-East Kern (California): $559,760 t', cut in the stored copy, dropped; a quotation interrupted by `said` with a title before the name (H2379); curly marks as stored)",
    text='''Biden-Harris Administration Awards $25.5 Million in New Grants to Combat Impact of Climate Change on Drinking Water Infrastructure
WASHINGTON – Today, August 20, the U.S. Environmental Protection Agency announced $25.5 million in grants through a new program to support drinking water systems in underserved, small, and disadvantaged communities while reducing impacts of climate change. This is the first time EPA is awarding funding under the Drinking Water System Infrastructure Resilience and Sustainability Program, with the 16 inaugural selectees spanning Connecticut to Alaska.
“Across the country, climate stress is often felt as water stress that can burden a community’s drinking water infrastructure,” said Acting Assistant Administrator Bruno Pigott. “This new grant program, along with historic investments from the Biden-Harris Administration’s Bipartisan Infrastructure Law, will strengthen our nation’s water infrastructure and protect public health.”
Environmental justice and equity are central to EPA’s programs, and this action advances progress under President Biden’s Justice40 Initiative by investing in communities with a legacy of environmental justice concerns. Through these grants, EPA will make awards to projects that benefit underserved, small, and disadvantaged communities. EPA anticipates making the awards to the selected recipients once they have satisfied legal and administrative requirements.
The 16 selected recipients of the funding are:
- Ketchikan Gateway Borough (Alaska): $332,000 to install generators to protect drinking water system infrastructure from flooding, earthquakes, and severe weather.
- Saint Paul Island City (Alaska): $4,651,170 to install emergency generators and update infrastructure, including computerized Supervisory Control and Data Acquisition capabilities, to protect drinking water system infrastructure from earthquakes, blizzards, cyclones, and flooding.''',
    quotes=[
        Q('“Across the country', 'drinking water infrastructure,”', "Bruno Pigott"),
        Q('“This new grant program', 'protect public health.”', "Bruno Pigott"),
    ],
    aliases={"Bruno Pigott": ["Bruno Pigott", "Acting Assistant Administrator Bruno Pigott"]},
),
dict(
    id="fws-en-h654-2007-duck-stamp-contest-winner",
    source="http://grousers.blogspot.com/2007/12/josh-has-been-busywinner-of-75th.html",
    license=PDC, retrieved=PAGES + " (copy of a U.S. Fish and Wildlife Service news release of 2007 on Joe Hautman's win of the 75th Federal Duck Stamp Contest, announced by Interior Secretary Dirk Kempthorne at Sanibel, Fla., on the blog grousers.blogspot.com (post of December 31, 2007); the blog's date line 'Monday, December 31, 2007' and the release's contact lines 'Joshua Winchell, 202 219-7499' / 'Rachel F. Levin, 612-309-5760 (cell)' dropped (H2338); the post title, the blogger's words run together with the release headline, kept once as the first line as stored (H2376); the last paragraph, '\"This was the most exciting Duck Stamp contest in history,' said H. Dale Hall, Director of the U.S. Fish and Wildlife Service. \"To have a three-way tie for first pla', cut in the stored copy, dropped whole (H2121); a second piece opened by a single straight mark and closed by a double one (H2376); straight marks as stored)",
    text='''Josh has been busy...Winner of 75th Anniversary Federal Duck Stamp Contest Named
Wildlife artist Joe Hautman of Plymouth, Minn., today won the 2007 Federal Duck Stamp Art Contest - the oldest and most prestigious wildlife art competition in America - with his depiction of a pair of pintail ducks. Department of the Interior Secretary Dirk Kempthorne announced the winner in front of a crowd of 300 people at the contest, held at BIG Arts in Sanibel, Fla.
"It was a privilege for me to congratulate Joe Hautman when the judges chose his art to grace the 75th Duck Stamp," said Secretary Kempthorne. 'The Duck Stamp program is unique in the realm between art and conservation. This art will be transformed into an equally beautiful stamp and help protect wetlands by generating funding through the sale of that stamp to hunters, stamp-collectors and conservationists. People talk about how art can change the world, and the Duck Stamp is an excellent example. You just need to look at the more than five million acres of waterfowl habitat protected by their purchase using funds from the stamp for proof of the power of this art."
Hautman's painting - chosen from among 247 entries from artists across the country - will be featured on the 2008-2009 Federal Duck Stamp which will go on sale in late June 2008. Federal Duck Stamp sales raise about $25 million each year to fund wetland habitat acquisition for the National Wildlife Refuge System. The annual Federal Duck Stamp Contest is the only federally-sponsored juried art competition, and is run by the U.S. Fish and Wildlife Service. This year's contest crowns the winner of the 75th duck stamp since the program's inception in 1934. Before 1949, a commission selected the design.''',
    quotes=[
        Q('"It was a privilege', 'the 75th Duck Stamp,"', "Dirk Kempthorne"),
        Q("'The Duck Stamp program is unique", 'power of this art."', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Dirk Kempthorne", "Department of the Interior Secretary Dirk Kempthorne", "Secretary Kempthorne"]},
),
dict(
    id="nasa-en-h654-2006-04-great-moonbuggy-race-winners",
    source="https://www.nasa.gov/audience/foreducators/9-12/features/moonbuggy_2006.html",
    license=PD, retrieved=PAGES + " (NASA feature of April 2006 on the winners of the 13th annual Great Moonbuggy Race in Huntsville, with Pittsburg State University's team captain Jacob Lehman (no date or writer in the stored copy); the photo caption 'Moonbuggy team from Pittsburg State University in Pittsburg, Kan. Image at right: ... Credit: NASA/MSFC' dropped (H792); headline kept as the first line; the last line, the photo caption 'Moonbuggy team from the Huntsville Center for Technology in Huntsville, Ala. Image at right', cut in the stored copy, dropped; `said X, role` between two pieces of one speaker (H2378); straight marks as stored)",
    text='''Huntsville Center for Technology and Pittsburg State University Rise to the Challenge in Great Moonbuggy Race
It's not often one can soar with their feet on the ground, but that is exactly what students from the Huntsville Center for Technology High School from Huntsville, Ala., and Pittsburg State University from Pittsburg, Kan., are doing after winning their respective divisions in NASA's 13th annual Great Moonbuggy Race in Huntsville.
"This is a great reward," said Jacob Lehman, Pittsburg State's team captain. "It's been a tough job, but worth every minute we put into this project. For us, the race was the reward. We just wanted to see if we could do it and if it would run. Coming in first is a fantastic bonus!"
The two winning teams were among 33 that raced their original moonbuggy designs across a half-mile simulated lunar surface at the U.S. Space & Rocket Center in Huntsville April 7-8.
The race is inspired by the original lunar rover engineers at NASA's Marshall Space Flight Center in Huntsville whose creation traveled across the moon during the last three Apollo missions in the early 1970s. The engineers had to design and build a compact, light, flexible and durable vehicle to carry astronauts on the lunar surface.
Students faced some of the same challenges while preparing to race their vehicles. The hands-on experience may inspire them to pursue careers in math, science and engineering and could lead them to be participants in NASA's Vision for Space Exploration of returning to the moon, reaching Mars and destinations beyond.''',
    quotes=[
        Q('"This is a great reward,"', None, "Jacob Lehman"),
        Q('"It\'s been a tough job', 'a fantastic bonus!"', "Jacob Lehman"),
    ],
    aliases={"Jacob Lehman": ["Jacob Lehman", "Pittsburg State's team captain"]},
),
]
