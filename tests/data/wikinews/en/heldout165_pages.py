# Held-out English news texts (tests/data/heldout165-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America news stories on Africa, Asia, Latin America and the Middle East, 2006-2019
# (voanews.com and two copies of VOA stories on other sites; US government works in the public domain, 17 U.S.C. § 105):
# the delayed relocation of Darfur refugees in eastern Chad (November 2006), African broadcast journalists touring the
# United States (July 2006), the opposition sit-in against Lebanon's government (December 2006), the end of voting in
# Zimbabwe's elections (March 2008), complaints of fraud after
# Afghanistan's presidential run-off (June 2014), Afghanistan's parliamentary vote of September 2010 (VOA story copied on
# archive.smallwarsjournal.com) and of October 2018 (VOA story copied on kyrgyzstannews.net, a Big News Network site), and
# Mike Pompeo's South America trip and VOA interview (April 2019). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). VOA's site lines ('Accessibility links', 'Breaking News', 'News', 'XS SM MD LG'), section
# lines ('News / Asia'), bylines, date lines of the copies, image captions (printed once or twice), video box lines and
# VOA's standing call for listener comments are dropped; headlines and subheadings are kept; wording, spelling ('Mathew
# Conway', 'Washington, DC We’ll', 'quote and quote', 'the Venezuela') and quotation marks (a curly opening mark closed by
# a straight one in the Kubis quotation) are as stored, and so are two single line breaks of the Zimbabwe story; blank lines and lines holding a single space between paragraphs
# are dropped. Annotated by reading the texts, before whosaid was run on them (rules H1155-H1160 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout165-en.jsonl

