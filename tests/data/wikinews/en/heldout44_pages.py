# Held-out English news pages (tests/data/heldout44-en.jsonl). Like the VOA pages of heldout40_pages.py and the VOA item of
# heldout43_pages.py, these texts are stored web pages (the `pages` search corpus) of Voice of America, each on VOA's own
# sites (voanews.com and VOA's content system voa.pangea-cms.com), none of them used in an earlier set, on topics earlier
# VOA sets used less: immigration and new citizens (a naturalization ceremony, 2019), international students in the US
# (four Student Union stories, 2017-2020: Indian students and the F-1 directive, foreign students and the Minneapolis
# protests, campus violence after Charlottesville, students from Wuhan), Asia-Pacific (Seoul residents on North Korean
# threats, 2016; Hong Kong protests, 2019), Latin America (Haiti: Port-au-Prince streets before Aristide's fall, 2004;
# Carrefour after the 2010 earthquake) and Europe (Germany's refugee summit, 2015). All are works of the US government
# and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted
# in `retrieved`). 'Accessibility links', 'Breaking News', section labels, photo captions, video-player lines and
# bylines are dropped; wording, spelling, spacing inside paragraphs and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H217-H221 in ANNOTATION.md on top of H1-H216).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
BOILER = "'Accessibility links', 'Breaking News'"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout44-en.jsonl

