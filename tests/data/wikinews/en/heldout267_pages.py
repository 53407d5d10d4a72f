# Held-out English news texts (tests/data/heldout267-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (public domain, VOA is a US government broadcaster,
# 17 U.S.C. § 105): a voanews.com story of VOA's Burmese service on refugees trapped in a camp in Rakhine state, three
# stories of VOA Khmer on voacambodia.com (a drought in Kampong Thom province, June 2007; two winners of a youth
# leadership contest on a US visit, September 2009; the US ambassador's youth council and the call-in show "Hello VOA",
# August 2012) and a VOA Learning English "Feel Good" story on the 97-year-old yoga teacher Tao Porchon-Lynch (December
# 2015), in a copy of VOA's Learning English feed on a blog. None is credited to AP, Reuters, AFP or another third party
# (Learning English stories citing Reuters or the AP, such as the Lebanese artist and kite-flying stories of the unsv.com
# feed, were found and left out). Stored copies are cut after about 2,000 characters: only complete paragraphs are kept
# and a cut paragraph is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News'), a photo
# caption, a teaser line, a dateline, the audio player lines, the blog's date line and the Learning English credits and
# word list are dropped; the headline is kept as the first line; wording, spacing inside paragraphs (triple spaces in the
# Learning English copy) and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H1655-H1658 in ANNOTATION.md on top of H1-H1654).
PD = "public domain (Voice of America, US government work, 17 U.S.C. § 105)"
PDC = "public domain (Voice of America, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout267-en.jsonl

