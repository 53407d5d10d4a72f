# Held-out English news texts (tests/data/heldout672-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news reports, releases and features (public domain, 17 U.S.C.
# § 105): two Voice of America reports on VOA's preview host voa.pangea-cms.com (immigrant businesses in Prince William
# County, Virginia, hit by the slowdown, February 2008, page 556689; an Iowa caucus-goer waiting to hear Pete Buttigieg,
# winter 2019-2020, page 6181939), a State Department ShareAmerica story on the community support that helps refugees
# in the United States (share.america.gov, 2016), three Bureau of Land Management pages (a Montana Steward feature on the
# 2010 paleontological season, the Washington Office release on the first National Fossil Day of October 2010 on BLM
# California's newsroom, and a Burley Field Office announcement of a National Public Lands Day cleanup at Milner
# Historic Recreation Area, 2025) and two Interior Department releases on national park visitation printed by trade
# papers (Secretary Ryan Zinke's record-visitation release of March 10, 2017 on tsln.com; Secretary Salazar's release on
# the 2009 rise in visits on sgbonline.com). None is credited to AP, Reuters, AFP or another third party in the kept
# text. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines (BLM's 'Print Page' and back-link lines, release header lines 'BLM Logo',
# 'Washington D.C.', 'Release Date: ...', 'Contacts: ...', 'News Release No. ...', the announcement's address lines and
# 'Event Description', the search corpus's crawl field ' date 2017-03-10', a byline line), photo captions and alt text,
# the empty lines between paragraphs and spaces at the end of a line are dropped; a headline is kept once as the first
# line where the stored copy has one (none is added where it has none) and a subheading as a line; datelines are kept
# as stored; wording, typos, double spaces, dashes and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2395-H2399 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDS = "public domain (State Department, US government work, 17 U.S.C. § 105)"
PDT = "public domain (US government work, 17 U.S.C. § 105; copy of an Interior Department release printed by a trade paper)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout672-en.jsonl

