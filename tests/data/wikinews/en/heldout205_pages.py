# Held-out English news pages (tests/data/heldout205-en.jsonl), none of them used in an earlier set. Voice of America
# stories (VOA is a US government broadcaster; its texts are works of the US government in the public domain, 17 U.S.C.
# § 105), taken from stored web pages (the `pages` search corpus): a VOA report of 2023 on Daniele Darlan, the former
# president of the Central African Republic's Constitutional Court (copy on the aggregator drulap.com, whose author page
# opens with the story), a VOA report on exoplanets and the Kepler Space Telescope as copied by the Chinese exam-practice
# site djks123.cn, a voanews.com report on drought in Zimbabwe (Paul Zakariya of the Zimbabwe Farmers Union), a VOA
# Studio 7 report of 2016 on drought in Zimbabwe as copied by the blog of the Ratidzo Trust (ratidzotrust.com), a
# voanews.com report of 2014 on health workers in Liberia's Ebola outbreak, and two VOA Standard English reports of 2007
# by David Byrd from the World Athletics Championships in Osaka (copies on the learner sites yingyuke.net and
# tingroom.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, the
# copying sites' own lines (labels, cut headlines, date lines, the blog's introduction, credit line and comment form),
# bylines, datelines, image captions and player lines are dropped; wording, spacing inside paragraphs, the learner sites'
# vocabulary numbers and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them
# (rules H1315-H1319 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout205-en.jsonl

