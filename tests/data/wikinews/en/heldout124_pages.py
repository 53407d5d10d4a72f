# Held-out English news pages (tests/data/heldout124-en.jsonl), none of them used in an earlier set. Voice of America
# stories of 2007-2014, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages
# (the `pages` search corpus) in copies on non-government sites, since the VOA originals of these stories are not stored:
# a VOA story of June 2014 on World Cup fans on Copacabana Beach (testbig.com), a VOA Standard English story of June 2014
# on fans in the Rio favela Tavares Bastos (tingroom.com), two VOA Standard English stories by Paula Wolfson on President
# Bush's Latin America tour (March 2007, tingroom.com) and his arrival in Slovenia for the US-EU summit (June 2008,
# yingyuke.net), the VOA Standard English story of June 2008 on the EU summit after the Irish rejection of the Lisbon
# treaty (yingyuke.net), the VOA Standard English story of May 2009 on the European Space Agency's Herschel and Planck
# telescopes (hxen.net), the VOA Special English Economics Report of September 2010 on the end of the US recession
# (m.tingroom.com) and the VOA Learning English 'As It Is' story of July 2014 on NASA's search for life beyond Earth
# (tingroom.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). The sites' Chinese
# labels, date and source lines, audio links, bylines and datelines of the correspondents, image captions, the
# 'www.hxen.net' watermark and headlines cut by the sites are dropped; wording, spacing inside paragraphs, the learner
# sites' vocabulary numbers glued to words ('embarked1', 'bloc 1', 'Milky7') and quotation marks (including the mixed
# “...," and "...” pairs) are as stored. Annotated by reading the pages, before whosaid was run on them (rules H930-H935 in
# ANNOTATION.md on top of the earlier rules).
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout124-en.jsonl