Built by `build.py` from `heldout165_pages.py`. Like heldout98-en and the earlier VOA sets, these texts are stored web pages
(the `pages` search corpus), none of them used in a set above: eight Voice of America news stories on Africa, Asia, Latin
America and the Middle East from 2006 to 2019 (US government works in the public domain, 17 U.S.C. § 105): UNHCR
spokesperson Mathew Conway on the delayed relocation of Darfur refugees in eastern Chad (November 2006); African broadcast
journalists Nike Coker and Jeff Tarnue on their US tour (July 2006); the Hezbollah-led sit-in against Prime Minister Fuad
Siniora's government (December 2006); the end of voting in Zimbabwe's elections with Morgan Tsvangirai and Robert Mugabe
(March 2008); complaints of fraud after the Afghan presidential run-off and U.N. envoy Jan Kubis's
call for patience (June 2014); Afghanistan's parliamentary vote of September 2010 with Staffan de Mistura and the NDI's
Andy Campbell (the VOA story as copied on archive.smallwarsjournal.com); the Afghan parliamentary vote of October 2018 with
voters Fariba and Sahila and the Kunduz election chief Mohammad Rasul Omar (the VOA story as copied on kyrgyzstannews.net);
and Secretary of State Mike Pompeo's South America trip and VOA interview on Venezuela (April 2019). None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site and section lines, bylines, date lines, captions, video boxes and VOA's
call for listener comments were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by the names of their speakers and by distinctive phrases against every existing text, including
the other helpers' worktrees). The annotation (rules H1155–H1160 in `ANNOTATION.md`) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2006-11-02-relocation-efforts-delayed-for-darfur-refugees",
    source="https://www.voanews.com/a/a-13-2006-11-02-voa28/319001.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links', 'Breaking News' and 'News' before the headline and 'XS', 'SM', 'MD', 'LG' after the last paragraph dropped; complete as stored)",
    text='''Relocation Efforts Delayed for 40,000 Darfur Refugees
The UN refugee agency still is not able to relocate about 40-thousand Darfur refugees in eastern Chad. The UNHCR says they are too close to the border with Sudan and too near the fighting between Sudanese government forces and rebels. About 25-thousand of the refugees are in the Oure Cassoni camp in Bahai with the rest in the Amnabak camp near Iriba.
Mathew Conway is a spokesperson for the UNHCR. From Abeche in eastern Chad, he spoke to VOA English to Africa Service reporter Joe De Capua about why relocation efforts have been delayed.
“There have been a couple of things that have slowed progress, one of them being locating a sufficient supply of water for the new sites. So we’re trying to see if there are other ways of supplying the sites from perhaps greater distances. The other resistance we’ve encountered is from some of the refugee leaders themselves, who are reluctant to be moved to these new sites. They feel that they’ve established homes now in the Oure Cassoni camp and they’re not very eager to be uprooted again, which is certainly understandable,” he says.
But the nearby fighting apparently is food for thought for some.
Conway adds, “I think there are mixed feelings within the refugee communities themselves. I think their opinion is divided. I think there are a lot of people who realize that it is in their best interests to move, but understandably there are a lot of people who don’t want to be moved further away from the border. They want to stay as close to their original home areas as possible.”
He says national and local authorities have given the go ahead for the relocation, saying that the UNHCR will continue to try to persuade the refugees to move.''',
    quotes=[
        Q('“There have been a couple', 'certainly understandable,”', "Mathew Conway"),
        Q('“I think there are mixed', 'as possible.”', "Mathew Conway"),
    ],
    aliases={"Mathew Conway": ["Conway"]},
),
dict(
    id="voa-en-2006-07-21-african-journalists-tour-united-states",
    source="https://www.voanews.com/a/a-13-2006-07-21-voa23/325338.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; VOA's standing closing paragraph 'Let us know what you think of this report and other stories on our website. ...' dropped (H1155); 'Washington, DC We’ll' and 'quote and quote' as stored)",
    text='''African Journalists Tour United States
A group of broadcast journalists from Africa is currently visiting the United States on a special program. VOA English to Africa reporter James Butty was invited by the Washington Foreign Press Center to speak to the journalists yesterday. Afterward, they spoke with James about their US visit and their positions in Africa.
“My name is Nike Coker from Cool FM in Abuja. I’m here for a three-week program on radio broadcasting, and am meeting a whole lot of American and African broadcasters and journalists. It’s been fine so far. We’re just on the first leg in Washington, DC We’ll move to Minnesota, we’ll go to New Mexico, and then we’ll end up in Florida.”
Nike says she hosts the show The Mid-Day Oasis focusing on entertainment with a political touch.
Jeff Tarnue is a program producer and presenter with Star Radio, a news and information station in Liberia. He says the election last year has brought some improvement in freedom of the press and information in Liberia.
“Well I get it is getting better than ever before every day because journalists are not being chased like before. Maybe it is not quote and quote like we say a military government. But it’s a good atmosphere for press freedom in Liberia.”
Hauwa Ibrahim is an editor and reporter of the education desk with the Federal Radio Corporation of Nigeria. She says she enjoys her job covering education except for some constraints that journalists experience when covering the bureaucracy.''',
    quotes=[
        Q('“My name is Nike Coker', 'in Florida.”', "Nike Coker"),
        Q('“Well I get it', 'freedom in Liberia.”', "Jeff Tarnue"),
    ],
    aliases={"Nike Coker": ["Nike"]},
),
dict(
    id="voa-en-2006-12-02-protests-against-lebanese-government-continue",
    source="https://www.voanews.com/a/a-13-2006-12-02-voa22/321657.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'The protesters carried banners of Hezbollah, ... His trademark orange scarves and banners were everywhere - althoug', cut in the stored copy, dropped)",
    text='''Protests Against Lebanese Government Continue
Thousands of opposition protesters remain camped outside the Lebanese prime minister's office, demanding the resignation of his U.S.-backed government. Leaders of Hezbollah say the demonstration will not end until he goes. As VOA's Challiss McDonough reports from Beirut, many of the protesters say they are ready for the long haul.
At times, it seemed more like a street festival than a protest. Although only a few thousand camped out overnight in tents erected near the government building, the crowd grew much larger during the day. Music blared from countless loudspeakers, and the protesters never seemed to tire of dancing and waving the Lebanese flag. Families strolled through the demonstration together, eating ice cream and snacks.
Bands of young men with drums and horns marched, chanting, from one tent camp to another, sometimes at breakneck speed. But there are scores of Hezbollah "discipline" men deployed throughout the crowd to keep order.
When one rowdy group headed full-speed for the heavily guarded razor-wire barricade around the prime minister's office, they were quickly intercepted by burly men wearing white baseball caps and ID badges that say "discipline."
The protesters are demanding the resignation of Prime Minister Fuad Siniora, or a national unity government, in which the opposition, including Hezbollah, would have one-third of the Cabinet posts and, therefore, a veto over government decisions.
But the prime minister is flatly refusing to step down, and has accused the protesters of trying to topple Lebanon's legitimate, constitutional government. His position has broad support in the international community.''',
    quotes=[
        Q('"discipline"', None, None),
        Q('"discipline."', None, None),
    ],
),
dict(
    id="voa-en-2008-03-29-voting-ends-in-zimbabwe",
    source="https://www.voanews.com/a/a-13-2008-03-29-voa14/334712.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'In the city of Bula...', cut in the stored copy, dropped; the line breaks before 'And they said that the police' and inside 'patrolling the capital,' / 'Harare, in a convoy' kept as stored (H1155))",
    text='''Voting Ends in Zimbabwe
Zimbabweans went to the polls Saturday to choose a president, parliament and local councils. The balloting was mostly peaceful although police said a bomb went off at the home of a ruling party parliamentary candidate in the city of Bulawayo. VOA's Scott Bobb reports from our Southern Africa Bureau in Johannesburg.
Zimbabweans began lining up outside polling stations before dawn Saturday, hoping to cast their ballots early. The elections were seen as a choice between keeping in power the government of President Robert Mugabe, which has ruled since independence 28 years ago, and regime change advocated by two opposition candidates, Morgan Tsvangirai and Simba Makoni.
Nearly six million people were registered to vote at one of the more than 9,000 polling stations. They were to choose a president, a national assembly, a newly created senate and local councils.
Opposition candidate Tsvangirai told reporters after casting his ballot that he is confident of success.
"The people's victory is assured in spite of the regime's attempt to subvert the people's will through other fraudulent activities," he said.
Opposition leaders and pro-democracy groups have expressed concern over what they said were irregularities that could be used to rig the vote. They said they had evidence that voter registration lists had been inflated and that 50 percent more ballot papers had been printed than registered voters.
And they said that the police were allowed inside polling booths.
However, Mr. Mugabe dismissed these allegations as he voted.
"We don't rig elections," he said. "We have that sense of honesty. I cannot sleep with my conscience if I have cheated on elections. Why should I cheat? The people are there supporting us."
The voting was mostly peaceful, but soldiers and police put on a show of force patrolling the capital,
Harare, in a convoy of armored personnel carriers and water cannon trucks.''',
    quotes=[
        Q('"The people\'s victory', 'fraudulent activities,"', "Morgan Tsvangirai"),
        Q('"We don\'t rig elections,"', None, "Robert Mugabe"),
        Q('"We have that sense', 'supporting us."', "Robert Mugabe"),
    ],
    aliases={"Morgan Tsvangirai": ["Opposition candidate Tsvangirai", "Tsvangirai"], "Robert Mugabe": ["President Robert Mugabe", "Mr. Mugabe"]},
),
dict(
    id="voa-en-2014-06-16-complaints-of-fraud-in-afghan-presidential-vote",
    source="http://www.voanews.com/content/vote-counting-under-way-in-afghan-presidential-runoff/1937229.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Asia', the image caption, printed twice, and the byline 'Sharon Behn' dropped; the subheading '\"Respect the due process\"' kept (H1157); the lines holding a single space between paragraphs dropped; the caption 'Afghan men, among nearly a dozen people who had their fi...', cut in the stored copy, dropped; the curly opening and straight closing marks of the first Kubis quotation as stored (H1157))",
    text='''Complaints of Fraud in Afghan Presidential Vote
No one in Afghanistan expected the political rivalry between presidential candidates Ashraf Ghani and Abdullah Abdullah to end after Saturday’s run-off vote, and it has not.
Both are claiming evidence of fraud, laying the groundwork to potentially challenge the result of the vote, which is not expected to be announced until next month.
Electoral Complaints Commission spokesman Naderi Mohsini said the panel has received hundreds of reports of irregularities, including by election officials and security forces.
Mohsini said the commission’s commitment to the people of Afghanistan, to the candidates and the electoral process is if presented with documentation and evidence of electoral irregularities, it is the commission's responsibility to deal with it.
Officials are concerned continued political fighting between Ghani, a Pashtun former World Bank official, and Abdullah, a Tajik former foreign minister could spill onto the streets.
Both have the support of warlords, officials said.
"Respect the due process"
U.N. special representative to Afghanistan Jan Kubis called for patience.
“Respect the due process, respect the work of the commissions, do not jump to conclusions, do not make statements, comments, in anticipation of the results," Kubis said. "Be also ready to accept the results of such process. There can be only one winner."
Official preliminary results are not expected until July 2.''',
    quotes=[
        Q('"Respect the due process"', None, "Jan Kubis"),
        Q('“Respect the due process, respect', 'of the results,"', "Jan Kubis"),
        Q('"Be also ready', 'only one winner."', "Jan Kubis"),
    ],
    aliases={"Jan Kubis": ["Kubis"]},
),
dict(
    id="voa-en-2010-09-18-afghan-polls-close-scattered-violence-kills-14",
    source="https://archive.smallwarsjournal.com/blog/afghan-polls-close-scattered-violence-kills-14",
    license=PDC, retrieved=PAGES + " (the VOA story by Sean Maroney as copied on the Small Wars Journal blog archive; the stored copy has no headline, none is added; the byline 'Sean Maroney', the date line '18 September 2010' and the credit line 'Voice of America' dropped; the paragraph 'Despite being in the relatively secure capital, Campbell was conspicuous with his l...', cut in the stored copy, dropped)",
    text='''Afghans cast their ballots for a new parliament Saturday, despite rocket and bomb attacks during elections seen as a key test of the government's fight against the Taliban and corruption. As the polls officially closed, the Interior Ministry said at least 11 civilians and three policeman were killed and dozens more injured.
Afghans across much of the country voted Saturday in the face of Taliban threats and scattered acts of violence that marred - but did not seriously disrupt - the parliamentary election.
United Nations Special Envoy to Afghanistan Staffan de Mistura visited polling stations in the capital Kabul as part of the international contingent of observers making sure the election is free and fair.
He told reporters a number of procedures are in place to combat voter fraud, including identifying voters, using special ink to mark those who have voted and keeping track of all ballot boxes. "Today is a crucial day. Security is a concern and fraud is a concern. That is why we are not here to observe; we are here to encourage that those procedures continue," he said.
Andy Campbell is the country director for the National Democratic Institute, which is helping to monitor the vote. Campbell spoke to VOA at a polling station in Kabul. "We've had reports come in from around the country that in some places it has worked well and in other places it has not. That is to be expected. The largest exercise that a country undertakes in peace time is an election or a census, and we're doing it in an active insurgency environment. But, procedures are generally being followed," he said.
Campbell is no stranger to elections in Afghanistan; Saturday's vote is his fourth in the country. He says generally, each election has gotten better in terms of fighting voter fraud. However, he did call last year's fraud-marred presidential election an "anomaly."''',
    quotes=[
        Q('"Today is a crucial day.', 'procedures continue,"', "Staffan de Mistura"),
        Q('"We\'ve had reports', 'being followed,"', "Andy Campbell"),
        Q('"anomaly."', None, "Andy Campbell"),
    ],
    aliases={"Andy Campbell": ["Campbell"]},
),
dict(
    id="voa-en-2018-10-20-afghan-voters-head-to-polls-defiant-of-taliban-threats",
    source="https://www.kyrgyzstannews.net/news/258149506/afghan-voters-head-to-polls-defiant-of-taliban-threats",
    license=PDC, retrieved=PAGES + " (the VOA story as copied on kyrgyzstannews.net, credited 'Voice of America'; the site date line 'Thu, 25 Apr 2019', the credit line 'Voice of America' and the date line '21 Oct 2018, 00:05 GMT+10' dropped; the image caption 'A long line of women wait to cast their ballots outside a Kabul polling station, Oct. 20, 2018.' dropped; the subheading 'Fraud allegations, Kabul explosions' dropped with the paragraph after it, 'The election season was marred by ... leading to postponement of elections', cut in the stored copy)",
    text='''Afghan Voters Head to Polls, Defiant of Taliban Threats
KABUL, AFGHANISTAN - Voters are lined up to cast their ballots in polling stations across Afghanistan despite repeated threats from Taliban, including a new one Saturday morning, that they would attack all polling stations.
In capital Kabul, voters struck a defiant tone.
"We are not afraid of threats because we want to build our country. Today we had a lot of threats, but we are still here to vote," said Fariba, a female voter in Kabul.
In other parts of the country, officials seemed confident about the safety measures they had taken.
"The security measures are all in place. We have a really good coordination with the security forces," said Mohammad Rasul Omar, the head of Independent Election Commission in Kunduz, although election officials reported that Taliban had stolen election material from at least one polling station in the province, and local journalists had reported some rocket attacks in various parts of the province.
The start of polling, originally scheduled for 7 a.m., was delayed in various parts of the country, sometimes by up to several hours, agitating voters who had lined up before 7.
"I was in a hurry, so I came at 7 a.m., but by 7:30 they had not started polling. The process was disorganized. I had to go to a funeral," said Sahila, a female voter in Kabul.
Because of the delays, voting will be extended to Sunday in places where technical and organization glitches stymied voters, Abdul Badi Sayad, chairman of Independent Election Commission, said.''',
    quotes=[
        Q('"We are not afraid', 'here to vote,"', "Fariba"),
        Q('"The security measures', 'security forces,"', "Mohammad Rasul Omar"),
        Q('"I was in a hurry', 'to a funeral,"', "Sahila"),
    ],
),
dict(
    id="voa-en-2019-04-14-pompeo-talks-to-voa-about-venezuela-iran-nicaragua",
    source="https://www.voanews.com/a/pompeo-visits-south-america-with-focus-on-venezuela/4873526.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' and the image caption 'U.S. Secretary of State Mike Pompeo, left, listens to ...' dropped; the video box lines 'WATCH: Secretary of State Mike Pompeo Talks to VOA', 'Secretary of State Mike Pompeo Talks to VOA', 'please wait', 'No media source currently available' and '0:00 0:10:44 0:00' dropped; the paragraph 'Questioned about whether Iran has some presence in Latin America, P...', cut in the stored copy, dropped; 'the Venezuela' as stored)",
    text='''Pompeo Talks to VOA About Venezuela, Iran, Nicaragua
U.S. Secretary of State Mike Pompeo is scheduled to travel to the Colombian border town of Cucuta on Sunday where he will meet with Venezuelan refugees. Cucuta has taken in many Venezuelans fleeing hunger and violence in their home country.
Pompeo has made several stops in South America in recent days to gain support for U.S. President Donald Trump’s stance against Venezuelan President Nicolas Maduro and his regime.
In Peru Saturday, Pompeo met with the country’s president, Martin Vizcarra, as well as Foreign Minister Nestor Popolizio. Pompeo praised “the people of Peru” who “generously host almost three-quarters of a million refugees from Venezuela.”
Earlier in Asuncion, Pompeo met with the president of Paraguay, Mario Abdo Benitez, for a discussion focusing on Venezuela, human rights, transnational crime, and strengthening democracy in the region.
While visiting Paraguay Saturday, the top U.S. diplomat spoke with the Voice of America about the United States’ approach to the Venezuela, which is in a leadership crisis. Pompeo called the election that Maduro claims to have won a “sham,” and he noted that 54 nations have recognized opposition leader Juan Guaido as the country’s true president.
“Maduro and his henchmen have destroyed this nation,” Pompeo said, speaking of Venezuela. Criticizing Maduro’s use of Russian and Cuban resources, the secretary added, “He’s handed over all his power to the Cubans and to the Russians.”''',
    quotes=[
        Q('“the people of Peru”', None, "Mike Pompeo"),
        Q('“generously host', 'from Venezuela.”', "Mike Pompeo"),
        Q('“sham,”', None, "Mike Pompeo"),
        Q('“Maduro and his henchmen', 'this nation,”', "Mike Pompeo"),
        Q('“He’s handed over', 'to the Russians.”', "Mike Pompeo"),
    ],
    aliases={"Mike Pompeo": ["U.S. Secretary of State Mike Pompeo", "Pompeo"]},
),
]