Built by `build.py` from `heldout672_pages.py`. Like heldout664-en, heldout647-en, heldout608-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
texts, works of federal agencies and their staff in the public domain (17 U.S.C. § 105: "Copyright protection under
this title is not available for any work of the United States Government"): two Voice of America reports on VOA's
preview host voa.pangea-cms.com (as the VOA pages of heldout40-en, heldout111-en and heldout311-en), one by Bill
Rodgers on immigrant businesses in Prince William County, Virginia, hit by the economic slowdown and by county
ordinances (page 556689, February 7, 2008 by its address), with the shop co-owner Pablo Vargas, the supermarket owner
Carlos Castro, the bank manager Yong-jae Park and Laurie Wieder of the county's Chamber of Commerce, and one on an Iowa
caucus-goer, Darrel Morf, waiting in the cold to hear Pete Buttigieg at Cornell College (page 6181939,
'usa_us-politics_iowa-winter-presidential-campaign-heats', winter 2019-2020 by its content; no writer in the stored
copy); a State Department ShareAmerica story on the community support that helps refugees in the United States
(share.america.gov, slug 'community-support-helps-refugees-in-u-s', 2016 by its wording), with Stacie Blake of a
refugee resettlement agency; three Bureau of Land Management pages: a feature of BLM Montana's Steward (Fall/Winter
2010), '2010 Paleo Season Productive', by Mark E. Jacobsen of the Eastern Montana/Dakotas District, with BLM
Archaeologist Doug Melton and Carl Campbell of St. Louis Community College-Meramec; the Washington Office release 'BLM
Celebrates National Fossil Day' (News Release No. WO-100810, October 8, 2010, on BLM California's newsroom), with
Director Bob Abbey; and a Burley Field Office announcement, 'BLM plans National Public Lands Day clean up event at
Milner Historic Recreation Area' (blm.gov announcement, for Saturday, Sept. 27 of the 32nd National Public Lands Day,
2025), with Field Manager John Elliott; and two Interior Department releases on national park visitation as printed by
trade papers (licence constant PDT): Secretary Ryan Zinke's release of March 10, 2017 on the record 331 million visits
of 2016, with Mike Reynolds, Acting Director of the National Park Service, on the site of the Tri-State Livestock News
(tsln.com, slug 'secretary-zinke-announces-record-visitation-to-americas-national-parks'; the release's title and
date, 'Secretary Zinke Announces Record Visitation to America’s National Parks', Office of the Secretary, March 10,
2017, are confirmed by another stored page of the same search), and Secretary Salazar's release of August 2009 on the
rise in national park visits in the first half of 2009, on the site of Sporting Goods Business (sgbonline.com, slug
'rise-in-national-park-visitation-helps-local-economies'). Reuse terms relied on: US government works are not subject
to copyright in the US (17 U.S.C. § 105); VOA's feeds restate that its content "is in the public domain"; the VOA,
ShareAmerica and BLM pages are the agencies' own, and the trade papers' copies carry the Interior releases' text and
add no rights of their own (their own lines are dropped). Licence caveats: the trade papers print the Interior texts
without a credit line in the kept part; they are taken as the Department's releases by their wording (`Today, U.S.
Department of the Interior Secretary Ryan Zinke hailed ...`, `said Secretary Salazar`, `Earlier this year, Secretary
Salazar announced ...`) and, for the 2017 release, by its title and date on another page; a paper's edits cannot be
ruled out, and neither copy has a headline in the stored part; the ShareAmerica story names no writer, so work by a
contractor of the State Department's public diplomacy staff cannot be ruled out; the Iowa report names no writer in
the stored copy; the texts quote private people (shop owners, a bank manager, a chamber of commerce president, a
caucus-goer, a candidate, a resettlement agency worker, a college field supervisor) inside the public-domain texts. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored
copy is dropped (noted per page: the Prince William report's 'The renewal rate was down between two and three p'; the
Iowa report's 'The Midwest state of Iowa is the first in 2020 ... against Republican Dona'; the ShareAmerica story's
doubled caption 'Sheila Shinn teaches an English language class ... (State Dept./D.' after its last kept paragraph; the
Steward feature's 'Campbell said the skull is likely still in the hillside, if it i'; the Fossil Day release's 'In
fact, last month paleontologists with BLM-Utah announced ... the most ornate-headed dinosa'; the Milner announcement's
closing BLM paragraph 'The BLM manages about 245 million acres ... for the'; the 2017 release's list line '1.4 billion
hours spent by'; the 2009 release's 'National park units serve as primary economic generators ... at 120 different
sit'). Site lines (BLM's 'Print Page' and '<<Back to Fall/Winter 2010 Steward', the byline line 'photos and story by
Mark E. Jacobsen, Eastern Montana/Dakotas District', the release header lines 'BLM Logo', 'Washington D.C.', 'Release
Date: 10/08/10', 'Contacts: Melodie Lloyd , 202-912-7412' and 'News Release No. WO-100810', the announcement's address
lines '15 E. 200 S.', 'Burley, ID 83318', 'United States' and its line 'Event Description', the crawl field ' date
2017-03-10' run into the 2017 release's dateline), photo alt text and captions ('hadrosaur fossil', 'Hadrosaur
fossil.', 'paleo excavation crew', 'Crew members carefully separate the bones ... July 6.', 'Refugee caseworker Ellen
Ramage (left) assisting Iraqi refugee Muneer Khdur. (State Dept./D.A. Peterson)' and its second wording with
'assists'), the empty lines between paragraphs and spaces at the end of a line were dropped; headlines are kept once
as the first line where the stored copy has one (the Steward feature, the Fossil Day release and the Milner
announcement; the VOA preview pages, the ShareAmerica story and the trade papers' copies have none and get none,
H1818), the ShareAmerica subheading 'Choosing the right community' is kept as a line; the datelines 'BURLEY, Idaho –'
and 'WEST GLACIER, Mont. –' are inline and kept as stored; the 2017 release's list lead 'National Park System 2016
visitation highlights include:' and its first list line are kept as lines; wording and typos ('finding plenty to them
keep busy', 'The National Park Services' centennial', 'between 2008 to 2009', 'Acting Director of the National Park
Service pointed out' without a comma), double spaces after sentences, the brackets and parentheses inside quotations,
dashes, ellipses and quotation marks (straight or curly as stored) are as stored. Pages read but left out: pages
already in earlier sets (the VOA Khmer report on Cambodian farmers and middlemen, heldout559-en; the VOA Moore tornado
report, heldout647-en; the VOA Smithsonian 175th anniversary report on listeningexpress.com, heldout474-en; the BLM
Lander wild horse placement release, heldout624-en; the BLM Santa Fe cleanup release, heldout240-en; the USGS streamflow
summary release on a wiki, heldout121-en; the VOA Thanksgiving volunteers report, heldout101-en; the USDA Rural
Development water release with Bette Brand, heldout289-en), pages whose stored part keeps fewer than two complete
quotations or only a doubled one (the VOA Mount Vernon new citizens report 1951359, also left out of heldout502-en; a
VOA Khmer car-sales report copied twice on a blog; BLM National Public Lands Day announcements of other field offices;
a USDA wildfire assistance release on a blog; a Fish and Wildlife Service Field Notes entry on a fishing derby), a
trade paper's tag page with the Interior 2010 visitation release whose source could not be confirmed (rvbusiness.com),
newsletters, list and feed pages (Fish & Wildlife News issues, Refuge Update issues, BLM press-release lists, NOAA Ocean
Exploration news lists, USGS publication lists, thefederalnewswire.com pages) and pages of newspapers, public radio
stations, TV stations and blogs found by the same searches. None of the pages used is in any set above or in another
helper's worktree (checked by URL and page id (556689, 6181939, iowa-winter-presidential-campaign,
community-support-helps-refugees, 10fallwinter/paleo, WO_10082010, blm-plans-national-public-lands-day-clean-event,
secretary-zinke-announces-record-visitation, rise-in-national-park-visitation, tsln.com, sgbonline), by headline and by
the names of their speakers and phrases, such as Pablo Vargas, Club Video Mexico, Yong-jae Park, Laurie Wieder, Darrel
Morf, I love caucus season, Stacie Blake, Muneer Khdur, Ellen Ramage, Doug Melton, year of the triceratops, Carl
Campbell, Bob Abbey, National Fossil Day is important, Milner Historic, John Elliott, Mike Reynolds, Jeff Mow, 331
million, fee free weekends and refuel the spirit, with grep over tests/data of the main tree and of every other
helper's worktree (heldout665-671): no hit). The annotation (rules H2395–H2399 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h672-2008-02-07-prince-william-immigrant-businesses",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-02-07-voa21-66627472/556689.html",
    license=PDV, retrieved=PAGES + " (VOA report by Bill Rodgers of February 2008 on immigrant businesses in Prince William County, Virginia, hit by the economic slowdown and by county ordinances, with the video shop co-owner Pablo Vargas, the supermarket owner Carlos Castro, the Hanmi Bank manager Yong-jae Park and Laurie Wieder, president of the county's Chamber of Commerce, on VOA's preview host; the stored copy opens with the lead paragraph and has no headline, none added (H1818); the last paragraph, 'The renewal rate was down between two and three p', cut in the stored copy, dropped; `He explains, \"...\"` after a presenting sentence, `\"...,\" he says.` after a sentence of reported speech, and two officials presented together with only one of them cued (H2397); '--' dashes and straight marks as stored)",
    text='''The slowing U.S. economy and rising unemployment are affecting a wide range of businesses across the country, including those owned by immigrants. Small immigrant businesses in Prince William County, Virginia, outside Washington, are among those hard-hit -- not just by the economic slowdown but by county ordinances targeting illegal immigrants or undocumented workers. VOA's Bill Rodgers visited the county and has this report.
On the Route 1 corridor, Club Video Mexico has been in business for 19 years, but co-owner Pablo Vargas has never seen business so bad.
"Nobody wants to buy anything. They'd rather save money than spend it!" Vargas said.
Even larger immigrant businesses are affected. Carlos Castro owns three supermarkets, catering mainly to Latinos. He explains, "When it comes to food, even though it's said we have to eat every day, it has dropped considerably. In this store, we are down about 15 percent from the previous year, and in Alexandria it is about 22 or 25 percent."
Asian-owned businesses are affected, too. Yong-jae Park is the manager of the Korean-American Hanmi Bank office in northern Virginia. He says he is making fewer loans to his Asian clients. "The number of inquiries has substantially declined in the last couple of months and then the number of loans I am processing, I see there is some slowdown," he says.
Prince William County, near Washington, DC, has grown substantially in recent years, and now has a large immigrant population.
But it, too, has been affected by the nationwide housing downturn, the credit crunch and financial uncertainty.
At the county's Chamber of Commerce, Chairwoman Joanne Bell and President Laurie Wieder have noticed the change.
"A large portion of the members who do not renew their membership are businesses that are going out of business," Wieder said. "That happens every year. But this year, certainly, there were more of those who closed the doors of their businesses."''',
    quotes=[
        Q('"Nobody wants to buy anything.', 'than spend it!"', "Pablo Vargas"),
        Q('"When it comes to food', 'or 25 percent."', "Carlos Castro"),
        Q('"The number of inquiries', 'some slowdown,"', "Yong-jae Park"),
        Q('"A large portion', 'going out of business,"', "Laurie Wieder"),
        Q('"That happens every year.', 'of their businesses."', "Laurie Wieder"),
    ],
    aliases={"Pablo Vargas": ["Pablo Vargas", "co-owner Pablo Vargas", "Vargas"],
             "Carlos Castro": ["Carlos Castro"],
             "Yong-jae Park": ["Yong-jae Park"],
             "Laurie Wieder": ["Laurie Wieder", "President Laurie Wieder", "Wieder"]},
),
dict(
    id="voa-en-h672-2019-iowa-caucus-goer-buttigieg-cornell-college",
    source="https://voa.pangea-cms.com/preview/en-US/a/usa_us-politics_iowa-winter-presidential-campaign-heats/6181939.html",
    license=PDV, retrieved=PAGES + " (VOA report of winter 2019-2020 on the Iowa caucus-goer Darrel Morf waiting in the cold to hear Pete Buttigieg at Cornell College (no writer and no date in the stored copy), on VOA's preview host; the stored copy opens with the first paragraph and has no headline, none added (H1818); the last paragraph, 'The Midwest state of Iowa is the first in 2020 ... against Republican Dona', cut in the stored copy, dropped; `he told VOA` after a presenting sentence, a candidate's second quotation cued inside a relative clause that names the voter, a second piece opening with a capital after `Morf says,` and the writer's parentheses inside it (H2396); em dash and straight marks as stored)",
    text='''Even though the temperature is just above freezing, and it isn't snowing, it's still not the most ideal weather to wait outside in a long line to listen to a politician.
But as he rubs his hands together to stay warm, stocking cap on his head, Darrel Morf is prepared.
"I love caucus season in Iowa. It's a chance to really listen to a lot of opinions and be thoughtful," he told VOA while waiting alongside hundreds of others to see South Bend, Indiana, mayor and one of the leading Democratic presidential candidates in Iowa, Pete Buttigieg, speak at an event at Cornell College.
Although there is much focus on the impeachment process targeting U.S. President Donald Trump, Morf admits there are other issues on his mind.
"How we are going to maintain security in the world at this point? I'm concerned about everything international," he says. "I think people worry a lot about climate here in Iowa — that would be another major concern."
Which is why he is braving cold weather and making an effort to attend political rallies and meetings in his state to listen to what the candidates have to offer.
"I think Iowans are very intentional. We listen carefully to what candidates are actually saying, we measure it, in terms of how we think they'll play in terms of actually being president," says Morf.
"We're in the middle of a fantastic swing through Iowa," Buttigieg told the Cornell College crowd where Morf, who arrived early, got a front-row seat for the event where Buttigieg acknowledged, "We see more and more caucus-goers ready to make a decision about the future of this country."
It's a decision Morf hasn't yet made himself.
"I'd probably lean towards Buttigieg right now," Morf says, "But (former Vice President Joe) Biden is probably someone I'd continue to look at, like (U.S. Senator from Minnesota) Amy Klobuchar."''',
    quotes=[
        Q('"I love caucus season', 'be thoughtful,"', "Darrel Morf"),
        Q('"How we are going', 'everything international,"', "Darrel Morf"),
        Q('"I think people worry', 'major concern."', "Darrel Morf"),
        Q('"I think Iowans', 'actually being president,"', "Darrel Morf"),
        Q('"We\'re in the middle', 'through Iowa,"', "Pete Buttigieg"),
        Q('"We see more and more', 'of this country."', "Pete Buttigieg"),
        Q('"I\'d probably lean', 'right now,"', "Darrel Morf"),
        Q('"But (former Vice President', 'Amy Klobuchar."', "Darrel Morf"),
    ],
    aliases={"Darrel Morf": ["Darrel Morf", "Morf"],
             "Pete Buttigieg": ["Pete Buttigieg", "Buttigieg"]},
),
dict(
    id="state-en-h672-2016-community-support-helps-refugees",
    source="https://share.america.gov/community-support-helps-refugees-in-u-s/",
    license=PDS, retrieved=PAGES + " (ShareAmerica story of the State Department of 2016 on the community support that helps refugees in the United States, with Stacie Blake of a refugee resettlement agency (no writer in the stored copy); the stored copy opens with the first paragraph and has no headline, none added (H1818); the subheading 'Choosing the right community' kept as a line; the photo caption 'Refugee caseworker Ellen Ramage (left) assisting Iraqi refugee Muneer Khdur. (State Dept./D.A. Peterson)', stored twice (once with 'assists'), dropped, and the caption 'Sheila Shinn teaches an English language class for new arrivals in Philadelphia. (State Dept./D.A. Peterson)', stored twice and cut in its second copy at the end of the stored copy, dropped; `says X, and she should know`, a partial quotation after `For X,` without a verb of saying, two partial quotations in a sentence closed by `X observes` and a partial quotation after an introductory phrase (H2395); em dashes, the ellipses '…' and the bracket '[or]' inside the quotations and curly marks as stored)",
    text='''A refugee may arrive in the United States without a home, without a means of support, or sometimes even without English language skills. And yet he or she can still reasonably expect to be self-sufficient within a few months.
“It really is pretty remarkable that people manage to do this,” says Stacie Blake, and she should know. Blake works for one of the refugee resettlement agencies that help these displaced people begin their new lives.
For Blake, the work resettlement agencies do every day is “our heritage …. It’s how our country was founded.”
The United States has resettled nearly 3 million refugees since 1975 — more than all other nations combined — and expects 85,000 more in the year ending September 30, 2016.
Choosing the right community
Working with hundreds of local networks and volunteers, Blake and her resettlement agency colleagues direct newly arrived refugees to the best community for them. They try to find neighborhoods where there are others who speak their language and share their culture, and where there are suitable schools, elder care facilities, accessible public transportation and other services.
Newly arrived refugees typically find work quickly. Host communities are “very well integrated” with local employers who “depend on these new workers” to fill jobs at hotels, restaurants, shops and manufacturing plants, Blake observes.
And that first job is just a start. As a resettled refugee, “you can learn English and improve your position, get a promotion … [or] go back to school,” Blake says.''',
    quotes=[
        Q('“It really is', 'to do this,”', "Stacie Blake"),
        Q('“our heritage', 'was founded.”', "Stacie Blake"),
        Q('“very well integrated”', None, "Stacie Blake"),
        Q('“depend on these new workers”', None, "Stacie Blake"),
        Q('“you can learn English', 'back to school,”', "Stacie Blake"),
    ],
    aliases={"Stacie Blake": ["Stacie Blake", "Blake"]},
),
dict(
    id="blm-en-h672-mt-2010-paleo-season-productive",
    source="https://www.blm.gov/mt/st/en/info/newsroom/steward/10fallwinter/paleo.html",
    license=PD, retrieved=PAGES + " (feature of BLM Montana's Steward, Fall/Winter 2010, by Mark E. Jacobsen of the Eastern Montana/Dakotas District, on the 2010 paleontological season in the Hell Creek formation, with BLM Archaeologist Doug Melton and Carl Campbell of St. Louis Community College-Meramec; the lines 'Print Page' and '<<Back to Fall/Winter 2010 Steward', the byline line 'photos and story by Mark E. Jacobsen, Eastern Montana/Dakotas District', the alt text 'hadrosaur fossil' and 'paleo excavation crew' and the captions 'Hadrosaur fossil.' and 'Crew members carefully separate the bones of a hadrosaur from its ancient streambed grave July 6.' dropped (H2398); headline kept as the first line; the last paragraph, 'Campbell said the skull is likely still in the hillside, if it i', cut in the stored copy, dropped; `According to X,` with reported speech without marks between two speakers' quotations, and long role forms before the names (H2398); 'finding plenty to them keep busy' and curly marks as stored)",
    text='''2010 Paleo Season Productive
The 2010 paleontological season proved to be a productive one for dinosaur hunters plying Eastern Montana’s Hell Creek formation.
“Again, it’s the year of the triceratops,” said BLM Archaeologist Doug Melton of the Miles City Field Office. “That seems to be the major focus for folks.”
Excavation teams working public lands must be federally-recognized repositories for paleontological specimens before they can be considered qualified to excavate on BLM-administered lands. According to Melton, this year’s numbers of federally-permitted institutions are down slightly; however those permittees currently in the field are finding plenty to them keep busy.
In Garfield County, the St. Louis Community College-Meramec from Missouri was among those institutions with a BLM permit working public lands. Field Supervisor and Physical Science-Geology faculty member Carl Campbell has been overseeing excavation operations north of Jordan for several years. Campbell supervised several groups of students and volunteers which rotated through the area in June and July, working at several locations.
Campbell and crew extracted a triceratops located on BLM land in June, which has since been transported back to the St. Louis Science Center preparation lab for preservation and study. The lab is located in a publicly-accessible setting where museum visitors can watch the preparators at work and ask questions.
“Originally I thought it might be a sub-adult but some of the bones are pretty big so it’s probably an adult,” said Campbell. “We took out about 60 bones but it’s the back half.”''',
    quotes=[
        Q('“Again, it’s the year', 'triceratops,”', "Doug Melton"),
        Q('“That seems to be', 'for folks.”', "Doug Melton"),
        Q('“Originally I thought', 'probably an adult,”', "Carl Campbell"),
        Q('“We took out', 'back half.”', "Carl Campbell"),
    ],
    aliases={"Doug Melton": ["Doug Melton", "BLM Archaeologist Doug Melton", "Melton"],
             "Carl Campbell": ["Carl Campbell", "Field Supervisor and Physical Science-Geology faculty member Carl Campbell", "Campbell"]},
),
dict(
    id="blm-en-h672-2010-10-08-national-fossil-day",
    source="http://www.blm.gov/ca/st/en/info/newsroom/2010/october/WO_10082010.html",
    license=PD, retrieved=PAGES + " (BLM Washington Office news release No. WO-100810 of October 8, 2010, 'BLM Celebrates National Fossil Day', with Director Bob Abbey, on BLM California's newsroom; the release lines 'BLM Logo', 'Washington D.C.', 'Release Date: 10/08/10', 'Contacts: Melodie Lloyd , 202-912-7412' and 'News Release No. WO-100810' dropped (H2398); headline kept as the first line; the paragraph 'In fact, last month paleontologists with BLM-Utah announced ... the most ornate-headed dinosa', cut in the stored copy, dropped; a two-piece quotation around `said Director X.` (H2398); double spaces after sentences and curly marks as stored)",
    text='''BLM Celebrates National Fossil Day
The Bureau of Land Management is partnering with the National Park Service, U.S. Forest Service, and other Federal and State agencies, museums, and organizations to hold the first annual National Fossil Day on October 13, 2010.  A number of events are scheduled to mark the day, which occurs this year during Earth Science Week.
“National Fossil Day is important because it helps promote public awareness about the importance of paleontological resources on the National System of Public Lands,” said Director Bob Abbey.  “A better understanding of our Nation’s heritage will foster a commitment to stewardship of these fascinating resources and an appreciation of their scientific and educational value.”''',
    quotes=[
        Q('“National Fossil Day is important', 'System of Public Lands,”', "Bob Abbey"),
        Q('“A better understanding', 'educational value.”', "Bob Abbey"),
    ],
    aliases={"Bob Abbey": ["Bob Abbey", "Director Bob Abbey"]},
),
dict(
    id="blm-en-h672-id-2025-milner-public-lands-day-cleanup",
    source="https://www.blm.gov/announcement/blm-plans-national-public-lands-day-clean-event-milner-historic-recreation-area",
    license=PD, retrieved=PAGES + " (BLM announcement of the Burley Field Office, Idaho, of a National Public Lands Day cleanup at Milner Historic Recreation Area on Saturday, Sept. 27 of the 32nd National Public Lands Day (2025), with Field Manager John Elliott; the address lines '15 E. 200 S.', 'Burley, ID 83318' and 'United States' and the line 'Event Description' dropped (H2398); headline kept as the first line; the contact sentence 'For more information about this event, please contact Heidi Barker at 208-677-6642.' kept as a paragraph of the text; the closing BLM paragraph 'The BLM manages about 245 million acres ... for the', cut in the stored copy, dropped; a quotation in two pieces around the cue after an unmarked pass name, and the year's theme in marks (H2398); the dateline 'BURLEY, Idaho –' inline as stored; dashes and curly marks as stored)",
    text='''BLM plans National Public Lands Day clean up event at Milner Historic Recreation Area
BURLEY, Idaho – The Bureau of Land Management Burley Field Office staff is celebrating the 32nd annual National Public Lands Day by inviting volunteers to help clean up areas within the Milner Historic Recreation Area along the south side of the Snake River, 9 miles west of Burley. BLM personnel will meet volunteers at 10 a.m. on Saturday, Sept. 27 at the Bicentennial Boat ramp near the west Milner Historic Recreation Area entrance. Participants should wear hats, boots, and bring gloves. The BLM will provide trash bags, water and a few garbage grabbers will also be available to use.
Volunteers will also receive a Helping Hands for America’s Lands free day-use pass. “Anytime we can join the public for a day to give back and improve conditions is a win-win,” said BLM Burley Field Manager John Elliott. “It’s nice to have an official day and event to recognize our great volunteers working to clean up public lands!”
National Public Lands Day is the nation’s largest, single-day volunteer event for public lands. Established in 1994 and held annually on the fourth Saturday in September, the event brings together thousands of volunteers to help restore and improve public lands around the country. This year’s theme is “Our Home Outdoors,” which highlights the idea that these lands are not just physical spaces – they are where we come together, feel rooted, and develop a sense of place.
For more information about this event, please contact Heidi Barker at 208-677-6642.''',
    quotes=[
        Q('“Anytime we can join', 'a win-win,”', "John Elliott"),
        Q('“It’s nice to have', 'public lands!”', "John Elliott"),
        Q('“Our Home Outdoors,”', None, None),
    ],
    aliases={"John Elliott": ["John Elliott", "BLM Burley Field Manager John Elliott"]},
),
dict(
    id="doi-en-h672-2017-03-10-zinke-record-park-visitation",
    source="http://www.tsln.com/news/secretary-zinke-announces-record-visitation-to-americas-national-parks/",
    license=PDT, retrieved=PAGES + " (copy of the Interior Department release of March 10, 2017, 'Secretary Zinke Announces Record Visitation to America’s National Parks', with Secretary Ryan Zinke and Mike Reynolds, Acting Director of the National Park Service, on the site of the Tri-State Livestock News (no byline or credit line in the kept text; taken as the Department's release by its wording and by its title and date on another stored page, H2399); the crawl field ' date 2017-03-10' run into the dateline dropped; the stored copy has no headline, none added (H1818); the list lead 'National Park System 2016 visitation highlights include:' and the first list line kept as lines; the second list line, '1.4 billion hours spent by', cut in the stored copy, dropped; `X, role pointed out, \"...\"` with a comma introduction, and a programme name in marks (H2399); the dateline 'WEST GLACIER, Mont. –' inline, 'The National Park Services' centennial', dashes and straight marks as stored)",
    text='''WEST GLACIER, Mont. – Today, U.S. Department of the Interior Secretary Ryan Zinke hailed 331 million recreation visits to America's national parks in 2016 – a third consecutive all-time attendance record for the National Park Service. Zinke made the announcement during a stop at Glacier National Park where he met with Park Superintendent Jeff Mow to discuss the park's maintenance backlog and received a traditional spiritual blessing from members of the Blackfeet Nation. In 2016, Glacier broke attendance records attracting nearly three million visitors.
"Our National Parks are our national treasures, and it's important to recognize that they are more than just beautiful landscapes," said Zinke. "Growing up near Glacier National Park, I understand the value these places bring to local economies and in preserving our heritage. As we enter into a second century of service and visitation numbers continue to increase, we will focus on maintenance backlogs and ensuring these special places are preserved for future generations."
Half of all national park visitation was recorded in 26 parks, but visitation grew more than 10 percent in parks that see more modest annual visitation. Mike Reynolds, Acting Director of the National Park Service pointed out, "That shows the breadth of support for parks and, I think, that the Find Your Park/Encuentra Tu Parque campaign launched with the National Park Foundation reached new audiences." The National Park Services' centennial and Find Your Park initiative combined with other popular events, such as the Centennial BioBlitz and other national park anniversaries, good travel weather and programs such as "Every Kid in a Park" helped drive record visitation.
National Park System 2016 visitation highlights include:
330,971,689 recreation visits in 2016 – up 7.7 percent or 23.7 million visits over 2015.''',
    quotes=[
        Q('"Our National Parks are our national treasures', 'beautiful landscapes,"', "Ryan Zinke"),
        Q('"Growing up near Glacier', 'future generations."', "Ryan Zinke"),
        Q('"That shows the breadth', 'new audiences."', "Mike Reynolds"),
        Q('"Every Kid in a Park"', None, None),
    ],
    aliases={"Ryan Zinke": ["Ryan Zinke", "U.S. Department of the Interior Secretary Ryan Zinke", "Zinke"],
             "Mike Reynolds": ["Mike Reynolds", "Acting Director of the National Park Service"]},
),
dict(
    id="doi-en-h672-2009-08-salazar-park-visits-local-economies",
    source="https://sgbonline.com/rise-in-national-park-visitation-helps-local-economies/",
    license=PDT, retrieved=PAGES + " (copy of the Interior Department release of August 2009 on the rise in national park visits in the first half of 2009 and the third fee-free weekend, with Secretary Salazar, on the site of Sporting Goods Business (no byline or credit line in the kept text; taken as the Department's release by its wording, H2399); the stored copy opens with the first paragraph and has no headline, none added (H1818); the last paragraph, 'National park units serve as primary economic generators ... at 120 different sit', cut in the stored copy, dropped; a speaker named only by title and surname, two two-piece quotations cued by `said` and `added`, and a programme name in marks after `announced that` (H2399); 'between 2008 to 2009' and curly marks as stored)",
    text='''America’s national parks are seeing more visitors in 2009 than a year earlier, according to visitation information collected by the National Park Service (NPS). In the first half of 2009, all national parks combined experienced 127.7 million visits, an increase of nearly 4.5 million visits over the same period in 2008. In June alone, visitation to national parks increased by over 718,000 visits between 2008 to 2009.
“America’s national parks and public lands provide affordable and accessible recreational opportunities from coast to coast,” said Secretary Salazar. “It is great to see so many Americans, including the First Family, take advantage of the incredible natural, cultural, and historic resources that we have here at home. Especially when times are tough, our parks and public lands refuel the spirit and help energize local economies.”
Earlier this year, Secretary Salazar announced that the National Park Service would be offering three “fee free weekends” in 2009. President Obama and his family will be visiting Yellowstone National Park and Grand Canyon National Park this weekend, which is the third fee-free weekend of the summer. All 391 national parks across the nation will offer free admission to all visitors on August 15-16.
“I am hopeful that the fee free weekends are making it even easier for Americans to enjoy the special places that belong to all of us,” added Secretary Salazar. “I encourage families to visit www.recreation.gov to get great ideas for trips to national parks, wildlife refuges, public lands, and forests near their homes.”''',
    quotes=[
        Q('“America’s national parks and public lands', 'coast to coast,”', "Salazar"),
        Q('“It is great to see', 'local economies.”', "Salazar"),
        Q('“fee free weekends”', None, None),
        Q('“I am hopeful', 'all of us,”', "Salazar"),
        Q('“I encourage families', 'their homes.”', "Salazar"),
    ],
    aliases={"Salazar": ["Salazar", "Secretary Salazar"]},
),
]
