# Held-out English news pages (tests/data/heldout101-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on US society, religion, immigration, education and local life, works of
# the US government in the public domain: protests against mosque projects in Tennessee and California (2010,
# voanews.com), Muslims back in their mosques for Ramadan (2021, a gopher-proxy copy of VOA's headline feed that states
# the public-domain status), refugees resettled in Houston (2014, testbig.com copy under the VOA headline), a VOA Learning
# English story on family-based immigration (2018, 21voa.com copy), a VOA Learning English story from a small Illinois
# farm town (2017), volunteers cooking Thanksgiving dinners in Washington (2006), a Thanksgiving food drive in Denver
# (2011, VOA's preview address voa.pangea-cms.com) and two 'Student Union' stories on college costs (Berea College, 2019;
# tuition cuts, 2020). None is marked as from AP, Reuters or AFP. Stored copies are cut after about 2,000 characters:
# only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation ('Accessibility
# links', 'Breaking News', section labels), photo captions, bylines, the feed's licence lines, media-player lines and
# site lines are dropped and the hard line breaks of the gopher copy joined; wording, spelling and quotation marks
# (straight, curly or mixed, as stored) are kept. Annotated by reading the pages, before whosaid was run on them (rules
# H700-H704 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
VOAC = "public domain (VOA, US government work; copy of the VOA story on a third-party site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout101-en.jsonl

