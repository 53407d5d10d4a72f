# Held-out English Wikinews texts (tests/data/heldout63-en.jsonl), none of them used in an earlier set. English Wikinews
# pages of 2007-2016 (CC BY 2.5) taken from stored web pages (the `pages` search corpus): three audio-brief scripts
# (en.wikinews.org 'News briefs' page of April 29, 2010; the day-category pages of January 18, 2007 on en.wikinews.org and
# June 1, 2007 on en.m.wikinews.org, which show that day's brief), the weekly brief of March 31, 2012, three 'Wikinews
# Shorts' compilations (December 13, 2008; January 13, 2009; August 9, 2009), a Wikinews interview report (Rocky De La
# Fuente, 2016, en.m.wikinews.org) and a scraper-site copy of a 2010 Wikinews article on the Chilean miners' rescue
# (raybans-shops.net, which reproduces the article under its Wikinews headline; its UTF-8 mojibake 'MaƱalich',
# 'JosĆ©', 'CopiapĆ³' is kept as stored, H318). None is credited to AP, Reuters, AFP or another third party (Wikinews cites
# agencies as sources, which is its own reporting). Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph or item is dropped (noted in `retrieved`). Site lines, audio-player boxes,
# section headings of the brief scripts ('Script', 'Promo', '(Music)', 'Briefs', 'Closing statements'), image captions,
# 'Sources' lists, 'Wikipedia has more about this subject:' lines and licence lines are dropped; wording, spelling
# ('choosen', 'canidates', 'Aminajad'), spacing inside paragraphs and quotation marks are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H318-H323 in ANNOTATION.md on top of H1-H317).
WN = "CC BY 2.5 (Wikinews)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout63-en.jsonl

