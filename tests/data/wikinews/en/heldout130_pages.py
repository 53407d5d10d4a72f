# Held-out English news pages (tests/data/heldout130-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America, works of the US government in the public domain (17 U.S.C. § 105), on
# US politics, business and sport: four voanews.com stories (October 2010: the midterm election could change the political
# landscape; November 2014: Republicans poised for major gains; January 2016: the Republican contenders in Iowa, with Ted
# Cruz in Ames; May 2022: voters predict Republican gains in the midterm), two stories on VOA Learning English (the
# Special English Economics Report of July 2009 on California's budget; February 2023: two Black quarterbacks lead the
# Super Bowl) and three VOA texts in copies on language-learning sites (on tingroom.com the Special English Economics
# Report of October 2009 on third-quarter growth and executive pay and a story of February 2011 on international players
# in the NBA; on hxen.net a story of October 2014 on the World Series in Kansas City). None is credited to AP, Reuters, AFP or another third party. Stored copies
# are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Site lines ('Accessibility links', 'Breaking News', 'News / USA'), the Chinese labels and metadata lines
# of tingroom.com and hxen.net, image captions, chart captions and video boxes are dropped; the leading indentation of the voanews.com
# copies and spaces at the end of a paragraph are removed; wording, the spacing inside paragraphs, the truncated
# tingroom.com headlines and quotation marks (including the mixed curly and straight marks of the 2014 and 2016 stories)
# are as stored. Annotated by reading the pages, before whosaid was run on them (rules H985-H991 in ANNOTATION.md on top
# of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout130-en.jsonl

