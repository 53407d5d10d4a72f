# Held-out English news texts (tests/data/heldout429-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# a VOA Khmer report on rice farmers in Battambang asking for irrigation (voacambodia.com 1505768), an insidevoa.com
# report on a VOA Hausa town hall on girls' education in Sokoto, Nigeria (178504), a VOA Special English Health Report
# of April 2010 on South Africa's HIV testing campaign (yingyuke.net 34601), the opening of VOA's science magazine 'Our
# World' of 13 September 2008 (voanews.com 563502), a VOA News report by Scott Bobb of 24 August 2008 on African medals
# at the Beijing Olympics (testbig.com), a VOA Standard English report by Jim Bertel of 19 June 2006 on young football
# players from around the world visiting Washington (yingyuke.net 235093), two VOA Standard English reports by Chris Cox
# of June and July 2008 on the U.S. women's soccer coach Pia Sundhage (yingyuke.net 158664 and 243148) and a VOA News
# report of 2016 on refugee runners training in Kenya for the Rio Olympics (voa.pangea-cms.com 3379558). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, section labels, bylines, date
# lines, photo captions, video lines and the learners' sites' time/author/category lines are dropped; a headline is
# kept as the first line where stored whole; wording, vocabulary numbers and quotation marks (straight or curly as
# stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2035-H2040 in
# ANNOTATION.md on top of H1-H2034).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout429-en.jsonl

