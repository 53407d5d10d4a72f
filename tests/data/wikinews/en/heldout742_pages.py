# Held-out English news texts (tests/data/heldout742-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news (public domain, 17 U.S.C. § 105): two USDA Rural
# Development releases on rd.usda.gov (State Director Kris Warner on a Community Connect broadband grant in Hampshire
# County, West Virginia, node 16842; Deputy Under Secretary Justin Maxson on $185 million for rural community facilities
# and the El Grito Head Start school building in Silver City, New Mexico, June 23, 2021), a NOAA release on
# publicaffairs.noaa.gov (the Commerce silver medal for the national air quality forecast team, November 2005,
# noaa05-139), a copy of NOAA's release on the commissioning of the Okeanos Explorer (August 13, 2008) on the trade site
# amerisurv.com, and five VOA reports copied on language-learning sites (the FIRST Global Challenge robotics
# competition in Washington, July 2017, hxen.net 473476; volunteers helping survivors of Typhoon Haiyan, by Steve
# Herman, November 14, 2013, tingclass.net 266489; the Red Cross in flooded Tabasco, by Greg Flakus, November 7, 2007,
# tingroom.com 46938; Florida Keys residents after Hurricane Irma, September 2017, tingclass.net 395905; voters in the
# battleground states on Election Day 2012, yingyuke.net 163760). None is credited to AP, Reuters, AFP or another third
# party in the kept text. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the
# cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines (release-contact
# and header lines, the learner sites' menus, Chinese titles and labels, time, source, tutorial and
# QR-code lines, audio and script addresses, bylines and date lines) and the empty lines between paragraphs are
# dropped; a headline is kept once as the first line where the stored copy has an English one (none is added where it
# has none); datelines and section lines are kept as stored; wording, typos, the learner sites' vocabulary numbers,
# dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H2480-H2484 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDN = "public domain (NOAA release, US government work, 17 U.S.C. § 105; copy on another site)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout742-en.jsonl