Built by `build.py` from `heldout130_pages.py`. Like heldout22-en, heldout24-en, heldout98-en and heldout123-en, these
texts are Voice of America pages taken from stored web pages (the `pages` search corpus), none of them used in a set
above, this time on US politics, business and sport: four voanews.com stories (October 2010: 'US Election Could Change
Political Landscape', with Reid Wilson and Larry Sabato; November 2014: 'Republicans Poised for Major Gains in US
Elections', with Frank Newport and Barack Obama; January 2016: 'Republican Presidential Contenders Wage Fierce Struggle
in Iowa', with Ted Cruz in Ames; May 2022: 'US Voters Predict Republicans Will Make Gains in Midterm', with Brandon
Legnion and Charles Bullock), two stories on VOA Learning English (the Special English Economics Report 'California
Gets a Budget' of July 2009, with Arnold Schwarzenegger; 'In Super Bowl 2023, Two Black Players Lead the Action', with
Eagles coach Nick Sirianni) and three VOA texts in copies on language-learning sites (on tingroom.com the VOA Special
English Economics Report of October 2009 on third-quarter growth, with Barack Obama and the pay czar Kenneth Feinberg,
and the VOA story of February 2011 on international players in the NBA, with Tony Parker; on hxen.net the VOA story of
October 2014 'Baseball's World Series Returns to Heart of the USA', with Mark Martinez, his son McKinley and Bob
Kendrick). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines,
site labels, captions and video boxes were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by the names of their speakers and by distinctive phrases against every existing
text, including the other helpers' worktrees; a sibling page, the voanews.com story of February 1, 2016 on the Iowa
caucus, was left out because it quotes Bernie Sanders between typewriter marks ``...'' that the span format cannot
open). The annotation (rules H985–H991 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2010-10-us-election-could-change-political-landscape",
    source="http://www.voanews.com/content/voters-could-change-political-landscape-in-midterm-us-elections-106512479/129596.html",
    license=PD, retrieved=PAGES + " (VOA story of October 2010; the section line 'News / USA', the headline's two repetitions (image and video captions) and the chart caption 'Current balance of power in US House of Representatives and Senate' (printed twice) dropped; the subheadings 'Voter discontent' and 'Contested seats' kept as lines; Larry Sabato's sentence, broken after 'Larry Sabato,' into two lines in the stored copy, kept as two lines (H985); the leading indentation and the spaces at the end of paragraphs removed; the paragraph 'In the small eastern state of Delaware, Tea Party favorite Christine O'Donnell upset a nine-term U.', cut in the stored copy, dropped)",
    text='''US Election Could Change Political Landscape
Analysts say voters could give minority Republicans control of at least one chamber of Congress in the November 2 midterm election. They will decide which party controls all 435 seats in the House of Representatives and 37 of the 100 seats in the Senate.  Some states will also elect governors and decide other ballot measures.
It was a campaign of tension.  Sometimes too much. And sharp words for the president, even from his own party.
"He [the president] can take his endorsement and shove it," one candidate said.
But others welcomed the White House.
Opinion polls predict the majority party in the House of Representatives, and perhaps the Senate, will switch from Democrat to Republican.
"We're facing a third straight angry electorate," said Reid Wilson, with National Journal Hotline.
Voter discontent
Some analysts say voters think government is too big, the economy too bad. They blame the Obama administration for fixating on health care.
"Yes, health care is 17 percent of the American economy," noted the University of Virginia's Larry Sabato,
"but to the American public, it seems like they were taking their minds off the ball of economic recovery, to focus on an issue that was secondary."
Those beliefs helped to spawn the grassroots Tea Party movement: anti-healthcare, anti-high taxes, anti-big government.  Tea party candidates, running as Republicans, are challenging the status quo.
Contested seats
Sharron Angle of Nevada is in a tight race against Senate Majority Leader Harry Reid.  Some voters hold Reid responsible for Nevada's high jobless and foreclosure rates.''',
    quotes=[
        Q('"He [the president]', 'shove it,"', None),
        Q('"We\'re facing', 'angry electorate,"', "Reid Wilson"),
        Q('"Yes, health care', 'American economy,"', "Larry Sabato"),
        Q('"but to the American public', 'was secondary."', "Larry Sabato"),
    ],
    aliases={"Reid Wilson": [], "Larry Sabato": []},
),
dict(
    id="voa-en-2014-11-republicans-poised-for-major-gains-in-us-elections",
    source="https://www.voanews.com/a/republicans-poised-for-major-gains-in-us-elections/2506404.html",
    license=PD, retrieved=PAGES + " (VOA story of November 2014; the site lines 'Accessibility links' and 'Breaking News' and the image caption (Rob Astorino and Michael Grimm in Staten Island, printed twice) dropped; the paragraph 'But the president may be fighting history. ... and Obama’s l', cut in the stored copy, dropped; the curly opening and straight closing marks of both quotations as stored)",
    text='''Republicans Poised for Major Gains in US Elections
U.S. voters head to the polls Tuesday in midterm congressional elections that will shape the final two years of President Barack Obama’s presidency. Republicans are favored to gain seats in the Senate and House of Representatives in an election framed by a sour national mood and security concerns at home and abroad.
All 435 seats in the House are at stake in Tuesday’s voting, as well as 36 of the 100 Senate seats and 36 of the 50 state governorships.
Most analysts predict Republicans will expand their House majority and have an excellent chance to win back a majority in the Senate. Republicans need a net gain of six seats now held by Democrats to win a majority.
Polls show voters are unhappy with President Barack Obama and the direction of the country.
“I would say sort of undergirding everything else that Americans may be concerned about, the economy and the availability of jobs clearly is at the top of Americans' minds this year," said Frank Newport of the Gallup polling organization.
The midterm stakes are important for President Obama, who has been urging Democrats to ignore the bleak predictions from experts and get out and vote.
“Cynicism did not put anybody on the moon. Cynicism has never ended a war. It has never cured a disease. It did not build a business. It did not feed a young mind. Cynicism is a choice and hope is a better choice," Obama told voters.''',
    quotes=[
        Q('“I would say sort of', 'this year,"', "Frank Newport"),
        Q('“Cynicism did not put', 'better choice,"', "Barack Obama"),
    ],
    aliases={"Frank Newport": [], "Barack Obama": ["President Barack Obama", "President Obama", "Obama"]},
),
dict(
    id="voa-en-2016-01-republican-presidential-contenders-fierce-struggle-iowa",
    source="http://www.voanews.com/content/republican-presidential-contenders-fierce-struggle-iowa/3170286.html",
    license=PD, retrieved=PAGES + " (VOA story of January 31, 2016 by Jim Malone; the section line 'News / USA' and the video box (its title 'Republican Presidential Contenders Wage Fierce Struggle in Iowa', the date line 'January 31, 2016 2:39 AM' and its teaser) dropped; the subheadings 'Large Cruz crowd' and 'Out-of-state observers' kept as lines; the leading indentation removed; the paragraph 'After the event, two men engaged in a', cut in the stored copy, dropped; the mixed marks (curly opening, straight closing; straight opening, curly closing) as stored)",
    text='''Republican Presidential Contenders Wage Fierce Struggle in Iowa
Reminiscent of the Charles Dickens classic, “A Tale of Two Cities,” the presidential campaigns of Republicans Ted Cruz and Jeb Bush seem to be in very different places ahead of Monday's first-in-the-nation Iowa caucuses.
Cruz is busy chasing front-runner Donald Trump and trying to prevent rival Senator Marco Rubio of Florida from overtaking him in the final stage of the Iowa campaign. Rubio has accused Cruz of a variety of “kitchen sink” attacks in the wake of the latest debate, which saw the two men clash sharply over their shifting views on immigration.
Large Cruz crowd
One of Cruz's several campaign stops Saturday was Ames, Iowa, home of Iowa State University. After introductions by U.S. Representative Steve King of Iowa and talk-show host Glenn Beck, Cruz got down to business.
“This is your time," he told the crowd. "This is for the men and women of Iowa and the time to make a decision.”
Cruz drew a large crowd that crammed into a hotel ballroom to hear the Texas senator harken back to the days of former President Ronald Reagan and his vision for a new American future.
“We have faced these challenges before," Cruz said. "We have faced the abyss before and the American people came together and pulled this country back. We have done it before, and if we stand together we can do it again, and we can restore that last, best hope for mankind that is the United States of America.”
Out-of-state observers''',
    quotes=[
        Q('“A Tale of Two Cities,”', None, None),
        Q('“kitchen sink”', None, "Marco Rubio"),
        Q('“This is your time,"', None, "Ted Cruz"),
        Q('"This is for the men', 'make a decision.”', "Ted Cruz"),
        Q('“We have faced these challenges before,"', None, "Ted Cruz"),
        Q('"We have faced the abyss', 'United States of America.”', "Ted Cruz"),
    ],
    aliases={"Ted Cruz": ["Cruz"], "Marco Rubio": ["Senator Marco Rubio", "Rubio"]},
),
dict(
    id="voa-en-2022-05-us-voters-predict-republicans-will-make-gains-in-midterm",
    source="https://www.voanews.com/a/us-voters-predict-republicans-will-make-gains-in-midterm/6559561.html",
    license=PD, retrieved=PAGES + " (VOA story of May 2022; the site lines 'Accessibility links' and 'Breaking News' and the image caption 'FILE - People wait in line to vote ...' (printed twice) dropped; the paragraph with Julie Bierschenk's quotations, cut in the stored copy after 'with the pandemic, and t', dropped)",
    text='''US Voters Predict Republicans Will Make Gains in Midterm
With rising inflation, an ongoing pandemic, a Russian war in Ukraine and now a looming Supreme Court ruling on abortion, the stakes are high as Americans prepare to go to the polls in November for midterm elections.
“I have so many friends who are struggling right now,” said Brandon Legnion, a nurse in New Orleans, Louisiana. “Friends who can barely afford the gas they need to get themselves to job sites. I think a lot of them are going to be eager to vote and express displeasure at the way the country is being run.”
The midterms not only mark the halfway point between the 2020 and 2024 U.S. presidential elections but will set the political direction of the United States, by determining whether Democrats or Republicans will control state houses, as well as whether President Biden will have an agreeable Congress to help enact his agenda.
Historically, the midterm elections have not fared well for the political party of the sitting president, especially when -- like Democratic President Joe Biden -- that president is in their first term in office.
“The question isn’t whether or not the Democrats will lose seats during the midterms,” University of Georgia political scientist Charles Bullock told VOA. “The question is how many seats they are going to lose.”
The trend of midterms damaging the sitting president’s party is so well known in America that some Democratic voters seem resigned to what is projected to be a difficult election cycle.''',
    quotes=[
        Q('“I have so many friends', 'right now,”', "Brandon Legnion"),
        Q('“Friends who can barely', 'being run.”', "Brandon Legnion"),
        Q('“The question isn’t', 'the midterms,”', "Charles Bullock"),
        Q('“The question is how many', 'going to lose.”', "Charles Bullock"),
    ],
    aliases={"Brandon Legnion": [], "Charles Bullock": ["University of Georgia political scientist Charles Bullock"]},
),
dict(
    id="voa-en-2023-02-in-super-bowl-2023-two-black-players-lead",
    source="https://learningenglish.voanews.com/a/in-super-bowl-2023-two-black-players-lead-the-action/6955541.html",
    license=PD, retrieved=PAGES + " (VOA Learning English story of February 2023; the stored part begins with the first paragraph, without the headline; the paragraph with Patrick Mahomes's quotation, cut in the stored copy after 'Shack Harris, Doug Williams — that laid the foundat', and everything after it dropped)",
    text='''February 12 is not a holiday in the United States, but it may seem like one to many Americans because of one big game.
Tens of millions of Americans will gather for parties at restaurants and homes around the nation. They will enjoy food and drink together. Then, these families and friends, in groups of all sizes, will settle around televisions.
It is Super Bowl Sunday in America.
The Super Bowl is the yearly championship game of the National Football League, or NFL. The game is many things. It is usually the most-watched television program of the year. It is the biggest event for television advertisers. And halfway through the game, play stops for a performance from some of the biggest names in the music industry. This year it is Rihanna.
Sunday will be the 57th Super Bowl. The Philadelphia Eagles and the Kansas City Chiefs are to face each other in Glendale, Arizona. The NFL’s 32 member teams played a 17-game season and then top teams competed in playoff games to earn a chance at the championship.
Both teams have long histories and loyal fans. The Chiefs have appeared in the Super Bowl four other times and came away champions in 1970 and 2020.
The Eagles have won the Super Bowl once, in 2018. Sunday will be the team’s fourth appearance in the championship.
This year’s Super Bowl is getting attention for a special reason. For the first time, Black quarterbacks will lead both teams on the field. Eagles coach Nick Sirianni is happy about that.
“I’m really excited for both quarterbacks, what they can represent to a ton of kids,” Sirianni said at a media event this week. “They both play at the highest level,” he added.
Patrick Mahomes is the quarterback of the Chiefs. He led the team to its most recent Super Bowl championship. The 27-year-old football player told reporters that this game was important for Black people.''',
    quotes=[
        Q('“I’m really excited', 'ton of kids,”', "Nick Sirianni"),
        Q('“They both play', 'highest level,”', "Nick Sirianni"),
    ],
    aliases={"Nick Sirianni": ["Eagles coach Nick Sirianni", "Sirianni"]},
),
dict(
    id="voa-en-2009-10-economics-report-us-economy-grew-3-5-percent",
    source="https://tingroom.com./print_84265.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA Special English Economics Report of October 2009 ('US Says Economy Grew 3.5 Percent in Third Quarter') on tingroom.com, a language-learning site; the site's Chinese label before the headline ('VOA慢速英语2009年-') and after it ('(在线收听'), the image caption on the jobs fair in Little Rock and the caption 'Kenneth Feinberg' dropped; the headline, truncated by the site after 'Grew 3.', kept as stored as the first line; the paragraph 'The seven companies are in the', cut in the stored copy, dropped)",
    text='''Economics Report - US Says Economy Grew 3.
This is the VOA Special English Economics Report.
Early estimates show that the United States economy began to grow again in July, August and September. The three-and-a-half percent growth was the first expansion in more than a year, and the strongest in two years.
The government said increases in consumer spending and exports and improvements in business investment led the growth. So did increased federal spending and housing investments.
But high unemployment could limit growth for some time.
President Obama had this reaction to Thursday's report on the gross domestic product -- a wide measure of goods and services in the economy.
BARACK OBAMA: "This is obviously welcome news and an affirmation that this recession is abating and the steps we've taken have made a difference. But I also know that we've got a long way to go to fully restore our economy and recover from what's been the longest and deepest downturn since the Great Depression."
That downturn was partly caused by bankers and others taking irresponsible risks to earn huge payments. So say their critics. Criticism of Wall Street pay is nothing new. But never before has the government used hundreds of billions of dollars to rescue companies that made risky investments.
In June, the Obama administration appointed lawyer Kenneth Feinberg as the "special master" on executive pay -- also known as the pay czar. Congress gave him power over compensation of the twenty-five highest-paid employees at seven companies most indebted to taxpayers.
This week, he gave lawmakers a progress report.
KENNETH FEINBERG: "We greatly reduced the amount of cash that would be made available to these senior officials. We reduced that cash by approximately ninety percent."''',
    quotes=[
        Q('"This is obviously welcome news', 'Great Depression."', "BARACK OBAMA"),
        Q('"special master"', None, None),
        Q('"We greatly reduced', 'ninety percent."', "Kenneth Feinberg"),
    ],
    aliases={"BARACK OBAMA": ["President Obama"], "Kenneth Feinberg": ["KENNETH FEINBERG"]},
),
dict(
    id="voa-en-2011-02-international-players-impact-on-nba-grows",
    source="http://www.tingroom.com/voastandard/2011/2/135474.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of February 2011 on tingroom.com, a language-learning site; the site's language menu line, its metadata line ('时间:2011-03-02 00:38来源:互联网 提供网友:hq4152   字体: [ ]') and its translation hint ('(单词翻译:双击或拖选)') dropped; the headline, truncated by the site after 'Two Decad', kept as stored as the first line; the paragraph 'Parker was born in Belgium to', cut in the stored copy, dropped)",
    text='''International Players' Impact on NBA Grows in Past Two Decad
The number of foreign-born players in America's professional National Basketball Association has tripled in the past two decades. One of the veterans - San Antonio Spurs' Tony Parker - and a rookie - Washington Wizards' Hamady Ndiaye - talk about their respective experiences as foreigners in the NBA.
For NBA fans, Tony Parker is a household name, a 10-year veteran on one of the best teams in the league. Hamady Ndiaye is a little-known rookie on a team that loses far more often than it wins. What these two players have in common is they both grew up outside of the United States.
Parker is fortunate to be playing for one of the National Basketball Association's best teams, the San Antonio Spurs.
The Spurs have won four NBA titles in the past 12 seasons and have high hopes for another one. Two-thirds of the way through the season they have the best record in the league, having won 84 percent of their games with a 46-9 mark through February 17.
They recently scored a lopsided win over the struggling Washington Wizards in the nation's capital. Although he scored the most points for the Spurs, Parker still credited the team.
"It was a great team win," said Parker. "The team played great, everybody contributed; so it was a great win."
He was drafted in 2001 when he was only 19 years old. In only his second season with San Antonio, the Spurs won their second NBA title - their first came in 1999 - and they added championships in 2005 and 2007, when Parker was named Most Valuable Player.''',
    quotes=[
        Q('"It was a great team win,"', None, "Tony Parker"),
        Q('"The team played great', 'a great win."', "Tony Parker"),
    ],
    aliases={"Tony Parker": ["San Antonio Spurs' Tony Parker", "Parker"]},
),
dict(
    id="voa-en-2014-10-baseballs-world-series-returns-to-heart-of-the-usa",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20141024/366977.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of October 2014 on hxen.net, a language-learning site; the site label '和谐英语', the Chinese label before the headline ('VOA常速英语:') and the date and source line ('2014-10-24来源:VOA') dropped; the video caption 'Baseball World Series Returns to Heart of the USA' between two paragraphs dropped; the paragraph 'Kendrick said the playoff games at Kauffman Stadium,', cut in the stored copy, dropped)",
    text='''Baseball's World Series Returns to Heart of the USA
KANSAS CITY— Major League Baseball’s World Series is under way between the San Francisco Giants and the Kansas City Royals. While the Giants have won the baseball championship in recent years, it’s been almost three decades since the Royals made it this far. The return of baseball’s championship series here to Kansas City has energized baseball fans in the heart of the United States, while also providing an economic boost to area attractions.
Mark Martinez’s decision to arrive at Kauffman Stadium with his son McKinley seven hours before Game 2 of the World Series is a calculated move.
“We are here only because we have standing room only tickets,” said Martinez.
That means despite the fact that Martinez paid almost $700 for two tickets, they don't get seats inside the stadium.
He hopes that by getting through the gates first, they can find an extra space to watch baseball’s biggest game, in a town where it happens so rarely.
“It’s a once in a lifetime chance. The Royals haven’t been here in 29 years and might not be back in 29,” said Martinez.
For Martinez’s son McKinley, it’s the first time the Royals have reached the World Series in his lifetime.
“It’s everything. It’s just so exciting because we’ve not made it to the World Series in 29 years,” said McKinley.
“Kansas City is in love with the Royals right now, and so are we,” said his father.
That love is on display throughout the city, even in its iconic water fountains, which are dispensing blue colored water.
Bob Kendrick, president of the Negro Leagues Baseball Museum in Kansas City, is among those excited for the home team.
“The atmosphere is so crazy. People are so excited,” said Kendrick. “It’s been a tremendous opportunity for the museum.”''',
    quotes=[
        Q('“We are here only', 'room only tickets,”', "Mark Martinez"),
        Q('“It’s a once in a lifetime', 'back in 29,”', "Mark Martinez"),
        Q('“It’s everything.', 'in 29 years,”', "McKinley"),
        Q('“Kansas City is in love', 'so are we,”', "Mark Martinez"),
        Q('“The atmosphere is so crazy.', 'so excited,”', "Bob Kendrick"),
        Q('“It’s been a tremendous', 'the museum.”', "Bob Kendrick"),
    ],
    aliases={"Mark Martinez": ["Martinez"], "McKinley": [], "Bob Kendrick": ["Kendrick"]},
),
dict(
    id="voa-en-2009-07-california-gets-a-budget",
    source="https://learningenglish.voanews.com/a/a-23-2009-07-30-voa1-83141472/129795.html",
    license=PD, retrieved=PAGES + " (VOA Special English Economics Report of July 30, 2009 on learningenglish.voanews.com; the site lines 'Accessibility links' and 'Breaking News' dropped; the deck under the headline, ending 'Transcript of radio broadcast:', kept as a line as in heldout48-en; the paragraph 'But California also h', cut in the stored copy, dropped)",
    text='''California Gets a Budget
Governor Arnold Schwarzenegger signs a spending plan with billions in cuts, but concerns remain about the state's financial future. Transcript of radio broadcast:
This is the VOA Special English Economics Report.
The recession may be easing, but American states are still feeling the pain. Most of the fifty states began their budget year July first. Almost all states require balanced budgets. Already, some predict new deficits.
Congress included state aid in the two-year stimulus plan approved in February. But states have had to find other ways to fill budget holes.
The recession has hit especially hard in California, home of the world's eighth largest economy and one out of eight Americans.
On Tuesday, Governor Arnold Schwarzenegger signed a new budget to solve his state's deficit. But spending cuts in the eighty-five billion dollar budget might still not be enough to solve long-term problems.
This was what Governor Schwarzenegger said last week when he proudly announced a deal with lawmakers.
ARNOLD SCHWARZENEGGER: "The budget that would have no tax increases, a budget that is cutting spending -- we deal with the entire twenty-six billion dollar deficit, around fifteen billion dollars in cuts that we are making."
That was in addition to fifteen billion in cuts passed in February.
But the Republican governor angered some Democrats when he vetoed several additional spending items before he signed the budget. The money will be held as an emergency reserve. The governor himself compared the budget to the old Western movie "The Good, the Bad and the Ugly."
Education faces the biggest reductions. Prisons and health care also face big cuts.
California's finances have become so bad, this month the state began to buy goods and services with promises to pay later. Now, California has a budget. The state can seek loans to pay its bills until more tax money comes in later this year.''',
    quotes=[
        Q('"The budget that would have', 'we are making."', "Arnold Schwarzenegger"),
        Q('"The Good, the Bad and the Ugly."', None, None),
    ],
    aliases={"Arnold Schwarzenegger": ["Governor Arnold Schwarzenegger", "Governor Schwarzenegger", "ARNOLD SCHWARZENEGGER"]},
),
]
