# Held-out English news pages (tests/data/heldout121-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal news, works of the US government in the public domain (17 U.S.C. § 105): three
# National Park Service Morning Reports as archived by npshistory.com (President Bush's proclamation of September 14, 2001;
# Director Fran Mainella's message of September 18, 2001; an overdue hiker in Glacier National Park, May 27, 2011), and, in
# copies on non-government sites, a USGS release on the first annual streamflow summary (January 2007, pbworks wiki), a
# FEMA release on Hurricane Katrina teleregistration in Alabama (September 2005, katrina05.blogspot.com), a Department of
# Energy release on solar research funding (February 2020, en.cnste.org), an item of the Department of Education's 'ED
# Review' on Secretary DeVos' visits (March 2017, aldeaeducativamagazine.com) and a National Park Service release on the
# 2009 summer season (thefederalnewswire.com). None is credited to AP, Reuters, AFP or another third party. Stored copies
# are often cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Memo headers ('To:', 'From:', 'Day/Date:'), notice banners, credit brackets, blog titles and intros,
# embedded-video code and contact lines are dropped; hard line wraps inside a paragraph are joined with a space (H214,
# H902); wording, spelling ('Teleregistraion' is in a dropped blog title only), double spaces inside paragraphs and
# quotation marks (straight or curly, mismatched as stored) are kept. Annotated by reading the pages, before whosaid was
# run on them (rules H900-H905 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout121-en.jsonl

