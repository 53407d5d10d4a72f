# Held-out English news pages (tests/data/heldout84-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on US domestic news, works of the US government in the public domain:
# voanews.com stories on New Orleans mayor Ray Nagin urging residents to return (January 2006), the candidates before the
# 2008 Iowa caucuses (December 2007), Congress facing the 2008 financial rescue plan (Chris Dodd), President Bush after the
# House vote against the bailout (Bush, Henry Paulson; September 2008), the last days of the 2012 campaign (Obama and
# Romney), the eve of the 2016 Iowa caucuses (Donald Trump), New Hampshire voters before the 2016 primary (Kelly and Sean
# Carey) and job seekers in the 2016 economy (Suja Joseph); a copy of the VOA story 'US Lawmakers Working on Financial
# Bailout' (Steny Hoyer, September 27, 2008) on testbig.com, which reproduces VOA stories under their VOA headline; and a
# tadias.com copy of William Gallo's VOA story on Trump's and Sanders's New Hampshire wins (2016), whose own headline is
# dropped (H534). None is marked as from AP, Reuters or AFP. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Navigation ("Accessibility links", "Breaking News", "News / USA", "USA Votes 2012", section labels and subheadings), the
# label 'update', photo captions, video-player blocks ("WATCH: ...", "please wait", "No media source currently available",
# time codes, the video's title, date and summary), bylines, "Reading audio", "This forum has been closed." and reader
# comments are dropped; leading and trailing spaces of a stored line are trimmed; wording, spelling ('America's struggle
# financial services industry', 'CEO's'), inner spacing and quotation marks (straight or curly, as stored) are kept.
# Annotated by reading the pages, before whosaid was run on them (rules H530-H534 in ANNOTATION.md on top of H1-H525).
VOA = "public domain (VOA, US government work)"
VOAC = "public domain (VOA, US government work; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout84-en.jsonl

