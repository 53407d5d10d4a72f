# Held-out English Wikinews texts (tests/data/heldout75-en.jsonl), none of them used in an earlier set. English Wikinews
# pages of 2006-2012 (CC BY 2.5) taken from stored web pages (the `pages` search corpus): four en.wikinews.org pages (the
# 'Wikinews:Briefs' compilation of April 16, 2007; the Audio Wikinews news-brief scripts of May 31, 2006 and October 18,
# 2007; the 'Wikinews Shorts' compilation of April 23, 2007), three 'Wikinews Shorts' compilations copied on scraper sites
# (April 14, 2007; November 26, 2008; May 14, 2009), which print them without headline and item headings, and one article
# on the en.wikiactu.com mirror, which repeats the Wikinews CC BY 2.5 notice under it (Herman Cain endorses Newt
# Gingrich, 2012). None is credited to AP, Reuters, AFP or another third party (Wikinews cites agencies as sources, which
# is its own reporting). Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph or item is dropped (noted in `retrieved`). Site lines, 'Jump to' and 'From Wikinews' lines, '[edit]' marks,
# audio-file lines, image captions, 'Related news' and 'Sources' lists, 'Retrieved from' and licence lines are dropped;
# wording, spelling ('May 31th', 'this an Audio Wikinews Brief', 'insited'), spacing inside paragraphs and quotation marks
# are as stored (curly on the mirror and the scraper copies, straight on en.wikinews.org). Annotated by reading the texts,
# before whosaid was run on them (rules H440-H444 in ANNOTATION.md on top of H1-H437).
WN = "CC BY 2.5 (Wikinews)"
WNM = "CC BY 2.5 (Wikinews; mirror copy, Wikinews licence notice kept by the mirror)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout75-en.jsonl

