# Held-out English news pages (tests/data/heldout66-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America, works of the US government in the public domain: six news articles on
# voanews.com (VOA English to Africa on Morgan Tsvangirai and Zimbabwe's run-off, 2008; the "lame-duck" Congress, 2010; the
# Rangoon diary on Aung San Suu Kyi's release, 2010; Putin's Crimea decree and Yatsenyuk's "war crime" charge, March 2014;
# Ban Ki-moon's New York Times article on the West Bank, 2016), one voanews.com article as archived by the End of Term web
# archive at the University of North Texas (Kizza Besigye and the Uganda independence anniversary, 2012) and two news
# items of VOA's public relations site insidevoa.com (the VOA Director's statement on Ethiopia's revocation of reporters'
# credentials, 2005; the interview of African Union chair Denis Sassou N'Guesso, 2006). None is marked as from AP,
# Reuters or AFP. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Navigation ("Accessibility links", "Breaking News", "News / Asia"), photo
# captions (often printed twice), video boxes and their labels, the "VOA News" byline box and bylines, "Multimedia" /
# "Audio" / "TEXT SIZE" lines, "You May Like" teasers, VOA's standard closing paragraph about itself and the web-site
# promotion line of press releases are dropped; leading and trailing spaces of a stored line are trimmed; wording,
# spelling ('commiting'), inner spacing and quotation marks are as stored. Annotated by reading the pages, before whosaid
# was run on them (rules H335-H338 in ANNOTATION.md on top of H1-H323).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout66-en.jsonl