Built by `build.py` from `heldout44_pages.py`. Like heldout40-en and the VOA item of heldout43-en, these texts are stored
web pages (the `pages` search corpus) of Voice of America, each on VOA's own sites (voanews.com and VOA's content system
voa.pangea-cms.com), none of them used in a set above, on topics earlier VOA sets used less: immigration (a naturalization
ceremony at the National Museum of the American Indian, 2019), international students in the US (four Student Union
stories, 2017-2020), Asia-Pacific (Seoul residents on North Korean threats, 2016; Hong Kong protests, 2019), Latin America
(Haiti, 2004 and 2010) and Europe (Germany's refugee summit, 2015). All are US government works in the public domain
(17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). 'Accessibility links',
'Breaking News', section labels, photo captions, video-player lines and bylines were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H217–H221 in `ANNOTATION.md` on top of
H1–H216) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind,
by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2019-11-new-us-citizens-look-forward",
    source="https://www.voanews.com/a/usa_what-some-new-us-citizens-look-forward-most/6179397.html",
    license=PD, retrieved=PAGES + " (" + BOILER + ", the photo caption 'FILE - People hold flags ...' and the video-player lines 'Naturalizations Hit 11-Year High as Election Year Approaches', 'please wait', 'No media source currently available', '0:00 0:02:37 0:00' dropped; the paragraph '\"I got my citizenship, and the most exciting part ...,\" said Sumreen Amer, ...', cut in the stored copy, dropped)",
    text='''What Some New US Citizens Look Forward to Most
The U.S. Citizenship and Immigration Services naturalized 833,000 people - an 11-year high in new oaths of citizenship - in fiscal year 2019, which ended September 30. This fiscal year, USCIS administered the Oath of Allegiance to 60 of America’s newest citizens, from 51 different countries, during a special naturalizing ceremony Tuesday at Smithsonian’s National Museum of the American Indian.
Holding American flags in their left hands, the group raised their right hands, and placed them over their hearts, and took the Oath of Allegiance to the United States of America.
"It means a lot, joining one of the world’s greatest country of all times and able to serve this country," said Sandra Amoah, a new U.S. citizen originally from Ghana.
For these 60 people from 51 different countries, young and old, this was the final step to become a naturalized citizen of the United States of America. But it also marked a new beginning in their lives.
"It's going to open more doors for me for a young guy growing up, it's a great opportunity right here," Ghana native Yaw Opoku Amoah told VOA.
"I found it very emotional and I feel that it is a privilege that not very many people can obtain," Virginia Growich, a new U.S. citizen who was born in England said.
Becoming a U.S. citizen bestows many privileges, including being able to bring family members to the U.S., as well as being eligible for federal jobs and to run for public office. But in this crowd, many were excited to able to vote in upcoming presidential elections.''',
    quotes=[
        Q('"It means a lot', 'serve this country,"', "Sandra Amoah"),
        Q('"It\'s going to open', 'right here,"', "Yaw Opoku Amoah"),
        Q('"I found it very emotional', 'can obtain,"', "Virginia Growich"),
    ],
    aliases={},
),
dict(
    id="voa-2020-07-visa-changes-panic-indian-students",
    source="https://voa.pangea-cms.com/preview/en-US/a/student-union_us-visa-changes-create-panic-among-indian-students/6192775.html",
    license=PD, retrieved=PAGES + " (Student Union story on VOA's content system; the section label 'Student Union' above the headline dropped; the paragraph 'Panjrath said some of his classmates and colleagues left the U.S. in March, ...', cut in the stored copy, dropped)",
    text='''US Visa Changes Create Panic Among Indian Students
With leases signed, tickets booked, deposits paid, and about a month for schools to reopen, the recent U.S. directive requiring F-1 student visa holders to be on campus this fall has hung a looming cloud of uncertainty over Indian students.
The announcement by U.S. Immigrations and Customs Enforcement (ICE) last week that international students must attend college or university in person — and not solely online — has created panic among international students, said Sudhanshu Kaushik, the founder of the North American Association of Indian Students (NAAIS).
This directive has “completely uprooted financially, socially and even physically” immigrant students from the United States, Kaushik said. With the ruling coming this close to the fall semester, students have paid tuition, some having taken loans for tuition and school costs.
Like American students, many have signed leases for the 2020 academic year.
Kaushik said he feels the U.S. government has “washed their hands” of immigrant students when dealing with the pandemic.
Jaskirat Panjrath, 19, a freshman at the Parsons School of Design in New York, came to the U.S. because the education system here was the best, he said. He has gotten a taste of that education, but as COVID-19 emerged, Panjrath said his reality transformed, he said.
“America is no more the land of dreams or whatever it claims to be,” he added. “There is no coming in here and, like, settling in, you know, trying to work toward the American dream or so.”
“This entire thing's, just caused a lot of anxiety, and added a lot more uncertainty to the uncertainty,” he said. “[It’s] filling this entire bucket of uncertainty and it's like overflowing but like they’re still pouring more uncertainty.”''',
    quotes=[
        Q('“completely uprooted financially, socially and even physically”', None, "Sudhanshu Kaushik"),
        Q('“washed their hands”', None, "Sudhanshu Kaushik"),
        Q('“America is no more', 'claims to be,”', "Jaskirat Panjrath"),
        Q('“There is no coming', 'dream or so.”', "Jaskirat Panjrath"),
        Q('“This entire thing', 'to the uncertainty,”', "Jaskirat Panjrath"),
        Q('“[It’s] filling', 'more uncertainty.”', "Jaskirat Panjrath"),
    ],
    aliases={"Sudhanshu Kaushik": ["Kaushik"], "Jaskirat Panjrath": ["Panjrath"]},
),
dict(
    id="voa-2020-06-violence-racism-worry-foreign-students",
    source="https://voanews.com/student-union/violence-racism-us-worry-foreign-students",
    license=PD, retrieved=PAGES + " (Student Union story; " + BOILER + ", the section label 'Student Union' and the photo caption 'Protesters rally, June 2, 2020, in Phoenix ...', printed twice, dropped; the paragraph '\"I guess ...', cut in the stored copy, dropped)",
    text='''Violence, Racism in US Worry Foreign Students
Around the corner from where Anna Shchetinina lives in Minneapolis, the post office is gone, shops have been boarded up, and the police station has gone up in flames.
That’s the same police station the officers, who arrested and restrained George Floyd on a busy street before he died, worked from. Since then, protests and looting have erupted nationwide against racism -- Floyd was African American -- and police brutality in the U.S.
“These past few days demonstrated how physically vulnerable I am,” said Shchetinina, 29, an international student from Russia at the University of Minnesota. “Living in the center of the protest in Minneapolis put me in constant fear.”
Grocery stores, local restaurants, a couple of nonprofits, affordable housing sites affordable, bus stops, rose bushes and hydrangeas, are all gone, she said.
“Watching an apartment building next door burning with people trapped on the roof is scary. Smoke getting into your lungs making it impossible to breathe or see is terrifying.”
But Shchetinina says she harbors no anger toward whoever caused the damage and make her scurry from her house every night in a hurry.
“This wave is as much scary and damaging, as it is powerful and justified,” she said.
“I saw business owners saying: ‘Let my building burn if it’s for this cause.’ I saw people peacefully helping each other at the support centers. I saw as many people volunteering during daytime, as rioting at night, and most likely these two groups overlap.”''',
    quotes=[
        Q('“These past few days', 'vulnerable I am,”', "Anna Shchetinina"),
        Q('“Living in the center', 'constant fear.”', "Anna Shchetinina"),
        Q('“Watching an apartment building', 'is terrifying.”', "Anna Shchetinina"),
        Q('“This wave is as much', 'and justified,”', "Anna Shchetinina"),
        Q('“I saw business owners', 'groups overlap.”', "Anna Shchetinina"),
    ],
    aliases={"Anna Shchetinina": ["Shchetinina"]},
),
dict(
    id="voa-2017-08-campus-violence-foreign-students",
    source="https://voa.pangea-cms.com/preview/en-US/a/is-campus-violence-in-us-scaring-foreign-students/4034155.html",
    license=PD, retrieved=PAGES + " (Student Union story on VOA's content system; " + BOILER + ", the section label 'Student Union' and the photo caption 'FILE - A fire set by demonstrators ...', printed twice, dropped; the paragraph '“Such events obviously make you consider the limitations of freedom of expression,” Sahai said. ...', cut in the stored copy, dropped)",
    text='''Is Campus Violence in US Scaring Foreign Students?
As violence unfolded near the University of Virginia-Charlottesville recently, international students about to start school in the U.S. asked themselves: “What just happened?”
Devesh Sahai, a junior in economics and foreign affairs at the University of Virginia-Charlottesville (UVA), was in India when Charlottesville dissolved into violence. He said he has never felt threatened by white supremacy and has not faced discrimination since he joined UVA in fall 2015.
But the events in a park near campus made him “a lot more cautious” when he returned this fall.
“On several occasions, I have had to deal with ignorance towards my cultural background, but at no point have I found this ignorance malicious,” said Sahai.
Among the uninformed questions about his ethnicity?
“What part of India is Dubai in?” or “Do you speak Indian?” Sahai explained. (Answer: Dubai is a city in the United Arab Emirates along the Persian Gulf. And, most of India speaks English because the British colonized the country for nearly 200 years.)
UVA hired Virginia firm MSA Security to assess safety-risks for large campus events, and it has increased campus police on UVA grounds, among other safety measures, according to University of Virginia President Teresa A. Sullivan on Thursday.''',
    quotes=[
        Q('“What just happened?”', None, None),
        Q('“a lot more cautious”', None, "Devesh Sahai"),
        Q('“On several occasions', 'ignorance malicious,”', "Devesh Sahai"),
        Q('“What part of India is Dubai in?”', None, "Devesh Sahai"),
        Q('“Do you speak Indian?”', None, "Devesh Sahai"),
    ],
    aliases={"Devesh Sahai": ["Sahai"]},
),
dict(
    id="voa-2016-seoul-residents-north-korean-threats",
    source="https://www.voanews.com/a/north-korea-human-rights/3550404.html",
    license=PD, retrieved=PAGES + " (" + BOILER + ", the photo caption 'South Korean Marines and U.S. Marines ...' (cut in the stored copy) and the video-player lines 'What Seoul Residents Think About North Korean Threats - VOA Asia Weekly', 'please wait', 'No media source currently available', '0:00 0:06:01 0:00', 'Direct link' dropped; the paragraph 'South Korea has announced ...', cut in the stored copy, dropped)",
    text='''Seoul Residents Respond to North Korean Threats
Since the beginning of 2016, there have been significant discussions about North Korea’s human rights situation, its weapons programs, and the sanctions placed on the country by the United Nations.
Politicians, military officials, and analysts from research organizations have shared their views and opinions about the events on the Korean peninsula, but what of those who live in South Korea’s capital of Seoul?
Kim Geon-hee, a 16-year-old student told VOA, “I don’t think the [present] policies are working. In the past and now, we have been pushing for our own policies (South Korea), but North Korea’s reactions show those policies are ineffective. The South Korean government should make [new policies].”
Another Seoul resident, Jung Hae-young, added, “In my opinion, it doesn’t seem that the South Korean government really thought about [their] policies. Instead of being concerned about the diplomatic situation and relations with North Korea, the government [Park Geun-hye administration] is only focusing on how to maintain itself. The government is careless about whether the policies are effective or not.”
Lee Ba-woo, a 55-year-old artist, doesn’t feel that North Korean leader Kim Jong Un is threatening, but rather Kim’s way of thinking is dangerous.“ Just like we had kings in the old days,” said Lee, “We can see that Kim has some problems with the way he views situations. Because of his background, he thinks narrow-mindedly.”''',
    quotes=[
        Q('“I don’t think the [present]', 'make [new policies].”', "Kim Geon-hee"),
        Q('“In my opinion', 'effective or not.”', "Jung Hae-young"),
        Q('“ Just like we had kings', 'old days,”', "Lee Ba-woo"),
        Q('“We can see that Kim', 'narrow-mindedly.”', "Lee Ba-woo"),
    ],
    aliases={"Lee Ba-woo": ["Lee"]},
),
dict(
    id="voa-2019-10-hong-kong-protesters-again-take-streets",
    source="https://www.voanews.com/a/east-asia-pacific_protesters-again-take-streets-hong-kong/6178324.html",
    license=PD, retrieved=PAGES + " (" + BOILER + ", the photo caption 'Anti-government demonstrators hold umbrellas ...' and the video-player lines 'Protesters Again Take to Streets of Hong Kong', 'please wait', 'No media source currently available', '0:00 0:02:49 0:00' dropped; the paragraph 'Opposition legislator Ted Hui told ...', cut in the stored copy, dropped)",
    text='''Protesters Again Take to Streets of Hong Kong
Police and protesters in Hong Kong clashed again Sunday, as thousands of people took to the streets for another weekend of protests.
Last week, the city’s governing body formally withdrew the bill that sparked the original demonstrations earlier this year, but that has done little to appease protesters in this leaderless movement, who say they want the government to do more to stave off what they believe is encroaching control from Beijing.
U.S. Vice President Mike Pence last week became the highest ranking member of the Trump administration to voice strong support for the anti-Beijing movement, now entering its fifth month in this semi-autonomous Chinese city.
"To the millions in Hong Kong who have been peacefully demonstrating to protect your rights these past months, we stand with you,” Pence said. “We are inspired by you and we urge you to stay on the path of non-violent protest.”
That message of non-violence did not carry, with clashes and vandalism that only intensified as night fell. In previous months, other protests have turned chaotic and violent, with police firing tear gas, water cannon, rubber bullets and the occasional live round.
Hong Kong police initially tried to stop demonstrators from progressing past their gathering point at the harbor, by firing tear gas and rubber bullets. Protesters fought back with umbrellas. Authorities set up choke points along the main protest route, penning in the crowds. But later, as police retreated, the crowd resurfaced further down the road, vandalizing businesses they see as supporting Beijing, like the city’s subway system.''',
    quotes=[
        Q('"To the millions in Hong Kong', 'we stand with you,”', "Mike Pence"),
        Q('“We are inspired by you', 'non-violent protest.”', "Mike Pence"),
    ],
    aliases={"Mike Pence": ["U.S. Vice President Mike Pence", "Pence"]},
),
dict(
    id="voa-2020-01-students-from-wuhan-traveling",
    source="https://voa.pangea-cms.com/preview/en-US/a/student-union_students-wuhan-traveling-globally-holidays/6183023.html",
    license=PD, retrieved=PAGES + " (Student Union story on VOA's content system; the section label 'Student Union' above the headline dropped; the stored copy ends the second paragraph with the opening mark of the next one (`management.“` + line break + `There are just ...`): the line break was moved before the mark, no character changed (H218); the paragraph 'Friends in Wuh...', cut in the stored copy, dropped)",
    text='''Students from Wuhan Traveling Globally for Holidays
International students remaining in Wuhan, China — where the government has issued a lockdown to avoid the spread of the deadly coronavirus — report being provided surgical masks and being asked to stay indoors.
“As I write this message, the school is on lockdown as the school authorities are putting in place measures to protect the remaining foreign students on campus,” emailed an international student who identified himself as @Vince Vela Nova from Ghana who is doing a post-graduate degree program in land resource management.
“There are just a handful of Chinese students around as most of them have gone back home to celebrate the Chinese New Year,” he wrote. “This morning the international office provided the students with surgical masks and entreated every one of us to stay indoors.”
Medical students from India training in Wuhan have been advised to stay home and away from their hospital workplace, according to the Hindustan Times. While about 600-700 medical students from India study in Wuhan, most have returned home for the winter-New Year’s break from school.
A 45-year-old teacher from India working at an international school has been admitted to the hospital with flu-like symptoms, reported the Telegraph.
The outflow of international students to points around the globe for winter break has caused rapid anxiety.
"My niece is stuck in Wuhan China, with airport closed she can't travel to India," tweeted @harinatha with a video showing a van blocking a roadway. "Please get Indian citizens safely back to India till this virus crisis is over? Few more Indian students, not knowing what to do! University Roads blocked, Please help!!"
"There are Maldivian students in Wuhan [who] need immediate attention as the virus is spreading so fast,” tweeted @Anjumaa on Monday, Jan. 20, imploring the Ministry of Foreign Affairs of the Republic of Maldives to “take an action.”''',
    quotes=[
        Q('“As I write this message', 'students on campus,”', "Vince Vela Nova"),
        Q('“There are just a handful', 'Chinese New Year,”', "Vince Vela Nova"),
        Q('“This morning the international office', 'stay indoors.”', "Vince Vela Nova"),
        Q('"My niece is stuck', 'travel to India,"', "harinatha"),
        Q('"Please get Indian citizens', 'Please help!!"', "harinatha"),
        Q('"There are Maldivian students', 'spreading so fast,”', "Anjumaa"),
        Q('“take an action.”', None, "Anjumaa"),
    ],
    aliases={"Vince Vela Nova": ["@Vince Vela Nova"], "harinatha": ["@harinatha"], "Anjumaa": ["@Anjumaa"]},
),
dict(
    id="voa-2004-02-haiti-port-au-prince-streets",
    source="https://www.voanews.com/a/a-13-a-2004-02-27-3-report/390938.html",
    license=PD, retrieved=PAGES + " (" + BOILER + " dropped; the paragraph 'Mr. Smoker is abandoning Haiti after 18 years of missionary work. ...', cut in the stored copy, dropped)",
    text='''Report from Haiti: Port-au-Prince Streets Go from Dicey to Treacherous
Widespread lawlessness and chaos is gripping Haiti's capital, where President Jean-Bertrand Aristide is facing increasing pressure to resign. Die-hard backers of the embattled leader are terrorizing people they suspect of non-allegiance to Mr. Aristide, including a flood of foreigners desperate to leave the country.
The streets of Port-au-Prince have gone from dicey to treacherous. Normally clogged with all manner of vehicles, the roads are now the domain of the brave, or the foolhardy.
Many streets are littered with burned out cars, concrete blocks and old tires, put there as barricades by President Aristide's most ardent supporters: ruffians known locally as "chimeres," or "ghosts."
At one barricade, a gang of about 20 young males surrounds all who stop. An 18-year-old who declines to identify himself says his goal is to slow any attacks by rebels from the north, who have pledged to take Port-au-Prince by force unless President Aristide resigns.
The youth says, if the rebels come, no matter what they do, we will defend ourselves any way we can.
The gang allows this reporter to pass unharmed. Elsewhere in the city, other motorists are not so lucky. Many Aristide backers see the international community as conspiring to remove their president from power, and foreigners are increasingly coming under attack.
At Port-au-Prince's international airport, American missionary Rodney Smoker and his aged grandmother wait anxiously to board a flight out of Haiti, after surviving a hair-raising encounter with the "chimeres."
"Just coming to the airport, we went through a neighborhood and they [thugs] jumped on us," he said. "There were about 15-to-20 guys. They jumped on our van and were going through all of our stuff, ripping through all of our stuff. My grandma was crying," he said.''',
    quotes=[
        Q('"chimeres,"', None, None),
        Q('"ghosts."', None, None),
        Q('"chimeres."', None, None),
        Q('"Just coming to the airport', 'jumped on us,"', "Rodney Smoker"),
        Q('"There were about 15-to-20 guys', 'was crying,"', "Rodney Smoker"),
    ],
    aliases={},
),
dict(
    id="voa-2010-01-haitians-near-quake-epicenter",
    source="http://www.voanews.com/content/haitians-near-quake-epicenter-still-tallying-their-losses-82613572/111716.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Americas', the photo caption 'A family in the destroyed town of Carrefour, ...', printed twice, and the byline 'Barry Newhouse' dropped; the deck under the headline kept as a line (H197); the double spaces after full stops are as stored; the paragraph 'Like nearly everyone else here, Josue sleeps outside ...', cut in the stored copy, dropped)",
    text='''Haitians Near Quake Epicenter Still Tallying Their Losses
Coastal town of Carrefour, 15 km west of capital, has received little assistance from foreign aid groups or the government
The Haitian town of Carrefour sits atop the epicenter of the earthquake that devastated the region nearly two weeks ago.  Survivors in one neighborhood have only each other to cope with their losses.
The coastal town of tightly packed neighborhoods is about 15 kilometers west of Port au Prince.  Despite its proximity to the capital city and the quake's epicenter, residents have received little assistance from foreign aid groups or the government.
In one neighborhood just off the main thoroughfare, about 5,000 residents have received two large tents.  Trucks bringing free water stopped here temporarily a few days ago but have not returned.
One man helping to dig out corpses still buried beneath the rubble introduces himself.
"I am so glad to see you this morning, because I have not seen anybody coming.  Some people say why are you breaking into this house?  And I say listen, there is a body under the house, I have to take it out.  I cannot just leave it like that," he said.
Ilosielar Josue is a Haitian-American living in Florida whose extended family is from this neighborhood.  After the quake, he spent several days traveling to check on family and friends.  He has been here for a week and offers to give a tour of the devastation.
"You see those houses?  Those houses have maybe 30 people in them.  Most of them died.  This house over there, yeah, most of them died.  I have a cousin there with two kids," Josue said.''',
    quotes=[
        Q('"I am so glad to see you', 'leave it like that,"', None),
        Q('"You see those houses?', 'with two kids,"', "Ilosielar Josue"),
    ],
    aliases={"Ilosielar Josue": ["Josue"]},
),
dict(
    id="voa-2015-05-germany-refugee-summit",
    source="https://www.voanews.com/a/germany-holds-refugee-summitt-as-asylum-applications-soar/2753666.html",
    license=PD, retrieved=PAGES + " (" + BOILER + " and the video-player lines 'Germany Holds Refugee Summit as Asylum Applications Soar', 'please wait', 'No media source currently available', '0:00 0:03:05 0:00' dropped; the paragraph 'Among them is James from Sierr...', cut in the stored copy, dropped)",
    text='''Germany Holds Refugee Summit as Asylum Requests Soar
Germany is to hold a summit on refugees Friday, as the number of people seeking asylum in the country has doubled in a year. Close to 30,000 migrants are believed to have crossed the Mediterranean from Africa to Europe so far in 2015, with many heading north in the hope of finding better welfare programs and jobs.
The first migrants boarded the Verona to Munich express train at Brenner, the last stop in Italy, on the mountainous Austrian border. They were mostly Somalis and Eritreans; they carried no possessions; nervously, they made their way through the cars. Some sat in vacant seats, others waited in corridors.
The first police officers came aboard at Rosenheim just inside Germany, and began checking passports. One by one, the migrants were led off the train. After half an hour, more than 70 were lined up on the platform as the other passengers stared through the windows.
Under Europe’s so-called "Dublin Regulations," migrants are meant to apply for asylum in the country where they first arrive. So they often refuse to reveal their identity or give fingerprints until they get to their final destination – often Germany or other wealthy northern European states.
Few migrants want to stay in southern Europe, explains Rebecca Kilian-Mason of the Munich Refugee Council.
“Like in Greece, you have huge problems. And no one is sent back to Greece at the moment, because the situation is so awful. With Italy, there are still a lot of people sent back to Italy, through Dublin [Regulations], and that is quite problematic because a lot of people are homeless, they don’t get social support,” she said.
But they do get that support in Germany. 173,000 people applied for asylum here in 2014. The rate has doubled in 2015.''',
    quotes=[
        Q('"Dublin Regulations,"', None, None),
        Q('“Like in Greece', 'social support,”', "Rebecca Kilian-Mason"),
    ],
    aliases={},
),
]
