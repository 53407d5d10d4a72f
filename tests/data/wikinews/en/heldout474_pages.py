# Held-out English news texts (tests/data/heldout474-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105) with
# quotations of several speakers: a VOA News report of November 2012 on elite runners after the cancellation of the New
# York City Marathon (voanews.com 1538910), a VOA story on buying a Christmas tree at Krop's Crops in Great Falls,
# Virginia (VOA's own preview host voa.pangea-cms.com, page 3117029), a VOA News report by Jim Stevenson of August 20,
# 2008 on the Olympic hurdler Dawn Harper and the sprinter Sanya Richards in Beijing (copy on the learner site
# testbig.com), a VOA News report by Nico Colombant of February 22, 2008 on teachers and students in Monrovia, Liberia
# (voanews.com 339618), a VOA story of 2010 on Muslim families breaking the Ramadan fast together in Virginia
# (voa.pangea-cms.com 162138), a VOA News report of September 2010 on the ADAMS Center mosque in Reston, Virginia,
# during Ramadan (voanews.com 125066) and a VOA report of April 2021 on the Smithsonian Institution's 175th anniversary
# (copy on the learner site listeningexpress.com). None is credited to AP, Reuters, AFP or another third party in the
# kept text. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News', 'News / USA'), photo captions,
# the learner sites' tool lines are dropped; a headline is kept once as the first
# line where the stored copy has one (none is added where it has none); date lines and datelines are kept as stored;
# wording, typos, spacing inside paragraphs and quotation marks (straight or curly as stored) are as stored; spaces at
# the end of a paragraph are dropped. Annotated by reading the texts, before whosaid was run on them (rules H2165-H2171
# in ANNOTATION.md on top of H1-H2164).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDM = "public domain (Voice of America, US government work, 17 U.S.C. § 105; VOA's own mirror/preview host)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout474-en.jsonl

