# Held-out English news texts (tests/data/heldout647-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): three Voice of
# America reports (the recovery of Moore, Oklahoma, after the tornado of May 2013, by Greg Flakus, voanews.com 1666106;
# Muslim Americans at the start of Ramadan 2009, voanews.com 123614; the blizzard on the East Coast of January 2016,
# voanews.com 3159575), a State Department ShareAmerica story of 2016 on Ramadan at the Islamic Society of Orange County
# (share.america.gov), two FEMA releases in the UNT End of Term archive (housing aid in West Virginia after Hurricane
# Ivan, October 2004, id=14787; the federal response to the Midwest storms, June 2008, id=43840), a NOAA release of
# March 1999 on the research ship Oregon II rescuing three mariners (publicaffairs.noaa.gov 99-R805), and two agency
# releases reposted on blogs (a Justice Department release of December 2017 on two Texas fishermen sentenced for false
# statements, hunting4predators.blogspot.com; an EPA Region 3 release of September 2021 on a grant to Delaware,
# deniswebsites.blogspot.com). None is credited to AP, Reuters, AFP or another third party in the kept text. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also
# where it holds a complete quotation (noted in `retrieved`). Site lines ('News / USA', the VOA video-box lines and
# video summaries, bylines, photo captions stored twice, the FEMA release-date, release-number, link and 'Last Modified'
# lines, NOAA's release-number and contact lines, the blogs' date lines, post titles, image-name lines, contact and
# end-mark lines), the empty lines between paragraphs, indentation and spaces at the end of a line are dropped; hard
# line breaks inside a paragraph or a headline are joined with a single space; a headline is kept once as the first line
# where the stored copy has one (none is added where it has none) and a subheading as a line; datelines, wording, typos
# ('dire straights', 'insuring', 'tornados'), double spaces inside paragraphs, dashes and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2365-H2369 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDS = "public domain (State Department, US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDJ = "public domain (US government work, 17 U.S.C. § 105; copy of the Justice Department's release on a third-party site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout647-en.jsonl