Built by `build.py` from `heldout124_pages.py`. Like heldout22-en, heldout24-en, heldout98-en and heldout123-en, these
texts are Voice of America stories taken from stored web pages (the `pages` search corpus), none of them used in a set
above, here all in copies on non-government sites (learners' sites and an aggregator): World Cup fans on Copacabana
Beach (June 2014, testbig.com: Vincent Brughuis, Ruffin Tanner, an Argentine fan named Lionel), fans in the Rio favela
Tavares Bastos (June 2014, tingroom.com: Andre Luiz Rodriguez), President Bush's Latin America tour (March 2007,
tingroom.com: Bush and Peter Hakim of the Inter-American Dialogue), Bush's arrival in Slovenia for the US-EU summit (June
2008, yingyuke.net), the EU summit after Ireland's rejection of the Lisbon treaty (June 2008, yingyuke.net: Jose Manuel
Barroso), the European Space Agency's Herschel and Planck telescopes (May 2009, hxen.net: Goran Pilbratt), the VOA
Special English Economics Report on the end of the US recession (September 2010, m.tingroom.com: James Stock) and the
VOA Learning English story on NASA's search for life beyond Earth (July 2014, tingroom.com: Charles Bolden, Sara
Seager). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Site labels, date and source lines, bylines, image captions, a site watermark and headlines
cut by the sites were dropped; wording, the learner sites' vocabulary numbers and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by distinctive phrases against
every existing text, including the other helpers' worktrees). The annotation (rules H930–H935 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2014-06-copacabana-beach-draws-world-cup-fans",
    source="https://testbig.com/voa/copacabana-beach-draws-world-cup-fans-near-far",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of June 2014 on testbig.com, an aggregator of VOA texts; the stored part has no headline and begins with the player line 'Reading audio', dropped, and the date line 'June 16,2014', kept as stored; the paragraph 'He said being here in Rio is the culmination of a life-long dream. “I love football. I just wanted to ma', cut in the stored copy, dropped)",
    text='''June 16,2014
RIO DE JANEIRO — Fans from around the globe have congregated on the world-famous Copacabana Beach in Rio de Janeiro to celebrate the 2014 World Cup tournament. It's a great time to be a fan at the biggest soccer party of the year.
This is Copacabana beach during the World Cup, the skies are cloudy, that doesn't stop thousands of soccer fans from all over the world.
Most are wearing their countries' jerseys.
Cheers erupt spontaneously from one group of fans. Next to them, supporters from rival countries chant. Some fans kick around a soccer ball, while others enjoy the famous white sands of Copacabana.
This is the World Cup in the country that is most passionate about soccer.
Vincent Brughuis is from Holland. He’s here to watch his team play today. “We just got the feeling now, so it’s nice. We watched last night at a small bar on the beach, so I thought for this event, Holland playing, we would watch here,” he said.
Rooting interests
Ruffin Tanner is an American, but he’s rooting for Spain. “Everyone has been so friendly. The first night, I ate with four Austrian guys. Today I ate lunch with nine Argentineans. I came here alone, and everyone has been so friendly with me,” said Tanner.
Fans from Argentina are expected to make up the largest percentage of international travelers to Brazil. Tens of thousands of them already have made the short trip across the border. Lionel is one of them. He’s confident in Argentina’s chances to win the World Cup.
“I have faith. I always have faith. Especially with [Lionel] Messi,” he said.
Another man from Istanbul decided who he would root for on the plane ride over. “Yesterday, I arrived, and I met a huge Bosnian group on the plane. So I’m hanging out with them. We have a historical connection, as well, so this is my team at the moment. I’m supporting Bosnia,” he said.''',
    quotes=[
        Q('“We just got the feeling', 'we would watch here,”', "Vincent Brughuis"),
        Q('“Everyone has been so friendly. The first', 'so friendly with me,”', "Ruffin Tanner"),
        Q('“I have faith.', '[Lionel] Messi,”', "Lionel"),
        Q('“Yesterday, I arrived,', 'I’m supporting Bosnia,”', None),
    ],
    aliases={"Vincent Brughuis": ["Brughuis"], "Ruffin Tanner": ["Tanner"]},
),
dict(
    id="voa-en-2014-06-fans-in-rio-favela-celebrate-brazil",
    source="https://tingroom.com/mobile/index.php?aid=265322&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of June 2014 on tingroom.com, a language-learning site; the site line '在线英语听力室', the Chinese label before the headline ('VOA标准英语2014--Fans in Rio Favela Celebrate Brazil World Cup Qualification', which repeats the headline), the time line, the site's WeChat line and '(单词翻译)' dropped; the headline kept as the first paragraph; trailing spaces at paragraph ends dropped, double spaces inside paragraphs and the vocabulary numbers ('dens1', 'corruption2') kept as stored; the paragraph '“I know that Brazil is [a] country of corruption ... \"But I think Brazil ha', cut in the stored copy, dropped)",
    text='''Fans in Rio Favela Celebrate Brazil World Cup Qualification
RIO DE JANEIRO — Every time Brazil’s national team plays in the football World Cup, normal life in the country comes to a halt.  In rich neighborhoods or in poor ones, people gather together to watch the action.
Tavares Bastos is a poor community built on a hill overlooking Rio de Janeiro’s famous Flamengo beach.  Football is part of life for residents of this once informal settlement, or favela, perched above some of the most expensive real estate in the hemisphere.
Life's daily routine freezes for two heart-stopping hours while the Brazilian team plays a World Cup match.  Everyone, including local fan Andre Luiz Rodriguez, is an expert on the team.
“In fact, they are good," he said. "But they are not playing ball ... as well as they need to.  They can play much better.  The other teams all have the potential to compete in the final.”
Football can also be the ticket out of the grinding poverty of neighborhoods like this, where most people work for minimum wage or in the informal economy.  A local son, Paulo Cesar, has made it and now plays for Flamengo, one of the top professional teams.
Some of these neighborhoods, known as favelas, are dens1 of drug trafficking and violence.  But others, with the help of police and neighborhood watch groups, are turning themselves into peaceful, family-oriented communities.
Almost 40 million poor Brazilians in the past decade have moved into the middle class.  But Brazilians say consumerism and corruption2 have driven up prices and survival is still a struggle.''',
    quotes=[
        Q('“In fact, they are good,"', None, "Andre Luiz Rodriguez"),
        Q('"But they are not playing ball', 'in the final.”', "Andre Luiz Rodriguez"),
    ],
    aliases={"Andre Luiz Rodriguez": ["local fan Andre Luiz Rodriguez"]},
),
dict(
    id="voa-en-2007-03-08-bush-begins-latin-america-tour",
    source="http://www.tingroom.com/voastandard/2007/3/37451.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of March 8, 2007 on tingroom.com, a language-learning site; the site's language menu, the Chinese label before the headline ('2007年VOA标准英语-'), the time and source line, '(单词翻译:双击或拖选)', the byline and dateline ('By Paula Wolfson', 'Sao Paulo, Brazil', '08 March 2007') and the image caption dropped; the headline kept as the first paragraph; double spaces inside paragraphs and the vocabulary numbers ('embarked1', 'vow2') kept as stored; the paragraph 'White House aides say ... care about their plight3', whose end is cut in the stored copy, dropped)",
    text='''Bush Begins Week-Long Latin America Tour
President Bush has embarked1 on a week-long tour of Latin America.  VOA White House correspondent Paula Wolfson sets the scene for the trip from his first stop, Sao Paulo, Brazil.
President Bush came to office with a vow2 to make Latin America a policy priority.
"Our hemisphere is not going to be an afterthought for this administration," he said.  "One of the most important parts of our foreign policy will be to promote prosperity and peace and freedom throughout this hemisphere."
But everything changed on September 11, 2001, when terrorists struck the United States.  Fighting terrorism soared to the top of the Bush administration agenda, along with promoting democracy in the Middle East.  Latin America was overshadowed by news of war and bloodshed, and some to the south began to believe they were being ignored.
"Generally speaking, the United States is not viewed with the confidence it once was," said Peter Hakim, who heads a group called the Inter-American Dialogue, a private organization set up to foster hemispheric ties.
"I have not seen in the region, and I travel there quite a bit, as much anti-U.S. sentiment across the region and it is very pervasive," he added.''',
    quotes=[
        Q('"Our hemisphere', 'this administration,"', "Bush"),
        Q('"One of the most important', 'throughout this hemisphere."', "Bush"),
        Q('"Generally speaking,', 'it once was,"', "Peter Hakim"),
        Q('"I have not seen', 'very pervasive,"', "Peter Hakim"),
    ],
    aliases={"Bush": ["President Bush"]},
),
dict(
    id="voa-en-2008-06-09-bush-arrives-in-slovenia-for-us-eu-summit",
    source="https://yingyuke.net/a/253430.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of June 9, 2008 on yingyuke.net, a language-learning site; the Chinese label before the headline ('VOA标准英语2008年-'), the time, author and category line, the byline and dateline ('By Paula Wolfson', 'Ljubljana, Slovenia', '09 June 2008') and the image caption 'President Bush' dropped; the headline kept as the first paragraph; the vocabulary numbers ('unprecedented 1', 'joint 2') kept as stored; the paragraph 'White House officials say they expect no dramatic announcements ...', cut in the stored copy, dropped)",
    text='''Bush Arrives in Slovenia for US-EU Summit
U.S. President George Bush is in Slovenia for talks with the leaders of the European Union. VOA White House Correspondent Paula Wolfson reports from Ljubljana the agenda includes economic and security matters.
These trans-Atlantic summits have traditionally focused on economic issues. And President Bush says he is eager to discuss money matters with the leaders of the European Union.
"The U.S. economy has continued to grow in the face of unprecedented 1 challenges," he said. "We [have] got to keep our economies flexible; both the U.S. economy and European economies need to be flexible in order to deal with today's challenges."
He says he wants to talk to them about joint 2 action to address the high cost of energy. He says currency issues will also be discussed, including concerns about the strength of the U.S. dollar.
"I will talk about our nation's commitment to a strong dollar," said President Bush. "A strong dollar is in our nation's interests. It is in the interests of the global economy."
In recent years, these summits have also begun to tackle trans-Atlantic security concerns. And the White House says the talks at a castle just outside Ljubljana will cover efforts to ease tensions in the Balkans and bring peace to the Middle East.
President Bush has made clear he is eager to talk about Iran's nuclear program. And as he left the White House, he left no doubt he wants to talk to the Europeans about stepping up their commitment to the young democracy in Afghanistan.
"The countries I am going to have committed troops to Afghanistan, and I, of course, want to thank them, and remind them there is a lot of work to be done," he said.''',
    quotes=[
        Q('"The U.S. economy has continued', 'challenges,"', "George Bush"),
        Q('"We [have] got to keep', 'today\'s challenges."', "George Bush"),
        Q('"I will talk about', 'strong dollar,"', "George Bush"),
        Q('"A strong dollar is', 'global economy."', "George Bush"),
        Q('"The countries I am going', 'work to be done,"', "George Bush"),
    ],
    aliases={"George Bush": ["U.S. President George Bush", "President Bush"]},
),
dict(
    id="voa-en-2008-06-19-eu-leaders-discuss-future-after-irish-vote",
    source="https://yingyuke.net/a/158735.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of June 19, 2008 by Lisa Bryant on yingyuke.net, a language-learning site; the first line, the site's headline cut by the site itself ('VOA标准英语2008年-EU Leaders Discuss Future After Irish Treaty Re'), the time, author and category line, the byline and dateline ('By Lisa Bryant', 'Paris', '19 June 2008') and the image caption dropped, so the text begins with the lead (H931); the vocabulary numbers ('bloc 1', 'rejection 2', 'fully 3') kept as stored; the paragraph 'Barroso told reporters he expected more discussion on the future of the European Uni', cut in the stored copy, dropped)",
    text='''European leaders are gathered for a two-day summit in Brussels to search for a way forward for the European Union after Irish voters rejected the EU treaty in a referendum last week. From Paris, Lisa Bryant reports it is unlikely a breakthrough will be achieved during the talks.
At a news conference with Irish Prime Minister Brian Cowen, European Commission President Jose Manuel Barroso dismissed chances the 27 European Union leaders gathered in Brussels will reach any kind of quick solution to the crisis facing the bloc 1 after Ireland's rejection 2 of the Lisbon treaty.
"We agreed that the decision of the Irish people must be respected," said Barroso. "We equally agreed that the right of other member states to reach their own position on the treaty should also be respected. At this evening's dinner of the European Council the [Irish prime minister] will share his analysis of the results of the referendum. I fully 3 agree with his view that the vote was not against Europe."
Nineteen European Union countries have approved the treaty, with the British parliament giving it the green light Wednesday. Ireland, with a population that constitutes less than two-tenths of one percent of the entire EU population, is the only member holding a referendum on the treaty and the only country to have rejected it.
A number of member states are pushing for the other EU countries to vote on the treaty. That may increase pressure for Ireland to hold another referendum on the document although Irish voters could vote "no" once again.''',
    quotes=[
        Q('"We agreed that', 'must be respected,"', "Jose Manuel Barroso"),
        Q('"We equally agreed', 'not against Europe."', "Jose Manuel Barroso"),
        Q('"no"', None, None),
    ],
    aliases={"Jose Manuel Barroso": ["European Commission President Jose Manuel Barroso", "Barroso"]},
),
dict(
    id="voa-en-2009-05-european-space-agency-seeks-secrets-of-universe",
    source="http://www.hxen.net/englishlistening/voaenglish/voastandardenglish/20090515/76777.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of May 2009 on hxen.net, a language-learning site; the site's location line, the label 'VOA常速英语:' before the headline, the date and source line and the audio-download line dropped; the headline kept as the first paragraph; the site watermark ' www.hxen.net' after the closing mark of Pilbratt's second quotation dropped (H934); the paragraph 'The French launch coincides with the anticipated spacewal', cut in the stored copy, dropped)",
    text='''European Space Agency Seeks Secrets of Universe
The European Space Agency has launched into orbit, two space observatories that will help scientists understand the information of the universe.
The telescopes will give European scientists powerful new tools to look at some of the basic questions we all wonder about when we look at stars and galaxies millions of kilometers away.
Goran Pilbratt is project scientist for one of the telescopes, called Herschel.
"We may learn a lot more about how stars like the sun formed and when they formed," said Goran Pilbratt. "[How] planets like our own planet formed. So star formation is a very big thing for Herschel."
If the operation is successful, Pilbratt says, the Herschel telescope will also try to answer other questions.
"Astronomers talk about structure formation in the universe, how did the universe get its large-scale structure that we can see today? And here is the second very important part about where Herschel can contribute a lot," he said. "Nobody else has been able to observe, with the detail that we can, the infrared emission from galaxies."
Those infrared emissions will allow the telescope to peer through cosmic dust and gas to see things like the evolution of early stars and galaxies. Scientists also want to learn more about mysterious dark matter and energy, and whether the universe will expand forever.
The other telescope, known as Planck, will study temperature variations from the very early universe.
The two telescopes are being launched from French Guyana for a total cost of more than $2 billion. If all goes well, scientists hope Herschel will be working for three years, and the Planck telescope for about 15 months.''',
    quotes=[
        Q('"We may learn a lot more', 'when they formed,"', "Goran Pilbratt"),
        Q('"[How] planets', 'thing for Herschel."', "Goran Pilbratt"),
        Q('"Astronomers talk about', 'contribute a lot,"', "Goran Pilbratt"),
        Q('"Nobody else has been able', 'emission from galaxies."', "Goran Pilbratt"),
    ],
    aliases={"Goran Pilbratt": ["Pilbratt"]},
),
dict(
    id="voa-en-2010-09-economics-report-recession-ended",
    source="http://m.tingroom.com/index.php?aid=115261&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English Economics Report of September 2010 on m.tingroom.com, a language-learning site; the first line, the site's headline cut by the site itself ('VOA慢速英语2010年-Economics Report - 15 Months Out of Re'), and the time line dropped, so the text begins with the programme opener 'This is the VOA Special English Economics Report.' (H931); the vocabulary numbers ('remains1', 'Labor2', 'beset3') kept as stored; the paragraph 'BARRACK ...', cut in the stored copy, dropped)",
    text='''This is the VOA Special English Economics Report.
Businesses are still slow to hire and unemployment remains1 near ten percent. But an economic research group reported this week that the recession in the United States ended in June of last year.
It was the longest since the nineteen thirties.
James Stock is on the committee that dates the rises and falls of the business cycle for the National Bureau of Economic Research. The Harvard professor says this recession was in some ways a lot like others since World War Two.
JAMES STOCK: "I think what I’ve been struck by is how these numbers basically look like all the other recessions we've had in the postwar period."
But one difference was the length -- eighteen months. Many recessions since the nineteen forties lasted less than a year.
Another difference was the severity. The economy shrank by more than four percent. About eight million people lost their jobs.
Professor Stock thinks job growth is likely to increase in the coming months based on current levels of productivity.
JAMES STOCK: "I think that we are at a point right now where productivity has increased so much that for output to continue to grow, we will be seeing increases in hiring."
Some economic signs have improved. Manufacturing, industrial production and consumer spending have made small gains. But a Labor2 Department report shows that new claims for unemployment insurance rose unexpectedly last week.
On Monday, President Obama took questions at a meeting shown on CNBC television. One questioner wondered if today's young Americans still could hope for a good life.
QUESTIONER: "What I'm really hoping to hear from you is several concrete steps that you're going to take moving forward that will be able to re-ignite my generation, re-ignite the youth who are beset3 by student loans. And I really want to know, is the American Dream dead for me?"''',
    quotes=[
        Q('"I think what I’ve been struck by', 'the postwar period."', "James Stock"),
        Q('"I think that we are at a point', 'increases in hiring."', "James Stock"),
        Q('"What I\'m really hoping', 'dead for me?"', None),
    ],
    aliases={"James Stock": ["JAMES STOCK", "Professor Stock"]},
),
dict(
    id="voa-en-2014-07-22-nasa-search-for-life-in-outer-space",
    source="https://tingroom.com/mobile/?aid=268268&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English 'As It Is' story of July 22, 2014 on tingroom.com, a language-learning site; the site line '在线英语听力室', the Chinese label before the headline, the time line, the site's WeChat line and '(单词翻译)' dropped; of the line 'AS IT IS 2014-07-22 NASA to Discover Life in Outer Space 美国国家航空航天局在外太空发现生命' the programme label and date and the Chinese translation dropped and the headline kept as the first paragraph; trailing spaces at paragraph ends dropped, double and triple spaces inside paragraphs and the vocabulary numbers ('spoke1', 'gathering2', 'Milky7') kept as stored; the paragraph 'Another major step toward discovery is t', cut in the stored copy, dropped)",
    text='''NASA to Discover Life in Outer Space
NASA scientists say they are closer than ever to finding life beyond Earth.
Several leading NASA scientists spoke1 to a gathering2 July 14th at NASA headquarters in Washington, D.C. The scientists discussed the space agency’s plan to find life in outer space.
NASA continues to look for life in the solar system.   That search is centered mostly on Mars and the icy moons of Jupiter and Saturn3.  But the scientists mainly discussed the search for life outside the solar system.
NASA Administrator4 Charles Bolden opened the talk.  He said it is not probable that humans are alone in what he calls “the limitless vastness of the universe."
The scientists spoke about improvements in search equipment. They noted5 the Kepler Space Telescope. They said the tool had been critical in expanding knowledge about exoplanets.
An exoplanet is a planet that orbits a star outside the solar system.  Kepler has discovered most of the 5,000 possible exoplanets, of which almost two thousand have been confirmed.
An Earth-size exoplanet orbits what is called, the “habitable zone” of a star. The habitable zone is an area which could support liquid water on the exoplanet. Liquid water is considered essential for life as we know it.
Kepler research has led scientists to believe that there may be billions of planets in the galaxy6.
Sara Seager is a professor of planetary science and physics at the Massachusetts Institute of Technology in Cambridge, Massachusetts.  She says space scientists think it is “very likely that every single star in the Milky7 Way galaxy has at least one planet.”''',
    quotes=[
        Q('“the limitless vastness of the universe."', None, "Charles Bolden"),
        Q('“habitable zone”', None, None),
        Q('“very likely that every single star', 'at least one planet.”', "Sara Seager"),
    ],
    aliases={"Charles Bolden": ["NASA Administrator4 Charles Bolden"]},
),
]
