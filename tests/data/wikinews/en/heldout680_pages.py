# Held-out English news texts (tests/data/heldout680-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): four voanews.com
# reports of the Voice of America (consumer confidence at the start of the 2008 holiday shopping season, 556410; fewer
# holiday shoppers at US malls in December 2013, 1816993; volunteers with boats in Houston after Hurricane Harvey, 2017,
# 4008145; a VFW post in Waldorf, Maryland, on Veterans Day 2001, 550047), two copies of VOA reports on other sites (the
# last Rolling Thunder ride on the National Mall, May 2019, on usnews.net; an unemployed '99er', September 2010, on a
# gopher proxy of VOA's headline feed) and a FEMA news release of October 2008 on Community Relations teams after
# Hurricane Ike (End of Term web archive copy of fema.gov). None is credited to AP, Reuters, AFP or another third party
# in the kept text. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut
# paragraph is dropped, also where it holds a complete quotation before the cut (noted in `retrieved`). Site lines
# ('Accessibility links', 'Breaking News', 'News / Economy'), video boxes and media-player lines, release number and
# date lines, site date lines, credit and byline lines, newsletter lines, the feed's licence lines and empty lines
# between paragraphs are dropped; the gopher copy's hard line breaks, indentation and justification spaces are joined
# into single spaces (H2405); a headline is kept once as the first line and a subheading as a line; wording, typos,
# double spaces inside paragraphs of web pages, dashes and quotation marks (straight, curly or mixed as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2405-H2409 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "site lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout680-en.jsonl