Built by `build.py` from `heldout121_pages.py`. Like heldout31-en and heldout120-en, these texts are US federal news
pages taken from stored web pages (the `pages` search corpus), none of them used in a set above: three National Park
Service Morning Reports as archived by npshistory.com (September 14, 2001, with President Bush's proclamation of a
National Day of Prayer and Remembrance; September 18, 2001, with Director Fran Mainella's message to the Service; May 27,
2011, an overdue hiker found in Glacier National Park) and, in copies on non-government sites, a USGS release on the first
annual streamflow summary (January 2007, on a pbworks wiki), a FEMA release on Katrina teleregistration in Alabama
(September 2005, on a blog), a Department of Energy release on $125.5 million for solar research (February 2020, on
en.cnste.org), an 'ED Review' item of the Department of Education on Secretary DeVos' visits (March 2017, on
aldeaeducativamagazine.com) and a National Park Service release on the 2009 summer season (on thefederalnewswire.com).
All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third
party. The stored copies are often cut after about 2,000 characters; only complete paragraphs are kept (what was dropped
is noted per page). Memo headers, banners, credit brackets, blog titles and intros, video code and contact lines were
dropped; hard line wraps inside paragraphs were joined with a space; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by distinctive phrases against
every existing text, including the other helpers' worktrees). The annotation (rules H900–H905 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-nps-2001-09-14-morning-report-day-of-prayer",
    source="http://npshistory.com/morningreport/2001/09-14.htm",
    license=PD, retrieved=PAGES + " (National Park Service Morning Report of Friday, September 14, 2001, as archived by npshistory.com; the title line kept first; the lines 'NATIONAL PARK SERVICE', 'MORNING REPORT', the memo header ('To:', 'From:', 'Day/Date:') and the banner '*** NOTICE ***' dropped; the hard line wraps of the plain-text report joined with a space (H214); the proclamation's later paragraphs, after the stored part ends, are not in the copy; each quoted paragraph opens with a mark and never closes, as stored)",
    text='''NPS Morning Report - Friday, September 14, 2001
President Bush has declared today a National Day of Prayer and Remembrance for the victims of Tuesday's terrorist attacks. The text of his proclamation follows:
"On Tuesday morning, September 11, 2001, terrorists attacked America in a series of despicable acts of war. They hijacked four passenger jets, crashed two of them into the World Trade Center's twin towers and a third into the Headquarters of the U.S. Department of Defense at the Pentagon, causing great loss of life and tremendous damage. The fourth plane crashed in the Pennsylvania countryside, killing all on board but falling well short of its intended target apparently because of the heroic efforts of passengers on board. This carnage, which caused the collapse of both Trade Center towers and the destruction of part of the Pentagon, killed more than 250 airplane passengers and thousands more on the ground.
"Civilized people around the world denounce the evildoers who devised and executed these terrible attacks. Justice demands that those who helped or harbored the terrorists be punished - and punished severely. The enormity of their evil demands it. We will use all the resources of the United States and our cooperating friends and allies to pursue those responsible for this evil, until justice is done.
"We mourn with those who have suffered great and disastrous loss. All our hearts have been seared by the sudden and senseless taking of innocent lives. We pray for healing and for the strength to serve and encourage one another in hope and faith.''',
    quotes=[
        Q('"On Tuesday morning', 'more on the ground.', "Bush"),
        Q('"Civilized people', 'until justice is done.', "Bush"),
        Q('"We mourn with', 'in hope and faith.', "Bush"),
    ],
    aliases={"Bush": ["President Bush"]},
),
dict(
    id="gov-en-nps-2001-09-18-morning-report-director-message",
    source="http://npshistory.com/morningreport/2001/09-18.htm",
    license=PD, retrieved=PAGES + " (National Park Service Morning Report of Tuesday, September 18, 2001, as archived by npshistory.com; the title line kept first; the lines 'NATIONAL PARK SERVICE', 'MORNING REPORT' and the memo header ('To:', 'From:', 'Day/Date:') dropped; the item heading '01-509 - Servicewide - Follow-up: Terrorist Attacks' kept; the hard line wraps joined with a space (H214); the message's paragraph 'All of us need to be sensitive ... beyond our professional responsibilitie', cut in the stored copy, dropped; each quoted paragraph of the message opens with a mark and never closes, as stored)",
    text='''NPS Morning Report - Tuesday, September 18, 2001
01-509 - Servicewide - Follow-up: Terrorist Attacks
The National Park Service continues to provide support to its parks and employees, gather information on the status of field areas for DOI, and deal with security issues throughout the country.
Director Fran Mainella has set the tone for the continuing NPS effort with her message to "the employees, friends and partners of the National Park Service":
"I regret very much that my first formal communication as Director comes at a time of such great sadness. Along with the President and Secretary Norton, I share your deep sense of sorrow about recent events. The National Park Service is a family that cares not only about its own staff and park visitors, but also for the nation as a whole. I am truly pleased to be a part of this family.
"The role of the Service in the nation's life is crucial. As the Secretary said in her recent press release, 'We encourage everyone to draw inspiration from our greatest national treasures, and let them serve as reminders that this nation will endure and prosper.' We will continue to provide the services and inspiration of the national parks to the American people.
"I will be working hard with all of you to protect our employees, visitors, and resources in the times ahead. My commitment to that will be addressed in a message I will be sharing with you shortly, and which I had intended to send you this past Tuesday morning.''',
    quotes=[
        Q('"the employees, friends and partners', 'National Park Service"', "Fran Mainella"),
        Q('"I regret very much', 'part of this family.', "Fran Mainella"),
        Q('"The role of the Service', 'to the American people.', "Fran Mainella"),
        Q('"I will be working hard', 'this past Tuesday morning.', "Fran Mainella"),
    ],
    aliases={"Fran Mainella": ["Director Fran Mainella"]},
),
dict(
    id="gov-en-nps-2011-05-27-morning-report-glacier-overdue-hiker",
    source="http://npshistory.com/morningreport/2011/05-27.htm",
    license=PD, retrieved=PAGES + " (National Park Service Morning Report of Friday, May 27, 2011, as archived by npshistory.com; the stored copy runs the whole report into one line: the lines 'NATIONAL PARK SERVICE MORNING REPORT Friday, May 27, 2011 INCIDENTS Glacier NP' before the headline and the credit bracket '[Ellen Blickhan, Public Affairs Officer]' after the item dropped; the headline kept as first line and the item kept as one paragraph, as stored (H902); the next item 'Denali NP&P Two More Climbers Killed On Mt. McKinley ... A fatal climbing fall at Denali Pa', cut in the stored copy, dropped; 'are in still in winter condition' is as stored)",
    text='''Overdue Hiker Found By Rangers
The park was contacted by the wife of an overdue hiker on Wednesday morning. R.L., 59, was issued his backcountry permit on May 10th and according to his permit would be hiking in remote sections of Glacier's North Fork and exiting on May 20th. R.L. and his wife had agreed that she was to contact the park if he was not back by May 25th. R.L.'s ambitious itinerary began at the Polebridge Ranger Station and headed to Bowman Lake, then ran from Bowman Lake to Brown's Pass, Hole-in-the-Wall, over Boulder Pass, past Kintla Lake and out the Inside North Fork Road to Big Prairie. Most of these areas are in still in winter condition with extreme hazards. Due to an impending change in weather expected on Thursday, rangers contracted Minute Man Aviation to fly R.L.'s route. From the helicopter, rangers spotted tracks in the snow going over Boulder Pass that were consistent with human travel. In the afternoon R.L. was spotted near Upper Kintla Lake waving his red jacket at the helicopter. Rangers retrieved him and brought him out of the backcountry, uninjured but very tired. R.L. has taken many winter snowshoeing trips in Glacier and carries a very heavy pack, up to 100 pounds. Although he has taken many winter trips, his permits are extremely ambitious, long in duration and are not recommended by the Park Service. “This is not the first time that R.L. has been reported overdue,” said IC Gary Moses. “We are very glad for the successful resolution of the search and that Mr. R.L. was uninjured. While he nearly completed his intended trip, the number of days he was overdue, the route itself through extensive avalanche terrain, the approaching weather front, and his history prompted our immediate response upon notification from his wife.”''',
    quotes=[
        Q('“This is not the first time', 'reported overdue,”', "Gary Moses"),
        Q('“We are very glad', 'notification from his wife.”', "Gary Moses"),
    ],
    aliases={"Gary Moses": ["IC Gary Moses"]},
),
dict(
    id="gov-en-usgs-2007-01-12-first-annual-streamflow-summary",
    source="http://u3aclimatestudy.pbworks.com/w/page/5216499/More%20rain%20less%20rain",
    license=PDC, retrieved=PAGES + " (USGS news release of January 12, 2007, copied onto the wiki page 'More rain less rain' of u3aclimatestudy.pbworks.com; the pbworks notices, the page title, 'Page history last edited by PBworks ...', the lines 'For release: January 12, 2007' and 'Contact: Harry Lins, ...' dropped; the release headline kept as first line; the paragraph 'USGS plans to provide similar summaries every year. Robert Hirsch, ... provide insights on whethe', cut in the stored copy, dropped)",
    text='''First Annual Streamflow Summary Available
This past year has produced some record-breaking high streamflow conditions in the Northeast, as well as some near-record lows in other areas of the country, according to the U.S. Geological Survey (USGS). In a new USGS publication, "Streamflow of 2006 - Water Year Summary," changes in streamflow over the course of 2006 are examined relative to conditions over the past 75 years.
Some areas of the country experienced higher streamflow than usual. For example, parts of New England recorded their highest annual flows since 1930. At the same time, below normal conditions were prevalent in Texas and other states in the central and southern Great Plains, parts of the Southeast, and Alaska.
"Despite these regional highs and lows, however, streamflow conditions nationwide were relatively typical," says Harry Lins, hydrologist with the USGS surface-water program. "We expect in any given year that one percent of streamgages will experience a new all-time record high or all-time record low streamflow. In 2006, two percent of streamgages reported new record high streamflow, most of which were in New England, and one percent of streamgages experienced new record lows."''',
    quotes=[
        Q('"Streamflow of 2006 - Water Year Summary,"', None, None),
        Q('"Despite these regional highs', 'relatively typical,"', "Harry Lins"),
        Q('"We expect in any given year', 'new record lows."', "Harry Lins"),
    ],
),
dict(
    id="gov-en-fema-2005-09-05-katrina-teleregistration-alabama",
    source="http://katrina05.blogspot.com/2005/09/fema-teleregistraion-line.html",
    license=PDC, retrieved=PAGES + " (FEMA news release from Montgomery, Alabama, September 2005, reposted on the blog katrina05.blogspot.com; the blog's date line, its post title 'FEMA Teleregistraion Line' and its one-line intro 'Press release from FEMA regarding their telephone registration number for survivors:' dropped; the paragraph 'The three Alabama counties eligible for FEMA individual assistance programs ... grants t', cut in the stored copy, dropped; Sherman's quotation opens with a straight double mark and closes with a straight single one, as stored (H903))",
    text='''MONTGOMERY, Ala. -- Hurricane Katrina victims in Alabama’s three declared counties as well as evacuees from other hard-hit Gulf Coast states are reminded that the only way to register for federal and state disaster assistance is by calling the Federal Emergency Management Agency’s (FEMA’s) toll-free teleregistration line.
"Registering with FEMA is the essential first step that people must take in order to be eligible for our assistance programs,' said FEMA Federal Coordinating Officer Ron Sherman. Sherman said that registration with any other agency, local government or the American Red Cross does not enlist applicants for state/FEMA aid.
All disaster victims throughout the area are urged to call FEMA’s toll-free application number 1-800-621-FEMA (3362) or for the speech- or hearing-impaired 1-800-462-7585 (TTY). The toll-free telephone numbers are available 24-hours a day, seven days a week until further notice. Multilingual operators are available at these numbers to assist disaster victims. Registration can also be completed online at http://www.fema.gov.
“We ask and encourage media throughout the state to prominently display FEMA registration information as often as they can,” said State Coordinating Officer Bruce Baughman of the Alabama Emergency Management Agency. Baughman explained that the continuing influx of Louisiana and Mississippi residents seeking temporary accommodation in the state make it imperative to repeat applicant information as often as possible.''',
    quotes=[
        Q('"Registering with FEMA', 'assistance programs,\'', "Ron Sherman"),
        Q('“We ask and encourage media', 'as often as they can,”', "Bruce Baughman"),
    ],
    aliases={"Ron Sherman": ["FEMA Federal Coordinating Officer Ron Sherman", "Sherman"],
             "Bruce Baughman": ["State Coordinating Officer Bruce Baughman", "Baughman"]},
),
dict(
    id="gov-en-doe-2020-02-06-solar-research-funding",
    source="http://en.cnste.org/html/news/2020/0206/619.html",
    license=PDC, retrieved=PAGES + " (Department of Energy news release of February 2020 on $125.5 million for solar research, reproduced on en.cnste.org; the stored part begins with the first paragraph, no headline; the paragraph 'DOE’s Solar Energy Technologies Office Fiscal Year 2020 Funding Program (SETO 2020) ... includ', cut in the stored copy, dropped)",
    text='''Today, the U.S. Department of Energy (DOE) announced up to $125.5 million in new funding to advance solar technology research. Through the Office of Energy Efficiency and Renewable Energy (EERE) Solar Energy Technologies Office, DOE continues to advance research and development of solar technologies that reduce the cost of solar, increase the competitiveness of American manufacturing and businesses, and improve the reliability of the grid.
“Solar energy has grown tremendously in the last decade,” said U.S. Secretary of Energy Dan Brouillette. “The research and development supported by this investment will build on the technological foundations necessary to continue the solar industry’s growth and preserve American energy choice, independence, and security. These investments directly support the Trump Administration’s all-of-the-above energy strategy.”
In addition to today’s solar funding announcement, yesterday EERE announced up to $43.8 million to advance geothermal research and development. These funding opportunity announcements (FOAs), along with a $300 million investment in sustainable transportation made in January 2020, total more than $463 million making this the largest EERE investment made this early in the fiscal year over the past six years.
“The Trump Administration continues to expeditiously announce funding opportunities for the growing demand for clean and renewable technologies on the grid,” said Under Secretary of Energy Mark W. Menezes. “Progress made in cybersecurity and grid integration build on previous FOAs, and including new topics to help the agriculture community and folding in AI technologies and machine learning, only help bolster the need for solar technologies now, and in the future.”''',
    quotes=[
        Q('“Solar energy has grown', 'in the last decade,”', "Dan Brouillette"),
        Q('“The research and development', 'energy strategy.”', "Dan Brouillette"),
        Q('“The Trump Administration continues', 'on the grid,”', "Mark W. Menezes"),
        Q('“Progress made in cybersecurity', 'in the future.”', "Mark W. Menezes"),
    ],
    aliases={"Dan Brouillette": ["U.S. Secretary of Energy Dan Brouillette"],
             "Mark W. Menezes": ["Under Secretary of Energy Mark W. Menezes"]},
),
dict(
    id="gov-en-ed-2017-03-ed-review-getting-outside-of-ed",
    source="https://aldeaeducativamagazine.com/getting-outside-of-ed/",
    license=PDC, retrieved=PAGES + " (item of the Department of Education's newsletter 'ED Review', March 2017, reproduced on aldeaeducativamagazine.com; the stored part begins with the first paragraph, no headline; the two embedded-video lines '<iframe width=”560″ ...' (the second cut in the stored copy) dropped; the trailing spaces after '(video).' dropped; the double spaces between sentences are as stored)",
    text='''Over the last two weeks, Secretary DeVos has spent more time outside of the Department — traveling across town and to several states — to engage with students, parents, educators, and local policymakers.
On March 24, she visited Valencia College in Osceola County, Florida, participating in two roundtable discussions focused on the college’s career training and dual enrollment programs.  First, she heard from college officials, business leaders, and current and recent students on the importance of job training for construction and manufacturing in today’s competitive market.  Later, she heard from high school students earning credits from the college.  “Community colleges are a tremendous option, a tremendous opportunity, and a tremendous on-ramp for many students,” the Secretary asserted (video).
Next, on March 28, she was back in Washington, D.C., for a special Women’s History Month STEM event at the Smithsonian’s National Air and Space Museum with more than 400 students and teachers from the area.  Joined by Ivanka Trump, the Secretary participated in three demonstrations with students and a panel discussion featuring NASA astronaut Kay Hire and other female NASA engineers and leaders.  “Every child should have the opportunity to fulfill his or her potential, which is why today’s celebration of Women’s History Month and science, technology, engineering, and math (STEM) education is so important,” she noted.  “The students attending today’s celebration are a reminder that the next generation of engineers, astronauts, and innovators is among us, and we owe every child the opportunity to choose a school that best meets his or her needs.”  To cap the event, participants watched the movie “Hidden Figures” (statement and video).''',
    quotes=[
        Q('“Community colleges are', 'for many students,”', "DeVos"),
        Q('“Every child should have', 'is so important,”', "DeVos"),
        Q('“The students attending', 'his or her needs.”', "DeVos"),
        Q('“Hidden Figures”', None, None),
    ],
    aliases={"DeVos": ["Secretary DeVos", "the Secretary"]},
),
dict(
    id="gov-en-nps-2009-summer-family-fun",
    source="https://thefederalnewswire.com/stories/633099061-national-parks-the-place-to-be-for-family-fun-this-summer",
    license=PDC, retrieved=PAGES + " (National Park Service news release on the 2009 summer season, reproduced on thefederalnewswire.com; the stored part begins with the dateline paragraph, no headline; the hard line wraps joined with a space, a break inside Wenk's open quotation before 'Enjoy a ranger program' included (H902); the paragraph 'Parks Rangers are easily recognizable ... Ask questions…that’s w', cut in the stored copy, dropped)",
    text='''Washington, D.C. - The National Park Service (NPS) is pleased to kick-off the upcoming summer travel season with many new and exciting adventures awaiting park visitors, as well as traditional programs that families come back time and again to enjoy. From the shores of Maine and Alaska to the Rocky Mountains of Colorado to the warm beaches of California and the Virgin Islands, national parks offer something for everyone.
"National Parks have been the family summer vacation of choice for generations - they offer tradition, heritage, recreation, and fun for all members of the family," said Acting NPS Director Dan Wenk. "There are incredible opportunities for you to experience the marvelous natural and cultural heritage of our country and pay homage to our ancestors and inspire our children to become better stewards of the parks for tomorrow. Enjoy a ranger program, experience the beauty - and our history. I welcome you to come out and enjoy your national parks this year and every year."
The National Park Service has developed and made available a web site to help inform visitors about what’s new in national parks this year and the many ranger led programs, activities and commercial services available.
Find out what a great summer is waiting for you this year in your National Parks by visiting the "National Parks: The Place to be for Family Fun" website at: https://www.nps.gov/pub_aff/parks2009/index.htm.
The National Park Service always recommends stopping by the park’s visitor center to get the latest, most up-to-date park information. In addition, NPS reminds visitors that safety is critical, and hikers should stay on marked trails and let family members and/or friends know their whereabouts.
Remember to dress appropriately for the elements and activities you are going to engage in, and it’s always best to have plenty of water on hand.''',
    quotes=[
        Q('"National Parks have been', 'members of the family,"', "Dan Wenk"),
        Q('"There are incredible', 'and every year."', "Dan Wenk"),
        Q('"National Parks: The Place to be for Family Fun"', None, None),
    ],
    aliases={"Dan Wenk": ["Acting NPS Director Dan Wenk"]},
),
]