Built by `build.py` from `heldout647_pages.py`. Like heldout624-en, heldout608-en, heldout607-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
texts, works of federal agencies and their staff in the public domain (17 U.S.C. § 105: "Copyright protection under
this title is not available for any work of the United States Government"): three Voice of America reports, 'Moore,
Oklahoma, Begins to Recover from Deadly Tornado' by Greg Flakus (voanews.com 1666106, May 22, 2013, with the survivors
Alfredo Corrales and Michelle Maddin), 'Muslim Americans Observe Holy Month of Ramadan' (voanews.com 123614, 2009, with
the imams Abdulla Khouj and Bassim Sayed) and 'Major Snowstorm Pounds US East Coast' (voanews.com 3159575, January 23,
2016, credited 'VOA News', quoting the National Weather Service); a State Department ShareAmerica story, 'During
Ramadan, U.S. Muslims get to know the neighbors' (share.america.gov, June 2016, with Duaa Alwan and Shaykh Mustafa
Umar of the Islamic Society of Orange County, drawing on interviews with Voice of America); two FEMA news releases in
the UNT End of Term web archive, 'Secure Housing Getting Strong Disaster Push' (release 1558-054, October 14, 2004,
newsrelease.fema?id=14787, with Lou Botta and Steve Kappa) and 'FEMA Coordinating Federal Response to Midwest Storms'
(release HQ-08-099, June 13, 2008, id=43840, with Administrator David Paulison); a NOAA news release on the fisheries
research ship Oregon II rescuing three mariners off Cape Canaveral (publicaffairs.noaa.gov, release 99-R805, March
1999, with Lt. Cmdr. Steve Thompson, NOAA Corps); a Justice Department news release of December 2017, 'Two Texas
Fishermen Sentenced for False Statements to Law Enforcement Agents', with Capt. Kevin Oditt of the Coast Guard, in the
verbatim copy that is the first post on the December 2017 archive page of the blog hunting4predators.blogspot.com
(licence constant PDJ as in heldout624-en and heldout616-en; the blog's 2020 archive page is in heldout600-en); and an
EPA Region 3 news release of September 30, 2021, 'EPA awards $1.2 million to Delaware to control polluted runoff,
restore water quality', with Acting Regional Administrator Diana Esher, reposted from the EPA mailing on the blog
deniswebsites.blogspot.com (its September 2021 archive page; licence constant PDC as the copies of the same blog in
heldout146-en and heldout269-en). Reuse terms relied on: US government works are not subject to copyright in the US
(17 U.S.C. § 105); VOA's feeds restate that its content "is in the public domain"; the VOA, State Department, FEMA and
NOAA pages are the agencies' own (the FEMA pages in the UNT archive's copy of fema.gov), and the blog copies carry the
agencies' release texts and add no rights of their own (their own lines are dropped). Licence caveats: the
ShareAmerica story names no writer, so work by a contractor of the State Department's public diplomacy staff cannot be
ruled out, and it quotes private people (a mosque board member and a preacher) from VOA interviews inside the
Department's text; the snowstorm report is credited 'VOA News' and names no writer, and no wire credit stands in the
kept text, but a closing note on agency material after the cut cannot be ruled out; the 2009 Ramadan report names no
writer in the stored copy; the blog copies show no agency source line in the kept text and are taken as the
Department's and EPA's releases by their wording (`The sentences were announced by Acting Assistant Attorney General
Jeffrey H. Wood ...`; `The U.S. Environmental Protection Agency today announced ...`) and by the release apparatus
stored with them (EPA's image-name, release and contact lines); the texts quote private people (tornado survivors,
imams, members of a mosque) and a Coast Guard officer and a West Virginia state official inside the public-domain
texts. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut
in the stored copy is dropped, noted per page: the tornado report's photo caption '• President Barack Obama talks with
Julie Lewis, her husban'; the Ramadan report's 'For Muslim Americans, Ramadan means improving self-discipline and'; the
snowstorm report's video summary 'Watch as massive winter storm expected to bury Washington in more than 23 '; the
Midwest release's list item 'In Iowa, FEMA and partners are providing ... has 20 truckloads on-hand an'; the NOAA
release's 'As part of the NOAA fleet of research ships and aircraft, ... the nation's seve'; the Justice Department
release's '“I am extremely proud of the combined effort ... to protect of our natura', a second officer's quotation
cut before its close. The ShareAmerica story, the West Virginia release and the EPA release end on complete paragraphs,
which are kept. Site lines (VOA's 'News / USA', the video-box title 'Moore, Oklahoma, Begins to Recover From Deadly
Tornadoi', the 'X' line, the date line 'May 22, 2013 6:59 PM', the tornado report's video summary paragraph ('... But,
as VOA's Greg Flakus reports from Moore, ...') and its byline 'Greg Flakus', the snowstorm report's byline 'VOA News',
'WATCH: Snow quickly piles up in Washington ' and video box ('Timelapse: Massive Mid-Atlantic Blizzard Sets In Around
National Malli', 'VOA News', 'January 22, 2016 11:49 PM'), the photo captions stored twice ('Muslim devotees take part
in a special morning prayer ...', 'The illuminated dome of the US Capitol ... (P. Datcher/VOA)', 'The Howard Theatre in
Washington, Jan. 23, 2016. (P. Datcher/VOA)'); FEMA's 'Release Date: ...', 'Release Number: ...', '» More Information on
West Virginia Severe Storms, Flooding and Landslides', the link line 'Federal Response To Midwest Storms' and 'Last
Modified: Thursday, 14-Oct-2004 09:57:30'; NOAA's 'NOAA 99-R805' and 'Contact: Jeanne Kouhestani'; the blogs' date line
'Saturday, December 16, 2017', the post title 'EPA News: EPA awards $1.2 million to Delaware ...', the image-name lines
('2021_EPA_NewsRelease_cision.png', '2021_EPA_Footer_cision.png' and after), 'FOR IMMEDIATE RELEASE', 'Contact:
R3press@epa.gov', the lines holding only a space and the end mark '#          #         #'), the empty lines between
paragraphs, the four-space indentation of the snowstorm report's lines and spaces at the end of lines were dropped; the
hard line breaks inside four paragraphs of the NOAA release and inside the EPA release's two-line headline were joined
with a single space; headlines are kept once as the first line (the FEMA headlines' trailing spaces trimmed; the NOAA
copy used has none and gets none, H1818), the FEMA subheadlines and the snowstorm report's subheading 'Emergency
status' are kept as lines; datelines are kept inside their paragraphs as stored; wording and typos ('dire straights',
'insuring', 'to insure', 'tornados', 'Tornados', 'world,  is'), double spaces between sentences, the FEMA release's
closing words 'It includes:' (the stored copy holds no list after them, nothing dropped there), dashes and quotation
marks (straight or curly as stored, also mixed inside one quotation of the West Virginia release) are as stored. Pages
read but left out: stories already in earlier sets (VOA's Boston City Hall farmers' market report, heldout481-en; VOA's
Thanksgiving reports on Food and Friends, 398813, and the Denver food drive, 163282, and the 2021 Ramadan report's
gopher copy, heldout101-en; VOA's 2010 Ramadan report from the ADAMS Center, 125066, heldout474-en; EPA's 'What They Are
Saying' Superfund release, heldout29-en; EPA's Saipan chlorine release, heldout87-en; EPA's Hurricane Fiona update,
heldout146-en; the blog copy of the DOJ release on Kang Juntao, heldout600-en; USDA Rural Development releases on 7
million rural residents and on 22 states, heldout175-en and heldout259-en; the Interior releases on Secretary Salazar's
Pelican Island planks and Hill ceremony, heldout47-en and heldout305-en; NOAA's release on Richard Spinrad's
confirmation, heldout313-en; FEMA's Hurricane Ike Community Relations release id=46337, named in heldout559-en), pages
whose stored part keeps fewer than two complete quotations or only quotations of unnamed people (NOAA release 96-R104 on
the Townsend Cromwell rescue, one paragraph cut in the stored copy; FEMA release id=39213; VOA preview pages on the
Houston floods of 2016, 3294583, and the California wildfires of 2017, 4065232; VOA's preview page on the Washington
storm of February 2010, 112252, whose two kept quotations are both of unnamed people; a fireengineering.com copy of a FEMA safe-room story,
which keeps one quotation and a marked phrase; NPS morning reports), a USDA Rural Development release on $12 million
for 17 states that is mostly a list of projects, pages of
other broadcasters not in the public domain (RFE/RL), an uncredited blog copy of an FBI story, VOA Special English
scripts in dialogue form, scanned NIH newsletters, list and feed pages (FEMA's press-release and blog lists, echo.epa.gov
and sesnews.org aggregator pages) and pages of newspapers, TV stations and blogs found by the same searches. None of the
pages used is in any set above or in another helper's worktree (checked by URL and page id (1666106, 123614, 3159575,
ramadan-in-u-s-getting-to-know-neighbors, id=14787, id=43840, noaa99r805, hunting4predators.blogspot.com/2017/12,
deniswebsites.blogspot.com/2021/09), by headline and by the names of their speakers and phrases, such as Alfredo
Corrales, Michelle Maddin, a million bucks, Abdulla Khouj, Bassim Sayed, Duaa Alwan, Mustafa Umar, life-threatening
blizzard conditions, Howard Theatre, Lou Botta, Steve Kappa, Engaged Partnerships, HQ-08-099, Oregon II, Steve Thompson,
Kevin Oditt, Jamal Marshall, Diana Esher and 1,233,200, with grep over tests/data of the main tree and of
every other helper's worktree (heldout633-648): no hit, except other pages of the two blogs and Jovita Carranza, named
in an SBA release of heldout319-en, none of them one of these texts). The annotation (rules H2365–H2369 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h647-2013-05-22-moore-oklahoma-tornado-recovery",
    source="http://www.voanews.com/content/moore-oklahoma-begins-to-recover-from-deadly-tornado/1666106.html",
    license=PDV, retrieved=PAGES + " (VOA News report by Greg Flakus of May 22, 2013 from Moore, Oklahoma, two days after the tornado, with the survivors Alfredo Corrales and Michelle Maddin and an unnamed resident; of the two stored copies of this address the one without the 'TEXT SIZE - +' line and the dash before the first paragraph is used; the section line 'News / USA', the video-box title 'Moore, Oklahoma, Begins to Recover From Deadly Tornadoi', the 'X' line, the date line 'May 22, 2013 6:59 PM', the video summary paragraph that repeats the first body paragraph ('... But, as VOA's Greg Flakus reports from Moore, ...') and the byline 'Greg Flakus' dropped (H1435, H1515); headline kept as the first line; the photo caption '• President Barack Obama talks with Julie Lewis, her husban', cut in the stored copy, and all after it dropped; an unnamed resident, and two survivors presented by inverted `is X, who ...` sentences without a verb of saying and then cued by `he said` / `she said` (H2365); double spaces between sentences and straight marks as stored)",
    text='''Moore, Oklahoma, Begins to Recover from Deadly Tornado
The tiny city of Moore, Oklahoma, is starting the difficult task of recovery following the powerful tornado that swept through the Oklahoma City suburb Monday.  State officials say at least 24 people died in Moore and nearby areas and many more were injured.  The full impact of the disaster may take much more time to assess.
The tornado cut a wide path of destruction through Moore, taking away in an instant the comfortable lives people had built here.
But many survivors are just happy to be alive.
"I feel lucky; I feel like a million bucks right now," said a local resident.
Another person left homeless, but alive, is Alfredo Corrales, who crowded into a small underground shelter with his family and a neighbor.
"Me and the neighbor were just holding on to the hatch, just to keep the door secure, and that wind was blowing over and the wind was just sucking up on the door.  And when it was doing that the rain was just shooting down into the cellar," he said.
Among those who have temporarily moved to the nearby city of Norman is Michelle Maddin, who was overjoyed to find all of her children unharmed after the twister devastated most of their neighborhood.
"I was relieved, but I kind of felt guilty that my kids were okay and there are others that aren't okay and there is just devastation everywhere," she said.
She and her family now watch any darkening of the sky with anxiety.''',
    quotes=[
        Q('"I feel lucky;', 'right now,"', None),
        Q('"Me and the neighbor', 'into the cellar,"', "Alfredo Corrales"),
        Q('"I was relieved,', 'devastation everywhere,"', "Michelle Maddin"),
    ],
    aliases={"Alfredo Corrales": ["Alfredo Corrales"],
             "Michelle Maddin": ["Michelle Maddin"]},
),
dict(
    id="voa-en-h647-2009-muslim-americans-observe-ramadan",
    source="http://www.voanews.com/content/muslim-americans-observe-holy-month-of-ramadan--100376499/123614.html",
    license=PDV, retrieved=PAGES + " (VOA News report of 2009 at the start of Ramadan on Muslim Americans in the Washington area, with the imams Abdulla Khouj of the Islamic Center in Washington and Bassim Sayed of San Diego and an unnamed imam (no writer in the stored copy); the section line 'News / USA' and the photo caption 'Muslim devotees take part in a special morning prayer ... outside the Baitul Ma'Mur Mosque in Brooklyn, New York, 20 Sep 2009', stored twice, dropped; headline kept as the first line; the last paragraph, 'For Muslim Americans, Ramadan means improving self-discipline and', cut in the stored copy, dropped; an unnamed imam, `He said,` before a quotation after a sentence presenting the speaker, and a cue of title and surname after a cue-less presenting sentence (H2365); the double space in 'world,  is', double spaces between sentences, 'holy book - the Koran -' and straight marks as stored)",
    text='''Muslim Americans Observe Holy Month of Ramadan
Ramadan in America, like elsewhere in the world,  is a month of fasting, prayer, charitable giving and reflection.  Muslim Americans of diverse backgrounds and national origins gather in Islamic centers across the U.S. to worship and celebrate their faith.  For many, Ramadan also is an opportunity to educate non-Muslim friends about their culture and traditions.
"Fasting is an important matter especially in this month," said an Imam speaking to Muslims in the Washington area.  As the Muslim holy month of Ramadan begins, American Muslims gather in Islamic centers to worship, break the dawn-to-dusk fast together, recite their holy book - the Koran - and help the poor.
Imam Abdulla Khouj is President of the Islamic Center in Washington, the oldest one in the U.S. capital.  He said, "We try to make people feel like they are in any Muslim country and Muslim community.  We offer the meal to break their fast.  We have more than 500 people, males and females, their children, families and, also as far as prayers, we have a lot of people.  They come and pray with us."
Imam Bassim Sayed leads a congregation in San Diego, but was visiting Washington, D.C. He has a similar plan.
"We will be reciting the Koran every evening," said Imam Sayed.  "We will be feeding the poor at Iftar [fast breaking] and getting together to celebrate this great month in which the Koran was revealed for the benefit of mankind."''',
    quotes=[
        Q('"Fasting is an important', 'in this month,"', None),
        Q('"We try to make people', 'pray with us."', "Abdulla Khouj"),
        Q('"We will be reciting', 'every evening,"', "Bassim Sayed"),
        Q('"We will be feeding', 'benefit of mankind."', "Bassim Sayed"),
    ],
    aliases={"Abdulla Khouj": ["Abdulla Khouj", "Imam Abdulla Khouj"],
             "Bassim Sayed": ["Bassim Sayed", "Imam Bassim Sayed", "Imam Sayed"]},
),
dict(
    id="state-en-h647-2016-ramadan-us-muslims-neighbors",
    source="https://share.america.gov/ramadan-in-u-s-getting-to-know-neighbors/",
    license=PDS, retrieved=PAGES + " (ShareAmerica story of the State Department of June 2016 on Ramadan at the Islamic Society of Orange County, California, drawing on interviews with Voice of America, with the board member Duaa Alwan and Shaykh Mustafa Umar (no writer in the stored copy); headline kept as the first line; the copy ends on its closing line 'Learn more about Ramadan in America, ...', kept as the last paragraph (H2337); a partial quotation inside the writer's clause with `said X, ..., in an interview with Voice of America` after it, `she said`, and a partial quotation after reported speech and `he said,` (H2366); curly marks, apostrophes and the ellipses '…' inside the last quotation as stored)",
    text='''During Ramadan, U.S. Muslims get to know the neighbors
If you’re joining worshipers at the Islamic Society of Orange County for iftar, you’ll be enticed by the aromas of many different types of cuisine.
During Ramadan, the mosque offers free meals at sunset, and “a lot of the larger community are invited to that, a lot of our friends from different faiths, our neighbors,” said Duaa Alwan, a board member of the society, in an interview with Voice of America.
“You have Pakistani food, you have Indian food, you have Middle Eastern, you have Italian food, you have Mexican food, and it really reflects the diversity that our community shares,” she said.
The mosque, in a multiethnic neighborhood near Los Angeles, has erected a canopy in the courtyard, where congregants gather for prayers and enjoy iftar together. Similar rituals are shared by Muslims worldwide.
For many Muslims in the U.S., Ramadan also involves outreach to non-Muslims, and the Islamic Society of Orange County embraces that practice.
There are more than 2,000 mosques in the United States, almost half in New York, California or Texas. The Islamic Society of Orange County, founded in 1976, has almost 7,000 worshippers and is believed to be one of the largest Muslim centers in the Western Hemisphere.
Shaykh Mustafa Umar, who has delivered sermons there, told Voice of America that the Ramadan fast helps Muslims appreciate what they might otherwise take for granted. But Ramadan also prompts Muslims to revive friendships and forge community ties, he said, “so it is kind of a mixture of worshipping God and … having a good time, and realizing … the blessings that you have in this life.”
This year, Ramadan began the evening of June 5 and continues through July 5.
Learn more about Ramadan in America, and discover how American Muslims live their faith and serve their communities.''',
    quotes=[
        Q('“a lot of the larger community', 'our neighbors,”', "Duaa Alwan"),
        Q('“You have Pakistani food', 'community shares,”', "Duaa Alwan"),
        Q('“so it is kind of a mixture', 'in this life.”', "Mustafa Umar"),
    ],
    aliases={"Duaa Alwan": ["Duaa Alwan", "a board member of the society"],
             "Mustafa Umar": ["Mustafa Umar", "Shaykh Mustafa Umar"]},
),
dict(
    id="voa-en-h647-2016-01-23-snowstorm-pounds-east-coast",
    source="http://www.voanews.com/content/blizzard-hits-east-coast/3159575.html",
    license=PDV, retrieved=PAGES + " (VOA News report of January 23, 2016 on the blizzard on the US East Coast, credited 'VOA News' (no writer named); the section line 'News / USA', the byline 'VOA News', the photo captions 'The illuminated dome of the US Capitol ... (P. Datcher/VOA)' and 'The Howard Theatre in Washington, Jan. 23, 2016. (P. Datcher/VOA)', each stored twice, the line 'WATCH: Snow quickly piles up in Washington ' and the video box ('Timelapse: Massive Mid-Atlantic Blizzard Sets In Around National Malli', 'VOA News', 'January 22, 2016 11:49 PM' and its summary 'Watch as massive winter storm expected to bury Washington in more than 23 ', cut in the stored copy) dropped (H1435, H2307); the four-space indentation of the stored lines dropped; headline kept as the first line and the subheading 'Emergency status' kept as a line; a partial quotation after `what forecasters say could be` and a warning quoted with `said the National Weather Service in a blizzard warning` (H2368); curly marks as stored)",
    text='''Major Snowstorm Pounds US East Coast
A monster winter storm has blanketed much of the U.S. east coast with a heavy layer of snow, shuttering residents in their homes, stranding motorists, and creating what forecasters say could be “life-threatening blizzard conditions.”
More than 30 centimeters of snow have already fallen on many parts of the region, including Washington DC. Forecasters say it will get much worse, with snowfall totals possibly doubling and combining with heavy winds that will create near whiteout conditions.
“The combination of heavy snow, strong winds, and potential life threatening conditions are expected through Saturday night,” said the National Weather Service in a blizzard warning.
At least nine people have already died nationwide as a result of the slow-moving storm, which has brought snowy and often treacherous conditions all the way from Georgia to New England.
Emergency status
States of emergency have been declared in at least 10 states.
In Kentucky, authorities have opened emergency shelters along a major interstate highway, where motorists have been stranded for at least 10 hours.
Washington DC, which was in the bullseye of the storm, had already received around 25 centimeters of snow, with accumulation expected to continue into Sunday.''',
    quotes=[
        Q('“life-threatening blizzard conditions.”', None, None),
        Q('“The combination of heavy snow', 'Saturday night,”', "National Weather Service"),
    ],
    aliases={"National Weather Service": ["National Weather Service"]},
),
dict(
    id="fema-en-h647-2004-10-14-west-virginia-housing-push",
    source="https://webarchive.library.unt.edu/eot2008/20081027124559/http:/www.fema.gov/news/newsrelease.fema?id=14787",
    license=PD, retrieved=PAGES + " (UNT End of Term archive copy of the FEMA page, release 1558-054 of October 14, 2004 on housing aid after Hurricane Ivan's floods in West Virginia, with the federal coordinating officer Lou Botta and the state coordinating officer Steve Kappa; the lines 'Release Date: October 14, 2004', 'Release Number: 1558-054', '» More Information on West Virginia Severe Storms, Flooding and Landslides' and 'Last Modified: Thursday, 14-Oct-2004 09:57:30' dropped, the headline's trailing space trimmed (H1801); headline and subheadline kept as the first two lines; the release announces what housing assistance 'includes:' but the stored copy has no list after it (nothing dropped there); the FEMA boilerplate paragraph 'On March 1, 2003, FEMA became part of ...' kept as the last paragraph; a two-piece quotation whose pieces open and close with marks of different shapes, and a partial quotation after `urged residents` whose subject's role has no closing comma (H2367); 'insuring', 'to insure', the en dash of the dateline and the marks as stored)",
    text='''Secure Housing Getting Strong Disaster Push
FEMA outreach locating, aiding people with disaster housing needs
CHARLESTON, W. Va. – As the cleanup after Hurricane Ivan proceeds, insuring that flood-affected West Virginia residents have safe, sanitary housing continues to be the top priority of federal and state officials.
"The Federal Emergency Management Agency (FEMA) is making an aggressive effort in the hardest-hit flood areas to locate people in need of temporary housing,” said Lou Botta, federal coordinating officer. “In some cases we are calling people several times over and working with them to insure that they are settled safely."
Steve Kappa, state coordinating officer for the West Virginia Office of Emergency Services (WVOES) urged disaster-affected residents “to visit FEMA’s Disaster Recovery Centers, where workers are explaining housing aid available because of the disaster.”
Housing assistance is available for renters and homeowners whose primary residences were damaged or destroyed, or who were displaced from their homes for other disaster-related reasons. It includes:
On March 1, 2003, FEMA became part of the U.S. Department of Homeland Security. FEMA's continuing mission within the new department is to lead the effort to prepare the nation for all hazards and effectively manage federal response and recovery efforts following any national incident. FEMA also initiates proactive mitigation activities, trains first responders, and manages Citizen Corps, the National Flood Insurance Program and the U.S. Fire Administration.''',
    quotes=[
        Q('"The Federal Emergency Management Agency (FEMA) is making', 'temporary housing,”', "Lou Botta"),
        Q('“In some cases', 'settled safely."', "Lou Botta"),
        Q('“to visit FEMA’s', 'of the disaster.”', "Steve Kappa"),
    ],
    aliases={"Lou Botta": ["Lou Botta", "federal coordinating officer"],
             "Steve Kappa": ["Steve Kappa", "state coordinating officer for the West Virginia Office of Emergency Services (WVOES)"]},
),
dict(
    id="fema-en-h647-2008-06-13-federal-response-midwest-storms",
    source="https://webarchive.library.unt.edu/eot2008/20090117032947/http://www.fema.gov/news/newsrelease.fema?id=43840",
    license=PD, retrieved=PAGES + " (UNT End of Term archive copy of the FEMA page, release HQ-08-099 of June 13, 2008 on the federal response to the Midwest floods and tornadoes, with FEMA Administrator David Paulison; the lines 'Release Date: June 13, 2008', 'Release Number: HQ-08-099' and the link line 'Federal Response To Midwest Storms' dropped, the headline's trailing space trimmed (H1801); headline and subheadline kept as the first two lines; the paragraph 'Specifically, efforts undertaken include:' kept, the first item after it, 'In Iowa, FEMA and partners are providing for more than 4,000 evacuees ... has 20 truckloads on-hand an', cut in the stored copy, and all after it dropped; the agency's label for its approach in marks inside its head's reported speech, followed by his quotation cued `said Paulison` (H2367); 'tornados', 'Tornados' and straight marks as stored)",
    text='''FEMA Coordinating Federal Response to Midwest Storms
Federal Agencies Support State and Local Governments Following Floods and Tornados
WASHINGTON, D.C. -- The Department of Homeland Security's (DHS) Federal Emergency Management Agency (FEMA) continues to support the states impacted by tornados and floods.
In each case, state and local resources are addressing the most immediate needs as federal resources support their efforts. FEMA is coordinating activities in Indiana, Wisconsin, Illinois, Minnesota, Iowa, and Kansas.
FEMA Administrator David Paulison noted these activities are an example of the New FEMA's commitment to "Engaged Partnerships" between federal, state and local governments, volunteer organizations and the private sector. "I have reached out to governors and local leaders to make sure we are responding to them quickly and efficiently. I am personally visiting some of the affected areas to make sure they are getting the support they need," said Paulison. Paulison was in Iowa this morning with Governor Culver, Office of Management and Budget Director Jim Nussle, Acting Small Business Administrator Jovita Carranza and members of the Iowa Congressional delegation. Paulison also will travel to Indiana and Wisconsin.
To date, federal representatives from the affected regions and across the nation have responded to deliver immediate aid and coordination efforts under the combined federal response led by FEMA. The American Red Cross is also deploying disaster assessment teams to flooded areas.
Specifically, efforts undertaken include:''',
    quotes=[
        Q('"Engaged Partnerships"', None, None),
        Q('"I have reached out', 'support they need,"', "David Paulison"),
    ],
    aliases={"David Paulison": ["David Paulison", "FEMA Administrator David Paulison", "Paulison"]},
),
dict(
    id="noaa-en-h647-1999-03-oregon-ii-rescues-three-mariners",
    source="http://www.publicaffairs.noaa.gov/releases99/mar99/noaa99r805.html",
    license=PD, retrieved=PAGES + " (NOAA news release 99-R805 of March 1999 on the fisheries research ship Oregon II rescuing three mariners off Cape Canaveral, with its commanding officer Lt. Cmdr. Steve Thompson; of the two stored copies of this address the one with whole paragraphs is used; its lines 'NOAA 99-R805' and 'Contact: Jeanne Kouhestani' dropped (H2338); this copy has no headline and none is added (the other stored copy prints one in capitals, H1818, H2369); the hard line breaks inside four paragraphs ('three mariners' / 'clinging', 'the ship's' / 'home port', 'dire straights.' / 'They were', 'the mariners' / 'to a Coast Guard') joined with a single space (H700); the last paragraph, 'As part of the NOAA fleet of research ships and aircraft, ... the nation's seve', cut in the stored copy, dropped; `NOAA said today` without marks and a commanding officer's two-piece quotation naming his crew (H2369); 'dire straights', the double hyphens and straight marks as stored)",
    text='''Through a combination of sharp eyes, vigilance and sheer luck, three mariners clinging to their capsized motor boat were plucked out of stormy seas Sunday by crew members of the National Oceanic and Atmospheric Administration fisheries research ship Oregon II, NOAA said today. The mariners -- who had been unable to send a distress signal -- had been in the water for about five hours, and probably would have perished if the ship hadn't passed nearby and seen them.
Oregon II was 25 miles out to sea off Cape Canaveral heading toward the ship's home port in Pascagoula, Miss., when the two men and one woman were spotted. Their 25-ft. recreational boat had capsized in six to eight-foot seas, and as there was no distress signal sent, it was by chance that the Oregon II came close enough to see and rescue them.
"I'm glad we were in the area, because these folks were in dire straights. They were experiencing every mariner's worst nightmare," said Lt. Cmdr. Steve Thompson, NOAA Corps, commanding officer of Oregon II. "I'm proud of my crew and how they responded to the emergency. Lt. Cmdr. Mike Gallagher, NOAA Corps; Lead Fisherman Dave Nelson; and Fisherman Gerald Koonce went out in a small rubber boat in extremely rough seas and high winds, and pulled the three out of the water. We treated them onboard the Oregon II for mild hypothermia and small lacerations and they are all right now, but there's no doubt in my mind that had Oregon II not been there, these people may have perished at sea. They couldn't have lasted much longer."
Oregon II notified the Coast Guard of the rescue, and transferred the mariners to a Coast Guard cutter approximately an hour later.
The mariners were Dale Woodburn and Richard McKinnon of Roseland and Stacey Marinelli of Sebastian.''',
    quotes=[
        Q('"I\'m glad we were in the area', 'worst nightmare,"', "Steve Thompson"),
        Q('"I\'m proud of my crew', 'much longer."', "Steve Thompson"),
    ],
    aliases={"Steve Thompson": ["Steve Thompson", "Lt. Cmdr. Steve Thompson", "commanding officer of Oregon II"]},
),
dict(
    id="doj-en-h647-2017-12-texas-fishermen-false-statements",
    source="http://hunting4predators.blogspot.com/2017/12/",
    license=PDJ, retrieved=PAGES + " (verbatim copy of the Justice Department's news release of December 2017 on the sentences of two Texas fishermen, Jamal Marshall and Jacob Brown, for false statements about an illegal snapper harvest, with Capt. Kevin Oditt of the Coast Guard, the first post on the December 2017 archive page of the blog hunting4predators.blogspot.com (licence constant PDJ as in heldout624-en; the 2020 archive page of the same blog is in heldout600-en); the blog's date line 'Saturday, December 16, 2017' and the empty lines under the headline dropped, the release's headline kept as the first line (H2369); the paragraph '“I am extremely proud of the combined effort by the USCG, NOAA, and Texas Game Wardens who work tirelessly day and night to protect of our natura', cut in the stored copy, dropped; a Coast Guard commander quoted in two pieces in the Department's release, with his command after the name (H2369); double spaces between sentences, 'NOAA's' with a straight apostrophe, the en dash in 'Administration – Office' and curly marks as stored)",
    text='''Two Texas Fishermen Sentenced for False Statements to Law Enforcement Agents
Jamal Marshall was sentenced to six months imprisonment and six months home confinement today following a hearing in federal district court in Houston, Texas, for making false statements to law enforcement agents regarding the illegal harvest of snapper in the Gulf of Mexico.  A second fisherman, Jacob Brown, was previously sentenced on November 29, 2017, to 2 months imprisonment and 4 months home confinement.  The sentences were announced by Acting Assistant Attorney General Jeffrey H. Wood for the Justice Department’s Environment and Natural Resources Division and the National Oceanic and Atmospheric Administration Fisheries Office for Law Enforcement.
In August 2017, Marshall and Brown pleaded guilty to making false statements to agents with the Coast Guard Investigative Service and the National Oceanic and Atmospheric Administration – Office of Law Enforcement.  According to court documents filed at the time of the plea, the two illegally harvested more than 1,900 pounds of fish, including 642 snapper, weighing approximately 1,846 pounds.  The two subsequently lied to law enforcement agents regarding the possession of these fish in order to hide their illegal harvest from Texas waters.
“This case highlights the superb partnership between Texas Parks and Wildlife, NOAA's Office of Law Enforcement, and the Coast Guard here in southeast Texas,” said Capt. Kevin Oditt, Commander of the Coast Guard Sector Houston/Galveston. “As a team, we work together to enforce laws that ensure the sustainability of our fisheries. In protecting our living marine resources, we also protect the livelihoods of commercial fishermen and the ability of recreational anglers to enjoy the sport for generations to come.”''',
    quotes=[
        Q('“This case highlights', 'southeast Texas,”', "Kevin Oditt"),
        Q('“As a team', 'generations to come.”', "Kevin Oditt"),
    ],
    aliases={"Kevin Oditt": ["Kevin Oditt", "Capt. Kevin Oditt", "Commander of the Coast Guard Sector Houston/Galveston"]},
),
dict(
    id="epa-en-h647-2021-09-30-delaware-nonpoint-source-grant",
    source="http://deniswebsites.blogspot.com/2021/09/",
    license=PDC, retrieved=PAGES + " (EPA Region 3 news release of September 30, 2021 on a $1,233,200 Clean Water Act grant to Delaware, with Acting Regional Administrator Diana Esher, reposted from the EPA mailing as a post of the blog deniswebsites.blogspot.com, stored as its September 2021 archive page (licence constant PDC as the copies of heldout146-en and heldout269-en); the blog's post title 'EPA News: EPA awards $1.2 million to Delaware to control polluted runoff, restore water quality', the image-name lines '2021_EPA_NewsRelease_cision.png', '2021_EPA_Footer_cision.png' and those after it, 'FOR IMMEDIATE RELEASE', 'Contact: R3press@epa.gov', the lines holding only a space and the end mark '#          #         #' dropped; the release's headline, printed on two lines ('EPA awards $1.2 million to Delaware' / 'to control polluted runoff, restore water quality'), kept as the first line with its line break joined by a space (H2369); the dateline 'PHILADELPHIA (September 30, 2021) –' kept inside the first paragraph as stored; the release ends on its complete paragraph 'Learn more about ... at: https://www.epa.gov/nps', which is kept; an acting regional administrator's two-piece quotation cued with her title before the name (H2308); 'EPA's', 'Delaware's' and straight marks as stored)",
    text='''EPA awards $1.2 million to Delaware to control polluted runoff, restore water quality
PHILADELPHIA (September 30, 2021) – The U.S. Environmental Protection Agency today announced a $1,233,200 grant to the Delaware Department of Natural Resources and Environmental Control to improve water quality in rivers and streams throughout the state.
The grant is part of EPA's Nonpoint Source Implementation Grant Program, as outlined in Section 319 of the Clean Water Act, to control water pollution.
"With this funding, EPA supports the preservation and protection of Delaware's water resources for communities throughout the state," said EPA Mid-Atlantic Acting Regional Administrator Diana Esher. "By working in partnership with Delaware, we can reduce nonpoint source pollution and help ensure that all Delaware residents have clean water."
Nonpoint source pollution is caused when rainfall or snowmelt, moving over and through the ground, picks up and carries natural and human-made pollutants, depositing them into lakes, rivers, wetlands, coastal waters and groundwater.
Controlling nonpoint source pollution is especially important since one in three Americans get their drinking water from public systems that rely on seasonal and rain-dependent streams.
The projects funded with this grant focus on watersheds with water quality impairments caused by polluted run-off from nonpoint sources. Nonpoint source implementation projects include structural and non-structural best management practices, watershed planning, monitoring, technology demonstrations, and a variety of education/outreach programs.
Learn more about successful nonpoint source reduction projects at: https://www.epa.gov/nps''',
    quotes=[
        Q('"With this funding', 'throughout the state,"', "Diana Esher"),
        Q('"By working in partnership', 'clean water."', "Diana Esher"),
    ],
    aliases={"Diana Esher": ["Diana Esher", "EPA Mid-Atlantic Acting Regional Administrator Diana Esher"]},
),
]