Built by `build.py` from `heldout66_pages.py`. Like heldout22-en, heldout24-en and heldout53-en, these texts are stored
web pages (the `pages` search corpus) of the Voice of America, none of them used in a set above: six news articles on
voanews.com (Morgan Tsvangirai to VOA English to Africa on Zimbabwe's presidential run-off, June 2008; the US Congress
returning for its "lame-duck" session, November 2010; the Rangoon diary on Aung San Suu Kyi's first day of freedom,
November 2010; Putin's decree recognizing Crimea, March 17, 2014; Arseniy Yatsenyuk on the Ukrainian soldier killed in
Simferopol, March 18, 2014; Ban Ki-moon's opinion article on the West Bank occupation, February 2016), the End of Term
archive copy (webarchive.library.unt.edu) of the voanews.com article on Kizza Besigye and the Uganda independence
anniversary (October 2012), and two items of VOA's public relations site insidevoa.com (VOA Director David S. Jackson's
statement on Ethiopia's revocation of VOA reporters' credentials, June 2005; African Union chair Denis Sassou N'Guesso's
interview with VOA's French to Africa Service, June 2006). All are works of the US government in the public domain; none
is marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation, captions, video boxes, bylines, teasers and VOA's closing
paragraphs about itself were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by title and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation
(rules H335–H338 in `ANNOTATION.md` on top of H1–H323) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-zimbabwe-tsvangirai-mass-intimidation-2008",
    source="https://www.voanews.com/a/a-13-2008-06-27-voa42/405181.html",
    license=VOA, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the paragraph 'So, what's next for Tsvangirai and his MDC party? He says, \"We do recognize ... That transition should be subject to discus...', cut in the stored copy, dropped)",
    text='''Zimbabwe Opposition Leader Calls Election an Exercise in Mass Intimidation
Friday's presidential run-off election is taking place even though opposition candidate Morgan Tsvangirai has withdrawn from the vote. Authorities say his name must remain on the ballot because he failed to give adequate notice that he was dropping out of the race.
Tsvangirai spoke to VOA English to Africa Service reporter Joe De Capua about the vote.
"Today's events are characterized as an exercise in mass intimidation and I was not surprised with the level of intimidation, especially in the rural areas. (In) the urban areas, the voter turnout was almost nothing. It was very low, which reflects really the opinion of the people that they're not going to be forced to do something they don't agree with," he says.
Tsvangirai did not venture out among the voters, saying. "No, I didn't want to give this exercise any form of legitimacy."
Asked whether he assumed President Mugabe would win today's election, even though his own name was still on the ballots, Tsvangirai says, "He's not going to win. He's going to declare himself the winner. Is this an election or is this a selection? This is a one man race, whose outcome is already known. So, declaring himself the winner doesn't make a difference."
Even if President Mugabe does declare himself the winner, Tsvangirai says it will be a "Pyrrhic victory," meaning it comes a great cost. "At the end of the day, the challenges facing this nation will look him straight in the face – the two million percent inflation, the food shortages, the humanitarian crisis, the unemployment, the poverty. Those questions cannot be resolved by a stolen election, no matter how you try to portray it," he says.''',
    quotes=[
        Q('"Today\'s events are characterized', 'they don\'t agree with,"', "Morgan Tsvangirai"),
        Q('"No, I didn\'t want', 'form of legitimacy."', "Morgan Tsvangirai"),
        Q('"He\'s not going to win.', 'make a difference."', "Morgan Tsvangirai"),
        Q('"Pyrrhic victory,"', None, "Morgan Tsvangirai"),
        Q('"At the end of the day,', 'try to portray it,"', "Morgan Tsvangirai"),
    ],
    aliases={"Morgan Tsvangirai": ["opposition candidate Morgan Tsvangirai", "Tsvangirai"]},
),
dict(
    id="voa-en-insidevoa-sassou-nguesso-darfur-tragedy-2006",
    source="https://www.insidevoa.com/a/a-13-34-2006-06-07-congo-pres-111611359/178294.html",
    license=VOA, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the release subtitle kept as a line; the web-site promotion line 'For more information on this interview and VOA French to Africa programming, visit our web site at www.VOANews.com/French.' and VOA's standard closing paragraph 'The Voice of America, ...', cut in the stored copy, dropped)",
    text='''African Union Chair Calls for End to Darfur ‘Tragedy’
Tells VOA the future UN peacekeeping force should include a strong African component
Washington, D.C., June 7, 2006 – Republic of Congo President and African Union Chair Denis Sassou N'Guesso told the Voice of America (VOA) Tuesday that he agrees with U.S. President George W. Bush that the international community should do everything possible to end the “tragedy” in Darfur.
In an exclusive interview with VOA’s French to Africa Service, Sassou N'Guesso discussed his recent meeting with President Bush and stressed the importance of a strong African component in the future UN peacekeeping force to be deployed in Darfur.
Commenting on the upcoming elections in the Democratic Republic of Congo (DRC), Sassou N'Guesso said that, if asked, he would be willing to moderate a political dialogue before the July 30 elections. Several major opposition parties and the Catholic Church have called on the African Union to facilitate talks on the extension of the political transition in DRC.
Asked about the internal politics in Congo Brazzaville, Sassou N'Guesso dismissed calls by the opposition to set up an independent electoral commission before next year’s general elections. He went on to say that the present Commission is “actually independent”; however, opposition parties point out that current Commission members were named by Sassou N'Guesso.
On another subject, Sassou N'Guesso thanked President Bush for the U.S. contribution to the fight against AIDS in Africa. He called on western countries and pharmaceutical companies to make available cheap treatments for African patients: “In the fight against AIDS, we see that most world patients are in Africa but the treatments are elsewhere. We need to bring the two together”.''',
    quotes=[
        Q('‘Tragedy’', None, "Denis Sassou N'Guesso"),
        Q('“tragedy”', None, "Denis Sassou N'Guesso"),
        Q('“actually independent”', None, "Denis Sassou N'Guesso"),
        Q('“In the fight against AIDS,', 'bring the two together”', "Denis Sassou N'Guesso"),
    ],
    aliases={"Denis Sassou N'Guesso": ["Sassou N'Guesso", "African Union Chair"]},
),
dict(
    id="voa-en-insidevoa-jackson-ethiopia-credentials-2005",
    source="http://www.insidevoa.com/a/a-13-34-2005-06-09-voa72/177868.html",
    license=VOA, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the release subtitle, a quotation, kept as a line; VOA's standard closing paragraph 'The Voice of America, which first went on the air in 1942, ...', the Office of Public Affairs contact line and 'XS SM MD LG' dropped (H92); the statement's first two paragraphs open without closing, as stored)",
    text='''Statement by VOA Director David S. Jackson on Ethiopian Ministry of Information Revocation of Reporters' Credentials
"We deplore this unwarranted action by Ethiopian authorities against our reporters who were engaged in legitimate news coverage."
Washington, D.C., June 9, 2005 - Voice of America Director David S. Jackson issued the following statement today:
"We have learned that the Ethiopian government's Ministry of Information has revoked the credentials of three Voice of America reporters in Addis Ababa, along with those of two Deutsche Welle reporters, for what the government calls 'illegal journalistic activities' and 'unbalanced reporting' on the recent demonstrations in Ethiopia. All three VOA reporters are Ethiopian citizens.
"We deplore this unwarranted action by Ethiopian authorities against our reporters who were engaged in legitimate news coverage. VOA's reporting from Africa has been balanced, objective, and consistent with our internationally respected journalistic standards.
"We call upon the government of Ethiopia to immediately restore accreditation to our reporters so that they can continue their job of bringing uncensored news and information to Voice of America's audiences in Africa and around the world."''',
    quotes=[
        Q('"We deplore this unwarranted action', 'legitimate news coverage."', "David S. Jackson"),
        Q('"We have learned', 'are Ethiopian citizens.', "David S. Jackson"),
        Q('"We deplore this unwarranted action', 'journalistic standards.', "David S. Jackson", 1),
        Q('"We call upon the government', 'around the world."', "David S. Jackson"),
    ],
    aliases={"David S. Jackson": ["VOA Director David S. Jackson", "Voice of America Director David S. Jackson"]},
),
dict(
    id="voa-en-ban-ki-moon-west-bank-occupation-2016",
    source="http://www.voanews.com/content/un-chief-criticizes-israeli-occupation-in-west-bank/3171253.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Middle East', the photo captions 'Israel's Prime Minister Benjamin Netanyahu, center, speaks ...' and 'FILE - In this July 25, 2014, photo, ...' (each printed twice) and the byline 'VOA News' dropped; the copy's indentation removed; the paragraph 'He also called on Palestinians to immediate...', cut in the stored copy, dropped)",
    text='''UN Chief Criticizes Israeli Occupation in West Bank
U.N. Secretary-General Ban Ki-moon issued a strong call for a change in the status quo between Israelis and Palestinians, saying he is concerned they are reaching a point of no return for a two-state solution.
In an opinion article posted late Sunday on the website of The New York Times, Ban criticized Israeli occupation in the West Bank and what he called discriminatory policies that lead to the demolition of Palestinian homes.
"Keeping another people under indefinite occupation undermines the security and future of both Israelis and Palestinians," Ban wrote.
He said people "will always resist occupation," and that ignoring the frustrations of Palestinians will not make them disappear.
The U.N. chief condemned all terrorism and incitement of violence against Israeli civilians, but said security measures on their own will not stop future attacks.
"We continue to work with Israel and the Palestinian Authority to rebuild Gaza and prevent another devastating conflict, and to press Palestinians for genuine national reconciliation," Ban said. "Of course, a lasting agreement between Israel and Palestine will require difficult compromises by leaders and peoples on both sides."''',
    quotes=[
        Q('"Keeping another people', 'Israelis and Palestinians,"', "Ban Ki-moon"),
        Q('"will always resist occupation,"', None, "Ban Ki-moon"),
        Q('"We continue to work', 'national reconciliation,"', "Ban Ki-moon"),
        Q('"Of course, a lasting agreement', 'on both sides."', "Ban Ki-moon"),
    ],
    aliases={"Ban Ki-moon": ["U.N. Secretary-General Ban Ki-moon", "Ban", "The U.N. chief"]},
),
dict(
    id="voa-en-us-congress-lame-duck-session-2010",
    source="http://www.voanews.com/content/us-congress-returns-after-election-shake-up-108266149/174400.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / USA', the photo caption 'Senate Minority Leader Mitch McConnell, R-Ky., center, ...' (printed twice) and the player lines 'Multimedia' and 'Audio' dropped; the paragraph 'The Kentucky senator on Monday announced a reversal of his position on ... \"earmarks\" ... McConnell said Republicans no long...', cut in the stored copy, dropped)",
    text='''US Congress Returns After Election Shake-Up
U.S. lawmakers returned to work on Monday, after midterm elections that shook the political landscape in favor of Republicans. Members of Congress have a lot of unfinished business to take care of in the remaining weeks of this year, including funding the federal government so it can continue operating, and deciding whether - and how - to extend tax cuts.
The U.S. Congress started its so-called "lame-duck" session - the last chance for lawmakers who were voted out of office or did not run for reelection earlier this month - to shape policy. In January 2011, a new Congress will be sworn in, with a smaller Democratic Party majority in the Senate and a new Republican majority in the House of Representatives.
Senate Majority Leader, Nevada Democrat Harry Reid said Congress is facing a new reality.
"American voters sent us a message two Tuesdays ago," he said. "That message is that they want us to deliver. They want us to work together. Voters did not elect only Republicans, they did not elect only Democrats. And they did not want either party to govern stubbornly, demanding 'their way or the highway.' When the heat of the campaign season cools, our constituents are more interested us in getting things done. They would rather we work with each other, than talk past each other."
Senate Minority Leader, Republican Mitch McConnell said voters made clear they do not want to hear talk about change, they want real change.''',
    quotes=[
        Q('"lame-duck"', None, None),
        Q('"American voters sent us a message', 'two Tuesdays ago,"', "Harry Reid"),
        Q('"That message is that', 'talk past each other."', "Harry Reid"),
    ],
    aliases={"Harry Reid": ["Senate Majority Leader, Nevada Democrat Harry Reid"]},
),
dict(
    id="voa-en-rangoon-diary-suu-kyi-democracy-2010",
    source="http://www.voanews.com/content/rangoon-diary--democracy-first-on-suu-kyis-agenda-for-burma-107960694/130534.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Asia', the photo caption 'Myanmar's pro-democracy leader Aung San Suu Kyi displays a placard that reads, \"I also love the people,\" ...' (printed twice, with its quotation) and the video box label 'Aung San Suu Kyi Exclusive Interview with VOA Burmese:' dropped; the subheading 'Historic Elections' kept as a line; the double space after 'Sunday.' as stored; the paragraph '“The people should make their voices heard, ... all over the world,” the dem...', cut in the stored copy, dropped)",
    text='''Rangoon Diary: Democracy First on Suu Kyi’s Agenda for Burma
This is a special report from a journalist inside Rangoon, who has been covering Burma’s political developments for VOA despite the threat of deportation. For safety reasons, the journalist’s identity is being withheld. These are the reporter’s notes from the field.
On her first full day of freedom, Burmese opposition leader Aung San Suu Kyi wasted no time returning to the political platform that kept her confined for 15 of the past 21 years.
“I understand what the people want,” she told thousands of supporters in Rangoon Sunday.  The crowd chimed in with her together, “It’s democracy!”
Speaking outside the headquarters of her party, the National League for Democracy, Aung San Suu Kyi condemned last week’s elections, the first in 20 years.
“Elections should be held in the correct way, and unfair elections do not bring about democracy,” she said. “Democracy does not mean that everybody agrees, but it does mean that you tolerate other people’s opinions.”
Historic Elections
A pro-government party is claiming to have won 80 percent of the seats in the parliamentary elections, which the military regime says is shifting Burma to civilian rule. The opposition and many voters say the election was rigged.''',
    quotes=[
        Q('“I understand what the people want,”', None, "Aung San Suu Kyi"),
        Q('“It’s democracy!”', None, None),
        Q('“Elections should be held', 'bring about democracy,”', "Aung San Suu Kyi"),
        Q('“Democracy does not mean', 'other people’s opinions.”', "Aung San Suu Kyi"),
    ],
    aliases={"Aung San Suu Kyi": ["Burmese opposition leader Aung San Suu Kyi", "Suu Kyi"]},
),
dict(
    id="voa-en-uganda-besigye-independence-protest-2012",
    source="https://webarchive.library.unt.edu/web/20121007013701/http://www.voanews.com/content/besigye-uganda-government-squelching-protest/1521179.html",
    license=VOA, retrieved=PAGES + " (End of Term web archive copy of the voanews.com article; the section line 'News / Africa', the photo caption 'Ugandan opposition party leader Kizza Besigye shakes hands ...', the line 'TEXT SIZE - +' and the byline 'VOA News' dropped; the 'You May Like' teasers after the article dropped; the double spaces after 'Thursday.', 'said.' and 'Kivejinja.' as stored)",
    text='''Besigye: Uganda Government Squelching Protest
Uganda's main opposition leader says the government is trying to prevent protests during the country's 50th anniversary of independence next week.
Police arrested Kizza Besigye for the second time this week in Kampala on Thursday.  He was later released without charge.
Besigye says a majority of Ugandans live in desperate poverty, and that activists are planning a march to mourn rather than celebrate the state of the country. But, he says, the government is actively blocking the protest.
"And so that is what has the government trying to stop any of the leaders of the opposition from being in town," Besigye said.  "They want to keep them in their homes until the independence anniversary is over."
Kirunda Kivejinja, a senior advisor to President Yoweri Museveni, accused the opposition of planning a violent demonstration in Kampala's business district.
"And then the people will be disorganized, looting will take place, and law and order will be completely broken down," said Kivejinja.  "That's not a proper demonstration."
Besigye, who has lost three presidential elections to Museveni, has been arrested repeatedly in the past two years during protests against high prices and the government.
President Museveni has ruled Uganda since 1986.''',
    quotes=[
        Q('"And so that is what', 'from being in town,"', "Kizza Besigye"),
        Q('"They want to keep them', 'anniversary is over."', "Kizza Besigye"),
        Q('"And then the people', 'completely broken down,"', "Kirunda Kivejinja"),
        Q('"That\'s not a proper demonstration."', None, "Kirunda Kivejinja"),
    ],
    aliases={"Kizza Besigye": ["Besigye"], "Kirunda Kivejinja": ["Kivejinja"]},
),
dict(
    id="voa-en-crimea-yatsenyuk-war-crime-2014",
    source="http://www.voanews.com/content/putin-backs-agreement-to-bring-crimea-into-russia/1873448.html?page=2",
    license=VOA, retrieved=PAGES + " (the section line 'News / Europe', the photo caption 'Armed Russian forces arrest Ukrainian army officers ...' (printed twice) and the byline 'VOA News' dropped; the subheading 'Absorbing Crimea' kept as a line; the photo caption 'Russia's President Vladimir Putin (C), Crimean parliament speaker ... sign', printed twice and cut in the stored copy, dropped; 'commiting' as stored)",
    text='''Russian Forces Kill Ukrainian Soldier - Report
Ukraine's prime minister said Tuesday that the conflict in Crimea has entered a military phase and accused Russia of commiting a "war crime" by firing on Ukrainian servicemen.
A military spokesman said one soldier was killed and another injured. Ukrainian servicemen in Crimea have now been authorized to use their weapons in order to defend their lives.
"The conflict is moving from a political one to a military one because of Russian soldiers," Arseniy Yatsenyuk said at a meeting at Ukraine's defense ministry. "Today, Russian soldiers began shooting at Ukrainian servicemen and this is a war crime without any expiry under a statute of limitations."
The serviceman was shot and killed while manning a tower overlooking a vehicle pool at the base, according to a defense ministry statement. It said the attackers wore Russian military uniforms.
Yatsenyuk has reportedly ordered Ukraine's defense minister to call a meeting with his counterparts from Britain, France, and Russia - signatories to a 1994 agreement guaranteeing Ukraine's borders - to prevent an escalation of the conflict.
Absorbing Crimea
The incident came just hours after Russian President Vladimir Putin and Crimean leaders signed a treaty to make the Black Sea peninsula part of the Russian Federation, a move the White House immediately condemned.''',
    quotes=[
        Q('"war crime"', None, "Arseniy Yatsenyuk"),
        Q('"The conflict is moving', 'because of Russian soldiers,"', "Arseniy Yatsenyuk"),
        Q('"Today, Russian soldiers', 'statute of limitations."', "Arseniy Yatsenyuk"),
    ],
    aliases={"Arseniy Yatsenyuk": ["Ukraine's prime minister", "Yatsenyuk"]},
),
dict(
    id="voa-en-putin-declares-crimea-independent-2014",
    source="http://www.voanews.com/content/crimea-applies-to-join-russia/1872664.html?page=2",
    license=VOA, retrieved=PAGES + " (the section line 'News / Europe', the video box of the related report ('US Freezes Russians' Assets As Ukraine Crisis Deepensi', 'Luis Ramirez', 'March 17, 2014 11:05 PM', its summary and the line 'Related report by Luis Ramirez, \"U.S. Freezes Russians' Assets as Ukraine Crisis Deepens\"') and the byline 'VOA News' dropped; the subheading 'US imposes sanctions' kept as a line; the paragraph 'In an executive order issued earlier, Obama said that the policies and actions of the Russian Federation have been ...', cut in the stored copy, dropped)",
    text='''Putin Defies West, Declares Crimea Independent
President Vladimir Putin signed a decree on Monday recognizing Crimea as a sovereign state after the Ukrainian region's pro-Russian leaders declared it independent and applied to join Russia following a controversial referendum on Sunday.
The decree posted on the Kremlin's website appeared to be a first step toward integrating Crimea into the Russian Federation.
The decree, which took effect immediately, says Moscow's recognition of Crimea as an independent state is based on “the will of the people of Crimea.”
Crimea's leaders declared a 97 percent result in favor of seceding from Ukraine in a vote condemned as illegal by Kyiv and the West. The Crimean parliament formally proposed that Russia “admit the Republic of Crimea as a new subject with the status of a republic.”
Putin will address the issue at a special joint session of the Russian parliament on Tuesday.
US imposes sanctions
Hours earlier, President Barack Obama imposed sanctions on key individuals Washington deems responsible for the Crimea referendum which has been widely viewed as having been orchestrated from Moscow.
Speaking at the White House, Obama announced that he ordered sanctions against 11 Russian and Ukrainian officials, including two top advisers to Russia's President Vladimir Putin, in addition to ousted Ukrainian President Viktor Yanukovych. All will be subject to asset freezes.''',
    quotes=[
        Q('“the will of the people of Crimea.”', None, "Vladimir Putin"),
        Q('“admit the Republic of Crimea', 'status of a republic.”', "Crimean parliament"),
    ],
    aliases={"Vladimir Putin": ["President Vladimir Putin", "Putin"],
             "Crimean parliament": ["The Crimean parliament"]},
),
]