Built by `build.py` from `heldout267_pages.py`. Like the VOA sets above (heldout215, heldout223, heldout231, heldout239,
heldout246, heldout249, heldout257; VOA Khmer pages of voacambodia.com also in heldout29, heldout53 and heldout55), these
texts are stored web pages (the `pages` search corpus) of Voice of America stories (public domain, 17 U.S.C. § 105),
none of them used in a set above: a voanews.com story of VOA's Burmese service on 400 villagers trapped in a camp by
the Myanmar army in Rakhine state (undated in the stored copy), three VOA Khmer stories on voacambodia.com (a drought in
Kampong Thom province, June 2007; two winners of a Cambodian youth leadership contest visiting Washington, September
2009; the US ambassador's youth council discussed on the call-in show "Hello VOA", August 2012) and a VOA Learning
English "Feel Good" story on the yoga teacher Tao Porchon-Lynch (December 31, 2015) in a blog copy of VOA's Learning
English feed (newsamricaa.blogspot.com, 'from Voice of America ... via IFTTT'). None is credited to AP, Reuters, AFP or
another third party (Learning English stories quoting Reuters or the AP - the Lebanese artist Christina Atik, kite
flying, the rescued sailors - were found and left out). The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Site lines, a photo caption, a teaser line, a
dateline, audio player lines, the blog's date line and the Learning English credits and word list were dropped; wording
and quotation marks are as stored. None of these pages is used in any set above (checked by URL and page id, by title,
by the names of their speakers and by distinctive phrases such as '2731123', 'Sabaseit', 'Nyo Tun Aung', '1357752',
'Buth Chorn', 'Mith Salang', '1358591', 'Yon Sophal', 'Chhem Pe', '1498727', 'Chheng Niem', 'Porchon', 'newsamricaa',
grepped in tests/data of the main tree and of every other helper's worktree, with no hit; 'Sean McIntosh' occurs in
heldout119-en in a different VOA page, the 2012 blog post on US broadcasts to Cambodia). The annotation (rules
H1655–H1658 in `ANNOTATION.md` on top of H1–H1654) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-myanmar-refugees-ruined-village-trapped",
    source="https://www.voanews.com/a/refugees-ruined-village-trapped-myanmar-army/2731123.html",
    license=PD, retrieved=PAGES + " (voanews.com story 'Refugees From Ruined Village Say Myanmar Army Trapped Them', undated in the stored copy; " + DROP_NAV + ", headline kept; the paragraph 'The Arakan Army is one of several ethnic groups that have been fighting for decades aga', cut in the stored copy, dropped; the mixed curly and straight marks and the bracketed '[of the refugee camp]' as stored)",
    text='''Refugees From Ruined Village Say Myanmar Army Trapped Them
Tensions have escalated in Myanmar's western Rakhine state, where 400 people suspected of harboring rebels have had their village burned and are now trapped inside a camp by soldiers.
One of the people caught in the camp, who did not want to be named, told VOA's Burmese service by phone that access to the camp, which is inside Sabaseit village, had been restricted since Tuesday.
“They say they have restricted entry and exit [of the refugee camp]," he said. "For the time being, the problems the villagers are facing include the lack of access to food, fish paste and salt. They say, 'We cannot get out, and we cannot go to the market, either.' ”
A local resident who tried to help the refugees said the restricted access was creating some problems.
“They do not have anything to eat anymore," he said. "They asked for help by saying that they just have rice and water to eat.”
Government and military officials have not responded to VOA's request for a comment. Reports say the restrictions are expected to be in place for five days a week, but it is unclear when they will be lifted for the first time.
The situation arose following renewed fighting between the army and the Arakan Army, an ethnic rebel group that operates in Rakhine state. Rebels said the refugees came from Aung Lan Chuang, which was burned down because the military suspected the villagers of harboring rebel fighters.
Colonel Nyo Tun Aung, deputy commander in chief of the Arakan Army, criticized the government for targeting civilians instead of rebel fighters. "What we can see is that, as usual, the government is destroying one thing because they cannot handle other problems," he said.
It is not known how many people have been killed or wounded since the military and the Arakan rebels began fighting again in March.''',
    quotes=[
        Q('“They say they have restricted', 'refugee camp],"', None),
        Q('"For the time being', 'either.\' ”', None),
        Q('“They do not have anything', 'anymore,"', None),
        Q('"They asked for help', 'water to eat.”', None),
        Q('"What we can see', 'other problems,"', "Nyo Tun Aung"),
    ],
    aliases={"Nyo Tun Aung": ["Colonel Nyo Tun Aung", "deputy commander in chief of the Arakan Army"]},
),
dict(
    id="voa-en-2007-06-provincial-drought-worries-farmers",
    source="https://www.voacambodia.com/a/a-40-2007-06-20-voa3-90147522/1357752.html",
    license=PD, retrieved=PAGES + " (VOA Khmer story 'Provincial Drought Worries Farmers' on voacambodia.com, June 20, 2007 (date from the URL); " + DROP_NAV + ", headline kept; the stored copy ends with the paragraph '\"Whatever the villagers lost ...,\" he said.', kept; the ellipsis after 'drought' ('drought….') as stored)",
    text='''Provincial Drought Worries Farmers
Drought in Kampong Thom province has farmers in the area worried over impending hardship.
Rainfall has been short, and farmers who rely on Cambodia's monsoon season fret they won't produce enough food for their families and income. "Right now I am worried," said Stoung town farmer Buth Chorn, who has six children. "This year I am a victim to this extended drought…. Next year, I will definitely be needy again, meaning I will starve."
Preah Damrey Commune Chief Mith Salang, from the opposition Sam Rainsy Party, told VOA Khmer farmers from more than 1,200 families in his commune could only plant one season of rice due to lack of water.
In normal years, farmers can plant two seasons of the staple.
"The town has no capacity" to help drought-stricken farmers, Ang Ky, chief of Stoung town, said.
Local representatives were being sent to assess villagers' needs, he said.
"Whatever the villagers lost because of the drought, like seeds, then the town will help intervene and contact the provincial agricultural authorities and other institutions," he said.''',
    quotes=[
        Q('"Right now I am worried,"', None, "Buth Chorn"),
        Q('"This year I am a victim', 'I will starve."', "Buth Chorn"),
        Q('"The town has no capacity"', None, "Ang Ky"),
        Q('"Whatever the villagers lost', 'other institutions,"', "Ang Ky"),
    ],
    aliases={"Buth Chorn": ["Stoung town farmer Buth Chorn"],
             "Ang Ky": ["chief of Stoung town"]},
),
dict(
    id="voa-en-2009-09-two-youth-leaders-arrive-for-us-visit",
    source="https://www.voacambodia.com/a/a-40-2009-09-18-voa10-90173442/1358591.html",
    license=PD, retrieved=PAGES + " (VOA Khmer story 'Two ‘Youth Leaders’ Arrive for US Visit' on voacambodia.com, September 18, 2009 (date from the URL); " + DROP_NAV + ", headline kept; the paragraph '“The most difficult episode of the contest was when I was trying to lobby people ... “Some pe', Chhem Pe's quotation cut in the stored copy, dropped with the rest of the page; 'a-third-year student' as stored)",
    text='''Two ‘Youth Leaders’ Arrive for US Visit
Two Cambodian youths who won a trip to the US from a television contest in Cambodia are meeting with US government officials and lawmakers.
In the contest, youth exhibit leadership skills, confidence and knowledge of democracy, in a program broadcast on CTN that is gaining in popularity.
This is the third sponsored trip conducted with support from the International Republican Institute and the Youth Council of Cambodia.
Yon Sophal, 21, a-third-year student at the University of Law and Economic Science in Phnom Penh, was one of the winners, in 2008.
In an interview with VOA Khmer in Washington, she said the most difficult of 10 subjects was community development; she had tried to convince villagers in Kandal province to rebuild a bumpy road.
“When I went down to persuade the community to participate with our activities, they always asked us whether the program would benefit them,” she said. “So we had to explain to them and lobby them to participate with our development program.”
Each contestant is required to undertake activities such as gathering signatures for a petition, public speaking, or community activism.
Yon Sophal said democracy so far in Cambodia can be slow, its processes unclear.
“We saw the selection for a leader was made with an election open to the public, but the question is whether the election came from the people’s true will or not,” she said. “We also haven’t seen freedom of expression, and youth participation in politics is still limited. We want the government and organizations involved to develop, encourage and urge more improvement in this field.”
Chhem Pe, 20, a fresh high school graduate from Siem Reap Province, was a winner in 2009.''',
    quotes=[
        Q('‘Youth Leaders’', None, None),
        Q('“When I went down', 'benefit them,”', "Yon Sophal"),
        Q('“So we had to explain', 'development program.”', "Yon Sophal"),
        Q('“We saw the selection', 'true will or not,”', "Yon Sophal"),
        Q('“We also haven’t seen', 'in this field.”', "Yon Sophal"),
    ],
    aliases={"Yon Sophal": []},
),
dict(
    id="voa-en-2012-08-us-ambassadors-council-faces-disengaged-youth",
    source="https://www.voacambodia.com/a/us-ambassador-council-faces-disengaged-youth/1498727.html",
    license=PD, retrieved=PAGES + " (VOA Khmer story 'US Ambassador’s Council Faces Disengaged Youth' on voacambodia.com, August 2012 (the player caption dates the 'Hello VOA' show 27 August, 2012); " + DROP_NAV + ", headline kept; the photo caption 'Cambodia students hold the Cambodian national flags as they attend the Independence Day celebration ...', the teaser line 'About 70 percent of Cambodia’s population is below the age of 30, making them a powerful constituency.' (repeated, longer, in the body, which is kept), the dateline 'PHNOM PENH - ' at the head of the first paragraph and the audio player lines 'Say Mony hosts 'Hello VOA' from Phnom Penh, on 27 August, 2012', 'please wait', 'No media source currently available' and '0:00 0:35:04 0:00' dropped; 'Critic warn' as stored; the stored copy ends with the paragraph of the caller Virak, which is kept)",
    text='''US Ambassador’s Council Faces Disengaged Youth
The new US ambassador to Cambodia, William Todd, has initiated an Ambassador’s Youth Council, aimed at engaging young people in issues of national importance. But the new initiative faces a number of challenges, including the attitudes of youths themselves.
The ambassador would like to see more young people involved in social and political affairs that affect them, the embassy’s spokesman, Sean McIntosh, told “Hello VOA” Monday.
“If the young people realize what kind of benefit it is for themselves and for their country to take the interest in the serious issues, then those young people will come around and start being engaged,” Sean McIntosh, spokesman for the embassy, told “Hello VOA” on Monday.
About 70 percent of Cambodia’s population is below the age of 30, making them a powerful constituency, but few in that demographic are socially or politically engaged.
Chheng Niem, a Facebook user, wrote recently, “Cambodian youth spend too much time on entertainment.”
McIntosh said Monday that Cambodia’s youth have the potential of getting more involved in issues once they see how they matter to them and have someone to inspire them.
Critic warn that getting people involved in serious issues faces a number of challenges, including their disillusionment with corruption and poor governance.
“From the primary to tertiary education, young people see only corruption due to the current bad leadership in Cambodia,” a caller named Virak said on “Hello VOA.”''',
    quotes=[
        Q('“Hello VOA”', None, None),
        Q('“If the young people realize', 'being engaged,”', "Sean McIntosh"),
        Q('“Hello VOA”', None, None, 1),
        Q('“Cambodian youth spend', 'entertainment.”', "Chheng Niem"),
        Q('“From the primary', 'in Cambodia,”', "Virak"),
        Q('“Hello VOA.”', None, None),
    ],
    aliases={"Sean McIntosh": ["McIntosh", "the embassy’s spokesman", "spokesman for the embassy"],
             "Chheng Niem": ["a Facebook user"],
             "Virak": ["a caller named Virak"]},
),
dict(
    id="voa-en-2015-12-secret-to-life-dance-dont-procrastinate",
    source="https://newsamricaa.blogspot.com/2015",
    license=PDC, retrieved=PAGES + " (VOA Learning English 'Feel Good' story 'Secret to Life? Dance, and Don't Procrastinate!' of December 31, 2015, the first post on the year page of the newsamricaa.blogspot.com copy of VOA's Learning English feed; the blog's date line 'Thursday, December 31, 2015' dropped, headline kept; the story is one paragraph in the copy; the credits at its end ('Martin Secrest wrote this story for VOA News. Anna Matteo adapted and produced it for Learning English. Kathleen Struck was the editor.'), the rule line, the word list 'Words in This Story   procrastinate – v. ...' and the feed lines 'from Voice of America http://ift.tt/1R2RDAn' / 'via IFTTT' dropped, as are the following posts; the triple spaces, the '…' and the mixed straight and curly marks and apostrophes as stored)",
    text='''Secret to Life? Dance, and Don't Procrastinate!
Hello! Here is a VOA Learning English Feel Good for you. There is a woman named Tao Porchon-Lynch. She was born in India in 1918. So, if you do the math … she’s 97. And at 97 years young, she has been recognized as the world's oldest yoga teacher. She has been teaching yoga, full-time, since 1967. But that’s not all she’s done. She’s also been a model, actress and dancer. And she is a firm believer in positive thinking. Dream the impossible dream, kind of thinker. "I'm not interested in what I can't do. Nothing is impossible." Tao not only talks the talk, she walks the walk. Or rather dances the dance. At age 85 she not only learned how to dance, she won dance competitions. And she offers this advice to the young. “Don’t put off tomorrow what you can do today.” "Don't procrastinate. Tomorrow never comes."   So, what about retirement? At 97, she is well past the age when many people make retirement plans. Retiring, it turns out, is not Tao’s style.   "A little girl 6 years old said to me, 'Tao, what are you going to do when you retire?'”   Tao told the little girl that she has no plans to retire but instead will dance her way to the next planet. And that’s your Feel Good for the week! I’m Anna Matteo.''',
    quotes=[
        Q('"I\'m not interested', 'Nothing is impossible."', "Tao Porchon-Lynch"),
        Q('“Don’t put off tomorrow', 'do today.”', "Tao Porchon-Lynch"),
        Q('"Don\'t procrastinate.', 'never comes."', "Tao Porchon-Lynch"),
        Q('"A little girl 6 years old', 'you retire?\'”', "Tao Porchon-Lynch"),
    ],
    aliases={"Tao Porchon-Lynch": ["Tao"]},
),
]