Built by `build.py` from `heldout101_pages.py`. Like heldout22-en, heldout24-en, heldout84-en, heldout90-en and
heldout93-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in a
set above, this time features on US society, religion, immigration, education and local life, 2006 to 2021: protests
against mosque projects in Tennessee and Southern California (2010, voanews.com), Muslims back in their mosques for
Ramadan (2021, a gopher-proxy copy of VOA's headline feed, which states that VOA content is in the public domain),
refugees resettled in Houston (2014, a testbig.com copy under the VOA headline), a VOA Learning English story on
family-based immigration (2018, a 21voa.com copy), a VOA Learning English story from Mount Carroll, Illinois (2017),
volunteers cooking Thanksgiving dinners at Food and Friends in Washington (2006), a Thanksgiving food drive of Volunteers
of America in Denver (2011, VOA's preview address voa.pangea-cms.com) and two 'Student Union' stories on college costs
(Berea College, 2019; tuition cuts at the University of Michigan and Clinton College, 2020). All are US government works
in the public domain; none is marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept (what was dropped is noted per page). Navigation lines, photo captions, bylines,
licence and media-player lines were dropped and the gopher copy's hard line breaks joined; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text). The annotation (rules H700–H704 in `ANNOTATION.md`) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-us-mosque-projects-face-opposition-2010",
    source="https://voanews.com/amp/us-mosque-projects-face-opposition-102021473/173503.html",
    license=VOA, retrieved=PAGES + " (the section line 'USA' and the headline, stored twice, kept once; the paragraph 'Christina Abraham at the Chicago offic...', cut in the stored copy, dropped)",
    text='''US Mosque Projects Face Opposition
As Americans debate a plan to build an Islamic center near the site of the 2001 terrorist attacks on New York City, protesters in several communities across the United States are trying to block local mosque expansions.
Plans for a proposed Islamic center near the site known as "Ground Zero" have sparked protests and counter-protests in New York City.
But new mosques or mosque expansions at other sites across the country have also fueled protests in central Tennessee, among other places.
Tennessee resident Gary Middleton worries that the mosque could house extremists. "It's just another mosque, training kids to be terrorist," he said.
Stan Whiteway also objects to a new mosque for local Muslims. "I'm sorry, but they seem to be against everything that I believe in. So I don't want them necessarily in my neighborhood," he said.
At the Islamic Center of Temecula Valley in Southern California, worshippers meet in an industrial warehouse.
Plans to build a new mosque on the outskirts of town have met opposition, mostly from the Baptist church next door. Its pastor says Islam and Christianity are incompatible.
The mosque's spiritual leader, Imam Mahmoud Harmoush, disagrees. He says the two faiths have a common heritage and shared values. Harmoush says the new complex will include additional classrooms, a basketball court and other facilities for children and families. He says he believes people who oppose this and other mosques have a variety of motives.
"[For] some of them -- [a] misunderstanding of who we are. [For] some -- [a] negative sentiment about Islamic religion at large. And probably because of what's going on internally in the country -- some frustration regarding the economy and the politics," he said.
The imam says the fact that the United States has been fighting wars in Muslim countries might also have fueled fear of American Muslims.''',
    quotes=[
        Q('"Ground Zero"', None, None),
        Q('"It\'s just another mosque', 'to be terrorist,"', "Gary Middleton"),
        Q('"I\'m sorry, but they seem', 'in my neighborhood,"', "Stan Whiteway"),
        Q('"[For] some of them', 'and the politics,"', "Mahmoud Harmoush"),
    ],
    aliases={"Gary Middleton": ["Tennessee resident Gary Middleton"],
             "Mahmoud Harmoush": ["Imam Mahmoud Harmoush", "Harmoush", "The imam"]},
),
dict(
    id="voa-en-muslims-in-us-feel-blessed-mosques-open-ramadan-2021",
    source="https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2021%2FApr%2F24%2Fd20b697d-a5f6-4857-bc63-808795937f44",
    license=VOAC, retrieved=PAGES + " (gopher-proxy copy of VOA's headline feed; the lines 'Originally posted by the Voice of America.' and 'Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain.' and the byline 'Deborah Block' dropped; the paragraphs' hard line breaks and indentation joined into single spaces (H700); the photo caption 'Imam Naeem Baig talks about self-reflection during Ramadan at the Dar Al-Hijrah Islamic Center, Falls Church, Virginia. (Courtesy Dar Al-Hijrah Islamic Center)' dropped; the paragraph 'During the past year, some mosques used technology ...', cut in the stored copy, dropped)",
    text='''Muslims in US Feel 'Blessed' Mosques Are Open During Ramadan
ALEXANDRIA, VIRGINIA - Muslims in the United States say they feel blessed that the mosques are open for Islam's holiest month, Ramadan, which ends on May 12.
Last year at this time, their doors were closed due to the coronavirus pandemic. Now, with the rate of infections mostly decreasing across the country and millions of Americans receiving the vaccine, mosques are reopening.
For Muslims, who make up about 1% of the U.S. population, Ramadan is a time for spiritual reflection, fasting during daylight hours and helping those in need.
"Ramadan is still a little different," said Amir Mohammed, originally from Ethiopia, who goes to a mosque in Alexandria, Virginia. Even with wearing masks, checking temperatures and limiting the number of people in the mosques to about half capacity, "it is still a blessing," he said.
Imam Naeem Baig, outreach director at the Dar Al-Hijrah Islamic Center in Falls Church, Virginia agreed.
"People are so happy the mosque is open," he said. "It gives them an opportunity to see each other and pray together -- the feeling of community you can't get by being at home."
"I'm thrilled to be back in the mosque with the brothers and sisters," said Imam Khalid Griggs, with the Community Mosque of Winston Salem, in North Carolina. "If Allah (God) wanted to take my soul right now, I would feel complete."''',
    quotes=[
        Q("'Blessed'", None, None),
        Q('"Ramadan is still a little different,"', None, "Amir Mohammed"),
        Q('"it is still a blessing,"', None, "Amir Mohammed"),
        Q('"People are so happy the mosque is open,"', None, "Naeem Baig"),
        Q('"It gives them an opportunity', 'being at home."', "Naeem Baig"),
        Q('"I\'m thrilled to be back', 'and sisters,"', "Khalid Griggs"),
        Q('"If Allah (God)', 'feel complete."', "Khalid Griggs"),
    ],
    aliases={"Naeem Baig": ["Imam Naeem Baig"], "Khalid Griggs": ["Imam Khalid Griggs"]},
),
dict(
    id="voa-en-houston-top-refugee-resettlement-city-2014",
    source="https://testbig.com/voa/houston-now-top-refugee-resettlement-city-us",
    license=VOAC, retrieved=PAGES + " (testbig.com copy of the VOA story 'Houston Now the Top Refugee Resettlement City in US'; the stored part begins with the date line, no headline (H701); the paragraph 'Blose said it is sometimes easier...', cut in the stored copy, dropped)",
    text='''June 26,2014
HOUSTON — The United States is the world's top refugee resettlement country. More refugees resettle in the state of Texas, and in particular the city of Houston, than anywhere else in the country. Refugees there find a thriving economy, warm weather and a diverse urban scene where they can locate help in starting a new life.
Hundreds of refugees and their supporters came together recently to celebrate World Refugee Day in Houston.
Houston is now home to 70,000 refugees from 78 countries, and around 2,000 more come each year.
This city offers a booming economy, lots of jobs and a very diverse population.
The largest refugee ethnic group, the Vietnamese, started coming here in the 1970s.
Lena Tran settled more recently, and her children know little of Vietnam.
"I was born by a Vietnamese mother and she escaped from Vietnam and I know a little bit about Vietnam because she tells me stories of them," said My Tran Vo, 8.
Only two weeks ago, Reza and his Bahai family came here from Iran.
"The most important reason is I did not have freedom of speech and religion," said Reza, discussing why he came to the U.S.
There are many agencies and support groups for refugees in Houston, but one of the most important is the YMCA International Services.
The YMCA's Amy Blose said the organization helps get refugees started in their new life here.
"The case manager will visit them at their home, check in on them frequently, make sure they are doing okay, and our goal, really, is self sufficiency for refugees," said Blose.
On this day, she is visiting Radjabu Selemani, a refugee from war-torn Congo.
"The family gets separated during the war; everyone takes his way, just to save his life," said Selemani.
The YMCA set him up in this apartment with another African refugee and helped them both find jobs. Selemani says he has also found encouragement from average people he has met in Houston.
"Americans are very friendly people," said Selemani.''',
    quotes=[
        Q('"I was born by a Vietnamese mother', 'stories of them,"', "My Tran Vo"),
        Q('"The most important reason', 'speech and religion,"', "Reza"),
        Q('"The case manager will visit', 'for refugees,"', "Amy Blose"),
        Q('"The family gets separated', 'save his life,"', "Radjabu Selemani"),
        Q('"Americans are very friendly people,"', None, "Radjabu Selemani"),
    ],
    aliases={"Amy Blose": ["Blose"], "Radjabu Selemani": ["Selemani"]},
),
dict(
    id="voa-en-should-family-play-part-in-immigration-policy-2018",
    source="https://www.21voa.com/VOA_Special_English/should-family-play-part-in-immigration-policy-18167.html",
    license=VOAC, retrieved=PAGES + " (21voa.com copy of the VOA Learning English story under its VOA title; the site line 'VOA Special English' dropped; the section heading 'Disagreement over immigration policy' kept as stored; the paragraph 'Some measures in the bills would cut family-based visas ... a \u201cm...', cut in the stored copy, dropped)",
    text='''Should Family Play a Part in Immigration Policy?
Every weekday, Xan-Xia Hong and her husband Ru-Liang Zhang visit the Chinese Community Center near their home in New York City. The two are retired and in their seventies.
They moved to the United States 28 years ago. They entered the country through the family-immigrant visa system. They still remember how hard it was to get to the U.S.
Hong said, “For the journey, for our whole family, it cost us over 10,000 Chinese yuan.” That amounts to about $2,000 dollars in 1990.
But that money did not guarantee much.
“What were we to do if we couldn’t get the visa? We would lose everything,” Hong said.
The two did not have dependable employment. A family member helped with financial support. They saved their money to pay for the nine-year visa application process for travel to the U.S.
During the following 10 years, Hong worked seven days a week in a clothing factory. Zhang worked similar hours in a restaurant for several years. Then, he inherited a small store. Their work ethic helped them put their three children through college.
But, the two say they wonder if similar success might go unnoticed today because of President Donald Trump’s position on immigration.
Their experience would be considered an example of so-called chain immigration. That is a term used by opponents of what is officially known as citizen-sponsored immigrant visas for family members. The administration says the system brings into the country people who do not add to the U.S. economy.
Disagreement over immigration policy
Trump used the term on Twitter last September, “Chain migration cannot be allowed to be part of any legislation on Immigration!” The president has offered support for several pieces of legislation that would limit legal immigration.''',
    quotes=[
        Q('“For the journey', 'Chinese yuan.”', "Xan-Xia Hong"),
        Q('“What were we to do', 'lose everything,”', "Xan-Xia Hong"),
        Q('“Chain migration', 'on Immigration!”', "Donald Trump"),
    ],
    aliases={"Xan-Xia Hong": ["Hong"], "Donald Trump": ["President Donald Trump", "Trump", "The president"]},
),
dict(
    id="voa-en-china-invests-in-a-small-illinois-town-2017",
    source="https://learningenglish.voanews.com/amp/china-invests-in-a-small-illinois-town/3875194.html",
    license=VOA, retrieved=PAGES + " (VOA Learning English story 'China Invests in a Small Illinois Town', AMP page; the stored part begins with the editor's note, no headline (H701); the media-player line 'Your browser doesn\u2019t support HTML5' dropped; the paragraph 'There are few immigrants li...', cut in the stored copy, dropped)",
    text='''Editor's Note: VOA reporters recently traveled to rural areas along the Mississippi River to speak with the "forgotten men and women" who are supporters of President Donald Trump. They spoke to farmers, factory workers, and retirees in largely white, Christian middle class communities. This is one of their stories.
Josh Kness works at the Mount Carroll Home Center in the American state of Illinois.
The home center sells many products for home improvement, tools and farm supplies.
Kness grew up in Mount Carroll, the capital of Carroll County, Illinois. He has helped farmers find what they need for the past 15 years.
Kness understands the business of farming. He says the drop in grain prices over the past two years has hurt farmers and slowed sales at the store.
“It’s pretty simple,” he said. “If they don’t got money, they don’t shop -- I mean, they are not fixing as many fences. They are not buying anything new. They are just not spending.”
Businesses in small towns and rural areas depend on spending by farmers. If farmers reduce their spending, nearly everyone feels the effect. Any reduction affects the local feed and fertilizer store, soil testers, druggists, and the car and truck salesman.
But Kness says farmers in Carroll County understand that there are good years and bad years in agriculture.
“They are itching to get back in the fields again,” he said.
Kness believes farmers cut back on spending last year because they were not sure about who would be elected president. He says Donald Trump’s victory “left a lot of people shook up.” But he said most people -- even many who did not vote for Trump -- seem willing to give him a chance to succeed.
Kness said people in his community do not listen to the political debates in Washington very closely. He said even fewer people are interested in international events, although local farmers sell a lot of their corn to other countries.''',
    quotes=[
        Q('"forgotten men and women"', None, None),
        Q('“It’s pretty simple,”', None, "Josh Kness"),
        Q('“If they don’t got money', 'just not spending.”', "Josh Kness"),
        Q('“They are itching', 'fields again,”', "Josh Kness"),
        Q('“left a lot of people shook up.”', None, "Josh Kness"),
    ],
    aliases={"Josh Kness": ["Kness"]},
),
dict(
    id="voa-en-volunteers-give-meaning-to-thanksgiving-2006",
    source="https://www.voanews.com/a/a-13-2006-11-22-voa42/398813.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the lead paragraph ends without a full stop, as stored; the paragraph '\"I think what you need to expect is not so...', cut in the stored copy, dropped)",
    text='''Volunteers Give Meaning to Thanksgiving
The American holiday of Thanksgiving began as a harvest celebration and is intended as a day for families to get together and reflect on their good fortune. For many today Thanksgiving means eating too much turkey, watching too much football and the beginning of the Christmas shopping season
This is the busiest week of the year at Food and Friends, an organization in Washington, DC, that provides meals to those with life threatening illnesses such as AIDS and cancer.
The staff and volunteers here are preparing more than 3,500 Thanksgiving dinners complete with turkey, cranberry sauce and potato salad. The cook says the feast will feed about 400 people.
Chef Vincent Muia says every year preparing these elaborate Thanksgiving meals challenges the capacity of this volunteer food service operation. "The amount of food that we are purchasing, the amount that has to get done in three to four days, the amount of volunteers that are coming through here, the sheer volume of everything that is taking place to get Thursday done."
To get Thursday done, Food and Friends relies on volunteers to prepare the meals, such as retired teacher Marlene Hoffman. "Because people need help and I got time."
And Debby Greenstein, who has been volunteering here for 13 years. "Aside from the fact that the mission's really important, providing nutrition to people who are sick is a way of either helping them get well. I just have a good time here and they've become part of my family and you get leftovers."
These volunteers say they get a sense of satisfaction and a feeling of purpose from helping others. Most of these volunteers do not see the people they help. But Nancy Sahli does. "There are people I deliver to, who know they are going to die."
Nancy Sahli is retired from the federal government and has been making deliveries for Food and Friends for the last two years.''',
    quotes=[
        Q('"The amount of food', 'get Thursday done."', "Vincent Muia"),
        Q('"Because people need help and I got time."', None, "Marlene Hoffman"),
        Q('"Aside from the fact', 'get leftovers."', "Debby Greenstein"),
        Q('"There are people I deliver to', 'going to die."', "Nancy Sahli"),
    ],
    aliases={"Vincent Muia": ["Chef Vincent Muia"], "Marlene Hoffman": ["retired teacher Marlene Hoffman"]},
),
dict(
    id="voa-en-thanksgiving-food-drive-feeds-low-income-residents-2011",
    source="https://voa.pangea-cms.com/preview/en-US/a/thanksgiving-food-drive-feeds-low-income-residents-134118868/163282.html",
    license=VOA, retrieved=PAGES + " (VOA story on VOA's own preview address; the stored part begins with the lead paragraph, no headline (H701); the paragraph '\u201cThey are very happy. They are blessed and it makes...', cut in the stored copy, dropped)",
    text='''The Thanksgiving holiday, celebrated in the U.S. on the last Thursday of November is a big date, but for those with a low income, getting a traditional dinner on the table can be a struggle. In Denver, Colorado, the Volunteers of America charity is preparing a food drive to make sure those families get the food they need.
Volunteers of America helper Rodney Cunningham unloads boxes of Thanksgiving food for low-income families. He’ll be getting a box himself to feed his four children and grandchildren.
“This Thanksgiving box is very important because I don’t receive food stamps or anything," he explains, "so this is the only way that I would be able to get a Turkey and the other things going with it.”
Cunningham and other volunteers are sorting the food into 1,500 baskets ready to deliver on Thanksgiving Day. The baskets will be filled with all sorts of tasty treats that make up a traditional Thanksgiving meal. Demand has been greater than ever this year, Cunningham says.
“One of the reasons why it’s really important is because the economy is pretty bad and a lot of people have a need for extra food. They don’t have any food at all.”
Jim White, director of community affairs at the charity, says local residents donate the food.
“These individuals donated over 148 tons of food but it takes a huge amount of food as you can imagine to do 1,500 food baskets complete with stuffing and cranberries and pumpkin and fresh produce and then they are all topped off with a 15-pound (6.8-kilogram) frozen turkey,” he explains.
Thanksgiving is not just about eating well, he adds.
“Whatever your situation is we all have a lot to be thankful for," White says. "And Thanksgiving should be viewed as a verb not a noun and what better way to give thanks than to help somebody out that you know is struggling right now.”
Making sure people get a good Thanksgiving dinner is, for Cunningham, the best part of his work.''',
    quotes=[
        Q('“This Thanksgiving box', 'or anything,"', "Rodney Cunningham"),
        Q('"so this is the only way', 'going with it.”', "Rodney Cunningham"),
        Q('“One of the reasons', 'any food at all.”', "Rodney Cunningham"),
        Q('“These individuals donated', 'frozen turkey,”', "Jim White"),
        Q('“Whatever your situation', 'thankful for,"', "Jim White"),
        Q('"And Thanksgiving should be viewed', 'struggling right now.”', "Jim White"),
    ],
    aliases={"Rodney Cunningham": ["Volunteers of America helper Rodney Cunningham", "Cunningham"], "Jim White": ["White"]},
),
dict(
    id="voa-en-lower-priced-colleges-offer-options-to-student-debt-2019",
    source="https://www.voanews.com/a/student-union_lower-priced-colleges-offer-options-student-debt/6174021.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the section label 'Student Union' and the photo caption 'FILE - Students walk across campus at the University of Vermont ...' dropped; the paragraph 'The college has a history of helping people who have less since 1855. I...', cut in the stored copy, dropped)",
    text='''Lower-Priced Colleges Offer Options to Student Debt
This story was first reported in VOA Learning English.
As tuition and fees have increased sharply in the U.S. over the past 30 years, schools are looking for ways to make college and university more affordable.
Between 1990 and 2012 while college enrollment increased 62 percent, the volume of borrowing for school increased 352 percent, according to the Heritage Foundation. By the end of 2017, according to the Federal Reserve Bank, national student loan debt in the United States was $1.48 trillion.
One popular option is community college. These schools offer a two-year study program that awards an associate’s degree at a cost vastly less expensive than four-year schools. Those credits are typically transferrable to a four-year college or university where a student can achieve a bachelor’s degree.
Some four-year colleges and universities, often public institutions, offer free tuition but ask students to pay for room and board, like housing and food. Books and other school supplies may also be the responsibility of the students, which may add up to an unaffordable package of schools costs from some students.
Some colleges exchange part-time work on campus for lowered tuition and fees.
Berea College in rural Kentucky, does not charge tuition. The school looks for students who would otherwise struggle to pay for college.
“You have to be economically disadvantaged to get in,” Richard Cahill told VOA. He is a history professor and Director of the Center for International Education at Berea.
“We try to take the brightest of economically disadvantaged students to give them a world-class education,” he said.''',
    quotes=[
        Q('“You have to be economically', 'to get in,”', "Richard Cahill"),
        Q('“We try to take the brightest', 'world-class education,”', "Richard Cahill"),
    ],
),
dict(
    id="voa-en-tuition-decreases-donations-bring-students-relief-2020",
    source="https://www.voanews.com/a/student-union_tuition-decreases-donations-bring-students-relief/6207776.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the section label 'Student Union' and the photo caption 'After years of steady tuition increases, colleges and universities across the U.S. are reducing costs or holding them steady.', stored twice, dropped; the paragraph 'Tuition for full-time students living on campus ... according to i...', cut in the stored copy, dropped)",
    text='''Tuition Decreases, Donations Bring Students Relief
After decades of tuition increases at U.S. colleges and universities that have led to increased student debt and pushback from students and their families, some schools are reducing costs.
At the University of Michigan — ranked among the top public universities in the U.S. — free tuition will be extended at its Flint and Dearborn campuses. Called the Go-Blue guarantee, the offer applies to new full-time students residing in Michigan with a 3.5 grade-point average (GPA) on a 4.0 scale, with a family income of $65,000 or less or assets of less than $50,000.
The University of Michigan has 6,666 international students, according to the university's International Center, and the state has a large Arab population.
"Not only will most in-state undergrads see no change in their net tuition costs, we estimate that more than a quarter will pay no tuition at all," University President Mark Schlissel said.
Clinton College, a historically black college (HBCU) in South Carolina, is cutting tuition in half for its students this fall and will give every student a new computer tablet. Associate Vice President of Student Enrollment Jocelyn Biggs said the COVID-19 pandemic has created hardships.
"This is our way of saying you can still go to college at a reduced tuition amount and we're here to help," Biggs said.''',
    quotes=[
        Q('"Not only will most in-state', 'no tuition at all,"', "Mark Schlissel"),
        Q('"This is our way of saying', "we're here to help,\"", "Jocelyn Biggs"),
    ],
    aliases={"Mark Schlissel": ["University President Mark Schlissel"], "Jocelyn Biggs": ["Biggs"]},
),
]
