# Held-out English news pages (tests/data/heldout45-en.jsonl). Like heldout23/25/26/29/31/33/35/37/38/41/43_pages.py,
# these texts are stored web pages (the `pages` search corpus) of US federal outlets, none of them used in an earlier
# set: NOAA (a NOAA public-affairs release of 2004 on publicaffairs.noaa.gov, a National Weather Service Southern
# Region story of 2011 on srh.noaa.gov, a National Weather Service news item of 2013 on weather.gov), the NIH Record
# (five stories of 2009-2021 on nihrecord.nih.gov / nihrecord.od.nih.gov and two of 2008 on nihrecord.od.nih.gov as
# kept by the UNT End of Term web archive),
# NASA (a Stennis Space Center news release of 2009 on nasa.gov) and Voice of America (a VOA News story of 2014 on a
# NASA downlink with students, voanews.com). All are works of the US government and in the public domain (17 U.S.C.
# § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
# characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, site
# headers, photo captions, dates, contact blocks and "Continued..." lines are dropped; wording, spelling and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H222-H226 in
# ANNOTATION.md on top of H1-H216).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout45-en.jsonl

Built by `build.py` from `heldout45_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en, heldout35-en, heldout37-en, heldout38-en, heldout41-en and heldout43-en, these texts are stored web pages
(the `pages` search corpus) of US federal outlets, none of them used in a set above: NOAA (a NOAA public-affairs release
of 2004 on National Weather Association awards, a National Weather Service Southern Region story of 2011 on AMS awards, a
weather.gov news item of 2013 on forecasters meeting the President after the Moore tornado), the NIH Record (five
stories of 2009-2021 on nihrecord.nih.gov / nihrecord.od.nih.gov and two of 2008 on nihrecord.od.nih.gov as kept by the
UNT End of Term web archive), NASA (a Stennis Space Center release of 2009) and Voice of America (a VOA News story of 2014
on a NASA downlink with students). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation, site headers, photo captions, date lines and contact blocks were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation (rules
H222–H226 in `ANNOTATION.md` on top of H1–H216) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="weather-gov-2013-05-28-forecasters-meet-president",
    source="https://www.weather.gov/news/130528-potus",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the first paragraph (H131); in the stored copy the paragraph 'Earlier in the day, ...' runs without a break into the next one ('... the severe weather.”During their meeting, the president praised NWS forecasters ... watches and wa'), which the copy cuts: the text is split at the lost paragraph break after the closing mark and the cut paragraph 'During their meeting, ...' dropped (H222))",
    text='''National Weather Service forecasters tend to be modest when it comes to praise. Yet, for several members of the NWS Norman, Okla., forecast office and Storm Prediction Center teams, there was every reason to feel a sense of accomplishment for a job well done on Sunday when they had the opportunity to meet with President Barack Obama.
The president visited Oklahoma to tour the areas damaged by last week’s deadly EF-5 tornado that struck the Oklahoma City suburbs of Newcastle and Moore. Following his tour of the damage and a press conference in Moore, Obama met with NWS staff on the tarmac at Tinker Air Force Base in Oklahoma, next to Air Force One.
Earlier in the day, White House Principal Deputy Press Secretary Josh Earnest made remarks to the press aboard Air Force One, while en route to Oklahoma. “On May 15th, five days before Monday’s destructive tornadoes, the National Weather Service’s Storm Prediction Center, based in Oklahoma, forecasted a threat of a major severe weather outbreak in the area and communicated this forecast to state and local officials, the media, and the general public,” Earnest said. He went on to praise not only the NWS forecasters involved in the event, but the larger NOAA research community, whose work contributed to forecasters’ ability to issue timely and accurate warnings, noting that “advancements made by government scientists in the field of weather forecasting at these agencies are dramatic and are saving lives.” When asked by a reporter to elaborate on the advancements in forecasting, Earnest responded by saying that “the advancements are really interesting, both because they are providing people greater warning in terms of time, but they’re also becoming much more specific in terms of being able to target which specific areas are likely to bear the brunt of the severe weather.”''',
    quotes=[
        Q('“On May 15th, five days', 'and the general public,”', "Josh Earnest"),
        Q('“advancements made by government scientists', 'are saving lives.”', "Josh Earnest"),
        Q('“the advancements are really interesting', 'of the severe weather.”', "Josh Earnest"),
    ],
    aliases={"Josh Earnest": ["White House Principal Deputy Press Secretary Josh Earnest", "Earnest"]},
),
dict(
    id="nihrecord-2012-11-09-research-festival-125-years",
    source="http://nihrecord.od.nih.gov/newsletters/2012/11_09_2012/story1.htm",
    license=PD, retrieved=PAGES + " (navigation and issue lines ('skip navigation nih record', 'Vol. LXIV, No. 23', 'November 9, 2012', 'cover', 'next story', 'On the front page...'), the photo caption (printed twice) and the 'Continued...' line dropped; the paragraph 'Opening day of Research Festival 2012 included a', cut in the stored copy, dropped)",
    text='''Research Festival Celebrates 125 Years of Discovery
The 26th annual NIH Research Festival, held Oct. 9-12, was a moveable feast.
“Find out what is going on in this remarkable community,” NIH director Dr. Francis Collins advised attendees in opening remarks. “Here’s a chance to enlarge your circle.”
Nearly 6,000 scientists conduct research in NIH’s own laboratories, most of them on the Bethesda campus. As the showcase for the Intramural Research Program, the festival brings people together, invites speakers and students and celebrates science for 4 days in October. The effects last a good deal longer.
“I can tell you many stories about how this Research Festival has triggered many collaborations,” said Collins, introducing the quasquicentennial theme: “NIH at 125: Today’s Discoveries, Tomorrow’s Cures.”
The plenary session in Masur Auditorium opened with 3 “big vision” talks. NHLBI director Dr. Gary Gibbons spoke on a systems approach to health inequities. Dr. Jennifer Lippincott-Schwartz of NICHD addressed advances in technology and imaging and NIAID’s Dr. Ron Germain took the audience on a journey through the immune system.
Then Dr. Joseph J. Kinyoun (really NEI’s Dr. David Robinson) walked onstage, looking dapper and fit for a 152-year-old.
One of the fathers of modern bacteriology, Kinyoun (1860-1919) was the founder and first director of the Hygienic Laboratory, the predecessor of NIH. In a historical sketch, NIH deputy director for intramural research Dr. Michael Gottesman updated the founder on advances in immunization, the eradication of smallpox and organ transplantation.''',
    quotes=[
        Q('“Find out what is going on', 'remarkable community,”', "Francis Collins"),
        Q('“Here’s a chance to enlarge your circle.”', None, "Francis Collins"),
        Q('“I can tell you many stories', 'many collaborations,”', "Francis Collins"),
        Q('“NIH at 125:', 'Tomorrow’s Cures.”', None),
        Q('“big vision”', None, None),
    ],
    aliases={"Francis Collins": ["NIH director Dr. Francis Collins", "Dr. Francis Collins", "Collins"]},
),
dict(
    id="nihrecord-2011-11-11-research-festival-silver-jubilee",
    source="https://nihrecord.nih.gov/newsletters/2011/11_11_2011/story1.htm",
    license=PD, retrieved=PAGES + " (navigation and issue lines ('skip navigation nih record', 'Vol. LXIII, No. 23', 'November 11, 2011', 'cover', 'next story', 'On the front page...'), the photo alt text 'Photo of Dr. Michael Gottesman', the photo caption 'NIH deputy director for intramural research Dr. Michael Gottesman talks about ...' and the 'Continued...' line dropped; the closing mark of Gottesman's second sentence stands, as stored, at the start of the next paragraph (H223); the subheading 'Now and Then' kept as a line; the paragraph 'At the first Research Festival—called “NIH Intramural Researc', cut in the stored copy, dropped)",
    text='''‘Bread and Butter of NIH’
Annual Research Festival Celebrates Silver Jubilee
Smartphones. The World Wide Web. PubMed. NHGRI. The Children’s Inn. For just a brief time at the opening plenary session on Oct. 24, NIH’s Research Festival marked its quarter century by remembering things the world didn’t have 25 years ago, when the annual science celebration was born.
“The program has grown considerably since our first Research Festival in 1986,” acknowledged NIH deputy director for intramural research Dr. Michael Gottesman. “Just going by the numbers, this is a really impressive week.
” In addition to the 6 presentations on opening morning, there were 4 concurrent symposia featuring 20 topics and 120 talks, and 4 poster sessions with more than 400 posters. A 2-day scientific equipment show ended the 5-day event.
Now and Then
“This is the time we set aside every year to marvel at our own intramural research accomplishments, to strut our feathers, learn more about the breadth of research and resources here and renew our confidence in the fact that the NIH Intramural Research Program is the best research program in the world,” Gottesman said.
He also noted that this year’s festival was more technologically savvy than ever. The event’s web site was completely revamped. For the first time, program schedules and other details were accessible via QR, or quick response, code and viewable on smartphones and other mobile devices. “We’re hoping to set a standard for scientific meetings here,” he said.''',
    quotes=[
        Q('‘Bread and Butter of NIH’', None, None),
        Q('“The program has grown considerably', 'Research Festival in 1986,”', "Michael Gottesman"),
        Q('“Just going by the numbers', 'a really impressive week.', "Michael Gottesman"),
        Q('“This is the time we set aside', 'research program in the world,”', "Michael Gottesman"),
        Q('“We’re hoping to set a standard', 'scientific meetings here,”', "Michael Gottesman"),
    ],
    aliases={"Michael Gottesman": ["NIH deputy director for intramural research Dr. Michael Gottesman", "Dr. Michael Gottesman", "Gottesman"]},
),
dict(
    id="noaa-2004-nwa-awards-southern-region",
    source="http://www.publicaffairs.noaa.gov/releases2004/oct04/noaa04-r299-34.html",
    license=PD, retrieved=PAGES + " (the header lines 'NOAA 2004-R299-34', 'Contact: Ron Trumbla', 'NOAA News Releases 2004', 'NOAA Home Page' and 'NOAA Public Affairs' dropped; the stored copy has no headline and begins with the first paragraph (H131); the paragraph 'Operational Achievement Group Award: ... Despite the widespread destruction attrib', cut in the stored copy, dropped)",
    text='''The National Weather Association has recognized the National Oceanic and Atmospheric Administration's National Weather Service employees and partners whose dedicated efforts provide critical meteorological services and information to the public. Launched in 1977, the NWA Awards program is designed to recognize exceptional group or individual achievements in a variety of categories. NOAA is an agency of the Department of Commerce.
The awards were presented today at the 29th NWA Annual Awards Luncheon at the Doubletree Hotel and Executive Meeting Center in Portland, Ore. National Weather Service Southern Region employees and a newspaper science writer were honored in four categories.
“I would like to add my personal congratulations to the National Weather Service employees and partners being honored this year,” said Bill Proenza, director, NWS Southern Region. “While we have been well aware of their outstanding contributions for some time, it’s gratifying to see them receive the national recognition they deserve.”
“These awards presented to the National Weather Service employees are a testament to the outstanding work being conducted on behalf of all Americans,” said Brig. Gen. David L. Johnson, U.S. Air Force (Ret.), director of the NOAA National Weather Service. “Our people are truly dedicated. I thank them for all their hard work.”''',
    quotes=[
        Q('“I would like to add', 'honored this year,”', "Bill Proenza"),
        Q('“While we have been well aware', 'recognition they deserve.”', "Bill Proenza"),
        Q('“These awards presented', 'on behalf of all Americans,”', "David L. Johnson"),
        Q('“Our people are truly dedicated.', 'all their hard work.”', "David L. Johnson"),
    ],
    aliases={"David L. Johnson": ["Brig. Gen. David L. Johnson"]},
),
dict(
    id="srh-noaa-2011-02-10-ams-awards",
    source="http://www.srh.noaa.gov/srh/srnews/stories/2011/ams.htm",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the dated first paragraph (H131); the award headings ('Francis W. Reichelderfer Award:', 'Exceptional Specific Prediction Award:') kept as lines; two sentences run together without a space in the copy ('Huntsville, Ala.Each year', '2010.By the 12th') and are kept so; the paragraph 'As early as five days prior to the snowfall, Mobile's forecasters b', cut in the stored copy, dropped)",
    text='''(Feb. 10, 2011) - As anyone who has ever received an award or special honor can tell you, it is a great feeling to be publicly recognized for your achievements. When that award or honor is bestowed by your peers, it is particularly gratifying. Just ask the National Weather Service Southern Region recipients who were honored this year by the American Meteorological Society at its 91st annual meeting in Seattle, Wash.
"The annual AMS meeting is clearly the premier meteorological and hydrological conference in the world," said Bill Proenza, AMS Fellow and regional director of the National Weather Service Southern Region. "Our Southern Region honorees should take great pride in being recognized by such a prestigious organization of atmospheric and oceanographic scientists."
Francis W. Reichelderfer Award:
Co-Recipients of the AMS Francis W. Reichelderfer Award are Science and Operations Officer Chris Darden and Information Technology Specialist Jason Burks of the National Weather Service forecast office in Huntsville, Ala.Each year, the award is given in recognition of distinguished contributions to the provision of operational environmental services to the public.
Darden and Burks were honored for their collaborative work with NASA to integrate real-time NASA observations and forecast products in the Advanced Weather Interactive Processing System for use in daily NWS operations as well as forecaster awareness and training.
Exceptional Specific Prediction Award:
This year's AMS Award for Specific Prediction was presented to the staff of the National Weather Service forecast office in Mobile, Ala. The Mobile team was recognized for accurately predicting and communicating the deep snowfall event of Feb. 11-12, 2010.By the 12th, deep snowfall was reported across much of the Deep South from Texas to the Florida Panhandle with up to six inch accumulations in portions of central Georgia and southern Alabama.''',
    quotes=[
        Q('"The annual AMS meeting', 'conference in the world,"', "Bill Proenza"),
        Q('"Our Southern Region honorees', 'oceanographic scientists."', "Bill Proenza"),
    ],
    aliases={},
),
dict(
    id="nihrecord-2009-10-02-collins-town-hall",
    source="https://nihrecord.nih.gov/newsletters/2009/10_02_2009/story1.htm",
    license=PD, retrieved=PAGES + " (navigation and issue lines ('skip navigation nih record', 'Vol. LXI, No. 20', 'October 2, 2009', 'cover', 'next story', 'On the front page...'), the 'Continued...' line and two photo captions (each printed twice) dropped; the paragraph 'Collins assured the gathering that he remains committed ..., which he called “the bedrock of NIH’s efforts,” and that hi', cut in the stored copy, dropped)",
    text='''Collins Hears Constituents’ Needs at Town Hall Meeting
When it comes to back-to-school transitions, few faced higher expectations than NIH director Dr. Francis Collins, who on Sept. 9 addressed a Natcher auditorium filled with hundreds of constituents and stakeholders, each of whom will issue report cards on how well NIH meets his or her needs.
In only his fourth week as director, Collins opened the first meeting of its size and kind with a story of his own conversion from a youngster who was sure that chemistry would be his life’s work, to an indifferent passage through some badly taught biology, which he regarded as “probably the most boring of all the sciences. In 10th grade we were asked to memorize the parts of a crayfish—I didn’t care about that.”
His decision to attend medical school surprised even himself, he admitted, but during his first year, in lectures given by a pediatrician who specialized in genetics, he found his calling.
The professor brought patients afflicted with genetic disorders, including sickle cell disease, neurofibromatosis and Down syndrome, to class and Collins realized that “one small glitch in a person’s genome could cause untold misery to the patient and family. That was 35 years ago. Never could I have contemplated being here today as NIH director. I am honored by it, and daunted by it and I’m going to need your help.”''',
    quotes=[
        Q('“probably the most boring', 'didn’t care about that.”', "Francis Collins"),
        Q('“one small glitch', 'going to need your help.”', "Francis Collins"),
    ],
    aliases={"Francis Collins": ["NIH director Dr. Francis Collins", "Dr. Francis Collins", "Collins"]},
),
dict(
    id="nihrecord-2021-12-10-collins-reflects",
    source="https://nihrecord.nih.gov/2021/12/10/collins-reflects-12-years-nih-director",
    license=PD, retrieved=PAGES + " (the site line 'NIH Record - National Institutes of Health', the photo caption ('A smiling Collins seated by microphone', 'Dr. Francis Collins steps down as NIH director.', 'Photo:  Bill Branson') and the caption of the second photo ('Collins stands on stage at Capital One Arena ...') dropped; trailing spaces at paragraph ends removed; the subheading 'Master Communicator' kept as a line; the paragraph 'At a 2011 U2 concert with s', cut in the stored copy, dropped)",
    text='''‘Best Job in Biomedical Research’
Collins Reflects on 12+ Years as NIH Director
A lot has changed at NIH and in the world since the mid-August day in 2009, when Dr. Francis Collins addressed a Natcher Bldg. audience on his first day as NIH director.
For the past nearly 2 years, of course, NIH and the rest of the globe have been thrust into a historic coronavirus pandemic that has taken the lives of more than 5.1 million people and dramatically shifted how humans interact with each other. The period has presented both enormous challenges and tremendous opportunities for the world’s largest funder of medical research, and for the organization’s leader.
Perhaps most surprising then is what has not changed since day one: Collins’s enthusiasm and energy for the job. On Dec. 19, he’ll step down after more than 12 years in the agency’s top seat, in part to make way for fresh leadership. Collins recently reflected on the mark his tenure leaves.
Master Communicator
Over his career, the longest serving presidentially appointed NIH director has gained a reputation as an accomplished science communicator. His ability to translate not only oftentimes gnarly concepts of medical research, but also the promise and hope of scientific enterprise in general, is tough to overstate. Collins attributed some of his ease with public speaking to his childhood.
“My father was a theatrical director and producer [and] my mother was a playwright, and I ended up onstage at an early age and loved that,” he recalled. He performed in a small 200-seat theater, which was beneficial because “you could see your audience and you knew if you were connecting or not.”''',
    quotes=[
        Q('‘Best Job in Biomedical Research’', None, None),
        Q('“My father was a theatrical director', 'and loved that,”', "Francis Collins"),
        Q('“you could see your audience', 'connecting or not.”', "Francis Collins"),
    ],
    aliases={"Francis Collins": ["Dr. Francis Collins", "Collins"]},
),
dict(
    id="voa-2014-02-nasa-links-students-to-astronauts",
    source="https://www.voanews.com/a/nasa-links-students-to-astronauts/1865301.html",
    license=PD, retrieved=PAGES + " (VOA News; page lines 'Accessibility links', 'Breaking News', the video player lines ('please wait', 'No media source currently available', '0:00 0:02:11 0:00') and the headline printed a second time dropped; the paragraph '“To me, it looked like they were all friends,\" said Blaire. \"Every time they laughed and they', cut in the stored copy, dropped)",
    text='''NASA Links Students to Astronauts
California students got a rare chance to speak with International Space Station astronauts via live video link on Feb. 20 in Los Angeles.
Packing an auditorium at California State University, hundreds of college students, faculty and high school students from the Alliance Marc and Eva Stern Math and Science High School gathered to learn more about living and working on the space station.
Part of an effort by the U.S. space agency to excite young people about science, the 20-minute Earth-to-space call was just one of a series of events surrounding Destination Station: Los Angeles, NASA's campaign to showcase its newest multimedia exhibit at the California Science Center.
Students got answers to questions that ranged from space station hygiene to how astronauts dampen vibrations from equipment. Based 400 kilometers above Earth, the three men — American astronauts Rick Mastracchio and Mike Hopkins, and Japan's Koichi Wakata — talked about their long work days, phone calls home and exercise in the evening.
Speaking from a weightless environment, which Rick Mastracchio described as making impossible things easy and easy things difficult, Astronaut Mike Hopkins did a somersault to demonstrate.
“How did you overcome your greatest obstacle on your road to becoming an astronaut?" asked engineering student Maria Munguia, directing the first question to Mastracchio.
“I went and got a master’s degree, got a job as an engineer and eventually applied as an astronaut," he said. "So I think my interest in space and science, and my abilities in mathematics, had a direct relationship on how I ended up here.”
Engineering student Jeremy Blaire found the astronauts behavior toward each other revealing.''',
    quotes=[
        Q('“How did you overcome', 'becoming an astronaut?"', "Maria Munguia"),
        Q('“I went and got a master’s degree', 'applied as an astronaut,"', "Rick Mastracchio"),
        Q('"So I think my interest', 'how I ended up here.”', "Rick Mastracchio"),
    ],
    aliases={"Maria Munguia": ["engineering student Maria Munguia"], "Rick Mastracchio": ["Mastracchio"]},
),
dict(
    id="nasa-stennis-2009-12-23-convergence",
    source="http://www.nasa.gov/centers/stennis/news/newsreleases/2009/CLT-09-205.html",
    license=PD, retrieved=PAGES + " (the date line 'December 23, 2009' and the contact block (Chris McGee, NASA News Chief, NASA Public Affairs Office, Stennis Space Center address and telephone) dropped; the subheadings 'Looking back' and 'Enabling the present' kept as lines; trailing spaces at a paragraph end removed; the paragraph 'During the program's 34 years, ... Tested engines fle', cut in the stored copy, dropped)",
    text='''Stennis in 2009 - A Convergence of Past, Present and Future
For NASA's John C. Stennis Space Center, 2009 marked a convergence of the past, present and future of American space exploration as the rocket engine testing facility celebrated a key anniversary, marked the end of a decades-long testing project and focused squarely on enabling humans to explore space objects beyond low-Earth orbit.
Looking back
In July, Stennis Space Center employees joined the nation in marking the 40th anniversary of the Apollo 11 moon mission. The Stennis celebration carried special significance. The Apollo 11 astronauts traveled on their historic mission to the moon on engines proven flight worthy at the Mississippi facility.
Stennis Space Center was built in the early 1960s for the express purpose of testing the engines that would carry humans to the moon. Just three years after Stennis operators conducted their first rocket engine test, that goal was achieved as astronaut Neil Armstrong stepped onto the surface of the moon.
"The whole atmosphere was – we can do this," recalls Jeanne Kellar, a Stennis employee who was present in those early days of the facility. "Nothing was too big. There was nothing we could not fix. We just knew we were going to do this and show that America was first in space."
Enabling the present
Even as achievement of Apollo was celebrated, the Stennis community marked completion of another 34-year assignment – to test engines for the nation's Space Shuttle Program. The first space shuttle main engine was tested on May 19, 1975. On July 20, 2009, Stennis operators conducted the last planned main engine test on the facility's A-2 Test Stand.''',
    quotes=[
        Q('"The whole atmosphere was', 'we can do this,"', "Jeanne Kellar"),
        Q('"Nothing was too big.', 'first in space."', "Jeanne Kellar"),
    ],
    aliases={},
),
dict(
    id="nihrecord-2011-06-10-zerhouni-portrait",
    source="https://nihrecord.nih.gov/newsletters/2011/06_10_2011/story1.htm",
    license=PD, retrieved=PAGES + " (navigation and issue lines ('skip navigation nih record', 'Vol. LXIII, No. 12', 'June 10, 2011', 'next story', 'On the front page...') and the photo captions (including the long caption 'Former NIH director Dr. Elias Zerhouni ... At left, former NIH director Dr. Elias Zerhouni divulged his “Zerhouni Strategy” ...') dropped; the paragraph 'Collins said Zerhouni had “both heart and spine” as he “nobly and courag', cut in the stored copy, dropped)",
    text='''Warm, Gracious Ceremony
Official Portrait of Former Director Zerhouni Presented
The portrait constructed of words—even the ones razzing him for his taste in fine clothes and fast cars—had to be at least as satisfying to former NIH director Dr. Elias Zerhouni as the one completed with brushstrokes, as he returned to campus May 20 to preside over the presentation of his official portrait in Bldg. 1.
At a 50-minute ceremony in Wilson Hall, a gathering of past and present institute, center and Office of the Director officials embellished the image of Zerhouni—whom artist Steve Craighead had placed standing and smiling alongside a desk—with warm evocations of the former director’s character and intellect.
“Elias has been gone from NIH for 2½ years, but his impact is with us every day,” said NIH director Dr. Francis Collins. “We remember Elias’s fearless leadership of NIH for a space of 6½ years…My appreciation has really grown…of the many things that you did right and I am the greatest beneficiary of that legacy.”''',
    quotes=[
        Q('“Elias has been gone', 'with us every day,”', "Francis Collins"),
        Q('“We remember Elias’s fearless leadership', 'beneficiary of that legacy.”', "Francis Collins"),
    ],
    aliases={"Francis Collins": ["NIH director Dr. Francis Collins", "Dr. Francis Collins"]},
),
dict(
    id="nihrecord-2008-11-14-zerhouni-farewell",
    source="https://webarchive.library.unt.edu/eot2008/20090113201558/http://nihrecord.od.nih.gov/newsletters/2008/11_14_2008/story1.htm",
    license=PD, retrieved=PAGES + " (an End of Term web-archive copy of the NIH Record page (as H184); navigation and issue lines ('skip navigation nih record', 'Vol. LX, No. 23', 'November 14, 2008', 'cover', 'next story', 'On the front page...'), the 'Continued...' line and the photo caption (printed twice) dropped; the paragraph 'Emceeing the occasion was NIH deputy director Dr. Raynard Kington, ... He called the occasion “a bittersweet day…It’s been an honor ... to have you as our', cut in the stored copy, dropped)",
    text='''From Zer-Who? to Who Knew?
Outgoing Director Rides Tide of Warm Feelings
There probably isn’t a job anywhere in the world that Dr. Elias Zerhouni could not win if he simply took to his next job interview a videotape of the Farewell Celebration that took place in his honor Oct. 30 in a packed Masur Auditorium. After 115 minutes of tributes from colleagues, Congress, interest groups and the administration, perhaps the biggest challenge of his 6½-year directorship was emerging from the hall with his humility intact.
Even the ambassadors of Algeria, where he grew up, and Morocco, from which his family originated, showed up to honor a man whose character—even more than his scientific and managerial acumen—stood out as his most prominent attribute.
Most of the afternoon’s speakers wove some sort of variation on the assessment offered by Clay Johnson III, deputy director of the Office of Management and Budget, who had been instrumental in bringing Zerhouni to NIH back in spring 2002: “The primary thing that leads to somebody’s success is not what they know, or who they know—it’s what kind of person they are. Elias, I think that everybody would agree that your personality, energy, resolve, determination, purposefulness, easygoing way and sense of humor make everyone really anxious to follow your lead. For that we can only say thank you.” He added, “You have left NIH better than you found it.”''',
    quotes=[
        Q('“The primary thing that leads', 'only say thank you.”', "Clay Johnson III"),
        Q('“You have left NIH better', 'than you found it.”', "Clay Johnson III"),
    ],
    aliases={},
),
dict(
    id="nihrecord-2008-10-17-pioneer-awards",
    source="https://webarchive.library.unt.edu/eot2008/20090115153500/http:/nihrecord.od.nih.gov/newsletters/2008/10_17_2008/index.htm",
    license=PD, retrieved=PAGES + " (an End of Term web-archive copy of the NIH Record issue page (as H184); the navigation and issue lines ('skip navigation', 'NIH Record', 'Vol. LX, No. 21', 'October 17, 2008'), the list of the issue's other story titles ('Commissioned Corps NIH’ers Help Hurricane Victims' ... 'Whitley To Deliver Straus Memorial Lecture on Infectious Diseases'), 'printer friendly version' and the photo captions (each printed twice) dropped; the paragraph '“It was then, and is still today, held to encourage friendly competition,” explains', cut in the stored copy, dropped)",
    text='''‘Maximum Freedom, Minimum Hassle’
Pioneer, New Innovator Awards Announced
Calling it “one of the best days of the year for me,” NIH director Dr. Elias Zerhouni announced winners of the 2008 NIH Director’s Pioneer Award and New Innovator Awards on Sept. 22. This year, 16 scientists—the largest cohort ever—won Pioneer awards, which Zerhouni defined as “loose-guide research, which extends the boundaries of knowledge.” Another 31 scientists won New Innovator Awards, for a total of 47 honorees and an NIH funding commitment of some $138 million over 5 years.
The Pioneer Awards, this year supported by nine institutes and centers, “provide ample resources and total freedom,” said Zerhouni. “You don’t have to follow the script written in your application—you can follow your instincts. This award offers the maximum freedom and the minimum hassle.”
Challenge Relay Celebrates Its 25th Run
On May 24, 1978, at approximately high noon, the “NIMH Shrinks” took 11 minutes and 59 seconds to race around Bldg. 1 and into NIH lore as the first team to finish the inaugural Institute Challenge Relay. More than 30 years and several thousand miles later, the relay marked its 25th run on Sept. 18, 2008.''',
    quotes=[
        Q('‘Maximum Freedom, Minimum Hassle’', None, "Elias Zerhouni"),
        Q('“one of the best days of the year for me,”', None, "Elias Zerhouni"),
        Q('“loose-guide research', 'boundaries of knowledge.”', "Elias Zerhouni"),
        Q('“provide ample resources and total freedom,”', None, "Elias Zerhouni"),
        Q('“You don’t have to follow', 'the minimum hassle.”', "Elias Zerhouni"),
        Q('“NIMH Shrinks”', None, None),
    ],
    aliases={"Elias Zerhouni": ["NIH director Dr. Elias Zerhouni", "Dr. Elias Zerhouni", "Zerhouni"]},
),
]