Built by `build.py` from `heldout205_pages.py`. Like earlier VOA sets, these texts are Voice of America stories (public
domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used
in a set above: a VOA report of 2023 on Daniele Darlan, the former president of the Central African Republic's
Constitutional Court, honored as a 'Woman of Iron' (Ned Price, Yao Agbetse; copy on the aggregator drulap.com), a VOA
report on exoplanets after the Kepler Space Telescope (Matt Mountain, John Grunsfeld, Sara Seager; copy on the Chinese
exam-practice site djks123.cn), a voanews.com report on drought in Zimbabwe (Paul Zakariya of the Zimbabwe Farmers Union),
a VOA Studio 7 report of 2016 on drought in Zimbabwe (Everson Ndlovu; copy on the blog of the Ratidzo Trust), a
voanews.com report of 2014 on health workers in Liberia's Ebola outbreak (Dr. Melvin Korkor) and two VOA Standard
English reports of 2007 by David Byrd from the World Athletics Championships in Osaka (Tyson Gay, Betty Heidler; copies
on the learner sites yingyuke.net and tingroom.com). None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site lines, the copying sites' own lines, bylines, datelines, captions and player lines were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by 8-word overlap with every existing text, including the other helpers' worktrees). The annotation (rules
H1315–H1319 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2023-woman-of-iron-honored-for-protecting-car-constitution",
    source="https://drulap.com/author/druaf",
    license=PDC, retrieved=PAGES + " (copy of the VOA report 'Woman of Iron' Honored for Protecting CAR's Constitution on the aggregator drulap.com, whose author page opens with the story; the paragraph 'The Central African Republic has joined a controversial security agreement with the Wagner Group, ...', cut in the stored copy, and the rest of the listing dropped; curly marks as stored)",
    text='''‘Woman of Iron’ Honored for Protecting CAR’s Constitution
In March 2022, Daniele Darlan, then-president of the Central African Republic’s Constitutional Court, faced intense pressure to modify her country’s constitution to allow the president to run for a third term in office.
The pressure came from local politicians and Russian diplomats, but she was unwavering in her belief that the constitution could not be undermined.
“The constitution is the fundamental law. It’s the text on which all other laws and regulations are based,” she told VOA, speaking in French. “If you don’t respect the constitution, if you violate it, it sets off a chain reaction of violations. It means that you don’t have to respect any law or any rule.”
In October 2022 she was removed from her position, clearing the way for President Faustin-Archange Touadéra to remain in power.
International reaction was immediate.
U.S. State Department spokesperson Ned Price said, “judicial independence is a central tenet of democracy,” at the time of her removal. “We call on the Central African authorities to ensure the safety and independence of the Constitutional Court.”
The court “must be free from interference and political influence from inside and outside,” said Yao Agbetse, a U.N. independent expert on the human rights situation in the country.
Darlan said she does not regret her stand even though it cost her dearly.
“As a constitutional judge and president of the Constitutional Court I am a guardian of the constitution,” she told VOA in a one-on-one interview at the State Department. “At that moment, I had to make sure that the constitution would be respected. In this sense I only did my job.”
Nicknamed the “Woman of Iron,” she was one of the recipients of the 2023 International Women of Courage Award presented by the State Department this month.''',
    quotes=[
        Q('‘Woman of Iron’', None, None),
        Q('“The constitution is the fundamental law.', 'are based,”', "Daniele Darlan"),
        Q('“If you don’t respect', 'any rule.”', "Daniele Darlan"),
        Q('“judicial independence', 'of democracy,”', "Ned Price"),
        Q('“We call on the Central African', 'Constitutional Court.”', "Ned Price"),
        Q('“must be free from interference', 'and outside,”', "Yao Agbetse"),
        Q('“As a constitutional judge', 'of the constitution,”', "Daniele Darlan"),
        Q('“At that moment,', 'did my job.”', "Daniele Darlan"),
        Q('“Woman of Iron,”', None, None),
    ],
    aliases={"Daniele Darlan": ["Darlan"]},
),
dict(
    id="voa-en-kepler-galaxy-100-billion-planets-signs-of-life",
    source="https://djks123.cn/html/29/28696.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA report on the search for life on exoplanets on the Chinese exam-practice site djks123.cn; the site's Chinese title line '2014年大学英语六级听力听写练习:VOA美国之音(12)' and its source/date line dropped, no English headline in the stored copy; the copy breaks Matt Mountain's quotation over two paragraphs, kept as stored (H1316); the paragraph 'NASA’s chief scientist Ellen Stofan says ...', cut in the stored copy, dropped; curly and straight marks as stored)",
    text='''When NASA launched the Kepler Space Telescope in 2009, scientists learned something new - and quite significant, says the director of the Space Telescope Science Institute, Matt Mountain.
“Our galaxy has at least 100 billion planets in it.
And we didn’t know that five years ago," said Mountain.
Of course, Kepler and today’s other powerful telescopes cannot actually see those planets; they are too faint against the light of their stars.
But scientists can measure the change of light when they pass in front of the star and analyze the light passing through their atmosphere to determine what is in it.
“Well, if we were looking at Earth, we would see signs of our sky, our blue sky, we would see signs of oxygen, of carbon-dioxide, of sulfur dioxide from volcanoes and we might even see signatures that there was plant life," said NASA’s astrophysicist and former astronaut John Grunsfeld. "And we see that by dissecting the light into its component colors."
Most of the planets discovered so far are unlike Earth. They are too big, too small, too close to their sun, or too far away to support life. But astrophysicist Sara Seager says small planets the size of Earth are extremely common.
“We’re looking for biological signatures, gasses that are produced by life, gasses that don’t belong in the atmosphere," said Seager.
In cooperation with the European Space Agency and scientists from other nations, NASA is building the next generation of space telescopes that may be able to find evidence of life.
The James Webb Space Telescope, scheduled to be deployed in 2018, will have unprecedented sensitivity and resolution that will greatly improve the spectroscopic analysis of distant stars and planets.''',
    quotes=[
        Q('“Our galaxy has at least 100 billion planets in it.', None, "Matt Mountain"),
        Q('“Well, if we were looking at Earth,', 'plant life,"', "John Grunsfeld"),
        Q('"And we see that by dissecting', 'component colors."', "John Grunsfeld"),
        Q('“We’re looking for biological signatures,', 'the atmosphere,"', "Sara Seager"),
    ],
    aliases={"Matt Mountain": ["Mountain"], "Sara Seager": ["astrophysicist Sara Seager", "Seager"]},
),
dict(
    id="voa-en-zimbabwe-facing-another-drought",
    source="https://www.voanews.com/a/zimbabwe-facing-another-drought-82253992/111616.html",
    license=PD, retrieved=PAGES + " (voanews.com; the lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Zimbabwe formerly was an exporter of food, ... That exercise saw white fa...', cut in the stored copy, dropped; straight marks and the ellipsis character as stored)",
    text='''Zimbabwe Facing Another Drought
Farmers in Zimbabwe say they face another difficult agricultural season, as the dry spell that has hit the country continues.
Weeks into the agricultural season, the rains are nowhere near normal and the crops are showing it. Zimbabwe Farmers Union Director Paul Zakariya tells VOA even crops that normally thrive under dry conditions are feeling the heat.
"We are looking at maize [corn], we are looking at cotton and, in some instances, it's also the tobacco and the other small grains which naturally will be resisting or would be tolerant but they are already succumbing," he said.
The situation is worsened by the fact that even parts of the country that receive normal rainfall are also affected by the prolonged dry spell. Zakariya says, even if the country's normal rains started falling again, most of this season's crops are a write-off.
"Regions in the south … we could actually safely say they have lost their crop. And, if we had rains today, we would be looking at a situation where we are salvaging 50 percent to 60 percent of the crop. So it's quiet bad," he said.
Zakariya added that, although last year's harvest was better than the years before, the country would still have needed help, even if the rains had been normal this year.
"In terms of preparedness for the season, we were prepared but probably not adequately, because fertilizers in fact generally inputs were not readily available," he said. "The situation would have been a lot better, but to say Zimbabwe would have had a good harvest that would satisfy the whole nation - that would be maybe stretching things a little bit."''',
    quotes=[
        Q('"We are looking at maize', 'already succumbing,"', "Paul Zakariya"),
        Q('"Regions in the south', 'quiet bad,"', "Paul Zakariya"),
        Q('"In terms of preparedness', 'readily available,"', "Paul Zakariya"),
        Q('"The situation would have been', 'little bit."', "Paul Zakariya"),
    ],
    aliases={"Paul Zakariya": ["Zimbabwe Farmers Union Director Paul Zakariya", "Zakariya"]},
),
dict(
    id="voa-en-2016-01-30-drought-hits-zimbabwe-studio-7",
    source="https://ratidzotrust.com/2016/01/31/drought-hits-zimbabwe/",
    license=PDC, retrieved=PAGES + " (copy of a VOA Studio 7 report by Gibbs Dube of January 30, 2016 on the blog of the Ratidzo Trust; the blog's headline 'Drought Hits Zimbabwe', its own introduction ('We have had reports from Sanyati ...', 'The following report is from Voice of America Website.'), the credit and date lines after the report, the category line and the comment form dropped, so the text opens with the report's first paragraph (H144); curly marks as stored)",
    text='''Drought continues to ravage Zimbabwe as the El Nino weather phenomenon causes havoc in southern Africa and other parts of the world.
Local development experts say the situation is bad in Matabeleland North and South, some parts of the Midlands, Masvingo and Manicaland provinces.
One of the development experts, Everson Ndlovu, told Studio 7 farmers have lost hundreds of livestock in all these regions.
“The situation is very bad. There is no crop to speak about in most rural areas. I have been to Matobo in the mountains very close to Bulawayo that wet spell has encouraged some farmers to plant sweet potatoes. They are busy planting it right now.
“Some cattle are already dying but thanks to FAO (Food and Agriculture Organization) and the government (because) in some areas of the country they deliver stock feed which is selling almost half the price what you would find in town.”
He urged farmers to sell some of their livestock in order to save a few remaining ones by buying some stock feed.
The World Food Program says just over 1,5 million Zimbabweans need food aid.
The drought situation has claimed over 5,000 cattle in Masvingo and other regions due to lack of pastures and drinking water.
The dry spell has caused untold suffering among local people who are struggling to have a decent meal per day.''',
    quotes=[
        Q('“The situation is very bad.', 'right now.', "Everson Ndlovu"),
        Q('“Some cattle are already dying', 'in town.”', "Everson Ndlovu"),
    ],
    aliases={"Everson Ndlovu": ["Ndlovu"]},
),
dict(
    id="voa-en-2014-dangers-high-for-health-workers-on-ebola-front-lines",
    source="https://www.voanews.com/a/dangers-are-high-for-health-workers-in-africa-on-front-lines/2406183.html",
    license=PD, retrieved=PAGES + " (voanews.com report by Anne Look of August 2014; the lines 'Accessibility links' and 'Breaking News', the photo caption 'Volunteers lower a corpse, ...' and the doubled graphic caption 'Ebola virus, rapid rise in spread of the disease, Aug. 7, 2014' dropped; the section heading 'Pure survival' kept as a stored line; the paragraph beginning 'His', cut in the stored copy, dropped; curly marks outside, straight single marks inside as stored)",
    text='''Dangers High for Health Workers on Ebola Front Lines
The Ebola outbreak in West Africa has killed more than 900 people across four countries. That includes dozens of health workers who caught the disease, 32 in Liberia alone. Many of that country’s health clinics and hospitals have shut down as nurses and doctors refuse to risk being exposed.
Dr. Melvin Korkor said he has a pretty good idea how he got Ebola, though it’s impossible to know for sure.
A woman came into his facility, Phebe hospital in Bong County in central Liberia. The patient had no fever, but she was vomiting.
“She said she was from Bangha instead of Lofa, but the next day I was a little bit suspicious. I said 'Well, I hope you are not from Lofa because there is every indication that you are suspect.'”
They later found out the woman lied. She had come from Lofa, an area at the Sierra Leone and Guinea borders that is at the center of this regional Ebola outbreak.
Five nurses from Korkor’s hospital have since died of Ebola. When he tested positive, he was taken to Monrovia and then to Lofa to an isolation ward.
“One of the patients had just died. They prepared the bed and I went in… my heart became hardened, and I said to myself I was going to make it and I said to my wife 'bring me my Bible' and that is that, I’m going to go by,” said Korkor.
Pure survival
He forced himself to eat even though he did not want food. It was lonely. He tried to stay calm. He saw other patients growing despondent, hopeless and passing away.
He survived.
“It was like being reborn,” he said.''',
    quotes=[
        Q('“She said she was from Bangha', "you are suspect.'”", "Melvin Korkor"),
        Q('“One of the patients had just died.', 'go by,”', "Melvin Korkor"),
        Q('“It was like being reborn,”', None, "Melvin Korkor"),
    ],
    aliases={"Melvin Korkor": ["Dr. Melvin Korkor", "Korkor"]},
),
dict(
    id="voa-en-2007-08-30-gay-pulls-off-double-sprint-title",
    source="https://yingyuke.net/a/121169.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story by David Byrd of August 30, 2007 on yingyuke.net, a language-learning site; the site's label with the cut headline ('2007年VOA标准英语-Gay Pulls Off Double Sprint Title at World Athl') and its time, author and category line dropped, so the text begins with the lead (H931); the dateline lines 'Osaka, Japan' / '30 August 2007' and the caption 'Tyson Gay in Osaka, Japan' dropped; the vocabulary numbers ('sprinter 2', 'Athletics 3', 'duel 4', 'sprint 1') kept as stored (H930); the paragraph 'Former world champion and Olympic silver medalist ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''American sprinter 2 Tyson Gay has won his second gold medal at the World Athletics 3 Championships in Osaka, Japan. As VOA's David Byrd reports, Gay added the 200-meters title to his 100-meters gold medal.
Thursday's race was a duel 4 between two men - Tyson Gay of the United States and Jamaica's Usain Bolt. After a false start, the sprinters took off clean and Bolt had a slight lead through the curve of the track.
But then Gay turned on a burst of speed and won the gold in 19.76 seconds. Bolt won the silver, 15-100ths of a second back. Wallace Spearmon of the United States won the bronze (20.05).
After the race, Gay said that he thought he might lose, but found the strength to capture his second sprint 1 gold of the championships.
"It shocked me," Gay said. "I was slightly frightened coming off the curve. And to see him winning, you know I am not used to that. And the last time was 2005 when he was coming off the curve before me. So the tables turned, but I still relied on my strength and hard work to come through with the victory."
Meanwhile, Panama's Irving Saladino used his final attempt to win the long jump, leaping eight meters, 57 centimeters.
Andrew Home of Italy won the silver (8.47 meters) with former world and Olympic champion Dwight Phillips of the United States took the bronze (8.30 meters).
Germany's Betty Heidler won the women's hammer throw with a toss of 74 meters, 76 centimeters. Heidler told VOA Sports that she took inspiration from teammate and three-time discus gold-medalist Franka Dietzsch.
"I saw her yesterday and I thought 'Oh, it would be nice to be a gold medalist too.' And I tried to be in the same shape like her yesterday, and to just have fun and yeah it was the best I could do," Heidler said.''',
    quotes=[
        Q('"It shocked me,"', None, "Tyson Gay"),
        Q('"I was slightly frightened', 'with the victory."', "Tyson Gay"),
        Q('"I saw her yesterday', 'I could do,"', "Betty Heidler"),
    ],
    aliases={"Tyson Gay": ["American sprinter 2 Tyson Gay", "Gay"], "Betty Heidler": ["Germany's Betty Heidler", "Heidler"]},
),
dict(
    id="voa-en-2007-09-01-us-reaps-golden-harvest-at-world-athletics",
    source="http://tingroom.com./print_42977.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story by David Byrd of September 1, 2007 on tingroom.com, a language-learning site; the site's label line with the headline ('2007年VOA标准英语-US Reaps Golden Harvest at World Athletics(在线收听') dropped, so the text begins with the lead (H931); the byline 'By David Byrd', the dateline lines 'Osaka, Japan' / '01 September 2007' and the doubled captions on Tyson Gay and Allyson Felix dropped; the spaces left at the end of two paragraphs dropped, the double spaces after full stops inside paragraphs kept as stored; the paragraph 'Also Saturday, the U.S. women's team ... Will', cut in the stored copy, dropped; straight marks as stored)",
    text='''The United States has won the gold medals in the men's and women's relay while an American took the pole vault title at the World Athletics Championships in Osaka, Japan. VOA's David Byrd was trackside and has this report on the action.
Tyson Gay of the United States won his third world championship gold medal this week.  Gay, who won the men's 100-meter and 200-meters titles, was the third runner in the U.S. 4x100 men's relay.
Along with teammates Wallace Spearmon, Darvis Patton and Leroy Dixon, Gay won gold in a world-leading time of 37.78 seconds.  Gay said after the race that he did not come to Osaka to win three medals, but he is glad to have them.
"I think this was the most fun medal I got since I got to get this medal with these teammates of mine," he said.  "A lot of people were saying they think I need to be on anchor. I thought that after the prelims, but when the coaching staff said that, if I ran the third leg and gave them the lead, then we would have no problem. And that's what really meant a lot to me because they believed in us."
Jamaica's team won the silver medal (37.89) and Britain won the bronze (37.90).''',
    quotes=[
        Q('"I think this was the most fun medal', 'teammates of mine,"', "Tyson Gay"),
        Q('"A lot of people were saying', 'believed in us."', "Tyson Gay"),
    ],
    aliases={"Tyson Gay": ["Tyson Gay of the United States", "Gay"]},
),
]