Built by `build.py` from `heldout680_pages.py`. Like heldout608-en, heldout532-en, heldout101-en and the other VOA and
US government sets above (copies on other sites with a licence constant for copies as in heldout608-en; a gopher-proxy
copy of VOA's headline feed as in heldout101-en; an End of Term web archive copy of a fema.gov release as in
heldout532-en), these texts are works of the US federal government in the public domain under 17 U.S.C. § 105
("Copyright protection under this title is not available for any work of the United States Government"), taken from
stored web pages (the `pages` search corpus). Reuse terms relied on: that public-domain status of the work of VOA's own
staff and of FEMA's press office, which VOA's feed restates in the gopher copy itself ("Voice of America content is
produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain");
copies on other sites carry the same VOA text and add no rights of their own, and the copying sites' own lines are
dropped. Texts credited to AP, Reuters, AFP or another third party were excluded. The texts: a VOA report by Catherine
Cannon of November 26, 2008 on low consumer confidence at the start of the holiday shopping season, with the shoppers
Claire Rusk of Alexandria, Virginia, and Kilmer Caban (voanews.com 556410); a VOA report of December 24, 2013 by Mil
Arcega on fewer holiday shoppers at US malls, with Chris Christopher of IHS Global Insight and Kathy Grannis of the
National Retail Federation (voanews.com 1816993); a VOA report of 2017 on volunteers with boats in Houston after
Hurricane Harvey, with the Vietnamese-American volunteer Peter Chau (voanews.com 4008145); a VOA report of November 14,
2001 from a Veterans of Foreign Wars post in Waldorf, Maryland, on Veterans Day, with the post commander John Groat and
the veterans Patrick Byers and Milt Krause (voanews.com 550047); a VOA report of May 26, 2019 on the last Rolling Thunder
ride on the National Mall, with Rolling Thunder's words and a tweet of President Donald Trump (copy on usnews.net, page
261206319, credited 'Voice of America' in its credit line); a VOA report by Carla Babb of September 28, 2010 on an
unemployed '99er', Gregg Rosen, with the economist Heidi Shierholtz (gopher-proxy copy of VOA's headline feed, item
2010/Sep/28/103960849); and a FEMA news release of October 16, 2008 (release number 1791-144) from Austin, Texas, on
Community Relations teams after Hurricane Ike, with the Federal Coordinating Officer Sandy Coachman (End of Term web
archive copy of fema.gov, newsrelease id 46337). Licence caveats: the usnews.net copy is a syndication site's page,
taken as VOA's by its credit line 'Voice of America' (dropped with the date lines) and by its VOA wording; the gopher
copy is a third-party proxy of VOA's own feed and states the public-domain status; the voanews.com page of 2001 names
no writer, the 2017 page names none in the stored copy, and the FEMA release names no writer; the texts quote private
people (shoppers, a volunteer, veterans, an unemployed man), an economist, a retail federation's spokesperson, an
organisation (Rolling Thunder) and the President's tweet inside the public-domain texts. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored copy is dropped, also
where it holds a complete quotation before the cut (noted per page: the shopping report's 'Some retail store owners,
who normally make the bulk of their profits this time of year, are hopeful that the h'; the mall report's '“We’ve
really seen it ramp up in the last few days," he said. "So obviously you’re getting people with a heightened sense of
urge', Jason Schlefer's complete first piece included; the Houston report's 'In northwest Houston, one of these staging
areas is at 3P Offroad, ... before heading to flooded neighborhoo'; the VFW report's 'Veterans’ Day used to be called
Armistice Day, the day World War I ended, at 11:00 a.m. on Novemb'; the gopher copy's 'Businesses have downsized or shut
down on main streets across America,'; the FEMA release's 'In addition to going door-to-door, ... schools and other
public gathering'; the Rolling Thunder copy ends on a complete paragraph, which is kept). Site lines ('Accessibility
links', 'Breaking News', 'News / Economy'), the video boxes (the mall report's title 'Malls: Fewer Shoppers, Shorter
Linesi', the mark 'X', the date line 'December 24, 2013 9:59 PM', its summary 'Market research shows ... may not yet be
over.' and the repeated title; the Houston report's video title 'Volunteers Flood to Houston to Help Hurricane
Victims', 'please wait', 'No media source currently available' and '0:00 0:02:04 0:00'), lines holding only a space,
FEMA's lines 'Release Date: October 16, 2008', 'Release Number: 1791-144', '» More Information on Texas Hurricane Ike'
and '» En Español', the usnews.net lines 'Mon, 06 Jul 2020', 'Voice of America', '26 May 2019, 22:35 GMT+10', 'Sign up
for US News' and 'a daily newsletter full of things to discuss over drinks.and the great thing is that it's on the
house!', the gopher feed's lines 'Originally posted by the Voice of America.' and 'Voice of America content is produced
by the Voice of America, a United States federal government-sponsored entity, and is in the public domain.' and its
byline line 'Carla Babb 28 September 2010', the empty lines between paragraphs and spaces at the end of a headline
were dropped; the gopher copy's hard line breaks, indentation and justification spaces were joined into single spaces
and its paragraphs found by its unjustified last lines (H2405); headlines are kept as the first line (the VFW
headline with its date '- 2001-11-14' as stored), the subheading 'Volunteers show up' as a line; wording and typos
('Beruit, Lebanon', 'Milt Krause, received', 'There’s a few things', 'the New York-based Conference board'), double spaces inside paragraphs of web pages, dashes and
quotation marks (straight, curly or mixed as stored) are as stored. Pages read but left out: stories already in earlier
sets (the VOA Katrina staging-area report 391633, heldout27-en; the VOA Thanksgiving volunteers report 398813,
heldout101-en; the VOA Iowa State Fair report 143738, heldout27-en; the VOA Boston Marathon report 1897512,
heldout257-en; the VOA Houston flood report 3294583, heldout647-en; FEMA releases on the Volusia County Community
Relations teams and on the Hurricane Katrina evacuee Bernard Nora, heldout559-en and heldout532-en; the MBCC and Glacial
Ridge releases of FWS and Interior, heldout116-en; EPA releases of 2019 and 2020 on Superfund accomplishments,
heldout29-en and heldout584-en, and the 2020 Strasburg Landfill report, whose lead paragraph is printed in heldout29-en's
'What They Are Saying' page), pages whose stored part keeps fewer than two complete quotations with marks (a Forest
Service release of 2012 on the Waldo Canyon fire, a NASA Marshall release of 2014 on the Human Exploration Rover
Challenge, an eca.state.gov story of 2018 on exchange participants' safety, FWS releases of 2010 on Endangered Species
Day, a VOA report of 2016 on the Houston floods, a VOA Learning English report of 2006 on the National Spelling Bee),
radio transcripts with speaker labels (VOA's 'Our World' of 2007 and 2009), list and feed pages (FEMA blog and
press-release lists, BLM and NOAA news lists, DOJ press-release indexes) and pages of newspapers, TV stations, wire
services and blogs found by the same searches. None of the pages used is in any set above or in another helper's
worktree (checked by URL and page id (556410, 1816993, 4008145, 550047, 261206319, 103960849, newsrelease.fema?id=46337),
by headline and by the names of their speakers and phrases, such as Claire Rusk, Kilmer Caban, Chris Christopher, Kathy
Grannis, Jason Schlefer, Peter Chau, 3P Offroad, John Groat, Patrick Byers, Milt Krause, Roars Into DC, exorbitant
permit fees, Artie Miller, Gregg Rosen, Shierholtz, 99ers and Sandy Coachman, with grep over tests/data of the main tree
and of every other helper's worktree (heldout665-679): no hit, except Mil Arcega and Carla Babb, VOA reporters named in
other VOA reports of earlier sets). The annotation (rules H2405–H2409 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h680-2008-11-26-consumer-confidence-holiday-shopping",
    source="https://www.voanews.com/a/a-13-2008-11-26-voa38-66605487/556410.html",
    license=PDV, retrieved=PAGES + " (VOA News report by Catherine Cannon of November 26, 2008 on low consumer confidence at the start of the holiday shopping season, with the shoppers Claire Rusk of Alexandria, Virginia, and Kilmer Caban; " + DROP_NAV + "; headline kept as the first line; the last paragraph, 'Some retail store owners, who normally make the bulk of their profits this time of year, are hopeful that the h', cut in the stored copy, dropped; `she said`, `she noted` and `he explained` after presenting sentences in reported speech (H2409); straight marks as stored)",
    text='''US Consumer Confidence Still Low as Holiday Shopping Season Begins
As the beginning of the traditional U.S. holiday shopping frenzy approaches, there are deep concerns about how the faltering economy might affect spending choices. As VOA's Catherine Cannon reports from Washington, the economic crisis has hurt consumer confidence in the United States and left both retail store owners and shoppers skittish this holiday season.
Economists say confidence in the U.S. economy has improved since the financial crisis began, but it is still at a very low level. This week, the New York-based Conference board said its consumer confidence is about half of what it was this time last year. As people struggle to deal with job losses and dwindling retirement funds, their outlook of the country's economic situation remains pessimistic during the biggest consumer spending time of the year.
Claire Rusk, a shopper in Alexandria, Virginia, says she is changing her holiday spending habits this year because of the economic crisis, even though her nine-year-old son expects Christmas as usual.
"His list is longer than ever, so I was listening to how you tell him that his list better be shorter this year," she said.
Rusk says the crisis is forcing her to think hard about her purchases.
"I'm just going to be more careful. I'm going to make a list. I'm not going to randomly shop," she noted. "I usually just go out and shop, but I'm going to have a plan before I go out this year."
And Rusk is not alone. Kilmer Caban, a shopper at the Pentagon City Mall outside Washington, D.C., says he is going to try to spend the same amount for gifts as last year, but he knows some of his family members are cutting back.
"My sister and her husband say they will not be spending as much, due to the cost of gas and the economy and everything," he explained.''',
    quotes=[
        Q('"His list is longer than ever', 'shorter this year,"', "Claire Rusk"),
        Q('"I\'m just going to be more careful.', 'randomly shop,"', "Claire Rusk"),
        Q('"I usually just go out and shop', 'out this year."', "Claire Rusk"),
        Q('"My sister and her husband', 'and everything,"', "Kilmer Caban"),
    ],
    aliases={"Claire Rusk": ["Claire Rusk", "a shopper in Alexandria, Virginia", "Rusk"],
             "Kilmer Caban": ["Kilmer Caban", "a shopper at the Pentagon City Mall outside Washington, D.C."]},
),
dict(
    id="voa-en-h680-2013-12-24-malls-fewer-holiday-shoppers",
    source="http://www.voanews.com/content/despite-deep-discounts-malls-reporting-fewer-shoppers-shorter-lines/1816993.html",
    license=PDV, retrieved=PAGES + " (VOA News report of December 24, 2013 by Mil Arcega on fewer holiday shoppers at US malls, with Chris Christopher of IHS Global Insight and Kathy Grannis of the National Retail Federation; the section line 'News / Economy' and the video box (its title 'Malls: Fewer Shoppers, Shorter Linesi', the mark 'X', the date line 'December 24, 2013 9:59 PM', its summary 'Market research shows ... But as Mil Arcega reports, the shopping season may not yet be over.' and the repeated title 'Malls: Fewer Shoppers, Shorter Lines') dropped (H710); lines holding only a space dropped; headline kept as the first line; the last paragraph, '“We’ve really seen it ramp up in the last few days,\" he said. \"So obviously you’re getting people with a heightened sense of urge', cut in the stored copy, dropped with Jason Schlefer's complete first piece (H2121, H2409); pieces that open with a curly mark and close with a straight one and the other way round, and `says spokesperson X` after reported speech (H2409); 'There’s a few things', the double space after 'online.' and the mixed marks as stored)",
    text='''Despite Deep Discounts, US Malls See Fewer Holiday Shoppers
Despite deep discounts and longer shopping hours, some malls are reporting fewer consumers and shorter shopping lines in the final days leading up to the Christmas holiday, an observation corroborated by market research reports.
Analytics firm RetailNext says the number of visits to brick and mortar stores fell between five and seven percent, compared to the same weekend last year.
While the numbers might indicate a tough year ahead for retailers, some analysts say the shopping season is not over yet.
“There’s a few things happening here," said Chris Christopher, director of consumer economics at IHS Global Insight. "One thing is the shift to online.  However there is one weekend shorter this holiday shopping season than last year.”
All told, Christopher says, this holiday season could turn out to be the weakest since 2009. But the National Retail Federation says it’s too early to tell, and that it plans to stick to its forecast of a 3.9 percent increase over last year, says spokesperson Kathy Grannis.
“Our forecast really is based on an economic expectation, and overall we do feel that retailers are on pace for a healthy holiday season," said Grannis.
The Federation estimates holiday sales between November and December will top 600 billion dollars, including the 13-to-15 percent increase in the number of people who shopped online this year.
Jason Schlefer, a manager at Best Buy, predicts a surge of last minute shoppers.''',
    quotes=[
        Q('“There’s a few things happening here,"', None, "Chris Christopher"),
        Q('"One thing is the shift to online.', 'than last year.”', "Chris Christopher"),
        Q('“Our forecast really is based', 'holiday season,"', "Kathy Grannis"),
    ],
    aliases={"Chris Christopher": ["Chris Christopher", "director of consumer economics at IHS Global Insight", "Christopher"],
             "Kathy Grannis": ["Kathy Grannis", "spokesperson Kathy Grannis", "Grannis"]},
),
dict(
    id="voa-en-h680-2017-volunteers-flock-to-houston",
    source="https://www.voanews.com/a/volunteers-flood-houston-help-hurricane-victims/4008145.html",
    license=PDV, retrieved=PAGES + " (VOA report of 2017 on volunteers with boats in Houston after Hurricane Harvey, with the Vietnamese-American volunteer Peter Chau (no writer in the stored copy); " + DROP_NAV + "; the media-player lines (the video title 'Volunteers Flood to Houston to Help Hurricane Victims', 'please wait', 'No media source currently available', '0:00 0:02:04 0:00') and the headline's trailing space dropped; headline kept as the first line, the summary paragraph 'Even though the rain in Houston has stopped, ... lawmakers in Washington.' kept as the first paragraph and the subheading 'Volunteers show up' kept as a line; the last paragraph, 'In northwest Houston, one of these staging areas is at 3P Offroad, ... before heading to flooded neighborhoo', cut in the stored copy, dropped; a partial quotation of the speaker's unnamed parents, and a cue-less quotation paragraph after a paragraph of reported speech with `he added` (H2406); em dashes and curly marks as stored)",
    text='''Volunteers Flock to Houston to Help Hurricane Victims
Even though the rain in Houston has stopped, many neighborhoods near dams and rivers are still under water. From around Texas and beyond, volunteers, who connected through social media, are in their boats giving a helping hand. They say, what's happening in Texas is a good model for lawmakers in Washington.
Days of torrential rain have ended in Houston, but many neighborhoods are still under water, especially those near overflowing dams and rivers. The catastrophic weather has brought out a host of volunteers — from across Texas and from other states — to lend a helping hand. Many came with their boats.
Vietnamese-American Peter Chau does not have a boat but decided to turn out to help. His home in the northwestern part of Houston was not flooded. His parents, who came to the United States from Vietnam, said he was doing “a good job” by volunteering for the search-and-rescue efforts.
“We went to downtown Houston and rescued some people that were stuck in their home ’cause the levee broke down there,” Chau said. “We’re trying to get them out as fast as we can.”
The volunteers may not have known each other before, he added, but they all feel like family now.
“No matter what color or race, everyone is out there on the boats. No matter what color, race, we’re there as Houstonians, Texans — helping each other out.”
Volunteers show up
Volunteers have converged on staging areas around Houston, where boat owners get their assignments — which neighborhoods to search for stranded flood victims and where to take them.''',
    quotes=[
        Q('“a good job”', None, None),
        Q('“We went to downtown Houston', 'broke down there,”', "Peter Chau"),
        Q('“We’re trying to get them out', 'as we can.”', "Peter Chau"),
        Q('“No matter what color or race', 'helping each other out.”', "Peter Chau"),
    ],
    aliases={"Peter Chau": ["Peter Chau", "Vietnamese-American Peter Chau", "Chau"]},
),
dict(
    id="voa-en-h680-2001-11-14-veterans-of-foreign-wars-talk-with-voa",
    source="https://www.voanews.com/a/a-13-a-2001-11-14-31-veterans-66417012/550047.html",
    license=PDV, retrieved=PAGES + " (VOA News report of November 14, 2001 from a Veterans of Foreign Wars post in Waldorf, Maryland, on Veterans Day, with the post commander John Groat and the veterans Patrick Byers and Milt Krause (no writer in the stored copy); " + DROP_NAV + "; headline kept as the first line with its date '- 2001-11-14' as stored; the last paragraph, 'Veterans’ Day used to be called Armistice Day, the day World War I ended, at 11:00 a.m. on Novemb', cut in the stored copy, dropped; `X said, “...”` introductions, `he said` after a sentence presenting a second speaker in the same paragraph, the name of an invasion in marks and an unnamed veteran's words (H2408); 'Beruit', 'Milt Krause, received', curly marks and the mixed straight and curly apostrophes as stored)",
    text='''Veterans of Foreign Wars Talk with VOA - 2001-11-14
Sunday was Veterans’ Day, and all over America, people honored veterans of past wars and expressed support for those serving in America’s current campaign against terrorism. Veterans Day is especially significant to an organization called the Veterans of Foreign Wars, whose members gathered at VFW posts across the country.
It is Sunday morning, Veterans’ Day, and the flag outside this VFW post in Waldorf, Maryland is lowered to half-staff. Veterans from World War II to the Gulf war and numerous conflicts in between have gathered to remember their comrades.
Post Commander John Groat said, “The one day out of the year that America unites to honor the men and women who have served our country in the armed forces.” And Vietnam veteran Patrick Byers tells us why we should be grateful. “I believe they should be honored, at least one day, for making the supreme sacrifice,” he said.
On this day, exactly two months after the September 11 attacks, many of these veterans are still outraged by the destruction. Commander Groat said, “We will resolve this issue eventually. It's a shame that it took this 5,000 people dying in New York and the 200 or so that died at the Pentagon for this to come to this. We've been battling these terrorists for years. I’ve been out of service for 16 years. I was in Beruit, Lebanon and we were battling terrorists then.”
To become a member of the VFW you must have received a campaign medal in a foreign war. Milt Krause, received his medals as part of the World War II “D-Day” invasion. He said, “If people really knew what war is, and how bad it is, we wouldn't be having wars.”
Another veteran said, “Armistice Day was an annual holiday in the United States, Great Britain, and France celebrating the day of the end of World War I.”''',
    quotes=[
        Q('“The one day out of the year', 'in the armed forces.”', "John Groat"),
        Q('“I believe they should be honored', 'supreme sacrifice,”', "Patrick Byers"),
        Q('“We will resolve this issue eventually.', 'terrorists then.”', "John Groat"),
        Q('“D-Day”', None, None),
        Q('“If people really knew', 'having wars.”', "Milt Krause"),
        Q('“Armistice Day was an annual holiday', 'World War I.”', None),
    ],
    aliases={"John Groat": ["John Groat", "Post Commander John Groat", "Commander Groat"],
             "Patrick Byers": ["Patrick Byers", "Vietnam veteran Patrick Byers"],
             "Milt Krause": ["Milt Krause"]},
),
dict(
    id="voa-en-h680-2019-05-26-rolling-thunder-one-last-time",
    source="https://www.usnews.net/news/261206319/rolling-thunder-roars-into-dc-one-last-time",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of May 26, 2019 on the last Rolling Thunder ride on the National Mall, on the syndication site usnews.net, credited 'Voice of America' in its credit line; the site's date line 'Mon, 06 Jul 2020', the credit line 'Voice of America', the date line '26 May 2019, 22:35 GMT+10' and the newsletter lines 'Sign up for US News' and 'a daily newsletter full of things to discuss over drinks.and the great thing is that it's on the house!' dropped; headline kept as the first line; the copy ends on a complete paragraph, which is kept; the group's name in single marks in the headline, the group's words inside another speaker's reported speech and a tweet in single marks after `said he` (H2407); single straight marks and the apostrophes inside them as stored)",
    text=''''Rolling Thunder' Roars Into DC One Last Time
Sunday marks the last time hundreds of thousands of Rolling Thunder motorcycles will participate in the Memorial Day observance on the National Mall.
For many people, the group's decades-long presence with the loud hum of their motorcycle engines has become synonymous with Memorial Day activities in Washington.
Rolling Thunder's Ride for Freedom was designed to raise awareness of service people who have given their lives or are missing in action during U.S. military combat.
Rolling Thunder Executive Director Artie Miller says he has grown frustrated with dealing with the Pentagon in coordinating the annual Ride for Freedom on Memorial Day.
He says sponsors, participants and vendors were not allowed access to parking lots last year, even though Rolling Thunder said it had paid 'exorbitant permit fees.'
In a tweet Saturday, President Donald Trump said he 'Can't believe that Rolling Thunder would be given a hard time with permits in Washington, D.C. They are great Patriots who I have gotten to know and see in action. They love our Country and love our Flag. If I can help, I will!'
In 2020, the non-profit Rolling Thunder is asking its 90 local chapters to hold their own individual Memorial Day demonstrations with the intent of spreading it and growing participation even further. That's why Miller doesn't view this as the end of the event, but rather as a transformation of it.
U.S. Defense Department figures show that 83,000 American military personnel remain unaccounted for, and the large majority - about 73,000 - are from the Second World War. Upwards of 7,700 are from the Korean War, and some 1,600-plus are from the Vietnam War.''',
    quotes=[
        Q("'Rolling Thunder'", None, None),
        Q("'exorbitant permit fees.'", None, "Rolling Thunder"),
        Q("'Can't believe that Rolling Thunder", "If I can help, I will!'", "Donald Trump"),
    ],
    aliases={"Rolling Thunder": ["Rolling Thunder"],
             "Donald Trump": ["Donald Trump", "President Donald Trump"]},
),
dict(
    id="voa-en-h680-2010-09-28-unemployed-americans-search-for-lifeline",
    source="https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2010%2FSep%2F28%2F103960849",
    license=PDC, retrieved=PAGES + " (gopher-proxy copy of VOA's headline feed: a VOA report by Carla Babb of September 28, 2010 on an unemployed '99er', Gregg Rosen, with the economist Heidi Shierholtz; the lines 'Originally posted by the Voice of America.' and 'Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain.' and the byline line 'Carla Babb 28 September 2010' dropped; headline kept as the first line; the paragraphs' hard line breaks, indentation and justification spaces joined into single spaces and the paragraphs found by their unjustified last lines (H700, H2405); the last line, 'Businesses have downsized or shut down on main streets across America,', cut in the stored copy, dropped; a word in single marks in the headline and a group's name for itself in double marks (H2405); 'Shierholtz' and straight marks as stored)",
    text='''Unemployed Americans Search for 'Lifeline' Until Jobs Return
Unemployed workers in the United States are eligible for up to 99 weeks of government-provided financial assistance. Those who have used up their benefits call themselves "99ers" in reference to this limit. VOA's Carla Babb reports on how one 99er is struggling to survive with absolutely no income.
Gregg Rosen lost his job as a sales manager nearly three years ago and is still unemployed.
"It literally is like something in a dream, to remember what it's like to actually be able to go out, and put in a day's work and receive a day's pay," he said.
At first, Rosen bought groceries and made house payments with the help from unemployment insurance. It pays laid off workers up to half of their previous wages while they look for work. But now, that insurance has run out for him, and he has to make tough choices. He's cut back on medications and he no longer helps support his disabled mother.
"That devastates me," said Rosen.
New research says the U.S. recession is now over, but many people remain unemployed. Economist Heidi Shierholtz says unemployed workers face impossible odds.
"There is literally only one job opening for every five unemployed workers, so four out of five unemployed workers have actually no chance of finding a new job," said Shierholtz.''',
    quotes=[
        Q("'Lifeline'", None, None),
        Q('"99ers"', None, None),
        Q('"It literally is like something in a dream', 'a day\'s pay,"', "Gregg Rosen"),
        Q('"That devastates me,"', None, "Gregg Rosen"),
        Q('"There is literally only one job opening', 'a new job,"', "Heidi Shierholtz"),
    ],
    aliases={"Gregg Rosen": ["Gregg Rosen", "Rosen"],
             "Heidi Shierholtz": ["Heidi Shierholtz", "Economist Heidi Shierholtz", "Shierholtz"]},
),
dict(
    id="fema-en-h680-2008-10-16-hurricane-recovery-people-helping-people",
    source="https://webarchive.library.unt.edu/eot2008/20081024160446/http://www.fema.gov/news/newsrelease.fema?id=46337",
    license=PD, retrieved=PAGES + " (FEMA news release 1791-144 of October 16, 2008 from Austin, Texas, on Community Relations teams after Hurricane Ike, with the Federal Coordinating Officer Sandy Coachman, End of Term web archive copy of fema.gov; the lines 'Release Date: October 16, 2008', 'Release Number: 1791-144', '» More Information on Texas Hurricane Ike' and '» En Español' and the headline's trailing space dropped (as in heldout532-en); headline kept as the first line; the dateline 'AUSTIN, Texas -- ' kept as stored; the last paragraph, 'In addition to going door-to-door, the Community Relations teams continue to contact local officials, business owners and clergy.  The objective is to provide resource materials to religious organizations, libraries, stores, community organizations, schools and other public gathering', cut in the stored copy, dropped; `said X` between two pieces, with the title before the name (H2409); the writer's `Their message: To apply, ...` without marks (H2409); double spaces and straight marks as stored)",
    text='''Hurricane Recovery Starts with People Helping People
AUSTIN, Texas -- After a disaster, sometimes you need more than a toll-free phone number.  A visit by a friendly, helpful human being can make a big difference.
Teams of Community Relations specialists who work for the state of Texas and the Federal Emergency Management Agency (FEMA) fanned out across the 34 Texas counties designated for Individual Assistance under the Hurricane Ike disaster declaration.
They are going door-to-door in all the impacted neighborhoods to make sure people who suffered uninsured or underinsured damages or loss have the information they need to apply for disaster assistance by phone or online if computer access is available. Their message: To apply, call FEMA at  1-800-621-FEMA (3362), TTY 1-800-462-7585, 24 hours a day, seven days a week, or online at www.fema.gov.
Colorful flyers in English, Spanish, Vietnamese, Chinese and Korean carry diverse messages about where to find a Disaster Recovery Center for face-to-face help, how to clean mold from a flooded house, deadlines for filing for disaster assistance. Other handouts include tri-fold brochures with more in-depth information to help disaster assistance applicants understand eligibility for federal programs and, sometimes, coloring books with disaster preparedness information.
"We use every possible avenue to get the information out to the folks who need it," said Federal Coordinating Officer Sandy Coachman. "We are looking for that one person who needs disaster assistance information and hasn't gotten it in any other way."''',
    quotes=[
        Q('"We use every possible avenue', 'who need it,"', "Sandy Coachman"),
        Q('"We are looking for that one person', 'any other way."', "Sandy Coachman"),
    ],
    aliases={"Sandy Coachman": ["Sandy Coachman", "Federal Coordinating Officer Sandy Coachman"]},
),
]
