# Held-out English news texts (tests/data/heldout55-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America and of the U.S. Agency for Global Media (public domain, 17 U.S.C. § 105):
# voanews.com (2003, 2009 and an undated "News / Africa" feature), VOA's content system (voa.pangea-cms.com, two items of
# the Student Union desk and a VOA Khmer news item), the English pages of VOA Khmer on voacambodia.com (a 2007 "Hello VOA"
# item, a 2015 item on Myanmar's voter lists, a 2017 SEA Games item as AMP copy, a 2020 coronavirus item), insidevoa.com
# (VOA's public relations page, 2018), a USAGM press release kept in the agency's press-release feed (bbg.gov, 2024) and two
# VOA Khmer stories of February 2011 reposted verbatim on a VOA Khmer reporter's blog. None is credited to AP, Reuters, AFP or
# another third party (a photo credit in a dropped caption is not the text's credit). Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation,
# section labels, bylines, date lines, photo captions (often printed twice), player and "See all" lines and feed header
# lines are dropped; trailing spaces at paragraph ends are removed; wording, spelling, spacing inside paragraphs (double
# spaces after full stops) and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H272-H276 in ANNOTATION.md on top of H1-H271).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout55-en.jsonl

Built by `build.py` from `heldout55_pages.py`. Like heldout22-en, heldout24-en and the later VOA sets, these texts are stored
web pages (the `pages` search corpus), none of them used in a set above. All thirteen are news items of the Voice of America
or of the U.S. Agency for Global Media (public domain, 17 U.S.C. § 105), chosen across topics: education (a World Bank
report on a "learning crisis" and UNESCO on school closures, both from VOA's Student Union desk on voa.pangea-cms.com; a
Nigerian teachers' strike, voanews.com, 2009; exam corruption in Cambodia, voacambodia.com, 2007), economy (Ethiopia's
coffee trade, voanews.com; Zimbabwe's seed shortage, voanews.com, 2003; new rice seeds in Cambodia, a VOA Khmer story of
2011 reposted verbatim on a VOA Khmer reporter's blog together with a short item on a Khmer Rouge video exhibit), migration
(Cambodian workers fleeing Thailand, voa.pangea-cms.com, 2014), elections (Myanmar's voter lists, voacambodia.com, 2015),
sport (Cambodia's SEA Games team, voacambodia.com AMP copy, 2017), health (Cambodia's coronavirus count, voacambodia.com,
2020), media (a lifetime award for VOA's director, insidevoa.com, 2018; a USAGM release on the family of a jailed RFE/RL
journalist in Washington, 2024, kept in the agency's press-release feed on bbg.gov). None is credited to AP, Reuters, AFP
or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what
was dropped is noted per page). Navigation, section labels, bylines, date lines, captions, player lines and feed header
lines were dropped; wording and quotation marks are as stored. None of these texts is used in any set above (checked by
URL and by 8-word overlap with every existing text: no shared 8-word sequence; a VOA Khmer tribunal story that shares the
three Khmer Rouge defendants' names in one 8-word run, and a Liberia Ebola story already in heldout48-en, were left out).
The annotation (rules H272–H276 in `ANNOTATION.md` on top of H1–H271) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-student-union-world-bank-learning-crisis-2017",
    source="https://voa.pangea-cms.com/preview/en-US/a/learning-takes-beating-worldwide/4046022.html",
    license=PD, retrieved=PAGES + ' (VOA Student Union item by Parth Vohra on the World Bank\'s World Development Report, 2017, as stored on VOA\'s content system; the section label \'Student Union\' and the byline \'- By Parth Vohra\' dropped; the subheading \'Struggling to continue\' and the paragraph \'"Deep in the rural village, barely resourced, ...," Meeta Sengupta, founder of the Center for Education Strategy, ... for educat...\', cut in the stored copy, dropped; the missing space in \'worldwide,the\' is as stored)',
    text='''Learning Takes a Beating Worldwide, Report Says
A global education crisis looms because learning seldom takes place in the classroom, according to a new World Bank report.
Warning of a global "learning crisis" and recommending policy actions to combat ineffective primary and secondary schooling for millions of students worldwide,the World Development Report focused solely on education for the first time since 1978.
Students in the developing world are hit hardest, but problems also exist in disadvantaged communities in rich countries like the United States, said Halsey Rogers, World Bank lead economist and co-director of the report's team of seven core members.
"Schooling without learning is a wasted opportunity," the report stated. "More than that, it is a great injustice: The children whom society is failing most are the ones who most need a good education to succeed in life."
The report stated that despite attending primary and secondary school for several years, students in low- and middle-income countries lacked basic reading, writing and numeric ability. Data were collected intensively for a year from global studies and policy evidence, from nongovernmental organizations and official government authorities worldwide.
More than 80 percent of grade 2 students in rural India failed to solve a two-digit subtraction problem, according to data from the ASER Center, the report noted. Almost 90 percent of grade 2 students in selected regions of Malawi could not read a single word of short text, the report stated, citing information from the U.S. Agency for International Development.''',
    quotes=[
        Q('"learning crisis"', None, "World Bank"),
        Q('"Schooling without learning', 'wasted opportunity,"', "World Bank"),
        Q('"More than that', 'succeed in life."', "World Bank"),
    ],
    aliases={"World Bank": ["the report", "World Development Report"]},
),
dict(
    id="voa-nigeria-teachers-strike-danduk-2009",
    source="https://www.voanews.com/a/a-13-2009-03-04-voa57-68825227/365198.html",
    license=PD, retrieved=PAGES + ' (VOA News item of March 4, 2009 (VOA English to Africa); the stored copy has no headline, and its first paragraph, which starts in lower case (\'in Nigeria, children continue to stay home ...\') and may have lost its opening words, is dropped; the paragraph \'Danduk says while teachers are aware of the pains of parents, ... "There are quite a number of them ... becaus...\', cut in the stored copy, dropped)',
    text='''Abraham Haruna Danduk is the general secretary of the senior staff at the Association of Nigeria Polytechnics. VOA English to Africa reporter Chinedu Offor asked him what the authorities have to do to end the strike and get children back to classes.
"There is just no alternative to it other than for them to pay. You could not have entered into an agreement with a group of people and at the point of implementation, you start giving excuses because there was a strike action which generated a lot of heat. But finally government decided to call these people to discussion and we negotiated with them, we entered into an agreement with them. That has been a long history in this country, you enter into an agreement with people and you refuse to honor such agreement. It does not speak well; it is irresponsible of government."
He says the government's defense that it lacks the funds to pay the teachers is hollow because of the flashy life-style of its officials. "We are all aware of the economic meltdown that is affecting almost everywhere, but we equally see the level of corruption that is going on in the system. These are the same people who tell us there is no money, but you see the affluence with which they live and they live with reckless abandon, so much display of wealth. So how do you want us to understand with government?"''',
    quotes=[
        Q('"There is just no alternative', 'irresponsible of government."', "Abraham Haruna Danduk"),
        Q('"We are all aware', 'understand with government?"', "Abraham Haruna Danduk"),
    ],
    aliases={},
),
dict(
    id="voa-ethiopian-economy-coffee-trade",
    source="http://www.voanews.com/content/ethiopian-economy-counting-on-perks-of-coffee-trade-118808264/157775.html",
    license=PD, retrieved=PAGES + ' (VOA News feature on voanews.com, \'News / Africa\'; the section label, the photo caption (printed twice) and the label \'Multimedia\' dropped; the paragraph \'"The key transformation that we’re looking for ...," said  Eleni Gabre-Madhin, who heads the E...\', cut in the stored copy, dropped; double spaces after full stops and the typo \'costumer\' are as stored)',
    text='''Ethiopian Economy Counting on Perks of Coffee Trade
Some of the world’s finest specialty coffees come from Africa, and now some African countries are looking at ways to make sure the perks of the lucrative coffee trade are not limited to coffee connoisseurs.
Morning at a coffee shop in Washington and the grind is on.
Only these customers are not buying just any coffee.  They are buying expensive, specialty coffee grown in Ethiopia.
"It doesn’t have a bitter aftertaste.  It’s a smoother tasting coffee," one customer said.
"We’ve had Ethiopian coffee on the menu since day one.  The day that we opened we knew that was a country of origin we really wanted to feature," said shop owner Ryan Jensen.
"This is original coffee from the birthplace of coffee," another costumer said.
Ahmed Mustafa has grown coffee for more than 30 years on the lush green hills of Ethiopia’s Agaro region. "We don’t have anything else other than coffee.  Coffee is the only source of income and the only source of life in this area," he said.
Mustafa uses his half hectare farm to support more than 10 children and grandchildren.  But he worries.  Last year’s harvest was good - the current crop is not.
Much of the land around Agaro is divided into these small coffee plantations. But it is not just the farmers who are dependent on coffee.
Once the beans are picked, they are processed and bagged  in warehouses, then eventually, shipped out.
For years, this is where the Ethiopian coffee trade would become murky.
If, when and how much farmers were paid was always a question.  And buyers were never quite sure of the source of their bean, critical information in the world of high-end coffees.''',
    quotes=[
        Q('"It doesn’t have', 'tasting coffee,"', None),
        Q('"We’ve had Ethiopian coffee', 'wanted to feature,"', "Ryan Jensen"),
        Q('"This is original coffee', 'birthplace of coffee,"', None),
        Q('"We don’t have anything', 'in this area,"', "Ahmed Mustafa"),
    ],
    aliases={"Ryan Jensen": ["shop owner Ryan Jensen"], "Ahmed Mustafa": ["Mustafa"]},
),
dict(
    id="voa-khmer-teachers-association-exam-spending-period-2007",
    source="https://www.voacambodia.com/a/a-40-2007-08-13-voa5-90150622/1360177.html",
    license=PD, retrieved=PAGES + " (VOA Khmer item of August 13, 2007 on voacambodia.com; 'Accessibility links' and 'Breaking News' dropped; the stored copy is complete)",
    text='''Teacher's Association Urges Reform of Education System
The nationwide high school exams in Cambodia have ended and the results will be posted in the next three to four days. This year, as in every other year, reports of irregularities have begun to filter out of the schools.
Kuon Nguon, general secretary of the Cambodian Teacher's Association, which represents roughly 5,000 teachers, said Monday the exam period is now known as the "spending period" for Cambodian students.
They must pay money in order to earn good grades.
"I urge the Ministry of Education to seriously consider working with parents, students, and teachers to change this culture of corruption and to clean up the old practice of selling answers to the students on exam time," Kuon Nguon said, as a guest on "Hello VOA."
Approximately 58,000 high school students took the test this year, from Aug. 6 to Aug. 8, Kuon Nguon said. An untold number of them likely cheated.''',
    quotes=[
        Q('"spending period"', None, "Kuon Nguon"),
        Q('"I urge the Ministry', 'on exam time,"', "Kuon Nguon"),
        Q('"Hello VOA."', None, None),
    ],
    aliases={},
),
dict(
    id="insidevoa-bennett-lifetime-achievement-2018",
    source="https://www.insidevoa.com/a/lifetime-achievement-award-for-voa-director-amanda-bennett-/4368210.html",
    license=PD, retrieved=PAGES + " (VOA public relations item on insidevoa.com, April 2018; 'Accessibility links', 'Breaking News' and the photo caption (printed twice) dropped; the paragraph 'Initiatives at VOA under Bennett’s direction include ... and take...', cut in the stored copy, dropped)",
    text='''Lifetime Achievement Award for VOA Director Amanda Bennett
Washington, DC – Amanda Bennett, director of the Voice of America (VOA), received the Lifetime Achievement Award Thursday, April 26 at the 5th Annual Washington Women in Journalism Awards. The annual awards, co-sponsored by Story Partners and Washingtonian Publisher Cathy Merrill Williams, recognize excellence in reporting and honors women journalists in Washington, D.C. This year’s awards celebrate the vital role female journalists play in covering the most important issues of the day.
A Pulitzer Prize-winning author, investigative journalist and editor, Bennett was named Director of the Voice of America in March 2016. “I am so fortunate,” she says, “to be director of VOA during these busy and fascinating times.” In citing an example, she added “With the upcoming historic meeting between the United States and North Korea leaders, VOA’s Korean news and information is ever more important, so we’ve been steadily increasing the amount of content we provide.”
Voice of America is the largest U.S. government-funded international multimedia broadcaster, producing content in 45 languages that reaches people in 85 countries.''',
    quotes=[
        Q('“I am so fortunate,”', None, "Amanda Bennett"),
        Q('“to be director of VOA', 'fascinating times.”', "Amanda Bennett"),
        Q('“With the upcoming historic meeting', 'content we provide.”', "Amanda Bennett"),
    ],
    aliases={"Amanda Bennett": ["Bennett", "VOA Director Amanda Bennett"]},
),
dict(
    id="voa-khmer-sea-games-malaysia-2017",
    source="https://voacambodia.com/amp/cambodia-expects-to-pick-up-medals-in-malaysia-sea-games/3975692.html",
    license=PD, retrieved=PAGES + " (VOA Khmer item of August 2017, AMP copy on voacambodia.com; the stored copy starts with the first paragraph, without headline (kept so, H131/H262); the paragraph '“We are training every day, yet we do not dare to say which medals we will get...', cut in the stored copy, dropped)",
    text='''Some 170 Cambodian athletes will head to Malaysia next week to contest the Southeast Asia Games, where Cambodian sports officials expect to add to the country’s growing list of medals.
Vat Chamroeun, secretary-general of the National Olympic Committee of Cambodia, told VOA Khmer that the Cambodian athletes will compete in 24 competitions at the games, including the newly added Cambodian boxing and also sailing.
He said the Cambodian team were expected to do well in sports such as sepak takraw, or kick volleyball, taekwondo, petanque, boxing, wushu, tennis, and karate.
“The training is a good way to make technical changes that measure their capabilities,” he said.
At the games in 2015, held in Singapore, Cambodia won 15 medals, including one gold medal in sepak takraw, five silver, and nine bronze.
This year the games will also mark the 60th anniversary of Malaysian independence and be the sixth time the country has hosted the competition.
In a speech to athletes leaving for Malaysia on Thursday, Prime Minister Hun Sen urged the competitors to work hard and avoid substance abuse.
“When seeing opponents from other countries, do not be scared,” he said. “Do not be overwhelmed by the big or rich countries they have, do not be scared.”
The SEA Games is held every two years with athletes from the 10 Asean countries and Timor-Leste competing.
In 2023, Cambodia will host the 32nd SEA Games, with a $100-million stadium scheduled to be built for the event.
Hem Kiri, the secretary general of the Khmer Amateur Swimming Federation, said the Cambodian swim team had made great strides in recent years. “The improvement of athletes is a great step forward for the Federation. We think we are ready for the SEA Games,” he said.
Ouk Sreymom, a petanque player who won a bronze medal in 2015 and the gold at the World Women Championships, said she had trained very hard for the upcoming games.''',
    quotes=[
        Q('“The training is a good way', 'their capabilities,”', "Vat Chamroeun"),
        Q('“When seeing opponents', 'do not be scared,”', "Hun Sen"),
        Q('“Do not be overwhelmed', 'do not be scared.”', "Hun Sen"),
        Q('“The improvement of athletes', 'ready for the SEA Games,”', "Hem Kiri"),
    ],
    aliases={"Hun Sen": ["Prime Minister Hun Sen"]},
),
dict(
    id="voa-cambodian-workers-flee-thailand-2014",
    source="https://voa.pangea-cms.com/preview/en-US/a/thousands-of-cambodian-workers-flee-thailand/1935780.html",
    license=PD, retrieved=PAGES + " (VOA News item of June 2014 with VOA Khmer interviews, as stored on VOA's content system; the stored copy starts with the first paragraph, without headline; the paragraph 'Bangkok has also been cracking down on migrant workers from Myanmar, ... alo...', cut in the stored copy, dropped)",
    text='''Officials in Phnom Penh say thousands of Cambodian workers have fled Thailand since the military coup in Bangkok, and more people are crossing the border every day.
Workers are crossing over mostly via the border town of Poipet in Banteay Meanchey province. Cambodian officials say some have been forced out while others are fleeing.
Government officials put the number of workers who have left the country at 20,000, but human rights groups say the number could be double that.
Sum Chankea, a coordinator for the rights group ADHOC, says in an interview with VOA's Khmer service that many of those returning were mistreated in Thailand.
“They sent most of them on June 9, 10, 11 and 12. We interviewed some of them yesterday. We found that there are middle people who took money from them. Then military did the same and physically abused them as well," said Chankea.
Kong Veasna, who worked in a Thai plastics factory for three years, says the coup is not the only reason he returned home.
“At home I couldn’t earn anything and was in debt. I decided to be a worker in Thailand so that I could pay my debts. The Thai bosses physically abused us. We then we decided to come back home. That’s it," said Veasna.
Cambodian authorities are working with the International Organization for Migration to help workers once they get across the border.
Kor Sumsaroeun, governor of Banteay Meanchey, said the workers are being given assistance as they cross the border.
“First, we gave each of them a pack of cooked rice and a bottle of water when they arrived. We also provided them with healthcare service. Second, transportation. We got 30 trucks from OM [Operation World], five trucks from National Police Commissioner, 10 trucks from Engineering Department and five trucks Immigration Police General Department," said Sumsaroeun.''',
    quotes=[
        Q('“They sent most of them', 'abused them as well,"', "Sum Chankea"),
        Q('“At home I couldn’t earn', 'That’s it,"', "Kong Veasna"),
        Q('“First, we gave each', 'General Department,"', "Kor Sumsaroeun"),
    ],
    aliases={"Sum Chankea": ["Chankea"], "Kong Veasna": ["Veasna"], "Kor Sumsaroeun": ["Sumsaroeun"]},
),
dict(
    id="voa-myanmar-voter-lists-2015",
    source="https://voacambodia.com/a/myanmar-fix-voter-lists-election/3026630.html",
    license=PD, retrieved=PAGES + " (VOA News item of October 2015 on voacambodia.com; 'Accessibility links', 'Breaking News' and the photo caption (printed twice) dropped; the deck line under the headline kept as a line; the paragraph 'Meanwhile, the UEC has done away with polling stations in four more townships ... The com...', cut in the stored copy, dropped; 'Toyko' is as stored)",
    text='''Myanmar to Fix Voter Lists Before Election
Inaccuracies, omissions found on previous list; also, advance voting will be extended at some Myanmar embassies after voters reported problems.
Election officials in Myanmar say they are working on fixing the national voter list ahead of general elections next month.
Tin Tun, head of the Union Election Commission (UEC), said Tuesday that corrections were needed on the voter list that was released last month.
“We will issue the final voter lists starting November 2, since there are submissions of correction forms on inaccuracies and [people] missing in the previously issued lists," he said. "So the list will be released at every local election commission office on November 2, and will be at the polling stations on 6th and 7th of November.”
General elections are set for November 8.
Tin Tun also said mistakes by the UEC and voters caused problems with advance voting at Myanmar embassies around the world in the past two weeks. “We are sorry to learn that all of our Burmese citizens abroad couldn’t vote," he said, adding that officials had done the best job they could within the time available.
Part of the problem, Tin Tun said, was that some voters had given inaccurate addresses. He said the UEC would extend advance voting and send new ballots to embassies in Singapore, Toyko and Seoul.
Myanmar embassies in various countries have faced thousands of angry citizens complaining about delays and denials of the right to vote.''',
    quotes=[
        Q('“We will issue the final voter lists', 'previously issued lists,"', "Tin Tun"),
        Q('"So the list will be released', '7th of November.”', "Tin Tun"),
        Q('“We are sorry to learn', 'couldn’t vote,"', "Tin Tun"),
    ],
    aliases={},
),
dict(
    id="voa-khmer-health-minister-coronavirus-count-2020",
    source="https://www.voacambodia.com/a/health-minister-reiterates-no-new-coronavirus-cases-public-apprehension-grows/5312927.html",
    license=PD, retrieved=PAGES + " (VOA Khmer item of March 2020 on voacambodia.com; 'Accessibility links', 'Breaking News' and the photo caption 'FILE - Cambodians wear masks ... (AP Photo/Heng Sinith' (a photo credit, not a credit of the text) dropped; the paragraph 'The novel coronavirus has spread to around 70 countries, ... from within mai...', cut in the stored copy, dropped)",
    text='''Cambodian Health Minister Reiterates No New Coronavirus Cases, Public Apprehension Grows
Cambodian Health Minister Mam Bunheng said Monday that there were no new cases of COVID-19 in light of increasing public concern and apprehension over the Cambodian government’s response to the viral outbreak.
At a press conference on Monday, representatives from the Health Ministry, World Health Organization in Cambodia and Pasteur Institute in Cambodia restated that Cambodia had “one single confirmed case” of COVID-19. These representatives added that the laboratory tests were based on internationally used procedures.
“There shouldn’t be any suspicion over the transparency of this institution [Pasteur Institute], and on our healthcare system as well.” said Mam Bunheng.
“There is no reason for us to hide [information],” he added.
Skepticism on social media has increased among Cambodians as Cambodia continues to maintain that there has been only one confirmed case of the viral outbreak, despite other countries performing thousands of tests to find positive cases.
Cambodian social media users have made unsubstantiated claims about people having COVID-19. For example, a photo of a fainted person made the rounds of Facebook last week, provoking questions about whether that person had COVID-19.
Health Ministry spokesperson Or Vandine called these reports as fake news and said the ministry would not react to them. She added that autopsies would be conducted on suspected cases only if the person had travelled to a COVID-19 reporting country or had exhibited symptoms.''',
    quotes=[
        Q('“one single confirmed case”', None, "Health Ministry"),
        Q('“There shouldn’t be any suspicion', 'as well.”', "Mam Bunheng"),
        Q('“There is no reason', '[information],”', "Mam Bunheng"),
    ],
    aliases={"Mam Bunheng": ["Cambodian Health Minister Mam Bunheng"]},
),
dict(
    id="voa-student-union-unesco-school-closures-2020",
    source="https://voa.pangea-cms.com/preview/en-US/a/student-union_coronavirus-forces-850-million-students-out-school-worldwide/6186014.html",
    license=PD, retrieved=PAGES + " (VOA Student Union item of March 2020 as stored on VOA's content system; the section label 'Student Union' dropped; the stored copy runs on into the desk's 'See all News Updates of the Day' list of other items, which is dropped from that line on)",
    text='''Coronavirus Forces 850 Million Students Out of School Worldwide
About half of all students worldwide — 850 million — are out of school because of the COVID-19 pandemic, according to UNESCO.
Students worldwide are in danger of failing because of interrupted learning, fewer nutritional options provided by schools, and a decrease in safety and protection.
Parents are challenged by being unprepared for home or distance schooling. Gaps in child care might lead children to risky behaviors that impact their later learning, the United Nations Educational, Scientific and Cultural Organization based in Paris says.
And not everyone has the digital tools they need in countries where technology is limited.
Educators and governments are being told that UNESCO established a COVID-19 task force to guide and assist governments trying to educate students remotely. Techniques range from real-time video classes to educational programming on radio and television.
It’s also launching a Global COVID-19 Education Coalition to bring together public and private teams — including Microsoft and the Global System for Mobile Communications (GSMA) — "to help countries deploy remote learning systems so as to minimize educational disruptions and maintain social contact with learners," it says.
Social isolation is another issue UNESCO is concerned could take a toll on everyone in the family. Dropout rates increase when schools are closed and no organized lessons are available.
"Schools are hubs of social activity and human interaction," UNESCO says. "When schools close, many children and youth miss out on social contact that is essential to learning and development."''',
    quotes=[
        Q('"to help countries deploy', 'contact with learners,"', "UNESCO"),
        Q('"Schools are hubs', 'human interaction,"', "UNESCO"),
        Q('"When schools close', 'learning and development."', "UNESCO"),
    ],
    aliases={"UNESCO": ["United Nations Educational, Scientific and Cultural Organization"]},
),
dict(
    id="usagm-kurmasheva-family-washington-2024",
    source="http://www.bbg.gov/category/press-release/feed/",
    license=PD, retrieved=PAGES + " (U.S. Agency for Global Media press release of March 15, 2024, https://www.usagm.gov/2024/03/15/family-of-detained-rfe-rl-journalist-alsu-kurmasheva-meets-top-biden-aides-lawmakers-hostage-advocates-in-washington-d-c/, as the first item of the agency's press-release feed stored under its old bbg.gov address; the feed's channel lines ('Press Release – USAGM', addresses, dates, 'en-US hourly 1') and the item's address, date and id lines dropped; the paragraph 'Pavel, an American journalist with RFE/RL, was granted honorary membership in the National Press Club by its president, CNBC repor...', cut in the stored copy, dropped; the missing space in '(D-MD)Rep.' is as stored)",
    text='''Family of detained RFE/RL Journalist Alsu Kurmasheva meets top Biden aides, lawmakers, hostage advocates in Washington, D.C.
The husband and children of American RFE/RL journalist Alsu Kurmasheva—who is spending her 150th day in a Russian prison—spent a productive week in Washington, D.C. that included meetings with the National Security Council, the U.S. State Department, members of Congress, and civil society groups.
Pavel Butorin, Alsu’s husband, said he was grateful for the support the family received:
“My girls and I came to Washington unsure what to expect but are leaving with confidence that the U.S. government and free speech advocates care about Alsu and will fight for her release.
We hope the State Department will soon designate Alsu as ‘wrongfully detained’ so she can have full access to the resources of the U.S. government to secure her release. She’s done nothing wrong and is only being held because she’s an American.”
In Congress, the family received bipartisan support and met Senator Chris Van Hollen (D-MD)Rep. Brian Fitzpatrick (R-PA), and staff of the House Foreign Affairs Committee’s (HFAC) Subcommittee on Europe.
Pavel and his daughters also took part in a commemoration for Hostage & Wrongful Detainee Day hosted on Capitol Hill by the James W. Foley Legacy Foundation and the McCain Institute. They also met advocates from other civil society groups, including the Committee to Protect Journalists and Hostage Aid Worldwide.''',
    quotes=[
        Q('“My girls and I', 'fight for her release.', "Pavel Butorin"),
        Q('‘wrongfully detained’', None, None),
    ],
    aliases={"Pavel Butorin": ["Pavel"]},
),
dict(
    id="voa-zimbabwe-farmers-seed-shortage-2003",
    source="https://www.voanews.com/a/a-13-a-2003-12-15-60-zimbabwe-66841577/258077.html",
    license=PD, retrieved=PAGES + " (VOA News item of December 15, 2003 on voanews.com; 'Accessibility links' and 'Breaking News' dropped; the headline with its date is kept as stored; the paragraph 'As if this were not enough, he said, seed is finding its way onto the black market ... That means the seed...', cut in the stored copy, dropped; the missing full stop after 'seed maize' is as stored)",
    text='''Zimbabwe Farmers Short On Seed And fertilizer - 2003-12-15
For more than two years, Zimbabwe has had to rely on food supplied by outside agencies such as the World Food Program to feed millions of its citizens. That situation might not change anytime soon because most of the new farmers do not have the seed and fertilizer that they need, and getting these necessary supplies can be expensive.
The problem is a shortage of locally produced seed and fertilizers, and the high cost when they are available. The government is not supplying those who cannot afford these farming necessities.
This is raising more questions about whether the Zimbabwe government's much vaunted agrarian revolution will succeed.
Even when the rains finally come - and they are already late this year - most farmers still have no seed to plant.
Traditionally Zimbabwe has produced its own seed maize, but President Robert Mugabe's land-reform program has disrupted most of the country's commercial farming activity, resulting in less than enough to meet local requirements being grown.
Villagers at a World Food Program food distribution point told V-O-A that they and most other farmers simply do not have any seed maize
"Some of us have nothing, only a very few people have any seed," says one villager.
A second villager says, "We do not have any seed, we are going to use the maize we receive for food as seed. There is nothing we can do. Maybe we can harvest something."
A spokesperson for the Commercial Farmers Union who spoke to V-O-A on condition of anonymity blamed the seed shortage on bad planning on the part of the government.
One official of a seed-marketing company who also requested anonymity says that while seed production was lower than normal last season, the issue now is the prices of seed from commercial outlets.''',
    quotes=[
        Q('"Some of us have nothing', 'any seed,"', None),
        Q('"We do not have any seed', 'harvest something."', None),
    ],
    aliases={},
),
dict(
    id="voa-khmer-repost-khmer-rouge-exhibit-rice-seeds-2011",
    source="http://monysay7.blogspot.com/2011_02_01_archive.html",
    license=PD, retrieved=PAGES + " (two VOA Khmer stories by Pich Samnang of February 28 and 25, 2011 ('New Film Exhibit Gives Khmer Rouge a Voice', 'Rice Experts See Better Prospects in New Seeds'), reposted verbatim one under the other on the February 2011 archive page of a VOA Khmer reporter's blog, kept as one document (H257); the page label 'page', the date lines, the bylines 'Pich Samnang, VOA Khmer' with their dates and the first story's photo caption (cut in the stored copy) dropped; the second story's opening line on 2.7 million hectares is kept as printed; the next post 'Social Media Here More Social Than Political: Researcher' and the rest of the page dropped)",
    text='''New Film Exhibit Gives Khmer Rouge a Voice
Low-ranking Khmer Rouge cadre, 30 in all, will have their say and then some in a massive video installation opening this week in Phnom Penh.
The “Voices of the Khmer Rouge” exhibit contains 30 lengthy interviews with former Khmer Rouge now living in pockets along the Thai border, as men and women aged 38 to 70 give their reasons for joining the movement. And staying with it.
Rice Experts See Better Prospects in New Seeds
With more than 2.7 million hectares of cultivatable land, agriculture experts hope new methods and seeds can help the country reach a goal of 1 million tons of annual rice export by 2015.
For five years now, Yin Narong has used a new method to plant rice. Instead of planting from the seeds of the previous year’s harvest, he buys new seeds from a local company.
The difference, he said in an interview, has been a boost in yield of 200 kilograms of rice each harvest on one-fifth a hectare.
“Now with pure seeds we get up to 900 kilograms,” the 52-year-old farmer in Phnom Penh’s Dangkor district said.''',
    quotes=[
        Q('“Voices of the Khmer Rouge”', None, None),
        Q('“Now with pure seeds', '900 kilograms,”', "Yin Narong"),
    ],
    aliases={},
),
]