Built by `build.py` from `heldout474_pages.py`. Like the VOA sets above (heldout466-en, heldout459-en, heldout452-en,
heldout440-en and others; copies on other sites with the licence constant PDC as in heldout111-en (testbig.com) and
heldout209-en (listeningexpress.com); VOA's own preview host with the constant PDM as in heldout180-en and
heldout466-en), these texts are Voice of America texts, US government works in the public domain under 17 U.S.C. § 105
("Copyright protection under this title is not available for any work of the United States Government"), taken from
stored web pages (the `pages` search corpus). Reuse terms relied on: that public-domain status of VOA's own staff work,
which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a United States federal
government-sponsored entity, and is in the public domain"); copies on other sites (the learner sites testbig.com and
listeningexpress.com, which repost VOA stories under their VOA headlines) carry the same VOA text and add no rights of
their own; the copying sites' own lines are dropped. Texts credited to AP, Reuters, AFP or another third party were
excluded. The texts, each with quotations of several speakers: a VOA News report of November 3, 2012 on elite runners
after New York City cancelled its marathon in the wake of superstorm Sandy, with the Ethiopian Gebre Gebremariam and the
Moroccan Abderrahime Bouramdane (voanews.com 1538910; another copy of the same page, voanews.com/content, names Margaret
Besheer as its writer); a VOA story on American families buying a Christmas tree at Krop's Crops in Great Falls,
Virginia, with the buyer Abby Springmann, the owner Larry Krop and his son Andy Krop (VOA's own preview host
voa.pangea-cms.com, page 3117029, which stores no headline and no date; none is added); a VOA News report by Jim
Stevenson of August 20, 2008 from the Beijing Olympics on the hurdler Dawn Harper and the sprinter Sanya Richards (copy
on the learner site testbig.com under its VOA headline 'US Track Runners Harper, Richards Reflect on Joy, Agony of
Olympic Competition'); a VOA News report by Nico Colombant of February 22, 2008 on teachers and students in Monrovia
after President Bush's visit to Liberia, with the school principal Wesley Kennedy and the typing teacher Sylvester
Yangbae (voanews.com 339618); a VOA story of 2010 on five Muslim families breaking the Ramadan fast together in a
Virginia home, with Aida Mady, her husband Ibrahim, Yusra Shawer and Dr Said Ali (VOA's own preview host
voa.pangea-cms.com, page 162138, which stores no headline; none is added); a VOA News report of September 2010 on the
ADAMS Center mosque in Reston, Virginia, during Ramadan, with its deputy director Khalid Iqbal (voanews.com 125066); and
a VOA report of April 2021 on the Smithsonian Institution's 175th anniversary, with the Smithsonian historian Pamela
Henson and the former astronaut Alvin Drew (copy on the learner site listeningexpress.com, voacorr 2021-04-04). Licence
caveats: the pangea-cms preview pages, the testbig.com copy and the listeningexpress.com copy show no byline in the kept
text (the testbig.com copy names VOA's Jim Stevenson in its lead, the Liberian report VOA's Nico Colombant); the
listeningexpress.com copy is a learner site's repost of VOA's correspondent report and breaks off before any credit
line; no wire credit was found in any kept text. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept, and a paragraph cut in the stored copy is dropped (noted per page: the marathon report's last
stored paragraph on Abdi Abdirahman, which breaks off at the end of the stored copy and is dropped as possibly cut; the
Christmas tree story's 'It takes about five to 10 years for the trees to reach the id'; the testbig.com copy's 'The U.S.
team is hoping for more wonderful nights, ... Athletics and other Olympic even'; the Liberian report's '"For now in
Liberia, we are suffering because there is no job, no c'; the Iftar story's 'After the meal, the families perform the
nightly prayer. "Ramadan nightly prayer ... Each night we finish rec'; the ADAMS Center report's 'Iraqi Wisam Alani, a
car salesman, attends Friday p', whose subheading 'Peer support helps' is kept as the last line (H197); the Smithsonian
report's '"The Milky Way is a river of stars that don'). Site lines ('Accessibility links', 'Breaking News', 'News /
USA'), photo captions (the marathon report's 'Dressed to run, people pose for photos ...' and the ADAMS Center report's
'Muslim worshipers arrive for midday prayer service ...', each stored twice), the testbig.com line 'Reading audio' and
the listeningexpress.com tool lines ('源 稿 窗', '字号 +', '字号 -') were dropped; headlines are kept once as the first line
where the stored copy has one; the testbig.com date line '20 August 2008' is kept (as in heldout111-en) and the dateline
'WASHINGTON - ' of the Smithsonian report is kept as stored; subheadings ('Tree farm', 'Family farm', 'A touch of home',
'Peer support helps') are kept as lines; spaces at the end of a paragraph are dropped; wording, typos ('Dr Said Ali',
'he said' after Yusra Shawer, 'a predominately Muslim country'), spacing inside paragraphs ('to pray. Located',
'firemen. He', 'differently? And,', the space after the opening mark of '" I had just') and quotation marks (straight
and curly as stored, also the curly openers closed by straight marks in the marathon report) are as stored. Pages read
but left out: VOA pages already used in earlier sets (the Learning English drought report 1449416 in heldout26-en, the
honeybee story 2924344 in heldout403-en, the Student Union stories 6198813 and 6183023 in heldout246-en and
heldout44-en, the new citizens story 6179397 in heldout44-en, the VOA Khmer land dispute report 1353150 in heldout36-en,
the Venezuelan students report on poenglish.blogspot.com in heldout413-en), VOA pages whose stored part keeps a single
complete quotation (new citizens at New York's Federal Hall, voanews.com 1921495; the Chinese New Year parade in
Washington, voanews.com 163698; the FIRST robotics competition, voanews.com 1642078; Kent Klein's report on cheaper
transport, 2008), the wwenglish.org copy of the Liberian report (a second copy; VOA's own page is used), the second copy
of the Iftar story on voanews.com/usa (VOA's preview copy is used), Learning English items drawing on the Associated
Press, VOA feed aggregators whose items may be agency copy, and pages of other publishers found by the same searches.
None of the seven pages is used in any set above or in another helper's worktree (checked by URL and page id (1538910,
3117029, the testbig.com slug us-track-runners-harper-richards-reflect-joy-agony-olympic-competition, 339618, 162138,
125066, the listeningexpress.com voacorr-2021-04-04 page), by headline, and by the names of the speakers and distinctive
phrases such as 'Gebremariam', 'Bouramdane', 'Abdirahman', 'Springmann', 'Krop', 'Dawn Harper', 'Sanya Richards',
'Wesley Kennedy', 'Yangbae', 'Tangboe', 'Richard Nixon Institute', 'downtrodden masses', 'Isaiah Thomas', 'Aida Mady',
'Yusra Shawer', 'Said Ali', 'Khalid Iqbal', 'Wisam Alani', 'ADAMS Center', 'blessed month', 'Pamela Henson', 'Alvin
Drew', '175th Anniversary' and 'increase and diffusion', grepped in tests/data of the main checkout and of every other
helper's worktree (heldout468-475); no hits). The annotation (rules H2165–H2171 in `ANNOTATION.md` on top of H1–H2164)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h474-2012-11-marathoners-disappointed-new-york-cancellation",
    source="https://www.voanews.com/a/marathoners-disappointed-but-understanding-of-new-york-cancellation/1538910.html",
    license=PD, retrieved=PAGES + " (VOA News report of November 3, 2012 on elite runners after the cancellation of the New York City Marathon, voanews.com page 1538910 (the voanews.com/content copy of the same page names Margaret Besheer as writer); the lines 'Accessibility links' and 'Breaking News' and the photo caption 'Dressed to run, people pose for photos at the finish line ...', stored twice, dropped; the headline kept as the first line; the last stored paragraph, 'Somali-born American runner Abdi Abdirahman, ... said the main thing is that the people of New York recover. ', which breaks off at the end of the stored copy, dropped as possibly cut (H2165); both quotations open with a curly and close with a straight mark as stored (H2031); the brackets '[but]' and '[and]' inside Bouramdane's span as stored)",
    text='''Marathoners Disappointed, But Understanding of New York Cancellation
Runners hoping to compete in the 43rd New York City Marathon were very disappointed to have the city cancel the race less than 48 hours before it was to take place, but on Saturday they expressed understanding that the time was not right as many city residents struggle to recover from the deadly and destructive superstorm Sandy.
In 2010, Ethiopian runner Gebre Gebremariam won the New York City Marathon with a time of 2 hours 8 minutes 14 seconds. He was looking forward to running again this year, hoping to reclaim his title, lost last year to Kenyan Geoffrey Mutai. But he said he understood why the mayor had decided to cancel the race which was to take place this Sunday and follow a 42-kilometer course through all of New York's five boroughs.
“It's the right decision. We saw the damage. We saw that people are without homes, they lost their lives, they lost their homes, they lost their businesses, and we are part of them," he said.
Moroccan Abderrahime Bouramdane, who finished fifth in the 2008 and 2009 marathons and tenth in 2010, said he understood the cancellation, but felt that the city should have made the decision earlier in the week to spare the approximately 20,000 runners who come from abroad from expensive and lengthy travel.
“I said it's Friday night, it's too late to make the change and cancel the race, not for only me [but] for all people and all athletes, coming to run, [and] people running for fun," he said.''',
    quotes=[
        Q('“It\'s the right decision', 'we are part of them,"', "Gebre Gebremariam"),
        Q('“I said it\'s Friday night', 'running for fun,"', "Abderrahime Bouramdane"),
    ],
    aliases={"Gebre Gebremariam": ["Ethiopian runner Gebre Gebremariam"],
             "Abderrahime Bouramdane": ["Moroccan Abderrahime Bouramdane"]},
),
dict(
    id="voa-en-h474-american-tradition-buying-christmas-tree-krops-crops",
    source="https://voa.pangea-cms.com/preview/en-US/a/american-tradition-buying-a-christmas-tree/3117029.html",
    license=PDM, retrieved=PAGES + " (VOA story on buying a Christmas tree at Krop's Crops in Great Falls, Virginia, on VOA's own preview host voa.pangea-cms.com, page 3117029; the stored copy has no headline, byline or date and none is added (H1818); the run-in subheadings 'Tree farm' and 'Family farm' kept as lines (H197); the last paragraph, 'It takes about five to 10 years for the trees to reach the id', cut in the stored copy, dropped (H2030); the ellipsis in Springmann's first span, the customers' words in single straight marks and the parenthesis '(of coming to the farm)' inside Larry Krop's span, the double hyphen in Andy Krop's span and straight marks as stored (H2166))",
    text='''Nearly 80 percent of U.S. households — about 99 million — will decorate their living rooms with a Christmas tree this year, according to the American Christmas Tree Association.
While artificial trees have grown in popularity, many Americans consider it a tradition to visit a tree farm to get a fresh-cut, natural tree for the holiday season.
"We have our Christmas tree. ... We're going to take it home and decorate it," tree buyer Abby Springmann said recently. "It's kind of a backwards concept, to take a tree from outside and bring it indoors," she laughed while explaining the tradition.
"We're putting lights on it and ornaments, lots of ornaments. You collect the ornaments for years. I got ones from since I was 5 years old. It's fun!" she said.
Tree farm
Krop's Crops, a seasonal farm in Great Falls, Virginia, is where Springmann has been going with her family since she was 7 years old.
Buying a tree for the holidays at this local tree farm brings back lots of childhood memories and preserves her family tradition, she said.
During the holiday season, visitors can also buy decorations, such as poinsettias, wreaths and ornaments. The farm also sells seasonal vegetables, local honey and handicrafts all year round.
Larry Krop is the owner of this eight-hectare farm, which employs three generations of the Krop family.
"There's a lot of customers who come in and said, 'Larry, this is our 22nd, 23rd, 24th year' (of coming to the farm). We go back to 1986, so it's almost 30 years coming up next year, that we've been selling trees up here," Krop said.
Family farm
Although he has employees, Krop said he relies more on his children.
His son, Andy Krop, says, "Basically you're your own boss. Even though I work for my dad, we do what we know, what we need to get done -- being able to come up with ideas, new ideas of things that we can do for the business and other side businesses that we can work off of the land."''',
    quotes=[
        Q('"We have our Christmas tree', 'decorate it,"', "Abby Springmann"),
        Q('"It\'s kind of a backwards concept', 'bring it indoors,"', "Abby Springmann"),
        Q('"We\'re putting lights on it', 'It\'s fun!"', "Abby Springmann"),
        Q('"There\'s a lot of customers', 'selling trees up here,"', "Larry Krop"),
        Q('"Basically you\'re your own boss', 'off of the land."', "Andy Krop"),
    ],
    aliases={"Abby Springmann": ["tree buyer Abby Springmann", "Springmann"],
             "Larry Krop": ["Krop"],
             "Andy Krop": ["His son"]},
),
dict(
    id="voa-en-h474-2008-08-20-harper-richards-olympic-joy-agony-testbig",
    source="https://www.testbig.com/voa/us-track-runners-harper-richards-reflect-joy-agony-olympic-competition",
    license=PDC, retrieved=PAGES + " (testbig.com copy of the VOA News report by Jim Stevenson of August 20, 2008 from the Beijing Olympics, 'US Track Runners Harper, Richards Reflect on Joy, Agony of Olympic Competition', under its VOA headline; the line 'Reading audio' dropped; the date line '20 August 2008' kept (as the testbig.com copies of heldout111-en); the last paragraph, 'The U.S. team is hoping for more wonderful nights, ... Athletics and other Olympic even', cut in this copy, dropped (H2030; a second testbig.com copy without the headline keeps its end, which has no quotation); the space after the opening mark of '\" I had just', the double space in 'differently?  And,' and straight marks as stored (H2167))",
    text='''US Track Runners Harper, Richards Reflect on Joy, Agony of Olympic Competition
20 August 2008
Team USA has had mixed fortunes in athletics at the Beijing Olympics. Traditionally a power, the U.S. team has been struggling to match its success from prior Olympics. VOA's Jim Stevenson has more on two American runners who had very different experiences Tuesday on and off the track.
Dawn Harper was emotional after winning the women's 100-meter hurdles gold medal.
"You work so hard for it and for it to come true. And, to realize that it happened and you raced the best in the world," Harper said.
Just before the event, Sanya Richards was hoping to win gold at the 400-meter distance. Instead, she finished with a bronze.
"It just was not my time," she said, regretfully. " I had just a slight cramp in my right leg coming down the home stretch."
The two women typify the kind of experience the American runners have had in Beijing. In the first five days of Olympic track and field events, the United States has claimed just three gold medals.
Both women were awake for much of the night, following their race. Richards could not help but reflect on her performance.
"I think I probably slept maybe 30 minutes last night," she admitted. "I just kept asking why, what we could have done differently?  And, so it was a really hard night. Every time I closed my eyes, I saw that gold slipping away."
Harper was having some difficulties too. But winning put her trials in a different light.
"I went to bed at 3:54 a.m. That was the last time I looked at my clock," she said. "And, I went back to my room and I was locked out of my room because the handle broke. That was a wonderful ending to a great night. So I had to sleep in someone else's room. But it was a wonderful night. It really was."''',
    quotes=[
        Q('"You work so hard', 'best in the world,"', "Dawn Harper"),
        Q('"It just was not my time,"', None, "Sanya Richards"),
        Q('" I had just a slight cramp', 'home stretch."', "Sanya Richards"),
        Q('"I think I probably slept', 'last night,"', "Sanya Richards"),
        Q('"I just kept asking why', 'slipping away."', "Sanya Richards"),
        Q('"I went to bed', 'at my clock,"', "Dawn Harper"),
        Q('"And, I went back', 'It really was."', "Dawn Harper"),
    ],
    aliases={"Dawn Harper": ["Harper"],
             "Sanya Richards": ["Richards"]},
),
dict(
    id="voa-en-h474-2008-02-22-liberian-teachers-students-more-than-books",
    source="https://www.voanews.com/a/a-13-2008-02-22-voa45/339618.html",
    license=PD, retrieved=PAGES + " (VOA News report by Nico Colombant of February 22, 2008 from Monrovia on Liberian teachers and students after President Bush's visit, voanews.com page 339618; the lines 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the last stored paragraph, '\"For now in Liberia, we are suffering because there is no job, no c', cut in the stored copy, dropped with Isaiah Thomas's only quotation (H2121, H2168); the teacher's name 'Sylvester Yangbae' as on VOA's page (the wwenglish.org copy of the report prints 'Tangboe'); straight marks as stored)",
    text='''Liberian Teachers, Students Want More Than Books, Desks
Teachers and students in Liberia say they want more than textbooks and desks to improve their war-ravaged education system, following new aid pledges by President Bush at the end of his Africa tour this week. VOA's Nico Colombant reports from Monrovia.
Wesley Kennedy, the principal of the Richard Nixon Institute, reads out instructions that he posts inside classrooms to increase discipline.
He says imposing discipline at his private school in Monrovia is difficult since many students are former child soldiers.
"Many of the students that we do have here were students that fought, and so can you imagine seeing a student who was a general during the war and come back to school wearing a uniform, being restricted," he said. "It is difficult. So it is very hard for us to get the message through."
Kennedy says Liberian schools need counselors, psychologists and disciplinarians. He says students in Monrovia need libraries more than textbooks and desks, so everyone can share books and research different topics.
Sylvester Yangbae reads out the fees for the typing classes he offers in an abandoned building in downtown Monrovia.
He says he is disappointed that Mr. Bush visited the nicer places during his short visit, rather than seeing places that really need help.
"They closed the doors, betraying the downtrodden masses and President Bush," he said. "It would have been better for Bush to enter here and see how nasty this place is than to carry them to university campus, and some other places that they faced. They went up there saying, all these things, that they are doing well, while they are not doing anything."
High school dropout and father of three, Isaiah Thomas, 33, says he is slowly increasing his typing speed to 15 words a minute. He would like to go back to high school, but says he cannot afford to.''',
    quotes=[
        Q('"Many of the students', 'being restricted,"', "Wesley Kennedy"),
        Q('"It is difficult', 'the message through."', "Wesley Kennedy"),
        Q('"They closed the doors', 'President Bush,"', "Sylvester Yangbae"),
        Q('"It would have been better', 'not doing anything."', "Sylvester Yangbae"),
    ],
    aliases={"Wesley Kennedy": ["the principal of the Richard Nixon Institute", "Kennedy"]},
),
dict(
    id="voa-en-h474-2010-american-muslims-gather-to-break-fast-iftar",
    source="https://voa.pangea-cms.com/preview/en-US/a/american-muslims-gather-to-break-fast-102229249/162138.html",
    license=PDM, retrieved=PAGES + " (VOA story of 2010 on five Muslim families breaking the Ramadan fast together in a Virginia home, on VOA's own preview host voa.pangea-cms.com, page 162138; the stored copy has no headline, byline or date and none is added (H1818); the last paragraph, 'After the meal, the families perform the nightly prayer. \"Ramadan nightly prayer is an expression of devotion and seeking forgiveness. Each night we finish rec', cut in the stored copy, dropped with the unnamed speaker's quotation (H2030); 'he said' after Yusra Shawer, 'Dr Said Ali' without a full stop and the parenthesis '(near Ground Zero)' inside his span as stored (H2169); straight marks as stored)",
    text='''The holy month of Ramadan is marked by fasting from dawn to dusk. Muslim Americans end each day of fasting with a festive meal known as Iftar. After a long day, they relax and share the rituals of Ramadan from sundown to the predawn hours.
As the sun sets, several Muslim families gather in this home overlooking the Potomac River. They will break the daily fast together.
Each family has brought a dish to share.
Aida Mady is an interior decorator and a member of the American Muslim Women Association. She is hosting the Iftar. "We pray, we thank God every night and it reminds me of Thanksgiving, and I am grateful to God because he is giving us thirty thanksgivings not only one," she said.
Aida's husband, Ibrahim, is a physician. He graduated from Al Azhar University in Cairo, the oldest Islamic University in the world. "We break our fast drinking water and eating dates as the Prophet Muhammad, peace be upon him, used to do," he said, "and then we go and pray our first night prayer and then come back and eat our Iftar."
These five Muslim families attend the Iftar after a long day at work where they are surrounded by non-Muslims. Yusra Shawer, a policy analyst, copes with the challenge of being around people who are not fasting. "I am always reminding myself that it is the time when I remember God, be close to him, have devotion for the religion, so it is not too bad," he said.
Ramadan is an opportunity for Muslim Americans to unify and discuss issues related to the community. Dr Said Ali is a gynecologist in neighboring Maryland. "Despite the controversy over an Islamic cultural center (near Ground Zero) in New York, we are sure that the principles of our founding fathers would eventually prevail. There is no doubt that we Muslim Americans thank God every day for the freedoms our country secured for us," he said.''',
    quotes=[
        Q('"We pray, we thank God', 'not only one,"', "Aida Mady"),
        Q('"We break our fast', 'used to do,"', "Ibrahim"),
        Q('"and then we go and pray', 'eat our Iftar."', "Ibrahim"),
        Q('"I am always reminding myself', 'not too bad,"', "Yusra Shawer"),
        Q('"Despite the controversy', 'secured for us,"', "Said Ali"),
    ],
    aliases={"Aida Mady": ["Aida"],
             "Yusra Shawer": ["a policy analyst"],
             "Said Ali": ["Dr Said Ali"]},
),
dict(
    id="voa-en-h474-2010-09-adams-center-community-supports-muslims-ramadan",
    source="http://www.voanews.com/content/community-support-makes-observing-ramadan-easier-us-muslims-say-102074568/125066.html",
    license=PD, retrieved=PAGES + " (VOA News report of September 2010 on the ADAMS Center mosque in Reston, Virginia, during Ramadan, voanews.com page 125066; the section line 'News / USA' and the photo caption 'Muslim worshipers arrive for midday prayer service at the ADAMS center in Virginia, 13 Sep 2010', stored twice, dropped; the headline kept as the first line; the subheadings 'A touch of home' and 'Peer support helps' kept as lines, the second as the last line, since the paragraph after it, 'Iraqi Wisam Alani, a car salesman, attends Friday p', is cut in the stored copy and dropped (H197, H2030); the space at the end of the first paragraph dropped; the double and triple spaces inside paragraphs ('to pray.  Located', 'mosque.  But', 'firemen.   He'), the nested single marks of ‘Iftar’, the bracket '[the]' and the en dash inside Iqbal's span and curly marks as stored (H2170))",
    text='''Sense of Community Supports US Muslims During Ramadan
Midway through the holy month of Ramadan, Muslims gather at the All Dulles Area Muslim Society, or ADAMS Center, mosque to pray.  Located in Reston, Virginia, the center was formed 25 years ago to attend to the needs of the Muslim community.
Deputy Director Khalid Iqbal says people from 15 different countries, including the United States, participate in the center’s wide range of activities. During this time, ADAMS sees a spike in attendance.
“During the month of Ramadan, we also serve meals every evening for breaking fast for almost four to five hundred people,” Iqbal explains. “I think because of the hardship and tough economic times more and more people are coming for that also.”
A touch of home
Iqbal says there are certainly things that Muslims living in the U.S. miss about celebrating Ramadan in a predominately Muslim country -- such as the call for prayer and the sound of chanting coming from inside the mosque.  But in addition to providing the spirit of Ramadan for Muslims living in the area, ADAMS center also takes the opportunity to get acquainted with non-Muslims.
“Each year, during the opening of Ramadan we have an ‘Iftar,’ which is the opening of the fast, we have [the] FBI for example – they have been coming here every year and hosting an ‘Iftar’ for the whole community,” he says. “Which is a wonderful thing to do, we have that close of a relationship.”
The ADAMS center Deputy Director adds that “Iftars” are also held for the first responders, like police, emergency medics and firemen.   He says it’s an opportunity to share the “blessed month” with non-Muslims in the community.
Peer support helps''',
    quotes=[
        Q('“During the month of Ramadan', 'hundred people,”', "Khalid Iqbal"),
        Q('“I think because of the hardship', 'for that also.”', "Khalid Iqbal"),
        Q('“Each year, during the opening', 'whole community,”', "Khalid Iqbal"),
        Q('“Which is a wonderful thing', 'close of a relationship.”', "Khalid Iqbal"),
        Q('“Iftars”', None, None),
        Q('“blessed month”', None, "Khalid Iqbal"),
    ],
    aliases={"Khalid Iqbal": ["Deputy Director Khalid Iqbal", "Iqbal", "The ADAMS center Deputy Director"]},
),
dict(
    id="voa-en-h474-2021-04-smithsonian-institution-175th-anniversary",
    source="http://www.listeningexpress.com/englishreading/voacorr/2021/04/voacorr-2021-04-04-Smithsonian-Institution-Marks-175th-Anniversary.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA report 'Smithsonian Institution Marks 175th Anniversary' of April 2021 on the learner site listeningexpress.com, under its VOA headline; the learner site's tool lines ('源 稿 窗', '字号 +', '字号 -') dropped; the headline kept as the first line; the dateline 'WASHINGTON - ' kept as stored; the last paragraph, '\"The Milky Way is a river of stars that don', cut in the stored copy, dropped (H2030); the words of Smithson's bequest in marks are null (H2171); straight marks as stored)",
    text='''Smithsonian Institution Marks 175th Anniversary
WASHINGTON - The Smithsonian Institution is marking its 175th anniversary this year, and it expects to celebrate later this year with a futuristic exhibition that includes a robot to help prevent loneliness and a sail for deep space travel.
The Smithsonian is the world's largest museum complex, consisting of 19 museums, nine research centers, and the National Zoo.
Established by the U.S. Congress in 1846, the Smithsonian was the brainchild of James Smithson, a wealthy English chemist who left his estate to the United States for the establishment of an institution in the nation's capital "for the increase and diffusion of knowledge." With that broad concept, said Smithsonian historian Pamela Henson, the institution began collecting a vast array of items ranging from artwork to insects.
The Smithsonian has mostly been closed during the coronavirus pandemic in the past year with no reopening date set so far. More than 22 million visitors from around the globe came to the museums and zoo in 2019.
Despite being closed to the public, many of the museums' collections can still be seen virtually.
"Especially during the pandemic, this has allowed people all over the world to plug into the Smithsonian to look at the exhibits, even if they never make it to Washington," Henson told VOA. "The Smithsonian has about 154 million items which come from a variety of sources, but we don't buy many of them."
The National Air and Space Museum is the most visited Smithsonian museum.
Former astronaut Alvin Drew remembers the first time he went to the museum, then newly opened, in 1976. He was in high school in Washington and skipped class to go with some classmates.
"It was a gorgeous experience," he recalled. "Real things that made history and I never got over that."
Years later, at the International Space Station, his dream of being an astronaut came true.''',
    quotes=[
        Q('"for the increase and diffusion of knowledge."', None, None),
        Q('"Especially during the pandemic', 'make it to Washington,"', "Pamela Henson"),
        Q('"The Smithsonian has about', 'many of them."', "Pamela Henson"),
        Q('"It was a gorgeous experience,"', None, "Alvin Drew"),
        Q('"Real things that made history', 'got over that."', "Alvin Drew"),
    ],
    aliases={"Pamela Henson": ["Smithsonian historian Pamela Henson", "Henson"],
             "Alvin Drew": ["Former astronaut Alvin Drew"]},
),
]