Built by `build.py` from `heldout63_pages.py`. Like heldout21-en, heldout28-en, heldout42-en, heldout46-en and heldout58-en,
these texts are English Wikinews pages (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them
used in a set above, this time from 2007 to 2016: three audio-brief scripts (the en.wikinews.org 'News briefs' page of
April 29, 2010 on Robert Gates and Hezbollah; the day-category pages of January 18, 2007, en.wikinews.org, and June 1,
2007, en.m.wikinews.org, which show that day's brief), the weekly brief of March 31, 2012 (Hong Kong's chief-executive
election, the Sqoot hackathon advertisement), three 'Wikinews Shorts' compilations (December 13, 2008: the Presidential
Inaugural Committee's donor list; January 13, 2009: riots in Riga and Barack Obama on Guantanamo Bay; August 9, 2009:
Noordin Mohammed Top and Iran's second mass trial), the Wikinews interview report with Democratic presidential candidate
Rocky De La Fuente (2016, en.m.wikinews.org) and a scraper-site copy of the Wikinews article on the start of the Chilean
miners' rescue (2010, raybans-shops.net). None is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines,
audio-player boxes, script section headings, captions, source lists and licence lines were dropped; wording and quotation
marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by
8-word overlap with every existing text: no shared 8-word sequence). The annotation (rules H318–H323 in `ANNOTATION.md`
on top of H1–H317) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2010-10-09-chilean-miners-rescue-to-begin-on-tuesday",
    source="http://www.raybans-shops.net/chilean-miners-rescue-to-begin-on-tuesday-minister-manalich-announces/",
    license=WNS, retrieved=PAGES + " (scraper copy of the Wikinews article 'Chilean miners rescue to begin on Tuesday, Minister Mañalich announces'; the stored part begins with the date line, no headline, and ends after the fourth paragraph; the UTF-8 mojibake 'MaƱalich', 'JosĆ©', 'CopiapĆ³' and the curly marks are as stored (H318))",
    text='''Saturday, October 9, 2010
Health Minister of Chile, Jaime MaƱalich, announced on Friday the rescue of the 33 Chilean miners trapped in San JosĆ© Mine, CopiapĆ³ is to begin this Tuesday, October 12.
Mining Minister Laurence Golborne announced that the tunnel the miners will ascend “will be ready in the next 24 hours. [The tunnel] could be done by this night or tomorrow’s early morning.” However, he couldn’t “assure an hour because it is not exact.”
“The rescue will take place between three and eight days (after finishing the perforation), depending on the decisions that are taken about the encamisado (process of coating the tunnel with a metal pipe),” Golborne added. He also said the miners “have no anxiety,” saying that “they’ve waited a few months now for their rescue and are aware that they will have to wait some more days.”
The thirty-three miners have been trapped at the bottom of San JosĆ© Mine, CopiapĆ³, Atacama Region, Chile since August 5. It was discovered they were alive on August 22, when they sent the note “We are fine in the shelter the 33 [of us].”''',
    quotes=[
        Q('“will be ready in the next', 'early morning.”', "Laurence Golborne"),
        Q('“assure an hour', 'not exact.”', "Laurence Golborne"),
        Q('“The rescue will take place', 'metal pipe),”', "Laurence Golborne"),
        Q('“have no anxiety,”', None, "Laurence Golborne"),
        Q('“they’ve waited', 'some more days.”', "Laurence Golborne"),
        Q('“We are fine in the shelter', '[of us].”', None),
    ],
    aliases={"Laurence Golborne": ["Mining Minister Laurence Golborne", "Golborne"]},
),
dict(
    id="wn-en-2016-03-31-wikinews-interviews-rocky-de-la-fuente",
    source="https://en.m.wikinews.org/wiki/Wikinews_interviews_Rocky_De_La_Fuente,_U.S._Democratic_Party_presidential_candidate",
    license=WN, retrieved=PAGES + " (the image caption 'De La Fuente at the Lesser-Known Candidates Forum, January 2016. / Image: Marc Nozell.' dropped; the paragraph 'With Wikinews reporter William S. Saturn, De La Fuente discusses hi...', cut in the stored copy, and the interview after it dropped)",
    text='''Wikinews interviews Rocky De La Fuente, U.S. Democratic Party presidential candidate
Thursday, March 31, 2016
Businessman Rocky De La Fuente took some time to speak with Wikinews about his campaign for the U.S. Democratic Party's 2016 presidential nomination.
The 61-year-old De La Fuente resides in San Diego, California, grew up in Tijuana, and owns multiple businesses and properties throughout the world. Since getting his start in the automobile industry, De La Fuente has branched out into the banking and real estate markets. Despite not having held or sought political office previously, he has been involved in politics, serving as the first-ever Hispanic superdelegate to the 1992 Democratic National Convention.
De La Fuente entered the 2016 presidential race last October largely due to his dissatisfaction with Republican front-runner Donald Trump. He argues he is a more accomplished businessman than Trump, and attacks Trump as "a clown," "a joke," "dangerous," and "in the same category as Hitler." Nevertheless, De La Fuente's business background begets comparisons with Trump. The Alaskan Midnight Sun blog described him as the Democrats' "own Donald Trump."
While receiving only minimal media coverage, he has campaigned actively, and according to the latest Federal Election Commission filing, loaned almost US$ 4 million of his own money to the campaign. He has qualified for 48 primary and caucus ballots, but has not yet obtained any delegates to the 2016 Democratic National Convention. Thus far, according to the count at The Green Papers, De La Fuente has received 35,406 votes, or 0.23% of the total votes cast. He leads among the many lesser-known candidates but trails both Senator Bernie Sanders who has received nearly 6.5 million votes and front-runner Hillary Clinton who has just shy of 9 million votes.''',
    quotes=[
        Q('"a clown,"', None, "Rocky De La Fuente"),
        Q('"a joke,"', None, "Rocky De La Fuente"),
        Q('"dangerous,"', None, "Rocky De La Fuente"),
        Q('"in the same category as Hitler."', None, "Rocky De La Fuente"),
        Q('"own Donald Trump."', None, "Alaskan Midnight Sun"),
    ],
    aliases={"Rocky De La Fuente": ["Businessman Rocky De La Fuente", "De La Fuente"],
             "Alaskan Midnight Sun": ["The Alaskan Midnight Sun blog"]},
),
dict(
    id="wn-en-2012-03-31-weekly-audio-brief",
    source="https://en.wikinews.org/wiki/Wikinews:Briefs/March_31,_2012",
    license=WN, retrieved=PAGES + " (the 'Jump to content' and 'From Wikinews' lines, the audio box ('Wikinews Audio Briefs', 'Dateline', 'Saturday, March 31, 2012', 'Listen to this brief', 'Problems? See our media guide.') and the script headings 'Script', 'Promo', '(Music)' and 'Briefs' dropped; the paragraph 'Sandra Fluke made Time magazine's list of candidates fo...', cut in the stored copy, dropped; 'QUOTE good party UNQUOTE' is the script's spoken form of a quotation and has no marks)",
    text='''Wikinews:Briefs/March 31, 2012
Sunday, April 1, 2012
Today on Wikinews: We briefly recap some of the stories appearing on Wikinews this week and from around the world.
Today is Saturday, March 31, 2012. I am Chad Tew and this is Wikinews.
Hong Kong elected a new chief executive this week. Leung Chun-ying (Pronounced:L-er-ng Choon Ying) was choosen as the new leader in a controversial election. Pro-democracy demonstrators rallied before the meeting of the election committee and also attempted to storm the voting center. An organizer of the demonstrations criticized Hong Kong as not being a "true democracy." And pepper spray was used on the demonstrators when the results were announced.
Pope Benedict the Sixteenth visited Cuba this week and urged religious freedom and political change. In response, a leader from the council of ministers said no political reform was necessary. The Pope celebrated Mass in Havana, visited several Cuban cities, and met with former President Fidel Castro.
Two earthquakes shook Chile within a twenty-four hour period. A magnitude seven point one earthquake struck Maule (Pronounced Mah-oo-lay), Chile last Sunday. It followed an earlier quake on Saturday.
Web startup Sqoot became embroiled in a P-R crisis. In its advertisement for a Boston hackathon, Sqoot promised women as one of its perks and focused on women who would be serving the attendees beer. Thousands of tweets complaining of sexism were directed at Sqoot on Twitter. The company lost four sponsors within a twenty-four hour period, and it later apologized for what it intended as an invitation for a QUOTE good party UNQUOTE. An article in Techli said the mishap was "the worst startup P-R crisis in recent history."''',
    quotes=[
        Q('"true democracy."', None, None),
        Q('"the worst startup P-R crisis', 'in recent history."', "Techli"),
    ],
),
dict(
    id="wn-en-2010-04-29-audio-news-brief",
    source="https://en.wikinews.org/wiki/News_briefs:April_29,_2010",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to' lines and the audio credits box ('Wikinews Audio Briefs Credits', 'Produced By', 'Recorded By', 'Written By', 'Listen To This Brief', 'Problems? See our media guide.') and the standing intro line 'From Wikinews, the free news source, this is the Audio Wikinews Brief for Thursday, April 29th, 2010. I'm Dan Harlow and here are today's top stories:' dropped as series boilerplate (H318); the paragraph 'The conflict took place along a highway ... which police had been authorized to use in sel...', cut in the stored copy, dropped; the stray period after '\"obviously destabilizing for the whole region.\".' is as stored)",
    text='''Wikinews:Briefs/April 29, 2010
US Defense Secretary Robert Gates, along with Israeli defense minister Ehud Barak, issued a statement claiming that Hezbollah, the Shi'a Islamist political and paramilitary organization based in Lebanon, is in possession of more weapons than some governments.
Following a meeting with Barak, Gates said that both Syria and Iran were responsible for providing weapons of "ever increasing capability" to Hezbollah, although he declined to confirm that the group had gained possession of ballistic missiles called Scuds that are capable of striking targets across Israel. Gates said of Hezbollah's military capabilities, that they were "obviously destabilizing for the whole region.". Barak reiterated the sentiment of destabilization in the region, but does not foresee a military conflict over the current situation.
Syrian Prime Minister Muhammad Naji al-Otari denied arming Hezbollah and added that Israel is only trying to find an excuse for military action.
During the 2006 Lebanon War, Hezbollah launched thousands of missiles into Israel and according to an American report released last week, Hezbollah had indeed rearmed itself to higher levels than during the 2006 conflict.
There was more violence in Thailand today as protesters clashed with government police killing at least one soldier and wounding eighteen.''',
    quotes=[
        Q('"ever increasing capability"', None, "Robert Gates"),
        Q('"obviously destabilizing for the whole region."', None, "Robert Gates"),
    ],
    aliases={"Robert Gates": ["US Defense Secretary Robert Gates", "Gates"]},
),
dict(
    id="wn-en-2007-01-18-audio-news-brief",
    source="https://en.wikinews.org/wiki/Category:January_18,_2007",
    license=WN, retrieved=PAGES + " (the page heading 'Category:January 18, 2007' and the 'From Wikinews' and 'Jump to' lines dropped; the brief's heading 'News briefs' kept as the first line; the 'Closing statements' heading and the closing lines 'To receive the latest news please visit ... This recording has been released under the Creative Commons A...', cut in the stored copy, dropped as boilerplate; the unbalanced '[Microsoft Windows', the missing product names after 'or' and 'use of' (links lost in the copy) and 'Aminajad' are as stored)",
    text='''News briefs
The time is 23:00 UTC, on January 18 2007, and this is Audio Wikinews Newsbriefs. (Sound Effect)
Iran says it's ready for standoff over nuclear activities
Iranian President, Mahmoud Ahmadinejad has stated that his country is prepared to have a nuclear standoff with the United States. The move comes as the U.S. decided to send another aircraft carrier to the Middle East. According to the U.S. Defense Secretary Robert Gates, the USS Stennis was dispatched to the region to "impress on Iran that the four year war in Iraq has not made America vulnerable."
In response to the deployment of additional troops, Aminajad said that Iran was "prepared for any possibility in the standoff with the west over its nuclear activities." Iran has stated that its nuclear program is strictly for peaceful purposes, but the United Nations disagrees, and imposed limited sanctions on the nation last year.
EU report in favour of adopting open source software
An E.U. funded research commission studied costs and benefits of adopting open source software such as Linux or instead of proprietary software such as [Microsoft Windows or Microsoft Office. The study was conducted on six organizations from European nations. The study concluded that "in almost all the cases a transition toward open source reports of savings on the long-term costs of ownership of the software products." The study also reported that they found "no particular delays or loss of time in the daily work due to the use of" This is bad news for Microsoft who is in a legal battle with the European Union over its monopolist behaviors. It is also competing with a number of open source software distributors for the market.''',
    quotes=[
        Q('"impress on Iran', 'America vulnerable."', "Robert Gates"),
        Q('"prepared for any possibility', 'nuclear activities."', "Mahmoud Ahmadinejad"),
        Q('"in almost all the cases', 'software products."', None),
        Q('"no particular delays', 'due to the use of"', None),
    ],
    aliases={"Robert Gates": ["U.S. Defense Secretary Robert Gates"],
             "Mahmoud Ahmadinejad": ["Aminajad"]},
),
dict(
    id="wn-en-2007-06-01-audio-news-brief",
    source="https://en.m.wikinews.org/wiki/Category:June_1,_2007",
    license=WN, retrieved=PAGES + " (the page heading 'Category:June 1, 2007' dropped; the brief's heading 'News briefs' kept as the first line; the last item 'Treatment of Indonesian governor in Sydney causes diplomatic stir', which ends the stored part and may be cut there, dropped with its headline; spelling ('canidates', 'diaplomatic' in the dropped item) as stored)",
    text='''News briefs
It's 20:00 UTC on 1 June 2007. I'm Wikinews contributor Terinjokes, this is Audio Wikinews News Briefs.
The Americas
Evan O'Dorney wins 2007 USA Spelling Bee competition
S-E-R-R-E-F-I-N-E. Serrefine, meaning a small forceps used to approximate the edges of a wound to close it during operation on an artery. By spelling the French word correctly, Evan O'Dorney, of California, USA, won the 2007 USA Spelling Bee Championship in Washington, DC.
Hillary Clinton's song contest reaches final round
In the race for 2008 United States presidency, many canidates are using Web2.0 technologies, like YouTube and Flickr, to engage voters. Hillary Clinton's attempt is make a song contest, which has reached it's final round. Some artists in her contest included Tunstall, Twain, and U2.
21 dead in south Thailand attacks
Thursday was one deadliest days on the south Thailand insurgency, killing 21 people. This total includes 12 soldiers killed by a IED and ambush; while others were killed in an attack on a mosque, killing 7 people, and 2 other deaths reported elsewhere. The Royal Thai Army reports that attack as "The biggest single attack yet", and described the 21 deaths as "shocking".''',
    quotes=[
        Q('"The biggest single attack yet"', None, "Royal Thai Army"),
        Q('"shocking"', None, "Royal Thai Army"),
    ],
),
dict(
    id="wn-en-2009-01-13-wikinews-shorts",
    source="https://en.m.wikinews.org/wiki/Wikinews_Shorts:_January_13,_2009",
    license=WN, retrieved=PAGES + " (the standing subtitle 'A compilation of brief news reports for Tuesday, January 13, 2009.' dropped as series boilerplate (H318); the image captions 'Saeima, the parliament / Image: Xil.' and 'Obama and George W. Bush in the Oval Office on November 10, 2008.' dropped; the third item 'Greek ...', cut in the stored copy, dropped with its headline)",
    text='''Wikinews Shorts: January 13, 2009
Anti-government protests in Riga, Latvia cause riots
Protests by an opposition organization 'Different Politics' (Cita Politika) drew ten thousand people in Riga, Latvia today. After the official protest demonstration was over, around a thousand people roamed the old city center protesting and taunting police. There were reports of many broken windows and a liquor store was demolished and robbed before the police could arrive in sufficient force to stop looting. Around 19:00 several hundred protesters tried to forcefully enter the Latvian Parliament building, but were stopped by riot police arriving at the scene. After more than a half an hour of police being pelted by bricks and bottles, tear gas and brute force was used to take control of the area. For the following hour pockets of violence were squashed over the whole of Old Riga. Rioters dispersed when police reinforcements arrived.
Around a hundred people were arrested, two police vehicles were destroyed, thirty people have been treated for wounds and a large number of windows are broken.
Obama will close Guantanamo Bay in his first week say advisers
President-elect of the United States Barack Obama will order the closure of the Guantanamo Bay detention camp as soon as the first week of his Presidency. This is according to two sources close to the Obama transition team who spoke to Associated Press.
On Sunday, Obama told ABC's This Week: "It is more difficult than I think a lot of people realize and we are going to get it done, but part of the challenge that you have is that you have a bunch of folks that have been detained, many of whom who may be very dangerous who have not been put on trial or have not gone through some adjudication."
Barack Obama is to be inaugurated on January, 20, 2009.''',
    quotes=[
        Q("'Different Politics'", None, None),
        Q('"It is more difficult', 'some adjudication."', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["President-elect of the United States Barack Obama", "Obama"]},
),
dict(
    id="wn-en-2008-12-13-wikinews-shorts",
    source="http://en.wikinews.org/wiki/Wikinews_Shorts:_December_13,_2008",
    license=WN, retrieved=PAGES + " (the standing subtitle 'A compilation of brief news reports for Saturday, December 13, 2008' (its final period on a line of its own in the stored copy) dropped as series boilerplate (H318); the source lines under the first item ('- Nikita Stewart. \"Inaugural Donations to Be Listed Online\" — The Washington Post, ...', '- Emily Cadei. \"Obama Has Raised $10 million\" — CQ Politics, ...') and the 'Sources' list of the second item, cut in the stored copy, dropped)",
    text='''Wikinews Shorts: December 13, 2008
President-Elect Obama's inaugural donations to be listed online
The Presidential Inaugural Committee says it is "taking unprecedented steps to insure transparency in the public reporting of donors" by listing the names of individuals or organizations who donate over $200 towards President-Elect Barack Obama's upcoming inaugural.
Logging onto http://www.pic2009.org/page/content/donors/ will show you a current list of over 169 current donors who have given at least that amount, and for most of the donors, much more. Donors include movie stars, real estate moguls, and sports stars, many of whom also contributed to Obama's presidential campaign.
The Presidential Inaugural Committee states that it has raised almost $10 million dollars to cover the inaugural; and while that may seem like a large amount, the spending record for an inaugural is held by the current president, George W. Bush, with $42.8 million spent on his 2004 inaugural.
Scientists detect black hole at center of Milky Way Galaxy
American and German astronomers have detected and confirmed that there is a 'super-massive' black hole at the center of the Milky Way galaxy. It is approximately 27,000 light years from Earth, and four million times bigger than the Sun. Scientists say it plays a significant role in forming all galaxies.
The 16-year study was performed using two telescopes located in Chile. They discovered it by tracking the movement of over two dozen separate stars. The study will be published next month in The Astrophysical Journal.''',
    quotes=[
        Q('"taking unprecedented steps', 'reporting of donors"', "Presidential Inaugural Committee"),
        Q("'super-massive'", None, None),
    ],
),
dict(
    id="wn-en-2009-08-09-wikinews-shorts",
    source="https://en.m.wikinews.org/wiki/Wikinews_Shorts:_August_9,_2009",
    license=WN, retrieved=PAGES + " (the standing subtitle 'A compilation of brief news reports for Sunday, August 9, 2009.' dropped as series boilerplate (H318); the image caption 'Photo of Noordin Mohammed Top from FBI wanted poster. / Image: FBI. / (Image missing from Commons: image; log)' and the line 'Wikipedia has more about this subject:' dropped; the third item 'Ronnie Biggs released to die a free man', cut in the stored copy, dropped with its headline)",
    text='''Wikinews Shorts: August 9, 2009
Indonesia's most wanted man believed to be killed
Indonesia is to carry out DNA tests on the body of a man killed in the Temanggung district of Central Java. The body is believed to be that of Noordin Mohammed Top. Born in Malaysia, Top is believed to have been behind a string of terrorist attacks in Indonesia since 2002, including the 2002 Bali bombings and the bombing of the Marriott and Ritz-Carlton hotels this July.
After a 16-hour siege, Indonesia's elite Detachment 88 stormed a building in Beji village that police intelligence officers believe was occupied by Top and his group.
In an unrelated police raid two would-be suicide bombers were also killed; the target of their truck bomb was believed to be a residence owned by Indonesian President Susilo Bambang Yudhoyono.
Iran holds second mass trial
Following a mass trial on August 1, at which critics of the Ahmadinejad regime were tried for sedition, Iran has on Saturday initiated a second mass trial of those it accuses of attempting to destabilise the Iranian state. Amongst the dozen accused are staff members of the British and French embassies and a French national. Both France and Britain have protested, with British officials calling the situation "completely unacceptable" and the French saying that the Iranian allegations were "absolutely baseless".
In what have been described as show trials, opposition leaders have confessed to crimes against the state.''',
    quotes=[
        Q('"completely unacceptable"', None, "Britain"),
        Q('"absolutely baseless"', None, "France"),
    ],
    aliases={"Britain": ["British officials"], "France": ["the French"]},
),
]
