# Held-out English news pages (tests/data/heldout129-en.jsonl), none of them used in an earlier set. Voice of America
# stories of 2007-2013 on elections, courts, refugees and disasters, works of the US government in the public domain
# (17 U.S.C. § 105), taken from stored web pages (the `pages` search corpus): three VOA News stories of 2008 on the
# displaced of Kenya's post-election violence on voanews.com (Cathy Majtenyi's report of February 21; Scott Bobb's visit
# to the Jamhuri fairgrounds, archive page; Lisa Schlein's report from Geneva of January 22), the VOA News item of August
# 9, 2013 on the Zimbabwean opposition's court challenge, reposted on globalsecurity.org, and four copies on
# language-learning sites: Gilbert da Costa's VOA report on the Nigerian election tribunal (2008, m.tingroom.com), Lisa
# Schlein's VOA report of December 4, 2007 on insecurity around the refugee camps in eastern Chad (tingroom.com) and two
# VOA News stories of October 2009 on the Samoa tsunami and the Padang earthquake (lingq.com lessons). None is credited to
# AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News',
# 'UNITED24 - ...', 'Military'), bylines, the learner sites' Chinese lines, cookie notices and vocabulary lists are
# dropped; wording, spelling ('Mubage'), the learner sites' vocabulary numbers glued to words ('endorsing1',
# 'deterioration1') and quotation marks (straight double and single marks) are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H980-H984 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout129-en.jsonl

