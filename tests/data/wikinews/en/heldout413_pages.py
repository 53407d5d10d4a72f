# Held-out English news texts (tests/data/heldout413-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# a VOA News collection of Kenyan voices before the 2013 election (voanews.com), a VOA report of January 2008 on Kenyans
# protesting in Washington (VOA's own CMS preview host voa.pangea-cms.com), a VOA Standard English report by Lisa
# Schlein of February 2008 on a bombing in West Darfur (yingyuke.net), a VOA News report of July 2007 by Michael Bowman
# on Venezuelan students (voanews.com archive), an 'As It Is' Special English magazine segment on
# the South African youth group Bokamosa (yy.chazidian.com) and a VOA Learning English story of June 2017 on the prom
# (feed blog newsamricaa.blogspot.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept, a cut paragraph is dropped, and in a body stored
# as one paragraph the text ends on the last complete sentence (noted in `retrieved`). Site lines, blog date lines and
# neighbouring posts, date lines, 'Download' lines, photo captions and vocabulary lists are dropped; a headline is kept
# as the first line where stored; wording, vocabulary numbers and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2015-H2019 in ANNOTATION.md on top of
# H1-H2014).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout413-en.jsonl

Built by `build.py` from `heldout413_pages.py`. Like the VOA sets above (heldout391-en, heldout389-en, heldout379-en,
heldout363-en, heldout328-en and others; copies on other sites with the licence constant PDC as in heldout267-en,
heldout288-en, heldout301-en, heldout328-en, heldout363-en and heldout391-en), these texts are Voice of America texts
(US government works in the public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): a
VOA News page of February/March 2013 collecting Kenyan voices on their hopes for a peaceful election (voanews.com story
1611438; Samuel Kamau, P.L.O Lumumba, Pastor Ronald Makokha, John Stremlau); a VOA report of January 3, 2008 on Kenyans
demonstrating in Washington against the re-election of Mwai Kibaki, with the organizer Jack Obongo (story 565862 on
VOA's content-management preview host voa.pangea-cms.com, licence PD); a VOA Standard English report by Lisa Schlein of
February 19, 2008 on an aerial bombing in West Darfur forcing the UNHCR to withdraw its team from Birak, with UNHCR
spokeswoman Jennifer Pagonis (yingyuke.net 130467); a VOA News report by Michael Bowman of July 2, 2007 on Venezuelan
students campaigning for freedom of expression, with Ana Cristina Garanton and Lenin Sosa (voanews.com archive page
'venezuelan-students-forefront-campaign-freedom-expression'; a shorter copy on the learners' blog poenglish.blogspot.com
(2007_07_02) was read and left out by heldout391-en and is not used here either); an 'As It Is'
Special English magazine segment hosted by Mario Ritter on the South African youth group Bokamosa, with Drew Looney and
Themba (yy.chazidian.com show-213204); and a VOA Learning English story of June 9, 2017 on the American prom, with Hope
Nibert and Maggie Kinnett (feed blog newsamricaa.blogspot.com, other pages of which are in heldout403-en). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept, a paragraph cut in the stored copy is dropped (noted per page: the quotation of Eric
Mutua in the Kenyan voices, the third Obongo quotation, the Darfur paragraph 'Last week, ...', the Venezuela paragraph
'Polls show ...', the cut opening and closing paragraphs of the 'As It Is' segment), and the prom story, stored as one
paragraph, ends on its last complete sentence. Site lines, blog date lines and neighbouring posts, date lines, the
'Download' line, the yingyuke.net time/author/category line, photo captions and the page furniture 'Accessibility
links' / 'Breaking News' were dropped; wording, vocabulary numbers and quotation marks are as stored. Pages read but
left out: a VOA Learning English story on kite flying and the 'Charging Bull' story (adapted from AP and Reuters
reports), VOA feed items on aggregators that read like agency copy, insidevoa.com award stories (in heldout60-en,
heldout303-en and heldout334-en), and VOA pages already used (the Chad camp reports on tingroom.com, Obama's farewell and
the 2016 newscast on newsamricaa.blogspot.com). None of the six pages is used in any set above (checked by URL and page
id (voanews.com 1611438, pangea-cms 565862, yingyuke.net 130467, voanews.com archive venezuelan-students-forefront-campaign-freedom-expression and poenglish.blogspot.com 2007_07_02,
yy.chazidian.com show-213204, newsamricaa.blogspot.com updated-max=2017-06-10), by headline, and by the names of their
speakers and distinctive phrases such as 'Ronald Makokha', 'hamstrung by the new constitutional', 'Jack Obongo', 'truly
elected president', 'Birak', 'forced the agency to withdraw its team', 'Garanton', 'Lenin Sosa', 'bastion of debate and
student activism', 'Bokamosa', 'Drew Looney', 'Winterveldt', 'Hope Nibert', 'Maggie Kinnett' and 'Made in America Prom',
grepped in tests/data of the main checkout and of every other helper's worktree, including heldout403; no hits, except
Samuel Kamau, whose sentence 'We don’t want hatred, ...' is quoted in another VOA story (Gabe Joselow's report in
heldout223-en), Jennifer Pagonis and the Aro Sharow camp in other UNHCR reports (heldout26-en, heldout48-en,
heldout338-en), and the newsamricaa.blogspot.com site (other pages)). The annotation (rules
H2015–H2019 in `ANNOTATION.md` on top of H1–H2014) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h413-2013-03-kenyan-voices-election-hopes",
    source="https://www.voanews.com/a/kenyan-voices-express-election-hopes/1611438.html",
    license=PD, retrieved=PAGES + " (VOA News page 1611438 of the 2013 Kenyan election coverage; the page furniture 'Accessibility links' and 'Breaking News' and the photo caption 'A woman walks past a message of peace in Kibera slum in the capital Nairobi, February 28, 2013.' dropped; the headline kept as the first line; the item '“We are actually cautioning the political class, ... dangerous manner.” – Law Society chairman Eric Mutua o', cut in the stored copy, dropped (H2017); en dashes, the one hyphen before 'P.L.O Lumumba', the ellipses and the straight opening mark of Lumumba's item as stored)",
    text='''Kenyan Voices on Their Election Hopes
Ordinary Kenyans and election officials alike share their hopes for a peaceful election, and the messages they're spreading in an attempt to see their hopes realized:
“We don’t want hatred, because we know we are the ones who will lose the most.” – Nakuru resident Samuel Kamau on his hopes for a peaceful election
"The same individuals who were present in 1992, 1997, 2002 and 2007 are the very same who are the political players in the year 2013. So the political culture may not change dramatically, but these individuals upon being elected will find that their actions are controlled and in some ways hamstrung by the new constitutional provisions.” - P.L.O Lumumba, dean of law at Kabarak University, on whether this election will be decided on the basis of ethnicity or issues
“Vote for whom you love, but you also need to be ready that you can vote for somebody that you love and they may not make it … Vote, yes, but be ready to accept the results, and be peaceful.” – Pastor Ronald Makokha explains the message he is giving his congregation
“…if we can come to a kind of consensus around the process that needs to be followed in light of what has been agreed to candidates in advance of the contest, then if there are disturbances or challenges…there are mechanisms in place for resolving these differences. And our plea to everyone is stick to the process and do it peacefully.” – John Stremlau of the Carter Center, one of the groups monitoring the elections, explaining how he works with other election groups''',
    quotes=[
        Q('“We don’t want hatred', 'lose the most.”', "Samuel Kamau"),
        Q('"The same individuals', 'constitutional provisions.”', "P.L.O Lumumba"),
        Q('“Vote for whom you love', 'and be peaceful.”', "Ronald Makokha"),
        Q('“…if we can come', 'do it peacefully.”', "John Stremlau"),
    ],
    aliases={"Samuel Kamau": ["Nakuru resident Samuel Kamau"],
             "P.L.O Lumumba": ["P.L.O Lumumba, dean of law at Kabarak University"],
             "Ronald Makokha": ["Pastor Ronald Makokha"],
             "John Stremlau": ["John Stremlau of the Carter Center"]},
),
dict(
    id="voa-en-h413-2008-01-kenyans-in-washington-protest-election",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-01-03-voa14-66790132/565862.html",
    license=PD, retrieved=PAGES + " (VOA story 565862 of January 3, 2008 on VOA's content-management preview host voa.pangea-cms.com; the stored copy begins with the body, without headline or date line, so the text begins with its first paragraph (as H931); the paragraph '“We believe that as the leader of democracy in the world, ... make sure that an independent audit', cut in the stored copy, dropped, so the text ends on the paragraph announcing it (H2019); curly marks as stored)",
    text='''In Kenya, opposition leaders have vowed to hold a massive rally Thursday to protest what they called the fraudulent re-election of President Mwai Kibaki. The government has banned the rally in Nairobi and many fear it could worsen a wave of post-election violence that has already killed more than 300 people.
In Washington, Kenyans from many parts of the United States demonstrated Wednesday in front of the Kenyan Embassy, the White House, and the State Department.
Jack Obongo is one of the organizers of the rallies. He told VOA the protesters want the United States to support an independent review of the election results so that what he called the truly elected president of Kenya can be sworn in.
“The purpose of this demonstration is to protest events going on in Kenya right now because our electoral process has been assaulted by the incumbent government of President Mwai Kibaki. We just had elections recently on December 27, 2007, which were marred by a lot of irregularities, and these have been documented by the European Union observer team, which said the poll was not meeting regional or international standard. So we are here in Washington, D.C. demonstrating and expressing our dissatisfaction with the electoral process. And we are also calling for peace because there is already violence in Kenya at the moment,” he said.
Obongo said the elections were rigged in favor of incumbent President Kibaki.
“We are actually protesting because we know that Raila Odinga was elected the president of Kenya. We want the incumbent president who was illegitimately sworn in to step down and hand over power to the duly elected president of Kenya who is Raila Odinga,” Obongo said.
He said the demonstrators also had an important message for President Bush and the U.S. government.''',
    quotes=[
        Q('“The purpose of this demonstration', 'at the moment,”', "Jack Obongo"),
        Q('“We are actually protesting', 'is Raila Odinga,”', "Jack Obongo"),
    ],
    aliases={"Jack Obongo": ["Jack Obongo", "Obongo"]},
),
dict(
    id="voa-en-h413-2008-02-bombing-west-darfur-unhcr-withdraws",
    source="https://yingyuke.net/a/130467.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Lisa Schlein of February 19, 2008 on yingyuke.net, a language-learning site; the Chinese label before the headline ('VOA常速英语2008年-'), the time, author and category line ('时间:2019-01-08 作者:英语课 分类:VOA常速英语2008年(二月)') and the date line lines 'Geneva' and '19 February 2008' dropped; the headline kept as the first line; the vocabulary numbers ('alleged 1', 'confirmation 2', 'humanitarian 3', 'helping 4', 'influx 5', 'militia 6', 'displacement 7') kept as stored (as H930, H2018); the paragraph 'Last week, the UNHCR tried to move thousands of Sudanese refugees ... but unarmed gunmen blo', cut in the stored copy, dropped; straight marks as stored)",
    text='''Bombing in West Darfur Forces UNHCR to Withdraw
The U.N. refugee agency says an aerial bombing overnight and Tuesday morning in West Darfur, Sudan, close to the border with Chad, has forced the agency to withdraw its team. The aid workers were caring for newly arrived refugees in the Birak area in Chad, which is close to the insecure border. Lisa Schlein reports for VOA from UNHCR headquarters in Geneva.
The UNHCR says it learned about the attack from seven refugees who crossed the border from West Darfur into Chad Monday evening. It says the refugees were carrying a 55-year-old woman who had lost both her legs during an alleged 1 overnight bombing.
U.N. refugee spokeswoman, Jennifer Pagonis, says the refugees reported the Aro Sharow camp for internally displaced people, north of Jebel Moon in West Darfur, was attacked. She says the woman later died.
"The refugees said more people would now be fleeing to Chad," said Pagonis. "We have no confirmation 2 or further details of the alleged bombing raid but bombings could be heard from Birak.
"This highlights the extremely vulnerable situation of the refugees and of the humanitarian 3 workers who are helping 4 them. For protection and security the refugees need to urgently be moved away from the border. We are still discussing the transfer to existing camps near Guereda with the Chadian authorities," she added.
A new influx 5 of refugees into eastern Chad began February 8 following deadly attacks by the Sudanese-backed janjaweed militia 6 in West Darfur. Since then, the UNHCR reports about 10,000 Sudanese refugees have arrived in Chad. Aid workers on the ground say more arrivals are expected as well as more displacement 7 in West Darfur because of the bombing.''',
    quotes=[
        Q('"The refugees said more people', 'fleeing to Chad,"', "Jennifer Pagonis"),
        Q('"We have no confirmation 2', 'heard from Birak.', "Jennifer Pagonis"),
        Q('"This highlights', 'the Chadian authorities,"', "Jennifer Pagonis"),
    ],
    aliases={"Jennifer Pagonis": ["U.N. refugee spokeswoman, Jennifer Pagonis", "Pagonis"]},
),
dict(
    id="voa-en-h413-2007-07-venezuelan-students-freedom-of-expression",
    source="https://www.voanews.com/archive/venezuelan-students-forefront-campaign-freedom-expression",
    license=PD, retrieved=PAGES + " (VOA News report by Michael Bowman of July 2, 2007 on the archive pages of voanews.com (headline 'Venezuelan Students at Forefront of Campaign for Freedom of Expression'); the stored copy begins with the body, without headline or date line, so the text begins with its first paragraph (as H931); the empty lines between paragraphs dropped; the paragraph 'Polls show the closing of RCTV to be vastly unpopular', cut in the stored copy, dropped; the glued 'She says,\"We' and 'county' as stored (H2019); straight marks as stored)",
    text='''During the past month, tens of thousands of Venezuelan students have led massive demonstrations protesting President Hugo Chavez' decision to shut down the country's most popular private television station. VOA's Michael Bowman recently visited Caracas' largest university, which serves as a bastion of debate and student activism.
Students are taking final exams at Venezuela's Central University, after missing several weeks of classes to take to the streets, mobilizing against what they see as a clear threat to freedom of expression in their country.
Political science major Ana Cristina Garanton says she took part in countless marches and protests that caught the attention of the nation and the international community. Garanton says the battle extends beyond the fate of Radio Caracas Television, whose broadcast license the Chavez government refused to renew in late May, accusing it of inciting rebellion.
She says,"We are fighting for the rights we should have as students so that when I graduate I can pursue any career without being discriminated against for political reasons. Our parents will one day leave the country to us. And it is up to us, the young people, to take the reins of the county."
Garanton adds that students are well aware that their activism could cause them to be blacklisted by the government, making it harder for them to secure employment after graduation. She says, "We are considered a threat because we criticize the government and make demands when things are unsatisfactory."
But opinions are far from uniform on campus. Pro-Chavez law student Lenin Sosa believes those who protest the closing of RCTV are misguided, defending a station that openly allied itself with the country's political opposition. He says, "A channel that obeys individual and capitalistic interests can never represent the will of the majority that desires humanitarian and social development with solidarity and honesty."''',
    quotes=[
        Q('"We are fighting for the rights', 'reins of the county."', "Ana Cristina Garanton"),
        Q('"We are considered a threat', 'things are unsatisfactory."', "Ana Cristina Garanton"),
        Q('"A channel that obeys', 'solidarity and honesty."', "Lenin Sosa"),
    ],
    aliases={"Ana Cristina Garanton": ["Political science major Ana Cristina Garanton", "Garanton"],
             "Lenin Sosa": ["Pro-Chavez law student Lenin Sosa"]},
),
dict(
    id="voa-en-h413-as-it-is-bokamosa-youth",
    source="https://yy.chazidian.com/show-213204",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English 'As It Is' magazine segment hosted by Mario Ritter on the language-learning site yy.chazidian.com; the stored copy begins inside the show's opening paragraph ('our new magazine show in Special English. ... --- AS IT IS.'), which is dropped, so the text begins with the host's line 'Hello, I’m your host, Mario Ritter.' (as H931); no headline stored; the paragraph 'As part of Bokamosa, students also write poems and perform ', cut in the stored copy, dropped; curly marks as stored)",
    text='''Hello, I’m your host, Mario Ritter.
This week on our program, we talk about how art and society connect. For instance, a writing program in Afghanistan permits women to share their ideas about the politics and culture in their country. Another young Afghan woman uses her art to say something about American politics. But first, we bring you music from some South African and American young people.
Bokamosa Youth is the name of a South African organization. For over 10 years, about 20 Bokamosa members have spent a month at a high school and college in the United States. The program offers more than just an exchange between two cultures. It gives young people the opportunity to talk about what is important to them, and to imagine a different kind of life for themselves.
While the Bokamosa Youth perform, many of the American students join in.
“Bokamosa has been doing that here for years, so many of us are familiar with this.”
Drew Looney is in his third year of high school at Saint Andrew’s Episcopal School in the eastern state of Maryland. Singing together helps the American and South African students get to know each other. Teachers at Saint Andrew’s say meeting the South Africans makes some American students think about living or working in another country one day. And attending an American school, even for only a few weeks, often makes members of the South African group decide to get more education.
“I wanted to go a mile from where I was.”
That was Themba. He is 19. Like other members of Bokamosa, he grew up in a town outside of Pretoria called Winterveldt.
“I can say it’s a place under construction.”''',
    quotes=[
        Q('“Bokamosa has been doing that', 'familiar with this.”', "Drew Looney"),
        Q('“I wanted to go a mile from where I was.”', None, "Themba"),
        Q('“I can say it’s a place under construction.”', None, "Themba"),
    ],
    aliases={"Drew Looney": ["Drew Looney"], "Themba": ["Themba"]},
),
dict(
    id="voa-en-h413-2017-06-prom-american-tradition",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-06-10T14%3A14%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of June 9, 2017 on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed (other pages in heldout403-en); the blog's date lines 'Saturday, June 10, 2017' and 'Friday, June 9, 2017' and the neighbouring item 'English in a Minute: Shell Out' with its lines 'This phrasal verb has to do with money. ...', 'from Voice of America http://ift.tt/2rMkMs8' and 'via IFTTT' dropped; the headline kept as the first line; the body stored as one paragraph (opening with two spaces, dropped) and kept so, with the run-in subheadings 'Made in America' and 'Making it affordable' in place as stored; the stored copy breaks off in 'They might hire a professional make-up artist for a few hours', so the text ends on the sentence before; curly marks as stored)",
    text='''Prom: An American Tradition
Hope Nibert has a huge smile on her face. The 18-year-old from Arlington, Virginia has a lot of reasons to be happy. Her high school graduation is just days away. She goes to Guatemala in the summer to work there with her church. Then, in the fall, she will head to Elizabethtown College in Pennsylvania. But that is not why she is smiling right now. Tonight, in a beautiful long dress, with her hair perfectly curled, she is excited to be going to prom. “A prom is a formal dance for high school students that’s usually at the end of the year.” Made in America Prom was born in the United States more than 100 years ago and has spread to other parts of the world. In America, it has become an industry similar to the wedding business. A study done by the American financial company, Visa, found that, on average, an American family spends more than 900 dollars on prom. Much of it is spent on what the young adults wear to the formal dance. Gowns often cost in the hundreds of dollars. Tuxedo rentals are similarly priced. And then there are costs linked to hair and makeup, flowers for prom dates, dinner and transportation. It adds up. But some students find ways to make the event more economical. “I borrowed my dress,” says Maggie Kinnett. Like Hope, Maggie is a senior at Yorktown High School in Arlington. She got her makeup done without cost by a professional who is a family friend. Making it affordable Hope also cuts costs. She bought her dress online for far less than she would have paid in the stores. She also did her own hair. Many girls choose to get ready for the prom with friends. They might get their hair done at a beauty shop together.''',
    quotes=[
        Q('“A prom is a formal dance', 'end of the year.”', "Hope Nibert"),
        Q('“I borrowed my dress,”', None, "Maggie Kinnett"),
    ],
    aliases={"Hope Nibert": ["Hope Nibert", "Hope"], "Maggie Kinnett": ["Maggie Kinnett", "Maggie"]},
),
]