Built by `build.py` from `heldout75_pages.py`. Like heldout21-en, heldout46-en, heldout58-en and heldout63-en, these
texts are English Wikinews pages (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them used
in a set above, this time from 2006 to 2012: the en.wikinews.org 'Wikinews:Briefs' compilation of April 16, 2007 (Hilary
Benn on the 'war on terror', the Sadrist ministers leaving Nouri al-Maliki's cabinet), the Audio Wikinews news-brief
scripts of May 31, 2006 (Haditha, the OIE on bird-flu reporting) and October 18, 2007 (Benazir Bhutto's return, Sam
Brownback's campaign), the en.wikinews.org 'Wikinews Shorts' compilation of April 23, 2007 (Virginia Tech, a bomb threat
on a Greek airliner, Russian News Service), three 'Wikinews Shorts' compilations copied on scraper sites that print them
without headline and item headings (April 14, 2007, happiesday.com: Garry Kasparov's arrest, Christopher Hill on North
Korea; November 26, 2008, descend-wow.com: Nick Clegg on men in childcare; May 14, 2009, roofingcost.org: swine flu in
Asia, Pope Benedict XVI in the Middle East, Craigslist), and the en.wikiactu.com mirror copy of 'Herman Cain endorses
Newt Gingrich for US president' (2012), which repeats the Wikinews CC BY 2.5 notice under the article. None is credited
to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Site lines, '[edit]' marks, audio-file lines, captions, source
lists, 'Retrieved from' and licence lines were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no
shared 8-word sequence beyond the series' standing lines ('A compilation of brief news reports for ...', '... this is
Audio Wikinews News Briefs') and the phrase 'President George W. Bush's 'war on terror''; the brief of October 18, 2007
lost its item on the Turkish parliament, whose paragraph opens a Wikinews article in heldout3-en). The annotation (rules
H440–H444 in `ANNOTATION.md` on top of H1–H437) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2007-04-16-briefs-benn-sadr-ministers",
    source="https://en.wikinews.org/wiki/Wikinews:Briefs/April_16,_2007",
    license=WN, retrieved=PAGES + " (the stray line '.' after the compilation line dropped; both 'Sources' lists dropped; the next item, beginning 'Unde...' and cut in the stored copy, dropped)",
    text='''Wikinews:Briefs/April 16, 2007
A compilation of brief news reports for Monday, April 16, 2007
Benn criticises concept of 'war on terror'
UK Secretary of State for International Development and deputy Labour leadership candidate Hilary Benn, has criticised US President George W. Bush's 'war on terror' concept in a speech given to the Center on International Cooperation, a US think tank.
Benn's speech argued that the phrase 'war on terror' should be deprecated because it can't be won by military means alone as well as indicating that the 'war-on-terror' concept may have actually assisted terrorist groups by giving them a sense of belonging.
Sadr ministers leave al-Maliki's cabinet
Six ministers in radical cleric Muqtada al-Sadr's Sadrist Movement have resigned from the Iraqi government, because Prime Minister Nouri al-Maliki did not push for a timetable for the withdrawal of foreign troops from the country.
At a press conference, the head of Sadr's parliamentary bloc Nassar Rubaie, read a statement from al-Sadr:
"Considering the public interest, we found that it was necessary to issue an order to the ministers of the Sadr bloc to immediately withdraw from the Iraqi government,"
The statement continued, "The six ministries shall be handed over to the government itself, hoping that this government would give these responsibilities to independent bodies who wish to serve the interests of the people and the country."
Al-Maliki was happy the Sadrists respected the political process. The move could have threatened to topple his government, but so far the Sadrist Movement is still part of the ruling coalition.''',
    quotes=[
        Q("'war on terror'", None, None),
        Q("'war on terror'", None, None, 1),
        Q("'war on terror'", None, None, 2),
        Q("'war-on-terror'", None, None),
        Q('"Considering the public interest', 'Iraqi government,"', "Muqtada al-Sadr"),
        Q('"The six ministries', 'and the country."', "Muqtada al-Sadr"),
    ],
    aliases={"Muqtada al-Sadr": ["radical cleric Muqtada al-Sadr", "al-Sadr"]},
),
dict(
    id="wn-en-2006-05-31-audio-news-briefs",
    source="https://en.wikinews.org/wiki/News_briefs:May_31,_2006",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to' lines and the '[edit]' marks after the headings dropped; country labels kept as lines; the last item 'Third GayFest begins in Bucharest', whose paragraph is cut in the stored copy, dropped with its heading and label; 'May 31th' is as stored)",
    text='''Wikinews:Briefs/May 31, 2006
The time is 21:00 (UTC) on May 31th, 2006, and this is Audio Wikinews News Briefs.
Headlines
Iraq to investigate Haditha "massacre"
Iraq
The Iraqi government is to launch a formal investigation into claims that United States Marines murdered civilians in the Iraqi town of Haditha in November 2005.
Tourist bus attacked by militants in Kashmir
Kashmir
Terrorists in Kashmir threw a grenade at a tourist bus in the heart of Srinagar, killing one person and injuring 21 others. Eyewitnesses say that the vehicle, in which were travelling tourists from West Bengal was attacked near the Dal Gate.
OIE: China, Indonesia and Africa "under-reporting" human and animal Bird Flu cases
United Nations
The World Organization for Animal Health (OIE) and the Food and Agriculture Organization, both part of the United Nations, have stated that some countries, particularly China, Indonesia and some countries in Africa are "under-reporting" the number of human cases of the deadly H5N1 Avian Flu (Bird Flu) virus, but also said that the countries are not hiding them "deliberately."
Yangtze river in China polluted
China
The Yangtze River, the third longest river in the world, is polluted. It supplies water to 186 cities. The river takes 40% of China’s waste, 80% of which is untreated. It is the only source of drinking water to Shanghai, a city with 20 million people.
Rutte elected leader of the VVD
Netherlands
Mark Rutte has been elected leader of the Dutch People's Party for Freedom and Democracy (VVD). In a close internal election, the junior minister for Education beat the minister for Immigration and Integration Rita Verdonk and backbencher Jelleke Veenendaal.''',
    quotes=[
        Q('"massacre"', None, None),
        Q('"under-reporting"', None, "World Organization for Animal Health"),
        Q('"under-reporting"', None, "World Organization for Animal Health", 1),
        Q('"deliberately."', None, "World Organization for Animal Health"),
    ],
    aliases={"World Organization for Animal Health": ["The World Organization for Animal Health (OIE)", "OIE"]},
),
dict(
    id="wn-en-2007-10-18-audio-news-brief",
    source="https://en.wikinews.org/wiki/News_briefs:October_18,_2007",
    license=WN, retrieved=PAGES + " (the 'Jump to content' and 'From Wikinews' lines, the audio line 'Audio Wikinews - Problems listening to the file? See media help.' and the '[edit]' marks after the headings dropped; the item 'Turkish Parliament approves military action in Iraq' dropped with its heading because its paragraph is the opening of a Wikinews article already in heldout3-en (no shared text with a set above); the paragraph 'In an interview with Wikinews, Brownback confirmed money was an issue ...', cut in the stored copy, dropped; 'this an Audio Wikinews Brief' is as stored)",
    text='''Wikinews:Briefs/October 18, 2007
The time is 10:45 UTC and this an Audio Wikinews Brief for Thursday, October 18, 2007.
'Large-scale attack' against ex-Prime Minister Bhutto leaves more than 100 dead in Pakistan
Former Pakistani Prime Minister Benazir Bhutto was the target of a bombing which has killed at least a hundred people, including police within her motorcade. Bhutto was apparently not harmed in the attack.
Bhutto's arrival in the country, breaking eight years of self-imposed exile, was met by more than 20,000 police and military troops. Security was tight, after a warning that al-Qaeda militants could attempt to assassinate the former leader, who is disliked by many traditionalist Pakistanis who consider her rule to have brought the country too close to the United States.
Brownback to drop out of Presidential race on Friday, says AP
The Associated Press is reporting that Kansas Senator Sam Brownback is expected to drop out of the Presidential race on Friday in a speech scheduled in Topeka, Kansas. "I know Senator Brownback enjoyed campaigning and meeting new people in talking about ideas for the future of America, but I think it came down to money," an anonymous source told AP. "It's just time," said a source to Reuters. "He is not going to endorse anyone else right away."''',
    quotes=[
        Q("'Large-scale attack'", None, None),
        Q('"I know Senator Brownback', 'down to money,"', None),
        Q('"It\'s just time,"', None, None),
        Q('"He is not going to endorse', 'right away."', None),
    ],
),
dict(
    id="wn-en-2009-05-14-wikinews-shorts",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts:_May_14,_2009",
    license=WNS, retrieved=PAGES + " (copy on http://roofingcost.org/wikinews-shorts-may-14-2009, which prints the compilation without its item headings; the three 'Sources' lists dropped, the last of them cut in the stored copy; the en dash in '$5 – $10' and the curly marks are as stored)",
    text='''Wikinews Shorts: May 14, 2009
A compilation of brief news reports for Thursday, May 14, 2009.
Two travelers returning from Mexico to Thailand tested positive for the H1N1 swine influenza on Tuesday. According to Thailand’s health minister, this marks the first case of Southeast Asia.
On Wednesday, Chinese Ministry of Health officials reported a man had the disease. Currently, the officials are searching for people the man may have come into contact with.
The pope’s recent visit to the Middle East was expected to meet political “minefields”, according to the New York Times.
While in the Middle East, Pope Benedict XVI told the Prime Minister of Palestine, “It is understandable that you often feel frustrated. Your legitimate aspirations for permanent homes, for an independent Palestinian state, remain unfulfilled. Instead, you find yourselves trapped in a spiral of violence.”
The pope was speaking about the Palestinian housing, and how there are refugee camps.
After the controversy over the “Erotic Services” section on Craigslist, the Web service will require manual posting and a $5 – $10 USD fee.
Craigslist will delete the “Erotic Services” section to replace it with “Adult Services.”
Attorney General Richard Blumenthal of Connecticut claims that state investigators will monitor the section as well for extra insurance.''',
    quotes=[
        Q('“minefields”', None, "New York Times"),
        Q('“It is understandable', 'spiral of violence.”', "Pope Benedict XVI"),
        Q('“Erotic Services”', None, None),
        Q('“Erotic Services”', None, None, 1),
        Q('“Adult Services.”', None, None),
    ],
    aliases={"New York Times": ["the New York Times"], "Pope Benedict XVI": ["The pope"]},
),
dict(
    id="wn-en-2012-01-29-herman-cain-endorses-newt-gingrich",
    source="https://en.wikinews.org/wiki/Herman_Cain_endorses_Newt_Gingrich_for_US_president",
    license=WNM, retrieved=PAGES + " (mirror copy en.wikiactu.com/?cat=1210; the mirror's 'Wiki Actu en' line and date, the repeated headline, the 'From Wikinews' and 'Jump to' lines, the image caption 'Herman Cain in November 2011. / Image: Gage Skidmore.', the 'Sources' heading and the licence notice dropped; the stored copy holds the whole article)",
    text='''Herman Cain endorses Newt Gingrich for US president
Sunday, January 29, 2012
Herman Cain, Georgia businessman and former Republican candidate for President of the United States, endorsed Newt Gingrich for the Republican nomination. Cain, who suspended his own presidential campaign last December, announced his endorsement yesterday at a Republican event in West Palm Beach, Florida.
In his endorsement of the former Speaker of the U.S. House of Representatives, Cain said, “I hereby officially and enthusiastically endorse Newt Gingrich for president of the United States”. Cain’s endorsement of Gingrich comes days before the Florida Republican primary, scheduled for this Tuesday.
Cain said Gingrich, who vowed to reporters he would stay in the race for the Republican nomination until the national nominating convention this August in Tampa, Florida regardless of Tuesday’s results, has been going through a “sausage grinder” during this election cycle.
Cain suspended his own campaign for the Republican party nomination for the presidency of the United States last December after allegations of sexual misconduct and a decline in his popularity among voters.
In a poll of likely Florida voters released yesterday by Reuters and Ipsos, Mitt Romney led Newt Gingrich by an 11 percentage point margin, three points higher than Friday. Out of those who responded, 43% supported Romney to Gingrich’s 32%. In the poll released Friday, the results were 41% to 33% for Romney and Gingrich, respectively.''',
    quotes=[
        Q('“I hereby officially', 'of the United States”', "Herman Cain"),
        Q('“sausage grinder”', None, "Herman Cain"),
    ],
    aliases={"Herman Cain": ["Cain"]},
),
dict(
    id="wn-en-2007-04-14-wikinews-shorts",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts:_April_14,_2007",
    license=WNS, retrieved=PAGES + " (copy on http://happiesday.com/wikinews-shorts-april-14-2007, which prints the compilation without its headline and item headings; the site line 'Posted on' and the two 'Sources' lists dropped; the last item, beginning 'T...' after the Young Minds paragraph and cut in the stored copy, dropped; 'insited' and the curly marks are as stored)",
    text='''A compilation of brief news reports for Saturday, April 14, 2007.
Russian opposition leader and former World Chess Champion Garry Kasparov was among 170 people detained by Russian authorities during a security operation against a rally organised by The Other Russia. The Other Russia is an umbrella coalition that gathers opponents of Russian President Vladimir Putin.
“Today the regime showed its true colours, its true face,” said Kasparov. “We were arrested when we were doing nothing. There was no action. We were just walking along,” he told reporters.
A key deadline with respect to North Korea’s nuclear programme has passed. North Korea said it remained committed to closing the reactor at Yongbyon.
North Korea has insited that some US$25 million be unfrozen at a Macau bank. The United States says the funds have been released, but that North Korea has yet to withdraw any of it.
US Assistant Secretary of State Christopher Hill was quoted as saying, “It’s certainly worrisome to all of us to see them approaching this date rather lethargically.” Hill continued, “The Chinese wanted us to show some patience for a couple of more days. There’s a sense that the communication lines are open and the North Koreans understand the fact that these accounts are accessible to them.”
United Kingdom mental health charity, Young Minds, has called on the UK government for mental healthcare reforms to give vulnerable children more protection. The charity also claims that at least a third of young people under psychiatric care are detained against their will.''',
    quotes=[
        Q('“Today the regime', 'its true face,”', "Garry Kasparov"),
        Q('“We were arrested', 'just walking along,”', "Garry Kasparov"),
        Q('“It’s certainly worrisome', 'rather lethargically.”', "Christopher Hill"),
        Q('“The Chinese wanted us', 'accessible to them.”', "Christopher Hill"),
    ],
    aliases={"Garry Kasparov": ["Russian opposition leader and former World Chess Champion Garry Kasparov", "Kasparov"],
             "Christopher Hill": ["US Assistant Secretary of State Christopher Hill", "Hill"]},
),
dict(
    id="wn-en-2007-04-23-wikinews-shorts",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts:_April_23,_2007",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to' lines, the image captions (each printed twice: 'Students gathering on April 17, 2007', 'An Olympic Airlines Boeing 737', 'Radio towers in Balashiha, Russia') and the empty 'Related news' and 'Sources' headings dropped; the paragraph 'Russian News Service is the largest independent radio network ...', cut in the stored copy, dropped)",
    text='''Wikinews Shorts: April 23, 2007
A compilation of brief news reports for Monday, April 23, 2007.
Classes resume at Virginia Tech
Classes resumed today at Virginia Tech in Virginia, United States, for the first time since the April 16, 2007 mass shooting.
At 7:10 a.m. EDT, students gathered for a moment of silence, to mark the first of the shootings last week. Similarly, at 9:45 a.m. another moment of silence is planned to mark the second shooting. After the silence, a bell will toll 32 times, once for each victim and 32 white balloons will be released.
The Roanoke Times reported that the campus seemed tranquil and that most students were wearing the school colors, orange and maroon.
Bomb threat forces landing of Greek airliner
An Olympic Airlines Boeing 737 jet was forced to make an emergency landing following a bomb threat. The plane, which was carrying 136 passengers, including 11 Greek Members of the European Parliament, landed safely in Munich, Germany, instead of its intended destination of Strasbourg, France.
"I hope this is just a bad joke," Greek Foreign Ministry spokesperson George Koumoutsakos said on Greek state television. "It will soon be over, I hope."
Russian radio journalists told to report 'positive news'
The new Kremlin-allied managers of the radio network Russian News Service have told journalists that half of their reporting must be 'positive stories', opposition leaders should not be talked about on air and the United States is to be represented as an enemy; the network's staff say.''',
    quotes=[
        Q('"I hope this is just a bad joke,"', None, "George Koumoutsakos"),
        Q('"It will soon be over, I hope."', None, "George Koumoutsakos"),
        Q("'positive news'", None, None),
        Q("'positive stories'", None, None),
    ],
    aliases={"George Koumoutsakos": ["Greek Foreign Ministry spokesperson George Koumoutsakos"]},
),
dict(
    id="wn-en-2008-11-26-wikinews-shorts",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts:_November_26,_2008",
    license=WNS, retrieved=PAGES + " (copy on https://descend-wow.com/wikinews-shorts-november-26-2008-2, which prints the compilation without its headline and item headings; the line 'Contribute to Wikinews by expanding these briefs or add a new one.' and the two 'Sources' lists dropped; the item on Apple's iPhone advertisement, cut in the stored copy, dropped; the curly marks are as stored)",
    text='''A compilation of brief news reports for Wednesday, November 26, 2008.
Nick Clegg, the leader of the Liberal Democrats, a British political party, has expressed his concern over the lack of men in childcare. In a speech to the Daycare Trust, Clegg commented on the issue. “There is still a huge stigma attached to men wanting to work in childcare,” he said. “Even just for men who want to take a more hands-on role in providing care for their own children.”
“The Daycare Trust’s own research shows that one in four men would consider working in childcare,” he continued. “Sadly some worry that their motives would be viewed with suspicion.”
A Pakistani hacker group named the Pakistan Cyber Army has reportedly attacked the official website of an Indian public sector petroleum company called Oil and Natural Gas Corporation. The attack was in response to the attacking of the official website of Pakistan state corporation Oil and Gas Regulatory Authority by Indian hackers named HMG, who attacked the OGRA’s website on November 17, and left a message on front page of the website that they would hack any Pakistani website with poor security controls. However, OGRA’s spokesman said he has no information on the incident.''',
    quotes=[
        Q('“There is still a huge stigma', 'work in childcare,”', "Nick Clegg"),
        Q('“Even just for men', 'their own children.”', "Nick Clegg"),
        Q('“The Daycare Trust’s own research', 'working in childcare,”', "Nick Clegg"),
        Q('“Sadly some worry', 'with suspicion.”', "Nick Clegg"),
    ],
    aliases={"Nick Clegg": ["Nick Clegg, the leader of the Liberal Democrats", "Clegg"]},
),
]