Built by `build.py` from `heldout742_pages.py`. Like heldout734-en, heldout688-en, heldout608-en and the other US
government and VOA sets above, these texts are stored web pages (the `pages` search corpus) of US federal government
news, works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"): two news releases of USDA Rural Development on rd.usda.gov
(a release of West Virginia State Director Kris Warner on a $3 million Community Connect grant to Hardy
Telecommunications for broadband in Hampshire County, rd.usda.gov/node/16842, undated in the stored copy and issued
under President Trump and Agriculture Secretary Perdue, whom it names; the release of June 23, 2021 'USDA Invests $185
Million to Improve Rural Community Facilities and Essential Services in 32 States', with Deputy Under Secretary for
Rural Development Justin Maxson and a quotation of an official named only `Vigil`, news-release slug
'el-grito-head-start-gets-new-school-building'); a NOAA news release of November 2005 on the Department of Commerce
silver medal for the team behind the national air quality forecast capability, with NOAA Administrator Conrad C.
Lautenbacher (publicaffairs.noaa.gov, releases2005/nov05, noaa05-139); NOAA's release of August 13, 2008 on the
commissioning of the ocean exploration ship Okeanos Explorer in Seattle, with Deputy Secretary of Commerce John J.
Sullivan and Lautenbacher, as reprinted on the surveying trade site amerisurv.com under the release's headline ('NOAA
Commissions “America’s Ship for Ocean Exploration”'); and five VOA reports copied on Chinese language-learning sites:
a VOA Standard English video report of July 2017 on the FIRST Global Challenge robotics competition in Washington,
with its founder (spelt `Dean Karen` in the transcript) and Lida Azizi of the Afghan girls' team (hxen.net 473476,
2017-07-24); a VOA report by Steve Herman of November 14, 2013 from Quezon City on volunteers packing relief for the
survivors of Typhoon Haiyan, with the youth group coordinator Joseph Nolasco (tingclass.net show-8953-266489); a VOA
report by Greg Flakus of November 7, 2007 on the Red Cross in flooded Tabasco, with the Red Cross worker Winnie
Romeril (tingroom.com voastandard 2007/11 46938); a VOA report of September 2017 from Islamorada on Florida Keys
residents returning after Hurricane Irma, with Bob Galbavy (tingclass.net show-10023-395905, 2017-09-15); and a VOA
Standard English report of November 2012 on voters in the battleground states, with the retiree Terry Schmidt and
Jennifer Alston (yingyuke.net 163760, filed by the site under 'VOA标准英语2012年(十一月)'). Reuse terms relied on: the
releases are the agencies' own, issued by their press offices and speaking for their officials; VOA's staff work is a
US government work in the public domain, which VOA's feeds restate ("Voice of America content is produced by the Voice
of America, a United States federal government-sponsored entity, and is in the public domain"); copies on other sites
carry the same government text and add no rights of their own, and the copying sites' own lines are dropped. Licence
caveats: the amerisurv.com copy shows no credit line in the kept text and is taken as NOAA's release by its headline,
its wording ('Senior federal officials today in Seattle commissioned ...') and its quotations of the two Commerce
officials; the learner-site copies show no VOA credit line in the kept text and are taken as VOA's by the sites'
filing of them as 'VOA常速英语' / 'VOA标准英语' (VOA Standard English), by the bylines of VOA correspondents (Steve Herman,
Greg Flakus) in the dropped byline lines and by their own words (`VOA's Greg Flakus spoke2 with ...`, `spoke to VOA by
telephone`); the hxen.net copy is a transcript of a video report whose interviewees' words stand partly without marks,
with the site's misspellings ('Dean Karen', 'the plain field', 'United Stated Embassy'), kept as stored; the learner
sites' vocabulary numbers ('landslide1', 'Initially4', 'retirement 1', 'noted 7') are kept as stored (H930); the
Warner release names no date, and the El Grito release names its quoted `Vigil` nowhere else in the kept text; the
texts quote federal officials, a Red Cross worker, a volunteer coordinator, voters and residents inside the
public-domain texts. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, noted per page: the Warner
release's 'In April 2'; the El Grito release's section line 'Overview of El Grito Inc. Head Start Project:' with its
cut paragraph 'Rural Development provided a $11,980 Communi'; the silver medal release's 'The National Oceanic and
Atmospheric Administration, an agency of the U.S. Commerce Department, ... stewardship of'; the Okeanos release's
'Cmdr. Joseph A. Pica, will be the first commanding officer of the ship. Following co'; the Haiyan report's
'Volunteers have quickly filled a gymnasium ... for only a couple'; the Tabasco report's 'Romeril says the weather has
improved ... so water fro'; the Irma report's 'Over the years, the Keys has seen its share of hurricane weather. But
Quinn’s two-bedroom “Seabreeze” trailer ... iron-ste' (with the trailer's name in marks and a partial quotation of
Quinn's); the FIRST report and the election report end on complete paragraphs, which are kept. Site lines were
dropped: the NOAA lines 'Contact: Jana Goldman', 'NOAA News Releases 2005', 'NOAA Home Page' and 'NOAA Public
Affairs'; the learner sites' site names ('和谐英语', '英语课'), menus and breadcrumbs ('VOA 学英语,练听力,上听力课堂! 注册 登录', '> VOA >
VOA常速英语-VOA Standard English > ...', the tingroom language menu), the title prefixes ('VOA常速英语:', 'VOA常速英语2007年-'),
the Chinese titles ('157个国家的青少年机器人竞赛', 'VOA常速英语:佛罗里达群岛:房屋虽毁,但精神振奋'), the time, source, tutorial, view and QR-code
lines, '(单词翻译:双击或拖选)', the mp3 and script addresses, the bylines and date lines ('Steve Herman', 'November 14,2013',
'By Greg Flakus', 'Houston', '07 November 2007', '2017年09月15日', '2017-07-24来源:和谐英语', '时间:2019-01-14 作者:英语课
分类:VOA标准英语2012年(十一月)'), and the empty lines between paragraphs; headlines are kept once as the first line where the
stored copy has an English one (the FIRST report has only Chinese titles, and the Warner and silver medal releases
have none; none is added, H1818), the El Grito release's subheading and section line 'Background:' are kept as lines,
and wording, typos and the sites' spacing ('United Nations,the first', 'skill sets,the vision', 'them.I can’t'),
double spaces inside paragraphs, dashes and quotation marks (straight or curly as stored, including the
straight-opened quotations of the yingyuke.net copy) are as stored. Pages read but left out: pages already in earlier
sets (the VOA Haiti cholera report, the FEMA recovery-center releases of 2003 and 2008, the FEMA press resources page,
the DOJ turtle-trafficking release on a hunting blog, the NOAA ScienceBlog releases of 2003 on tornado damage teams
and severe weather awareness, the NWS page on the President's visit to Norman, the NOAA Corps graduation release of
2006, the NOAA 2006 accomplishments release, the NIH Record Rall Lecture page, the BLM Prineville and Santa Fe cleanup
releases, the NOAA Kodiak ships ceremony, the EPA 'What They Are Saying' Superfund release and an EPA aggregator
page), pages whose stored part keeps fewer than two complete quotations (the NOAA ScienceBlog release of May 2, 2002
on a tornado service assessment, whose second span would stand in a dropped photo caption; three rd.usda.gov REAP
releases of September 2021 with one quoted official each, one of them with a quotation lacking its opening mark; a
Coast Guard turtle release, a DOJ school-district settlement copy and an EPA drinking-water release whose quotations
are cut), speeches, lists, feeds and newsletters (Forest Service leadership posts, NPS hurricane updates, FWS annual
reports, justice.gov case lists, usembassy remarks) and pages of newspapers, public broadcasters (NPR) and blogs found
by the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL, slug
and page id (node/16842, el-grito-head-start-gets-new-school-building, noaa05-139, amerisurv, 473476, 266489, 46938,
395905, 163760), by headline and by the names of their speakers and phrases, such as Kris Warner, Hardy
Telecommunications, Carpers Pike, e-Connectivity, Justin Maxson, El Grito, Vigil added, Tanya Otte, exceptional
performance characterized, Okeanos Explorer, John J. Sullivan, Inner Space Center, part soccer match, Dean Karen, Lida
Azizi, Operation Walangiwanan, Joseph Nolasco, Winnie Romeril, Red Cross Helps in Mexico, Bob Galbavy, Islamorada,
Seabreeze, Battleground States, Terry Schmidt, Jennifer Alston and swaying back and forth, with grep over tests/data
of the main tree and of every other helper's worktree (heldout735-741): no hit, except Conrad C. Lautenbacher, quoted
in other NOAA releases of earlier sets, the VOA reporters Steve Herman and Greg Flakus, who wrote other VOA reports of
earlier sets, and other pages of hxen.net, tingroom.com, tingclass.net and yingyuke.net). The annotation (rules
H2480–H2484 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""
DOCS = [
dict(
    id="usda-rd-h742-hampshire-county-community-connect-broadband",
    source="https://www.rd.usda.gov/node/16842",
    license=PD, retrieved=PAGES + " (USDA Rural Development news release, undated in the stored copy (issued under President Trump and Secretary Perdue, whom it names), on West Virginia State Director Kris Warner's announcement of a $3 million Community Connect grant to Hardy Telecommunications for broadband in Hampshire County; the stored copy opens with the first paragraph and has no headline, none added (H1818); the paragraph 'In April 2', cut in the stored copy, dropped; a nested term in single marks inside a quotation, `Speaking of the project, State Director Warner said, “...”` and `Mr. Warner went on to say, “...”` in one paragraph (H2484); curly marks as stored)",
    text='''U.S. Department of Agriculture (USDA) Rural Development West Virginia State Director Kris Warner today announced that USDA is investing $3 million to improve rural broadband service in Hampshire County.
“Deploying high-speed broadband internet connectivity, or ‘e-Connectivity,’ in rural America expands access to essential health, educational, social and business opportunities,” Warner said. “President Trump and Agriculture Secretary Perdue are committed to fully utilizing all resources Congress provides for building and modernizing this critical infrastructure in rural America, because we believe that when rural America thrives, all of America thrives.”
USDA is making the investments through the Community Connect Grant Program. Investing in telecommunications infrastructure connects people to each other: businesses to customers, farmers to markets, and students to a world of knowledge. Hardy Telecommunications, Inc. will use a $3,000,000 Community Connect Grant to construct a 56-mile Fiber-to-the-Premises (FTTP) network passing 600 establishments located in the Carpers Pike, Hampshire County, West Virginia service area. This network will support service at levels up to one gigabit per second for each subscriber. This broadband network will provide significant benefits to residents of the service area by improving their economic, educational access and quality of life. A community center will be established in a facility within the proposed funding service area, where residents can access the Internet free of charge for at least two years.
Speaking of the project, State Director Warner said, “Broadband is an essential tool for businesses, residents and public institutions to be competitive and prosperous in a 21st century, global economy.” Mr. Warner went on to say, “Investing in broadband creates jobs when projects are built, adds jobs when these projects become operational, and adds jobs as broadband services are used by communities.”''',
    quotes=[
        Q('“Deploying high-speed broadband', 'business opportunities,”', "Kris Warner"),
        Q('“President Trump and Agriculture Secretary Perdue', 'all of America thrives.”', "Kris Warner"),
        Q('“Broadband is an essential tool', 'global economy.”', "Kris Warner"),
        Q('“Investing in broadband creates jobs', 'used by communities.”', "Kris Warner"),
    ],
    aliases={"Kris Warner": ["Kris Warner", "Rural Development West Virginia State Director Kris Warner", "State Director Warner", "Mr. Warner", "Warner"]},
),
dict(
    id="usda-rd-h742-2021-06-23-community-facilities-el-grito-head-start",
    source="https://www.rd.usda.gov/newsroom/news-release/el-grito-head-start-gets-new-school-building",
    license=PD, retrieved=PAGES + " (USDA Rural Development news release of June 23, 2021, 'USDA Invests $185 Million to Improve Rural Community Facilities and Essential Services in 32 States', with Deputy Under Secretary for Rural Development Justin Maxson, in its version with the New Mexico paragraph on the El Grito, Inc. Head Start school building in Silver City; headline and subheading kept as the first two lines, the dateline inline as stored, the section line 'Background:' kept as a line; the section line 'Overview of El Grito Inc. Head Start Project:' and its paragraph 'Rural Development provided a $11,980 Communi', cut in the stored copy, dropped; a quotation cued `Vigil added` by a surname the kept text names nowhere else (H2482); curly marks as stored)",
    text='''USDA Invests $185 Million to Improve Rural Community Facilities and Essential Services in 32 States
Funding includes the opening of a new school building in Silver City, N.M.
WASHINGTON, June 23, 2021 – United States Department of Agriculture (USDA) Deputy Under Secretary for Rural Development Justin Maxson today announced that USDA is investing $185 million to equip, rebuild, and modernize essential services in rural areas of 32 states. The investments will benefit 3 million rural residents.
“The Biden-Harris Administration has made investing in infrastructure improvements a priority,” Maxson said. “These loans and grants will help rural communities invest in facilities and services that are vital to all communities, such as schools, libraries, hospitals and health clinics. They also will help rural communities continue to beat the COVID-19 pandemic as America builds back better and stronger.”
Background:
USDA is investing in 233 projects through the Community Facilities Direct Loan and Grant Program. Of these, 74 awards, totaling $4 million, will help communities with their long-term recovery efforts following natural disasters such as hurricanes, floods and tornadoes.
The Department is making investments in Alabama, Arkansas, Arizona, California, Colorado, Florida, Georgia, Iowa, Illinois, Indiana, Kansas, Kentucky, Maine, Michigan, Minnesota, Missouri, Mississippi, North Carolina, North Dakota, Nebraska, New Mexico, New York, Oklahoma, Pennsylvania, South Carolina, Tennessee, Texas, Virginia, Washington, West Virginia, Wisconsin and Wyoming.
Vigil added, “This announcement highlights how our agency combined our funds with other partners to help move and set up a school building for El Grito, Inc. Head Start Program. By doing so we’ve increased the capacity of this school to provide more educational opportunities to the youngest of students in Grant County.”''',
    quotes=[
        Q('“The Biden-Harris Administration', 'a priority,”', "Justin Maxson"),
        Q('“These loans and grants', 'better and stronger.”', "Justin Maxson"),
        Q('“This announcement highlights', 'in Grant County.”', "Vigil"),
    ],
    aliases={"Justin Maxson": ["Justin Maxson", "Deputy Under Secretary for Rural Development Justin Maxson", "Maxson"],
             "Vigil": ["Vigil"]},
),
dict(
    id="noaa-h742-2005-11-silver-medal-air-quality-forecast-team",
    source="http://www.publicaffairs.noaa.gov/releases2005/nov05/noaa05-139.html",
    license=PD, retrieved=PAGES + " (NOAA news release of November 2005 (noaa05-139) on the Department of Commerce silver medal for the NOAA team behind the national air quality forecast capability, with NOAA Administrator Conrad C. Lautenbacher; the lines 'Contact: Jana Goldman', 'NOAA News Releases 2005', 'NOAA Home Page' and 'NOAA Public Affairs' dropped; the stored copy has no headline, none added (H1818); the closing paragraph 'The National Oceanic and Atmospheric Administration, an agency of the U.S. Commerce Department, ... stewardship of', cut in the stored copy, dropped; the medal's criterion and the team's citation in marks (H307, H2483); en dashes and curly marks as stored)",
    text='''A silver medal – one of the highest honors granted by the Secretary of the Department of Commerce – has been awarded to a team composed of members from two line offices within the National Oceanic and Atmospheric Administration.
“The outstanding work done by this team has created a valuable product, using forecasting skill and methods to help protect human health,” said retired Navy Vice Admiral Conrad C. Lautenbacher, Jr., Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator. “This honor recognizes the teamwork across NOAA to produce the initial operational deployment of a national air quality forecast capability.”
A silver medal honors “exceptional performance characterized by noteworthy or superlative contributions that have a direct and lasting impact within the Department.”
“Individuals from NOAA’s National Weather Service and Air Resources Laboratory brought their expertise in air quality and weather modeling, testing and evaluation, and operational production of environmental forecasts together to create this new capability. This forecast is especially important to those with respiratory illnesses,” said Lautenbacher.
Award recipients include Alan Darling, Paula Davidson, Geoffrey DiMego, Jeffery McQueen, Tanya Otte, Jonathan Pleim, George Pouliot, Kenneth Schere, Wilson Shaffer, and Jeffrey Young.
The team was cited for “exceptional achievement in developing, testing, and implementing in less than two years the initial operational capability for national air quality forecasting.”
An awards ceremony is slated for December 6 in Washington, D.C.''',
    quotes=[
        Q('“The outstanding work done by this team', 'protect human health,”', "Conrad C. Lautenbacher"),
        Q('“This honor recognizes', 'forecast capability.”', "Conrad C. Lautenbacher"),
        Q('“exceptional performance', 'within the Department.”', None),
        Q('“Individuals from NOAA’s National Weather Service', 'respiratory illnesses,”', "Conrad C. Lautenbacher"),
        Q('“exceptional achievement', 'air quality forecasting.”', None),
    ],
    aliases={"Conrad C. Lautenbacher": ["Conrad C. Lautenbacher", "retired Navy Vice Admiral Conrad C. Lautenbacher, Jr., Ph.D.", "Lautenbacher"]},
),
dict(
    id="noaa-h742-2008-08-13-okeanos-explorer-commissioned",
    source="https://amerisurv.com/2008/08/13/noaa-commissions-americas-ship-for-ocean-exploration/",
    license=PDN, retrieved=PAGES + " (copy of NOAA's news release of August 13, 2008 on the commissioning of the Okeanos Explorer in Seattle, with Deputy Secretary of Commerce John J. Sullivan and NOAA Administrator Conrad C. Lautenbacher, on the surveying trade site amerisurv.com (no credit line in the kept text; taken as NOAA's by its headline and wording, H2483); headline kept as the first line; the paragraph 'Cmdr. Joseph A. Pica, will be the first commanding officer of the ship. Following co', cut in the stored copy, dropped; the space after the last closing mark dropped; a ship's epithet in marks in the headline and two officials presented together and quoted in turn (H2483); double spaces between sentences, en dashes and curly marks as stored)",
    text='''NOAA Commissions “America’s Ship for Ocean Exploration”
Senior federal officials today in Seattle commissioned the Okeanos Explorer, the first federal ship solely dedicated to exploring the ocean.
A former U.S. Navy surveillance vessel, the ship was transferred to NOAA in 2004 and converted to perform ocean exploration. The Okeanos Explorer will use telepresence – satellite and high-speed Internet-based technology – to enable scientists on shore at any of five Exploration Command Centers to participate in and direct real-time exploration while viewing live images and other ocean data.
John J. Sullivan, deputy secretary of commerce and retired Navy Vice Admiral Conrad C. Lautenbacher, Jr., under secretary of commerce for oceans and atmosphere and NOAA administrator, led the commissioning ceremonies.
“This vessel will have a significant role supporting President Bush’s Ocean Action Plan, helping us learn more about this vast, largely unexplored realm of our world. Additionally, the government saved American taxpayers millions of dollars by refurbishing a surplus ship instead of building a new one for ocean discovery,” Sullivan said.
The ship will work in partnership with the University of Rhode Island’s Inner Space Center, the hub for the ship’s exploration activities. The Inner Space Center was developed by explorer Dr. Robert Ballard, best known for his discovery of the wreck of the Titanic. In addition to the Inner Space Center, Exploration Command Centers are located at the University of New Hampshire, Mystic Aquarium in Connecticut, and NOAA facilities in Silver Spring, Md. and Seattle.
“The ocean provides us food, medicines, energy, and a means for transportation,” said Lautenbacher.  “While we have relied on the seas for centuries they still hold many secrets.  This new ship will help unlock those mysteries and bring discoveries to light.”''',
    quotes=[
        Q('“America’s Ship for Ocean Exploration”', None, None),
        Q('“This vessel will have a significant role', 'for ocean discovery,”', "John J. Sullivan"),
        Q('“The ocean provides us food', 'means for transportation,”', "Conrad C. Lautenbacher"),
        Q('“While we have relied on the seas', 'discoveries to light.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"John J. Sullivan": ["John J. Sullivan", "Sullivan"],
             "Conrad C. Lautenbacher": ["Conrad C. Lautenbacher", "retired Navy Vice Admiral Conrad C. Lautenbacher, Jr.", "Lautenbacher"]},
),
dict(
    id="voa-en-h742-2017-07-first-global-challenge-robotics",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20170724/473476.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English video report of July 2017 on the FIRST Global Challenge robotics competition in Washington, with its founder (spelt `Dean Karen`) and Lida Azizi of the Afghan team, on the learner site hxen.net (no byline in the kept text); the site line '和谐英语', the title line 'VOA常速英语:157个国家的青少年机器人竞赛', the date and source line '2017-07-24来源:和谐英语' and the Chinese title line '157个国家的青少年机器人竞赛' dropped; the stored copy has no English headline, none added (H1818); it ends on a complete paragraph, kept; a transcript whose interviewees' words stand partly without marks, an inverted `says founder X` after a closing mark that follows the full stop, and a quotation left open at its paragraph's end before a paragraph with no opening mark (H2480); the site's spacing and misspellings and curly marks as stored)",
    text='''It’s part soccer match, part science exhibit, part United Nations,the first global challenge brought high schoolers from nearly 160 countries to Washington.
They build robots to sort blue balls from orange ones and deliver them to different parts to the plain field.
“But the spirit of a friendly International competition, it’s like a robot Olympics but better.” says founder Dean Karen.
The sports in the Olympics aren’t the sports that will give kids the skill sets,the vision, the courage, the technical expertise, to take on the world’s problems.
Karen said these students are learning those problem-solving skills along with the Maths,Engineering and Programming practice to be global tech leaders.
But they also learn collaboration, each match is 3 on 3, teams after cooperate get the job done.
Lida Azizi is with the Afghan team.
Every team has their own character to them.I can’t say that we are good or they are good, but we are very excited and a bit nervous.
The Afghan team has extra challenges, and all girl team in a male-dominated field from a country torn by conflict,plus, their team was denied of visa twice, after an international uproar, president Donald Trump cleared them.
We got rejected twice by the United Stated Embassy, we didn’t feel defeated.We made robot here with them 2 weeks and we have our robot here.
But we saw they got one of does and we got excepted. This time’s again, it’s sink God’s hand, whatever it is in our destiny, one thing is for sure, we’ll never lose our hope.
They didn’t win the most matches; Finland did.
“But that’s never really the point,” says Dean Karen, “We’ve created the game.We are under the 60 robots who are gonna fight each other, and most of them will lose.
But every kid that design and build and sweated and worked over that robot has won.''',
    quotes=[
        Q('“But the spirit of a friendly', 'but better.”', "Dean Karen"),
        Q('“But that’s never really the point,”', None, "Dean Karen"),
        Q('“We’ve created the game.', 'most of them will lose.', "Dean Karen"),
    ],
    aliases={"Dean Karen": ["Dean Karen", "founder Dean Karen", "Karen"]},
),
dict(
    id="voa-en-h742-2013-11-14-volunteers-aid-typhoon-victims",
    source="https://tingclass.net/show-8953-266489-1.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA report by Steve Herman of November 14, 2013 from Quezon City on volunteers packing relief for the survivors of Typhoon Haiyan, with the youth group coordinator Joseph Nolasco, on the learner site tingclass.net; the site's menu and breadcrumb lines, the title prefix 'VOA常速英语:', the tutorial, view, mobile and QR-code lines, the mp3 and script addresses, the byline 'Steve Herman' and the date line 'November 14,2013' dropped (H1285); headline kept as the first line; the dateline 'QUEZON CITY —' is inline and kept as stored; the paragraph 'Volunteers have quickly filled a gymnasium with thousands of bags ... for only a couple', cut in the stored copy, dropped; the translation of an operation's name in marks after `meaning` and `he said` after a quotation that follows the speaker's reported speech in the same paragraph (H2484); hyphens used as dashes and curly marks as stored)",
    text='''Volunteers Launch Grassroots Effort to Aid Typhoon Victims
QUEZON CITY — Much of the attention on the response to Typhoon Haiyan, which has destroyed many communities in the Philippines, is on the large-scale efforts by governments, foreign militaries and announcements from major humanitarian groups. While the survivors await the trickle of actual relief to expand, their fellow citizens in unscathed and more prosperous cities are trying to help.
A gymnasium of a government department has been transformed into the operations center for a grassroots relief effort named Operation Walangiwanan - meaning “no one gets left behind.”
Across the central Philippines, hundreds of thousands of hungry and homeless are worrying that is precisely what has happened to them.
With anger rising in many of the worst-afflicted communities over the lack of relief, these volunteers are readying supplies - even though no one is sure when they will reach those in need.
As music plays an MC shouts encouragement to volunteers bagging cans of sardines, boxes of cookies, crackers, sausages, and juices, bottles of water and soy sauce, rations of rice and even clothing and sandals.
A youth group area coordinator, Joseph Nolasco, explains volunteers were quickly mobilized by social media. “Most of them are college students, call center agents, YP’s - young professionals - mothers, even out-of-school youth,” he said.''',
    quotes=[
        Q('“no one gets left behind.”', None, None),
        Q('“Most of them are college students', 'out-of-school youth,”', "Joseph Nolasco"),
    ],
    aliases={"Joseph Nolasco": ["Joseph Nolasco"]},
),
dict(
    id="voa-en-h742-2007-11-07-red-cross-mexico-flooded-south",
    source="http://www.tingroom.com/voastandard/2007/11/46938.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Greg Flakus of November 7, 2007 on the Red Cross in flooded Tabasco and Chiapas, with the Red Cross worker Winnie Romeril, on the learner site tingroom.com; the language menu, the label 'VOA常速英语2007年-' before the headline, the time and source line, '(单词翻译:双击或拖选)' and the byline and dateline ('By Greg Flakus', 'Houston', '07 November 2007') dropped; headline kept as the first line; the paragraph 'Romeril says the weather has improved in much of Tabasco, but Chiapas is at a higher elevation8, so water fro', cut in the stored copy, dropped; vocabulary numbers inside and outside the quotation kept as stored (H930, H2484); straight marks as stored)",
    text='''Red Cross Helps in Mexico's Flooded South
In Mexico, relief efforts continue in the flooded state of Tabasco and in nearby Chiapas state where a landslide1 destroyed a village Sunday. Among the various disaster response teams in the flood zone in southern Mexico, one of the biggest is the Red Cross. VOA's Greg Flakus spoke2 with one Red Cross worker from the United States who is now in Tabasco and filed this report.
Tens of thousands of people remain in government shelters in Tabasco and many more have left the state, seeking help with relatives and friends in nearby states. But relief from the floods is hard to find in neighboring Chiapas state, where heavy rains are producing similar problems. Some 200 homes were lost in one small town in Chiapas after a rain-drenched hillside collapsed3.
Relief teams went to the area from the operations center in Villahermosa, Tabasco, where Red Cross worker Winnie Romeril spoke to VOA by telephone.
"Initially4 they were reporting very large numbers of people who might have died or who were missing, but at this time we have a list of only 26 missing people," said Winnie Romeril. "What is going on now is that they have finished evacuating5 the people from that particular village and now they are continuing to try to contact isolated6 settlements that are in the same area and in danger of possible additional landslides7 because it continues to rain there."''',
    quotes=[
        Q('"Initially4 they were reporting', 'only 26 missing people,"', "Winnie Romeril"),
        Q('"What is going on now', 'continues to rain there."', "Winnie Romeril"),
    ],
    aliases={"Winnie Romeril": ["Winnie Romeril", "Red Cross worker Winnie Romeril"]},
),
dict(
    id="voa-en-h742-2017-09-florida-keys-homes-decimated",
    source="http://www.tingclass.net/show-10023-395905-1.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of September 2017 from Islamorada on Florida Keys residents returning after Hurricane Irma, with the mechanic Bob Galbavy, on the learner site tingclass.net (no byline in the kept text); the site's menu and breadcrumb lines, the Chinese title line 'VOA常速英语:佛罗里达群岛:房屋虽毁,但精神振奋', the tutorial, view, date ('2017年09月15日'), mobile and QR-code lines and the mp3 and script addresses dropped; the English headline kept as the first line; the dateline 'ISLAMORADA, FLA. —' is inline and kept as stored; the paragraph 'Over the years, the Keys has seen its share of hurricane weather. But Quinn’s two-bedroom “Seabreeze” trailer ... iron-ste', cut in the stored copy, dropped with the trailer's name and a partial quotation of Quinn's in it; a quotation split by `he turned`, a verb of movement, and a cue followed by `still in shock` (H2481); em dashes and curly marks as stored)",
    text='''Florida Keys: Homes Decimated, But Spirits Rally
ISLAMORADA, FLA. — Treading carefully across a bed of wobbly debris, Florida Key residents who escaped Hurricane Irma’s 209-kilometer winds came home under a breezeless sky. Yet, the air was thick with anxiety.
A coconut fell in the distance, its thud capturing the emptiness of the flattened surroundings and resonating hollowly.
“Work hard, and this is what you get,” said Bob Galbavy, still in shock. He blinked repeatedly, attempting to maintain composure.
“I never thought it would be this bad, but,” he turned, “God. This is bad.”
A Ft. Lauderdale-based mechanic, Galbavy’s Islamorada home was his second — a getaway-turned ground zero, after last weekend’s Category 4 hurricane pummeled through his property and thousands more, resulting in seven deaths in the surrounding county alone.
But other locals — among them, day laborers — had only one home in the first place. Except for a few lucky ones, they were left with nothing: no water, electricity, sewage... The list goes on.
Billy Quinn's grandfather built his two-bedroom trailer 56 years ago, and passed it down through successive generations of firefighters — a jewel with a prime view of calm waters, along the continental United States’ southernmost land.''',
    quotes=[
        Q('“Work hard, and this is what you get,”', None, "Bob Galbavy"),
        Q('“I never thought it would be this bad, but,”', None, "Bob Galbavy"),
        Q('“God. This is bad.”', None, "Bob Galbavy"),
    ],
    aliases={"Bob Galbavy": ["Bob Galbavy", "Galbavy"]},
),
dict(
    id="voa-en-h742-2012-11-battleground-states-voters-head-to-polls",
    source="https://yingyuke.net/a/163760.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of November 2012 on voters in the battleground states on Election Day, with the retiree Terry Schmidt of Illinois and Jennifer Alston of Wisconsin, on the learner site yingyuke.net (no byline in the kept text); the time, author and category line '时间:2019-01-14 作者:英语课 分类:VOA标准英语2012年(十一月)' and the site line '英语课' dropped; headline kept as the first line; the stored copy ends on a complete paragraph, kept; a term in single marks in the headline, inverted `said X`, `X added`, `added X` and `X noted 7.` cues and a cue-less last paragraph (H2484); vocabulary numbers ('retirement 1', 'vice 2', 'Mitt 3', 'Democrats 4', 'forth 5', 'advertising 6', 'noted 7') and straight marks as stored)",
    text=''''Battleground States' Voters Head to Polls
Retiree Terry Schmidt, who lives in President Obama's home state of Illinois, says he and his wife have a lot invested in this election.
"We don't get two or three elections to recover before it's too late for us to benefit from an improved economy," said Schmidt.
Schmidt adds that he hopes President Obama can build on modest job growth and economic gains if he wins his bid for a second term.
"What we're hoping for is a continued turnaround because everything we have is invested in the economy and when the economy tanked, the things that we were counting on for retirement 1 were reduced by 30 or 40 percent, and they are ever so slowly coming back," Schmidt added.
What this election boils down to for Jennifer Alston is her children's education, and future.
"People aren't focusing on what's really going on in the streets and neighborhoods," said Alston. "They're focused on this election, and it's taken the focus off the kids, and so my thing is for them to have a safe school to have a quality education, and that's why I still stay here."
Where she is staying is Wisconsin, the home state of Republican vice 2 presidential candidate Paul Ryan, and one of a handful of states fiercely contested by President Obama and Mitt 3 Romney.
"It's got a big impact because we've got a lot of liberals, and Democrats 4, and Republicans, but I think we've got a lot of people who are swaying back and forth 5, so this is a swaying state," added Alston.
Regardless of who wins the election, many voters say they are happy it will be over, if for no other reason than it will bring an end to all the political advertising 6.
"I get a lot of emails and I've seen a lot of the ads which are now starting to get a little bit crazy," Alston noted 7.
"I'm absolutely blown away by the billions of dollars that have been spent on this election."''',
    quotes=[
        Q("'Battleground States'", None, None),
        Q('"We don\'t get two or three elections', 'an improved economy,"', "Terry Schmidt"),
        Q('"What we\'re hoping for', 'slowly coming back,"', "Terry Schmidt"),
        Q('"People aren\'t focusing', 'and neighborhoods,"', "Jennifer Alston"),
        Q('"They\'re focused on this election', 'I still stay here."', "Jennifer Alston"),
        Q('"It\'s got a big impact', 'a swaying state,"', "Jennifer Alston"),
        Q('"I get a lot of emails', 'a little bit crazy,"', "Jennifer Alston"),
        Q('"I\'m absolutely blown away', 'on this election."', "Jennifer Alston"),
    ],
    aliases={"Terry Schmidt": ["Terry Schmidt", "Retiree Terry Schmidt", "Schmidt"],
             "Jennifer Alston": ["Jennifer Alston", "Alston"]},
),
]