Built by `build.py` from `heldout84_pages.py`. Like heldout22-en, heldout24-en, heldout60-en, heldout67-en, heldout74-en
and heldout78-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America, none of them used
in a set above, this time on US domestic news: voanews.com stories on New Orleans mayor Ray Nagin urging residents to
return after Hurricane Katrina (January 2006), the candidates before the 2008 Iowa caucuses (Mike Huckabee, December
2007), Congress facing the 2008 financial rescue plan (Chris Dodd, September 2008), President Bush and Treasury Secretary
Henry Paulson after the House vote against the bailout (September 2008), the final days of the 2012 presidential campaign,
the eve of the 2016 Iowa caucuses (Donald Trump), New Hampshire voters before the 2016 primary (Kelly and Sean Carey) and
job seekers in the 2016 economy (Suja Joseph); a tadias.com copy of the VOA story on Trump's and Sanders's New Hampshire
wins (2016); and a copy of the VOA story 'US Lawmakers Working on Financial Bailout' (Steny Hoyer, September 27, 2008) on testbig.com. All are US government
works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page).
Navigation lines, labels, subheadings, captions, video blocks, bylines and reader comments were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by 8-word overlap with every existing text). The annotation (rules H530–H534 in `ANNOTATION.md` on top of
H1–H525) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-new-orleans-mayor-urges-return-2006",
    source="https://www.voanews.com/a/a-13-2006-01-01-voa30/321223.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the stored copy ends after the paragraph on 'encouraging signs', kept whole)",
    text='''New Orleans Mayor Urges City Residents to Return
The mayor of New Orleans, a city that was devastated four months ago by Hurricane Katrina, says his wishes for the new year include rebuilding the city's protective levees and constructing enough housing, so residents can return.
The current population of New Orleans is just a fraction of the 480,000 people who lived there before Hurricane Katrina.
"Right now, it is probably at about 100,000 [people]," said city's mayor, Ray Nagin, who spoke on the CBS television program Face the Nation. He said he is optimistic this number will double after city authorities re-open, what he described as, a "significant" number of public and private schools.
"Everyday, we start to see more people coming back, but the real challenge is housing, temporary and long-term housing, but we have enough of a footprint to accommodate about 200 to 250,000 people right now," he added.
Mayor Nagin said besides providing adequate housing for New Orleans' residents, another priority for him is ensuring the city is protected from the next hurricane.
"My wish list for 2006 is for, number one, that we rebuild the levees and hurricane protection systems, where, if another Katrina hit us, that we would be protected," noted Mayor Nagin. "And that is what has been authorized and that is what is being proposed by the president." Floodwaters from Hurricane Katrina breached New Orleans' levees, devastating much of the city.
Mayor Nagin says New Orleans authorities have been lobbying the federal government and Congress for help, which he says could be quicker. He added, though, that he has seen what he described as "encouraging signs" in recent weeks, including President Bush's asking Congress for another $1.5 billion to help rebuild the levee system around the city - bringing the President's request for aid to the region, to more than $3 billion.''',
    quotes=[
        Q('"Right now, it is probably', '[people],"', "Ray Nagin"),
        Q('"significant"', None, "Ray Nagin"),
        Q('"Everyday, we start', 'people right now,"', "Ray Nagin"),
        Q('"My wish list for 2006', 'would be protected,"', "Ray Nagin"),
        Q('"And that is what has been authorized', 'by the president."', "Ray Nagin"),
        Q('"encouraging signs"', None, "Ray Nagin"),
    ],
    aliases={"Ray Nagin": ["Mayor Nagin"]},
),
dict(
    id="voa-en-candidates-gear-up-iowa-caucuses-2007",
    source="https://www.voanews.com/a/a-13-2007-12-30-voa17/341936.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'There, his strongest challenge is from Arizona Senator John McCain ...', cut in the stored copy, dropped)",
    text='''Presidential Candidates Gear Up for Iowa Caucuses
The first contest of the U.S. presidential election campaign comes this week in the midwestern state of Iowa, where Democrats and Republicans will hold caucuses Thursday night. VOA correspondent Paula Wolfson reports, candidates from both major parties are hoping for an early victory.
Iowa marks the beginning of the state-by-state process the two leading political parties in the United States use to choose their presidential nominees.
A win in Iowa could provide crucial momentum in an election year when many states are holding primaries and caucuses earlier than ever.
There is no clear favorite on either the Democratic or Republican side in Iowa. And in the days leading up to the caucuses - town meetings where voters declare their preferences - the campaigning has become intense.
Candidates are traveling across the snowy highways of Iowa seeking support. They are also making their case in local television ads, and in nationally broadcast interviews.
During an appearance Sunday on NBC's Meet the Press, Republican Mike Huckabee took on rival Mitt Romney. The two are locked in a tight race in Iowa, and, in recent days, Romney has been attacking Huckabee's record as governor of the state of Arkansas.
"I don't know what kind of effect it [attacks] has," said Huckabee. "People in Iowa, I think, like a positive campaign. But the relentless attacks - and they have been relentless - when you are outspent 20 to one, as I have been here in Iowa, you know, I think it is pretty amazing that I am where I am."
Romney, a former governor of Massachusetts, is hoping to do well five days later when voters in the northeastern state of New Hampshire hold their primary elections.''',
    quotes=[
        Q('"I don\'t know what kind', '[attacks] has,"', "Mike Huckabee"),
        Q('"People in Iowa, I think', 'where I am."', "Mike Huckabee"),
    ],
    aliases={"Mike Huckabee": ["Republican Mike Huckabee", "Huckabee"]},
),
dict(
    id="voa-en-congress-faces-week-of-challenges-2008",
    source="https://www.voanews.com/a/a-13-2008-09-19-voa52-66688337/558382.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph '\"This is no time for partisanship,\" he said. ...', cut in the stored copy, dropped)",
    text='''US Congress Faces a Week of Challenges
The U.S. Congress faces a major legislative challenge next week as it awaits details of a Bush administration plan to deal with the worst U.S. financial crisis in decades. VOA's Dan Robinson reports from Capitol Hill, where congressional leaders are working around the clock with the White House and financial officials in preparing a financial rescue package.
Congressional leaders from both parties will tackle what Treasury Secretary Henry Paulson has described as a mammoth legislative proposal, one he says must be large enough to calm and stabilize financial markets, but cautious enough to protect Americans from too much economic fall out.
As outlined by Paulson, the plan would provide billions of dollars to purchase bad loans from companies facing potential collapse as a result of the country's mortgage crisis.
Until now, the government has been selectively coming to the aid of major banks and financial institutions that are strapped with billions of dollars in bad debt, mostly high risk loans for properties that eventually went down in value.
Senate Banking Committee chairman Chris Dodd spoke with reporters on Capitol Hill. "This will be a very difficult plan," he said. "We have already been told it is going to be a costly plan, how much we don't know."
Senator Dodd and Congressman Barney Frank of the House Financial Services Committee, along with heads of other panels and House Speaker Nancy Pelosi, are consulting with Paulson, Federal Reserve Chairman Ben Bernanke and others over the weekend.
Appearing with Paulson, Bernanke, and Securities and Exchange Commission chairman Christopher Cox at the White House Friday, President Bush went out of his way to underscore what he called an urgent need for bipartisan cooperation in getting the financial plan through Congress.''',
    quotes=[
        Q('"This will be a very difficult plan,"', None, "Chris Dodd"),
        Q('"We have already been told', 'we don\'t know."', "Chris Dodd"),
    ],
    aliases={"Chris Dodd": ["Senate Banking Committee chairman Chris Dodd", "Senator Dodd"]},
),
dict(
    id="voa-en-lawmakers-working-on-financial-bailout-2008",
    source="https://testbig.com/voa/us-lawmakers-working-financial-bailout",
    license=VOAC, retrieved=PAGES + " (testbig.com copy of the VOA story of 27 September 2008 under its VOA headline; the player line 'Reading audio' dropped; the date line kept as stored; the stored copy ends after the paragraph on Harry Reid and Barney Frank, kept whole)",
    text='''US Lawmakers Working on Financial Bailout
27 September 2008
U.S. lawmakers are continuing talks on a massive rescue plan for America's struggle financial services industry. VOA White House Correspondent Scott Stearns reports, U.S. President George Bush is facing opposition from members of his own party who object to the cost of the plan.
In the Democratic radio address, House Majority Leader Steny Hoyer says "The money spent must be accounted for".
"This Congress does not write $700 billion blank checks" he said. "There will be strong oversight of where and how that money is spent. Taxpayer money can not fund lavish bonuses or golden parachutes for CEO's whose irresponsibility helped bring on this meltdown."
Though not included in his original plan, President Bush has agreed to limits on executive compensation and a bipartisan board to oversee the purchase of failing securities.
Lawmakers continued to work on the plan Saturday. Two top Democrats, Senate Majority Leader Harry Reid and the Chairman of the House Financial Services Committee Barney Frank, say they believe a deal can be in place by Sunday. Lawmakers hope to announce an agreement before Asian markets open Monday.''',
    quotes=[
        Q('"The money spent must be accounted for"', None, "Steny Hoyer"),
        Q('"This Congress does not write', 'blank checks"', "Steny Hoyer"),
        Q('"There will be strong oversight', 'on this meltdown."', "Steny Hoyer"),
    ],
    aliases={"Steny Hoyer": ["House Majority Leader Steny Hoyer"]},
),
dict(
    id="voa-en-bush-disappointed-by-house-bailout-vote-2008",
    source="https://www.voanews.com/a/a-13-2008-09-29-voa59-66761722/563606.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + ", with the section label 'News' and the label 'update'; the paragraph 'The bailout package was designed to allow ...', cut in the stored copy, dropped)",
    text='''President Bush Disappointed by House Bailout Vote
President Bush says he is disappointed that the U.S. House of Representatives voted down a landmark $700 billion bailout proposal for troubled American financial institutions hit hard by the country's housing foreclosure crisis. From the White House, VOA's Michael Bowman reports.
President Bush said the massive rescue bill remains vital, as it matches the size and scope of the economic crisis facing the United States.
"It was big because we have got a big problem," said President Bush.
Mr. Bush spoke in the Oval Office less than an hour after the House of Representatives defeated the bailout package, which had been the product of days of marathon negotiations between key legislators and members of the president's economic team.
Mr. Bush said he and his advisors would continue to work with Congress, as he put it, to "address this economic situation head-on."
Later, Treasury Secretary Henry Paulson spoke with reporters outside the White House, as U.S. stock markets closed with heavy losses. Paulson said the federal government will use all of the tools at its disposal to contain the fallout from the financial crisis, but noted that those resources by themselves are inadequate.
"Our toolkit is substantial, but insufficient," said Secretary Paulson. "Therefore, I will continue to work with Congressional leaders to find a way forward to pass a comprehensive plan to stabilize our financial system and protect the American people."
The bailout bill received the backing of most House Democrats but only about a third of House Republicans.
Recent weeks have seen the cascading failure of several American banks, mortgage institutions, insurance firms and investment houses amid rising foreclosures in the U.S. housing market.''',
    quotes=[
        Q('"It was big because', 'a big problem,"', "Bush"),
        Q('"address this economic situation head-on."', None, "Bush"),
        Q('"Our toolkit is substantial, but insufficient,"', None, "Henry Paulson"),
        Q('"Therefore, I will continue', 'the American people."', "Henry Paulson"),
    ],
    aliases={"Bush": ["President Bush", "Mr. Bush"],
             "Henry Paulson": ["Treasury Secretary Henry Paulson", "Secretary Paulson", "Paulson"]},
),
dict(
    id="voa-en-obama-romney-final-campaign-blitz-2012",
    source="http://www.voanews.com/content/obama-romney-launch-final-campaign-blitz/1537902.html",
    license=VOA, retrieved=PAGES + " (the label 'USA Votes 2012', the photo caption (printed twice), the byline 'VOA News', 'This forum has been closed.' and the reader comments after it dropped)",
    text='''Obama, Romney, Launch Final Campaign Blitz
U.S. President Barack Obama and his Republican challenger, former Massachusetts governor Mitt Romney, are doing a campaign blitz through so-called "swing states" during the final days before Tuesday's election.
After rallies in Wisconsin, Nevada, Colorado, and Ohio Thursday, Obama plans to spend all day Friday in Ohio -- a crucial state for victory for either candidate. Obama plans to visit Ohio on each of the final four days of the campaign.
Romney on Friday visits both Wisconsin and Ohio. In West Chester, Ohio, he is expected to join forces with running mate Paul Ryan. The Romney campaign says it expects "nearly 100" governors, senators, mayors, and other officials to attend. In his final days of campaigning, Romney plans stops in New Hampshire, Iowa, and Colorado.
The candidates are concentrating on the same set of states because they are the so-called "battleground" states that could turn the election one way or the other.
Though disaster relief efforts have won Obama unusual praise from both Republican New Jersey Governor Chris Christie and independent New York City Mayor Michael Bloomberg, polls show the two candidates are just about tied for popular support.''',
    quotes=[
        Q('"swing states"', None, None),
        Q('"nearly 100"', None, "Romney campaign"),
        Q('"battleground"', None, None),
    ],
    aliases={},
),
dict(
    id="voa-en-iowa-set-to-kick-off-primary-2016",
    source="https://www.voanews.com/a/iowa-set-to-kick-off-us-primary-election-process/3171223.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + ", with the photo caption and the video block 'WATCH: VOA Snapshot of the Iowa Race – Voters' (title, 'please wait', 'No media source currently available', time codes); the paragraph 'Trump also continued to raise questions ...', cut in the stored copy, dropped)",
    text='''Iowa Set to Kick Off US Primary Election Process
After months of rallies, speeches and debates, the U.S. primary election campaign is set to formally get under way Monday, when Iowa residents cast their presidential preference at caucus sites across the Midwestern state.
Ahead of the crucial, first-in-the-nation 2016 vote, opinion polls in Iowa revealed a tantalizingly close race for both the Republican and Democratic party nominations, with non-establishment candidates continuing to show resiliency.
On the Republican side, real estate developer Donald Trump maintains a slight lead over Texas Senator Ted Cruz, who appears to have made several missteps in the lead-up to the Iowa caucuses.
For the Democrats, the race seems to be a virtual tie between former secretary of state Hillary Clinton and independent Vermont Senator Bernie Sanders, the self-declared democratic socialist.
Candidates in both parties made a final sprint through Iowa Sunday, holding events in every corner of the state, stepping up attacks on rivals and making last-minute appeals to key voter groups.
Sunday morning TV network news shows also were a key platform. On ABC’s This Week, Trump tore into his main challenger Cruz, calling him a “total liar” and a “nasty guy.”
“Here’s a guy with all these senators, (but) not one endorsement of Cruz, because he’s a nasty guy,” Trump said. “You can’t run a country that way. It will be a total mess.”''',
    quotes=[
        Q('“total liar”', None, "Donald Trump"),
        Q('“nasty guy.”', None, "Donald Trump"),
        Q('“Here’s a guy', 'a nasty guy,”', "Donald Trump"),
        Q('“You can’t run', 'a total mess.”', "Donald Trump"),
    ],
    aliases={"Donald Trump": ["real estate developer Donald Trump", "Trump"]},
),
dict(
    id="voa-en-job-seekers-uncertain-economy-2016",
    source="http://www.voanews.com/content/united-states-economy-americans-minds-election-nears/3175632.html",
    license=VOA, retrieved=PAGES + " (the label 'News / Economy', the video block (title, 'Aru Pande', 'February 03, 2016 10:56 PM' and its summary), the byline 'Aru Pande' and the subheading 'Back to work' dropped; the paragraph 'Since then, the U.S. unemployment rate has fallen by half ...', cut in the stored copy, dropped; the stored line indentation trimmed)",
    text='''Job Seekers Navigate Uncertain US Economy
Looking for a job is hard enough, but imagine doing so at mid-career in the age of technology. Should you contact someone on social media? How do you navigate an online employment site?
Suja Joseph tries to answer these questions during a re-employment workshop at the Columbia Workforce Center, outside Washington.
"The goal here is to have them informed about what it is like now to look for a job," Joseph said. "What are applicant tracker systems? How is it like when you apply for jobs online versus when you go and meet an employer?"
Joseph, a workforce trainer at the center since 2010, said she has seen a difference in prospects for the unemployed in just the last few years. People are not taking as long to find work, and when they do, they are staying employed.
"Some of our job seekers come in and say, ‘Hey, when I came in, I wasn’t hearing back, but right now employers are coming to me,’ and they find that to be empowering," Joseph said.
Seven years ago, President Barack Obama took office in the midst of a recession. The unemployment rate hit 10 percent in October 2009 as the U.S. housing market toppled and the banking industry followed suit.''',
    quotes=[
        Q('"The goal here is', 'for a job,"', "Suja Joseph"),
        Q('"What are applicant tracker systems?', 'meet an employer?"', "Suja Joseph"),
        Q('"Some of our job seekers', 'to be empowering,"', "Suja Joseph"),
    ],
    aliases={"Suja Joseph": ["Joseph"]},
),
dict(
    id="voa-en-new-hampshire-voters-independent-2016",
    source="http://www.voanews.com/content/new-hampshire-voters-a-fickle-independent-group-mindful-of-history/3180731.html",
    license=VOA, retrieved=PAGES + " (the label 'News / USA', the video block (title, 'X', 'Jim Malone', 'February 07, 2016 11:36 PM' and its summary, which repeats the first two paragraphs), the subheading 'Still mulling options' and the photo caption of Marco Rubio (printed twice) dropped; the paragraph 'Plenty of fans at the hockey game could not have cared less about', cut in the stored copy, dropped; the stored line indentation and trailing spaces trimmed; the curly opening and straight closing marks of Sean Carey's quotation are as stored)",
    text='''New Hampshire Voters Are Independent, Mindful of History
Once every four years, the Northeastern state of New Hampshire becomes the center of the U.S. political universe with its first-in-the-nation presidential primary.
What's unusual about New Hampshire is how seriously the voters take their role and the responsibility of being among the first to weigh in on the candidates.
That was evident at a home game for the Manchester Monarchs ice hockey team. Kelly and Sean Carey from Hudson came out for a date night.
“Just a night out, we have a little boy at home. So it is just kind of a chance for us to get out and have some fun before we go back home for our parental duties,” said Kelly Carey, who added it was good to get away from the political phone calls and door-to-door campaigners at home.
Her husband, Sean, has been thinking about his primary vote on Tuesday, but has yet to decide on a candidate. “Not yet, not yet. It is still up in the air. I mean it is pretty close, but it's going to come down to the crunch hour, definitely," he said.''',
    quotes=[
        Q('“Just a night out', 'our parental duties,”', "Kelly Carey"),
        Q('“Not yet, not yet.', 'definitely,"', "Sean Carey"),
    ],
    aliases={"Sean Carey": ["Sean"]},
),
dict(
    id="voa-en-trump-sanders-win-new-hampshire-2016",
    source="http://www.tadias.com/02/10/2016/nh-trump-wins-hillary-feels-the-bern/",
    license=VOAC, retrieved=PAGES + " (tadias.com copy of the VOA News story by William Gallo, 'Last updated on: February 10, 2016'; the copy site's own headline 'New Hampshire Primary: Trump Wins, Hillary ‘Feels the Bern’', the photo caption ending '(AP Photo)', the lines 'VOA News', 'By William Gallo' and 'Last updated on: February 10, 2016' and the subheading 'Candidates react' dropped, so the text begins with the dateline paragraph (H131, H534); the paragraph '“Together we have sent a message ...', cut in the stored copy, dropped)",
    text='''MANCHESTER, N.H. — Democratic socialist Bernie Sanders and outspoken billionaire Donald Trump have won their respective New Hampshire primary contests, securing their first U.S. presidential primary election victories.
With more than 85 percent of polling places reporting, Sanders had 60 percent of the Democratic vote compared to 38 percent for former Secretary of State Hillary Clinton. Trump had a similar margin for the Republicans as he grabbed 35 percent to win among a much more crowded field.
In another closely watched battle, Ohio Governor John Kasich finished second in the GOP race with 16 percent.
The results were in line with recent opinion polls, which showed the Vermont Senator Sanders and the New York billionaire Trump with comfortable, double digit leads over their rivals in the northeastern state.
“We are going to make America great again,” a triumphant Trump told supporters during a victory speech. “But we’re going to do it the old fashioned way. We are going to start winning again, and we are going to win so much, you are going to be so happy,” Trump added.
The quick victory for Sanders was in stark contrast to last week’s first nominating contest in Iowa, which ended in a virtual tie between him and Clinton.
Smiling broadly and laughing, Sanders stayed on message, focusing on economic inequality in his post-win speech to a cheering crowd.''',
    quotes=[
        Q('“We are going to make America great again,”', None, "Donald Trump"),
        Q('“But we’re going to do it', 'so happy,”', "Donald Trump"),
    ],
    aliases={"Donald Trump": ["outspoken billionaire Donald Trump", "Trump"]},
),
]