Built by `build.py` from `heldout429_pages.py`. Like the VOA sets above (heldout424-en, heldout413-en, heldout403-en,
heldout391-en and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout391-en,
heldout413-en and heldout424-en), these texts are Voice of America texts (US government works in the public domain,
17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), chosen for topics the earlier VOA sets used
little (agriculture in Asia, education, health and science in Africa, sport): a VOA Khmer report by Khoun Theara on
rice farmers in Battambang who need irrigation, with the farmer Hun Pes (voacambodia.com 1505768); an insidevoa.com
report on a VOA Hausa Service town hall on girls' education in Sokoto, Nigeria, with Hajia Amina Namadi Sambo, the wife
of Nigeria's vice president (insidevoa.com 178504); a VOA Special English Health Report of April 2010 on South Africa's
plan to test fifteen million people for HIV, with President Jacob Zuma (copy on the learners' site yingyuke.net, 34601);
the opening of the VOA science magazine 'Our World' of 13 September 2008 presented by Art Chimes, with a report by
Jessica Berman on Africa's climate and Andy Cohen of the University of Arizona (voanews.com 563502); a VOA News report by
Scott Bobb of 24 August 2008 on the African medals at the Beijing Olympics, with David Okeyo of the Kenyan committee and
the Nigerian team spokesman Tony Nezianya (copy on testbig.com); a VOA Standard English report by Jim Bertel of 19 June
2006 on young football players from many countries visiting Washington during the World Cup, with David Tyahla of the
U.S. Soccer Foundation and the Maryland coach Sasho Cirovski (yingyuke.net 235093); two VOA Standard English reports by
Chris Cox on the U.S. women's soccer coach Pia Sundhage, of June 2008 on her Olympic squad and the goalkeepers (yingyuke.net
158664) and of July 2008 on her new style of play (yingyuke.net 243148); and a VOA News report of 2016 on the refugee
runners training in Ngong, Kenya, for the first Refugee Olympic Team, with Rose Nathike Lokonyen and the camp manager
Jackson Kemoi (story 3379558 on VOA's content-management preview host voa.pangea-cms.com, licence PD as in
heldout413-en). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept, and a paragraph cut in the stored copy is dropped (noted per page: Pel
Vinh's quotation in the Battambang report, the Nigerian paragraph 'In northwest Nigeria, ...', the South African
paragraph 'The South Africa National AIDS Counc', the 'Our World' paragraph on Lake Tanganyika, the Olympic paragraph 'He
noted that the football team ...', the youth football paragraph 'Cirovski stressed ...', the Sundhage paragraphs 'They
are brave, ...' and 'USA's Kate Markgraf keep' and the refugee paragraph 'Lokonyen and her teammates ...'). Site lines
and labels ('Accessibility links', 'Breaking News', 'Economy', 'Reading audio', 'watch Youth Soccer report', the
yingyuke.net time/author/category lines and the word '英语课'), bylines and date lines, a line of hyphens, photo
captions and headlines cut by the site (H931) were dropped; wording, vocabulary numbers and quotation marks are as
stored. The two Sundhage reports are different VOA scripts of different months; they share no sentence. Pages read but
left out: a VOA News report of early 2014 on Nigerian universities resuming classes after a strike (voanews.com 1825065; one
quotation of a named person, the others of unnamed students), a VOA Standard English report on the U.S. under-17 team in
South Korea and one on the New York Philharmonic in Pyongyang, a report on a U.S.-Vietnamese musical exchange and an
insidevoa.com town hall report from Yola (one complete quotation each in the stored part), the Learning English version
of the refugee runners story (hxen.net 433194; a shorter retelling of the VOA News report used here), a Special English
report on Mandarin classes in Oregon whose sound bites match an Oregon Public Broadcasting report, a copy of a VOA report
on polio in India (ocedh.com.cn) whose quotations have lost their marks, and VOA pages already used in earlier sets
(the Zimbabwe drought reports, the Olympic coaches and amateur athletes stories of heldout157-en, the 'Art Everywhere'
programme of heldout90-en, the Refugee Learning Center, 'Our World' magazines of heldout60-en). None of the nine pages is
used in any set above (checked by URL and page id (voacambodia 1505768, insidevoa 178504, yingyuke.net 34601, 235093,
158664 and 243148, tingroom 98079, voanews.com 563502, testbig.com african-athletes-win-40-olympic-medals, pangea-cms
3379558), by headline, and by the names of the speakers and distinctive phrases such as 'Hun Pes', 'Pel Vinh', 'Khoun
Theara', 'Namadi Sambo', 'Ladi Adamu', 'Girls’ Education is Focus', 'registered a negative outcome', 'Francois Venter',
'fifteen million people for H.I.V', 'Our World — 13 September 2008', 'Andy Cohen', 'Lake Tanganyika', 'ocean
acidification is happening', 'Okeyo', 'Nezianya', 'Tyahla', 'Cirovski', 'Jim Bertel', 'Sundhage', 'Briana Scurry',
'Chris Cox', 'Jackson Kemoi', 'Lokonyen', 'Tegla Loroupe' and 'I really miss my siblings', grepped in tests/data of the
main checkout and of every other helper's worktree (heldout425-428); no hits). The annotation (rules H2035–H2040 in
`ANNOTATION.md` on top of H1–H2034) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h429-khmer-battambang-farmers-irrigation",
    source="http://www.voacambodia.com/content/farmers-face-shortage-of-irrigation-for-improved-rice-production/1505768.html",
    license=PD, retrieved=PAGES + " (VOA Khmer report by Khoun Theara on voacambodia.com, page 1505768; the section label 'Economy', the photo caption 'Cambodian farmers cut rice at a rice paddy farm during the harvest season at Sala Kumrou, Puresat province.' (stored four times, with a stray 'x') and the byline 'Khoun TheararVOA Khmer' as glued in the copy dropped; the headline kept as the first line and the summary line under it kept as the second (it repeats the fourth paragraph word for word, H2036); the dateline 'BATTAMBANG - ' kept at the start of the first paragraph as stored; the paragraph '“I’ve also heard news about the government’s ambitions ...,” said Pel Vinh, ... So how can I increase rice productivity as planned by th', cut in the stored copy, dropped (H2036); curly marks as stored)",
    text='''Farmers Face Shortage of Irrigation for Improved Rice Production
The low income made by many farmers in Battambang has forced young men to seek work as migrant labor in Thailand.
BATTAMBANG - As Cambodia seeks to improve its production of rice, farmers in the fertile province of Battambang say they need more irrigation, more training and more equipment to boost their yields.
“I’ve never seen any local authorities or NGOs visit my rice field or teach me about farming techniques, not even once,” said Hun Pes, 84, as he pumped water into his rice field. “I just get information from other villagers or hear it on the radio.”
Hun Pes said he can cultivate rice up to three times a year, for up to 7 metric tons of rice per hectare. Like other villagers, he then sells his rice harvest to middlemen from Vietnam or Thailand, who buy directly from farmers in their fields. He sells his rice for about $330 per ton. “They normally offer the same price as local buyers,” he said.
The low income made by many farmers in Battambang has forced young men to seek work as migrant labor in Thailand. Farmers here say they need more information on how to better farm, and they need more irrigation.''',
    quotes=[
        Q("“I’ve never seen any local authorities", "not even once,”", "Hun Pes"),
        Q("“I just get information", "on the radio.”", "Hun Pes"),
        Q("“They normally offer the same price as local buyers,”", None, "Hun Pes"),
    ],
    aliases={"Hun Pes": ["Hun Pes"]},
),
dict(
    id="voa-en-h429-insidevoa-nigeria-girls-education-town-hall",
    source="https://www.insidevoa.com/a/girls-education-is-focus-of-northern-nigeria-town-hall-and-journalists-training-114307934/178504.html",
    license=PD, retrieved=PAGES + " (insidevoa.com page 178504; the page furniture 'Accessibility links' and 'Breaking News' and the photo caption 'Large crowd listens intently during Town Hall meeting on Girls' Education in Sokoto, Nigeria' (stored twice) dropped; the headline kept as the first line and the summary line under it as the second (H2035); the paragraph 'In northwest Nigeria, for example, only 37 percent of the students enrolled in primary schoo', cut in the stored copy, dropped; the straight single marks of the summary line and the curly marks and apostrophes of the body as stored)",
    text='''Girls’ Education is Focus of Northern Nigeria Town Hall and Journalists’ Training
Radio & TV stations should 'spread the message about the value of girls’ education,' says wife of Nigeria's vice president
Nigerian girls are not enrolled in school due to poverty, early marriage, crowded classrooms, culture and poor infrastructure, said experts, government and religious leaders who spoke on “Girls’ Education” Thursday at a packed Town Hall meeting of about 3,000 people in the northern Nigerian city of Sokoto.
“It is fundamental that girls go to school,” said Hajia Amina Namadi Sambo, the wife of Nigeria’s vice president. “All radio and TV stations should work to spread the message about the value of girls’ education.”
Educated girls are three times less likely to get HIV/AIDS, have smaller, healthier families and earn 25 percent more income, according to Dr. Ladi Adamu of Ahmadu Bello University in Zaria, who addressed a VOA-USAID sponsored two-day training for Nigerian journalists.
The Town Hall and the related training launched a VOA Hausa Service initiative aimed at reporting on education issues in Nigeria, Africa’s most populous nation. Future Town Halls will be held in Kano, Abuja and Bauchi later this year.
Poverty is one of the major reasons parents do not enroll their children, male and female, in school, according to Rukayya Rufai, Nigeria’s minister of education, whose remarks were delivered by an aide. Although Nigeria is committed to universal basic education, many parents cannot afford school supplies and uniforms. Moreover, boys in northern Nigeria are often favored over girls, who assist with domestic chores.''',
    quotes=[
        Q("'spread the message", "girls’ education,'", "Hajia Amina Namadi Sambo"),
        Q("“Girls’ Education”", None, None),
        Q("“It is fundamental that girls go to school,”", None, "Hajia Amina Namadi Sambo"),
        Q("“All radio and TV stations", "girls’ education.”", "Hajia Amina Namadi Sambo"),
    ],
    aliases={"Hajia Amina Namadi Sambo": ["Hajia Amina Namadi Sambo", "wife of Nigeria's vice president",
                                          "the wife of Nigeria’s vice president"]},
),
dict(
    id="voa-en-h429-2010-04-special-english-south-africa-hiv-testing",
    source="https://yingyuke.net/a/34601.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English Health Report of April 2010 on yingyuke.net, a language-learning site (another copy: tingroom.com 98079, cut earlier); the site's time, author and category line ('时间:2018-12-07 作者:英语课 分类:2010年VOA慢速英语(四)月') and the word '英语课' dropped; the stored copy has no headline, so the text begins with the programme opener (as H931); the photo caption 'South African President Jacob Zuma, center, at a World AIDS Day event in Pretoria, South Africa last December' dropped; the paragraph 'The South Africa National AIDS Counc', cut in the stored copy, dropped; the vocabulary number in 'the stigma 1.' kept as stored (H930); the speaker labels kept as stored (H2037); straight and curly marks as stored)",
    text='''This is the VOA Special English Health Report.
South Africa plans to test fifteen million people for H.I.V. by June of next year. That is almost one-third of its population.
South Africa has the most people living with H.I.V. of any nation. The number of infected men, women and children is estimated at more than five and a half million -- or eleven percent of the population.
President Jacob Zuma launched the testing campaign on Sunday in Johannesburg. He announced the results of his latest blood test for H.I.V.
JACOB ZUMA: "My April results, like the three previous ones, registered a negative outcome."
He said he was sharing the results to support openness and understanding.
JACOB ZUMA: “We have to work harder together to fight the perceptions and the stigma 1. We have to make all South Africans that people living with H.I.V. have not committed any crime."
The country's former president, Thabo Mbeki, was known for the unaggressive way his government dealt with AIDS. He questioned whether H.I.V. even caused the disease.
The new testing and counseling campaign will start at a single location in each of South Africa's nine provinces this month. The program will be expanded every two months until fifty-two health centers are offering the service.
The government says it will also expand treatment and support services.
Francois Venter is a senior director in the Reproductive Health and HIV Research Unit at the University of Witwatersrand. He says the testing campaign may put additional stress on the health system, but that will show where the weaknesses are. He says knowing which areas of the system are going to cause future problems will make the effort worthwhile, even if the goal of fifteen million is not reached.''',
    quotes=[
        Q('"My April results', 'a negative outcome."', "Jacob Zuma"),
        Q('“We have to work harder', 'committed any crime."', "Jacob Zuma"),
    ],
    aliases={"Jacob Zuma": ["President Jacob Zuma", "JACOB ZUMA"]},
),
dict(
    id="voa-en-h429-2008-09-13-our-world",
    source="https://www.voanews.com/a/a-13-2008-09-12-voa25-66760582/563502.html",
    license=PD, retrieved=PAGES + " (VOA 'Our World' magazine of 13 September 2008 on voanews.com, page 563502; the page furniture 'Accessibility links' and 'Breaking News' dropped; the programme title line kept as the first line; the subheading 'New findings about Africa's climate' kept as a line (as heldout60-en); the paragraph 'Investigators base their conclusion on an analysis of a 60,000-year-old sediment core ... Democratic Republic of the Congo, Tanz', cut in the stored copy, dropped; the labels 'MUSIC:', 'HOLZER:', 'BERMAN:' and 'COHEN:' kept as stored (H300, H2037); straight marks as stored)",
    text='''Our World — 13 September 2008
MUSIC: "Our World" theme
This week on "Our World" ... One country's approach to delivering quality and value in health care ... higher food prices and a hungry world ... and changes in the oceans that could threaten coastal ecosystems ...
HOLZER: "Recently there's been evidence that ocean acidification is happening. And that can be very harmful to biological life of all different types."
Those stories, a conversation with a prize-winning biochemist, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
New findings about Africa's climate
Researchers say they have the first evidence that climate in Africa is influenced by conditions in the northern hemisphere, a finding that contradicts the main theory about climate in the subtropics. As VOA's Jessica Berman reports, scientists say the discovery, which was announced on Thursday, will help them make future climate predictions.
BERMAN: Climatologists have long debated what forces make countries in the tropics hot and humid and those in the northern hemisphere relatively warm and mild.
Andy Cohen is a professor of geosciences at the University of Arizona in Tucson.
COHEN: "The tropics are the heat engine of our planet, if you will. And so it's really important for understanding climate history, and it also gives us a background for understanding and evaluating the kinds of climate changes that we're seeing around the world today."
BERMAN: In a study published this week in Science, researchers offer the first solid evidence that the climate in tropical Africa is influenced by conditions in the northern latitudes, not by solar radiation patterns along the equator as is generally believed.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"Recently there\'s been evidence', 'all different types."', "HOLZER"),
        Q('"Our World."', None, None),
        Q('"The tropics are the heat engine', 'around the world today."', "Andy Cohen"),
    ],
    aliases={"HOLZER": ["HOLZER"],
             "Andy Cohen": ["Andy Cohen", "COHEN"]},
),
dict(
    id="voa-en-h429-2008-08-african-athletes-win-olympic-medals",
    source="http://testbig.com/voa/african-athletes-win-40-olympic-medals",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Scott Bobb of 24 August 2008 on the learners' site testbig.com; the site line 'Reading audio' and the date line '24 August 2008' dropped (as heldout424-en); the headline kept as the first line; the paragraph 'He noted that the football team was undefeated until the final game. ... bronze medals in the women's long jump and four-by-100-mete', cut in the stored copy, dropped; straight marks as stored)",
    text='''African Athletes Win 40 Olympic Medals
African runners swept the Men's Marathon race Sunday on the last day of the 29th Olympic Games in China. In all, athletes from more than a dozen African countries won medals in events ranging from running and football to swimming and kayaking. VOA's Scott Bobb reports from Beijing.
Kenya's Samuel Wansiru and Morocco's Jaouad Gharib Sunday broke the 24-year-old Olympic record in the Men's Marathon race while Ethiopia's Tsegay Kebede came in third.
Kenya was one of the most successful African teams, winning five gold medals and 14 medals in all. Kenya excelled in long distance running events but also took gold and silver in the women's 800 meters.
The head of the Kenyan Committee in Beijing, David Okeyo, noted that the team performed much better than at the previous Olympics in Athens, Greece and said this was due to its training program for young athletes.
"Our youth program has really increased and it's really helping. It's a very good buildup toward these kinds of Games and the Championships," said Okeyo.
Kenya is to host the Africa Championship games in two years in Nairobi. Okeyo says in anticipation, Kenya is working hard on the sprints and field events.
Ethiopia also did well in the long distance races. It won four gold medals, in the men's and the women's 5,000- and 10,000-meters, and bronze in the men's marathon on Sunday.
Nigeria won the silver medal in men's football, or soccer, losing to Argentina one-nil, in a tough match Saturday in Beijing.
Nigeria team spokesman Tony Nezianya said Nigeria also expected to do better in athletics, especially the relay events.
"We had expected that we would have performed much, much better than we have done but on the whole we are not totally disappointed," said Nezianya.''',
    quotes=[
        Q('"Our youth program', 'and the Championships,"', "David Okeyo"),
        Q('"We had expected', 'not totally disappointed,"', "Tony Nezianya"),
    ],
    aliases={"David Okeyo": ["The head of the Kenyan Committee in Beijing", "Okeyo"],
             "Tony Nezianya": ["Nigeria team spokesman Tony Nezianya", "Nezianya"]},
),
dict(
    id="voa-en-h429-2006-06-youth-soccer-time-to-make-friends",
    source="https://yingyuke.net/a/235093.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Jim Bertel of 19 June 2006 on yingyuke.net, a language-learning site; the site's time, author and category line ('时间:2019-02-06 作者:英语课 分类:2006年VOA标准英语(六月)'), the word '英语课', the byline and date lines 'By Jim Bertel', 'Washington, DC' and '19 June 2006', the line 'watch Youth Soccer report', the photo captions 'Memory, a young player from Uganda', 'David Tyahla' and 'Sasho Cirovski' and the line of hyphens after the lead dropped (H2039); the stored copy has no headline, so the text begins with the lead (as H931); trailing spaces at paragraph ends removed, the double spaces inside Tyahla's quotation kept as stored; the vocabulary numbers ('Initiative 1', 'partnership 2', 'Foundation 3', 'learning 4', 'Excelling 5') kept as stored (H930); the paragraph 'Cirovski stressed the importance of both athletics 6 and academics ... and encour', cut in the stored copy, dropped; straight marks as stored)",
    text='''A group of young football (soccer) players from all over the world have been in the United States at the invitation of the U.S. State Department celebrating the World Cup. During their visit the athletes took the World Cup's motto -- "a time to make friends" -- to heart.
The young players are from all over the world: Africa, South America, Asia, the Middle East, with one thing in common: a love of football (soccer).
The young athletes, ranging in age from 13 to 18, are spending two weeks together as part of the World Cup Sports Initiative 1, a partnership 2 between the U.S. government and the major football organizations in the United States.
David Tyahla, with the U.S. Soccer Foundation 3, says the visitors are becoming good friends. "It is a great way to live up to the slogan of this year's World Cup which the German organizers are calling  'A Time to Make Friends.'  And that's the whole point about it: crossing boundaries, bringing the global community into the world's game."
The young athletes spent a week in Washington, D.C. learning 4 about football in the United States. Excelling 5 on the field was a big part of the week's activities. But organizers hope the athletes will take an even more important message home with them: how success in sports can translate to success off the field.
Sasho Cirovski coaches the University of Maryland's Men's Football team. "Our greatest glory is not in never falling but rising every time we fall. Because that is what sports teaches you -- you get knocked down, you get up. You learn from your mistakes."''',
    quotes=[
        Q('"a time to make friends"', None, None),
        Q('"It is a great way', 'into the world\'s game."', "David Tyahla"),
        Q('"Our greatest glory', 'from your mistakes."', "Sasho Cirovski"),
    ],
    aliases={"David Tyahla": ["David Tyahla", "David Tyahla, with the U.S. Soccer Foundation 3"],
             "Sasho Cirovski": ["Sasho Cirovski"]},
),
dict(
    id="voa-en-h429-2008-06-sundhage-names-olympic-squad",
    source="https://yingyuke.net/a/158664.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Chris Cox of June 2008 on yingyuke.net, a language-learning site; the site's time, author and category line ('时间:2019-01-13 作者:英语课 分类:VOA标准英语2008年(六月)') and the word '英语课' dropped; the stored copy has no headline, so the text begins with the lead (as H931); the photo captions 'Briana Scurry 1 warms up with teammates during a training session (2007 file photo)' and 'US goalkeeper Hope Solo (2007 file)' dropped, so the kept vocabulary numbers start with 'Hope Solo 2' (H930, H2038); the paragraph '\"They are brave, and the fact that they can p', cut in the stored copy, dropped; straight marks as stored)",
    text='''United States Women's Soccer team head coach Pia Sundhage has named the 18 players who will be going to Beijing for the upcoming Olympic Games. Chris Cox has the story.
The biggest surprise is that longtime goalkeeper Briana Scurry was not selected. Sundhage said the 36-year-old Scurry acted very professional when she told her that the goalies would be 25-year-old Hope Solo 2 and 26-year-old Nicole Barnhart.
Scurry has played more games and earned more victories than any U.S. soccer goalie in history, male or female. But she was at the center of a controversy 3 at last year's women's World Cup when former coach Greg Ryan put her in goal in the semifinal against Brazil, citing 4 her experience, even though goalie Hope Solo had recorded shutouts in the previous two matches. The Americans were upset, 4-0, and Solo made some remarks that were indirectly 5 critical of Scurry.
Sundhage said last year's rift 6 was not a factor in her decision to pick Solo and Barnhart.
"No, not at all. The reason why I have picked these two goalkeepers, they have just the game suited for international games, and especially the way we play," she said. "We want to keep the ball."
Coach Sundhage then pressed the issue on the style of play she wanted to go with and how the goalies fit into her game plan.
"We talk about keep possession and switch the point of attack and I want them to do that in the back four and even use the goalkeeper and both Hope and Nicole, they are very good with their feet and that is necessary the way we're playing right now," she said.
Sundhage, who has been on the job for only seven months, talked about her team's strengths and seems very impressed by the way the players have adapted to her new style.''',
    quotes=[
        Q('"No, not at all.', 'the way we play,"', "Pia Sundhage"),
        Q('"We want to keep the ball."', None, "Pia Sundhage"),
        Q('"We talk about keep possession', 'playing right now,"', "Pia Sundhage"),
    ],
    aliases={"Pia Sundhage": ["United States Women's Soccer team head coach Pia Sundhage", "Sundhage",
                              "Coach Sundhage"]},
),
dict(
    id="voa-en-h429-2008-07-sundhage-swedish-style",
    source="https://yingyuke.net/a/243148.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Chris Cox of July 2008 on yingyuke.net, a language-learning site; the headline line 'VOA标准英语2008年-US Women's Soccer Team Hopes Change Will Bring', cut by the site, dropped with its label (H931), so the text begins with the lead; the site's time, author and category line ('时间:2019-02-08 作者:英语课 分类:VOA标准英语2008年(七月)') and the photo caption 'Pia Sundhage' dropped; the vocabulary numbers ('reclaimed 1', 'dictate 2 tempo 3', 'roster 4') kept as stored (H930); the paragraph 'USA's Kate Markgraf keep', cut in the stored copy, dropped; straight marks as stored)",
    text='''The U.S. Women's Soccer team has won a medal at every Olympic game since women's soccer was introduced at the Atlanta games in 1996. The Americans won the gold in Atlanta, silver at the 2000 Sydney games, and reclaimed 1 the gold in the 2004 Athens Olympics. But after an underachieving third place finish at the last year's Women's World Cup in China, changes were made. VOA's Chris Cox has the story.
One of the biggest changes the United States Women's Soccer team has seen is style of play under new head coach Pia Sundhage. She wants her team to control the ball and dictate 2 tempo 3 more.
The 48-year-old is the first-ever foreign-born person to coach the national team and the second woman. Before taking the job last November, Sundhage was familiar with many of the U.S. players, as she was a head coach in the WUSA, the now-defunct U.S. professional women's soccer league. At last year's women's World Cup in China, she was an assistant on the Chinese coaching staff.
For the Beijing Olympics, Sundhage named seven players who were not part of the team during last year's disappointing third place finish at the Women's World Cup, and she selected three to their first roster 4 for a senior national team.
Sundhage has tried to infuse some of her Swedish style into the team's game plan and told VOA Sports she is happy with the way her players have adjusted to both her and her style.
"You know, it seems like they love it. Well, they like it, at least," she said. "And it seems that they like me, so that's a good start. Then, the fact that they're interested and they're curious about this new Swedish style - or whatever you want to call it - that makes it so much easier. So, I'm brave and I want to make some changes and they are very brave because it seems like they want to follow the coaching staff."''',
    quotes=[
        Q('"You know, it seems like they love it.', 'at least,"', "Pia Sundhage"),
        Q('"And it seems that they like me', 'follow the coaching staff."', "Pia Sundhage"),
    ],
    aliases={"Pia Sundhage": ["new head coach Pia Sundhage", "Sundhage"]},
),
dict(
    id="voa-en-h429-2016-refugee-olympic-runners-kenya",
    source="https://voa.pangea-cms.com/preview/en-US/a/refugee-athletes-compete-team-summer-olympics-symbol-hope/3379558.html",
    license=PD, retrieved=PAGES + " (VOA News report of 2016, story 3379558 on VOA's content-management preview host voa.pangea-cms.com (licence PD as heldout413-en); the stored copy begins with the body, without headline or date line, so the text begins with its first paragraph (as H931); the paragraph 'Lokonyen and her teammates had to flee their homes years ago. Now, they will run', cut in the stored copy, dropped; the mixed curly and straight marks and the spelling 'Tegle Loroupe' beside 'Tegla Loroupe' as stored (H2040))",
    text='''Kenya is hosting five of the 10 athletes who will compete in this year's Rio Summer Olympics as part of a new Refugee Olympic Team.
The International Olympic Committee says it hopes the team, representing refugees around the world, will be a “symbol of hope” and a reminder of the magnitude of the global refugee crisis.
The five competitors working out at the Tegla Loroupe Training Center for Refugee Athletes in Ngong are all originally from South Sudan.
Runner Rose Nathike Lokonyen was just 4 years old when her family fled ethnic conflict in the eastern part of the country. She has lived at the Kakuma refugee camp in Kenya for 16 years.
She thinks of her two youngest brothers often. She had to leave them at Kakuma to come to Ngong to train.
“I really miss my siblings," she said, displaying their pictures on a cellphone.
Lokonyen said she was headstrong about participating in sports from an early age. She remembers her father punishing her for playing soccer. "I really miss him because he was just looking after me. He didn’t want me to participate in any sport, but I insisted on doing just that.”
The team has a tough training regimen. Every morning, they start with stretching exercises that last for 45 minutes.
Then, the team runs for about two hours a day. Lokonyen’s event is the 800 meters.
It may be no accident that the five refugee Olympians that Kenya is hosting will compete in track and field events. This training camp is named after Kenyan marathon runner Tegle Loroupe, who holds several world records.
Jackson Kemoi, manager of the Olympians' training camp, is hopeful about the athletes' prospects in Rio.
“They had good time in our trials, so that’s the special thing they have," he said. "Another thing, they are also disciplined ... and that is what is needed most. These are the best guys, and they have persevered in the camp since September last year up to now.”''',
    quotes=[
        Q("“symbol of hope”", None, "International Olympic Committee"),
        Q('“I really miss my siblings,"', None, "Rose Nathike Lokonyen"),
        Q('"I really miss him', 'doing just that.”', "Rose Nathike Lokonyen"),
        Q("“They had good time in our trials", 'thing they have,"', "Jackson Kemoi"),
        Q('"Another thing, they are also disciplined', 'last year up to now.”', "Jackson Kemoi"),
    ],
    aliases={"International Olympic Committee": ["The International Olympic Committee"],
             "Rose Nathike Lokonyen": ["Runner Rose Nathike Lokonyen", "Lokonyen"],
             "Jackson Kemoi": ["Jackson Kemoi", "manager of the Olympians' training camp"]},
),
]