Built by `build.py` from `heldout129_pages.py`. Like heldout22-en, heldout24-en, heldout98-en, heldout123-en and
heldout126-en, these texts are Voice of America stories taken from stored web pages (the `pages` search corpus), none of
them used in a set above, this time on elections, courts, refugees and disasters of 2007-2013: three VOA News stories of
2008 on the displaced of Kenya's post-election violence on voanews.com (Cathy Majtenyi's report: Alice Muthoni; the
Jamhuri fairgrounds camp: Reverend Steven Mbogo, Mary Akinyi; the UN missions: Elizabeth Byrs), the VOA News item of
August 9, 2013 on the Zimbabwean opposition's court challenge to Robert Mugabe's re-election, reposted on
globalsecurity.org (Douglas Mwonzora, the MDC, Zimbabwe's election commission, the African Union, SADC's observer
mission), and four copies on language-learning sites: the VOA report on the Nigerian election tribunal's ruling for Umaru
Yar'Adua (m.tingroom.com: judge Abdulkadir Jega), the VOA report of December 4, 2007 on insecurity around the refugee
camps of eastern Chad (tingroom.com: Andrej Mahecic of UNHCR) and two VOA News stories of October 2009 on lingq.com (the
Samoa tsunami: Veronica Verde of FEMA; the Padang earthquake: VOA correspondent Brian Padden). All are US government works
in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines,
bylines, the learner sites' Chinese lines, cookie notices and vocabulary lists were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by
8-word overlap with every existing text, including the other helpers' worktrees). The set is small: the search budget
ran out after few queries, and several VOA pages found quote only one passage or were already used. The annotation
(rules H980–H984 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2008-02-21-violence-in-kenya-leaves-hundreds-of-thousands-with-nowhere-to-go",
    source="https://www.voanews.com/a/a-13-2008-02-21-voa24/404907.html",
    license=PD, retrieved=PAGES + " (VOA News story by Cathy Majtenyi of February 21, 2008 on voanews.com; the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Among the worst affected are children and youths. ...', cut in the stored copy, dropped)",
    text='''Violence in Kenya Leaves Hundreds of Thousands With Nowhere to Go
In Kenya, violence that began shortly after elections in December is blamed for the deaths of more than 1,000 people and the displacement of 600,000 others. Many who fled their homes now live in church compounds, police stations and other locations across the country. Cathy Majtenyi visited several displaced persons camps and filed this report for VOA.
Alice Muthoni recalls the night she was forced to flee her home in the Rift Valley of western Kenya, leaving everything behind.
"We were told that the attackers were on their way coming to our place about 3 p.m," she recalled. "Right away we took our children and ran away, praying so that they did not reach us. We saw them from some distance, so we just ran away."
The mother of four now lives in a compound in Molo town. Her children are staying in other locations, and she does not know the whereabouts of some family members.
Muthoni is one of hundreds of thousands of Kenyans who fled their homes during the violence that swept across their country following the December 27 elections.
The violence initially focused on the elections results. Many accuse Mwai Kibaki and his Party of National Unity of rigging the elections in their favor at the expense of the Orange Democratic Movement, led by Raila Odinga.
But people caught up in the chaos say the violence is also ethnic-based, with certain groups burning and destroying the homes and businesses of other groups in tensions that date back to colonial times.
The result is deserted farmlands, hunger, disease, family breakdown and a widespread feeling of despair.
This is starkly evident in places such as the Jamhuri Showground in the capital Nairobi. Thousands of people have been living there in cowsheds and other buildings since the violence erupted.''',
    quotes=[
        Q('"We were told that the attackers', 'about 3 p.m,"', "Alice Muthoni"),
        Q('"Right away we took', 'just ran away."', "Alice Muthoni"),
    ],
    aliases={"Alice Muthoni": ["Muthoni"]},
),
dict(
    id="voa-en-2008-01-some-kenyas-displaced-seek-return-to-ancestral-homes",
    source="https://www.voanews.com/archive/some-kenyas-displaced-seek-return-ancestral-homes",
    license=PD, retrieved=PAGES + " (VOA News story by Scott Bobb of early 2008 on the voanews.com archive; the stored page has no headline line and begins with the lead; the paragraph 'But the home Akinyi', cut in the stored copy, dropped)",
    text='''Aid officials in Kenya are warning that the country faces a serious humanitarian crisis because of the 300,000 people who have been displaced by violence that followed the country's disputed presidential election. VOA's Scott Bobb visited a camp for displaced people near Nairobi where many of the traumatized victims say they want to go back to their ancestral homes.
Children play on the swinging gate of a cow paddock inside the Jamhuri Trade Fairgrounds, a sprawling agricultural complex on the outskirts of Nairobi.
Laundry is drying on a fence next to a row of latrines made from tin sheets. Families are camped in a shed of cattle stalls in front of which burns a cooking fire tended by an elderly woman.
The Jamhuri Fairgrounds lie near Kibera, one of Nairobi's largest slums. When violence erupted in December, following Kenya's elections, several-thousand people took refuge here. Five-thousand more came daily for food and health care.
The director of the African Evangelist Enterprises that coordinates relief services here is Reverend Steven Mbogo. He says besides caring for the physical needs of the displaced, a major challenge is dealing with the psychological effects of their ordeal.
"Many of these people were traumatized," he said. "You had even children who would tell what they had witnessed, either people being killed or beaten up. So there was lots of counseling that took place."
One-fourth of the camp's 200 volunteers are counselors. Mbogo says even they need counseling periodically.
New arrivals continue to stream in, a young woman balancing a suitcase on her head, a man with a rolled-up mattress over his shoulder.
One of these is Mary Akinyi. A young woman with a round face, she came from Thika, a nearby town in a traditionally Kikuyu area. She fled after gangs armed with machetes told her family to leave or be killed.
"We want to go home because we can not do anything here, no work, no school," she said. "So we are feeling bad."''',
    quotes=[
        Q('"Many of these people were traumatized,"', None, "Steven Mbogo"),
        Q('"You had even children', 'took place."', "Steven Mbogo"),
        Q('"We want to go home', 'no school,"', "Mary Akinyi"),
        Q('"So we are feeling bad."', None, "Mary Akinyi"),
    ],
    aliases={"Steven Mbogo": ["Reverend Steven Mbogo", "Mbogo"], "Mary Akinyi": []},
),
dict(
    id="voa-en-2008-01-22-kenyans-continue-to-flee-ethnic-post-election-violence",
    source="https://www.voanews.com/a/a-13-2008-01-22-voa44-66729792/561181.html",
    license=PD, retrieved=PAGES + " (VOA News story by Lisa Schlein of January 22, 2008 on voanews.com; the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph with Jemini Pandya's quotation '\"We are also requesting funds in order to be', cut in the stored copy, dropped)",
    text='''Kenyans Continue to Flee Ethnic Post-Election Violence
United Nations aid agencies have begun the first of three interagency missions to areas affected by violence in Kenya this week. The aim of these missions is to get an accurate assessment of the needs of hundreds of thousands of people displaced by post-election riots that broke out last month. Lisa Schlein reports for VOA from Geneva.
The first mission to Nakuru and Molo will be followed by a second on Wednesday to the port of Mombasa, and will end on Thursday with a visit to Eldoret and Kisumu.
The U.N. aid agencies say the aim of these visits is to identify possible gaps in their humanitarian operations.
More than 200,000 people have been displaced by ethnic violence that erupted after Kenya's disputed presidential election at the end of December.
U.N. Humanitarian spokeswoman, Elizabeth Byrs, says violence goes on and people are continuing to flee to Nakuru in the Rift Valley at a rate of about 1,000 a day. She says the condition for internally displaced people is very difficult because of recent rains, as well as shelter and poor storage of food and other supplies.
"Nutrition rapid screening conducted in five sites in the past week indicates that levels of malnutrition are far higher than expected in this population, with 45 cases of severe malnutrition out of 1,400 children screened," she said. "Food access remains a problem with both commercial and relief food delivery facing logistical and security-related challenges."
The International Organization for Migration has been building shelters for displaced people in the Rift Valley town of Eldoret. Spokeswoman, Jemini Pandya, says more than 11,200 displaced people are in a camp with a maximum capacity of 13,000 people.
If more people flee, she says another camp will have to be built to accommodate them. Pandya says the IOM needs $4 million dollars for the aid effort.''',
    quotes=[
        Q('"Nutrition rapid screening', 'children screened,"', "Elizabeth Byrs"),
        Q('"Food access remains', 'related challenges."', "Elizabeth Byrs"),
    ],
    aliases={"Elizabeth Byrs": []},
),
dict(
    id="voa-en-2013-08-09-zimbabwe-opposition-challenges-mugabe-win-in-court",
    source="https://www.globalsecurity.org/military/library/news/2013/08/mil-130809-voa05.htm",
    license=PDC, retrieved=PAGES + " (VOA News item of August 9, 2013, reposted on globalsecurity.org; the site lines 'UNITED24 - Make a charitable donation in support of Ukraine!' and 'Military' and the byline 'by VOA News August 09, 2013' dropped; the headline's 'Mubage' as stored; the paragraph 'Official results show Mugabe winning 61 percent ...', cut in the stored copy, dropped)",
    text='''Zimbabwe's Opposition Challenges Mubage Win in Court
Zimbabwe's main opposition party has filed a lawsuit challenging the election victories of President Robert Mugabe and his ZANU-PF party. The Movement for Democratic Change filed papers with Zimbabwe's Constitutional Court on Friday, asserting that the July 31 elections were rigged to favor the 89-year-old president.
Party spokesman Douglas Mwonzora told reporters the MDC wants the election 'to be declared null and void,' and a new election to be called within 90 days.
The court challenge comes a day after Zimbabwe's election commission said nearly 305,000 people were prevented from voting on election day, mainly due to problems with the list of eligible voters, and that polling officials provided 'assistance' to more than 200,000 others.
In a statement Thursday, the MDC said the election commission's statement 'vindicates' its contention that the vote was a 'monumental farce.'
The opposition group said even more people -- two million by the party's count -- were unable to register to vote because of chaos during the voter registration period.
Several Western countries have also expressed concerns about the polling, especially in the way the voters' roll was compiled, but the African Union declared the election 'free and credible,' and Mr. Mugabe has received congratulations on his victory from several African leaders.
Zimbabwe's contentious election is expected to dominate meetings of the Southern African Development Community (SADC) that begin Saturday in Malawi.
Botswana, one member of the regional bloc, has called for an independent election audit. Earlier, SADC's observer mission certified the polling as 'free and peaceful,' though it stopped short of saying the election was fair.''',
    quotes=[
        Q("'to be declared null and void,'", None, "Douglas Mwonzora"),
        Q("'assistance'", None, "Zimbabwe's election commission"),
        Q("'vindicates'", None, "Movement for Democratic Change"),
        Q("'monumental farce.'", None, "Movement for Democratic Change"),
        Q("'free and credible,'", None, "African Union"),
        Q("'free and peaceful,'", None, "Southern African Development Community"),
    ],
    aliases={"Douglas Mwonzora": [], "Zimbabwe's election commission": [],
             "Movement for Democratic Change": ["MDC"], "African Union": [],
             "Southern African Development Community": ["SADC"]},
),
dict(
    id="voa-en-2008-nigerian-tribunal-upholds-yaradua-victory",
    source="http://m.tingroom.com/?aid=54065&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA report by Gilbert da Costa of early 2008 on the mobile site of tingroom.com, a language-learning site; the site's Chinese line ('搜索关注在线英语听力室公众号:tingroom,领取免费英语资料大礼包。'), the line '(单词翻译)' and the closing character '本' dropped; the byline 'By Gilbert da Costa', glued to the first word of the lead ('By Gilbert da CostaA Nigerian ...'), dropped (H980); the stored page has no headline line; the vocabulary numbers ('endorsing1', 'landslide2', 'petitioner5') kept as stored)",
    text='''A Nigerian election tribunal has upheld President Umaru Yar'Adua's victory last April, despite allegations of widespread rigging. Gilbert da Costa was in the courtroom in Abuja and filed this report for VOA.
The five-man panel of judges ruled in favor of preserving the status quo by endorsing1 a flawed election that gave the ruling party a landslide2 victory.
Opposition3 candidates, former military ruler Muhammadu Buhari and former vice4 president Atiku Abubakar challenged the result before the tribunal. The petitioners6 alleged7 ballot8 papers were not numbered serially9, compilation10 of voter registers were late, and the timing11 of the April 21 vote, and reports of widespread fraud violated the election law and the vote should be annulled12.
Lead judge Abdulkadir Jega told the packed court that the petitioners failed to substantiate13 their allegations.
"This petition has been plagued by want of evidence in proof of virtually all the allegations contained therein," he said. "Even if I were to accept all the excluded evidence provided by the petitioner5, which evidence relates to only four states of the federation14, the petitioner would still have been unable to establish his petition. Accordingly, the petition is hereby dismissed."
Despite the ruling, the legal battle may drag on for months as the losing parties are likely to appeal to the Supreme15 Court for final determination.
International election observers described the 2007 general elections as not credible16. Election tribunals have removed about 50 elected officials, including seven state governors and the senate president.
Dozens more disputed races are pending17, questioning the legitimacy18 of the elections as a whole.
Armed security guards were deployed19 in most parts of Abuja before the verdict, following police reports alleging20 plans by the opposition to cause mayhem.''',
    quotes=[
        Q('"This petition has been plagued', 'contained therein,"', "Abdulkadir Jega"),
        Q('"Even if I were to accept', 'hereby dismissed."', "Abdulkadir Jega"),
    ],
    aliases={"Abdulkadir Jega": []},
),
dict(
    id="voa-en-2007-12-04-insecurity-in-eastern-chad-limits-access-to-refugee-camps",
    source="http://tingroom.com./voastandard/2007/12/50671.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Lisa Schlein of December 4, 2007 on tingroom.com, a language-learning site (host name 'tingroom.com.' as stored); the line '(单词翻译:双击或拖选)' and the vocabulary list at the end ('1 deterioration | | n.退化;恶化;变坏 ...') dropped; the stored page has no headline line; the dateline lines 'Geneva' and '04 December 2007' kept as stored; the vocabulary numbers ('deterioration1', 'humanitarian2', 'volatile3') kept as stored)",
    text='''Geneva
04 December 2007
The U.N. refugee agency says the worsening security situation in eastern Chad is limiting access to refugee camps and leaving thousands of refugees and displaced people feeling extremely vulnerable. Lisa Schlein reports for VOA from UNHCR headquarters in Geneva.
The UNHCR says the fighting has taken place north and east of the town of Abeche, which is near its main base of operations for 12 refugee camps. The area is generally uninhabited.
But, UNHCR spokesman, Andrej Mahecic says refugees in several of the camps are starting to suffer the consequences of declining security.
"Because of the deterioration1 of the security situation, they feel less comfortable moving around the sites," said Mahecic. "As you know, often they collect wood for the cooking and heating and also our access has been somewhat limited. As I said, we had limited access to these areas in the past week due to the insecurity in that part of Chad. But, still all the essential services in the camps are running."
Mahecic says more than 130 humanitarian2 aid workers from various organizations were stuck in the town of Hadjer Hadid south-west of Farchana by heavy fighting since November 24. He says they were finally relocated Monday to Abeche.
He says the volatile3 situation also has prompted an increase in banditry. He says the U.N. refugee agency is continuing to closely monitor the situation.
The UNHCR and its partners are caring for some 240,000 refugees who fled to Chad from western Sudan's conflict-ridden province of Darfur. In addition, the agency also is assisting 180,000 internally displaced people who are sheltering in nearby camps.''',
    quotes=[
        Q('"Because of the deterioration1', 'around the sites,"', "Andrej Mahecic"),
        Q('"As you know, often', 'camps are running."', "Andrej Mahecic"),
    ],
    aliases={"Andrej Mahecic": ["Mahecic"]},
),
dict(
    id="voa-en-2009-09-pacific-island-nations-dig-out-from-tsunami",
    source="https://qa4.lingq.com/uk/%D0%B2%D0%B8%D0%B2%D1%87%D0%B0%D0%B9-%D0%B0%D0%BD%D0%B3%D0%BB%D1%96%D0%B9%D1%81%D1%8C%D0%BA%D1%83-%D0%BE%D0%BD%D0%BB%D0%B0%D0%B9%D0%BD/courses/40198/pacific-island-nations-dig-out-from-tsu-61569",
    license=PDC, retrieved=PAGES + " (copy of a VOA News story (by Kate Pound Dawson, according to the tingroom.com copy of October 2009) of the days after the tsunami of September 29, 2009, in a lesson on lingq.com, a language-learning site (Ukrainian interface); the lines '×' and the Ukrainian cookie notice and the image placeholder 'image' dropped; the lesson title 'VOA News, Pacific Island Nations Dig Out From Tsunami' kept as stored as the first line (H983); the paragraph 'One small bit of good news ... will be abl', cut in the stored copy, dropped)",
    text='''VOA News, Pacific Island Nations Dig Out From Tsunami
Power and telecommunications remain cut on much of Samoa and American Samoa, as island residents struggle to recover from the disaster.
There are reports of entire villages being washed away by the tsunami waves that hit moments after a magnitude eight earthquake struck the islands.
Getting a full assessment of the damage and the loss of life is difficult. The United States, New Zealand, Australia and other nations are still rushing rescue and recovery workers to the distant islands.
The U.S. Federal Emergency Management Agency has sent a plane carrying members from several agencies to help American Samoa, including Defense Department officials and medical staff.
Veronica Verde is the FEMA spokeswoman in Oakland, California, where the relief effort is being coordinated.
"We're also trying to really concentrate on life-saving, life-sustaining efforts," Verde said. "So one of the things that we're looking at is making sure that we get resources on the ground, food, water, cots, tents, tent kits, Coleman stoves, lanterns, tarps to cover, because I know it's their rainy season…. Those are right now some of the resources that we're moving." More help is on the way, including a U.S. Navy ship carrying a helicopter and supplies. In addition, the U.S. Pacific Command says that troops from the Hawaii National Guard are headed to American Samoa.
There are reports that law enforcement on the islands is overwhelmed, trying to conduct rescues and assess damage and to prevent looters from ransacking homes and businesses.''',
    quotes=[
        Q('"We\'re also trying', 'life-sustaining efforts,"', "Veronica Verde"),
        Q('"So one of the things', 'that we\'re moving."', "Veronica Verde"),
    ],
    aliases={"Veronica Verde": ["Verde"]},
),
dict(
    id="voa-en-2009-10-rescue-workers-search-for-survivors-from-asian-disasters",
    source="https://qa4.lingq.com/pt/aprenda-ingles-online/courses/40198/rescue-workers-search-for-survivors-fro-61588",
    license=PDC, retrieved=PAGES + " (copy of a VOA News story of October 2, 2009 in a lesson on lingq.com, a language-learning site (Portuguese interface); the lines '×' and the Portuguese cookie notice and the image placeholder 'image' dropped; the lesson title 'VOA News, Rescue Workers Search for Survivors from Asian Disasters, Death Toll Likely to Rise' kept as stored as the first line (H983); the paragraph 'In other natural disasters, the death toll from tsunami waves that hit the p', cut in the stored copy, dropped)",
    text='''VOA News, Rescue Workers Search for Survivors from Asian Disasters, Death Toll Likely to Rise
Indonesian rescue workers are digging by hand Friday, trying to find survivors among the hundreds of people believed trapped under piles of concrete.
Wednesday's earthquake struck off the coast of western Sumatra, with most of the damage in the city of Padang. VOA's Jakarta correspondent, Brian Padden, has just arrived in Padang. He says the streets are busy with people and aid workers are pouring into the city.
"Just from the airport itself, it's like every third or fourth building we passed, there's serious damage, many have collapsed completely," he said. "Electricity is out everywhere. … There are long lines at gas stations, people are lined up with containers waiting to get the limited supply of gasoline that's here in the area." Padden says the damage from Wednesday's quake is much worse than that from an earthquake in early September. "In the last earthquake that hit Java, damage there was scattered, there'd be little pinpoints of damage. Here it seems everywhere, it's everywhere you look," he said. Indonesia has asked for foreign aid to help with rescue efforts and support those affected by the 7.6 magnitude quake.
Numerous countries have offered assistance, including the United States, which pledged $3 million to help the quake victims.
Washington has also pledged aid for victims of a tropical storm that struck the Philippines, Vietnam, Cambodia, and Laos this week. The storm killed more than 400 people in the region.
Typhoon Ketsana made landfall in the Philippines on Saturday, flooding parts of the capital, Manila and leaving tens of thousands homeless.
The Philippines is warning people to leave low-lying areas as another powerful typhoon nears.''',
    quotes=[
        Q('"Just from the airport', 'collapsed completely,"', "Brian Padden"),
        Q('"Electricity is out everywhere.', 'here in the area."', "Brian Padden"),
        Q('"In the last earthquake', 'everywhere you look,"', "Brian Padden"),
    ],
    aliases={"Brian Padden": ["Padden"]},
),
]
